"""The classes a drug belongs to, learned from how medical texts name drugs beside their classes (session 54).

A question may name a drug ("gizmofloxacin") that the corpus never writes while the corpus warns of its class
("Frobnoquinolones carry warnings about ..."): the embedder puts a drug's name nearer other drugs of the same use than
its class, so neither dense search nor the corpus's own names (``concepts.Lexicon``) link the two. The pairs are read
from texts by Hearst's patterns, English's ways of naming members beside their class ("CLASS such as D1 or D2",
"CLASS (e.g. D1, D2)", "a CLASS (D1 or D2)", "D and other CLASS", "D, a CLASS"), by ``class_pairs``;
``scripts/learn_drug_classes.py`` reads them from the shared guideline texts and abstracts and writes the words alone
(a drug, its classes, how often) to ``weights/drug_classes.json``. A drug those texts never name is given the classes
of the drugs whose names end alike ("-floxacin", ``DrugClasses.classes_of``): a drug's stem says its class by the
naming rules of the international nonproprietary names, learned here from the pairs, not listed.

What a class is comes from the texts too: a phrase taken as a class where the texts write it alone before such a
pattern at least ``MIN_ATTESTED`` times, so that "blockers" of "calcium channel blockers such as ..." is no class while
"calcium channel blockers" is. No table of drugs or classes.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# English's function words and the words that open or join a list: a class's noun phrase ends before them (read
# backwards from the pattern). Grammar only, no topic.
_BOUNDARY = frozenset("""a an the of with for and or to in on by than as from at is are be was were been being that
    which who whom whose this these those their its his her our your other others such e.g i.e including include
    includes especially particularly like not no nor but if when while during after before between among into over
    under versus vs per via about against without within also both either neither each every all any some most many
    more less few several various certain new older newer use used using can may might should must will would could
    has have had do does did""".split())
# The words a class's phrase may have at most, and a drug's name at least this many letters.
CLASS_WORDS = 4
MIN_NAME = 5
# A phrase is a class where the texts write it whole before a pattern at least this often (see the module's note).
MIN_ATTESTED = 2
# A class is kept when the texts give it at least this many drugs (one drug beside a phrase is no class yet).
MIN_MEMBERS = 2
# A drug's own class is read where the texts pair them at least this often: one pairing may be the patterns' slip
# ("aspirin" once beside "anticoagulants" in a list of several classes; eleven times beside "antiplatelet therapy").
MIN_PAIRED = 2
# A drug's ending says its class where this many known drugs or more end so, of at least ENDING_MIN letters and
# leaving at least ENDING_STEM letters before it.
ENDING_DRUGS = 2
ENDING_MIN = 6
# ... and an ending of this many letters or more says it where one known drug ends so ("-thiazide").
LONG_ENDING = 8
ENDING_STEM = 3

_WORD = r"[a-z][a-z0-9\-]*"
# The class's noun phrase: up to CLASS_WORDS words right before the pattern (read back to a boundary word).
_NP = rf"(?P<np>(?:{_WORD}\s+){{0,{CLASS_WORDS - 1}}}{_WORD})"
# A list of names: words and the commas, "or", "and", "/" between them; ended by a closing bracket, a semicolon, a
# full stop or the sentence's end.
_LIST = r"(?P<list>[a-z0-9\-,/ ]+?)"
_FORWARD = (
    # "CLASS such as D1, D2 or D3", "CLASS, including D1 and D2", "CLASS, especially D"
    re.compile(rf"{_NP}\s*,?\s+(?:such\s+as|including|especially|particularly|notably|e\.g\.,?|like)\s+{_LIST}"
               r"(?=\s*(?:[;:.)]|$|\s(?:is|are|was|were|has|have|may|can|should|in|for|to|with|at)\s))"),
    # "CLASS (e.g., D1, D2)", "a CLASS (D1 or D2)", "CLASS (such as D1)"
    re.compile(rf"{_NP}\s*\(\s*(?:(?:e\.g\.|i\.e\.|such\s+as|especially|including|particularly|for\s+example)"
               r",?\s*)?(?P<list>[a-z0-9\-,/;. ]+?)\)"),
)
# "D1, D2 and other CLASS", "D or other CLASS"
_BACKWARD = re.compile(rf"(?:^|[\s(,;:])(?P<list>{_WORD}(?:\s*(?:,|/|\bor\b|\band\b)\s*{_WORD})*)\s*,?\s+"
                       rf"(?:and|or)\s+other\s+(?P<np>(?:{_WORD}\s+){{0,{CLASS_WORDS - 1}}}{_WORD})")
# "D, a CLASS," and "D is a CLASS"
_APPOSED = re.compile(rf"(?:^|[\s(])(?P<list>{_WORD})\s*(?:,|\s+is)\s+an?\s+"
                      rf"(?P<np>(?:{_WORD}\s+){{0,{CLASS_WORDS - 1}}}{_WORD})(?=\s*(?:[,;.)]|$|\s(?:that|which|with|"
                      rf"used|for|and|indicated|approved|in)\b))")
# A sentence ends at a full stop, "!" or "?" before a space (not that of "e.g." or "i.e."), or a line's end.
_SENTENCE_END = re.compile(r"(?<!e\.g\.)(?<!i\.e\.)(?<=[.!?])\s+|\n+")
_FORWARD_CUE = re.compile(r"such as|includ|especially|particularly|notably|e\.g\.|\blike\b|\(")
_APPOSED_CUE = re.compile(r"(?:,|\sis)\s+an?\s")
_ITEM_SPLIT = re.compile(r"\s*(?:,|;|/|\bor\b|\band\b|\bplus\b)\s*")


def class_phrase(np: str, backwards: bool = True) -> str | None:
    """The class's phrase of a noun phrase read up to a pattern: its words after the last boundary word (before
    the first, ``backwards`` False: the phrase after "and other"); None when nothing is left."""
    words = np.split()
    if backwards:
        kept: list[str] = []
        for word in reversed(words):
            if word in _BOUNDARY or not word[0].isalpha():
                break
            kept.insert(0, word)
    else:
        kept = []
        for word in words:
            if word in _BOUNDARY or not word[0].isalpha():
                break
            kept.append(word)
    return " ".join(kept) or None


def _names(listed: str, is_name: Callable[[str], bool]) -> list[str]:
    """The drug names of a list, each item's first word where it is a name; the list ends at an item that opens with
    a word that is no name (a dose or a unit after a name is left as the item's rest, an item of a dose passed)."""
    out = []
    for item in _ITEM_SPLIT.split(listed.strip()):
        words = item.split()
        if not words or words[0][0].isdigit():  # (a dose between names: "D1, 50 mg; D2, 25 mg")
            continue
        if not is_name(words[0]):
            break
        out.append(words[0])
    return out


def class_pairs(text: str, is_name: Callable[[str], bool]) -> list[tuple[str, str, bool]]:
    """(drug, class phrase as read, whole) for each pair ``text``'s sentences name by a pattern; ``whole`` says the
    phrase was bounded by a boundary word (or the sentence's start) rather than cut at CLASS_WORDS words. ``is_name``
    tells a drug's name from other words (the learner's: a word the embedder's vocabulary lacks)."""
    low = text.lower()
    out: list[tuple[str, str, bool]] = []
    for sentence in _SENTENCE_END.split(low):
        # (Each pattern only on a sentence with its cue words: the patterns are slow to fail on long sentences.)
        if _FORWARD_CUE.search(sentence):
            for pattern in _FORWARD:
                for m in pattern.finditer(sentence):
                    out += _pairs(m, is_name, backwards=True)
        if " other " in sentence:
            for m in _BACKWARD.finditer(sentence):
                out += _pairs(m, is_name, backwards=False)
        if _APPOSED_CUE.search(sentence):
            for m in _APPOSED.finditer(sentence):
                out += _pairs(m, is_name, backwards=False)
    return out


def _pairs(m: re.Match[str], is_name: Callable[[str], bool],
           backwards: bool) -> list[tuple[str, str, bool]]:
    phrase = class_phrase(m.group("np"), backwards)
    if phrase is None or len(phrase) < MIN_NAME - 1:
        return []
    # Whole: cut by a boundary word, or the pattern's phrase took fewer words than it could (punctuation or the
    # sentence's edge bounded it).
    np_words = m.group("np").split()
    whole = len(phrase.split()) < len(np_words) or len(np_words) < CLASS_WORDS
    names = _names(m.group("list"), is_name)
    return [(name, phrase, whole) for name in names if name != phrase and name not in phrase.split()]


def learn(texts: Iterable[str], is_name: Callable[[str], bool],
          terms: Callable[[str], frozenset[str]]) -> dict[str, dict[str, int]]:
    """drug -> {class phrase: times the texts pair them}. A pair's phrase counts where it was read whole (see
    ``class_pairs``), and so does each of its shorter endings ("angiotensin receptor blockers" of "oral angiotensin
    receptor blockers") that the texts write whole as a class at least MIN_ATTESTED times; a class names a coined word
    (``is_name``: "opioids", not "complications" or "agents", English's words for kinds of anything) and has at least
    MIN_MEMBERS drugs. Classes are merged by ``terms`` (the most written form kept)."""
    return learned(((name, phrase, whole) for text in texts for name, phrase, whole in class_pairs(text, is_name)),
                   is_name, terms)


def learned(pairs_read: Iterable[tuple[str, str, bool]], is_name: Callable[[str], bool],
            terms: Callable[[str], frozenset[str]]) -> dict[str, dict[str, int]]:
    """``learn`` of the pairs ``class_pairs`` read."""
    pairs: Counter[tuple[str, str, bool]] = Counter()
    attested: Counter[frozenset[str]] = Counter()
    written: dict[frozenset[str], Counter[str]] = {}
    for name, phrase, whole in pairs_read:
        pairs[(name, phrase, whole)] += 1
        if whole:
            key = terms(phrase)
            attested[key] += 1
            written.setdefault(key, Counter())[phrase] += 1
    by_class: dict[frozenset[str], Counter[str]] = {}
    for (name, phrase, whole), n in pairs.items():
        words = phrase.split()
        for k in range(len(words)):
            ending = words[k:]
            key = terms(" ".join(ending))
            if not key or terms(name) <= key or not any(is_name(p) for w in ending for p in w.split("-")):
                continue
            if (k == 0 and whole) or attested[key] >= MIN_ATTESTED:
                by_class.setdefault(key, Counter())[name] += n
    out: dict[str, dict[str, int]] = {}
    for key, members in by_class.items():
        if len(members) < MIN_MEMBERS:
            continue
        form = written[key].most_common(1)[0][0]
        for name, n in members.items():
            out.setdefault(name, {})[form] = n
    return {name: dict(sorted(classes.items())) for name, classes in sorted(out.items())}


@dataclass(frozen=True, eq=False)
class DrugClasses:
    """The learned pairs: drug -> {class: count}."""

    pairs: dict[str, dict[str, int]]

    @classmethod
    def shipped(cls) -> DrugClasses:
        return _shipped()

    def members(self, phrase: str) -> int:
        """How many drugs the pairs give the class ``phrase``: fewer is more specific."""
        return _member_counts(self)[phrase]

    def classes_of(self, name: str) -> tuple[str, ...]:
        """The classes of the drug ``name``: its own where the texts paired it, then those the drugs whose names end
        as it does share (the longest such ending that ENDING_DRUGS known drugs have, and classes at least
        ENDING_DRUGS of them are paired with), each list most specific first."""
        word = name.lower()
        own = sorted(self.pairs.get(word, {}), key=lambda c: (self.members(c), c))
        return tuple(dict.fromkeys((*own, *self.alike(word))))

    def alike(self, word: str) -> tuple[str, ...]:
        """The classes of the drugs whose names end as ``word`` does (not ``word``'s own pairs): the longest ending of
        at least ENDING_MIN letters that ENDING_DRUGS known drugs have (one, for an ending of LONG_ENDING letters or
        more), and the classes that many of them are paired with, those of the most drugs first."""
        ends = _endings(self)
        for k in range(ENDING_STEM, len(word) - ENDING_MIN + 1):
            drugs = [d for d in ends.get(word[k:], ()) if d != word]
            needed = 1 if len(word) - k >= LONG_ENDING else ENDING_DRUGS
            if len(drugs) < needed:
                continue
            shared = Counter(c for d in drugs for c in self.pairs[d])
            found = [c for c, n in shared.items() if n >= needed]
            if found:
                return tuple(sorted(found, key=lambda c: (-shared[c], self.members(c), c)))
        return ()


@lru_cache(maxsize=1)
def _shipped() -> DrugClasses:
    text = resources.files("service.answer").joinpath("weights/drug_classes.json").read_text()
    return DrugClasses(json.loads(text)["pairs"])


@lru_cache(maxsize=4)
def _member_counts(classes: DrugClasses) -> Counter[str]:
    return Counter(c for found in classes.pairs.values() for c in found)


@lru_cache(maxsize=4)
def _endings(classes: DrugClasses) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for name in classes.pairs:
        for k in range(ENDING_STEM, len(name) - ENDING_MIN + 1):
            out.setdefault(name[k:], []).append(name)
    return {end: tuple(names) for end, names in out.items()}
