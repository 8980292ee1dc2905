"""What a statement says, read for the asked thing (session 58): a note whose whole news is whom the advice around it
leaves out carries no yes or no, and a gap stated in one item of a list stored as one sentence is no gap on another
item of it."""
from __future__ import annotations

from index.lexical import tokenize
from ingest.models import DocumentKind
from service.answer.evidence import answers_directly, reports_finding
from service.answer.not_applying import asks_scope, scope_only
from service.answer.routing import gap_on_asked
from service.answer.verdict import decide, denies_only_harm_rise, may_carry_verdict
from tests.service.candidates import scored

_NOTE = ("Note: This advice is not meant for adults who are thinking of gizmo therapy to ease wobble "
         "spells, such as night sweats or dry skin.")
_NOTE_ON = _NOTE + " It also does not apply to adults whose wobbleosis began early (primary gizmo failure)."


def test_a_note_of_whom_advice_leaves_out_is_scope_only() -> None:
    assert scope_only(_NOTE) and scope_only(_NOTE_ON)
    # A subject of its own says something of that thing; advice before the note is advice.
    assert not scope_only("The dose ceiling of gizmocillin does not apply to children.")
    assert not scope_only("Offer gizmo therapy to adults at risk. It does not apply to adults who are pregnant.")
    assert asks_scope("Does the gizmo advice apply to adults with wobble spells?")
    assert not asks_scope("Is gizmo therapy recommended to prevent wobbleosis in older adults?")


def test_a_scope_note_carries_no_verdict() -> None:
    question = "Is gizmo therapy recommended to prevent wobbleosis in older adults?"
    topic = frozenset(tokenize("gizmo therapy wobbleosis older adults"))
    note = scored(_NOTE, 0.99, "g-note", DocumentKind.GUIDELINE, direct=True)
    # The model read the note's "recommendations" as a yes to the advice it scopes; alone it is no ground at all.
    assert decide(question, [note], [note], topic=topic)[0] == "insufficient"


_LIST = ("For people with wobbleosis, consider the following traits not useful for spotting those at raised risk of "
         "unsafe cycling: A person's self-rating of cycling skill (Level A) Lack of route planning (Level C) There is "
         "insufficient evidence on the benefit of gizmo testing, after allowing for how severe the wobbleosis is "
         "(Level U).")


def test_a_gap_on_another_list_item_is_no_gap_on_the_asked_one() -> None:
    asked = frozenset(tokenize("person's self-rating of cycling skill"))
    topic = asked | frozenset(tokenize("wobbleosis"))
    assert not gap_on_asked(_LIST, asked, topic)
    assert reports_finding(_LIST, asked, topic) and not reports_finding(_LIST)
    c = scored(_LIST, 0.95, "g-list", DocumentKind.GUIDELINE, direct=True)
    assert answers_directly(c, asked=asked, topic=topic) and not answers_directly(c)
    assert may_carry_verdict(c, asked=asked, topic=topic) and not may_carry_verdict(c)
    # Asked of the item the gap is on, the gap counts; so does any gap without the question's terms.
    testing = frozenset(tokenize("gizmo testing"))
    assert gap_on_asked(_LIST, testing, testing | frozenset(tokenize("wobbleosis")))
    assert gap_on_asked(_LIST)
    # A gap clause naming a term of the question no other clause names is on the asked thing.
    assert gap_on_asked("Gizmo therapy eased wobble spells. Data in children are lacking.",
                        frozenset(tokenize("gizmo therapy")), frozenset(tokenize("gizmo therapy wobble children")))
    # ... and a whole statement of gaps is one.
    assert gap_on_asked("Evidence on gizmo therapy for wobbleosis is limited.", frozenset(tokenize("gizmo therapy")),
                        frozenset(tokenize("gizmo therapy wobbleosis")))


def test_a_rise_after_a_preposition_is_no_rise_denied() -> None:
    # "not useful for spotting those at raised risk": the usefulness is denied, not a rise of harm.
    assert not denies_only_harm_rise("Regard these traits as not useful for spotting people at increased risk of "
                                     "unsafe cycling.")
    assert denies_only_harm_rise("The risk of complications is not substantially increased by watchful waiting.")
    assert denies_only_harm_rise("There was no significant increase in serious adverse events.")
