"""The abbreviation lexicon learned from text (``weights/abbreviations.json``, rebuilt by ``medcite-eval train --only
abbreviations``, eval.abbreviation_mining): each short form with the long forms biomedical text defines it by and
how often. Which long form a short form stands for in a user's corpus is the one that corpus writes
(``concepts.Lexicon.learned_written``); a definition in the corpus itself wins over this lexicon.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from index.lexical import tokenize

WEIGHTS = Path(__file__).resolve().parent / "weights" / "abbreviations.json"


@dataclass(frozen=True)
class LearnedAbbreviations:
    """Short form -> {long form: how many definitions}, as mined."""

    forms: Mapping[str, Mapping[str, int]] = field(default_factory=dict)

    def long_forms(self, short: str) -> Mapping[str, int]:
        """The long forms of ``short`` as written, or of it less a plural s after capitals ("ARBs"); none if unknown."""
        found = self.forms.get(short)
        if found is None and len(short) > 2 and short.endswith("s") and short[:-1].isupper():
            found = self.forms.get(short[:-1])
        return found or {}

    @classmethod
    def from_json(cls, data: Mapping) -> LearnedAbbreviations:
        return cls({str(s): {str(k): int(n) for k, n in longs.items()}
                    for s, longs in data.get("abbreviations", {}).items()})


@lru_cache(maxsize=1)
def learned() -> LearnedAbbreviations:
    """The package's learned lexicon; an empty one where the weights file is missing."""
    if not WEIGHTS.exists():
        return LearnedAbbreviations()
    return LearnedAbbreviations.from_json(json.loads(WEIGHTS.read_text(encoding="utf-8")))


def long_form_terms(shorts: Iterable[str]) -> frozenset[str]:
    """The terms of the commonest long form the learned lexicon gives each of ``shorts`` ("magnetic", "resonance",
    "imaging" of "MRI"); none for a word it does not know. One reading for every guard that counts a thing named by
    its abbreviation's long form."""
    terms: set[str] = set()
    for short in shorts:
        longs = learned().long_forms(short)
        if longs:
            terms.update(tokenize(max(longs, key=lambda k: longs[k])))
    return frozenset(terms)


# An abbreviation as a text writes it: a capital, then capitals or digits, a plural "s" allowed ("WLB", "CA125",
# "ESAs"; ``LearnedAbbreviations.long_forms`` reads the plural). Grammar.
_WRITTEN_SHORT = re.compile(r"\b[A-Z][A-Z0-9]{1,7}s?\b")


def written_long_form_terms(text: str) -> frozenset[str]:
    """The terms of the long forms of the abbreviations ``text`` writes (``long_form_terms``: "white", "light",
    "bronchoscopy" of "standard WLB is suggested"): a sentence names a thing by its short form as much as by its
    words."""
    shorts = _WRITTEN_SHORT.findall(text)
    return long_form_terms(shorts) if shorts else frozenset()


def learned_disagrees(short: str, phrase: str) -> bool:
    """Whether the learned lexicon knows long forms of ``short`` and none of them holds more than half of the terms of
    ``phrase``, a reading of ``short`` found another way (the corpus's words whose initials spell it,
    ``concepts.spell_out``). Such a reading is a chance run of initials, not what the short form means: "BPH" spelled
    "broad public health" in a corpus that writes that phrase (and never "benign prostatic hyperplasia") read a
    prostate question as one on public health, "ABI" spelled "acquired bloodstream infections" shares only
    "acquired" with "acquired brain injury". A short form the lexicon does not know is no disagreement: it says no
    only where it knows. (A reading mostly in a long form's words agrees: "long-acting beta-agonist" beside
    "long-acting beta 2-agonists", "motor vehicle" beside "motor vehicle collision".)"""
    longs = learned().long_forms(short)
    own = frozenset(tokenize(phrase))
    if not longs or not own:
        return False
    return not any(len(own & frozenset(tokenize(long_form))) > len(own) / 2 for long_form in longs)
