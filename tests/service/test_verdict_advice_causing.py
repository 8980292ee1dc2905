"""A guideline's advice that states no cause gives no yes or no to whether X causes Y on its own
(``verdict.advice_on_causing``)."""
from __future__ import annotations

from index.lexical import tokenize
from service.answer.verdict import advice_on_causing

OUTCOME = frozenset(tokenize("high calcium"))
TOPIC = frozenset(tokenize("drugx")) | OUTCOME
USE = "Drugx supplementation is recommended for people at high risk of deficiency."
DENIAL = "Drugx does not cause high calcium at the recommended doses."
RAISES = "Drugx increases calcium absorption and, in high doses, can raise serum calcium."


def test_advice_to_use_x_is_no_yes_to_whether_x_causes_y() -> None:
    assert advice_on_causing("cause", "yes", USE, [RAISES], TOPIC, OUTCOME) == "uncertain"


def test_advice_denying_the_harm_is_uncertain_beside_a_finding_of_it() -> None:
    assert advice_on_causing("cause", "no", DENIAL, [RAISES], TOPIC, OUTCOME) == "uncertain"
    assert advice_on_causing("cause", "no", DENIAL, [USE], TOPIC, OUTCOME) == "no"  # nothing found against it


def test_advice_stating_the_cause_and_other_questions_keep_their_verdict() -> None:
    assert advice_on_causing("cause", "yes", "Drugx toxicity can cause high calcium.", [], TOPIC, OUTCOME) == "yes"
    assert advice_on_causing("reduce", "yes", USE, [RAISES], TOPIC, OUTCOME) == "yes"
    assert advice_on_causing("cause", "uncertain", USE, [], TOPIC, OUTCOME) == "uncertain"
