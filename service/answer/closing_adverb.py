"""An adverb of degree or of lasting time that closes a question ("... avoid leafy green vegetables completely?",
"... avoid exercise entirely?", "... be stopped altogether?"): it says how far or how long the asked act goes, no
part of the thing the act is done to. Read as part of that thing, "leafy green vegetables completely" was a topic no
source names, and "Should a patient on warfarin avoid leafy green vegetables completely?" answered "insufficient"
while "Patients taking warfarin do not need to avoid green vegetables ..." says no. The question keeps its words for
what asks of the degree (the verdict reads "completely" there); only its topic is read without them.

A closed class of English adverbs, no topic.
"""
from __future__ import annotations

import re

# Adverbs (and adverbial phrases) of degree or lasting time that may close a question after its object.
_CLOSING = re.compile(r"[,\s]+(?:completely|entirely|totally|wholly|fully|altogether|outright|permanently|"
                      r"indefinitely|forever|for\s+good|at\s+all)\s*(?=[?.!]*\s*$)", re.I)


def without_closing_adverb(text: str) -> str:
    """``text`` without an adverb of degree or lasting time that closes it (``_CLOSING``: "... avoid leafy green
    vegetables?" of "... avoid leafy green vegetables completely?"); ``text`` itself where none does."""
    return _CLOSING.sub("", text, count=1)
