"""A name written beside another name of the same thing ("vitamin K2 MK-7") is read as the first alone, and a
lead-less no that rests on unquoted statements beside quotes that deny nothing is uncertain (session 51, tester B)."""

from __future__ import annotations

from service.answer.concepts import Lexicon
from index.search import Index
from service.answer.pipeline import answer_question

def _lexicon() -> Lexicon:
    # "Gizmo G2 is the collective name for the gizmotropins ... Gizmotropin-7 (GZ-7) ..."
    return Lexicon({"GZ-7": {"gizmotropin-7"}}, kinds={"gizmo G2": {"gizmotropins"}})


def test_a_numbered_kind_beside_its_class_is_left_out() -> None:
    lexicon = _lexicon()
    kinds = lexicon.kinds("gizmo G2")
    assert kinds, "the test corpus must name kinds of gizmotropin"
    assert lexicon.apposed_less("Can I take a gizmo G2 GZ-7 tablet?") == "Can I take a gizmo G2 tablet?"
    assert lexicon.apposed_less("Can I take a gizmo G2 (GZ-7) tablet?") == "Can I take a gizmo G2 (GZ-7) tablet?"


def test_names_not_of_one_thing_stay() -> None:
    lexicon = _lexicon()
    assert lexicon.apposed_less("Can I take gizmotropin with GZ-7?") == "Can I take gizmotropin with GZ-7?"
    assert lexicon.apposed_less("Is a drug such as GZ-7 useful?") == "Is a drug such as GZ-7 useful?"


def test_warfarin_and_vitamin_k2_mk7_is_a_no(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Can my patient on warfarin take a vitamin K2 MK-7 supplement?")
    assert answer.verdict == "no"
