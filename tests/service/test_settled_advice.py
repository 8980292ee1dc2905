"""A guideline's advice on the asked thing for the asked case settles a yes/no case note as direct evidence
(``settled_advice``): it leads the bottom line with a plain yes or no, not "Closest evidence:" and a lean."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.lexical import tokenize
from ingest.models import DocumentKind
from service.answer.abbreviations import written_long_form_terms
from service.answer.rule_condition import scope_denied
from service.answer.verdict_closest_advice import _finite_advice
from service.api.render import verdict_label
from tests.service.candidates import candidate
from tests.service.corpora import answered, background_guidelines, built

SCREENING = """---
title: "Prevention of blorpic lesions in see-and-treat programmes"
type: guideline
year: 2021
---
# Recommendations

The panel advises against zarnic cone excision as the treatment within a see-and-treat strategy (strong
recommendation, low quality evidence).

In patients with florid blorp cells on sputum smears whose chest imaging shows no abnormality, a WLB is suggested to
rule out a hidden airway lesion (Grade 2C).

Whereas drugz 200 mg/day probably eases wobble, clinicians should not prescribe drugz 100 mg/day for any wobble goals
(Level B).

The work group suggests offering zorbic knee units over plain knee units for walking to cut the risk of falls.

Drugq is the recommended first-line treatment for blorp wobble when a drug is needed.

Drugy is recommended as an option for frantic episodes in teenagers with gloop disorder.
"""


@pytest.fixture(scope="module")
def screening_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "settled-advice", {"screening.md": SCREENING, **background_guidelines(
        "Migraine prevention", "Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults")})


@pytest.mark.parametrize(("question", "verdict"), [
    # advice against the asked treatment in the asked strategy, beside case detail no sentence names ("remote")
    ("new see-and-treat programme in a remote district - can we use zarnic cone excision as the treatment?", "no"),
    # the asked act named by its short form, whose long form the learned lexicon gives ("WLB")
    ("heavy vaper, sputum smear shows florid blorp cells, chest imaging normal - bronchoscopy?", "yes"),
    # advice against the asked dose, in a sentence whose first clause speaks of another dose
    ("blorp patient with troublesome wobble - is drugz 100 mg daily a sensible choice?", "no"),
    # the asked thing after "worth getting", its rival after "over"
    ("amputee at risk of falls - worth trying a zorbic knee unit over a plain knee unit?", "yes"),
])
def test_advice_on_the_asked_thing_settles_the_case(screening_index: Path, question: str, verdict: str) -> None:
    answer = answered(screening_index, question)
    assert verdict_label(answer) == verdict
    assert answer.evidence.level != "indirect"
    assert not answer.bottom_line.text.startswith("Closest evidence")


def test_advice_for_a_state_the_case_denies_settles_nothing(screening_index: Path) -> None:
    answer = answered(screening_index, "teen with gloop disorder in a low phase, not frantic - is drugy recommended?")
    assert verdict_label(answer) != "yes"


@pytest.mark.parametrize("question", [
    "Has drugq been shown to shorten pain in blorp wobble?",  # an effect asked: advice to use it is no finding
    "Is drugq better than drugz for blorp wobble?",  # a comparison the advice does not make
])
def test_advice_to_use_it_settles_no_effect_or_comparison(screening_index: Path, question: str) -> None:
    assert verdict_label(answered(screening_index, question)) not in ("yes", "no")


def test_short_forms_name_their_long_forms() -> None:
    assert frozenset(tokenize("bronchoscopy")) <= written_long_form_terms("a WLB is suggested")
    assert written_long_form_terms("nothing short here") == frozenset()


@pytest.mark.parametrize(("clause", "advises"), [
    ("a WLB is suggested to rule out a hidden lesion", True),
    ("drugq may be considered", True),
    ("a benefit of testing, by identifying those at risk and recommending a lower dose", False),
])
def test_advice_is_a_finite_verb_not_a_gerund(clause: str, advises: bool) -> None:
    assert _finite_advice(clause) is advises


def test_a_denied_state_named_by_the_advice() -> None:
    advice = candidate("drugy is recommended for frantic episodes", DocumentKind.GUIDELINE)
    assert scope_denied("teen in a low phase, not frantic - drugy?", advice.text, frozenset({"drugy"}))
    assert not scope_denied("teen in a frantic phase - drugy?", advice.text, frozenset({"drugy"}))
