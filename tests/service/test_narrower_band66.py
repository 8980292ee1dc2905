"""The narrowest age band holding the asked case decides a lean, not a broader band of the same guideline (session 66;
g65 S5: "leans yes" to a 51-year-old carrying on with a combined pill, from advice for women over 40, while the same
guideline's list tells women from 50 on to come off it). A band the case is outside of gives nothing, nor a narrower
band's sentence that asks of the case something it lacks (a condition the question does not name)."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.search import open_index
from ingest.models import DocumentKind
from service.answer.narrower_band import narrower_band, quoted_first
from service.answer.pipeline import rank_evidence
from service.answer.question import read_question
from tests.service.candidates import guideline_candidate
from tests.service.corpora import background_guidelines, built, guideline_file

BODY = """- Wobble tablets with a low dose should be considered the first-line wobble treatment for men over 30
years, as their risk of dizziness is lower.

- Wobble tablets can ease night cramps, which matters most for men over 30 years.

- Men aged 60 years and over should stop wobble tablets and move to a safer treatment.

- Men over 30 years should be asked about their sleep at each review.
"""


@pytest.fixture(scope="module")
def wobble_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "wobble", {"wobble.md": guideline_file("Wobble treatment for men over 30 years",
                                                                          BODY),
                                              **background_guidelines("Migraine prevention", "Asthma in children")})


def _banded(index_dir: Path, question: str) -> tuple[str, str] | None:
    """What ``narrower_band`` gives for ``question`` resting on the broad band's first-line advice."""
    index = open_index(index_dir)
    try:
        q = read_question(question)
        ev = rank_evidence(index, q)
        broad = next(c for c in ev.ranked if "first-line" in c.text)
        assert broad.hit.document.kind == DocumentKind.GUIDELINE
        found = narrower_band(index, q, ev.intervention_forms, broad)
    finally:
        index.close()
    return (found[0], found[1].text) if found is not None else None


def test_the_narrower_band_holding_the_age_decides(wobble_index: Path) -> None:
    found = _banded(wobble_index, "64M using wobble tablets for night cramps only - fine to carry on?")
    assert found is not None
    verdict, text = found
    assert verdict == "no"
    assert text.startswith("Men aged 60 years and over should stop")


def test_a_narrower_band_the_age_is_outside_of_gives_nothing(wobble_index: Path) -> None:
    assert _banded(wobble_index, "45M using wobble tablets for night cramps only - fine to carry on?") is None



# A guideline whose only narrower band is for men who also have gout: no rule for a man the question gives no gout.
GOUT_BODY = """- Wobble tablets with a low dose should be considered the first-line wobble treatment for men over 30
years, as their risk of dizziness is lower.

- Men aged 60 years and over with gout should stop wobble tablets and move to a safer treatment.
"""


@pytest.fixture(scope="module")
def gout_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "wobble-gout", {
        "wobble.md": guideline_file("Wobble treatment for men over 30 years", GOUT_BODY),
        **background_guidelines("Migraine prevention", "Asthma in children")})


def test_a_narrower_band_for_people_with_another_condition_decides_nothing(gout_index: Path) -> None:
    assert _banded(gout_index, "64M using wobble tablets for night cramps only - fine to carry on?") is None
    # the case has the condition: the narrower rule is his
    found = _banded(gout_index, "64M gout patient using wobble tablets for night cramps only - fine to carry on?")
    assert found is not None and found[0] == "no"


def test_the_narrower_sentence_is_quoted_first_and_once() -> None:
    narrow = guideline_candidate("Men past 60 should come off wobble tablets.", 0.7, "g-wobble")
    broad = guideline_candidate("Wobble tablets suit men past 30.", 0.9, "g-wobble")
    other = guideline_candidate("Ask men past 30 about sleep.", 0.5, "g-wobble")
    same = guideline_candidate("Men past 60 should come off wobble tablets.", 0.6, "g-wobble")
    assert [c.text for c in quoted_first(narrow, [broad, same, other], 3)] == [narrow.text, broad.text, other.text]
    assert [c.text for c in quoted_first(narrow, [broad, other], 2)] == [narrow.text, broad.text]
