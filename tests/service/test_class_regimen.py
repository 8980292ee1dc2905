"""A question on a treatment's regimen ("How long should drugx be given?", its follow-up "For how many days?") is
answered by the course its source states of a class the source says the treatment is one of ("A total antibiotic
course of five days ..." beside "Drugx is the recommended first-line antibiotic ..."), or, where the source gives no
length, by its statement on the duration itself (``class_regimen``; ``retrieval.retrieve`` takes a guideline's passage
on the asked regimen past its quota; ``question`` and ``regimen`` read "For how many days?" as how long)."""
from __future__ import annotations

from index.lexical import tokenize
from index.search import Index
from ingest.models import DocumentKind
from service.answer.class_regimen import with_class_regimen
from service.answer.pipeline import answer_question
from service.answer.question import question_type
from service.answer.regimen import regimen_asked
from tests.service.candidates import scored
from tests.service.corpora import lead_text

DRUGX = frozenset(tokenize("drugx"))
GUIDELINE = DocumentKind.GUIDELINE


def test_for_how_many_days_asks_how_long() -> None:
    assert question_type("For how many days?") == "dosing"
    assert regimen_asked("For how many days?") == "course"
    assert regimen_asked("How many weeks should drugx be given?") == "course"
    assert regimen_asked("How many days a month do attacks occur?") != "course"  # how often, not how long


def test_the_course_stated_of_the_class_is_direct() -> None:
    first = scored("Drugx is the recommended first-line antibiotic for pneumonia.", 1.0, "g", GUIDELINE)
    course = scored("A total antibiotic course of five days is recommended.", 0.6, "g", GUIDELINE, i=False)
    other = scored("A total steroid course of five days is recommended.", 0.6, "g", GUIDELINE, i=False)
    marked = with_class_regimen([first, course, other], DRUGX, "course")
    assert [c.direct for c in marked] == [False, True, False]  # the class's course; not another class's
    # The treatment's own course answers before its class's: nothing is marked then.
    own = scored("Drugx should be given for seven days.", 0.9, "g", GUIDELINE)
    assert not any(c.direct for c in with_class_regimen([first, own, course], DRUGX, "course"))


def _follow_up(index: Index, first: str, then: str) -> str:
    return lead_text(answer_question(index, then, follows=answer_question(index, first)))


def test_how_many_days_is_answered_by_the_course(loaded_index: Index) -> None:
    # The default corpus: the follow-up repeated the first-line advice.
    assert _follow_up(loaded_index, "Is amoxicillin recommended for community-acquired pneumonia?",
                      "For how many days?").startswith("A total antibiotic course of five days")


def test_no_length_stated_is_answered_by_the_duration_named(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "For how many days?", follows=answer_question(
        loaded_index, "Is amoxicillin recommended for acute otitis media?"))
    assert answer.bottom_line.text.startswith("The statements quoted here do not state how long")
    assert lead_text(answer) == "Recommendations on age thresholds and antibiotic duration differ between countries."
