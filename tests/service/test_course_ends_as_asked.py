"""A question whether to stop after a time that a statement gives as a course's length is answered by advice on the
course as asked, not its reverse ("Can a patient whose pneumonia is improving stop antibiotics after five days?" said
"No." above "A total antibiotic course of five days is recommended for most patients who are improving")."""
from __future__ import annotations

from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.time_point import course_ends_as_asked, course_lengths


def test_the_lengths_a_statement_gives_a_course() -> None:
    assert course_lengths("A total drugx course of five days is recommended.") == frozenset({5})
    assert course_lengths("A two-week course is enough.") == frozenset({14})
    assert course_lengths("Review the patient after five days.") == frozenset()  # a time, no course
    assert course_lengths("Treatment usually lasts about 12 weeks.") == frozenset()


def test_a_course_ends_as_asked_only_at_the_asked_time() -> None:
    stated = "A total drugx course of five days is recommended for most patients who are improving."
    assert course_ends_as_asked("Can drugx be stopped after five days?", stated)
    assert not course_ends_as_asked("Can drugx be stopped after three days?", stated)
    assert not course_ends_as_asked("Can drugx be stopped?", stated)


def test_on_the_default_corpus(loaded_index: Index) -> None:
    # (Asked "Can a patient whose pneumonia is improving stop ...?", whose reading finds no topic, the course's advice
    # leads only at the lead floor of a question without one, 0.9: it scored 0.80 at fused rank 2 on an AVX-512 CPU,
    # its passage 0.001 of cosine behind another in the dense ranking, and the answer was "uncertain", closest evidence
    # only. Read with its topic, as here, the advice leads by naming both, at 0.92; without ``course_ends_as_asked``
    # each question here is answered "No.".)
    for asked in ("Can a patient with improving pneumonia stop antibiotics after five days?",
                  "Should antibiotics for pneumonia be stopped after five days if the patient is improving?"):
        assert answer_question(loaded_index, asked).verdict == "yes"
