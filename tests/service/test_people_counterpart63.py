"""Closest evidence on other people than the question asks of gives way to its source's advice for the asked people
(session 63: "... in adults" quoted for a 14-year-old, "In diamniotic twin pregnancies ... vaginal delivery" for
monoamniotic twins, while the same guideline gives the advice for them a few lines on)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind
from service.answer.lead import names_other_count
from service.answer.people_clause import speaks_of_others, with_counterparts
from service.answer.scoring import Candidate, sentence_terms
from tests.service.corpora import answered, background_guidelines, built, guideline_file


def _candidate(text: str, score: float = 0.8, doc: str = "g", kind: DocumentKind = DocumentKind.GUIDELINE
               ) -> Candidate:
    document = Document(id=doc, title="Sleepy drugs for wild agitation", kind=kind, source="Test", year=2020,
                        authors="", url="", path=doc, sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8, lexical=2.0)
    return Candidate(text, hit, score, 0.5, sentence_terms(text), False, False, False)


def _scorer(pool: list[Candidate]) -> Callable[[str, Callable[[str], bool]], list[Candidate]]:
    """A source's statements as the pipeline scores them without the floors: those of ``pool`` of that source that
    ``keep`` holds."""
    return lambda doc_id, keep: [c for c in pool if c.doc_id == doc_id and keep(c.text)]


ADULTS = "Give either intramuscular zolpam alone or intramuscular gizmodol with frobazine for wild agitation in adults."
CHILD = "Give intramuscular zolpam for wild agitation in a child or young person, the dose set by weight."
WATCH = "Watch breathing closely after wild agitation is treated in a child or young person."
MEANING = "Wild agitation here means urgent sedation given by injection."


def test_the_adults_rule_gives_way_to_the_childrens_for_a_14_year_old() -> None:
    q = "15yo on a teenage ward needs sedation for wild agitation - which drug?"
    adults, meaning, child, watch = _candidate(ADULTS, 0.87), _candidate(MEANING, 0.85), _candidate(CHILD, 0.43), \
        _candidate(WATCH, 0.40)
    assert speaks_of_others(q, adults) and not speaks_of_others(q, child)
    quoted = with_counterparts(q, [adults, meaning], _scorer([adults, meaning, child, watch]))
    # (The children's advice sharing the adults' rule's words, not the monitoring note: the same advice, for them.)
    assert [c.text for c in quoted] == [CHILD, MEANING]


def test_without_a_counterpart_the_rule_on_others_goes_after_what_fits() -> None:
    q = "15yo on a teenage ward needs sedation for wild agitation - which drug?"
    adults, meaning = _candidate(ADULTS, 0.87), _candidate(MEANING, 0.85)
    assert [c.text for c in with_counterparts(q, [adults, meaning], _scorer([adults, meaning]))] == [MEANING, ADULTS]


def test_a_question_naming_no_people_keeps_its_closest_evidence() -> None:
    q = "wild agitation - which drug?"
    adults, meaning, child = _candidate(ADULTS, 0.87), _candidate(MEANING, 0.85), _candidate(CHILD, 0.43)
    closest = [adults, meaning]
    assert with_counterparts(q, closest, _scorer([adults, meaning, child])) is closest


def test_a_studys_sentence_on_its_own_people_is_no_advice_for_others() -> None:
    finding = _candidate("In adults, intramuscular zolpam calmed wild agitation within 30 minutes.", 0.9,
                         kind=DocumentKind.RESEARCH)
    assert not speaks_of_others("15yo with wild agitation - which drug?", finding)


def test_a_word_with_another_count_names_a_sibling_family_member() -> None:
    known = frozenset({"monolobar", "trilobar"})
    assert names_other_count("mono-mono wobble lung - which surgery?", "In trilobar wobble lung, surgery waits.", known)
    assert not names_other_count("mono-mono wobble lung", "In monolobar wobble lung, operate early.", known)
    assert names_other_count("unipolar gloom: add zolpam?", "In bipolar gloom zolpam is avoided.")
    # (A word that merely begins as a count does, with no family member the question asks, is none: "diet", "digest".)
    assert not names_other_count("mono-mono wobble lung", "A diet that helps digestion is advised.", known)
    assert not names_other_count("wobble lung - which surgery?", "In trilobar wobble lung, surgery waits.", known)


@pytest.fixture(scope="module")
def twin_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    body = ("Women with an uncomplicated monolobar wobble lung can have surgery at 30 to 32 weeks.\n\n"
            "In trilobar wobble lung with a calm upper lobe, keyhole surgery is a reasonable option where a surgeon "
            "with experience of it is available.\n\n"
            "All women with a wobble lung are offered breathing tests.\n\n"
            "Women with a monolobar wobble lung should have open surgery.\n")
    return built(tmp_path_factory, "wobble", {"wobble.md": guideline_file("Wobble lung in pregnancy", body),
                                              **background_guidelines("Exercise for knee osteoarthritis",
                                                                      "Iron deficiency anaemia in adults",
                                                                      "Migraine prevention")})


def test_the_siblings_advice_gives_way_to_the_asked_members_in_a_built_corpus(twin_index: Path) -> None:
    answer = answered(twin_index, "mono-mono wobble lung in pregnancy - what kind of surgery and roughly when?")
    quoted = [s.text for s in answer.bottom_line.statements if s.origin == "source"]
    sibling = next(i for i, t in enumerate(quoted) if "trilobar" in t)
    assert any("open surgery" in t for t in quoted[:sibling])


def test_advice_for_another_severity_without_a_counterpart_keeps_its_place() -> None:
    q = "Is zolpam advised for mild wobble fever?"
    contrast, review = _candidate("Zolpam is advised for moderate to severe wobble fever."), \
        _candidate("Review patients two weeks after starting zolpam.")
    assert speaks_of_others(q, contrast) and not speaks_of_others(q, contrast, who=True)
    assert [c.text for c in with_counterparts(q, [contrast, review], _scorer([contrast, review]))] == \
        [contrast.text, review.text]


def test_a_rule_on_others_stays_first_where_the_rest_is_advice_for_yet_other_groups() -> None:
    # s63: "Does CBT help adolescents with depression?" put "... CBT ... in pregnant and postpartum women" before the
    # adults' statement, and the verdict read a "yes" from it.
    q = "Does talk therapy help adolescents with gloom?"
    adults = _candidate("Treatment of gloom in adults includes talk therapy or drugs, alone or together.")
    pregnant = _candidate("Talk therapy is advised for gloom in pregnant women.")
    closest = [adults, pregnant]
    assert with_counterparts(q, closest, _scorer(closest)) is closest
    # (Nor is advice for pregnant women the adolescents' counterpart, though its reason names a newborn child.)
    reasoned = _candidate("Given the harms to the newborn child from some drugs, consider talk therapy for gloom in "
                          "pregnant women.")
    assert with_counterparts(q, closest, _scorer([*closest, reasoned])) is closest


def test_advice_for_several_groups_one_of_them_the_asked_child_is_not_on_others() -> None:
    # (The unit test of test_people_asked_by_age's 8-month-old with a high fever: "... for children under 6 months,
    # for children with severe symptoms such as high fever ..." is her advice, though 8 months is past 6.)
    q = "Should zolpam be given at once to an 8-month-old with wobble ear and high fever?"
    several = _candidate("Immediate zolpam is recommended for children under 6 months, for children with severe "
                         "symptoms such as high fever, and for children with ear discharge.")
    assert not speaks_of_others(q, several)
    assert speaks_of_others(q, _candidate("Immediate zolpam is recommended for children under 6 months."))


ADULTS_AGAIN = "Adults whose wild agitation has not settled after an hour may be given a second zolpam dose."


@pytest.fixture(scope="module")
def adults_only_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "agitation", {
        "agitation.md": guideline_file("Sleepy drugs for wild agitation", f"{ADULTS}\n\n{ADULTS_AGAIN}\n"),
        **background_guidelines("Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults",
                                "Migraine prevention")})


def test_closest_evidence_all_of_it_for_others_says_so(adults_only_index: Path) -> None:
    answer = answered(adults_only_index, "15yo on a teenage ward needs sedation for wild agitation - which drug?")
    assert ADULTS in answer.bottom_line.text
    assert answer.bottom_line.text.startswith("Closest evidence, on other people than asked:")
    # (Asked of no one in particular, the same quotes stand under the plain caveat.)
    plain = answered(adults_only_index, "wild agitation on a ward - which drug for sedation?")
    assert ADULTS in plain.bottom_line.text and not plain.bottom_line.text.startswith("Closest evidence, on other")


def test_an_age_bound_holding_the_asked_adults_is_not_advice_for_others() -> None:
    # s63 lists: "everyone over 4 years old" was read as a 4-year-old child, other people for adults.
    bound = _candidate("Everyone over 4 years old should consider a daily zolpam supplement in winter.")
    assert not speaks_of_others("What is the most zolpam an adult may take a day?", bound)


def test_a_counterpart_holding_a_quoted_statement_is_not_quoted_again() -> None:
    q = "15yo on a teenage ward needs sedation for wild agitation - which drug?"
    adults = _candidate(ADULTS, 0.87)
    child = _candidate(CHILD, 0.43)
    joined = _candidate(f"{CHILD} Check the dose again after an hour.", 0.45)
    assert [c.text for c in with_counterparts(q, [adults, child], _scorer([adults, child, joined]))] == [CHILD, ADULTS]
