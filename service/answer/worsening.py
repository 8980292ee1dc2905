"""Whether a treatment makes a condition worse: a "yes" needs a statement that says so.

"Does exercise worsen knee osteoarthritis?" answered "Yes." above "Clinicians should offer therapeutic exercise to
every person with knee osteoarthritis ...": advice to use a thing, or a finding that it helps, was read as the yes the
question's other words ask for. A verb of worsening asks for harm to the condition; advice for the thing and findings
of benefit say the contrary.
"""
from __future__ import annotations

import re

from index.lexical import tokenize
from service.answer.models import Verdict
from service.answer.negation import negated_at

# The verbs of making a condition worse, as the index's stems, so any of their forms ("worsen", "worsening",
# "exacerbates", "aggravated"). The one list of them: what asks whether a thing makes a condition worse here
# (``asks_worsening``), and a question's verb that asks a direction up in verdict (``verdict._effect_direction``).
# Grammar.
WORSENING_VERBS = frozenset(tokenize("worsen exacerbate aggravate"))
# "Does X make Y worse?": the same asked in two words. Grammar.
_MAKES_WORSE = re.compile(r"\bmakes?\s+(?:[\w\-']+\s+){0,5}?worse\b", re.I)
# "Does X make Y worse?": the thing asked of, X, where the question's parse names none. Grammar.
_MAKER = re.compile(r"^\s*(?:does|do|did|can|could|will|would|may|might)\s+(?P<thing>.+?)\s+makes?\s", re.I)
# A statement that says a thing makes something worse, harms or damages it. Grammar. Not the same list
# as ``verdict._WORSENING``, on purpose: that one reads the harm of stopping a thing, where a benefit that declines or
# is lost and a condition that relapses or recurs are the harm; said of a thing in use, those words would not say that
# it makes anything worse, as "causes", "induces" or "damages" do here.
_WORSE_SAID = re.compile(r"\b(?:worse\w*|worsen\w*|exacerbat\w*|aggravat\w*|deteriorat\w*|flares?|damag\w*|harm\w*|"
                         r"provok\w*|trigger\w*|induc\w*|cause[sd]?)\b", re.I)
# A statement that says a thing helps: a benefit found, or advice to use it. Grammar.
_HELPS_SAID = re.compile(r"\b(?:improv\w*|benefi\w*|reduc\w*|reliev\w*|effective|recommended|"
                         r"should\s+(?:be\s+)?offer\w*)\b", re.I)


def asks_worsening(question: str) -> bool:
    """Whether a question asks if a thing makes a condition worse: a verb of worsening (``WORSENING_VERBS``) or "make
    ... worse"."""
    return bool(WORSENING_VERBS & frozenset(tokenize(question))) or bool(_MAKES_WORSE.search(question))


def on_worsening(question: str, verdict: Verdict | None, statements: list[str],
                 thing: frozenset[str] = frozenset()) -> Verdict | None:
    """The verdict on whether a thing makes a condition worse, read on the ``statements`` behind it: a "yes" where none
    says worse, harm or damage (outside a negation) is the "no" that statements of benefit, advice to use it or a
    denied harm state, else "uncertain"; any other verdict or question as it is. Given the terms of the asked
    ``thing`` (or, unparsed, the X of "Does X make Y worse?"), only a statement that names one of them says the
    thing does harm: "Knee osteoarthritis is a common cause of pain" says what the condition causes, nothing of
    exercise."""
    if not thing and (maker := _MAKER.match(question)):
        thing = frozenset(tokenize(maker.group("thing")))
    if verdict != "yes" or not asks_worsening(question) or any(
            says_worse(t) and (not thing or thing & frozenset(tokenize(t))) for t in statements):
        return verdict
    return "no" if any(_HELPS_SAID.search(t) or _denies_worse(t) for t in statements) else "uncertain"


def says_worse(text: str) -> bool:
    """Whether a statement says worse, harm or damage (``_WORSE_SAID``) outside a negation: "... without worsening
    outcomes" and "exercise does not damage the joint" say the contrary (``_denies_worse``)."""
    return any(not negated_at(text, m.start()) for m in _WORSE_SAID.finditer(text))


def _denies_worse(text: str) -> bool:
    """Whether a statement denies worse, harm or damage: a word of ``_WORSE_SAID`` inside a negation."""
    return any(negated_at(text, m.start()) for m in _WORSE_SAID.finditer(text))
