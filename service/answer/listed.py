"""Statements a guideline writes as parts of one whole: the rated rows of one table variant, and the items of one
list. The ingest writes a rated row as "Variant 1: <who>; - <procedure>: Rating 9 (Usually appropriate) ..." and a
list item as "<introduction>: <item>." (its introduction repeated before every item). Asked which thing to do, a
row's rating says how it ranks, not the relevance model's score (which weighs each row's wording); and a list the
bottom line quotes from is quoted whole, for a part of it reads as if it were all (blood tests to rule out other
diagnoses quoted as two of the four). Grammar of the ingest's written form, no topic."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.models import DocumentKind
from service.answer.scoring import Candidate

# A rated row of an appropriateness table as the tables reader writes it (``ingest.readers.tables``): its variant (who
# it is for), the procedure, the rating column's name and the rating, then the rating's meaning, the next cell or the
# end ("Variant 2: Adult; suspected X - MRI of the part: Rating 9 (Usually appropriate); ..."). Grammar of the row.
_RATED_ROW = re.compile(r"^(?P<variant>.+?)\s-\s(?P<row>[^:;]+):\s*[A-Za-z][\w\-]*(?:\s[A-Za-z][\w\-]*){0,2}\s"
                        r"(?P<rating>\d{1,2})(?=\s\(|;|\.|$)")
# A list item as the ingest writes it: an introduction that ends in a colon, then the item. The introduction is a
# clause of at least ``_INTRO_WORDS`` words with no semicolon (a table cell is "row label; column name: cell", a
# rated row "Variant 1: ..."; neither is a list's introduction). Grammar of the written item.
_LIST_ITEM = re.compile(r"^(?P<intro>[^:;]+):\s+(?P<item>\S.*)$", re.S)
# Fewer words than this before a colon name a label ("Variant 1:", "Dose:", "Note:"), not a list's introduction
# ("In people who meet the criteria, the following tests should be done:").
_INTRO_WORDS = 5
# A list of more items than this is not brought in whole: the bottom line is a short answer, and a list so long (the
# tests a guideline rules out, one by one) is for the sections below it to give. The lists seen on the blind tests had
# 2 to 8 items.
_MOST_ITEMS = 10


def _rating(c: Candidate) -> tuple[str, int] | None:
    """A guideline statement's table variant and rating, where it is a rated row (``_RATED_ROW``); else None."""
    if c.hit.document.kind != DocumentKind.GUIDELINE or ":" not in c.text or "-" not in c.text:
        return None  # (a rated row has both; most statements lack one, and the pattern's scan is dear)
    found = _RATED_ROW.match(c.text)
    return (found.group("variant"), int(found.group("rating"))) if found else None


def rated_in_order(ranked: list[Candidate]) -> list[Candidate]:
    """``ranked`` with the rated rows of each table variant (``_RATED_ROW``) put in the order of their ratings: the
    places, relevance scores and directness the rows of one variant hold are given to them highest rating first
    (ties keep the relevance order). Why: the relevance model scores the rows by their wording, so an "MRI ...: Rating
    2" row led above the "ultrasound ...: Rating 9" row of the same variant, which is the table's answer to what to
    do. (Only for a question that asks which thing, not whether one: ``answer_question`` skips a yes/no question,
    whose asked procedure's own row answers it.)"""
    groups: dict[tuple[str, str], list[int]] = {}
    for at, c in enumerate(ranked):
        rated = _rating(c)
        if rated is not None:
            groups.setdefault((c.doc_id, rated[0]), []).append(at)
    out = list(ranked)
    for places in groups.values():
        if len(places) < 2:
            continue
        rows = sorted((ranked[at] for at in places), key=lambda c: -(_rating(c) or ("", 0))[1])
        slots = [ranked[at] for at in places]  # in ranked order: the best score and place first
        for at, slot, row in zip(places, slots, rows):
            out[at] = row if row is slot else replace(row, score=slot.score, direct=slot.direct)
    return out


def _intro(c: Candidate) -> str | None:
    """The introduction of a guideline's list item (``_LIST_ITEM``: the clause before its colon, of at least
    ``_INTRO_WORDS`` words), or None for any other statement."""
    if c.hit.document.kind != DocumentKind.GUIDELINE:
        return None
    found = _LIST_ITEM.match(c.text.strip())
    if found is None or len(found.group("intro").split()) < _INTRO_WORDS:
        return None
    return found.group("intro").strip()


def _place(c: Candidate) -> tuple[int, str, int]:
    """Where a statement stands in its source: its passage's number (the index numbers a document's passages
    "doc#0", "doc#1", ...; 10 after 9), then its offset in the passage's text."""
    number = c.hit.chunk.id.rpartition("#")[2]
    at = c.hit.chunk.text.find(c.text)
    return (int(number) if number.isdigit() else 0, c.hit.chunk.id, at if at >= 0 else len(c.hit.chunk.text))


# What ends a list item as the ingest writes it, beside its words: a stop, a bracketed year or a joining "and"/"or" an
# item merged with the next one keeps ("... have not helped and"). Grammar.
_ITEM_END = re.compile(r"(?:\s*(?:\[[^\]]*\]|\b(?:and|or)\b|[.;,]))+\s*$", re.I)


def _covered(item: Candidate, out: list[Candidate]) -> bool:
    """Whether a list item's words already stand in a statement quoted (``out``), or it holds one of them whole: the
    sentence splitter may give a list both as one statement of all its items and as one per item, and a statement may
    come with the sentence before it; an item quoted twice reads as two."""
    found = _LIST_ITEM.match(item.text.strip())
    words = _ITEM_END.sub("", found.group("item") if found else item.text).strip()
    return any(words in o.text or o.text.strip() in item.text for o in out)


# A question that asks which things, in the plural ("which blood tests to rule out other diagnoses?", "What vaccines
# does she need?"): a list answers it whole. Asked one thing ("which imaging first?"), whether ("Is X first line?")
# or what at large, one item of a list answers, and its fellows (the other topics a list of "components of care"
# names) are noise. Grammar: "which"/"what", up to two words that are no auxiliary, then a plural noun (an "s" ending,
# not of "-ss", "-is", "-us" nouns, nor a verb's: "is", "does", "happens") before an auxiliary, "to", a preposition
# or the question's end ("What causes gout?" asks no list: its "causes" is a verb).
_PLURAL_ASKED = re.compile(r"\b(?:which|what)\s+(?:(?!(?:is|are|was|were|do|does|did|has|have|should|can|could|would|"
                           r"will|may|must)\b)[a-z][\w\-]*\s+){0,2}?(?!(?:is|does|was|has|this|happens|means)\b)"
                           r"[a-z][\w\-]*[^siu\W]s\b(?=\s+(?:are|do|does|should|can|could|would|will|to|need|needed|"
                           r"must|might|for|of|in|on|with|after|before|if|when)\b|\s*[?.]?\s*$)", re.I)


def asks_several(question: str) -> bool:
    """Whether a question asks which things, in the plural (``_PLURAL_ASKED``): what a whole list answers."""
    return bool(_PLURAL_ASKED.search(question))


def with_whole_lists(quoted: list[Candidate], ranked: list[Candidate]) -> list[Candidate]:
    """``quoted`` with each quoted list item's fellow items (the statements of ``ranked`` from the same source with the
    same introduction, ``_intro``) quoted beside it, in the source's order, at the place of the first of them quoted.
    Why: the bottom line quoted two of four blood tests a list gives, with another statement in the third place, and
    read as if the two were all. A second list's item quoted after a whole list is left out, not quoted whole too (the
    bottom line stays on the list that answers) nor cut."""
    out: list[Candidate] = []
    done: set[tuple[str, str]] = set()
    whole = False  # a list of more than one item stands in ``out``
    for c in quoted:
        intro = _intro(c)
        if intro is None:
            if all(c is not o for o in out):
                out.append(c)
            continue
        if (c.doc_id, intro) in done:
            continue
        # (The fellows quoted count too: a closest quote may be an excerpt, which ``ranked`` does not hold.)
        fellows = [o for o in (*quoted, *ranked) if o.doc_id == c.doc_id and _intro(o) == intro]
        items = sorted({o.text: o for o in reversed([c, *fellows])}.values(), key=_place)
        if len(items) > _MOST_ITEMS:
            items = [o for o in items if any(o is q for q in quoted)]
        if whole and len(items) > 1:
            # (A second list after a whole one is left out rather than cut: "... are not necessary: Ultrasound." after
            # the tests to do read as the one test not needed of the seven the source lists.)
            continue
        done.add((c.doc_id, intro))
        whole = whole or len(items) > 1
        kept = [c]  # (the quoted item first, then those of its fellows it and the others do not already hold)
        for o in items:
            if o is not c and not _covered(o, [*out, *kept]):
                kept.append(o)
        out.extend(sorted(kept, key=_place))
    return out
