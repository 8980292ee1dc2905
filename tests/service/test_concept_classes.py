"""The classes the corpus lists a question's member of (Lexicon.classes_named, retrieval.class_facets), on chunks
written for these tests."""
from __future__ import annotations

from service.answer.concepts import Lexicon, text_counts
from service.answer.retrieval import class_facets

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
