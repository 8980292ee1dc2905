"""A guideline's recommendation read as the recommendation it is (session 56, blind test on 40 new guideline files):
a relative clause on the state of whom advice is for is no gap in the evidence; advice that says whom it does not
apply to gives those people neither a yes nor a no; and two options named after a case ask which, not whether."""
from __future__ import annotations

from ingest.models import DocumentKind
from service.answer.evidence import answers_directly
from service.answer.not_applying import following, left_out_asked, left_out_groups
from service.answer.question import asks_choice, read_question
from service.answer.routing import GAP
from service.answer.verdict import caution_on_effect
from tests.service.candidates import scored

_ADVICE = ("Gizmozumab is recommended as a choice for managing wheezoma, spread or inoperable, that has not been "
           "treated before with blorbimab, in adults, provided the maker supplies gizmozumab at the price set in "
           "its access arrangement.")


def test_a_relative_clause_on_the_treated_state_is_no_gap() -> None:
    # "that has not been previously treated" says what was not done to the disease, not to the evidence: the NICE
    # recommendation it is part of was left indirect, and "There is insufficient evidence to recommend ..." stood
    # above it.
    assert not GAP.search(_ADVICE)
    assert not GAP.search("Offer gizmovax to adults who have not been vaccinated previously.")
    assert answers_directly(scored(_ADVICE, 0.9, "nice-gizmo", DocumentKind.GUIDELINE, direct=True))
    # ... while a thing "that has not been (adequately) tested" still is a gap, and so is the plain clause.
    assert GAP.search("Gizmo ventilation is an approach that has not been adequately tested in children.")
    assert GAP.search("Gizmo ventilation has not been compared with usual care.")


_SCOPE = ("The panel advises against screening for wheezovirus in adults who are at average risk. The advice covers "
          "only adults who are at average risk. It does not apply to women who are pregnant or to adults with a raised "
          "risk of wheezovirus, such as: people who share needles")


def test_advice_that_does_not_apply_to_the_asked_people_is_not_theirs() -> None:
    lead = "The panel advises against screening for wheezovirus in adults who are at average risk."
    said = following(lead, _SCOPE)
    assert said[0] == lead and len(said) == 3
    assert left_out_groups(said[2]) == (frozenset({"pregnant"}), frozenset({"rais", "risk", "wheezovirus"}))
    topic = frozenset({"screen", "wheezovirus"})
    assert left_out_asked("Should pregnant women be routinely screened for wheezovirus?", topic, said)
    # A low-risk adult is not left out: the question names "risk" but not "raised".
    assert not left_out_asked("Should I screen a low-risk 45-year-old for wheezovirus?", topic, said)
    assert not left_out_asked("Should adults be screened for wheezovirus?", topic, said)


def test_two_options_after_a_case_ask_which() -> None:
    for text in ("Small gizmo mass that needs treatment: partial or radical gizmectomy?",
                 "Wheezing with valvular disease: gizmoban or warfarin?",
                 "25-year-old with a breast lump: mammogram or ultrasound first?",
                 "blunt chest trauma w/ rib fx - epidural or IV opioids?"):
        q = read_question(text)
        assert asks_choice(text) and q.choice and not q.yes_no, text
    # Acting against waiting asks whether to act; a question word after the dash asks something else.
    for text in ("3yo w/ wheezitis, not v unwell - gizmocillin or wait?",
                 "84-year-old with heart failure and a 2 cm gizmo mass: operate or watch?",
                 "calcific gizmitis - how long conservative care before shockwave or barbotage"):
        assert not asks_choice(text), text


def test_advice_against_for_the_asked_effect_is_no_caution() -> None:
    # "Do not offer X ... to prevent Y" for "Does X prevent Y?" advises against X for that very effect: its "no"
    # stands (read as a caution on another effect, a finding beside it turned it into "Yes.").
    outcome = frozenset({"wheez", "ulcer"})
    assert not caution_on_effect("prevent", "Do not offer gizmo massage to adults to prevent a wheeze ulcer.",
                                 frozenset({"gizmo", "massag"}) | outcome, outcome)
    # Advice against X with no such purpose is still a caution that denies no effect.
    assert caution_on_effect("reduce", "Patients taking warfarin should not start gizmo supplements without first "
                             "consulting the prescriber.", frozenset({"gizmo", "warfarin", "effect"}),
                             frozenset({"warfarin", "effect"}))
