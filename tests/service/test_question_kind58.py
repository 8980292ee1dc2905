"""Which questions take a yes or a no (session 58): a clinician's terse question with no auxiliary in front ("gizmozumab
for frobnitis?", "... recommended?", "add X on top of Y?") asks what "Is gizmozumab recommended for frobnitis?" asks
(``question.as_terse_asked``); a case then "first line X?" asks which X, and a case told with "not" before a
participle and nothing proposed ("ulcer not healing after 6 weeks?") asks what next: neither takes a yes or a no."""
from __future__ import annotations

import pytest

from index.search import Index, open_index
from service.answer.pipeline import answer_question
from service.answer.question import asks_yes_or_no, read_question
from tests.service.chains import chain
from tests.service.corpora import BACKGROUND, background_guidelines, built


def test_a_use_then_a_word_judging_it_is_read_as_the_auxiliary_question() -> None:
    terse = read_question("gizmozumab for active frobnitis recommended?")
    plain = read_question("Is gizmozumab recommended for active frobnitis?")
    assert terse.yes_no
    assert (terse.type, terse.intervention, terse.condition) == (plain.type, plain.intervention, plain.condition)
    assert read_question("wobblicillin for gizmo otitis ok?").yes_no
    assert read_question("gizmo patch ok in pt w/ stable frobnitis?").condition == "stable frobnitis"


def test_a_use_alone_asks_whether() -> None:
    for text in ("gizmozumab for frobnitis in adults?", "zorbinol to prevent wobble in frobnitis?",
                 "nasal gizmosteroids for glue ear?", "gizmozumab 2nd line after zorbinol for frobnitis?"):
        assert read_question(text).yes_no, text
    q = read_question("gizmozumab for frobnitis in adults?")
    assert (q.intervention, q.condition) == ("gizmozumab", "frobnitis in adults")


def test_an_act_alone_asks_whether_to_do_it() -> None:
    q = read_question("add zorbinol on top of gizmozumab?")
    assert q.yes_no
    assert q.intervention == "zorbinol"
    assert read_question("offer gizmozumab to a child with frobnitis?").yes_no


def test_what_the_terse_form_does_not_take() -> None:
    # A noun asking what or which, a quantity of the use, an "or" between options, a question word: no yes or no.
    for text in ("Dose of gizmozumab?", "first line drug for frobnitis?", "gizmozumab dose for frobnitis?",
                 "zorbinol target for frail adults?", "gizmozumab or zorbinol for frobnitis?",
                 "how long gizmozumab for frobnitis?", "treatment for frobnitis in adults?"):
        assert not read_question(text).yes_no, text


def test_a_case_then_which_thing_is_open() -> None:
    assert not asks_yes_or_no("gizmo fever low score outpatient - first line abx?")
    assert not asks_yes_or_no("Gizmo colitis: first-line treatment?")
    assert not asks_yes_or_no("wobble in a 30yo - zorbinol dose?")
    # ... but a thing then "first line" asks whether it is.
    assert asks_yes_or_no("knee frobnitis - zorbinol first line?")


def test_a_case_told_with_not_before_a_participle_is_open() -> None:
    assert not asks_yes_or_no("toe pressure ok but ulcer not healing after 6 wks?")
    assert not asks_yes_or_no("frobnitis not responding to creams, systemic option?")
    # A claim asked as a question keeps its yes or no.
    assert asks_yes_or_no("Bypass temperature does not affect the outcome?")


GUIDELINE = """---
title: "Treatment of frobnitis in adults"
type: guideline
year: 2024
---
# Treatment of frobnitis in adults

## Background

Frobnitis is a long-term inflammatory illness of the joints of the hand that flares and settles over years.

## Recommendations

Gizmozumab is recommended as a choice for grown-ups with active frobnitis. Zorbinol is not recommended for adults
with frobnitis because trials showed no benefit and more infections. Adding zorbinol to gizmozumab should not be
considered for frobnitis. The usual starting dose of gizmozumab is 40 mg every two weeks.
"""

OTHERS = background_guidelines(*BACKGROUND)


@pytest.fixture(scope="module")
def guideline(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return open_index(built(tmp_path_factory, "question-kind58", {"frob.md": GUIDELINE, **OTHERS}))


def test_the_terse_question_takes_the_verdict_its_lead_states(guideline: Index) -> None:
    assert answer_question(guideline, "zorbinol for frobnitis in adults?").verdict == "no"
    assert answer_question(guideline, "add zorbinol on top of gizmozumab for frobnitis?").verdict == "no"


def test_a_change_alone_after_an_open_question_stays_open(guideline: Index) -> None:
    # "What about X?" after "How is ... treated?" asks that question of X: read whole as "X for frobnitis in
    # adults?", a terse yes/no question, it took a verdict the open question never asked for.
    assert chain(guideline, "How is frobnitis treated in adults?", "What about zorbinol?").verdict is None
