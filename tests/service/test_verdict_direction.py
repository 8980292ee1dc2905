"""A yes or a no is not said above a lead statement that moves the question's outcome the other way, in a
comparative ("less Y", "more Y", "a lower risk of Y"): ``verdict.stated_directions`` read by ``against_lead`` and
``denied_by_lead`` (session 27: "Does metformin cause weight gain in type 2 diabetes?" read "Yes." above "...
less weight gain than sulfonylurea or insulin treatment", and "Does vitamin K antagonist therapy increase arterial
calcification?" "No." above "... more coronary artery calcification ... in people taking vitamin K antagonists
than in those not taking them")."""
from __future__ import annotations

import pytest

from index.lexical import tokenize
from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.question import read_question
from service.answer.verdict import (against_lead, asked_direction, asked_outcome, association_asked, denied_by_lead,
                                    denies, on_other_risk,
                                    disagreement, no_allowed, says_no, stated_directions)

INTERVENTION = frozenset(tokenize("drugx"))
OUTCOME = asked_outcome("gizmo swelling in adults with wheezitis", INTERVENTION)
TOPIC = INTERVENTION | frozenset(tokenize("gizmo swelling in adults with wheezitis"))


def test_the_outcome_is_the_condition_before_its_people_or_setting() -> None:
    assert OUTCOME == frozenset(tokenize("gizmo swelling"))
    assert asked_outcome(None) == frozenset()
    assert asked_direction(frozenset(tokenize("cause"))) == 1
    assert asked_direction(frozenset(tokenize("lower"))) == -1
    assert asked_direction(frozenset(tokenize("improve"))) == 0


@pytest.mark.parametrize(("text", "directions"), [
    ("Drugx was associated with fewer falls and less gizmo swelling than drugy.", {-1}),
    ("Drugx caused more gizmo swelling than placebo.", {1}),
    ("More gizmo swelling was seen in people taking drugx than in those not taking it.", {1}),
    # the intervention named only after "than": the comparison is the other way round for it
    ("Drugy caused more gizmo swelling than drugx.", {-1}),
    # a comparative scales a word of change after it
    ("Drugx produced a greater reduction in gizmo swelling.", {-1}),
    ("Drugx increased the risk of gizmo swelling.", {1}),
    # a word of change does not reach into a clause of condition: the risk of clotting rises, not the swelling
    ("Drugx can increase the risk of clotting if gizmo swelling falls.", set()),
    ("Drugx was less likely to cause gizmo swelling.", {-1}),
    ("Gizmo swelling was lower with drugx than with drugy.", {-1}),
    # negated, or on something else, or no word of direction: nothing stated
    ("Drugx did not cause more gizmo swelling than placebo.", set()),
    ("There was no more gizmo swelling with drugx than with placebo.", set()),
    ("Gizmo swelling was not lower with drugx.", set()),
    ("Drugx lowered the fever of adults with wheezitis.", set()),
    ("Drugx improved gizmo swelling.", set()),
    # a statement that does not name the intervention says nothing of it; one whose subject is a pronoun does
    ("Gizmo swelling was higher in the control group.", set()),
    ("It was associated with less gizmo swelling than drugy.", {-1}),
    # the words of a measure between the change and the outcome take none of its reach (session 37)
    ("Drugx was associated with an increase of roughly 30 percent in the risk of gizmo swelling.", {1}),
    ("Drugx gave a reduction of about 12 per cent in the incidence of gizmo swelling.", {-1}),
    # ... other words do
    ("Drugx increased appetite, sleep, weight and thirst in gizmo swelling.", set()),
])
def test_the_direction_a_statement_moves_the_outcome(text: str, directions: set[int]) -> None:
    assert stated_directions(text, OUTCOME, INTERVENTION) == directions


@pytest.mark.parametrize(("verb", "lead", "expected"), [
    # the lead moves the outcome the other way: the "yes" contradicted it
    ("cause", "Drugx was associated with fewer falls and less gizmo swelling than drugy.", "no"),
    ("increase", "Drugx was associated with fewer falls and less gizmo swelling than drugy.", "no"),
    ("reduce", "Gizmo swelling was higher with drugx than with placebo.", "no"),
    # the asked way, both ways, or no direction: the "yes" stands
    ("reduce", "Drugx was associated with less gizmo swelling than drugy.", "yes"),
    ("cause", "Drugx caused less gizmo swelling at one month but more gizmo swelling at one year.", "yes"),
    ("improve", "Drugx was associated with less gizmo swelling than drugy.", "yes"),
    ("cause", "Drugx was given to adults with wheezitis.", "yes"),
])
def test_a_yes_above_a_lead_moving_the_outcome_the_other_way_is_no(verb: str, lead: str, expected: str) -> None:
    assert denied_by_lead(verb, "yes", lead, TOPIC, OUTCOME) == expected


@pytest.mark.parametrize(("verb", "lead", "expected"), [
    # the lead moves the outcome the asked way in a comparative: the "no" contradicted it
    ("increase", "Studies reported more gizmo swelling in people taking drugx than in those not taking it.", "yes"),
    ("cause", "Drugx caused more gizmo swelling than placebo.", "yes"),
    ("reduce", "Drugx was associated with a lower risk of gizmo swelling.", "yes"),
    ("cause", "Drugx was associated with an increase of roughly 30 percent in the risk of gizmo swelling.", "yes"),
    # a question on whether the two go together (``association_asked``) above a lead stating that they do
    (association_asked("Is drugx linked to gizmo swelling?"), "Drugx was associated with more gizmo swelling.", "yes"),
    (association_asked("Is there an association between drugx and gizmo swelling?"),
     "Drugx was not associated with gizmo swelling.", "no"),
    # the other way, negated, or a null result: the "no" stands
    ("increase", "Drugx was associated with less gizmo swelling than drugy.", "no"),
    ("increase", "Drugx did not cause more gizmo swelling than placebo.", "no"),
    ("increase", "Gizmo swelling was not significantly greater with drugx than with placebo.", "no"),
])
def test_a_no_above_a_lead_moving_the_outcome_the_asked_way_is_yes(verb: str, lead: str, expected: str) -> None:
    assert against_lead(verb, "no", lead, TOPIC, OUTCOME) == expected


def test_a_risk_named_by_its_sources_title_name_is_no_other_risk() -> None:
    question, lead = "Does drugx increase the risk of heart attack?", "Drugx raised the risk of myocardial infarction."
    assert on_other_risk(question, "yes", lead) == "uncertain"
    assert on_other_risk(question, "yes", lead, frozenset(tokenize("myocardial infarction"))) == "yes"


def test_an_association_is_asked_by_its_words() -> None:
    assert association_asked("Are calcium tablets linked to more cardiovascular events?") == "associated"
    assert association_asked("Is obesity related to asthma?") == "associated"
    assert association_asked("Does drugx reduce gizmo swelling?") is None


def test_without_an_outcome_nothing_is_read() -> None:
    lead = "Drugx was associated with less gizmo swelling than drugy."
    assert denied_by_lead("cause", "yes", lead, TOPIC) == "yes"
    assert against_lead("reduce", "no", lead, TOPIC) == "no"


@pytest.mark.parametrize(("text", "denying"), [
    # a negation in the second term of a comparison names the group compared with, and denies nothing
    ("More gizmo swelling was seen in people taking drugx than in those not taking it.", False),
    ("Gizmo swelling was lower with drugx than in adults who did not receive it, at one year.", False),
    # ... where one before "than" does
    ("Drugx was not more effective than placebo for gizmo swelling.", True),
    ("Drugx was no better than placebo, and it did not reduce gizmo swelling.", True),
])
def test_the_compared_group_denies_nothing(text: str, denying: bool) -> None:
    assert denies(text) is denying
    assert disagreement("yes", text) == int(denying)


@pytest.mark.parametrize(("text", "saying_no"), [
    # a negation in a condition ("if", "unless") says when something holds, and denies nothing (session 28: "Is
    # delayed prescribing of antibiotics acceptable ...?" was answered "No." above such a statement)
    ("A back-up prescription of drugx, to be used if gizmo pain does not improve within three days, reduces drugx "
     "use.", False),
    ("Drugx is recommended unless the patient cannot swallow tablets.", False),
    # ... where one outside it does
    ("If gizmo pain persists, drugx did not reduce it.", True),
    ("Drugx did not reduce gizmo pain, even if taken early.", True),
])
def test_a_condition_denies_nothing(text: str, saying_no: bool) -> None:
    assert says_no(text) is saying_no
    assert denies(text) is saying_no
    assert no_allowed([text]) is saying_no


@pytest.mark.parametrize(("question", "verdict", "lead_words"), [
    ("Does metformin cause weight gain in type 2 diabetes?", "no", "less weight gain"),
    # Session 28 (s28design): this answered "Yes." above the observational "more coronary artery calcification ...";
    # the Valkyrie trial's design sentence is now quoted with its result ("... found no significant difference between
    # groups in progression of coronary artery calcification ..."), and that randomized trial leads (a stronger source
    # than the observational studies, which follow it). For the lead to judge: the comparative reading is still
    # covered by the metformin case and the unit tests above.
    ("Does vitamin K antagonist therapy increase arterial calcification?", "no", "found no significant difference"),
])
def test_default_corpus_comparatives(loaded_index: Index, question: str, verdict: str, lead_words: str) -> None:
    assert read_question(question).verb in ("cause", "increase")
    answer = answer_question(loaded_index, question)
    lead = next(s.text for s in answer.bottom_line.statements if s.origin == "source")
    assert lead_words in lead, answer.bottom_line.text
    assert answer.verdict == verdict, answer.bottom_line.text


def test_a_recommendation_whose_reason_moves_the_asked_outcome_the_other_way_answers_no(loaded_index: Index) -> None:
    """A guideline's advice leads, and its "yes" is the advised thing's (a single daily dose); the reason it gives,
    that the asked thing lowers what the question asks it raises, is the answer (session 48)."""
    lower = answer_question(loaded_index, "Does more frequent iron dosing increase absorption?")
    assert lower.verdict == "no", lower.bottom_line.text
    assert "reduces absorption" in lower.bottom_line.text
    # the advised thing itself: the reason speaks of another
    for advised in ("Does a single daily dose of oral iron increase absorption?",
                    "Does once-daily iron increase absorption?"):
        assert answer_question(loaded_index, advised).verdict == "yes", advised
    raised = answer_question(loaded_index, "Does vitamin D increase calcium absorption?")
    assert raised.verdict == "yes", raised.bottom_line.text


def test_a_recommendation_whose_reason_names_the_asked_thing_gives_it_no_yes(loaded_index: Index) -> None:
    """Asked with a verb of no direction ("improve"), the advice's "yes" is the advised thing's, and its reason says
    the asked thing reduces the outcome: no "Yes." (session 49; it was "Yes." above the same statement)."""
    for question in ("Does frequent iron dosing improve absorption?",
                     "Does more frequent dosing of oral iron improve absorption?"):
        answer = answer_question(loaded_index, question)
        assert answer.verdict != "yes", answer.bottom_line.text
        assert "reduces absorption" in answer.bottom_line.text
