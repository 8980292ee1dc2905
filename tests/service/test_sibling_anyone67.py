"""A sibling sentence that names only "patients" of the case is no branch of the advice for it: "Clinicians should
discuss adverse events with patients ... with X" made the plain "should not prescribe X 100 mg/day" hedge for "a
patient with Y - X 100 mg a sensible choice?" (session 67's merged own-lead guard; the answer had been a right "no")."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.service.corpora import answered, background_guidelines, built, guideline_file

BODY = ("Clinicians should discuss possible adverse events with patients with wobble disease and monitor for "
        "raised muscle enzymes with zelotrine. Clinicians may prescribe tarvolin for modest easing of wobble jerks. "
        "Whereas zelotrine 200 mg/day likely eases wobble jerks, clinicians should not prescribe zelotrine 100 mg/day "
        "for short-term benefits or for any long-term goals.")


def _index(tmp_path_factory: pytest.TempPathFactory, name: str, title: str, body: str) -> Path:
    """An index of one invented guideline and two unrelated ones (so that word weights are a corpus's)."""
    files = {f"{name}.md": guideline_file(title, body)}
    files.update(background_guidelines("Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults"))
    return built(tmp_path_factory, name, files)


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _index(tmp_path_factory, "sibling67", "Treatment of jerks in wobble disease", BODY)


def test_a_sibling_naming_only_patients_does_not_hedge_a_plain_no(index_dir: Path) -> None:
    a = answered(index_dir, "Wobble patient with troublesome jerks - is zelotrine 100 mg daily a sensible choice?")
    assert a.verdict == "no", (a.verdict, a.bottom_line.text)


GAP_BODY = ("Zelotrine alone should not be used as first-line therapy for egg release in women with grumble syndrome, "
            "since release agents such as tarvolin are more effective. There is insufficient evidence to recommend "
            "zelotrine during pregnancy to lower the chance of loss.")


@pytest.fixture(scope="module")
def gap_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _index(tmp_path_factory, "siblinggap67", "Grumble syndrome in women", GAP_BODY)


def test_a_sibling_stating_a_gap_is_no_branch_advising_the_other_way(gap_index: Path) -> None:
    # (A gap, "insufficient evidence to recommend X during pregnancy", advises neither way: it hedged the plain "no"
    # for a case wanting pregnancy.)
    a = answered(gap_index, "grumble syndrome wanting pregnancy - zelotrine alone as first line for egg release?")
    assert a.verdict == "no", (a.verdict, a.bottom_line.text)
