"""A finding on the asked thing in other words: the statements a yes/no verdict may lean on when none is direct.

A statement is direct when it pairs the question's intervention and condition in its own words
(``scoring.candidates``). A study's result often names the asked condition in part or by the abbreviation its
abstract defined ("In women with POP, bowel symptoms were significantly more common in those with pelvic pain
(OR 2.4 ...)" for "Is pelvic pain associated with bowel symptoms in women with pelvic organ prolapse?"), so no
statement of the study is direct, the verdict was "insufficient", and the bottom line quoted that very result as its
closest evidence beside it. Such a statement names the asked intervention, names some of the rest of what was asked,
and states a result in the grammar of one (a statistic, a comparison, an association, a null result): the verdict
may lean on it, shown as leaning so "from indirect evidence only" (``render.verdict_label``), as it leans on the
closest evidence of a question whose topic was not read. Grammar and the question's own terms; no topic named.
"""
from __future__ import annotations

import re
from functools import lru_cache

from service.answer.design import design_only
from service.answer.evidence import reports_finding
from service.answer.routing import GAP, NULL_RESULT, QUANTIFIED
from service.answer.scoring import Candidate, sentence_terms, states_aim

# A result in the words of one: how two things go together or differ ("significantly associated with", "correlated
# with", "more common in", "an independent risk factor for", "predicts"), or a change found ("significantly
# decreased"). With ``routing.QUANTIFIED`` (a share, an interval or a statistic) and ``routing.NULL_RESULT`` ("no
# significant difference", "did not reduce"). Grammar of reporting, no topic.
_RESULT_WORDS = re.compile(
    r"\b(?:significantly|(?:was|were|is|are|been)\s+(?:\w+ly\s+)?(?:associated|correlated|related|linked)\s+(?:with|to)|"
    r"correlat(?:es|ed)\s+with|(?:more|less)\s+(?:common|frequent|prevalent|likely|often)|"
    r"(?:independent\s+)?(?:risk\s+factor|predictors?)\s+(?:for|of)|predict(?:s|ed)\b)", re.I)
# ... unless what reads as one is asked or aimed at before it ("To determine whether X is associated with Y"; an aim
# run into the sentence before it, "... (WPBA).AIM: To explore the predictive validity ..."): a question, no result.
_ASKED_BEFORE = re.compile(r"\b(?:whether|aims?|objectives?|purpose|hypothesi[sz]ed|to\s+(?:investigate|assess|"
                           r"determine|examine|evaluate|test|explore|compare|analy[sz]e))\b", re.I)


@lru_cache(maxsize=20_000)
def states_result(text: str) -> bool:
    """Whether a statement states a result: a statistic or share (``routing.QUANTIFIED``), a null result
    (``routing.NULL_RESULT``) or a relation found (``_RESULT_WORDS``), none of them asked or aimed at before it
    (``_ASKED_BEFORE``), in a statement that reports a finding (``evidence.reports_finding``), not only how a study was
    done (``design.design_only``), not an aim (``scoring.states_aim``) and not a gap in the evidence (``routing.GAP``).
    """
    if states_aim(text) or GAP.search(text) or not reports_finding(text) or design_only(text):
        return False
    for pattern in (QUANTIFIED, NULL_RESULT, _RESULT_WORDS):
        found = pattern.search(text)
        if found is not None and not _ASKED_BEFORE.search(text[:found.start()]):
            return True
    return False


def names_it_itself(c: Candidate, intervention: frozenset[str]) -> bool:
    """Whether a statement's own words name the asked intervention (one of its ``intervention`` terms), or its source's
    title names none of them, so that what it names of it (an abbreviation its abstract defined) is its own: a
    statement that names it only through its title ("Cohorts measuring circulating dp-ucMGP have found ..." under a
    title on vitamin K2) reports on something else of the study's subject."""
    return (not intervention or not intervention.isdisjoint(sentence_terms(c.text))
            or intervention.isdisjoint(sentence_terms(c.hit.document.title)))


def findings_in_other_words(ranked: list[Candidate], floor: float, outcome: frozenset[str],
                            compared: frozenset[str] = frozenset(),
                            intervention: frozenset[str] = frozenset()) -> list[Candidate]:
    """The statements of ``ranked`` a verdict may lean on where none is direct, most relevant first: each the
    relevance model believes at least ``floor``, quotable as a finding (not an aim or an excerpt cut at its passage's
    edge, ``Candidate.closest_only``), naming the asked intervention (``Candidate.mentions_intervention``) and the
    condition or at least one term of the asked ``outcome`` (``verdict.asked_outcome``: the condition up to the people
    or setting it is asked in), and stating a result (``states_result``). A statement on the intervention with no word
    of the outcome may be on another ("X reduced diabetes-related end points" for "Does X reduce heart attacks in type
    2 diabetes?": a word of the people asked of is no word of what was asked of them); one naming the outcome without
    the intervention, on another exposure; one naming ``intervention`` only through its title, on something else
    (``names_it_itself``). Asked whether X beats something (``compared``: the terms only what it is
    compared with has), a result naming none of them is on X against something else."""
    return [c for c in ranked
            if c.anchored and not c.direct and not c.closest_only and c.score >= floor and c.mentions_intervention
            and (c.mentions_condition or not outcome.isdisjoint(c.terms))
            and (not compared or not compared.isdisjoint(c.terms)) and names_it_itself(c, intervention)
            and states_result(c.text)]


def leans_on_finding(c: Candidate) -> bool:
    """Whether a statement a verdict rests on is one ``findings_in_other_words`` gives it: not direct, on a question
    whose topic was read, naming the asked intervention and stating a result (``states_result``)."""
    return c.anchored and not c.direct and not c.closest_only and c.mentions_intervention and states_result(c.text)
