"""A range of degrees before one noun ("mild to moderate depression", "mild-to-moderate") names each degree's case of
it: advice for mild to moderate depression is advice for mild depression (session 48: "Is cognitive behavioural
therapy recommended for mild depression?" read its sentence as naming "mild" apart from "depression", which only
its source's title supplied)."""
from __future__ import annotations

from index.lexical import tokenize
from service.answer.concepts import concept, together
from service.answer.scoring import sentence_terms

_MILD = frozenset(tokenize("mild gizmoitis"))


def test_a_range_before_a_noun_names_its_first_degree_with_it() -> None:
    for said in ("Drugx is recommended for mild to moderate gizmoitis.", "Drugx helps mild-to-moderate gizmoitis."):
        assert _MILD in together(said, _MILD), said
        assert concept("mild gizmoitis").mentioned_in(sentence_terms(said), text=said), said
    # "to" elsewhere does not join a name's words: a purpose, or a word of it before "to" and another after two more.
    for said in ("Drugx is mild to take for gizmoitis.", "Mild pain due to severe gizmoitis was common."):
        assert _MILD not in together(said, _MILD), said

