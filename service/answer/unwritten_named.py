"""A lean that rests on guideline statements while the question asks of a thing the corpus never names.

"genotype 1, no cirrhosis - is 8 weeks of gizmovir enough?" over a corpus whose only guideline on the disease predates
gizmovir read "leans yes" from advice on another, older regimen: the closest statements shared the disease and "12
weeks", not the drug. A name of the question that is no plain English and that no chunk of the corpus writes
(``Lexicon.note_names``) is what the corpus lacks; no statement quoted can speak of it, so a yes or a no leans on
nothing said of the thing asked, and the answer stays "insufficient" (a hedge, never another verdict).
"""
from __future__ import annotations

from service.answer.concepts import Lexicon
from service.answer.question import ASKED_AFTER_DASH
from ingest.models import DocumentKind
from service.answer.scoring import Candidate

# The shortest name read as the name of a thing (a drug, a test, a device): shorter unwritten words of a clinician's
# note are short forms ("bd", "tds", "hx") that the corpus spells out, not things it lacks.
_NAME_LETTERS = 6


def unwritten_asked_names(question: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The names ``question`` writes in lower case that no chunk of the corpus writes (``Lexicon.note_names``): a
    word of letters only (a case's "74F" or "58M" is no thing), of at least ``_NAME_LETTERS`` letters. Written with
    capitals, a name may be a short form the corpus spells out ("MSSA"), so it is not counted."""
    return tuple(name for name, written in lexicon.note_names(question)
                 if not written and name.islower() and name.isalpha() and len(name) >= _NAME_LETTERS)


def asked_thing_text(question: str, intervention: str | None) -> str:
    """Where a question names the thing it asks of: its intervention where one was read, else what follows its dash
    ("... - is 8 weeks of gizmovir enough?", ``ASKED_AFTER_DASH``), else nothing. (Not the whole question: a plain
    word the embedder splits, "stabilise" of "... to stabilise the INR?", is no thing asked of.)"""
    if intervention:
        return intervention
    dashed = ASKED_AFTER_DASH.search(question.strip())
    return dashed.group("asked") if dashed else ""


def leans_on_unnamed(question: str, intervention: str | None, lexicon: Lexicon, behind: list[Candidate],
                     closest: list[Candidate]) -> bool:
    """Whether a lean from closest guideline statements (``behind``, or the ``closest`` quoted where it names none)
    answers a question whose asked thing (``asked_thing_text``) is a name the corpus never writes
    (``unwritten_asked_names``): none of them can speak of the thing asked. Only over guideline statements: a study's
    finding in other words (a research abstract) may still report on the thing under another name."""
    resting = behind or closest
    if not resting or any(c.hit.document.kind != DocumentKind.GUIDELINE for c in resting):
        return False
    return bool(unwritten_asked_names(asked_thing_text(question, intervention), lexicon))
