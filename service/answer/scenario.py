"""A case scenario a source sets out to rate or discuss ("Variant 1: an older man, four lesions seen on imaging ..."):
it tells who the patient is and says nothing of what to do or what was found, so it bears no yes or no.

Appropriateness criteria open each rated case so; their ratings may stand in another passage the search did not find.
A yes or a no read from the scenario alone (the verdict model reads its words as if they were a result) leaned a
clinician toward a treatment the same source rated "usually not appropriate" for that very case.
"""
from __future__ import annotations

import re

from service.answer.routing import worded_as_advice

# The label a source puts before a case it sets out ("Variant 1:", "Scenario 2:", "Clinical scenario:", "Case 3:").
# Grammar of such documents, no topic.
_SCENARIO_LABEL = re.compile(r"^\W*(?:variant|(?:clinical\s+)?scenario|case)\s*\d*\s*:", re.I)
# A rating or its meaning in the same statement ("... - MRI head: Rating 8 (Usually appropriate)"): then it is a rated
# row, whose way ``polarity`` reads.
_RATED = re.compile(r"\brating\s*:?\s*\d|\bappropriate\b", re.I)


def scenario_only(text: str) -> bool:
    """Whether ``text`` is a case scenario as its source labels one, with no rating and no advice in it."""
    return bool(_SCENARIO_LABEL.match(text)) and not _RATED.search(text) and not worded_as_advice(text)


# How many sentences a scenario's label may stand before a sentence that goes on telling its case (set by eye: the
# appropriateness criteria's cases run to two or three sentences, their label's included).
SCENARIO_SENTENCES = 3
# One person's age, as a case tells who its patient is ("50-year-old woman", "a man aged 62", "an 8-month-old"): a label
# before a kind of case ("Variant 6: Suspect chronic epicondylitis ...") heads the source's discussion of it, which the
# sentences after it are. Grammar of case reports, no topic.
# A premise the case sets ("Assume adjuvant chemoradiation has been recommended."): part of the case, whatever words of
# advice it holds. Grammar.
_PREMISE = re.compile(r"^\W*(?:assume|suppose)\b", re.I)
_AGED = re.compile(r"\b\d+[- ](?:year|yr|month|week|day)s?[- ]old\b|\baged\s+\d+", re.I)


def continues_scenario(sentences: list[str], n: int) -> bool:
    """Whether the ``n``-th of a passage's ``sentences`` goes on telling a case its source set out ("Variant 4:
    50-year-old woman ... undergoes radical hysterectomy ..." then "Pathological review of the surgical specimens
    reveals ... carcinoma ... and negative surgical margins.", or a premise it sets, "Assume X has been recommended."):
    no label, rating or advice of its own, after the scenario's labelled sentence, which tells one person's age, with
    none between them (a label before a kind of case heads the source's discussion of it). Quoted alone it reads as a
    finding: for "adjuvant treatment?" after a hysterectomy, the case description its source rates led the bottom line
    and said "Yes.", and for another case "No.", where the source's ratings said otherwise."""
    sentence = sentences[n]
    if _SCENARIO_LABEL.match(sentence) or _RATED.search(sentence) or (worded_as_advice(sentence)
                                                                      and not _PREMISE.match(sentence)):
        return False
    for before in reversed(sentences[max(0, n - SCENARIO_SENTENCES + 1):n]):
        if scenario_only(before):
            return bool(_AGED.search(before))
        if _SCENARIO_LABEL.match(before) or _RATED.search(before) or worded_as_advice(before):
            return False
    return False
