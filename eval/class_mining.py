"""Mining a member-to-class lexicon from text: Hearst's (1992) lexico-syntactic patterns over the shared PubMed
abstracts, counted over all of them.

A question names one drug or technique ("start citalopram?") where a guideline advises on its class ("suggests against
selective serotonin reuptake inhibitors"), and the user's corpus seldom says which class the drug is one of. Biomedical
abstracts say so often ("citalopram, a selective serotonin reuptake inhibitor,", "SSRIs such as citalopram", "SSRIs
(e.g., citalopram)", "antidepressants including citalopram"): each such statement counts one vote for the pair. The
patterns are ``ingest.kinds.memberships``, the ones the user's corpus is read with (``concepts.Lexicon
.classes_named``), so the two sources agree on what a class and a member are.

The lexicon keeps each member's classes named ``MIN_SEEN`` times or more, in ``MIN_TEXTS`` abstracts or more (one
abstract repeating its own apposition is one author's phrasing), with their counts. Whether a class is one a
statement speaks of the member by is settled where it is used, by the user's corpus (it must write the class as a
name of a kind: ``concepts.Lexicon._class_kept``). Derived vocabulary: names and counts, no sentence.

Measured (session 69, by eye, 30 pairs drawn at random from the shipped lexicon): 25 right ("selinexor" an
"exportin-1 inhibitor", "pimavanserin" an "atypical antipsychotic", "metformin" an "antidiabetic drug"), 5 wrong
(a clause caught as the member: "similarly", "female patients"; a feature caught as the class: "reticulin fibrosis" of
"TAFRO"). The wrong ones name classes no guideline writes as a kind, which the use's gate drops. Coverage is the
abstracts': these 8,808 hold 206 members, mostly new biologics; common drugs of guideline advice (citalopram,
zolpidem) are seldom apposed to their class there.

Rebuilt by ``medcite-eval train --only classes --bioasq /work/shared/data/bioasq`` (``train_classes``).
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import re

from eval.abbreviation_mining import abstracts_of
from ingest.kinds import memberships
from ingest.sentences import sentence_texts

# A pair a list states ("Ys such as X", "Y (e.g., X)", "Y including X": ``memberships``) is kept where the texts
# state it this often or more, in this many texts or more: a list's shapes also catch clauses ("benralizumab" of
# "development"), and one abstract repeating its own list is one author's phrasing ...
MIN_SEEN = 2
MIN_TEXTS = 2
# ... while an apposition ("X, a Y,") names one drug's class plainly and is kept once. Measured on a sample of 40
# pairs kept with both at 1: about half were right, the wrong ones mostly lists caught in clauses.
MIN_SEEN_APPOSED = 1
# The classes kept per member (the commonest first): a drug is a member of its class and of a few broader ones.
MAX_CLASSES = 6
# A member is a name of at most this many words: a drug, a device, a named technique; a longer run is a clause.
MAX_MEMBER_WORDS = 4


# Hearst's appositive, which ``memberships`` leaves to definitions: "citalopram, a selective serotonin reuptake
# inhibitor, ...": a name of one to three words after a clause's start, a comma, "a" or "an", up to four modifiers and
# the noun, then a comma, a bracket or a relative word. English's function words only.
_APPOSED = re.compile(r"(?:^|[,;(]\s*|\b(?:of|with|and|or|that|using|to)\s+)"
                      r"(?P<member>[A-Za-z][\w\-]*(?:\s+[\w\-]+){0,2}),\s+(?:a|an)\s+(?P<klass>[\w\-]+(?:\s+[\w\-]+){1,4}?)(?=\s*[,(]|\s+(?:that|which|is|was|has)\b)")
# Words an appositive's member never begins with: a determiner or pronoun opens a phrase, not a name. Grammar.
_NOT_NAME = frozenset("a an the this that these those it its their we our in for with by".split())
# Words that join a phrase to the name it ends on ("safety of anakinra", "and tofacitinib"): the name is what follows.
_JOINS = frozenset("of for and or with to on in by from".split())


def appositives(sentence: str) -> list[tuple[str, str]]:
    """(member, class) of each "X, a Y," the sentence writes ("citalopram", "selective serotonin reuptake
    inhibitor"); a member whose first word is a function word is skipped."""
    out = []
    for match in _APPOSED.finditer(sentence):
        words, klass = match.group("member").split(), match.group("klass").strip()
        at = max((k for k, w in enumerate(words) if w.lower() in _JOINS), default=-1)
        member = " ".join(words[at + 1:])
        if member and member.split()[0].lower() not in _NOT_NAME and klass.split()[-1].lower() not in _JOINS:
            out.append((member, klass))
    return out


def class_key(name: str) -> str:
    """A class as counted: an acronym ("SSRIs") as written, any other name in lower case with one space between
    words ("Selective serotonin reuptake inhibitors" and "selective  serotonin reuptake inhibitors" are one)."""
    words = name.split()
    return " ".join(words) if any(w[:1].isupper() and w[1:2].isupper() for w in words) else " ".join(words).lower()


def _member_ok(member: str) -> bool:
    """A member is a short name ("citalopram", "neurodevelopmental treatment"), holding a letter."""
    return 0 < len(member.split()) <= MAX_MEMBER_WORDS and any(c.isalpha() for c in member)


def mine(texts: Iterable[str]) -> dict[str, dict[str, int]]:
    """The lexicon of ``texts``: member (lower case) -> {class as counted (``class_key``): statements}, each pair
    stated by an apposition (``appositives``) or by lists ``MIN_SEEN`` times or more in ``MIN_TEXTS`` texts or more,
    ``MAX_CLASSES`` per member."""
    seen: Counter[tuple[str, str]] = Counter()
    texts_with: Counter[tuple[str, str]] = Counter()
    apposed: Counter[tuple[str, str]] = Counter()
    for text in texts:
        here: set[tuple[str, str]] = set()
        for sentence in sentence_texts(text):
            for shape, pairs in ((seen, memberships(sentence)), (apposed, appositives(sentence))):
                for member, broad in pairs:
                    key = (member.lower().strip(), class_key(broad))
                    if _member_ok(key[0]) and key[0] != key[1].lower():
                        shape[key] += 1
                        here.add(key)
        texts_with.update(here)
    lexicon: dict[str, dict[str, int]] = {}
    total = seen + apposed
    for (member, broad), n in sorted(total.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
        if apposed[(member, broad)] >= MIN_SEEN_APPOSED or (n >= MIN_SEEN and texts_with[(member, broad)] >= MIN_TEXTS):
            classes = lexicon.setdefault(member, {})
            if len(classes) < MAX_CLASSES:
                classes[broad] = n
    return lexicon


def write_lexicon(lexicon: dict[str, dict[str, int]], out: Path, trained_on: str) -> dict:
    """Write ``out`` (``weights/classes.json``, one member a line) and return its figures."""
    out.parent.mkdir(parents=True, exist_ok=True)
    rows = ",\n".join(f" {json.dumps(member, ensure_ascii=False)}: {json.dumps(lexicon[member], ensure_ascii=False)}"
                      for member in sorted(lexicon))
    out.write_text(f'{{"trained_on": {json.dumps(trained_on)},\n"classes": {{\n{rows}\n}}}}\n', encoding="utf-8")
    return {"members": len(lexicon), "pairs": sum(len(c) for c in lexicon.values()), "path": str(out)}


def train_classes(shared: Path, out: Path) -> dict:
    """Mine the class lexicon from the shared abstracts under ``shared`` and write it to ``out``."""
    return write_lexicon(mine(abstracts_of(shared)), out, "bioasq+pubmedqa abstracts (Hearst patterns)")
