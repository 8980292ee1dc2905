"""A guideline's footnote in place of the recommendation it is a note on.

A guideline marks a recommendation with stars or daggers after its stop ("... when both are being considered.**") and
puts a note under its list that opens on the same mark ("**The recommendation for the comparison between X and Y is
different than ..."). The note shares the recommendation's words and more of a question's, so the relevance model puts
it far above the recommendation; quoted alone it explains advice the reader never sees. Where both are among the
statements weighed, the recommendation stands in the note's place. Grammar of footnote marks, no topic.
"""
from __future__ import annotations

import re

from service.answer import guideline
from service.answer.scoring import Candidate

# The marks a note opens on, and the same marks ending a sentence just after its stop. Typography only.
_NOTE_OPENS = re.compile(r"^\s*(?P<m>[*\u2020\u2021]+)\s*\S")
_MARKS = "*\u2020\u2021"


def _marked(text: str, mark: str) -> bool:
    """Whether ``text`` carries ``mark`` right after a stop, and no longer run of marks ("considered.**")."""
    return re.search(rf"[.!?]{re.escape(mark)}(?![{re.escape(_MARKS)}])", text) is not None


def noted_advice(note: Candidate, pool: list[Candidate]) -> Candidate | None:
    """The recommendation of ``note``'s own source among ``pool`` that carries the mark ``note`` opens on, where
    ``note`` is such a footnote (``_NOTE_OPENS``); None otherwise."""
    m = _NOTE_OPENS.match(note.text)
    if m is None:
        return None
    mark = m.group("m")
    return next((c for c in pool if c.doc_id == note.doc_id and c is not note and c.text != note.text
                 and guideline.is_advice(c) and _marked(c.text, mark)), None)


def advice_for_notes(quoted: list[Candidate], pool: list[Candidate]) -> list[Candidate]:
    """``quoted`` with each footnote replaced by the recommendation it is a note on (``noted_advice``), where that
    recommendation is not quoted already."""
    out: list[Candidate] = []
    for c in quoted:
        advice = noted_advice(c, pool)
        out.append(advice if advice is not None and all(advice.text != o.text for o in quoted) else c)
    return out
