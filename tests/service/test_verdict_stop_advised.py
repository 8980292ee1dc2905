"""Asked whether to stop something in a circumstance, closest evidence that names it and advises stopping it there
("Drugx ... should be discontinued before conception ...") answers yes, not "insufficient" (session 54)."""
from __future__ import annotations

import pytest

from index.lexical import tokenize
from service.answer.verdict_stop_advised import stop_advised
from tests.service.corpora import answered, background_guidelines, built

QUESTION = "Should drugx be stopped in women with gizmoitis planning pregnancy?"
CONDITION = "women with gizmoitis planning pregnancy"
FORMS = (frozenset(tokenize("drugx")),)


@pytest.mark.parametrize("text, expected", [
    ("Drugx and drugy should be discontinued before conception or as soon as pregnancy is confirmed.", 0),
    ("Drugy should be discontinued before conception or as soon as pregnancy is confirmed.", None),  # another thing
    ("Drugx should be discontinued before elective surgery.", None),  # another circumstance
    ("Drugx should not be discontinued when pregnancy is confirmed.", None),  # advice to go on
])
def test_advice_to_stop_the_asked_thing_in_the_asked_circumstance(text: str, expected: int | None) -> None:
    assert stop_advised(QUESTION, CONDITION, [text], FORMS) == expected


def test_only_a_question_on_stopping_reads_it() -> None:
    text = "Drugx should be discontinued before conception or as soon as pregnancy is confirmed."
    assert stop_advised("Is drugx safe in women with gizmoitis planning pregnancy?", CONDITION, [text], FORMS) is None


GUIDELINE = """---
title: "Medicines before conception"
type: guideline
year: 2023
---
# Medicines before conception

Offer women who are planning to become pregnant a review of their medicines before conception.
Drugx and drugy should be discontinued before conception or as soon as pregnancy is confirmed. Folic acid is
recommended from three months before conception.
"""


def test_closest_advice_to_stop_is_a_yes(tmp_path_factory: pytest.TempPathFactory) -> None:
    path = built(tmp_path_factory, "stopadvised", {"gizmo.md": GUIDELINE,
                                                   **background_guidelines("Migraine prevention", "Fever in children")})
    answer = answered(path, QUESTION)
    assert answer.verdict == "yes"
    assert "discontinued" in answer.bottom_line.text
