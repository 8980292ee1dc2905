"""The member-to-class lexicon learned from text (``weights/classes.json``, rebuilt by ``medcite-eval train --only
classes``, eval.class_mining): each drug or technique with the classes biomedical abstracts name it one of and how
often ("metformin" with "antidiabetic drug"). A class is a candidate only: it ties the member to a statement on the
class where the user's corpus writes the class as the name of a kind (``concepts.Lexicon.members_named``), as the
corpus's own lists do.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

WEIGHTS = Path(__file__).resolve().parent / "weights" / "classes.json"


@dataclass(frozen=True)
class LearnedClasses:
    """Member (lower case) -> {class as mined: statements}."""

    classes: Mapping[str, Mapping[str, int]] = field(default_factory=dict)

    def written_forms(self) -> dict[str, set[str]]:
        """Member -> each class as a corpus may write it: as mined, and a singular name ("atypical antipsychotic")
        also as its plural ("atypical antipsychotics"), the number a guideline advises on a class in."""
        out: dict[str, set[str]] = {}
        for member, named in self.classes.items():
            forms = out.setdefault(member, set())
            for name in named:
                forms.add(name)
                if not name.endswith("s"):
                    forms.add(f"{name}s")
        return out

    @classmethod
    def from_json(cls, data: Mapping) -> LearnedClasses:
        return cls({str(m): {str(c): int(n) for c, n in named.items()} for m, named in data.get("classes", {}).items()})


@lru_cache(maxsize=1)
def learned() -> LearnedClasses:
    """The package's learned lexicon; an empty one where the weights file is missing."""
    if not WEIGHTS.exists():
        return LearnedClasses()
    return LearnedClasses.from_json(json.loads(WEIGHTS.read_text(encoding="utf-8")))
