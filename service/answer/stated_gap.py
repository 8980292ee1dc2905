"""The source sentence that says the asked use is untested, for a bottom line that finds no direct finding.

Without a direct finding the bottom line says the evidence is insufficient. When a source names the asked
intervention and condition together and states that very gap ("Dietary supplements, including vitamin K2, ... are not
recommended for the treatment of calcific tendinopathy because no clinical trial has tested them"), that sentence is
what the sources found: the bottom line quotes it instead of claiming that no indexed source addresses the question,
which would be false beside it.
"""
from __future__ import annotations

import re

from ingest.models import DocumentKind
from service.answer.guideline import gives_advice
from service.answer.routing import GAP
from service.answer.scoring import Candidate

# That a use is untested or unproven: the part of ``routing.GAP`` that says so, as against its other gaps (a small
# sample, a bias, a dose unknown), which limit evidence rather than state what it found. Grammar only.
_UNTESTED = re.compile(r"\b(?:no\s+(?:(?:randomi[sz]ed|controlled|clinical|published|observational)\s+)*"
                       r"(?:trials?|stud(?:y|ies)|evidence|data)|not\s+(?:yet\s+)?(?:been\s+)?(?:tested|studied|"
                       r"evaluated|established|proven)|insufficient|lack\s+of\s+(?:evidence|data|trials|studies))\b",
                       re.I)


def stated_gap(ranked: list[Candidate]) -> Candidate | None:
    """The best statement of ``ranked`` that names the asked intervention and condition, is direct, and states a gap
    in the evidence (``routing.GAP``) that is worded as advice (``guideline.gives_advice``) or says the use is untested
    (``_UNTESTED``); a guideline's before a research report's, advice before other gaps, then the most relevant. None
    when no statement says so: a small sample or an unknown dose is a limitation of evidence, not what it found."""
    gaps = [c for c in ranked if c.direct and c.mentions_intervention and c.mentions_condition and GAP.search(c.text)
            and (gives_advice(c.text) or _UNTESTED.search(c.text))]
    if not gaps:
        return None
    return min(gaps, key=lambda c: (c.hit.document.kind != DocumentKind.GUIDELINE, not gives_advice(c.text), -c.score))
