"""A case note typed with its ask as a sentence of its own reads as the dash note it is (``note_shape``), and a rated
row's meaning on its scale, as the table reader writes it, is advice for or against (``polarity.against_use``)."""
from __future__ import annotations

import pytest

from service.answer.note_shape import dashed_note
from service.answer.polarity import against_use


@pytest.mark.parametrize(("typed", "read"), [
    ("52M gloopitis, score 3. start zorbicillin?", "52M gloopitis, score 3 - start zorbicillin?"),
    ("gloopitis, day 2. first test? ", "gloopitis, day 2 - first test?"),
    # two sentences of case: the last full stop is the one before the ask
    ("gloopitis. sore blip. zorbicillin ok?", "gloopitis. sore blip - zorbicillin ok?"),
])
def test_an_ask_after_a_full_stop_reads_as_after_a_dash(typed: str, read: str) -> None:
    assert dashed_note(typed) == read


@pytest.mark.parametrize("typed", [
    "Is zorbicillin effective for gloopitis?",  # one sentence
    "gloopitis, score 3 - zorbicillin? Or wait.",  # no final question sentence
    "old man - gloopitis. zorbicillin?",  # a dash already
    "Gloopitis. Zorbicillin?",  # a one-word heading, not a case
    "blip seen in gloopitis, e.g. zorbicillin?",  # an abbreviation's full stop
    "a 1.5 cm blip in gloopitis?",  # a decimal point
    "Zorbicillin clinics for gloopitis. Do they work?",  # a title, then a question of prose on its subject
])
def test_other_questions_are_read_as_typed(typed: str) -> None:
    assert dashed_note(typed) == typed


@pytest.mark.parametrize(("row", "against"), [
    ("Variant 2: Adult with gloopitis - Zorbicillin: Rating 2 (Usually not appropriate).", True),
    ("Variant 2: Adult with gloopitis - Zorbicillin: Rating 8 (Usually appropriate).", False),
    ("Variant 2: Adult with gloopitis - Zorbicillin: Rating 5 (May be appropriate).", False),
])
def test_a_rated_row_usually_not_appropriate_is_advice_against(row: str, against: bool) -> None:
    assert against_use(row) is against
