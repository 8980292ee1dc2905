"""Clinical concepts as term sets: what counts as a mention of an intervention or a condition.

A small, explicit synonym table widens a concept to the names sources use for it ("vitamin K2" is
also "menaquinone" or "MK-7"); everything else matches by its own stemmed terms.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from index import lexical
from index.lexical import tokenize

# Words that carry the question's form, not its topic: never required in a source sentence. The
# retrieval list (tuned on BioASQ) plus the words clinicians use to frame a treatment question.
QUESTION_WORDS = frozenset(tokenize(" ".join(sorted(lexical.QUESTION_WORDS)) + """
    be treat treated treating treatment therapy therapies effective help work works working recommended
    recommend typically usually patient patients people person evidence good best take taking action
"""))

SYNONYMS: dict[str, tuple[str, ...]] = {
    "vitamin k2": ("menaquinone", "menaquinones", "mk-7", "mk-4", "menatetrenone", "vitamin k"),
    "vitamin k1": ("phylloquinone", "phytonadione", "vitamin k"),
    "vitamin k": ("phylloquinone", "menaquinone", "vitamin k1", "vitamin k2"),
    "vitamin d": ("cholecalciferol", "calciferol", "ergocalciferol", "calcitriol"),
    "tendon calcification": ("calcific tendinopathy", "calcific tendinitis", "calcific tendonitis",
                             "calcifying tendinitis", "tendon calcium deposits", "calcific deposits"),
    "calcific tendinopathy": ("tendon calcification", "calcific tendinitis", "calcific tendonitis"),
    "warfarin": ("vitamin k antagonist", "coumarin", "anticoagulant"),
    "shockwave therapy": ("eswt", "extracorporeal shock wave", "shock wave therapy"),
    "extracorporeal shockwave therapy": ("eswt", "shockwave therapy", "shock wave therapy"),
    "calcium supplementation": ("calcium supplements", "calcium supplement"),
    "high blood pressure": ("hypertension",),
    "heart attack": ("myocardial infarction", "heart attacks"),
}


@dataclass(frozen=True)
class Concept:
    """A named concept and the term sets that mention it (any one set, all of its terms)."""

    name: str
    forms: tuple[frozenset[str], ...]

    def mentioned_in(self, terms: set[str] | frozenset[str]) -> bool:
        """True when every term of at least one form occurs in ``terms``."""
        return any(form <= terms for form in self.forms)

    @property
    def terms(self) -> frozenset[str]:
        """Every term of every form (for scoring)."""
        out: set[str] = set()
        for form in self.forms:
            out |= form
        return frozenset(out)


@lru_cache(maxsize=4096)
def concept(name: str) -> Concept:
    """The concept for a phrase, widened by SYNONYMS; empty forms are dropped."""
    key = name.strip().lower()
    names = (key, *SYNONYMS.get(key, ()))
    forms = []
    for phrase in names:
        form = frozenset(t for t in tokenize(phrase) if t not in QUESTION_WORDS)
        if form and form not in forms:
            forms.append(form)
    return Concept(name=name, forms=tuple(forms))
