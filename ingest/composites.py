"""Composite outcomes a corpus defines: "major cardiovascular events, a composite of myocardial infarction, stroke
and death from cardiovascular causes". A study's finding on the composite speaks to each of its members (read by
service.answer.composites).

The definition is English's grammar (a name, then "a composite of" and a list), in any specialty; no table names a
topic. Read at index build over every chunk, like ingest.kinds, so what the answer side knows does not depend on
which chunks it would have read.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ingest.abbreviations import name_before

# "X, a composite of A, B and C", "X (a composite of ...)", "X, the composite end point of ...": the name before the
# comma or parenthesis is the composite, the list after "of" its members, up to the clause's end.
_COMPOSITE = re.compile(r"\s*[,(]\s*(?:an?|the)\s+composite\s+(?:(?:end[\s-]?points?|outcomes?)\s+)?of\s+"
                        r"(?P<members>[^.;:()]+)", re.I)
# What separates a list's members: a comma, "and", "or" (a comma before "and" too).
_MEMBER_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.I)


def defined_composites(text: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(composite, its members) for each composite outcome ``text`` defines, as written."""
    for match in _COMPOSITE.finditer(text):
        name = name_before(text[:match.start()])
        members = tuple(m.strip() for m in _MEMBER_SPLIT.split(match.group("members").strip()) if m.strip())
        if name and len(members) >= 2:
            yield name, members


def corpus_composites(texts: Iterable[str]) -> dict[str, list[str]]:
    """Each composite a corpus defines (lower case) -> its members (lower case, in the order first written), over
    ``texts``. A name defined more than once has the members of all its definitions: each is the corpus's word on
    what the composite holds, and none is preferred for coming first."""
    table: dict[str, dict[str, None]] = {}
    for text in texts:
        if "composite" not in text.lower():
            continue
        for name, members in defined_composites(text):
            table.setdefault(name.lower(), {}).update(dict.fromkeys(m.lower() for m in members))
    return {name: list(members) for name, members in table.items()}
