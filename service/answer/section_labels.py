"""Section labels that open a sentence of a structured abstract ("BACKGROUND:", "CONCLUSIONS",
"<b>Summary</b>:"): they name the part of the report a sentence comes from, not what it says.

Quoted as they stand they put a heading into the bottom line ("CONCLUSIONS High-dose simvastatin ...").
The answer quotes such a sentence from after its label (still verbatim); everything before that (relevance,
routing, the verdict) reads it with its label, which says what kind of sentence it is ("RESULTS: ...").
Only the label's form is read (capitals, a colon or markup, the capital that starts the sentence after it),
never a list of label words: a first word of at least six capitals before a colon, seven without one, is a
heading word rather than an acronym ("HIV: offer ...", "PANDAS Syndrome ..." keep theirs).
"""
from __future__ import annotations

import re

from service.answer.anaphora import opens_with_anaphor

# "<b>Summary</b>: ..." (markup some sources keep around their labels).
_TAGGED = re.compile(r"<(b|i|strong|em)>[^<>]{1,60}</\1>\s*:?\s+(?=\S)", re.I)
# "BACKGROUND: ...", "PATIENTS AND METHODS: ...", "BACKGROUND/AIM: ..." before a capital or a digit.
_COLON = re.compile(r"[A-Z]{6,}(?:(?: AND | OF | |/)[A-Z]{2,}){0,4}\s*:\s+(?=[A-Z0-9])")
# "CONCLUSIONS Among ...", "BACKGROUND AND PURPOSE Pitolisant ...": before a capitalised word ("A", "I").
_BARE = re.compile(r"[A-Z]{7,}(?:(?: AND | OF | |/)[A-Z]{4,}){0,4} (?=[A-Z][a-z]|[AI] )")


def label_length(sentence: str) -> int:
    """How many leading characters of ``sentence`` are a section label and the space after it (0: none)."""
    match = _TAGGED.match(sentence) or _COLON.match(sentence) or _BARE.match(sentence)
    return match.end() if match else 0


def quoted_text(statement: str) -> str:
    """A statement as the answer quotes it: from after its section label, unless the label is all that stands
    before an anaphor ("CONCLUSIONS: The authors conclude ..."): the statement was judged quotable as a
    whole, and would lean on nothing named without its label."""
    cut = label_length(statement)
    return statement[cut:] if cut and not opens_with_anaphor(statement[cut:]) else statement
