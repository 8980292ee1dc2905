"""read_question remembers what it read per arguments (session 25): the remembered reading must be the one a fresh
reading gives, the followed answer's topic included, whatever was asked before."""
from __future__ import annotations

import itertools

import pytest

from service.answer import question
from service.answer.question import read_question
from service.errors import QuestionError

_ASKED = ["What are its side effects?", "Does drugx lower the risk of zorb fractures?",
          "How is it dosed?", "  Should   adults with zorb be screened for drugx deficiency? "]
_FOLLOWS = [(None, None), ("drugx", "zorb"), ("quinbar", None), (None, "plim disease")]


def test_a_remembered_reading_is_the_fresh_one_whatever_was_asked_before() -> None:
    question._read.cache_clear()
    cases = list(itertools.product(_ASKED, _FOLLOWS))
    for text, (intervention, condition) in cases + cases[::-1]:
        assert read_question(text, intervention, condition) == question._read.__wrapped__(text, intervention,
                                                                                         condition)
    # the followed answer's topic is part of what is remembered: a follow-up without its own intervention differs
    assert read_question("What are its side effects?", "drugx", None).intervention == "drugx"
    assert read_question("What are its side effects?", "quinbar", None).intervention == "quinbar"
    assert read_question("What are its side effects?").intervention is None


def test_an_empty_question_is_refused_each_time() -> None:
    for _ in range(2):
        with pytest.raises(QuestionError):
            read_question("   ")
