"""List items written with the line that introduces them, so that each item reads true on its own.

Guideline texts converted from HTML keep a list as a lead-in line and one blank-line-separated block per item::

    For people taking widget-inducing tablets:

    - Gizmo pills are not advised.

    - A gizmo coil can be used.

Cut into sentences and chunks, "Gizmo pills are not advised." loses whom it is for: quoted alone it reads as advice
for everyone, and quoted beside an item of another list ("Gizmo pills can be used freely." under "For people on
frobnil:") the two read as opposite advice for the same people. A fragment item ("Age 60 or more: below 150") is no
sentence at all and cannot be quoted. ``label_lists`` writes the lead-in before the first line of each item it
introduces ("- For people taking widget-inducing tablets: Gizmo pills are not advised."), as the table reader writes a
row's label before each cell; a fragment item gets a full stop (its trailing ", or"/"; and" dropped) so that the two
read as one statement. A paragraph's lead-in is then left out where it stood (its items carry it); an item that is a
lead-in stays.

What counts as a lead-in, by its form only (no topic):

- a paragraph of its own (not an item) whose last sentence ends with a colon ("... should be given:"), followed by
  items: it introduces every item up to the next paragraph that is not an item;
- an item that does not end like a sentence but with a word that cannot end one (a preposition, article or copula:
  "- For adults without X, the target for"), followed by items: a list flattened out of another list, so it
  introduces only the fragment items right after it (those that do not end with a stop); the first full sentence,
  an item that introduces items of its own, or one that opens with the same word as the lead-in ("Individuals with
  X, the goal for" ... "Individuals who ...") is the outer list's next item. An item ending with a colon introduces
  nothing: written before each of its short items ("- Begin zib care, using one of:" / "- Zib socks"), it made
  many near-alike statements that crowded a section's other statements out of the ranked evidence.

Items joined by "and" ("... a widget count of 45-59 and" / "No other marker of frobnitis.") are conditions that hold
together: alone with the lead-in each would say what only all of them do, so the first is written with the lead-in
and all the items after it as one statement, and the others are left as they stand.

Not lead-ins: a bare label of at most ``MIN_LEAD_IN_WORDS`` words ("Children:", "Dosing:") or a short title ("Key
Points:"), which names a group or a field rather than a condition and is read where the answer quotes a labelled
line (``service.answer.lead_in``); one longer than ``MAX_LEAD_IN_CHARS`` (a paragraph, not a line that introduces).
Text that is not an item under a lead-in is returned exactly as given.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.sentences import sentence_texts, split_sentences

# Where one block of a list ends and the next begins: a blank line, or a line break before an item's marker (items
# written one a line with no blank line between them).
_BREAK = re.compile(r"(\n(?:[ \t]*\n)+|\n(?=[ \t]*(?:[-*+\u2022\u2023\u25aa\u25cf]|\d{1,3}[.)])[ \t]+\S))")
# A list item's marker: a bullet or a number ("- ", "* ", "• ", "1. ", "2) ").
_ITEM = re.compile(r"^[ \t]*(?P<mark>(?:[-*+\u2022\u2023\u25aa\u25cf]|\d{1,3}[.)])[ \t]+)(?P<rest>\S.*)$", re.S)
# Ends like a sentence: a stop, optionally followed by closing quotes/brackets and bracketed grades ("... (I-E)").
_ENDS_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?:\s*[(\[][^()\[\]]{1,40}[)\]])*\s*$")
# A trailing joint of a list cut into items ("..., or", "...; and", "...;"): dropped when the item is written as a
# statement of its own.
_AND_JOINT = re.compile(r"(?:^|[\s,;])and$", re.I)
_TRAILING_JOINT = re.compile(r"\s*[,;]?\s*(?:\b(?:and|or)\b)?\s*[,;]?\s*$", re.I)
# Words that cannot end an English sentence: a line ending with one runs on into the items after it. A closed class
# of grammar words (prepositions that take no particle sense, articles, copulas, "include"), no topic. Left out:
# "and"/"or" (an item ending with one, "Gizmol 10 mg by mouth, or", is joined to its sibling, not a line that
# introduces the items after it) and the particles of phrasal verbs ("... the pillow the child sleeps on").
_RUNS_ON = re.compile(r"\b(?:for|of|with|without|from|than|between|the|a|an|is|are|be|was|were|"
                      r"include|includes|including)\s*$", re.I)

MIN_LEAD_IN_WORDS = 2      # "Children:", "Dosing:" name a group or a field; service.answer.lead_in reads those
MAX_TITLE_WORDS = 3        # "Action Statement Profile:", "Key Points:": a title over fields, not a condition
MAX_LEAD_IN_CHARS = 240    # longer, a paragraph that happens to end with a colon, not a line that introduces
MAX_CONJOINED_CHARS = 600  # conjoined items written as one statement no longer than the answer quotes (tuning)


@dataclass(frozen=True)
class LeadIn:
    """A line that introduces list items: its text (marker removed) and whether it is itself an item (then it
    introduces fragment items only)."""

    text: str
    nested: bool


def label_lists(text: str) -> str:
    """Write each list item's lead-in before its first line (see the module's docstring); other text as given."""
    parts = _BREAK.split(text)
    blocks, seps = parts[0::2], parts[1::2]
    leads = lead_ins(blocks)
    written = [_written(b, lead) if lead else b for b, lead in zip(blocks, leads)]
    for first, last in _conjoined(blocks, leads):
        written[first:last + 1] = [_written_together(blocks[first:last + 1], leads[first]), *blocks[first + 1:last + 1]]
    for k in range(len(blocks) - 1):
        lead = leads[k + 1]
        if lead is not None and not lead.nested and leads[k] is None:
            written[k] = _without_lead_in(blocks[k])
    out: list[str] = []
    for k, block in enumerate(written):
        if not block.strip():
            continue  # (a paragraph that was its lead-in alone, with the separator after it)
        out.append(block)
        if k < len(seps):
            out.append(seps[k])
    return "".join(out).rstrip("\n") + text[len(text.rstrip("\n")):]


def _without_lead_in(block: str) -> str:
    """A paragraph without its last sentence, the lead-in its items now carry each: alone ("X should be given:"),
    it was quoted as a headline with its list left out, and read as the same statement as each item
    (near duplicates: the answer kept one of them, often the headline)."""
    spans = split_sentences(block)
    return block[:spans[-1][0]].rstrip() if spans else block


def lead_ins(blocks: list[str]) -> list[LeadIn | None]:
    """For each blank-line-separated block, the lead-in that introduces it when it is a list item under one."""
    found: list[LeadIn | None] = []
    outer: LeadIn | None = None  # a paragraph's lead-in, for every item up to the next paragraph
    inner: LeadIn | None = None  # an item's lead-in, for the fragment items right after it
    inner_head = ""  # that item's own text
    for k, block in enumerate(blocks):
        item = _ITEM.match(block.strip("\n"))
        following = k + 1 < len(blocks) and _ITEM.match(blocks[k + 1].strip("\n")) is not None
        if item is None:
            inner = None
            outer = _lead_in(block, nested=False) if following else None
            found.append(None)
            continue
        body = item.group("rest").strip()
        own = _lead_in(body, nested=True) if following else None
        # (an item that introduces items of its own is the outer list's next item, "Gizmo tumours:" after the
        # items of "Widget tumours:")
        if (inner is not None and not _ENDS_SENTENCE.search(body) and not _parallel(body, inner_head)
                and not (own is not None and body.endswith(":"))):
            found.append(inner)
            continue
        inner = None
        found.append(outer)
        if own is not None:
            inner = LeadIn(_joined(outer.text, own.text) if outer else own.text, nested=True)
            inner_head = own.text
    return found


def _parallel(item: str, lead: str) -> bool:
    """Whether an item opens with the same word as the item that introduced the items before it ("Individuals
    with conditions such as:" ... "Individuals who had ..."): a sibling of that item in the outer list, not one of
    its own items."""
    first, head = item.split(maxsplit=1)[:1], lead.split(maxsplit=1)[:1]
    return bool(first) and first[0].lower() == head[0].lower()


def _conjoined(blocks: list[str], leads: list[LeadIn | None]) -> list[tuple[int, int]]:
    """(first, last) block indexes of each run of items under one lead-in that are conditions holding together:
    an item before the last ends with "and" ("... eGFR of 45-59 and" / "... no other marker"). Each alone with the
    lead-in would say what only all of them together do."""
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(blocks):
        if leads[k] is None:
            k += 1
            continue
        last = k
        while last + 1 < len(blocks) and leads[last + 1] is leads[k]:
            last += 1
        if any(_AND_JOINT.search(blocks[j].rstrip()) for j in range(k, last)):
            runs.append((k, last))
        k = last + 1
    return runs


def _written_together(blocks: list[str], lead: LeadIn | None) -> str:
    """A run of conjoined items as one item: the lead-in, then every item's text in order, ending with a stop;
    the first block as it was when that is longer than ``MAX_CONJOINED_CHARS``."""
    items = [m.group("rest").strip() for m in (_ITEM.match(b.strip("\n")) for b in blocks) if m]
    first = _ITEM.match(blocks[0].strip("\n"))
    if lead is None or first is None or len(items) != len(blocks):
        return blocks[0]
    text = " ".join(" ".join(i.split()) for i in items)
    text = text if _ENDS_SENTENCE.search(text) else _TRAILING_JOINT.sub("", text) + "."
    if len(lead.text) + len(text) > MAX_CONJOINED_CHARS:
        return blocks[0]
    return f"{blocks[0][:blocks[0].index(first.group('mark'))]}{first.group('mark')}{_joined(lead.text, text)}"


def _lead_in(block: str, nested: bool) -> LeadIn | None:
    """The block's last sentence as a lead-in, when it ends with a colon or runs on (items only) and is neither a
    bare label nor a paragraph."""
    sentences = sentence_texts(block.strip())
    if not sentences:
        return None
    last = " ".join(sentences[-1].split())
    if nested:
        last = _ITEM.sub(r"\g<rest>", last)
    if len(last) > MAX_LEAD_IN_CHARS or _bare_label(last.rstrip(":")):
        return None
    if (not nested and last.endswith(":")) or (nested and _RUNS_ON.search(last) and not _ENDS_SENTENCE.search(last)):
        return LeadIn(last, nested)
    return None


def _bare_label(text: str) -> bool:
    """A label that names a group or a field, not a condition: at most ``MIN_LEAD_IN_WORDS`` words ("Children",
    "For adults"), or a title of at most ``MAX_TITLE_WORDS`` words each capitalised ("Action Statement Profile")."""
    words = text.split()
    return len(words) <= MIN_LEAD_IN_WORDS or (len(words) <= MAX_TITLE_WORDS and all(w[:1].isupper() for w in words))


def _written(block: str, lead: LeadIn) -> str:
    """An item block with its lead-in before its first line; a fragment item ends with a stop."""
    item = _ITEM.match(block.strip("\n"))
    if item is None:  # (lead_ins gives lead-ins to items only)
        return block
    rest = item.group("rest")
    first, newline, after = rest.partition("\n")
    if not newline and not _ENDS_SENTENCE.search(first) and not first.rstrip().endswith(":"):
        first = _TRAILING_JOINT.sub("", first) + "."
    lead_start = block.index(item.group("mark"))
    return f"{block[:lead_start]}{item.group('mark')}{_joined(lead.text, first)}{newline}{after}"


def _joined(lead: str, item: str) -> str:
    """A lead-in and the text it introduces as one line ("For X: item", "the target for item")."""
    return f"{lead} {item}"
