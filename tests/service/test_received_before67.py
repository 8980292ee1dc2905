"""A case that says its patient was already given a treatment is answered by its source's advice for those given it,
not by the advice for those who were not; and an either/or question of two amounts takes no yes or no (session 66's
blind test: a follow-up's new fact ignored, and an unanswerable trap answered "leans yes" from another regimen)."""
from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from index.embedder import load_embedder
from index.lexical import tokenize
from index.search import Hit, open_index
from ingest.models import Chunk, Document, DocumentKind
from service.answer.concepts import Lexicon, text_counts, text_passages
from service.answer.pipeline import answer_question
from service.answer.question import asks_choice, read_question
from service.answer.received_clause import case_given, not_excluding, with_given_counterparts
from service.answer.scoring import Candidate, sentence_terms
from tests.service.candidates import passage
from tests.service.corpora import background_guidelines, built

NOT_GIVEN = ("Adults with a resected wobble tumour who did not receive preoperative chemotherapy should be offered "
             "twelve weeks of zorbaplatin after the operation.")
CONTEXT = "Trials comparing schedules after the operation are small."
GIVEN = ("For adults with a resected wobble tumour who received preoperative chemotherapy, no trial has tested "
         "further treatment.")
ADVICE = "Sixteen weeks in all, counting the weeks given before the operation, are suggested by the panel."
TIMING = "Treatment after the operation should start once the wound has healed."
CASE = "and if she had already received 3 cycles of chemotherapy before the operation?"


def _lexicon(texts: list[str]) -> Lexicon:
    """A lexicon of ``texts`` with the index's embedder (what the clause's treatment is compared with the case by)."""
    encode = load_embedder().encode
    return Lexicon({}, ["wobble tumour"], np.asarray(encode(["wobble tumour"]), dtype=np.float32), encode=encode,
                   counts=text_counts(texts), vocabulary={t for text in texts for t in tokenize(text)},
                   passages=text_passages(texts))


def _statements(*sentences: str, doc: str = "wob-guide", n: int = 0) -> list[Candidate]:
    """Each of ``sentences`` as a statement of one passage (``doc``'s ``n``-th) of a guideline."""
    text, spans = passage(*sentences)
    document = Document(id=doc, title="Wobble tumour care", kind=DocumentKind.GUIDELINE, source="Test", year=2020,
                        authors="", url="", path=doc, sha256="", sections=())
    hit = Hit(chunk=Chunk(id=f"{doc}#{n}", doc_id=doc, heading=(), text=text, sentences=spans), document=document,
              rank=1, score=1.0, dense=0.8)
    return [Candidate(s, hit, 0.5, 0.5, sentence_terms(s), False, False) for s in sentences]


def _scorer(pool: list[Candidate]) -> Callable[[str, Callable[[str], bool]], list[Candidate]]:
    """A source's retrieved statements that ``keep`` holds, as the pipeline scores them (here: those of ``pool``)."""
    return lambda doc, keep: [c for c in pool if c.doc_id == doc and keep(c.text)]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return _lexicon([NOT_GIVEN, CONTEXT, GIVEN, ADVICE, TIMING])


def test_what_the_case_says_was_given_is_read_and_a_denial_is_not() -> None:
    assert case_given(CASE) == "3 cycles of chemotherapy before the operation"
    assert case_given("what if he has not had any chemotherapy?") is None
    assert case_given("and if she had no treatment before the operation?") is None


def test_advice_for_those_not_given_it_gives_way_to_the_advice_for_those_given_it(lexicon: Lexicon) -> None:
    # passages overlap by a sentence: the advice after the clause for those given it opens the next passage
    first = _statements(NOT_GIVEN, CONTEXT, GIVEN, n=3)
    second = _statements(GIVEN, ADVICE, n=4)
    timing = _statements(TIMING, n=1)
    closest = [first[0], timing[0]]
    out = with_given_counterparts(CASE, closest, _scorer([*first, *second, *timing]), lexicon)
    assert [c.text for c in out] == [GIVEN, ADVICE, TIMING]
    # a case that says nothing was given keeps the advice for those not given it
    assert with_given_counterparts("and if she had no treatment before?", closest,
                                   _scorer([*first, *second, *timing]), lexicon) == closest
    # ... and a source without advice for those given it keeps its statement in its place
    assert with_given_counterparts(CASE, closest, _scorer([first[0], *timing]), lexicon) == closest
    # the statement for those not given it is not brought back to open the closest evidence
    assert not_excluding(CASE, [first[0], timing[0]], lexicon) == [timing[0]]


def test_a_treatment_unlike_what_the_case_was_given_sets_no_statement_aside(lexicon: Lexicon) -> None:
    other = ("Adults with a resected wobble tumour who did not receive a blood transfusion should be offered "
             "twelve weeks of zorbaplatin.")
    statements = _statements(other, "For adults who received a blood transfusion, the dose is lower.", n=7)
    closest = [statements[0]]
    assert with_given_counterparts(CASE, closest, _scorer(statements), _lexicon([other])) == closest


def test_a_choice_between_two_amounts_takes_no_yes_or_no() -> None:
    for asked in ("genotype 3, no cirrhosis - zorbavir for 6 or 10 weeks?",
                  "Should the wobble tumour be treated for 3 or 6 months?",
                  "start gizmolol at 25 or 50 mg?"):
        assert asks_choice(asked) and not read_question(asked).yes_no, asked
    # two numbers that bound whom it is asked of, or an effect asked at two points, stay yes/no questions
    for asked in ("Should children aged 2 or 3 years be screened for wobble?",
                  "Does zorbavir lower deaths at 30 or 90 days?",
                  "Is zorbavir safe in people 65 or older?"):
        assert not asks_choice(asked) and read_question(asked).yes_no, asked


def test_a_study_statement_on_an_arm_not_given_it_is_no_advice_for_others(lexicon: Lexicon) -> None:
    finding = ("Survival was shorter in adults with a resected wobble tumour who did not receive preoperative "
               "chemotherapy.")
    study = _statements(finding, GIVEN, n=2)
    research = [Candidate(c.text, Hit(chunk=c.hit.chunk, document=Document(
        id="wob-trial", title="A trial", kind=DocumentKind.RESEARCH, source="Test", year=2020, authors="", url="",
        path="t", sha256="", sections=()), rank=1, score=1.0, dense=0.8), 0.5, 0.5, c.terms, False, False)
        for c in study]
    assert with_given_counterparts(CASE, research[:1], _scorer(research), lexicon) == research[:1]


WOBBLE_GUIDELINE = f"""---
title: "Wobble tumour after resection"
type: guideline
year: 2022
---
# Wobble tumour after resection

## Treatment after the operation

{NOT_GIVEN} {CONTEXT} {TIMING}

## Treatment for those given chemotherapy before the operation

{GIVEN} {ADVICE}
"""


def test_a_follow_up_saying_treatment_was_given_before_quotes_the_advice_for_those_given_it(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    index_dir = built(tmp_path_factory, "wobble", {"wobble.md": WOBBLE_GUIDELINE,
                                                   **background_guidelines("Exercise for knee osteoarthritis",
                                                                           "Iron deficiency anaemia in adults",
                                                                           "Migraine prevention")})
    index = open_index(index_dir)
    try:
        first = answer_question(index, "adult with a resected wobble tumour - how many weeks of zorbaplatin?")
        follow = answer_question(index, CASE, follows=first)
    finally:
        index.close()
    quoted = [s.text for s in follow.bottom_line.statements if s.origin == "source"]
    # (Before: the twelve weeks for those not given chemotherapy led, the sixteen weeks in all after it.)
    assert GIVEN in quoted and ADVICE in quoted and NOT_GIVEN not in quoted, quoted
