"""Asked whether a thing makes something better, a "yes" needs a lead that says a benefit, not only a harm
(service.answer.improving)."""
from __future__ import annotations

from index.search import Index
from service.answer.improving import asks_improving, on_improving, says_only_harm
from service.answer.pipeline import answer_question


def test_a_lead_that_says_only_a_harm_is_no_yes_to_improving(loaded_index: Index) -> None:
    # Session 55: "Yes." above "Vitamin K2 can reduce the effect of warfarin and increase the risk of clotting ...",
    # the interaction read as the asked improvement.
    for question in ("Does vitamin K2 improve INR control on warfarin?",
                     "Does taking vitamin K2 every day improve INR control on warfarin?"):
        assert answer_question(loaded_index, question).verdict != "yes"


def test_an_interaction_or_a_raised_risk_is_only_a_harm() -> None:
    assert says_only_harm("Gizmol can reduce the effect of warfarin and increase the risk of clotting.")
    assert says_only_harm("Gizmol increases the risk of falls in older people.")
    assert not says_only_harm("Gizmol reduces mortality but increases the risk of bleeding.")
    assert not says_only_harm("Gizmol improved glycaemic control, with a higher risk of hypoglycaemia.")
    assert not says_only_harm("Gizmol lowers HbA1c by about one percent.")


def test_only_a_question_of_improving_is_read() -> None:
    harm = "Gizmol can reduce the effect of warfarin and increase the risk of clotting."
    assert asks_improving("Does gizmol improve INR control?")
    assert asks_improving("Does gizmol make the rash better?")
    assert not asks_improving("Does gizmol reduce the effect of warfarin?")
    assert on_improving("Does gizmol improve INR control?", "yes", harm) == "uncertain"
    assert on_improving("Does gizmol reduce the effect of warfarin?", "yes", harm) == "yes"
    assert on_improving("Does gizmol improve INR control?", "no", harm) == "no"
    assert on_improving("Does gizmol improve asthma control?", "yes", "Gizmol improved asthma control.") == "yes"
