"""A guideline's deciding sentence that the answer lost before scoring or selection (session 67's stage-of-loss count,
``scripts/deciding_stage.py``): a headline whose criteria are items joined by "or" with no stop (nothing in its passage
was quotable, so the passage was never retrieved), graded advice kept under the floors with no quote of its source left
to stand in for, and a span bounded by a sign ("≤3 weeks") that "how soon?" asks."""
from __future__ import annotations

from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind, Grade
from service.answer.graded import naming_most_asked
from service.answer.lead import advises_span_asked, misses_shape
from service.answer.pipeline import closest_statements
from service.answer.question import read_question
from service.answer.scoring import Candidate, has_quotable, sentence_terms, statements

from tests.service.candidates import passage

# A headline of advice with its criteria as items, each joined to the next by "or", the last with no stop, and a
# paragraph after the list.
_HEAD = "Gizmotrol together with a steroid is advised as an option for adults with wobble fever, only if:"
_ITEMS = ("The fever has come back after two courses of plain rest or",
          "Rest cannot be kept up for a week or",
          "A wobble crisis happened within the last year")
_AFTER = "Clinics that already prescribe gizmotrol may continue until the patient and doctor agree to stop."


def test_headline_with_items_joined_by_or_is_one_statement_to_its_last_item() -> None:
    text, spans = passage(_HEAD, *_ITEMS, _AFTER)
    found = [s for s, _ in statements(text, spans)]
    assert found[0] == " ".join((_HEAD, *_ITEMS))
    assert _AFTER in found  # the paragraph after the list stays a statement of its own


def test_passage_holding_only_such_a_list_has_a_quote() -> None:
    # Alone in its passage, the headline and its items were nothing to quote: the passage was never retrieved.
    text, spans = passage(_HEAD, *_ITEMS)
    assert has_quotable(text, spans)


def test_label_list_or_a_single_unjoined_item_stays_unquoted() -> None:
    # Items joined by nothing are a label's list, and one item after a headline may be the first of a list cut off.
    text, spans = passage("Outcomes the panel looked at for wobble fever were these:", "Days in bed",
                          "Return to school", "Wobble crises")
    assert statements(text, spans) == []
    text, spans = passage(_HEAD, "A wobble crisis happened within the last year")
    assert statements(text, spans) == []


_GRADE = Grade(strength="conditional", certainty="low", text="Weak")
_CASE = "40F, arthroscopy of the knee last week - how soon can she resume full kneeling?"


def _stand_in(text: str) -> Candidate:
    """``text`` as a guideline's graded sentence kept under the floors as a stand-in (``scoring._graded_kept``)."""
    chunk_text, spans = passage(text)
    doc = Document(id="g9", title="Knee scopes", kind=DocumentKind.GUIDELINE, source="Test", year=2020, authors="",
                   url="", path="g9", sha256="", sections=())
    chunk = Chunk(id="g9#0", doc_id="g9", heading=(), text=chunk_text, sentences=spans, grades=((0, _GRADE),))
    hit = Hit(chunk=chunk, document=doc, rank=1, score=1.0, dense=0.6, lexical=1.0)
    return Candidate(text, hit, 0.2, 0.1, sentence_terms(text), False, False, stand_in=True)


def test_graded_stand_in_naming_most_of_the_ask_is_quoted_when_nothing_else_is_left() -> None:
    q = read_question(_CASE)
    assert q.intervention is None and q.condition is None
    answering = _stand_in("The panel suggests that full kneeling may resume within 6 weeks of the scope.")
    other = _stand_in("The panel suggests no antibiotic before a knee scope.")
    assert naming_most_asked([other, answering], _CASE) is answering
    assert [c.text for c in closest_statements([], q, stand_ins=[other, answering])] == [answering.text]


def test_graded_stand_in_naming_little_of_the_ask_is_not_quoted_alone() -> None:
    q = read_question(_CASE)
    passing = _stand_in("The panel suggests a brace may be worn for kneeling in the garden.")
    assert naming_most_asked([passing], _CASE) is None
    assert closest_statements([], q, stand_ins=[passing]) == []


def test_span_bounded_by_a_sign_answers_how_soon() -> None:
    q = read_question(_CASE)
    advice = "The panel suggests early (≤3 weeks) return to kneeling after a knee scope."
    assert advises_span_asked(advice, q)
    assert not misses_shape(advice, q)
    assert misses_shape("The panel suggests early return to kneeling after a knee scope.", q)


def test_items_of_one_sentence_with_a_stop_on_the_last_are_still_read_to_the_stop() -> None:
    # Items joined by nothing, the last with a stop: one sentence cut into items, read to its stop as before.
    head = "Gizmotrol should be avoided in adults who have a condition from the list below:"
    text, spans = passage(head, "A wobble crisis in the past year", "Kidney failure", "Pregnancy.")
    assert [s for s, _ in statements(text, spans)] == [" ".join((head, "A wobble crisis in the past year",
                                                                  "Kidney failure", "Pregnancy."))]


def test_age_bounded_by_a_sign_is_no_span() -> None:
    # "<4 years old" says whom advice is for: no answer to "how soon?" (it led "how long to wait?" over the span).
    q = read_question(_CASE)
    assert not advises_span_asked("Clinicians should offer a splint to a child <4 years old after a knee scope.", q)
