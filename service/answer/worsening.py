"""Whether a treatment makes a condition worse: a "yes" needs a statement that says so.

"Does exercise worsen knee osteoarthritis?" answered "Yes." above "Clinicians should offer therapeutic exercise to
every person with knee osteoarthritis ...": advice to use a thing, or a finding that it helps, was read as the yes the
question's other words ask for. A verb of worsening asks for harm to the condition; advice for the thing and findings
of benefit say the contrary.
"""
from __future__ import annotations

import re

from service.answer.verdict import Verdict

# "Does X worsen Y?", "exacerbate", "aggravate", "Does X make Y worse?". Grammar.
_WORSENING_ASKED = re.compile(r"\b(?:worsens?|worsening|exacerbat\w*|aggravat\w*|"
                              r"makes?\s+(?:[\w\-']+\s+){0,5}?worse)\b", re.I)
# A statement that says a thing makes something worse, harms or damages it. Grammar.
_WORSE_SAID = re.compile(r"\b(?:worse\w*|worsen\w*|exacerbat\w*|aggravat\w*|deteriorat\w*|flares?|damag\w*|harm\w*|"
                         r"provok\w*|trigger\w*|induc\w*|cause[sd]?)\b", re.I)
# A statement that says a thing helps: a benefit found, or advice to use it. Grammar.
_HELPS_SAID = re.compile(r"\b(?:improv\w*|benefi\w*|reduc\w*|reliev\w*|effective|recommended|"
                         r"should\s+(?:be\s+)?offer\w*)\b", re.I)


def asks_worsening(question: str) -> bool:
    """Whether a question asks if a thing makes a condition worse (``_WORSENING_ASKED``)."""
    return bool(_WORSENING_ASKED.search(question))


def on_worsening(question: str, verdict: Verdict | None, statements: list[str]) -> Verdict | None:
    """The verdict on whether a thing makes a condition worse, read on the ``statements`` behind it: a "yes" where none
    says worse, harm or damage is the "no" that statements of benefit or advice to use it state, else "uncertain";
    any other verdict or question as it is."""
    if verdict != "yes" or not asks_worsening(question) or any(_WORSE_SAID.search(t) for t in statements):
        return verdict
    return "no" if any(_HELPS_SAID.search(t) for t in statements) else "uncertain"
