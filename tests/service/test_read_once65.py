"""A question asked again is read in the corpus's words once per index version, and scored with the matcher made for
it before (session 65, speed): both are readings of the question and the corpus alone, and they were made again for
every answer. The answer is the same either way. The corpus (a made-up remedy for a made-up rash) is the test's."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.search import open_index
from service.answer import pipeline, scoring
from service.answer.pipeline import answer_question
from tests.service.corpora import built

GUIDE = """---
title: "Managing glimmer rash in adults"
type: "guideline"
source: "Test Society"
year: 2024
---

# Managing glimmer rash in adults

## Recommendations

Oatbalm cream should be offered as the first treatment for adults with glimmer rash.
Adults whose glimmer rash does not settle within two weeks should be referred to a skin clinic.
"""


@pytest.fixture(scope="module")
def rash_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "rash", {"glimmer.md": GUIDE})


@pytest.fixture()
def counted(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[object]]:
    """The questions the answer path spells in the corpus's words and makes matchers for, counted as the real
    functions run (each call passes through to them)."""
    spelled: list[str] = []
    matchers: list[object] = []
    corpus_spelled, matcher = pipeline._corpus_spelled, scoring._Matcher

    def counting_spelled(question: str, lexicon: object) -> tuple[str, tuple[str, ...]]:
        spelled.append(question)
        return corpus_spelled(question, lexicon)  # type: ignore[arg-type]

    def counting_matcher(*args: object) -> object:
        matchers.append(args[0])
        return matcher(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "_corpus_spelled", counting_spelled)
    monkeypatch.setattr(scoring, "_Matcher", counting_matcher)
    return spelled, matchers


def test_a_repeated_question_is_read_and_matched_once_with_the_same_answer(
        rash_index: Path, counted: tuple[list[str], list[object]]) -> None:
    spelled, matchers = counted
    index = open_index(rash_index)
    try:
        question = "Should oatbalm cream be used for glimmer rash?"
        first = answer_question(index, question)
        read, made = len(spelled), len(matchers)
        second = answer_question(index, question)
    finally:
        index.close()
    assert read >= 1 and made >= 1
    assert len(spelled) == read  # not read again
    assert len(matchers) == made  # nor its matcher made again
    assert second.bottom_line.text == first.bottom_line.text
    assert second.verdict == first.verdict


def test_another_question_and_a_reopened_index_are_read_afresh(
        rash_index: Path, counted: tuple[list[str], list[object]]) -> None:
    # What is kept is the reading of one question on one opened index: another question is read and matched anew,
    # and so is the same question on the index opened again (its version's statistics are new objects).
    spelled, matchers = counted
    question = "Is oatbalm cream advised for adults with glimmer rash?"
    index = open_index(rash_index)
    try:
        first = answer_question(index, question)
        read, made = len(spelled), len(matchers)
        answer_question(index, "Should adults with glimmer rash be referred to a skin clinic?")
        assert len(spelled) > read and len(matchers) > made  # another question: read and matched
    finally:
        index.close()
    read, made = len(spelled), len(matchers)
    reopened = open_index(rash_index)
    try:
        again = answer_question(reopened, question)
    finally:
        reopened.close()
    assert len(spelled) > read and len(matchers) > made  # the index opened again: read and matched again
    assert again.bottom_line.text == first.bottom_line.text and again.verdict == first.verdict
