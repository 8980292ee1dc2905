"""Whether a thing makes something better: a "yes" needs a lead that says a benefit, not one that says only a harm.

"Does taking vitamin K2 every day improve INR control on warfarin?" answered "Yes." above "Vitamin K2 can reduce the
effect of warfarin and increase the risk of clotting ...": the words model read the lead's "reduce" and "increase" as
the asked improvement. A statement whose words of change are an interaction ("reduce the effect of warfarin") or a
risk that rises ("increase the risk of clotting") says the asked thing does harm; it is no yes to a benefit.
"""
from __future__ import annotations

import re

from index.lexical import tokenize
from service.answer.models import Verdict
from service.answer.negation import negated_at
from service.answer.verdict import raises_risk, states_interaction
from service.answer.worsening import says_worse

# Verbs that ask whether a thing makes something better, as the index's stems ("improve", "improves",
# "improvement"). Grammar.
_IMPROVING_VERBS = frozenset(tokenize("improve"))
# "Does X make Y better?": the same asked in two words. Grammar.
_MAKES_BETTER = re.compile(r"\bmakes?\s+(?:[\w\-']+\s+){0,5}?better\b", re.I)
# Words that say a benefit in themselves. Grammar. A word of lowering ("reduces", "lowers") is a benefit too, unless
# the statement's change is an interaction (``verdict.states_interaction``: "reduce the effect of warfarin").
_BENEFIT = re.compile(r"\b(?:improv\w*|benefi\w*|effective\w*|stabili[sz]\w*|better|helps?|relie\w*)\b", re.I)
_LOWERING = re.compile(r"\b(?:reduc\w*|lower\w*|decreas\w*|prevent\w*)\b", re.I)


def asks_improving(question: str) -> bool:
    """Whether a question asks if a thing makes something better: a verb of improving or "make ... better"."""
    return bool(_IMPROVING_VERBS & frozenset(tokenize(question))) or bool(_MAKES_BETTER.search(question))


def on_improving(question: str, verdict: Verdict | None, lead: str | None) -> Verdict | None:
    """The verdict on whether a thing makes something better, read on its ``lead``: a "yes" above a lead that says
    only a harm (``says_only_harm``) is "uncertain"; any other verdict or question as it is."""
    if verdict != "yes" or lead is None or not asks_improving(question) or not says_only_harm(lead):
        return verdict
    return "uncertain"


def says_only_harm(text: str) -> bool:
    """Whether a statement says a harm (a risk that rises, an interaction, or worse, harm, damage) and no benefit
    outside a negation: no word of benefit (``_BENEFIT``), nor of lowering where it states no interaction."""
    if not (raises_risk(text) or states_interaction(text) or says_worse(text)):
        return False
    if any(not negated_at(text, m.start()) for m in _BENEFIT.finditer(text)):
        return False
    return states_interaction(text) or not any(not negated_at(text, m.start()) for m in _LOWERING.finditer(text))
