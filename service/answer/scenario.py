"""A case scenario a source sets out to rate or discuss ("Variant 1: an older man, four lesions seen on imaging ..."):
it tells who the patient is and says nothing of what to do or what was found, so it bears no yes or no.

Appropriateness criteria open each rated case so; their ratings may stand in another passage the search did not find.
A yes or a no read from the scenario alone (the verdict model reads its words as if they were a result) leaned a
clinician toward a treatment the same source rated "usually not appropriate" for that very case.
"""
from __future__ import annotations

import re

from service.answer.guideline import gives_advice

# The label a source puts before a case it sets out ("Variant 1:", "Scenario 2:", "Clinical scenario:", "Case 3:").
# Grammar of such documents, no topic.
_SCENARIO_LABEL = re.compile(r"^\W*(?:variant|(?:clinical\s+)?scenario|case)\s*\d*\s*:", re.I)
# A rating or its meaning in the same statement ("... - MRI head: Rating 8 (Usually appropriate)"): then it is a rated
# row, whose way ``polarity`` reads.
_RATED = re.compile(r"\brating\s*:?\s*\d|\bappropriate\b", re.I)


def scenario_only(text: str) -> bool:
    """Whether ``text`` is a case scenario as its source labels one, with no rating and no advice in it."""
    return bool(_SCENARIO_LABEL.match(text)) and not _RATED.search(text) and not gives_advice(text)
