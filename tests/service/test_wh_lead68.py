"""Questions that ask what, which, how long or when (session 68): the sentence that supplies the kind of answer asked
leads, and such a question takes no yes or no. Invented names throughout (gizmolol, frobnitis, zorbazole)."""
from __future__ import annotations

from service.answer.question import as_dash_question, read_question


def test_a_thing_asked_how_long_after_a_dash_takes_no_yes_or_no() -> None:
    # Read as an act, "Should I gizmolol 15-year-old with frobnitis for how long?", the thing's name stood as a verb and
    # the answer leaned yes above the rule that gives the course's length.
    typed = "15yo with frobnitis, moderate - gizmolol for how long?"
    assert as_dash_question("15-year-old with frobnitis, moderate - gizmolol for how long?") == \
        "15-year-old with frobnitis, moderate - gizmolol for how long?"
    assert not read_question(typed).yes_no
    assert not read_question("man with frobnitis - gizmolol at what dose?").yes_no


def test_an_act_or_a_quality_asked_after_a_dash_is_still_read() -> None:
    assert read_question("man with frobnitis on drugx - should I switch to gizmolol?").yes_no
    assert as_dash_question("gizmolol in a man with frobnitis - is it safe?") == \
        "Is gizmolol safe in a man with frobnitis?"
