"""Questions that ask what, which, how long or when (session 68): the sentence that supplies the kind of answer asked
leads, and such a question takes no yes or no. Invented names throughout (gizmolol, frobnitis, zorbazole)."""
from __future__ import annotations

from dataclasses import replace

from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind, Grade
from service.answer.asked_shape import BEGUN_STATED
from service.answer.case_state import for_another_state_text
from service.answer.footnote import noted_advice
from service.answer.grade_row import conditioned_on_failure, grade_row_lead
from service.answer.lead import states_span_asked
from service.answer.pipeline import closest_statements
from service.answer.question import as_dash_question, read_question
from service.answer.scoring import Candidate, quotable, sentence_terms
from service.answer.tuning import AnswerTuning
from tests.service.candidates import passage, scored

GUIDE = DocumentKind.GUIDELINE

_STRONG = Grade(strength="strong", certainty="moderate", text="1B")


def test_a_thing_asked_how_long_after_a_dash_takes_no_yes_or_no() -> None:
    # Read as an act, "Should I gizmolol 15-year-old with frobnitis for how long?", the thing's name stood as a verb and
    # the answer leaned yes above the rule that gives the course's length.
    typed = "15yo with frobnitis, moderate - gizmolol for how long?"
    assert as_dash_question("15-year-old with frobnitis, moderate - gizmolol for how long?") == \
        "15-year-old with frobnitis, moderate - gizmolol for how long?"
    assert not read_question(typed).yes_no
    assert not read_question("man with frobnitis - gizmolol at what dose?").yes_no


def test_a_rank_asked_after_a_dash_asks_which_thing_holds_it() -> None:
    # Read as a thing to give, "Should first drug be given to a 70-year-old man ...?" took an "uncertain".
    for typed in ("70M with bothersome frobnitis, conservative measures failed - first drug?",
                  "70M with frobnitis - initial test?", "man with frobnitis - best antibiotic?"):
        assert not read_question(typed).yes_no, typed
    assert read_question("3-month-old with gizmo fever in both ears - immediate gizmocillin?").yes_no


def test_an_act_or_a_quality_asked_after_a_dash_is_still_read() -> None:
    assert read_question("man with frobnitis on drugx - should I switch to gizmolol?").yes_no
    assert as_dash_question("gizmolol in a man with frobnitis - is it safe?") == \
        "Is gizmolol safe in a man with frobnitis?"


def _frob_hit(sentences: tuple[str, ...], graded: tuple[int, ...]) -> Hit:
    text, spans = passage(*sentences)
    chunk = Chunk(id="g1#0", doc_id="g1", heading=(), text=text, sentences=spans,
                  grades=tuple((i, _STRONG) for i in graded))
    doc = Document(id="g1", title="Frobnitis", kind=DocumentKind.GUIDELINE, source="Test", year=2020, authors="",
                   url="", path="g1", sha256="", sections=())
    return Hit(chunk=chunk, document=doc, rank=1, score=1.0, dense=0.7, lexical=1.0)


def test_a_denial_inside_an_aside_does_not_deny_the_rank_after_it() -> None:
    assert BEGUN_STATED.search("Zorbasone sprays (swallowed rather than inhaled, for 8 weeks) are a first-line "
                               "therapy for frobnitis.")
    assert BEGUN_STATED.search("Avoid gizmazole (a zorb) as first-line therapy for frobnitis.") is None


def test_graded_advice_giving_the_first_line_asked_leads_when_it_stands_in() -> None:
    # The stand-in took the place of the note it stood in for, second, under advice on a diagnostic trial of the very
    # drug the case says did not help.
    q = read_question("frobnitis confirmed on biopsy, gizmazole didn't help - first-line drug?")
    assert q.intervention is None and q.condition is None and not q.yes_no
    trial = "Patients with suspected frobnitis should receive a 2-month course of gizmazole, then a scope."
    note = "A clinical response does not establish the cause of frobnitis."
    first = ("Zorbasone sprays (swallowed rather than inhaled, for 8 weeks) are a first-line drug therapy for "
             "frobnitis.")
    h = _frob_hit((trial, note, first), (0, 2))
    ranked = [Candidate(trial, h, 0.8, 0.3, sentence_terms(trial), False, False),
              Candidate(note, h, 0.75, 0.1, sentence_terms(note), False, False)]
    stand_in = Candidate(first, h, 0.2, 0.4, sentence_terms(first), False, False, stand_in=True)
    quoted = closest_statements(ranked, q, stand_ins=[stand_in])
    assert [c.text for c in quoted][:2] == [first, trial]


def test_a_course_length_answers_how_long_a_trial_before_an_event() -> None:
    course = "Patients with suspected frobnitis should receive a 2-month course of gizmazole, then a scope."
    assert states_span_asked(course, "how long a gizmazole trial before scoping again?")
    # (a wait before an act is no course: "a 2-month course" says nothing of how long one may wait)
    assert not states_span_asked(course, "how long can I wait before scoping again?")


def test_advice_giving_the_trial_length_leads_closest_evidence() -> None:
    q = read_question("adult with dysphagia and frobnitis on biopsy - how long a gizmazole trial before scoping again?")
    assert q.intervention is None and q.condition is None
    h = _frob_hit(("Frobnitis biopsies are required to diagnose frobnitis; 2 biopsies should be obtained.",
                   "Patients with suspected frobnitis should receive a 2-month course of gizmazole, then a scope."), ())
    needed = "Frobnitis biopsies are required to diagnose frobnitis; 2 biopsies should be obtained."
    biopsies = Candidate(needed, h, 0.9, 0.3, sentence_terms(needed), False, False)
    course = "Patients with suspected frobnitis should receive a 2-month course of gizmazole, then a scope."
    trial = Candidate(course, h, 0.6, 0.3, sentence_terms(course), False, False)
    assert closest_statements([biopsies, trial], q, AnswerTuning(closest_statements=1)) == [trial]


_FAILED_ROW = "If removal of stage 0 gizmoma leaves an inadequate rim, talk the next steps over with the team."
_ROW_0 = "Consider a rim of 5 mm or more of normal skin when removing stage 0 gizmoma."
_ROW_2 = "Offer removal of stage II gizmoma with a rim of 20 mm or more of normal skin."


def _rows() -> list[Candidate]:
    return [scored(_FAILED_ROW, 0.92, "g1", GUIDE, i=False, c=False),
            scored(_ROW_0, 0.9, "g1", GUIDE, i=False, c=False),
            scored(_ROW_2, 0.89, "g1", GUIDE, i=False, c=False)]


def test_the_row_for_the_asked_stage_leads() -> None:
    q = read_question("stage II gizmoma on the forearm - what excision margin?")
    assert not q.yes_no
    rows = _rows()
    lead = grade_row_lead(q, rows, rows[1], 0.8)
    assert lead is not None and lead.text == _ROW_2 and lead.direct


def test_asked_again_of_another_stage_the_row_giving_the_margin_leads_before_the_failed_one() -> None:
    q = replace(read_question("stage II gizmoma on the forearm - what excision margin if the histology were only "
                              "stage 0 in situ?"), as_asked="and if the histology were only stage 0 in situ?")
    rows = _rows()
    lead = grade_row_lead(q, rows, rows[0], 0.8)
    assert lead is not None and lead.text == _ROW_0
    assert conditioned_on_failure(_FAILED_ROW, "stage 0 gizmoma - what margin?")
    assert not conditioned_on_failure(_FAILED_ROW, "stage 0 gizmoma, margin not achieved - what next?")


def test_a_yes_no_question_or_one_naming_no_grade_keeps_its_lead() -> None:
    rows = _rows()
    for asked in ("Is a 2 cm margin enough for stage II gizmoma?", "gizmoma on the forearm - what excision margin?"):
        assert grade_row_lead(read_question(asked), rows, rows[1], 0.8) is rows[1]


def test_stage_0_is_another_stage_than_stage_ii() -> None:
    assert for_another_state_text("stage II gizmoma on the forearm - what excision margin?", _ROW_0)
    assert not for_another_state_text("stage 0 gizmoma on the forearm - what excision margin?", _ROW_0)


_MARKED = ("For adults with frobnitis, the panel recommends offering either gizmolol or zorbazole when both are being "
           "weighed.** (Strength of Recommendation: Strong For)")
_NOTE = ("**The advice on gizmolol vs. zorbazole differs from the one on wobble therapy, though the trials found the "
         "two alike.")


def test_a_recommendation_with_its_grade_in_words_after_a_footnote_mark_is_quotable() -> None:
    # The sentence splitter left the grade joined after the stars: the recommendation was no statement at all.
    assert quotable(_MARKED)


def test_a_footnote_gives_way_to_the_recommendation_it_notes() -> None:
    q = read_question("adult frobnitis, torn between gizmolol and zorbazole - which one?")
    assert q.intervention is None and q.condition is None
    note = scored(_NOTE, 0.86, "g1", GUIDE, i=False, c=False)
    advice = scored(_MARKED, 0.27, "g1", GUIDE, i=False, c=False)
    assert noted_advice(note, [note, advice]) is advice
    assert closest_statements([note, advice], q, AnswerTuning(closest_statements=1)) == [advice]
