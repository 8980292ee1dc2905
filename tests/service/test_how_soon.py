""""How soon ...?" asks a span of time: a statement that gives one ("within one week") answers before one that does
not, with or without a topic read."""
from __future__ import annotations

from index.search import Index
from service.answer.lead import misses_shape
from service.answer.pipeline import answer_question
from service.answer.question import read_question


def test_how_soon_is_answered_by_a_span_of_time() -> None:
    q = read_question("How soon should a patient starting zorbinol be reviewed?")
    assert not misses_shape("Clinicians should review patients within two weeks of starting zorbinol.", q)
    assert misses_shape("Zorbinol is recommended for moderate to severe gizmo disorder.", q)


def test_the_review_interval_opens_the_closest_evidence(loaded_index: Index) -> None:
    # The default corpus; no topic is read from the question, and the statement on when to review opened second.
    answer = answer_question(loaded_index, "How soon should a 22-year-old who starts an SSRI for depression be "
                                           "reviewed?")
    first = next(s.text for s in answer.bottom_line.statements if s.origin == "source")
    assert first.startswith("Clinicians should review patients within two weeks")
