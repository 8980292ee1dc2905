"""Evidence or advice "not to" advise a thing is advice against it: "Yes." was printed above "There is good evidence
not to recommend bed rest after ..." (session 67's unseen set, mended after its count; invented words here)."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.answer.polarity import stance
from tests.service.corpora import answered, background_guidelines, built, guideline_file


@pytest.mark.parametrize("text", [
    "There is good evidence not to recommend lying still after a gizmo graft.",
    "The panel decided not to offer zorbicin to children with wobble.",
])
def test_not_to_advise_is_against(text: str) -> None:
    assert stance(text) == "against"


def test_advice_to_recommend_is_not_against() -> None:
    assert stance("It is important to recommend zorbicin for wobble.") != "against"


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    body = ("There is good evidence not to recommend lying still after a gizmo graft. Light walking on the day of a "
            "gizmo graft is safe.")
    files = {"graft.md": guideline_file("Care after a gizmo graft", body)}
    files.update(background_guidelines("Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults"))
    return built(tmp_path_factory, "nottorecommend67", files)


def test_the_verdict_is_no(index_dir: Path) -> None:
    a = answered(index_dir, "just had a gizmo graft - should she lie still afterwards?")
    assert a.verdict != "yes", (a.verdict, a.bottom_line.text)
