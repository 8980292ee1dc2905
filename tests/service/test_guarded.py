"""Guarded patterns (service.answer.guarded): a text is scanned only where it holds a word every match holds, so each
pattern finds, with its guard, exactly what it finds without. One sentence per alternative of each guarded pattern:
a guard that left an alternative's word out would skip it and fail here."""
from __future__ import annotations

import re

import pytest

from service.answer.after_failure import _FAILED
from service.answer.guarded import GuardedPattern
from service.answer.lead import _DESIGNATED, _ELSEWHERE, _FIRST_LINE_ASKED
from service.answer.polarity import AGAINST
from service.answer.quoted_against import _NEGATED
from service.answer.subgroup import _CONTRAINDICATIONS, _CONTRAINDICATIONS_HEAD
from service.answer.verdict import _FAILED_OR_WORSE

# Each alternative of advice against (polarity.AGAINST), in its order, in words of no source.
ADVICE_AGAINST = [
    "The panel recommends against splinting for this.",
    "The group advises that clinicians do not routinely splint.",
    "Other options are preferred for older walkers.",
    "Bracing is no longer recommended for this.",
    "Bracing should not be recommended to runners.",
    "Splints should not be worn at night.",
    "Heavy lifting must be avoided after the repair.",
    "Bracing is contraindicated after the repair.",
    "Splinting is discouraged in children.",
    "Splints should not be offered to runners.",
    "We advise against the routine use of splints.",
    "Clinicians do not offer splints to runners.",
    "The committee does not recommend splints.",
    "The panel does not suggest that splints be used.",
    "Don't splint a sprained finger.",
    "Neither splints nor braces should be worn.",
]

# Each alternative of a treatment's failure (after_failure._FAILED), in its order.
FAILURES = [
    "pain not well controlled on the cream", "uncontrolled pain", "the cream was not tolerated", "the cream failed",
    "the cream fails", "not responding to the cream", "no response to the cream", "unresponsive to rest",
    "refractory pain", "pain despite the cream", "pain persists", "pain still high", "the cream was ineffective",
    "the cream didn't work", "the cream is not working", "not improved on rest", "little relief from the cream",
    "pain not relieved by rest", "no better after a week",
]


@pytest.mark.parametrize("text", ADVICE_AGAINST)
def test_advice_against_is_found_as_its_pattern_finds_it(text: str) -> None:
    assert AGAINST.search(text) is not None
    assert [m.span() for m in AGAINST.finditer(text)] == [m.span() for m in AGAINST.compiled.finditer(text)]


@pytest.mark.parametrize("text", FAILURES)
def test_failure_is_found_as_its_pattern_finds_it(text: str) -> None:
    assert [m.span() for m in _FAILED.finditer(text)] == [m.span() for m in _FAILED.compiled.finditer(text)] != []


@pytest.mark.parametrize(("pattern", "text"), [
    (_CONTRAINDICATIONS, "Contraindications such as a recent bleed rule it out."),
    (_CONTRAINDICATIONS_HEAD, "Contraindications to splinting are:"),
    (_ELSEWHERE, "Trials outside Europe are few."),
    (_FIRST_LINE_ASKED, "Which cream is first-line for a sprain?"),
    (_DESIGNATED, "Is interleukin-6 raised after a sprain?"),
    (_NEGATED, "Splints should never be worn overnight."),
    (_NEGATED, "Runners do not need to rest for a week."),
    (_NEGATED, "There is no need to rest for a week."),
    (_NEGATED, "Splints are not required after a sprain."),
    (_FAILED_OR_WORSE, "The cream failed to speed healing."),
    (_FAILED_OR_WORSE, "Failure of the splint to hold was common."),
    (_FAILED_OR_WORSE, "Braced ankles healed worse."),
    (_FAILED_OR_WORSE, "Bracing was detrimental to healing."),
])
def test_each_guarded_pattern_finds_its_shape(pattern: GuardedPattern, text: str) -> None:
    assert pattern.search(text) is not None
    assert (pattern.match(text) is None) == (pattern.compiled.match(text) is None)


def test_a_text_without_any_guard_word_is_not_matched() -> None:
    assert AGAINST.search("Splints help most runners recover within a week.") is None
    assert list(_FAILED.finditer("The cream helps most runners within a week.")) == []


def test_a_text_of_other_than_ascii_letters_is_scanned_as_before() -> None:
    # Case-insensitive matching pairs "ſ" with "s" and "ı" with "i", which lowering does not: such a text is scanned.
    assert re.search("against", "recommends AGAINſT it", re.I) is not None
    assert AGAINST.search("The panel recommends againſt splinting.") is not None
    assert AGAINST.search("Heavy lifting must be avoıded.") is not None


def test_a_guard_needs_lower_case_words() -> None:
    with pytest.raises(ValueError):
        GuardedPattern(re.compile("x", re.I), ("Not",))
    with pytest.raises(ValueError):
        GuardedPattern(re.compile("x", re.I), ())


def _guarded_patterns() -> list[tuple[str, GuardedPattern]]:
    """Every GuardedPattern a module of service.answer defines, each once."""
    import importlib
    import pkgutil

    import service.answer as package
    found: list[tuple[str, GuardedPattern]] = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"service.answer.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, GuardedPattern) and all(value is not p for _, p in found):
                found.append((f"{info.name}.{name}", value))
    return found


def test_every_guarded_pattern_matches_as_its_regex_over_the_corpus_and_the_question_lists() -> None:
    """A guard that misses a word an alternative needs drops that alternative silently (a branch added "no relief"
    to the failure pattern and it never matched): over every sentence of corpus/ and every question of the lists in
    scripts/, each guarded pattern finds exactly what its regex finds."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    texts = [s for f in sorted((root / "corpus").rglob("*.md"))
             for s in re.split(r"(?<=[.!?])\s+|\n", f.read_text(encoding="utf-8")) if s.strip()]
    texts += [line for f in sorted((root / "scripts").glob("*_questions.txt"))
              for line in f.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    patterns = _guarded_patterns()
    assert len(patterns) >= 9 and len(texts) > 1000
    for name, pattern in patterns:
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in pattern.compiled.finditer(text)], \
                (name, text)
