"""A terse question whose intervention and condition the reader cannot name (``Question.intervention`` and
``condition`` both None) is answered directly by a guideline's advice that covers most of it: the relevance model,
learned from research abstracts, gives a guideline's advice less than its lead floor, and the governing
recommendation stood under "Closest evidence:" (session 54, blind test D). And a guideline's statement that a thing
"is safe, not associated with any harmful effects" denies nothing asked of its use: beside its advice that the thing
"is recommended" the verdict is yes, not no."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from ingest.models import DocumentKind
from service.answer import scoring
from service.answer.question import read_question
from service.answer.relevance import relevance_model
from service.answer.scoring import _advises
from service.answer.verdict import negates_only_harm, unfounded_no
from tests.service.candidates import candidate
from tests.service.corpora import answered, background_guidelines, built

WHEEZITIS = """---
title: "Guideline for the ventilatory management of acute gronchitis"
type: guideline
year: 2016
---
# Recommendations

Blorf ventilation should be started when the pH is <7.35 and pCO2 above 6.4 kPa persist despite optimal medical therapy
(Grade A). Arterial blood gas measurement is needed before a trial of blorf ventilation. The practice of blorf
ventilation should be audited regularly (Grade C).
"""
FIZZ = """---
title: "Perioperative care in major abdominal surgery"
type: guideline
year: 2016
---
# Recommendations

B - In non-diabetic patients who are going to undergo elective major abdominal surgery, the administration of 200
to 400 mL of a fizzberry drink up to 2 hours prior to the surgical procedure is recommended.

B - In non-diabetic patients who are going to undergo elective major abdominal surgery, it must be taken into
account that the administration, up to 2 hours prior to surgery, of clear fizzberry liquids is safe, not associated
with any harmful effects for patients, such as vomiting or aspiration pneumonitis.
"""


@pytest.fixture(scope="module")
def terse_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "terse", {"wheeze.md": WHEEZITIS, "fizz.md": FIZZ,
                                             **background_guidelines("Migraine prevention", "Asthma in children",
                                                                     "Eczema in children")})


def test_a_guideline_sentence_of_advice_is_advice() -> None:
    assert _advises("Blorf ventilation should be started when the pH is <7.35 (Grade A).")
    assert _advises("Offer blorf ventilation to adults with gronchitis.")
    assert not _advises("Arterial blood gas measurement is needed before a trial of blorf ventilation.")
    assert not _advises("Should blorf ventilation be started when pH is below 7.35?")


def test_a_harm_denied_after_not_associated_is_safety_affirmed() -> None:
    assert negates_only_harm("Clear fizzberry liquids are safe, not associated with any harmful effects for patients.")
    # ... not a benefit denied so.
    assert not negates_only_harm("Fizzberry liquids were not associated with reduced complications.")


def test_the_governing_advice_answers_a_terse_question_directly(terse_index: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # On a corpus of a few files the model believes every sentence (0.99); on a real one it gives a guideline's advice
    # less than its lead floor (0.75 to 0.9 the governing recommendation in blind test D): the floor out of reach here.
    monkeypatch.setattr(scoring, "relevance_model", lambda: replace(relevance_model(), lead_floor=1.01))
    q = read_question("acute gronchitis - when to start blorf ventilation?")
    assert q.intervention is None and q.condition is None  # the case: nothing the reader names
    answer = answered(terse_index, "acute gronchitis - when to start blorf ventilation?")
    assert answer.evidence.direct
    assert "Closest evidence" not in answer.bottom_line.text and "Indirect evidence" not in answer.bottom_line.text
    assert "should be started when the pH is <7.35" in answer.bottom_line.text
    # Not for a question asking what thing: advice on its topic that names none is no answer to it.
    answer = answered(terse_index,
                      "what is the most effective drug for acute gronchitis - when to start blorf ventilation?")
    assert not answer.evidence.direct
    # ... nor for a yes/no question, whose verdict the lead would give: there the model's floor stands, unless the
    # case's value meets the advice's threshold on its measure (session 60, ``cutoffs.threshold_lead``: pH 7.30
    # against "pH <7.35"); at pH 7.40 it misses it.
    assert read_question("acute gronchitis - start blorf ventilation at pH 7.40?").yes_no
    answer = answered(terse_index, "acute gronchitis - start blorf ventilation at pH 7.40?")
    assert not answer.evidence.direct
    answer = answered(terse_index, "acute gronchitis - start blorf ventilation at pH 7.30?")
    assert answer.evidence.direct and "should be started when the pH is <7.35" in answer.bottom_line.text


def test_advice_beside_a_harm_denied_is_no_denial() -> None:
    # The model's lean "no" above a guideline's advice and its statement of safety rests on nothing said: the verdict
    # reads the "yes" they state (``verdict.unfounded_no``). "not associated with any harmful effects" denied before.
    advice, safe = (candidate(text, DocumentKind.GUIDELINE) for text in FIZZ.split("\n\n")[1:3])
    assert "is recommended" in advice.text and "is safe" in safe.text
    assert unfounded_no([advice, safe], [advice, safe])
