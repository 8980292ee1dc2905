"""Closest evidence that settles a yes/no question: a guideline's advice on the asked thing for the asked case.

Most often a case note ("rural screening programme - can we use gizmo cone biopsy as the treatment?"), read with no
intervention or condition, or with case detail in them: its words are ones no statement shares. Its answer then has
no lead, quotes the guideline's advice on the very thing asked as "Closest evidence:", and shows the verdict read from
it only as a lean ("leans no, from closest evidence only"), or none. That advice is no indirect evidence: it names the
asked thing and the case it is asked for (``verdict_closest_advice``: the thing after the dash, a word of the case,
the people and values fitting), and a guideline's word on doing it is what the question asks. Such a statement is
the answer's lead, direct evidence from its guideline, and its way (for or against, as asked) is the verdict.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ingest.models import DocumentKind
from service.answer.case_state import for_other_case
from service.answer.case_values import verdict_for_values
from service.answer.further_group import narrowed_past_the_case
from service.answer.lead import kept_for_the_denied
from service.answer.models import Verdict
from service.answer.need import left_to_choice
from service.answer.polarity import as_asked
from service.answer.question import PEOPLE_WORDS, Question
from service.answer.reserved_state import outside_kept
from service.answer.rule_condition import scope_denied
from service.answer.scoring import Candidate
from service.answer.verdict_closest_advice import KindOf, asked_advice_way, closest_advice, dashed_case


class Settled(NamedTuple):
    """The verdict a closest statement settles a case note with, and the statement (the answer's lead)."""

    verdict: Verdict
    statement: Candidate


def settling_advice(question: Question, verdict: Verdict | None, behind: list[Candidate], closest: list[Candidate],
                    intervention_forms: tuple[frozenset[str], ...], kind_of: KindOf | None = None,
                    may_turn: bool = False) -> Settled | None:
    """The closest statement that settles ``question`` as direct evidence, with its verdict; None where none does.

    Only the first closest statement (the one the bottom line quotes first) is weighed, and only for a yes/no
    question. It settles where it is a guideline's advice on the asked thing in the asked case: read so by
    ``closest_advice``, or, where that finds no way (it reads the clause naming most of the case's words), by
    ``asked_advice_way`` on the asked thing's own terms. The way it points, as asked, is the verdict, whatever lean the
    verdict model read from that same statement (``behind``), where no rule turned that lean since (``may_turn``): the
    grammar of advice says which way it points. A yes or a no read from another statement is left as it is where the
    advice's differs, and so is the answer where another closest statement advises on the asked thing the other way:
    two ways are no settled answer. Only for a case note asking after its case, and never for advice with its own
    exception ("only if", "unless", "but not for ...")."""
    if not question.yes_no or not closest or dashed_case(question.as_asked or question.text) is None:
        return None  # (a question asking in all its words had its topic read: its "indirect" judged the topic)
    first = closest[0]
    if first.hit.document.kind != DocumentKind.GUIDELINE:
        return None
    asked = question.as_asked or question.text
    if for_other_case(asked, first, True):
        return None  # a rule on a case the question never names ("If severe kidney failure: do not use X")
    if narrowed_past_the_case(asked, first):
        return None  # advice for those of the asked people "who have" what the case never states (``further_group``)
    if scope_denied(asked, first.text, frozenset().union(*intervention_forms)):
        return None  # advice for people in a state the case denies ("... manic episodes" for "not manic")
    if EXCEPTING.search(first.text):
        return None  # advice with its own exception ("... for adults but not for children under 12"): for whom it holds
        # is for the rules that read the case against it (``rule_condition``, ``case_state``), not for its grammar
    rests_on_it = bool(behind) and behind[0] is first
    advised = closest_advice(question, [first], intervention_forms, kind_of)
    way = advised[0] if advised is not None else None
    if way is None:
        read = asked_advice_way(question, first, intervention_forms, kind_of)
        way = as_asked(question.text, "no" if read == "against" else "yes", first.text) if read else None
    if way == "yes" and left_to_choice(question.as_asked or question.text, first.text):
        way = "no"  # advice that leaves the asked thing to choice, for whether it must be done (``need``)
    if way == as_asked(question.text, "yes") and (outside_kept(asked, first.text) or kept_for_the_denied(asked,
                                                                                                       first.text)):
        # Advice keeping the thing for people in states the case denies ("reserved for patients with symptomatic Y"
        # for an asymptomatic patient): a no for them, as for a lead (``lead.kept_for_the_denied``).
        way = as_asked(question.text, "no")
    if way not in ("yes", "no") or (verdict in ("yes", "no") and way != verdict and not (may_turn and rests_on_it)):
        # (A yes or a no read from another statement stands, and so does one a rule read from this one, ``may_turn``
        # false: a rule reading the case's values against it, "bitten 3 days ago" against "who present within 48
        # hours", gives the case's way; the advice's grammar gives only its usual one.)
        return None
    if way == "yes":
        # A rule whose condition the case's value misses ("... when the sleepiness has lasted at least eight
        # weeks" for 3 weeks) is read against the case as a lead is (``case_values.verdict_for_values``): its only
        # condition missed is its no for the case; another condition missed, no settled answer.
        for_values = verdict_for_values(asked, "yes", first)
        if for_values != "yes":
            return Settled("no", first) if for_values == "no" and verdict != "yes" else None
    settled = Settled(way, first)
    # (Nor where another closest statement is advice on the asked thing the other way: "recommends X in women who also
    # have Y" beside "X is not for first-line use for the asked complaint" settles nothing.)
    for other in closest[1:]:
        rival = closest_advice(question, [other], intervention_forms, kind_of)
        if rival is not None and rival[0] != settled.verdict:
            return None
    return settled


# A clause of exception or condition in advice ("unless ...", "except ...", "only if ..."): the way it points for the
# usual case may not be the asked case's. Grammar.
EXCEPTING = re.compile(r"\b(?:unless|except(?:ing)?|only\s+(?:if|when|where|in|for)|provided|other\s+than|"
                        r"but\s+not\s+(?:for|in|to)|(?:and|or)\s+not\s+(?:for|in|to)\s+(?:those|" + PEOPLE_WORDS
                        + r"))\b", re.I)

