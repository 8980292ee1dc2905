"""Statements quotable only as closest evidence: excerpts of cut sentences at a research passage's edge and
statements of aim (service.answer.scoring.closest_only), how the answer takes them (pipeline.closest_evidence)
and marks an excerpt's cuts with an ellipsis in the bottom line."""
from __future__ import annotations

from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind
from service.answer.concepts import Lexicon
from service.answer.corpus_stats import CorpusStats
from service.answer.pipeline import _bottom_statement, closest_evidence
from service.answer.question import read_question
from service.answer.references import Numbering
from service.answer.relevance import FEATURES, LinearModel
from service.answer.scoring import Candidate, candidates, closest_only, has_closest_only, has_quotable, sentence_terms
from service.answer.tuning import AnswerTuning
from service.answer.wording import ELLIPSIS
from tests.service.candidates import passage

STATS = CorpusStats(idf=lambda term: 1.0, lexicon=Lexicon({}))
MODEL = LinearModel(FEATURES, tuple(0.0 for _ in FEATURES), 0.0, "test")  # every statement at 0.5


def _hit(doc: str, *sentences: str, kind: DocumentKind = DocumentKind.RESEARCH, rank: int = 1) -> Hit:
    text, spans = passage(*sentences)
    document = Document(id=doc, title="", kind=kind, source="Test", year=2020, authors="", url="", path=doc,
                        sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=spans)
    return Hit(chunk=chunk, document=document, rank=rank, score=1.0, dense=0.8, lexical=2.0)


def test_a_snippet_cut_at_its_start_or_end_is_an_excerpt_marked_where_it_is_cut() -> None:
    text, spans = passage("knock-out of Gene1 significantly inhibited cell viability and migration in mice.")
    assert closest_only(text, spans) == [(text, 0, (True, False))]
    assert not has_quotable(text, spans) and has_closest_only(text, spans)  # no whole sentence, an excerpt
    text, spans = passage("Tauopathies are a group of disorders with accumulation of three-repeat Tau")
    assert closest_only(text, spans) == [(text, 0, (False, True))]
    # What is left of a cut word ("o" of "To") is not quoted: the excerpt starts at the next word.
    text, spans = passage("o enable analysis of the surfaceome, we developed the predictor SURFY.")
    found = closest_only(text, spans)
    assert found[0][:2] == ("enable analysis of the surfaceome, we developed the predictor SURFY.", 0)


def test_only_a_passages_edges_are_cut_and_whole_sentences_or_anaphors_are_not_excerpts() -> None:
    whole = "Drug X lowered blood pressure by 10 mmHg in adults."
    heading = "results of the second phase of follow up in adults"
    text, spans = passage(whole, heading, "Drug X was well tolerated by most adults in the trial.")
    assert closest_only(text, spans) == []  # a line in the middle that is no sentence is a heading, not a cut
    text, spans = passage("these patients lowered their blood pressure with drug X in the trial")
    assert closest_only(text, spans) == []  # cut, but it leans on a sentence that is not there
    # A conclusion from results is the source's own (anaphora._CONCLUSION): cut, it is still an excerpt.
    text, spans = passage("these results suggest that drug X lowers blood pressure in adults")
    assert closest_only(text, spans) == [(text, 0, (True, True))]
    text, spans = passage("Short.")
    assert closest_only(text, spans) == []


def test_a_statement_of_aim_is_closest_only_and_still_never_quoted_as_a_finding() -> None:
    aim = "We evaluated drug X, a humanized antibody that targets receptor R, in adults with disease Y."
    text, spans = passage(aim, "Drug X reduced relapse by 30 percent in adults with disease Y.")
    assert closest_only(text, spans) == [(aim, 0, (False, False))]


def test_candidates_mark_closest_only_statements_never_direct_and_leave_the_others_as_they_were() -> None:
    q = read_question("What does Gene1 knock-out do to cell viability?")
    research = _hit("r1", "knock-out of Gene1 significantly inhibited cell viability and migration.",
                    "Gene1 knock-out mice showed lower cell viability in every tissue examined.")
    guideline = _hit("g1", "gene1 knock-out lowers cell viability in the table below", kind=DocumentKind.GUIDELINE)
    cut_only = _hit("r2", "loss of Gene1 lowered cell viability and migration of Schwann cells", rank=2)
    before = candidates(q, [research, guideline], STATS, None, None, model=MODEL, floors=False)
    after = candidates(q, [research, guideline], STATS, None, None, model=MODEL, floors=False, cut_hits=[cut_only])
    assert [(c.text, c.score, c.features) for c in after if not c.closest_only] == \
        [(c.text, c.score, c.features) for c in before]
    marked = {c.text: c for c in after if c.closest_only}
    assert set(marked) == {research.chunk.sentence_texts()[0], cut_only.chunk.text}  # no guideline excerpt
    assert all(not c.direct for c in marked.values())
    assert marked[cut_only.chunk.text].cut == (True, True)


def _candidate(text: str, score: float, doc: str, closest: bool = False,
               cut: tuple[bool, bool] = (False, False)) -> Candidate:
    hit = _hit(doc, text)
    return Candidate(text, hit, score, 0.5, sentence_terms(text), True, False, False, anchored=True,
                     closest_only=closest, cut=cut)


def test_closest_evidence_takes_closest_only_statements_beside_the_others_and_falls_back_without_them() -> None:
    q = read_question("Is drug X effective for disease Y?")
    tuning = AnswerTuning(closest_statements=2)
    ranked = [_candidate("Drug X is a monoclonal antibody that binds receptor R on immune cells.", 0.85, "a")]
    aim = _candidate("We evaluated drug X, an antibody against receptor R, in adults with disease Y.", 0.95, "b",
                     closest=True)
    assert closest_evidence(ranked, [aim], q, tuning) == [aim, ranked[0]]
    assert closest_evidence(ranked, [], q, tuning) == ranked
    # A new best statement that states a gap would keep the pool from answering: the others are quoted.
    gap = _candidate("No randomized trial has tested drug X in disease Y so far.", 0.99, "c", closest=True)
    assert closest_evidence(ranked, [gap], q, tuning) == ranked


def test_an_excerpt_is_quoted_verbatim_with_an_ellipsis_where_it_is_cut() -> None:
    excerpt = _candidate("knock-out of Gene1 significantly inhibited cell viability", 0.9, "a", closest=True,
                         cut=(True, True))
    parts = _bottom_statement("", [], iter([excerpt]), Numbering())
    assert [(p.text, p.origin) for p in parts] == [(ELLIPSIS, "template"), (excerpt.text, "source"),
                                                   (ELLIPSIS, "template")]
    assert parts[1].citations == [1] and not parts[0].citations
