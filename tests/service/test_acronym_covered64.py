"""A question's acronym that the corpus defines ("zorbography (ZGR)") is covered by a statement that writes the long
form, however often the corpus writes the acronym itself or however many long forms it defines for it
(``Lexicon.defined_longs``, ``scoring._Matcher.acronyms``): "no ZGR done yet - gizmocillin plus wobblazine?" was covered
by no word of the advice for the case where "no zorbogram has been carried out", and the answer read its verdict from
the usual advice. The long form weighs in the ranking of the statements the floors keep, not in whether one is kept."""
from __future__ import annotations

from index.search import Hit
from ingest.models import Chunk, Document
from service.answer.concepts import Lexicon
from service.answer.corpus_stats import CorpusStats
from service.answer.question import read_question
from service.answer.relevance import FEATURES, LinearModel
from service.answer.scoring import candidates

EXCEPTION = "Where no zorbogram has been carried out, avoid gizmocillin with wobblazine and use plumbazepam instead."
USUAL = "Offer gizmocillin with wobblazine for rapid calming in adults."
ELSEWHERE = "A zorbogram is not useful for children with a simple faint."


def _passage(*sentences: str, dense: float = 0.8) -> Hit:
    """One guideline passage of ``sentences``, as a search hit ``dense`` close to the question."""
    text = " ".join(sentences)
    spans, start = [], 0
    for sentence in sentences:
        spans.append((start, start + len(sentence)))
        start += len(sentence) + 1
    document = Document(id="g1", title="Calming in wards", kind="guideline", source="Test", year=2020, authors="",
                        url="", path="g1", sha256="", sections=())
    chunk = Chunk(id="g1#0", doc_id="g1", heading=(), text=text, sentences=tuple(spans))
    return Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=dense, lexical=3.0)


def _coverage(lexicon: Lexicon, question: str, hit: Hit) -> dict[str, float]:
    """Each statement of ``hit`` with its coverage of ``question``, every statement kept (no floors)."""
    stats = CorpusStats(idf=lambda term: 1.0, lexicon=lexicon)
    model = LinearModel(FEATURES, tuple(0.0 for _ in FEATURES), 0.0, "test")
    return {c.text: c.coverage for c in candidates(read_question(question), [hit], stats, None, None, model=model,
                                                   floors=False)}


def test_defined_longs_are_every_long_form_of_an_acronym_and_none_of_another_word() -> None:
    lexicon = Lexicon({"ZGR": ["zorbogram", "zorbography"], "GF": ["gizmo fever"]})
    assert lexicon.defined_longs("zgr") == (frozenset({"zorbogram"}), frozenset({"zorbographi"}))  # as sorted by name
    assert lexicon.defined_longs("gf") == (frozenset({"gizmo", "fever"}),)
    assert lexicon.defined_longs("zorbogram") == () and lexicon.defined_longs("wobblazin") == ()


def test_a_statement_writing_the_long_form_covers_the_questions_acronym() -> None:
    # Question terms (IDF 1 each): zgr, done, yet, gizmocillin, plu, wobblazin: the exception covers gizmocillin,
    # wobblazine and, by "zorbogram", ZGR (3 of 6); the usual advice gizmocillin and wobblazine (2 of 6).
    question = "No ZGR done yet - gizmocillin plus wobblazine?"
    defined = _coverage(Lexicon({"ZGR": ["zorbogram", "zorbography"]}), question, _passage(EXCEPTION, USUAL))
    assert defined[EXCEPTION] == 3 / 6 and defined[USUAL] == 2 / 6
    undefined = _coverage(Lexicon({}), question, _passage(EXCEPTION, USUAL))
    assert undefined[EXCEPTION] == 2 / 6 and undefined[USUAL] == 2 / 6


def test_the_long_form_does_not_lift_a_statement_over_the_floors() -> None:
    # Asked of a case no statement names (terms wobbl, fit, need, zgr), the statement on the acronym for other people
    # covers a quarter of the question by its long form, the floor of a passage this close: it stays under the floors,
    # as it does where the corpus defines no long form.
    question = "Wobble fit - need ZGR?"
    model = LinearModel(FEATURES, tuple(0.0 for _ in FEATURES), -5.0, "test")  # the model keeps nothing on its own
    for lexicon in (Lexicon({"ZGR": ["zorbogram"]}), Lexicon({})):
        stats = CorpusStats(idf=lambda term: 1.0, lexicon=lexicon)
        assert candidates(read_question(question), [_passage(ELSEWHERE)], stats, None, None, model=model) == []
