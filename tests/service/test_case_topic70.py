"""The topic of a case note no question shape reads (``case_topic``): the thing its ask names and the part of its case
the corpus names beside it, taken where that reading finds a statement that answers (session 69's blind set: a
guideline's rule for the very case shown as closest evidence because the note read no topic). Every topic and name
here is made up."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.lexical import tokenize
from service.answer.case_topic import CaseTopic, acted_on, case_topic
from service.answer.question import read_question
from tests.service.corpora import answered, guideline_index, lead_text


@pytest.mark.parametrize(("ask", "thing"), [
    ("give oral zorbicillin?", "oral zorbicillin"),
    ("should I check GLIP levels before dosing?", "GLIP levels"),
    ("ok to start wobblomab for long-term maintenance?", "wobblomab"),
    ("is gizmo nerve stimulation a reasonable treatment option?", "gizmo nerve stimulation"),
    ("is zorbicillin recommended", "zorbicillin"),
    ("any blip imaging needed?", "blip imaging"),
    ("screening blipometry for gloom?", "screening blipometry"),
    # asks for which, how or when, compares, offers a choice, or has no thing past its opening
    ("which zorbicillin dose?", None),
    ("what concentration of zorbicillin?", None),
    ("zorbicillin or wobblomab?", None),
    ("is a blip scan better than a glim scan?", None),
    ("best first imaging test?", None),
    ("prescribe one or two zorbi pens?", None),
    ("does the zorbicillin dose need changing?", None),
    ("recommend?", None),
])
def test_the_thing_an_ask_names_is_read_by_its_grammar(ask: str, thing: str | None) -> None:
    assert acted_on(ask) == thing


# A corpus's chunks, as term sets: how many name some terms together.
CHUNKS = [frozenset(tokenize(text)) for text in (
    "Oral zorbicillin should be offered to adults with gizmo palsy.",
    "Zorbicillin shortens gizmo palsy in most adults.",
    "Gizmo palsy can follow a viral illness.",
    "Zorbicillin raises the glim level in a few people.",
    "A raised glim level needs no treatment.",
    "Glim levels rise with age.",
    "Zorbicillin and the glim level were measured.",
)]


def _count(terms: frozenset[str]) -> int:
    return sum(terms <= chunk for chunk in CHUNKS)


def _known(term: str) -> bool:
    return _count(frozenset([term])) > 0


@pytest.mark.parametrize(("note", "topic"), [
    # the case's part the corpus names beside the thing, less its age and sex and what follows it
    ("gizmo palsy, onset yesterday, 34M otherwise well - give oral zorbicillin?",
     CaseTopic("oral zorbicillin", "gizmo palsy", "oral")),
    ("52F with gizmo palsy since Monday - give zorbicillin?", CaseTopic("zorbicillin", "gizmo palsy", "zorbicillin")),
    # the first part named beside it about as often as the most named, not a value named more
    ("gizmo palsy, glim level normal - zorbicillin ok?", CaseTopic("zorbicillin", "gizmo palsy", "zorbicillin")),
    # an ask after a comma that opens as a question does
    ("gizmo palsy failing rest, is zorbicillin an option?", CaseTopic("zorbicillin", "gizmo palsy", "zorbicillin")),
    # parts that deny something or tell what is done are no condition; none named beside the thing: no condition
    ("no gizmo palsy, about to start wobble tea - zorbicillin?", CaseTopic("zorbicillin", None, "zorbicillin")),
    # a thing the corpus never writes, no case before the ask, or an ask for which: no topic
    ("gizmo palsy - give fizzbane?", None),
    ("Should zorbicillin be given for gizmo palsy?", None),
    ("gizmo palsy - which drug first?", None),
    ("gizmo palsy - zorbicillin? is a week of it enough?", None),
])
def test_a_case_notes_topic_is_its_asked_thing_and_the_case_part_the_corpus_names_beside_it(
        note: str, topic: CaseTopic | None) -> None:
    assert case_topic(note, _count, _known) == topic


RULE = ("For adults with new wobble palsy, oral zorbicillin should be offered to shorten the palsy (Level A). "
        "Wobble palsy often follows a viral illness and most adults recover within a month.")


@pytest.fixture(scope="module")
def wobble_palsy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A guideline on wobble palsy among others."""
    return guideline_index(tmp_path_factory, "wobble-palsy", "Wobble palsy in adults", RULE)


def test_a_case_note_of_several_parts_is_answered_by_the_rule_for_its_case(wobble_palsy: Path) -> None:
    note = "wobble palsy, onset yesterday, 34M otherwise well. give oral zorbicillin?"
    read = read_question("wobble palsy, onset yesterday, 34M otherwise well - give oral zorbicillin?")
    assert read.intervention is None and read.condition is None  # no shape reads it: the case topic does
    answer = answered(wobble_palsy, note)
    assert answer.verdict == "yes"
    assert lead_text(answer).startswith("For adults with new wobble palsy, oral zorbicillin should be offered")
    assert answer.intervention == "oral zorbicillin" and answer.condition == "wobble palsy"


def test_a_case_topic_that_finds_no_answering_statement_is_not_taken(wobble_palsy: Path) -> None:
    # (the thing is written, but nothing on it answers: the note is answered as read, with no topic)
    answer = answered(wobble_palsy, "wobble palsy, 34M otherwise well - give drugy?")
    assert answer.intervention is None and answer.condition is None


def test_a_follow_up_does_not_inherit_a_topic_read_from_the_case_notes_words(wobble_palsy: Path) -> None:
    first = answered(wobble_palsy, "wobble palsy, onset yesterday, 34M otherwise well. give oral zorbicillin?")
    assert first.intervention == "oral zorbicillin"
    from index.search import open_index
    from service.answer.pipeline import answer_question
    index = open_index(wobble_palsy)
    try:
        follow = answer_question(index, "for how long?", follows=first)
    finally:
        index.close()
    assert follow.intervention is None


def test_a_states_risk_in_the_case_is_not_the_state() -> None:
    from service.answer.case_against import for_the_case
    rule = "In patients with gloom, do not use zorbicillin."
    assert for_the_case("48F, 10-yr gloom risk 12% - start zorbicillin?", rule) is None
    assert for_the_case("48F with gloom - start zorbicillin?", rule) is not None
