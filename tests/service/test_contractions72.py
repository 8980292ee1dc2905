"""A verb contracted with "not" in a question ("won't", "doesn't", "can't") is read as written out: split at its
apostrophe, it gave the question stems of no meaning ("won", "doesn") and a letter, weighed as its rarest words, and
the condition "gizmo ulcers that won't close" was named by no statement. Every topic and name here is made up."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.lexical import tokenize
from service.answer.question import as_contractions_written, read_question
from tests.service.corpora import answered, guideline_index


@pytest.mark.parametrize(("written", "read"), [
    ("ulcers that won't close", "ulcers that will not close"),
    ("if it doesn't work", "if it does not work"),
    ("she can't tolerate it", "she can not tolerate it"),
    ("he couldn\u2019t swallow", "he could not swallow"),
    ("Don't start it", "Do not start it"),
    ("it's fine", "it's fine"),
])
def test_a_verb_contracted_with_not_is_written_out(written: str, read: str) -> None:
    assert as_contractions_written(written) == read


def test_a_question_with_a_contraction_reads_no_stem_of_it() -> None:
    q = read_question("is zapotherm recommended for gizmo ulcers that won't close?")
    assert q.as_asked == "is zapotherm recommended for gizmo ulcers that won't close?"
    assert {"won", "t"}.isdisjoint(tokenize(q.text))


ADVICE = ("For stalled gizmo ulcers that can still heal, do not use this to hasten their healing: Zapotherm (Not "
          "Recommended). Offer a pressure-relieving mattress to every person with a gizmo ulcer.")


@pytest.fixture(scope="module")
def ulcers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return guideline_index(tmp_path_factory, "ulcers72", "Gizmo ulcers: prevention and treatment", ADVICE)


def test_advice_against_for_stalled_ulcers_answers_a_question_on_those_that_wont_close(ulcers: Path) -> None:
    answer = answered(ulcers, "is zapotherm recommended for stalled gizmo ulcers that won't close?")
    assert answer.verdict == "no"
