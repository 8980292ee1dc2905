"""A guideline's recommendation opens the bottom line and carries the verdict (session 17): which statement
of a guideline is advice, which advice is about the asked intervention, the verdict of a recommendation,
the guideline passages retrieval takes past a document's quota, and the question shapes read for them."""
from __future__ import annotations

import pytest

from index.lexical import tokenize
from index.search import Hit, Index, open_index
from ingest.models import Chunk, Document, DocumentKind
from service.answer import guideline
from service.answer.appraisal import without_grade_lines
from service.answer.lead import choose_lead
from service.answer.pipeline import answer_question
from service.answer.question import read_question
from service.answer.retrieval import retrieve
from service.answer.scoring import Candidate, sentence_terms
from service.answer.tuning import AnswerTuning
from tests.service.corpora import built
from tests.service.test_concepts import UNRELATED


def _candidate(text: str, score: float, kind: str = "guideline", doc: str = "g", direct: bool = True,
               title: str = "Test") -> Candidate:
    document = Document(id=doc, title=title, kind=DocumentKind(kind), source="Test", year=2020, authors="",
                        url="", path=doc, sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, score, 0.8, sentence_terms(text), True, True, direct, anchored=True)


def test_advice_is_about_the_intervention_only_when_the_advice_verb_reaches_it() -> None:
    screening = guideline.topic_terms("screening", None)
    assert guideline.advises_on("The Task Force recommends screening for condition Y in all adults.", screening)
    assert guideline.advises_on("Do not routinely offer screening to adults without symptoms.", screening)
    assert not guideline.advises_on("Clinicians should ask about sleep in every person who screens positive.",
                                    screening)
    drug = guideline.topic_terms("drugx", None)
    assert guideline.advises_on("Drugx plus a corticosteroid should be considered for adults with Y.", drug)
    assert not guideline.advises_on("Clinicians should discuss the costs and benefits of each option with the "
                                    "patient before drugx is started.", drug)


def test_questions_notes_and_research_are_not_advice() -> None:
    assert guideline.is_advice(_candidate("Clinicians should offer drugx to adults with Y.", 0.9))
    assert guideline.is_advice(_candidate("Do not routinely offer imaging to adults with Y.", 0.9))
    assert not guideline.is_advice(_candidate("Key Question 1: Does drugx improve outcomes in Y?", 0.9))
    assert not guideline.is_advice(_candidate("Note: This recommendation is from the summary of drugx.", 0.9))
    assert not guideline.is_advice(_candidate("Clinicians should offer drugx to adults with Y.", 0.9, "research"))


def test_a_harms_caution_is_not_the_recommendation_but_advice_against_is() -> None:
    caution = _candidate("Very high doses of drugx should be used with caution because some trials found more "
                         "falls.", 0.9)
    against = _candidate("Drugx is not recommended for Y when other therapy is contraindicated.", 0.9)
    # Advice to avoid is advice against (polarity.AGAINST), whatever harm it gives as its reason.
    avoided = _candidate("Drugx should be avoided in pregnancy because it can harm the fetus.", 0.9)
    assert not guideline.is_recommendation(caution)
    assert guideline.is_recommendation(against) and guideline.is_recommendation(avoided)


def test_harm_words_in_a_recommendations_conditions_do_not_make_it_a_caution() -> None:
    conditional = _candidate("In adults with Y and no contraindications for drugx, the panel recommends drugx "
                             "provided that hypotension is avoided.", 0.9)
    population = _candidate("For women at increased risk for Y and at low risk for adverse effects, clinicians "
                            "should offer drugx.", 0.9)
    assert guideline.is_recommendation(conditional) and guideline.is_recommendation(population)
    assert guideline.says_against("Neither drugx nor drugz should be used in women with a history of thrombosis.")
    assert not guideline.says_against("Clinicians should offer drugx to adults who do not respond to drugz.")


def test_guideline_findings_and_advice_under_a_title_naming_the_condition_are_direct() -> None:
    terms = guideline.topic_terms("drugx", "condition Y")
    finding = _candidate("Drugx injections combined with exercise are more effective than exercise alone.", 0.9,
                         direct=False, title="Condition Y: clinical practice guideline")
    background = _candidate("Most patients should receive the recommended course of action.", 0.9, direct=False,
                            title="Condition Y: clinical practice guideline")
    research = _candidate("Drugx injections combined with exercise are more effective than exercise alone.", 0.9,
                          kind="research", direct=False, title="Condition Y in a cohort")
    marked = guideline.with_direct_advice([finding, background, research], terms)
    assert [c.direct for c in marked] == [True, False, False]


def test_a_recommendation_leads_over_a_better_scored_evidence_summary_within_the_guideline_margin() -> None:
    summary = _candidate("In a randomized trial, drugx reduced relapse in Y by 30 percent.", 0.95, "research",
                         doc="trial")
    advice = _candidate("Clinicians should offer drugx to adults with Y.", 0.60)
    assert choose_lead([summary, advice], AnswerTuning()) is advice
    assert choose_lead([summary, advice], AnswerTuning(guideline_lead_margin=0.8)) is summary


def test_among_recommendations_the_one_advising_on_the_intervention_leads() -> None:
    aside = _candidate("Clinicians should ask about sleep in every person who screens positive for Y.", 0.97)
    answer = _candidate("The Task Force recommends screening for Y in the general adult population.", 0.80)
    terms = guideline.topic_terms("screening", None)
    assert choose_lead([aside, answer], AnswerTuning(), None, terms) is answer
    assert choose_lead([aside, answer], AnswerTuning()) is aside  # without the intervention's terms: by score


def test_the_verdict_of_a_leading_recommendation_is_what_it_says() -> None:
    recommends = _candidate("Drugx is recommended as an option for adults with Y.", 0.9)
    against = _candidate("The panel recommends against drugx for adults with Y.", 0.9)
    assert guideline.verdict_of("no", recommends) == "yes"
    assert guideline.verdict_of("yes", against) == "no"
    assert guideline.verdict_of("uncertain", recommends) == "uncertain"
    assert guideline.verdict_of("no", against) == "no"
    not_screening = _candidate("For men aged 55 to 69, the Task Force recommends not screening for Y.", 0.9)
    assert guideline.verdict_of("yes", not_screening) == "no"


def test_a_recommendation_that_says_as_defined_by_is_not_a_grading_note() -> None:
    advice = _candidate("Drugx is recommended for adults at high risk of relapse, as defined by the 2006 criteria.",
                        0.9)
    note = _candidate("Definitions of the grades of recommendation are given at the end of this section.", 0.9)
    kept = without_grade_lines([advice, note])
    assert advice in kept and note not in kept


@pytest.mark.parametrize(("question", "intervention", "condition"), [
    ("Should women at increased risk of condition Y be offered drugx?", "drugx", "condition Y"),
    ("Should drugx be given to adults with condition Y?", "drugx", "condition Y"),
    ("Should drugx be the first treatment offered for condition Y?", "drugx", "condition Y"),
])
def test_question_shapes_of_guideline_questions(question: str, intervention: str, condition: str) -> None:
    q = read_question(question)
    assert (q.intervention, q.condition) == (intervention, condition)


def _section(name: str, n: int) -> str:
    return (f"## {name}\n\nStudy {n} of flumoxabine in lateral gizmoitis measured flumoxabine levels in adults "
            f"with lateral gizmoitis. Flumoxabine and lateral gizmoitis were described together in report {n}.\n")


GUIDE = {
    "gizmo-guideline.md": f"""---
title: "Management of lateral gizmoitis"
type: guideline
source: "Test Society"
year: 2021
---
# Management of lateral gizmoitis

{_section("Background", 1)}
{_section("Pharmacology", 2)}
{_section("Epidemiology", 3)}
{_section("Evidence", 4)}
## Recommendations

Clinicians should offer flumoxabine to adults with lateral gizmoitis whose symptoms last more than six weeks.
""",
    "other.md": UNRELATED,  # a guideline off every question here
}


@pytest.fixture(scope="module")
def gizmo_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    path = built(tmp_path_factory, "gizmo", GUIDE)
    return open_index(path)


def test_a_guideline_adds_its_advice_passages_past_its_quota(gizmo_index: Index) -> None:
    q = read_question("Should flumoxabine be used in lateral gizmoitis?")
    strict = retrieve(gizmo_index, q, AnswerTuning(chunks_per_doc=1, guideline_advice_chunks=0))
    per_doc = [h.document.id for h in strict]
    assert len(per_doc) == len(set(per_doc))  # one passage a source
    advised = retrieve(gizmo_index, q, AnswerTuning(chunks_per_doc=1, guideline_advice_chunks=3))
    assert any("should offer flumoxabine" in h.chunk.text for h in advised)
    # only a guideline near the top of the ranking reaches past its quota
    lower = retrieve(gizmo_index, q, AnswerTuning(chunks_per_doc=1, guideline_advice_chunks=3, guideline_advice_top=0))
    assert not any("should offer flumoxabine" in h.chunk.text for h in lower)
    assert not any("should offer flumoxabine" in h.chunk.text for h in strict)


def test_the_guideline_recommendation_opens_the_bottom_line_and_carries_the_verdict(gizmo_index: Index) -> None:
    answer = answer_question(gizmo_index, "Should flumoxabine be used in lateral gizmoitis?",
                             tuning=AnswerTuning(chunks_per_doc=1))
    lead = next(s for s in answer.bottom_line.statements if s.origin == "source")
    assert lead.text.startswith("Clinicians should offer flumoxabine")
    assert answer.verdict == "yes"


def test_a_caveat_after_a_contrast_or_on_whom_it_is_for_does_not_make_advice_a_caution() -> None:
    from service.answer.guideline import is_caution

    assert not is_caution("Drug A is an effective first-line alternative, but it must be avoided in pregnancy "
                          "because of the risk of birth defects.")
    assert not is_caution("Drugs A and B are recommended for severe disease in adults whose disease has responded "
                          "inadequately to, or who cannot tolerate, NSAIDs.")
    assert is_caution("Very high intermittent doses should be avoided because some trials found more falls.")
    assert is_caution("Drug A should be avoided in people with asthma.")


def test_the_alternative_advice_rejects_makes_it_no_caution() -> None:
    # "rather than avoiding X" advises against the avoiding: advice to keep the intake steady, a recommendation
    # that leads, not a harms caution ranked with other findings (session 40)
    from service.answer.guideline import avoid_caution, is_caution

    keep = "Patients taking drugx should keep their dietary gizmin intake consistent rather than avoiding gizmin foods."
    assert not is_caution(keep) and not avoid_caution(keep)
    assert not is_caution("Clinicians should offer drugx instead of stopping treatment.")
    # the caution outside the rejected clause still counts
    assert is_caution("Drugx should be avoided in pregnancy rather than given at a lower dose.")
    lead = choose_lead([_candidate("Patients taking drugx should not stop gizmin suddenly without telling the "
                                   "clinic.", 0.66),
                        _candidate(keep, 0.96)], cautions=False)
    assert lead is not None and lead.text == keep


def test_guideline_advice_naming_the_asked_severity_in_other_words_is_direct() -> None:
    # session 40: "Should watchful waiting be used for mild gizmo otitis in children?" quoted the guideline's harm
    # sentence first, its advice "for children with non-severe illness" being indirect for want of "mild"
    from dataclasses import replace

    topic = guideline.topic_terms("watchful waiting", "mild gizmo otitis in children")
    advice = replace(_candidate("Watchful waiting is an appropriate option for many children with non-severe "
                                "illness.", 0.99, direct=False, title="Gizmo otitis"), mentions_condition=False)
    assert guideline.with_direct_advice([advice], topic)[0].direct
    # another severity, or the qualifier left unnamed, keeps it indirect
    severe = replace(advice, text="Watchful waiting is not an option for children with severe illness.")
    bare = replace(advice, text="Watchful waiting is an appropriate option for many children.",
                   terms=frozenset(tokenize("Watchful waiting is an appropriate option for many children.")))
    assert not guideline.names_but_qualifiers(severe, topic)
    assert not guideline.names_but_qualifiers(bare, topic)
