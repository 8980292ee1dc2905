"""Work ``scoring.candidates`` no longer repeats (session 60): a test of the text asked once per statement text, no
statement scored where the caller's ``keep`` holds none of them, and the matcher of a question made once for the
two or three scorings of one answer. Each result is the one the full work gives."""
from __future__ import annotations

from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind
from service.answer import scoring
from service.answer.concepts import Lexicon, question_concepts
from service.answer.corpus_stats import CorpusStats
from service.answer.question import Question, read_question
from service.answer.scoring import candidates
from service.answer.tuning import TUNING
from tests.service.candidates import sentence_spans

STATS = CorpusStats(idf=lambda term: 1.0, lexicon=Lexicon({}))
# Two guideline passages on an invented drug for an invented disorder; the first says where not to use it.
ADVICE = ("Zorpamide should not be used in anyone with kidney failure. Zorpamide is recommended for adults with "
          "wobblitis.")
BACKGROUND = "Wobblitis causes stiff joints in the morning. Zorpamide lowers joint stiffness in most adults."


def _hits() -> list[Hit]:
    document = Document(id="g9", title="Care of wobblitis", kind=DocumentKind.GUIDELINE, source="Test", year=2024,
                        authors="", url="", path="g9", sha256="", sections=())
    return [Hit(chunk=Chunk(id=f"g9#{n}", doc_id="g9", heading=("Advice",), text=text,
                            sentences=sentence_spans(text)), document=document, rank=n + 1, score=1.0, dense=0.8,
                lexical=2.0)
            for n, text in enumerate((BACKGROUND, ADVICE))]


def _question() -> Question:
    return read_question("Is zorpamide safe for adults with wobblitis?")


def test_keep_is_asked_once_per_text() -> None:
    asked: list[str] = []

    def against(text: str) -> bool:
        asked.append(text)
        return "should not" in text

    q = _question()
    kept = candidates(q, _hits(), STATS, *question_concepts(q), floors=False, keep=against)
    assert [c.text for c in kept] == ["Zorpamide should not be used in anyone with kidney failure."]
    assert sorted(asked) == sorted(set(asked)) and len(asked) == 4  # every statement asked, each once


def test_kept_statements_scored_as_without_keep_when_passages_are_left_out() -> None:
    q = _question()
    every = candidates(q, _hits(), STATS, *question_concepts(q), floors=False)
    kept = candidates(q, _hits(), STATS, *question_concepts(q), floors=False, keep=lambda text: "should not" in text)
    assert kept == [c for c in every if "should not" in c.text] and len(kept) == 1


def test_nothing_scored_where_keep_holds_no_statement() -> None:
    made: list[object] = []
    real = scoring._Matcher

    class Counted(real):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object) -> None:
            made.append(args)
            super().__init__(*args)

    scoring._Matcher = Counted  # type: ignore[misc]
    try:
        q = _question()
        assert candidates(q, _hits(), STATS, *question_concepts(q), floors=False, keep=lambda text: False) == []
    finally:
        scoring._Matcher = real  # type: ignore[misc]
    assert made == []


def test_the_matcher_is_made_once_for_the_same_question_and_concepts() -> None:
    q = _question()
    intervention, condition = question_concepts(q)
    first = scoring._matcher(q, STATS, intervention, condition, TUNING)
    assert scoring._matcher(q, STATS, intervention, condition, TUNING) is first
    other = scoring._matcher(q, STATS, None, None, TUNING)  # another reading of the same question: its own matcher
    assert other is not first and not other.anchored and first.anchored
    assert scoring._matcher(_question(), STATS, intervention, condition, TUNING) is not other


def test_matchers_go_with_their_corpus_statistics() -> None:
    # Matchers were kept in a table of the module, which held each old index alive (through its IDF's cache) after a
    # rebuild: they are kept with the statistics of their index version, and go with them.
    import gc
    import weakref

    stats = CorpusStats(idf=lambda term: 1.0, lexicon=Lexicon({}))
    q = _question()
    made = scoring._matcher(q, stats, None, None, TUNING)
    assert scoring._matcher(q, stats, None, None, TUNING) is made
    gone = weakref.ref(stats)
    del stats, made
    gc.collect()
    assert gone() is None


def test_a_matchers_shares_are_bounded() -> None:
    match = scoring._matcher(_question(), STATS, None, None, TUNING)
    for n in range(scoring.SHARES_KEPT + 10):
        match.share(frozenset({f"blip{n}"}))
    assert len(match._shares) <= scoring.SHARES_KEPT
    # (... and a share is the same after the memory is emptied.)
    have = frozenset(match.asked)
    assert match.share(have) == match.share(frozenset(have))
