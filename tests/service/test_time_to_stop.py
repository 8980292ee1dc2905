""""How long should X continue before trying to stop it?" asks when to stop: a statement on stopping or stepping down
answers before one on how long to try X, and may be quoted as the closest evidence though the relevance model ranks
it lower (down to the margin a guideline's advice competes for the lead at)."""
from __future__ import annotations

from index.search import Index
from service.answer.lead import asks_time_to_stop, misses_shape
from service.answer.pipeline import answer_question
from service.answer.question import read_question

REVIEW = ("Clinicians should review the need for zorbinol after about 6 to 12 months of good control, when a gradual "
          "withdrawal can be considered.")
TRIAL = "Zorbinol should be tried for at least two to three months before it is judged ineffective."


def test_how_long_before_stopping_asks_for_stopping() -> None:
    q = read_question("How long should zorbinol continue before trying to stop it?")
    assert asks_time_to_stop(q)
    assert not misses_shape(REVIEW, q)
    assert misses_shape(TRIAL, q)
    # How long to go on with it, no stopping named: any course's length answers.
    assert not asks_time_to_stop(read_question("How long should zorbinol be continued after the gizmo has cleared?"))


def test_the_review_before_withdrawal_opens_the_closest_evidence(loaded_index: Index) -> None:
    # The default corpus; no topic is read, and the closest evidence opened with how long to try a preventive drug.
    answer = answer_question(loaded_index, "How long should migraine prevention continue before trying to stop it?")
    first = next(s.text for s in answer.bottom_line.statements if s.origin == "source")
    assert first.startswith("Clinicians should review the need for preventive treatment after about 6 to 12 months")
