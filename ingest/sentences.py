"""Sentence splitting for clinical and biomedical prose, by regular expressions (fast, no NLP model).

A sentence ends at terminal punctuation (``.``, ``?``, ``!``, an ellipsis), possibly followed by closing
quotes or brackets, when whitespace and then an uppercase letter, a digit or an opening quote/bracket follow,
unless the period belongs to a known abbreviation ("e.g.", "et al.", "Fig. 2") or a single capital initial
("Smith J.", "E. coli"). A blank line always ends a sentence, and a line that starts with a bullet or a
numbered list item starts one. Overlong runs without punctuation (tables) are cut so that no span exceeds
``max_chars``.

Abstracts copied from PubMed keep some of their structure in the text, where the rules above see no
boundary; their form marks one instead (never a list of label words):

- a stop followed directly by a structured abstract's capitalised label and its colon ("... data.RESULTS: To
  ..."): the label starts the next sentence;
- a line-break tag ``<br>``: it starts the next sentence ("... infants.<br><b>CONCLUSION</b>: A single ...");
- a stop followed, with or without a space, by markup and then a capital or a digit ("... 1p21.3.
  <AbstractText Label="CASE PRESENTATION" ...>We describe ..."): the markup starts the next sentence, and
  closing tags right after the stop stay with the sentence they close.

The markup that opens a sentence so is read as its section label by ``service.answer.section_labels``.
"""
from __future__ import annotations

import re

MAX_SENTENCE_CHARS = 1000

# A blank line (possibly holding spaces) ends a sentence.
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
# A line break before a bullet ("- ", "* ", "• ") or a numbered item ("1. ", "2) ") starts a sentence.
_LIST_ITEM = re.compile(r"\n(?=[ \t]*(?:[-*\u2022\u2023\u25aa\u25cf]|\d{1,3}[.)])[ \t])")
# Terminal punctuation, optional closers, then whitespace and a plausible sentence start.
# Each match starts at the first mark of a run ("..." is tried once, not once per dot: a long run of dots
# would otherwise cost time quadratic in its length).
_TERMINAL = re.compile(
    r"(?<![.?!\u2026])[.?!\u2026]+[\"'\u201d\u2019\u00bb)\]]*(?=\s+[\"'\u201c\u2018\u00ab(\[]*[A-Z0-9])"
)
_OPENERS = "\"'\u201c\u2018\u00ab(["
# One markup tag by its form: "<br>", "<b>", "</b>", '<AbstractText Label="X" NlmCategory="Y">'. The attribute
# form (name="value") keeps "<or =5 lesions ... >" (less than or equal) from reading as a tag.
_TAG_NAME = r"[A-Za-z][\w:-]*"
_TAG = (rf"(?:<{_TAG_NAME}(?:\s+{_TAG_NAME}\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'))*\s*/?>"
        rf"|</{_TAG_NAME}\s*>)")
# Terminal punctuation, optional closers and closing tags, then markup before a plausible sentence start.
# Runs of tags are bounded (eight): hostile text with thousands of closing tags after a stop took seconds.
_TERMINAL_MARKUP = re.compile(
    rf"(?<![.?!\u2026])[.?!\u2026]+[\"'\u201d\u2019\u00bb)\]]*(?:</{_TAG_NAME}\s*>){{0,8}}"
    rf"(?=\s*(?:{_TAG}\s*){{1,8}}[\"'\u201c\u2018\u00ab(\[]*[A-Z0-9])"
)
# A run of line-break tags with text after it: the run starts a sentence.
_BREAK = re.compile(r"(?:<[bB][rR]\s*/?>\s*)+(?=\S)")
# A stop glued to a structured abstract's label: letters or digits, ".", capitals (a first word of four or
# more, then words of two or more) and a colon: "data.RESULTS:", "7.CASE PRESENTATION:".
_RUN_ON_LABEL = re.compile(r"\.(?<=[a-z0-9%)\]]\.)(?=[A-Z]{4,}(?:(?: AND | OF | |/)[A-Z]{2,}){0,4}\s*:)")
# Abbreviations after which a period never ends a sentence (compared lowercased, without the period).
_ABBREVIATIONS = frozenset(
    {
        "e.g", "i.e", "eg", "ie", "vs", "v", "al", "cf", "viz", "approx", "ca", "fig", "figs", "dr", "drs",
        "mr", "mrs", "ms", "prof", "st", "jr", "sr", "ref", "refs", "eq", "eqs", "resp", "dept", "univ",
        "inc", "ltd", "corp", "ed", "eds", "incl", "esp", "spp", "subsp", "var",
    }
)
# Abbreviations that only hold when a number follows ("No. 5", "p. 12", "Vol. 3"): "no." may end a sentence.
_ABBREVIATIONS_BEFORE_DIGIT = frozenset({"no", "nos", "p", "pp", "vol", "ch", "sec", "tab", "suppl", "art", "para"})
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


def split_sentences(text: str, *, max_chars: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """The (start, end) spans of the sentences of ``text``, in order, non-overlapping.

    Each span is stripped of surrounding whitespace (``text[start:end]`` is the sentence), every
    non-whitespace character of ``text`` lies in exactly one span, and no span is longer than ``max_chars``.
    """
    cuts = {0, len(text)}
    for match in _BLANK_LINE.finditer(text):
        cuts.add(match.start())
    for match in _LIST_ITEM.finditer(text):
        cuts.add(match.start())
    for match in _TERMINAL.finditer(text):
        if _ends_sentence(text, match):
            cuts.add(match.end())
    for match in _RUN_ON_LABEL.finditer(text):
        if _ends_sentence(text, match):
            cuts.add(match.end())
    if "<" in text:  # markup: rare, and the scans below would cost more than the rest of the splitting
        for match in _TERMINAL_MARKUP.finditer(text):
            if _ends_sentence(text, match):
                cuts.add(match.end())
        for match in _BREAK.finditer(text):
            cuts.add(match.start())
    spans: list[tuple[int, int]] = []
    ordered = sorted(cuts)
    for start, end in zip(ordered, ordered[1:]):
        span = _strip(text, start, end)
        if span is not None:
            spans.extend(_cut_long(text, span[0], span[1], max_chars))
    return spans


def sentence_texts(text: str) -> list[str]:
    """The sentences of ``text`` as strings (see ``split_sentences``)."""
    return [text[start:end] for start, end in split_sentences(text)]


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    """Whether a terminal-punctuation match really ends a sentence (not an abbreviation or initial)."""
    stop = match.start()
    if text[stop] != "." or text.startswith("..", stop):
        return True  # "?", "!" and ellipses always end a sentence before a capital
    begin = stop
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    token = text[begin:stop].lstrip(_OPENERS)
    if not token:
        return True
    lowered = token.lower()
    if lowered in _ABBREVIATIONS or _DOTTED.fullmatch(token):
        return False
    if len(token) == 1 and token.isupper():
        return False  # an initial: "Smith J. et al.", "J. Smith", "E. coli"
    nxt = match.end()
    while nxt < len(text) and text[nxt].isspace():
        nxt += 1
    if lowered in _ABBREVIATIONS_BEFORE_DIGIT and nxt < len(text) and text[nxt].isdigit():
        return False
    if token.isdigit() and _at_line_start(text, begin):
        return False  # the marker of a numbered item, "1. Take ..."
    return True


def _at_line_start(text: str, index: int) -> bool:
    """Whether only spaces or tabs stand between the previous line break (or the text start) and ``index``."""
    line_start = text.rfind("\n", 0, index) + 1
    return not text[line_start:index].strip(" \t")


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span narrowed to exclude surrounding whitespace, or None if it holds only whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _cut_long(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Split an overlong span at the last semicolon of each window (if past its middle), else its last space."""
    pieces: list[tuple[int, int]] = []
    while end - start > max_chars:
        window_end = start + max_chars
        cut = text.rfind(";", start, window_end - 1) + 1
        if cut <= start + max_chars // 2:  # a semicolon near the start would leave a scrap
            space = _last_space(text, start, window_end)
            cut = space if space > start else window_end
        head = _strip(text, start, cut)
        if head is not None:
            pieces.append(head)
        rest = _strip(text, cut, end)
        if rest is None:
            return pieces
        start = rest[0]
    pieces.append((start, end))
    return pieces


def _last_space(text: str, start: int, stop: int) -> int:
    """The index of the last whitespace character in ``text[start:stop]``, or -1."""
    for index in range(stop - 1, start, -1):
        if text[index].isspace():
            return index
    return -1
