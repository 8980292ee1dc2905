"""The classes the corpus lists a question's member of (Lexicon.classes_named, retrieval.class_facets), on chunks
written for these tests."""
from __future__ import annotations

from ingest.models import DocumentKind
from service.answer.concepts import Lexicon, text_counts
from service.answer.corpus_stats import CorpusStats
from service.answer.question import read_question
from service.answer.relevance import FEATURES, LinearModel
from service.answer.retrieval import class_facets
from service.answer.scoring import candidates
from tests.service.candidates import document, hit

_CHUNKS = [
    "Do not treat with zorbitan, melvoxine, and other glimmer blockers as monotherapy for frettle disorder.",
    "We recommend against glimmer blockers as add-on treatment in frettle disorder.",
    "Glimmer blockers cause weight gain.",
    "Assessment covers the history (imaging, sleep) and the findings.",
    "Take a history.", "The history matters.", "History first.",
    "Offer a spindle therapy (e.g., quorafen) at night.", "Spindle therapy helps.",
] + [f"Filler chunk number {n} on frettle disorder care." for n in range(200)]


def _lexicon() -> Lexicon:
    return Lexicon({}, counts=text_counts(_CHUNKS), texts=lambda: _CHUNKS)


def test_a_listed_drug_is_covered_by_its_class() -> None:
    named = _lexicon().classes_named("partial response to sertaline - add zorbitan?")
    assert named == ((frozenset({"zorbitan"}), (frozenset({"glimmer", "blocker"}),)),)


def test_no_class_for_a_common_word_a_singular_class_or_an_unlisted_name() -> None:
    lexicon = _lexicon()
    # "imaging" under "history (...)": a singular class; "quorafen" under "spindle therapy": singular too.
    assert lexicon.classes_named("is imaging needed?") == ()
    assert lexicon.classes_named("add quorafen?") == ()
    assert lexicon.classes_named("add trellomab?") == ()


def test_a_greek_letter_name_is_covered_by_the_letter() -> None:
    assert Lexicon({}).classes_named("start a beta blocker?") == ((frozenset({"beta"}), (frozenset({"β"}),)),)


def test_the_question_is_searched_with_the_class_in_the_members_place() -> None:
    facets = class_facets("partial response - add zorbitan?", _lexicon())
    assert facets == [("partial response - add glimmer blockers?", frozenset({"glimmer", "blocker"}))]


def _coverage(text: str, question: str, lexicon: Lexicon) -> float:
    """The coverage ``scoring.candidates`` gives ``text`` (a one-sentence guideline chunk) for ``question``."""
    q = read_question(question)
    stats = CorpusStats(idf=lambda term: 1.0, lexicon=lexicon)
    model = LinearModel(FEATURES, tuple(0.0 for _ in FEATURES), 0.0, "test")
    found = candidates(q, [hit(document("g1", DocumentKind.GUIDELINE), text)], stats, None, None, model=model,
                       floors=False)
    return max((c.coverage for c in found), default=0.0)


def test_a_statement_on_the_class_covers_the_member_the_question_names() -> None:
    advice = "We recommend against glimmer blockers as add-on treatment in frettle disorder."
    question = "frettle disorder, partial response - add zorbitan?"
    assert _coverage(advice, question, _lexicon()) > _coverage(advice, question, Lexicon({}))
    # ... never a statement on another member: melvoxine is no zorbitan.
    other = "We recommend against melvoxine as add-on treatment in frettle disorder."
    assert _coverage(other, question, _lexicon()) == _coverage(other, question, Lexicon({}))


def test_no_class_that_opens_on_a_quantifier_or_is_one_sentence_said_again() -> None:
    chunks = ["In some cases (e.g., trellomab) the dose is halved.", "In some cases the scan is repeated.",
              "Patients may take daily spindle capsules such as quorafen at night.",
              "Patients may take daily spindle capsules such as quorafen at night."]
    chunks += [f"Filler {n}." for n in range(200)]
    lexicon = Lexicon({}, counts=text_counts(chunks), texts=lambda: chunks)
    assert lexicon.classes_named("is trellomab safe?") == ()  # "some cases" names no kind
    assert lexicon.classes_named("add quorafen?") == ()  # one sentence written twice is one use of the phrase
