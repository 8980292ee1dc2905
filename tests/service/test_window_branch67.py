"""The rule whose window of time since the event holds the case's time leads, and a case past every window the act is
advised in gets a no (session 67; g66 C6b: "she presents on day 4 - still start PEP?" hedged beside "offer PEP to
women presenting within 72 hours"; S21: "raped 4 days ago - EC?" led by the rule for women past the 5 days)."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.search import open_index
from service.answer.pipeline import answer_question, rank_evidence
from service.answer.question import read_question
from service.answer.window_branch import window_branch
from tests.service.corpora import background_guidelines, built, guideline_file

BODY = """- Clean every bite wound at once with soap and running water for several minutes.

- If a person presents after the time allowed for gizmoglobulin (48 hours), offer wound cleaning and a check of
tetanus cover only.

- Offer gizmoglobulin to people bitten by a wild fox who present within 48 hours of the bite.

- Record the place and the kind of animal in the notes.

- The trials suggest that gizmoglobulin is ineffective if given more than 96 hours after the bite.
"""


@pytest.fixture(scope="module")
def bite_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "bites", {"bites.md": guideline_file("Care of wild fox bites", BODY),
                                             **background_guidelines("Migraine prevention", "Asthma in children")})


def _branch(index_dir: Path, question: str) -> tuple[str | None, str] | None:
    """What ``window_branch`` gives for ``question``: its verdict and the rule's text."""
    index = open_index(index_dir)
    try:
        q = read_question(question)
        ev = rank_evidence(index, q)
        found = window_branch(index, q, ev.intervention_forms, ev.ranked)
    finally:
        index.close()
    return (found[0], found[1].text) if found is not None else None


def test_a_case_past_the_only_window_of_the_advised_act_gets_a_no(bite_index: Path) -> None:
    found = _branch(bite_index, "bitten by a wild fox 3 days ago - still give gizmoglobulin?")
    assert found is not None
    verdict, text = found
    assert verdict == "no"
    assert text.startswith("Offer gizmoglobulin to people bitten")


def test_the_rule_whose_window_holds_the_case_leads_without_a_yes(bite_index: Path) -> None:
    found = _branch(bite_index, "bitten by a wild fox yesterday - still give gizmoglobulin?")
    assert found is not None
    verdict, text = found
    assert verdict is None
    assert text.startswith("Offer gizmoglobulin to people bitten")


def test_advice_against_in_the_window_holding_the_case_gives_a_no(bite_index: Path) -> None:
    found = _branch(bite_index, "bitten by a wild fox 5 days ago - is gizmoglobulin still worth giving?")
    assert found is not None
    verdict, text = found
    assert verdict == "no"
    assert "ineffective if given more than 96 hours" in text


def test_no_time_given_reads_no_window(bite_index: Path) -> None:
    assert _branch(bite_index, "bitten by a wild fox - give gizmoglobulin?") is None


def test_the_answer_says_no_and_quotes_the_window_missed(bite_index: Path) -> None:
    index = open_index(bite_index)
    try:
        answer = answer_question(index, "bitten by a wild fox on day 4 - still give gizmoglobulin?")
    finally:
        index.close()
    assert answer.verdict == "no"
    assert "within 48 hours of the bite" in answer.bottom_line.text
    assert "after the time allowed" not in answer.bottom_line.text
