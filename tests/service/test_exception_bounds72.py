"""An exception that sets a bound on a measure ("... except for those diagnosed before 25 weeks and those with fasting
wobble levels >110 mg/dL, in which case X is preferred") excepts a case whose values meet it, though the case names
none of the exception's words: "Yes." to the advised thing had stood above the very sentence that excepts the case.
Every topic and name here is made up."""
from __future__ import annotations

import pytest

from service.answer.exceptions import excepted_case, on_exception
from service.answer.question import read_question

ADVICE = ("The panel suggests that zorbiride is a suitable alternative to gizmulin for women with gestational wobble "
          "who fail a 1-week trial of diet, except for those women diagnosed before 25 weeks and for those women with "
          "fasting wobble levels >110 mg/dL, in which case gizmulin is preferred.")


@pytest.mark.parametrize("note", [
    "31F gestational wobble dx at 22 wks, fasting wobble 100 after a week of diet - switch her to zorbiride?",
    "31F gestational wobble dx at 30 wks, fasting wobble 118 after a week of diet - switch her to zorbiride?",
])
def test_a_case_value_that_meets_the_exceptions_bound_is_excepted(note: str) -> None:
    question = read_question(note).text
    assert excepted_case(question, ADVICE)
    assert on_exception(question, "yes", [ADVICE]) == "no"


def test_a_case_whose_values_meet_no_bound_of_the_exception_is_not_excepted() -> None:
    question = read_question("31F gestational wobble dx at 30 wks, fasting wobble 95 after a week of diet - switch "
                             "her to zorbiride?").text
    assert not excepted_case(question, ADVICE)
    assert on_exception(question, "yes", [ADVICE]) == "yes"


@pytest.mark.parametrize(("exception", "met"), [
    ("except in adults over 65 years", True),
    ("except in adults under 18 years", False),
])
def test_an_age_bound_reads_the_age_the_case_gives(exception: str, met: bool) -> None:
    advice = f"Zorbiride is recommended for gizmo wobble in adults, {exception}."
    assert excepted_case("Should a 70-year-old man with gizmo wobble take zorbiride?", advice) is met
