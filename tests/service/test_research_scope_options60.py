"""Sentences that do not answer the question carry no verdict (session 59 blind test on 40 guidelines):

- advice whose object is research ("Further research on X is recommended to guide decisions on: ...") states a gap,
  never a recommendation of X (it gave "Yes." to whether to use X);
- what a source says it leaves out ("This guideline does not cover:" and the items listed after it) is no evidence for
  or against, and is not quoted (the listed items made a "leans no" to treating the very infants the guideline covers);
- a question that offers options ("A, B or C?") or asks for a thing "of choice" takes no yes or no.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from index.search import Hit
from ingest.models import Chunk, DocumentKind
from service.answer.guideline import is_recommendation
from service.answer.question import asks_choice, read_question
from service.answer.routing import GAP, advises_research_only, gap_on_asked, route
from service.answer.scoring import Candidate
from service.answer.source_scope import listed_after_scope_note, states_scope, without_scope
from tests.service.candidates import direct_candidate, document
from tests.service.corpora import answered, background_guidelines, built

# --- advice whose object is research ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "More research into blorfic scans is recommended before they are used to plan surgery.",
    "Further study is warranted.",
    "Additional randomised and prospective trials are required to compare the two schedules.",
    "The panel recommends that further research look at wobblin levels in older adults.",
    "Future research should explore which children benefit from blorfic scans.",
    "Blorfic scans should be evaluated in large randomised trials.",
    "Offer wobblin-guided therapy only within a research study.",
    "Units already using the assay are encouraged to participate in research on it.",
])
def test_advice_to_do_research_is_a_gap(text: str) -> None:
    assert GAP.search(text), text
    assert advises_research_only(text), text
    assert route(replace(direct_candidate(text), hit=_guideline_hit(text))) == "limitations", text


@pytest.mark.parametrize("text", [
    "Serial blorfic scans are recommended after the operation.",  # imaging studies: clinical advice
    "A trial of drugx is recommended for adults whose wobble persists.",  # a treatment trial
    "A 3-month trial of drugx is recommended, with review at each visit.",
    "Nerve conduction studies are recommended in adults with numb feet.",
    "If the cough persists, further evaluation is recommended.",
    "A research-grade wobblin assay is recommended for this.",
    "Do not use blorfic scans to diagnose wobble, except within a clinical trial.",  # its own "no"
])
def test_clinical_advice_that_names_studies_or_trials_is_no_gap(text: str) -> None:
    assert not GAP.search(text), text
    assert not advises_research_only(text), text


@pytest.mark.parametrize("text", [
    "Blorfic scans look useful, but there is not enough evidence yet to recommend them for routine use.",
    "The data on wobblin levels in children are sparse.",
])
def test_too_little_evidence_in_other_words_is_a_gap(text: str) -> None:
    assert GAP.search(text), text


def test_a_statement_advising_the_thing_and_research_keeps_its_advice() -> None:
    text = "Drugx is recommended for adults with wobble. Further research on its best dose is recommended."
    assert not advises_research_only(text)
    assert is_recommendation(replace(direct_candidate(text), hit=_guideline_hit(text)))


def _guideline_hit(text: str) -> Hit:
    doc = document("g1", DocumentKind.GUIDELINE)
    chunk = Chunk(id="g1#0", doc_id="g1", heading=(), text=text, sentences=((0, len(text)),))
    return Hit(chunk=chunk, document=doc, rank=1, score=1.0, dense=0.8)


def test_advice_to_research_a_thing_is_no_recommendation_of_it() -> None:
    text = ("Further research on wobblin assays is recommended to guide choices to: Halt drugx in adults with frobnic "
            "sepsis on the ward or Begin drugx in adults seen in clinic.")
    c = replace(direct_candidate(text), hit=_guideline_hit(text))
    assert not is_recommendation(c)
    # The list after the colon is what the research is on: no clause of it is said apart from the gap.
    topic = frozenset({"wobblin", "assay", "halt", "drugx", "frobnic", "sepsi"})
    assert gap_on_asked(text, frozenset({"wobblin"}), topic)


RESEARCH_GUIDELINE = """---
title: "Wobblin assays for frobnic sepsis"
type: guideline
year: 2016
---
# Wobblin assays for frobnic sepsis

## Recommendations

The wobblin assays look promising, but there is not enough evidence yet to recommend them for routine use in hospitals.

Further research on wobblin assays is recommended to guide choices to:

- Halt drugx in adults with proven or likely frobnic sepsis on the high dependency ward
- Begin and halt drugx in adults seen in clinic with a likely frobnic infection

Hospitals that already use wobblin assays this way are encouraged to participate in research studies and audits.
"""


@pytest.fixture(scope="module")
def research_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "research60", {"wobblin.md": RESEARCH_GUIDELINE,
                                                  **background_guidelines("Migraine prevention", "Asthma in children",
                                                                          "Fever in children")})


def test_research_advised_gives_no_yes(research_index: Path) -> None:
    answer = answered(research_index, "Should wobblin assays be used to halt drugx in adults with frobnic sepsis?")
    assert answer.verdict not in ("yes", "no")


# --- what a source leaves out ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "This guideline does not cover the care of gizmo injury in babies born early.",
    "Blorfic surgery lies outside the scope of this document.",
    "Long-term outcomes of wobble are not considered in this guideline.",
    "The guidance excludes staging and follow-up.",
    "A discussion of blood tests is beyond the scope of these recommendations.",
])
def test_a_statement_of_what_a_source_leaves_out_states_scope(text: str) -> None:
    assert states_scope(text), text


@pytest.mark.parametrize("text", [
    "Babies born early are covered in this guideline.",  # what it covers
    "This guideline does not recommend routine blorfic scans.",  # advice against
    "Adults with diabetes were excluded.",  # a study's methods
    "Knee revision is not covered when the tear is large.",  # a payer's cover, not the source's scope
])
def test_advice_and_findings_do_not_state_scope(text: str) -> None:
    assert not states_scope(text), text


def test_items_listed_after_a_scope_note_are_left_out_and_others_are_not() -> None:
    sentences = ("Newborns of 36 weeks or more with gizmo brain injury.", "Note: This guideline does not cover:",
                 "Gizmo brain injury in babies born before 36 weeks.",
                 "Brain injury caused by an infection or a bleed.")
    assert listed_after_scope_note(sentences, "Brain injury caused by an infection or a bleed.")
    assert not listed_after_scope_note(sentences, "Newborns of 36 weeks or more with gizmo brain injury.")
    offered = ("The following should be offered:", "Chilling therapy within six hours.")
    assert not listed_after_scope_note(offered, "Chilling therapy within six hours.")
    # A clinician's "exclude" (ruling out) is no scope note.
    ruled = ("Before the diagnosis, tests should be done to exclude other causes:", "Thyroid disease.")
    assert not listed_after_scope_note(ruled, "Thyroid disease.")


def _item(text: str, sentences: tuple[str, ...]) -> Candidate:
    joined = " ".join(sentences)
    spans, start = [], 0
    for s in sentences:
        spans.append((start, start + len(s)))
        start += len(s) + 1
    chunk = Chunk(id="g#0", doc_id="g", heading=(), text=joined, sentences=tuple(spans))
    c = direct_candidate(text)
    return replace(c, hit=replace(c.hit, chunk=chunk))


def test_scope_statements_are_set_aside_unless_coverage_is_asked() -> None:
    sentences = ("Note: This guideline does not cover:", "Gizmo brain injury in babies born before 36 weeks.")
    item = _item(sentences[1], sentences)
    advice = direct_candidate("Chilling therapy is recommended for newborns with moderate gizmo brain injury.")
    asked = "Should babies born before 36 weeks with gizmo brain injury get chilling therapy?"
    assert without_scope([item, advice], asked) == [advice]
    assert without_scope([item, advice], "Does the guideline cover babies born before 36 weeks?") == [item, advice]


BRAIN_GUIDELINE = """---
title: "Gizmo brain injury in newborns"
type: guideline
year: 2015
---
# Gizmo brain injury in newborns

## Target Population

Newborns born at 36 weeks or later with gizmo brain injury around birth.

Note: This guideline does not cover:

- The care or the outcome of gizmo brain injury in babies born before 36 weeks.
- Brain injury in newborns caused by an infection, a bleed or a toxin.
- Newborns whose gizmo brain injury follows a sudden collapse some days after birth.

## Recommendations

The panel recommends chilling therapy for newborns born at 36 weeks or later with moderate or severe gizmo brain
injury, started within six hours of birth.
"""


@pytest.fixture(scope="module")
def brain_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "brain60", {"brain.md": BRAIN_GUIDELINE,
                                               **background_guidelines("Migraine prevention", "Asthma in children",
                                                                       "Eczema in children")})


def test_what_a_guideline_leaves_out_is_no_no_and_is_not_quoted(brain_index: Path) -> None:
    answer = answered(brain_index, "should we cool a newborn whose gizmo brain injury follows a sudden collapse after "
                                   "birth?")
    assert answer.verdict != "no"
    quoted = " ".join(s.text for s in answer.bottom_line.statements)
    assert "sudden collapse" not in quoted and "does not cover" not in quoted


# --- options to choose among -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "wobble in an adult for 5 weeks - early, middle or late stage?",
    "knee pain in a runner: rest, ice, or physiotherapy?",
    "Is a wobble that has lasted 5 weeks early, middle or late stage?",
    "Should I use drugx, drugy or drugz for wobble?",
    "Is drugx, drugy or drugz the better first drug for wobble?",
    # the question after a case and a dash or a colon, asked of a pronoun that points at the case
    "adult with a wobble for 5 weeks - is that early, middle or late stage?",
    "red itchy patch for 3 days - is it fungal or eczema?",
    "hot swollen toe: is this gout or an infection?",
])
def test_options_to_choose_among_take_no_yes_or_no(text: str) -> None:
    q = read_question(text)
    assert q.choice and not q.yes_no, text


@pytest.mark.parametrize("text", [
    "Is wobble associated with gout, asthma or eczema?",  # a link to any of them: whether
    "Is wobble caused by beer, meat or sugar?",
    "Does drugx help knee pain, back pain or neck pain?",
    "Are drugs safe in people aged 80 or older?",
    "red itchy patch - is it contagious or not?",  # whether
    "toe pain - is it caused by gout or injury?",  # a link to either
    "gizmo in pregnancy - is it safe?",
])
def test_a_list_linked_to_its_subject_keeps_the_yes_or_no(text: str) -> None:
    assert not asks_choice(text), text
    assert read_question(text).yes_no, text


@pytest.mark.parametrize("text", [
    "knife wound to the arm with only minor signs - imaging of choice?",
    "wobble fever in a child: antibiotic of choice?",
])
def test_a_thing_of_choice_asks_which_not_whether(text: str) -> None:
    assert not read_question(text).yes_no, text
