"""Comparison questions ("Is X better than Y for Z?"): read with what they compare with, and answered directly
only by a statement that compares with it, on the aspect asked (service.answer.comparison; session 21)."""
from __future__ import annotations

import pytest

from index.lexical import tokenize
from index.search import Index, open_index
from service.answer.comparison import with_comparator
from service.answer.concepts import concept
from service.answer.pipeline import answer_question
from service.answer.question import read_question
from service.answer.scoring import Candidate
from tests.service.candidates import hit, document
from tests.service.corpora import built


@pytest.mark.parametrize(("text", "intervention", "comparator", "condition"), [
    ("Is barbotage better than steroid injection for calcific shoulder tendinitis?", "barbotage",
     "steroid injection", "calcific shoulder tendinitis"),
    ("Is varenicline more effective than nicotine patches for smoking cessation?", "varenicline",
     "nicotine patches", "smoking cessation"),
    ("Does intravenous iron work faster than oral iron?", "intravenous iron", "oral iron", None),
    ("Is drugx non-inferior to drugy for gizmo palsy?", "drugx", "drugy", "gizmo palsy"),
    # Session 29: a likeness asked ("as effective as") and a verb of winning compare too (read as nothing before,
    # and "Is bupropion as effective as varenicline ...?" answered "No." above a statement on harms).
    ("Is drugx as effective as drugy for gizmo palsy?", "drugx", "drugy", "gizmo palsy"),
    ("Is drugx as well tolerated as drugy?", "drugx", "drugy", None),
    ("Does strengthening exercise beat general exercise for gizmo knee pain?", "strengthening exercise",
     "general exercise", "gizmo knee pain"),
])
def test_a_comparison_is_read_with_its_comparator(text: str, intervention: str, comparator: str,
                                                  condition: str | None) -> None:
    q = read_question(text)
    assert (q.intervention, q.comparator, q.condition) == (intervention, comparator, condition)
    assert " versus " in q.title


def test_where_a_comparison_is_made_is_its_setting_not_its_condition() -> None:
    older = read_question("Is drugx more effective than drugy in older adults?")
    assert (older.comparator, older.condition, older.subject) == ("drugy", None, "older adults")
    yeast = read_question("Are whole-genome duplications more divergent than small-scale duplications in yeast?")
    assert (yeast.comparator, yeast.condition, yeast.subject) == ("small-scale duplications", None, None)


def test_other_questions_compare_nothing() -> None:
    for text in ("Is drugx effective for gizmo palsy?", "Does drugx reduce gizmo palsy?",
                 "Is gizmectomy safe and effective for gizmo masses larger than 7 cm?",
                 "Are ACE inhibitors the preferred drugs for hypertension?"):
        assert read_question(text).comparator is None


def test_safer_asks_about_harms() -> None:
    assert read_question("Is drugx safer than drugy?").type == "safety"


def _direct(text: str) -> Candidate:
    return Candidate(text=text, hit=hit(document("d"), text), score=1.0, coverage=1.0,
                     terms=frozenset(tokenize(text)), mentions_intervention=True, mentions_condition=True,
                     direct=True, anchored=True)


@pytest.mark.parametrize(("text", "harms_asked", "direct"), [
    ("Drugx improved gizmo palsy scores more than drugy at one year.", False, True),
    ("Drugx and drugy did not differ in gizmo palsy scores.", False, True),
    ("Drugx was as effective as drugy for gizmo palsy.", False, True),
    ("Drugx and drugy gave similar gizmo palsy scores.", False, True),
    # A preference of one over the other (session 28: "Can X be used instead of Y ...?" reads Y as the comparator).
    ("Clinicians should prescribe drugx instead of drugy for gizmo palsy.", False, True),
    # Against placebo, or naming the comparator only as an alternative: no comparison.
    ("Drugx improved gizmo palsy scores compared with placebo.", False, False),
    ("Clinicians should consider drugx or drugy for gizmo palsy.", False, False),
    # A comparison of harms answers a question on harms only.
    ("Drugx caused no more adverse events than drugy.", False, False),
    ("Drugx caused no more adverse events than drugy.", True, True),
])
def test_a_direct_statement_must_compare_with_the_comparator(text: str, harms_asked: bool, direct: bool) -> None:
    [out] = with_comparator([_direct(text)], concept("drugy"), harms_asked)
    assert out.direct is direct


def test_a_comparison_of_the_comparator_with_another_is_no_answer_on_the_intervention() -> None:
    # Drugx named by the source's title only: the statement compares drugy with sham, not drugx with drugy.
    sham = _direct("Drugy improved gizmo palsy scores more than sham treatment.")
    [out] = with_comparator([sham], concept("drugy"), False, intervention=concept("drugx"))
    assert out.direct is False
    both = _direct("Drugx improved gizmo palsy scores more than drugy at one year.")
    [kept] = with_comparator([both], concept("drugy"), False, intervention=concept("drugx"))
    assert kept.direct is True


def test_without_a_comparator_nothing_changes() -> None:
    ranked = [_direct("Drugx improved gizmo palsy scores compared with placebo.")]
    assert with_comparator(ranked, None, False) == ranked


PLACEBO_ONLY = """---
title: "Drugx for gizmo palsy: a randomized trial"
type: research
year: 2021
---
In a randomized trial of 200 adults with gizmo palsy, drugx improved gizmo palsy scores at one year compared
with placebo. Drugy is another treatment used for gizmo palsy in several countries.
"""
HEAD_TO_HEAD = """---
title: "Drugx versus drugy for gizmo palsy: a randomized trial"
type: research
year: 2022
---
In a randomized trial of 300 adults with gizmo palsy, drugx improved gizmo palsy scores at one year more than
drugy did.
"""


@pytest.fixture(scope="module")
def placebo_only(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return open_index(built(tmp_path_factory, "placebo", {"trial.md": PLACEBO_ONLY}))


@pytest.fixture(scope="module")
def head_to_head(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return open_index(built(tmp_path_factory, "versus", {"trial.md": PLACEBO_ONLY, "versus.md": HEAD_TO_HEAD}))


QUESTION = "Is drugx more effective than drugy for gizmo palsy?"


def test_a_placebo_trial_is_no_direct_answer_to_a_comparison(placebo_only: Index) -> None:
    # Before session 21 the question was not read (no intervention, no condition) and a "Yes." could stand above
    # the placebo-controlled finding.
    answer = answer_question(placebo_only, QUESTION)
    assert answer.bottom_line.text.startswith("Indirect evidence:")
    assert answer.verdict not in ("yes", "no")


def test_the_closest_evidence_caveat_states_the_answers_evidence_level(placebo_only: Index) -> None:
    # The quoted placebo trial is not an answer to the comparison as asked: the answer's evidence level says
    # "indirect", and the caveat above the quote says the same in the same word (before session 26 it said
    # "Closest evidence (unconfirmed):", a second name for the level the Evidence section reports).
    answer = answer_question(placebo_only, QUESTION)
    assert answer.evidence.level == "indirect"
    caveat, quote = answer.bottom_line.statements[:2]
    assert caveat.origin == "template" and caveat.citations == []
    assert caveat.text == f"{answer.evidence.level.capitalize()} evidence:"
    assert quote.origin == "source" and quote.citations


def test_a_head_to_head_trial_answers_a_comparison(head_to_head: Index) -> None:
    answer = answer_question(head_to_head, QUESTION)
    lead = next(s.text for s in answer.bottom_line.statements if s.origin == "source")
    assert "more than drugy" in lead
    assert answer.title == "Drugx versus Drugy for Gizmo Palsy"
