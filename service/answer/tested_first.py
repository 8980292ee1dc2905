"""Advice to test for a state before giving a treatment ("Patients at risk of frobnase deficiency should be tested for
frobnase deficiency before starting gizmozumab"): a precondition of the treatment, not advice to give it to someone
known to have that state. Asked whether the treatment may be given to a patient the question says has the state, such
a statement does not lead (its advice is to find out what the question already knows), so it gives no "yes"; a
question on the testing itself ("Should patients be tested for ... before ...?") is answered by it as before. Grammar
of the precondition, no topic."""
from __future__ import annotations

import re
from functools import lru_cache

from index.lexical import tokenize
from service.answer.scoring import Candidate

# "be tested for X before", "testing for X prior to", "screened for X before the start of": X the state tested for.
_TESTED_BEFORE = re.compile(r"\b(?:tested|screened|testing|screening)\s+for\s+(?P<state>[^.;:()]{2,80}?)\s+"
                            r"(?:before|prior\s+to)\b", re.I)
# A question on testing itself: a word of testing among its terms (stems).
_TESTING = frozenset({"test", "screen", "check", "assess", "genotyp"})


def advises_testing_first(question: str, text: str) -> bool:
    """Whether a statement advises testing for a state, before something, that the question names of its patient (every
    word of the state among the question's), where the question does not ask about testing."""
    asked = frozenset(tokenize(question))
    if asked & _TESTING:
        return False
    return any(state <= asked for state in _tested_states(text))


@lru_cache(maxsize=20_000)
def _tested_states(text: str) -> tuple[frozenset[str], ...]:
    """The terms of each state a statement advises testing for before something (``_TESTED_BEFORE``), none empty.
    Remembered per statement: asked of each statement that may lead, the same ones question after question."""
    found = (frozenset(tokenize(m.group("state"))) for m in _TESTED_BEFORE.finditer(text))
    return tuple(state for state in found if state)


def not_tested_first(question: str, statements: list[Candidate]) -> list[Candidate]:
    """The statements that may lead a question, without advice to test for a state its patient is said to have
    (``advises_testing_first``)."""
    return [c for c in statements if not advises_testing_first(question, c.text)]
