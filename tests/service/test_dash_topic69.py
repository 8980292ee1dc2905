"""A case note's thing and condition are never read across the dash between its case and its ask
(``question._shaped_topic``): "gloopitis calm for a year - can I stop zorbicillin?" is no question of "gloopitis calm"
for "year - can I stop zorbicillin"."""
from __future__ import annotations

import pytest

from service.answer.question import read_question


@pytest.mark.parametrize("typed", [
    "gloopitis calm for a yr - can i stop zorbicillin completely?",
    "adult gloopitis well controlled for a year - can we stop the zorbicillin?",
    "blip treated for 3 months \u2013 should I stop zorbicillin now?",
])
def test_no_topic_spans_the_dash_of_a_case_note(typed: str) -> None:
    q = read_question(typed)
    for part in (q.intervention, q.condition):
        assert part is None or not any(dash in part for dash in (" - ", " \u2013 ", " \u2014 ")), (typed, part)
        assert part is None or "stop" not in part.lower(), (typed, part)


def test_a_question_without_a_dash_keeps_its_for_reading() -> None:
    q = read_question("Is zorbicillin recommended for gloopitis?")
    assert (q.intervention, q.condition) == ("zorbicillin", "gloopitis")
