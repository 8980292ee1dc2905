"""The bottom line's support gives a study's result before a finding it says holds mainly or only in some of the
people studied (``lead.choose_support``, ``lead.in_subgroup``): "Does vitamin K2 improve arterial stiffness?" quoted
the trial's pulse wave velocity finding "mainly in the women whose arterial stiffness at baseline was above the
median" beside its lead once another source's statement moved the salience a little."""
from __future__ import annotations

from dataclasses import replace

from index.lexical import tokenize
from service.answer.lead import choose_support, in_subgroup
from service.answer.scoring import Candidate
from tests.service.candidates import candidate, document, hit

LEAD = "One randomized trial found that drugx improved arterial stiffness."
MAIN = "Over three years, the stiffness index improved in the drugx group compared with the placebo group."
SUBGROUP = ("Pulse wave velocity improved with drugx mainly in the women whose arterial stiffness at baseline was "
            "above the median.")


def _from(text: str, doc_id: str) -> Candidate:
    c = candidate(text, i=True, c=True)
    return replace(c, hit=hit(document(doc_id), text), terms=frozenset(tokenize(text)))


def test_which_findings_hold_in_a_subgroup() -> None:
    assert in_subgroup(SUBGROUP)
    assert in_subgroup("The benefit was seen only in patients with severe disease.")
    assert not in_subgroup(MAIN)
    assert not in_subgroup("Drugx improved stiffness in women.")  # the people studied, no subgroup of them


def test_the_main_result_is_quoted_before_the_subgroup_finding() -> None:
    lead, main, subgroup = _from(LEAD, "review"), _from(MAIN, "trial"), _from(SUBGROUP, "trial-2")
    salient = {lead.text: 2.0, subgroup.text: 1.5, main.text: 1.4}  # the subgroup finding a little more salient
    assert choose_support([lead, subgroup, main], lead, salient=salient)[0] is main
