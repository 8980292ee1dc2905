"""The verdict follows a guideline's recommendation sentence, not a side clause beside it (session 53, a blind
clinician's test on guideline summaries): advice that supposes the use already decided ("If a decision to use X is
made, ...") says how, not whether; a use advised "only in the context of a registry or a clinical study" is no yes
for care; a clause on other agents ("..., but should avoid other agents") says nothing of the one named before it; no
need to delay a course is no denial of a test asked about; a note on a medicine's licence is no advice against it;
advice for "adults or children" narrows it to no group; and a footnote's digit run into a name ("drugx6") still
names it. Every corpus here is written in the test's own words."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.lexical import tokenize
from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind
from service.answer import guideline
from service.answer.lead import fit
from service.answer.qualifiers import qualifiers
from service.answer.scoring import Candidate, sentence_terms
from service.answer.verdict import denies, on_topic, says_no
from tests.service.corpora import answered, background_guidelines, built, lead_text


def _candidate(text: str, title: str = "Gizmo disease: a guideline") -> Candidate:
    document = Document(id="g", title=title, kind=DocumentKind.GUIDELINE, source="Test", year=2020, authors="",
                        url="", path="g", sha256="", sections=())
    chunk = Chunk(id="g#0", doc_id="g", heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, 0.9, 0.8, sentence_terms(text), True, True, True, anchored=True)


SUPPOSING = ("If a decision to use drugx is made, a blood count and liver tests are recommended before and after "
             "starting it.")


def test_advice_once_a_decision_is_made_supposes_the_use_and_gives_no_yes() -> None:
    assert guideline.supposes(SUPPOSING)
    assert not guideline.supposes("If the diagnosis is confirmed, treat the patient promptly.")
    assert guideline.verdict_of("yes", _candidate(SUPPOSING), "Should I use drugx in severe gizmo disease?",
                                guideline.topic_terms("drugx", "severe gizmo disease")) == "uncertain"


def test_advice_for_adults_or_children_narrows_it_to_no_group() -> None:
    asked = qualifiers("Should I use drugx in severe gizmo disease?")
    terms = frozenset(tokenize("drugx severe gizmo disease"))
    everyone = _candidate("The panel suggests that clinicians do not use drugx in adults or children with severe "
                          "gizmo disease.")
    children = _candidate("The panel suggests that clinicians do not use drugx in children with severe gizmo disease.")
    assert not fit(asked, everyone, terms).narrows
    assert fit(asked, children, terms).narrows


RESEARCH_ONLY = ("The panel recommends that gizmo ablation is performed in adults with severe gizmo disease only in "
                 "the context of an ethics-approved registry or a clinical study.")


@pytest.mark.parametrize(("text", "restricted"), [
    (RESEARCH_ONLY, True),
    ("Drugx should be offered only as part of a randomised trial.", True),
    ("Drugx should be used only in research settings.", True),
    ("Drugx should be used only in patients in whom drugy failed.", False),
    ("Drugx is recommended only in adults.", False),
])
def test_a_use_advised_only_within_research_is_read_so(text: str, restricted: bool) -> None:
    assert guideline.research_only(text) is restricted


def test_a_use_advised_only_within_research_is_no_yes() -> None:
    question = "Is gizmo ablation recommended for severe gizmo disease?"
    topic = guideline.topic_terms("gizmo ablation", "severe gizmo disease")
    assert guideline.verdict_of("yes", _candidate(RESEARCH_ONLY), question, topic) == "no"
    plain = _candidate("The panel recommends that gizmo ablation is performed in adults with severe gizmo disease.")
    assert guideline.verdict_of("yes", plain, question, topic) == "yes"


def test_a_clause_on_other_agents_says_nothing_of_the_one_named() -> None:
    text = ("Women with gizmo disease who are breastfeeding can continue to take drugx after birth, but should avoid "
            "other oral agents while breastfeeding.")
    topic = frozenset(tokenize("drugx safe while breastfeeding gizmo disease"))
    assert "other" not in on_topic(text, topic)
    assert not says_no(text, topic) and not denies(text, topic)
    # A clause on the asked thing itself still says no.
    against = ("Women with gizmo disease who are breastfeeding can continue to take drugy, but should avoid drugx "
               "while breastfeeding.")
    assert says_no(against, topic)


def test_no_need_to_delay_a_course_denies_no_test_asked_about() -> None:
    text = "In the absence of active gizmo infection, it is not usually necessary to delay drugx."
    check = frozenset(tokenize("need check gizmo infection before drugx"))
    assert not says_no(text, check)
    delay = frozenset(tokenize("need delay drugx gizmo infection"))
    assert says_no(text, delay)  # asked of the delay itself, it says no


def test_a_licensing_note_is_no_advice() -> None:
    note = ("At the time of writing drugx was contraindicated before week 12 and did not have marketing authorisation "
            "for use later in pregnancy.")
    assert guideline.licensing_note(note) and not guideline.gives_advice(note)
    assert not guideline.licensing_note("Consider drugx for women with gizmo diabetes of pregnancy.")


def test_a_footnote_digit_run_into_a_name_still_names_it() -> None:
    assert set(tokenize("drugxamide")) <= sentence_terms("Consider drugxamide6 for women with gizmo diabetes.")
    assert "il" not in sentence_terms("Levels of il6 rose.")  # a name whose digit is its own


GUIDELINE = """---
title: "Gizmo diabetes in pregnancy: management"
type: guideline
year: 2021
---
# Gizmo diabetes in pregnancy: management

## Recommendations

Offer drugy to women with gizmo diabetes of pregnancy if glucose targets are not met with diet within two weeks.
Consider drugxamide6 for women with gizmo diabetes of pregnancy in whom glucose targets are not met with drugy, or
who cannot tolerate drugy.

## Contraindications

6At the time of writing drugxamide was contraindicated before week 12 of gestation and did not have marketing
authorisation for use later in pregnancy.

## Postnatal care

Women with gizmo diabetes who are breastfeeding can resume or continue to take drugy3 immediately after birth, but
should avoid other oral glucose-lowering agents while breastfeeding.

## Severe wheeze disease

The committee suggests that clinicians do not use drugw in adults or children with severe wheeze disease.
If a decision to use drugw is made, a chest film and liver tests are recommended before and after starting it.
The committee recommends that airway heating is performed in adults with severe wheeze disease only in the context
of an ethics-approved registry or a clinical study.
"""


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    files = {"gizmo.md": GUIDELINE, **background_guidelines("Exercise for knee osteoarthritis",
                                                              "Iron deficiency anaemia in adults",
                                                              "Migraine prevention")}
    return built(tmp_path_factory, "side-clauses", files)


def test_the_recommendation_answers_before_a_licensing_note(index_dir: Path) -> None:
    a = answered(index_dir, "Can I use drugxamide in gizmo diabetes of pregnancy?")
    assert a.verdict == "yes"
    assert lead_text(a).startswith("Consider drugxamide")


def test_continuing_a_drug_while_breastfeeding_is_not_read_from_the_other_agents(index_dir: Path) -> None:
    a = answered(index_dir, "Is drugy safe while breastfeeding in gizmo diabetes?")
    assert a.verdict != "no"


def test_advice_against_leads_before_monitoring_once_decided(index_dir: Path) -> None:
    a = answered(index_dir, "Should I use drugw in severe wheeze disease?")
    assert a.verdict == "no"
    assert "do not use drugw" in lead_text(a)


def test_research_only_advice_is_no_yes(index_dir: Path) -> None:
    a = answered(index_dir, "Is airway heating recommended for severe wheeze disease?")
    assert a.verdict != "yes"


SCREENING = """---
title: "Gizmo virus reactivation with drugx"
type: guideline
year: 2019
---
# Gizmo virus reactivation with drugx

## Recommendations

In the absence of active gizmo hepatitis, it is not usually necessary to delay drugx.
The panel recommends that all patients be screened for gizmo surface antigen before treatment with drugx.
"""


def test_no_need_to_delay_a_course_is_no_no_to_a_test_before_it(tmp_path_factory: pytest.TempPathFactory) -> None:
    files = {"screening.md": SCREENING, **background_guidelines("Exercise for knee osteoarthritis",
                                                                "Iron deficiency anaemia in adults",
                                                                "Migraine prevention")}
    a = answered(built(tmp_path_factory, "screening", files), "Do I need to check gizmo antigen before drugx?")
    assert a.verdict == "yes"
    assert any("recommends that all patients be screened" in s.text for s in a.bottom_line.statements)


def test_advice_with_a_purpose_of_its_own_is_not_advice_on_the_title_condition() -> None:
    topic = frozenset(tokenize("drugd gizmo disease"))
    assert guideline.for_another_purpose("Do not offer drugd to increase adherence to statin treatment.", topic)
    assert not guideline.for_another_purpose("Offer drugd to reduce the risk of gizmo disease.", topic)
    # (whom it is offered to is no purpose)
    assert not guideline.for_another_purpose("Do not offer drugd to people with gizmo disease.", topic)


def test_a_question_on_licensing_itself_is_answered_by_a_licensing_note() -> None:
    assert guideline.asks_licensing("Was drugv licensed in Europe and the US at the same time?")
    assert guideline.asks_licensing("Is drugv approved for gizmo disease?")
    assert not guideline.asks_licensing("Can I use drugv in gizmo disease?")
