"""Caseless search gives what the case-insensitive pattern's own search gives, on any text."""
from __future__ import annotations

import re

import pytest

from service.answer.caseless import Caseless

_PATTERNS = [
    re.compile(r"\b(dose|dosing|how much|titrat)", re.I),
    re.compile(r"^(?:is|are|does|should)\b|\byes\s*(?:or|/)\s*no\W*$", re.I),
    re.compile(r"\b((?:lower|reduc)\w*)\s+(?:the\s+)?risks?\s+(?:of\s+)?", re.I),
    re.compile(r"\b(?P<verb>safe\w*)\s+\S+", re.I),
]
_TEXTS = [
    "Does the DOSE of a statin matter?", "IS IT SAFE?", "is it safe?", "Titrating insulin: yes or NO?",
    "Can a diet LOWER THE RISK OF stroke?", "Plain words, none of them here.", "",
    # Not ASCII: searched with the pattern itself ("ſ" and the Kelvin sign fold to "s" and "k" there).
    "Is the doſe of vitamin \u212a safe?", "Does a lower risk of falls follow \u2014 yes or no?",
    "Dosing in the \u00e9lderly: SAFE\u00a0or not?",
]


@pytest.mark.parametrize("pattern", _PATTERNS)
def test_same_answer_as_the_pattern(pattern: re.Pattern[str]) -> None:
    cue = Caseless(pattern)
    assert [cue.search(t) for t in _TEXTS] == [bool(pattern.search(t)) for t in _TEXTS]


def test_upper_case_in_a_pattern_is_refused() -> None:
    """An upper-case letter (or case-insensitivity turned off in part) would read lower-cased text otherwise."""
    with pytest.raises(ValueError):
        Caseless(re.compile(r"\bHbA1c\b", re.I))
    with pytest.raises(ValueError):
        Caseless(re.compile(r"\b(?-i:mg)\b", re.I))
    with pytest.raises(ValueError):
        Caseless(re.compile(r"\bdose\b"))  # not case-insensitive at all
    Caseless(re.compile(r"(?P<Dose>\S+)\W\B\D", re.I))  # escapes and group names are no letters to match


@pytest.mark.parametrize("pattern", _PATTERNS)
def test_a_remembered_answer_is_the_one_of_its_own_text(pattern: re.Pattern[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Each text asked again, in another order and past a full memory (which starts again), still gets its own
    answer: the memory is keyed by the whole text, not by its lower-cased form (non-ASCII text folds otherwise)."""
    import service.answer.caseless as caseless

    monkeypatch.setattr(caseless, "TEXTS_KEPT", 3)
    cue = Caseless(pattern)
    texts = _TEXTS + [t.lower() for t in _TEXTS] + [t.upper() for t in _TEXTS]
    expected = [bool(pattern.search(t)) for t in texts]
    for order in (texts, texts[::-1], texts):
        assert [cue.search(t) for t in order] == [bool(pattern.search(t)) for t in order]
    assert [cue.search(t) for t in texts] == expected
    assert len(cue._found) <= 3
