"""The shape a terse case note is read in: the case, a dash, then what is asked ("66F, BMI 26 - advise weight loss?").

Clinicians type the same note with the ask as a sentence of its own after the case ("66F, BMI 26. advise weight
loss?"). Every reading of a case note (what it asks of, the case's values against a rule's threshold, the thing it
asks about, advice for the case) reads the part after the dash; a note whose ask follows a full stop was read as one
run of words, its case and its ask mixed, so that none of those readings applied. ``dashed_note`` writes such a note
in the dash shape, so that it is read as the same note typed with a dash.
"""
from __future__ import annotations

import re

# The last full stop before a final question sentence: the case ends in a word or a number's last character (not a
# full stop of "e.g." or an initial), then ". " and the ask, one sentence ending in "?". Grammar.
_ASK_SENTENCE = re.compile(r"^(?P<case>.*[^\s.?!])\.\s+(?P<ask>[^.?!]*[^\s.?!][^.?!]*\?)\s*$", re.S)
# A note already written with a dash between its case and its ask (the shape read as it is). Grammar.
_DASH = re.compile(r"\s[-\u2013\u2014]+\s")
# The word before the full stop when it is an abbreviation's ("e.g.", "i.e.", "vs.", "approx.", "Dr.") or an initial:
# the full stop then ends no sentence. Grammar of written English, not of a topic.
_NO_SENTENCE_END = re.compile(r"(?:\b[A-Za-z]|\b(?:e\.g|i\.e|vs|approx|etc|cf|Dr|Mr|Mrs|Ms|St|No|Fig))$")
# The fewest words a case is told in: one word before a full stop is a heading or a label, not a case.
_MIN_CASE_WORDS = 2
# An ask written as a sentence of prose, opening on a capitalised word ("Do they work?", "Is it always necessary?"):
# after a title ("Multidisciplinary breast cancer clinics. Do they work?", as research titles are written) it asks of
# the title's subject, not of a case; a note's ask is typed in the note's shorthand ("ok to start X?", "start X?",
# "SRS?"). Grammar of how the two are typed.
_PROSE_ASK = re.compile(r"^[A-Z](?![A-Z0-9])")


def dashed_note(text: str) -> str:
    """``text`` with the full stop before its final question sentence written as a dash ("66F knee OA, BMI 26. advise
    weight loss?" -> "66F knee OA, BMI 26 - advise weight loss?"); ``text`` itself where it has a dash already, no
    final question sentence after a case of two words or more, a full stop that ends no sentence, or an ask written
    as prose after a title (``_PROSE_ASK``)."""
    if _DASH.search(text):
        return text
    m = _ASK_SENTENCE.match(text.strip())
    if m is None:
        return text
    case, ask = m.group("case"), m.group("ask")
    if _NO_SENTENCE_END.search(case) or len(case.split()) < _MIN_CASE_WORDS or _PROSE_ASK.match(ask):
        return text
    return f"{case} - {ask}"
