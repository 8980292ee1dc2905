"""Which sentences can be quoted, and which are near-duplicates of each other (service.answer.scoring)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind
from service.answer.concepts import Concept, concept
from service.answer.question import given_form, read_question
from service.answer.scoring import candidates, near_duplicate, quotable, sentence_terms, title_names
from tests.service.test_closest_only import MODEL, STATS


def test_quotable_and_near_duplicates() -> None:
    assert quotable("Vitamin K2 can reduce the effect of warfarin in patients.")
    assert not quotable("Background")
    assert not quotable("and this continues without an ending")
    assert quotable("miR-25 expression falls in the failing human heart.")
    a = frozenset("vitamin k2 reduces the effect of warfarin".split())
    b = frozenset("vitamin k2 reduces the effect of warfarin strongly".split())
    assert near_duplicate(a, b) and not near_duplicate(a, frozenset("asthma inhaler steps".split()))


def test_a_heading_or_objective_that_ends_in_a_bracket_is_not_a_sentence() -> None:
    assert not quotable("New oral anticoagulants (dabigatran, rivaroxaban, apixaban, edoxaban)")
    assert not quotable("To update an earlier clinical practice guideline on otitis externa (AAO-HNSF).")
    assert quotable("Drug X reduced mortality in the trial (hazard ratio 0.8, 95% CI 0.7 to 0.9).")
    assert quotable("Drug X was effective in older adults (aged 65 years or more.)")



@pytest.mark.parametrize("sentence", [
    # a question reported asserts nothing (session 22: this led "Can zorbinol dissolve gizmo deposits?" as "Yes.")
    "Zorbinol is sometimes promoted for gizmo deposits, and patients often ask whether zorbinol could dissolve them.",
    "The present study aimed to evaluate the effect of zorbinol on gizmo deposits in adults.",
    "The current study examined the association of gizmo deposits with shoulder pain in adults.",
])
def test_a_reported_question_or_a_study_s_aim_is_closest_evidence_only(sentence: str) -> None:
    assert not quotable(sentence) and quotable(sentence, allow_aim=True)


# Session 30 (s30direct): a statement under a title that names the asked intervention, or gives it a second name.
def _titled_hit(title: str, *sentences: str) -> Hit:  # a research report's passage under ``title``
    text = " ".join(sentences)
    spans, start = [], 0
    for sentence in sentences:
        spans.append((start, start + len(sentence)))
        start += len(sentence) + 1
    document = Document(id="r1", title=title, kind=DocumentKind.RESEARCH, source="Test", year=2020, authors="",
                        url="", path="r1", sha256="", sections=())
    return Hit(chunk=Chunk(id="r1#0", doc_id="r1", heading=(), text=text, sentences=tuple(spans)),
               document=document, rank=1, score=1.0, dense=0.8, lexical=2.0)


def _direct(question: str, title: str, *sentences: str) -> dict[str, bool]:
    q = read_question(question)
    i = concept(q.intervention, STATS.lexicon, STATS.idf) if q.intervention else None
    c = concept(q.condition, STATS.lexicon, STATS.idf, condition=True) if q.condition else None
    return {x.text: x.direct for x in candidates(q, [_titled_hit(title, *sentences)], STATS, i, c, model=MODEL,
                                                 floors=False)}


def test_a_study_speaking_of_its_own_results_pairs_the_condition_with_the_intervention_its_title_names() -> None:
    own = "Secondary analyses suggested a possible reduction in gizmo death after the first years of follow-up."
    other = "A possible reduction in gizmo death was seen after the first years of follow-up."
    found = _direct("Does zorbinol protect against gizmo death?", "Zorbinol supplements and prevention of gizmo",
                    own, other)
    assert found == {own: True, other: False}  # the second names no study's own results: not paired, as before


def test_a_name_the_title_gives_in_brackets_names_the_concept_in_its_statements() -> None:
    zorb = Concept(name="zorbinol", forms=(frozenset({"zorbinol"}),))
    # The bracketed name names the concept: the head of the name before the brackets (two words) names it too.
    assert title_names(zorb, "Overview: fast gizmo lavage (zorbinol) for calcific knees") == (
        frozenset({"gizmo", "lavag"}),)
    # The name before names it: the bracketed one does.
    assert title_names(zorb, "Zorbinol (gizmo-4) for bone loss") == (sentence_terms("gizmo-4"),)
    # An acronym in brackets names a trial, not the concept; a title without brackets names nothing more.
    assert title_names(zorb, "Zorbinol and prevention of gizmo (ZAP)") == ()
    assert title_names(zorb, "Zorbinol for bone loss") == ()
    found = _direct("Does zorbinol improve knee function?", "Overview: fast gizmo lavage (zorbinol) for knees",
                    "Trials reported that gizmo lavage improved knee function.",
                    "Trials reported that gizmo plates improved knee function.")
    assert found == {"Trials reported that gizmo lavage improved knee function.": True,
                     "Trials reported that gizmo plates improved knee function.": False}


def test_a_head_to_head_comparison_under_a_title_naming_the_condition_speaks_of_that_condition() -> None:
    compared = "Few randomized trials have directly compared zorbinol with gizmotherapy, and results vary."
    listed = "Zorbinol and gizmotherapy are both offered after months of rest."
    found = _direct("Is zorbinol better than gizmotherapy for calcific knees?", "Zorbinol for calcific knees",
                    compared, listed)
    assert found == {compared: True, listed: False}  # two treatments named as alternatives compare nothing


@pytest.mark.parametrize("title", ["Zorbinol (a randomized trial)", "Zorbinol (review)",
                                   "Gizmo loss (in zorbinol users)", "Forms of zorbinol (gizmin and gizmol)",
                                   "Zorbinol (the first of many ways to help with gizmo)"])
def test_a_bracket_that_holds_no_name_gives_the_concept_none(title: str) -> None:
    assert title_names(Concept(name="zorbinol", forms=(frozenset({"zorbinol"}),)), title) == ()


def _coverage(question: str, title: str, said: str) -> float:
    q = read_question(question)
    i = concept(q.intervention, STATS.lexicon, STATS.idf) if q.intervention else None
    c = concept(q.condition, STATS.lexicon, STATS.idf, condition=True) if q.condition else None
    (found,) = candidates(q, [_titled_hit(title, said)], STATS, i, c, model=MODEL, floors=False)
    return found.coverage


def test_the_form_a_question_gives_its_intervention_in_is_covered_by_a_mention_of_it() -> None:
    # "tablets" is left out of the intervention ("zorbinol"); a statement on zorbinol supplements covers it too: of
    # the question's five terms (zorbinol, tablet, cause, gizmo, stroke) it misses only "cause".
    assert read_question("Do zorbinol tablets cause gizmo strokes?").intervention == "zorbinol"
    assert given_form("Do zorbinol tablets cause gizmo strokes?", "zorbinol") == "tablets"
    assert given_form("Do zorbinol doses cause gizmo strokes?", "zorbinol") is None
    said = "Zorbinol supplements were associated with more gizmo strokes."
    assert _coverage("Do zorbinol tablets cause gizmo strokes?", "Zorbinol and gizmo", said) == pytest.approx(4 / 5)


def test_a_study_s_generic_noun_for_what_it_tested_stands_for_the_intervention_its_title_names() -> None:
    title = "Zorbinol lavage for gizmo pain: a randomized trial"
    first = "Forty patients with gizmo pain had a procedure."
    stand_in = "The procedure improved gizmo function at one year."  # leans on the sentence before: quoted with it
    other = "Gizmo function improved at one year after the placebo procedure."
    generic = "Gizmo function improved at one year, as in the treatment of gizmo pain at large."
    bare = "Treatment improved gizmo function at one year."
    found = {}
    for said in (stand_in, other, generic, bare):
        (direct,) = [d for text, d in _direct("Does zorbinol improve gizmo function?", title, first, said).items()
                     if text.endswith(said)]
        found[said] = direct
    assert found == {stand_in: True, other: False, generic: False, bare: True}
    # Not under a title that names another intervention, nor in a guideline (which covers many).
    assert _direct("Does zorbinol improve gizmo function?", "Gizmotherapy for gizmo pain", bare) == {bare: False}
    q = read_question("Does zorbinol improve gizmo function?")
    i = concept(q.intervention or "", STATS.lexicon, STATS.idf)
    c = concept(q.condition or "", STATS.lexicon, STATS.idf, condition=True)
    hit = _titled_hit("Zorbinol lavage for gizmo pain", bare)
    hit = Hit(chunk=hit.chunk, document=replace(hit.document, kind=DocumentKind.GUIDELINE), rank=1, score=1.0,
              dense=0.8, lexical=2.0)
    assert [x.direct for x in candidates(q, [hit], STATS, i, c, model=MODEL, floors=False)] == [False]


def test_a_grade_after_the_stop_is_no_part_of_the_sentence_but_a_pointer_is() -> None:
    from service.answer.scoring import _ENDS_SENTENCE
    assert _ENDS_SENTENCE.search("Gizmo flushing is not suggested to prevent wobble. (\u20132C)")
    assert _ENDS_SENTENCE.search("Gizmo flushing is suggested for wobble. (I-E)")
    assert not _ENDS_SENTENCE.search("Gizmo flushing lowered wobble. (Table 2)")


def test_a_grade_in_words_after_a_footnote_mark_ends_the_sentence() -> None:
    # Left joined by the sentence splitter after the stars, a grade such as "(Weak recommendation; ...)" kept the
    # recommendation it ends from being a statement at all: a question on it quoted only its footnotes.
    from service.answer.scoring import _ENDS_SENTENCE
    for grade in ("(Weak recommendation; moderate-quality evidence)", "(Strong Recommendation, Low-Quality Evidence)",
                  "(Conditional recommendation for using the gizmo)"):
        assert _ENDS_SENTENCE.search(f"Practitioners should not routinely offer gizmolol for wobble.** {grade}")
        assert quotable(f"For adults with wobble, practitioners should not routinely offer gizmolol.** {grade}")
    assert not _ENDS_SENTENCE.search("Gizmolol lowered wobble.** (Weak evidence from Table 2)")
