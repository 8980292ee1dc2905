"""Advice read as advice where its grammar had hidden it: a gap given as the reason for advice ("X is not recommended
for Y due to lack of shown benefit") is the advice's ground, not a gap on the question; a bracketed note on a listed
thing ("Zapotherm (Not Recommended)") advises against it; and a guideline's advice that names every term of a yes/no
question answers it directly. Every topic and name here is made up."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.answer.evidence import reports_finding
from service.answer.polarity import stance
from service.answer.routing import gap_on_asked
from tests.service.corpora import answered, guideline_index, lead_text

TOPIC = frozenset({"zapotherm", "gizmo", "back", "pain"})


def test_a_gap_given_as_the_reason_for_advice_is_no_gap() -> None:
    text = ("Zapotherm is not recommended for chronic gizmo back pain due to lack of shown benefit (Level A, 2 Class I "
            "studies).")
    assert not gap_on_asked(text, TOPIC, TOPIC)
    assert reports_finding(text, TOPIC, TOPIC)


def test_a_gap_in_the_main_clause_stays_a_gap() -> None:
    # (its reason clause taken away, the sentence still states the gap: no advice is left to read)
    assert gap_on_asked("There is insufficient evidence on zapotherm because of small trials.", TOPIC, TOPIC)
    assert gap_on_asked("Evidence on zapotherm for gizmo back pain is lacking due to small trials.", TOPIC, TOPIC)


@pytest.mark.parametrize("text", [
    "Zapotherm (Not Recommended).",
    "Zapotherm (not recommended for primary prevention)",
    "Zapotherm (not routinely indicated)",
])
def test_a_bracketed_note_of_advice_against_is_against(text: str) -> None:
    assert stance(text, frozenset({"zapotherm", "primari", "prevent"})) == "against"


def test_a_bracket_that_denies_something_else_is_not_advice() -> None:
    assert stance("Zapotherm (not studied in children) is recommended for gizmo back pain.", TOPIC) is None


ADVICE = ("Do not offer zapotherm for the primary prevention of wobble disease to adults with gizmo diabetes. "
          "Assess wobble risk factors every year in adults with gizmo diabetes. "
          "Offer structured education to every adult with gizmo diabetes.")


@pytest.fixture(scope="module")
def gizmo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return guideline_index(tmp_path_factory, "gizmo72", "Gizmo diabetes in adults", ADVICE)


def test_advice_naming_every_term_of_a_yes_no_question_answers_it(gizmo: Path) -> None:
    answer = answered(gizmo, "should adults with gizmo diabetes be on zapotherm for primary prevention?")
    assert answer.verdict == "no"
    assert lead_text(answer).startswith("Do not offer zapotherm")


def _direct_under_a_high_floor(index_dir: Path, question: str) -> dict[str, bool]:
    """Each candidate's ``direct`` for ``question``, scored by the shipped relevance model with its lead floor set above
    every probability (as for advice the model believes less than its floor, in a larger corpus)."""
    from dataclasses import replace

    from index.search import open_index
    from service.answer.concepts import question_concepts
    from service.answer.corpus_stats import corpus_stats
    from service.answer.pipeline import _read_asked
    from service.answer.relevance import relevance_model
    from service.answer.retrieval import retrieve
    from service.answer.scoring import candidates
    index = open_index(index_dir)
    try:
        q = _read_asked(index, question, None)
        stats = corpus_stats(index)
        i, c = question_concepts(q, stats.lexicon, stats.idf)
        found = candidates(q, retrieve(index, q), stats, i, c, model=replace(relevance_model(), lead_floor=1.0))
        return {cand.text: cand.direct for cand in found}
    finally:
        index.close()


def test_under_the_lead_floor_advice_naming_every_term_is_direct_and_advice_leaving_one_out_is_not(
        gizmo: Path) -> None:
    direct = _direct_under_a_high_floor(gizmo, "should adults with gizmo diabetes be on zapotherm for primary "
                                               "prevention?")
    assert direct["Do not offer zapotherm for the primary prevention of wobble disease to adults with gizmo diabetes."]
    assert not direct.get("Offer structured education to every adult with gizmo diabetes.", False)


def test_a_reason_that_the_research_is_missing_stays_a_gap() -> None:
    text = "Zapotherm is not recommended for chronic gizmo back pain because no clinical trial has tested it."
    assert gap_on_asked(text, TOPIC, TOPIC)
    assert gap_on_asked("Do not offer zapotherm for gizmo back pain, due to limited data.", TOPIC, TOPIC)
