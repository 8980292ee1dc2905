""""How common is X?" opens with how often X occurs as a rate (a prevalence, a share), before a statement of whom it is
most common in (``lead.answering``, ``routing.OCCURRENCE_RATE``; session 46)."""
from __future__ import annotations

from dataclasses import replace

from index.lexical import tokenize
from service.answer.lead import answering
from service.answer.question import read_question
from service.answer.scoring import Candidate
from tests.service.candidates import candidate


def _direct(text: str) -> Candidate:
    return replace(candidate(text, i=True, c=True), terms=frozenset(tokenize(text)))


AGES = _direct("Chronic hives are most common between the ages of about 20 and 40 years.")
RATE = _direct("Chronic hives affect adults with a reported prevalence of about 1 percent.")
TRIAL = _direct("A randomized trial of tolvimab enrolled 300 adults with chronic hives.")


def test_how_common_opens_with_a_rate_before_whom_it_is_most_common_in() -> None:
    q = read_question("How common are chronic hives?")
    assert answering(q, [AGES, TRIAL, RATE]) == [RATE]
    assert answering(q, [AGES, TRIAL]) == [AGES]  # no rate: how often, in any words, still before a trial
