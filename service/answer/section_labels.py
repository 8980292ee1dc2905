"""Section labels that open a sentence of a structured abstract ("BACKGROUND:", "CONCLUSIONS",
"<b>Summary</b>:"): they name the part of the report a sentence comes from, not what it says.

Quoted as they stand they put a heading into the bottom line ("CONCLUSIONS High-dose simvastatin ...").
The answer quotes such a sentence from after its label (still verbatim); everything before that (relevance,
routing, the verdict) reads it with its label, which says what kind of sentence it is ("RESULTS: ...").
Only the label's form is read (capitals, a colon or markup, the capital that starts the sentence after it),
never a list of label words: a first word of at least six capitals before a colon, seven without one, is a
heading word rather than an acronym ("HIV: offer ...", "PANDAS Syndrome ..." keep theirs); a label of two or
more capitalised words of four or more before a colon is one too ("CASE PRESENTATION: We ...").

Markup that opens a sentence (the sentence splitter starts a sentence at it: ``ingest.sentences``) is part of
its label by form: line breaks, a tag with attributes ('<AbstractText Label="CASE PRESENTATION" ...>') and
closing tags, before any label of the forms above ("<br><b>CONCLUSION</b>: A single dose ..."). A bare
opening tag ("<i>MIR137</i> is ...") marks up the sentence's own words and is not a label. Markup that ends a
sentence with no words after it (a line break, or a closing tag whose opening is not in the sentence:
"... (trade name, Triumeq<br>") is not quoted either.
"""
from __future__ import annotations

import re
from functools import lru_cache

from index.lexical import tokenize
from service.answer.anaphora import opens_with_anaphor

# Leading markup: "<br>", '<AbstractText Label="X" NlmCategory="Y">', "</AbstractText>" (not "<i>", "<b>").
_MARKUP = re.compile(
    r"(?:(?:<br\s*/?>|<[A-Za-z][\w:-]*(?:\s+[A-Za-z][\w:-]*\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'))+\s*/?>"
    r"|</[A-Za-z][\w:-]*\s*>)\s*)+(?=\S)", re.I)
# One line break or closing tag at the end of a sentence.
_TRAILING_TAG = re.compile(r"(?:<br\s*/?>|</([A-Za-z][\w:-]*)\s*>)\s*$", re.I)
# "<b>Summary</b>: ...", "<b>CONCLUSIONS</b> ..." (markup some sources keep around their labels): a colon after
# it, or in bold a heading word of seven capitals or more, as a bare label needs (``_BARE``); "<i>MIR137</i>
# is ...", "<i>KRAS</i> mutations ...", "<b>BRCA1</b> carriers ..." are the sentence's subject, not a label.
_TAGGED = re.compile(r"(?:<((?i:b|i|strong|em))>[^<>]{1,60}</\1>\s*:"
                     r"|<((?i:b|strong))>[A-Z]{7,}(?:(?: AND | OF | |/)[A-Z]{2,}){0,4}</\2>)\s+(?=\S)")
# "BACKGROUND: ...", "PATIENTS AND METHODS: ...", "BACKGROUND/AIM: ..." before a capital or a digit.
_COLON = re.compile(r"(?:[A-Z]{6,}(?:(?: AND | OF | |/)[A-Z]{2,}){0,4}|[A-Z]{4,}(?:(?: AND | OF | )[A-Z]{4,}){1,4})"
                    r"\s*:\s+(?=[A-Z0-9])")
# "CONCLUSIONS Among ...", "BACKGROUND AND PURPOSE Pitolisant ...": before a capitalised word ("A", "I").
_BARE = re.compile(r"[A-Z]{7,}(?:(?: AND | OF | |/)[A-Z]{4,}){0,4} (?=[A-Z][a-z]|[AI] )")


def label_length(sentence: str) -> int:
    """How many leading characters of ``sentence`` are a section label and the space after it (0: none)."""
    if not (sentence.startswith("<") or sentence[:4].isupper()):
        return 0  # every label form opens with markup or four capitals: most sentences are ruled out here
    markup = _MARKUP.match(sentence)
    start = markup.end() if markup else 0
    match = _TAGGED.match(sentence, start) or _COLON.match(sentence, start) or _BARE.match(sentence, start)
    end = match.end() if match else start
    return end if any(ch.isalnum() for ch in sentence[end:]) else 0


@lru_cache(maxsize=4096)
def _terms(text: str) -> frozenset[str]:
    return frozenset(tokenize(text))


def trailing_markup_start(sentence: str) -> int:
    """Where the markup that ends ``sentence`` without words after it starts (``len(sentence)``: none): line
    breaks and closing tags whose opening tag is not in the sentence ("... Triumeq<br>", "... boy.</AbstractText>")."""
    end = len(sentence)
    if not sentence.rstrip().endswith(">"):
        return end
    while (match := _TRAILING_TAG.search(sentence, 0, end)) is not None:
        name = match.group(1)
        if name and re.search(rf"<{re.escape(name)}[\s/>]", sentence[:match.start()], re.I):
            break  # "... <i>E. coli</i>": the tag closes words of the sentence
        end = len(sentence[:match.start()].rstrip())
    return end if any(ch.isalnum() for ch in sentence[:end]) else len(sentence)


def quoted_text(statement: str, question: str = "") -> str:
    """A statement as the answer quotes it: from after its section label, unless the label is all that stands
    before an anaphor ("CONCLUSIONS: The authors conclude ..."): the statement was judged quotable as a
    whole, and would lean on nothing named without its label; or unless the label names something the
    ``question`` asks about (an index term in common): "METFORMIN: Continue in patients with ..." is chosen
    for the word its label holds. Without markup that ends it, either way."""
    cut = label_length(statement)
    keep = not cut or opens_with_anaphor(statement[cut:]) or bool(_terms(question) & _terms(statement[:cut]))
    body = statement if keep else statement[cut:]
    return body[:trailing_markup_start(body)]
