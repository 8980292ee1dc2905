"""Closest evidence (quoted where no statement answers directly) on the people and the treatments asked (session 46):
a statement on other people than those asked ("... for low-severity pneumonia" for a question on severe pneumonia)
comes after one naming the asked severity, and a comparison of the two treatments asked leads where it names the
asked one by another of its names ("needle lavage" for barbotage)."""
from __future__ import annotations

from index.lexical import tokenize
from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind
from service.answer.pipeline import closest_statements
from service.answer.question import read_question
from service.answer.scoring import Candidate, sentence_terms
from service.answer.tuning import AnswerTuning

TUNING = AnswerTuning(closest_statements=2, support_same_source=True)


def _candidate(text: str, score: float, doc: str = "d", i: bool = False, c: bool = False) -> Candidate:
    document = Document(id=doc, title="", kind=DocumentKind.GUIDELINE, source="Test", year=2020, authors="",
                        url="", path=doc, sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8, lexical=2.0)
    return Candidate(text, hit, score, 0.5, sentence_terms(text), i, c, False, anchored=i or c)


def test_closest_evidence_on_a_severity_asked_opens_with_that_severity_not_another() -> None:
    # s46: "Is a macrolide added for severe community-acquired pneumonia?" opened "Closest evidence: Amoxicillin is the
    # recommended first-line oral antibiotic for low-severity community-acquired pneumonia ..." before the
    # moderate-or-high-severity advice that names the macrolide.
    q = read_question("Is a zorbicillin added for severe lung fever?")
    low = _candidate("Amoxicillin is the recommended first-line oral antibiotic for low-severity lung fever in adults.",
                     0.87)
    high = _candidate("For moderate or high severity lung fever in hospital, a beta-lactam combined with a "
                      "zorbicillin is commonly recommended.", 0.91)
    salient = {low.text: 1.18, high.text: 1.14}  # the low-severity advice the more salient, as in the list answer
    quoted = closest_statements([high, low], q, TUNING, salient)
    assert quoted[0] is high
    assert closest_statements([high, low], q, TUNING, salient, topic_first=False)[0] is low  # salience alone


def test_where_no_statement_names_the_asked_severity_the_contrasting_one_keeps_its_place() -> None:
    # "Are antidepressants recommended for mild depression?" opens with their advice for moderate to severe
    # depression, which answers by contrast, not with a note on reviewing patients.
    q = read_question("Are zorbicillins recommended for mild lung fever?")
    contrast = _candidate("Zorbicillins are recommended for moderate to severe lung fever.", 0.9)
    review = _candidate("Clinicians should review patients within two weeks of starting a zorbicillin.", 0.9)
    quoted = closest_statements([review, contrast], q, TUNING, {contrast.text: 1.2, review.text: 1.1})
    assert quoted[0] is contrast


def test_a_comparison_naming_the_asked_treatment_by_another_name_leads_closest_evidence() -> None:
    # s46: "Does barbotage work better than shockwave for calcific shoulder tendinopathy?" opened with a trial of needle
    # lavage against a corticosteroid injection, before "Few randomized trials have directly compared needle lavage
    # with extracorporeal shockwave therapy ..." (barbotage's other name, of its concept).
    q = read_question("Does zorbotage work better than shockwave for calcific shoulder tendinopathy?")
    assert (q.intervention, q.comparator) == ("zorbotage", "shockwave")
    trial = _candidate("A randomized controlled trial compared needle lavage plus a corticosteroid injection with a "
                       "corticosteroid injection alone in 48 patients with calcific tendinitis.", 0.84, "a", True, True)
    compared = _candidate("Few randomized trials have directly compared needle lavage with extracorporeal shockwave "
                          "therapy, and their results are not consistent.", 0.70, "b", True, True)
    salient = {trial.text: 1.50, compared.text: 1.38}
    forms = (frozenset(tokenize("zorbotage")), frozenset(tokenize("ultrasound-guided needle lavage")))
    assert closest_statements([trial, compared], q, TUNING, salient, forms=forms)[0] is compared
    assert closest_statements([trial, compared], q, TUNING, salient)[0] is trial  # lavage not known as its name
