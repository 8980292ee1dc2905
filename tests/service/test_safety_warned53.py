"""Safety asked in a state, on the default corpus (blind53a): a warning that names the asked state is a no, never a yes;
a warning said of the class the corpus says the thing is of, in other words than the asked state ("can prolong the QT
interval" for "a long QT interval"), is found and leads; and a state no quote names gets no yes from statements on
other people. Each question failed on main at 511e88c ("Yes." over the fluoroquinolone warning; no evidence for
clarithromycin in long QT; "Yes." from otitis-media sentences for breastfeeding)."""
from __future__ import annotations

import pytest

from index.search import Index
from service.answer.pipeline import answer_question
from tests.service.corpora import lead_text

FLUOROQUINOLONE_WARNING = "Fluoroquinolones carry warnings about tendon rupture, aortic aneurysm"
QT_WARNING = "Macrolides and fluoroquinolones can prolong the QT interval."


@pytest.mark.parametrize("question", [
    "Is a fluoroquinolone ok for pneumonia in a patient with an aortic aneurysm?",
    "Is a fluoroquinolone safe for a patient with an aortic aneurysm?",
    "Is a fluoroquinolone fine for a patient with an aortic aneurysm?",
    "Is a fluoroquinolone alright in a patient with an aortic aneurysm?",
])
def test_a_warning_naming_the_asked_state_is_a_no(loaded_index: Index, question: str) -> None:
    answer = answer_question(loaded_index, question)
    assert answer.verdict == "no"
    assert lead_text(answer).startswith(FLUOROQUINOLONE_WARNING)


def test_a_class_warning_in_other_words_answers_long_qt(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Is clarithromycin safe in a patient with a long QT interval?")
    assert answer.verdict == "no"
    assert lead_text(answer) == QT_WARNING


def test_a_follow_up_that_states_the_patient_first(loaded_index: Index) -> None:
    first = answer_question(loaded_index, "Which antibiotics for moderate severity CAP admitted to hospital?")
    answer = answer_question(loaded_index, "pt has long QT, is clarithromycin ok?", follows=first)
    assert answer.verdict == "no"
    assert lead_text(answer) == QT_WARNING


def test_no_yes_for_a_state_no_quote_names(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Is amoxicillin safe while breastfeeding?")
    assert answer.verdict in ("insufficient", "uncertain")
    assert "do not state anything on amoxicillin and breastfeeding" in answer.bottom_line.text
