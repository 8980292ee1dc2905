"""A case note whose ask is a whole question of its own, reading an intervention and a condition where the note as a
whole reads neither ("52M glim 32, ... - should I prescribe X for Y?"): its topic is the ask's, while the note's words
stay the question's text (``case_topic``'s ``read_alone``). Every topic and name here is made up."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.lexical import tokenize
from service.answer.case_topic import CaseTopic, case_topic
from service.answer.pipeline import _read_alone
from service.answer.question import read_question
from tests.service.corpora import answered, guideline_index, lead_text

CHUNKS = [frozenset(tokenize(text)) for text in (
    "Zorbicillin is not advised for gizmo palsy in adults.",
    "Gizmo palsy can follow a viral illness.",
    "The glim index is raised in most adults with gloom.",
    "Zorbicillin was studied in adults with a raised glim index.",
    "Blorfen is given for wobble in adults.",
)]


def _count(terms: frozenset[str]) -> int:
    return sum(terms <= chunk for chunk in CHUNKS)


def _known(term: str) -> bool:
    return _count(frozenset([term])) > 0


def test_an_ask_that_reads_a_topic_alone_gives_it() -> None:
    note = "52M glim index 32, gloom risk about 35% - should I prescribe zorbicillin for gizmo palsy?"
    assert read_question(note).intervention is None and read_question(note).condition is None
    assert case_topic(note, _count, _known, _read_alone) == CaseTopic("zorbicillin", "gizmo palsy", "zorbicillin",
                                                                     from_ask=True)


def test_a_pronoun_in_the_asks_condition_is_none() -> None:
    # ("should he be given X?" read as X for "he"): the thing with the case's part, as before
    note = "62M, a raised glim index, smoker - should he start zorbicillin?"
    topic = case_topic(note, _count, _known, lambda ask: ("zorbicillin", "he"))
    assert topic is not None and not topic.from_ask and topic.condition == "a raised glim index"


def test_without_a_reader_the_case_part_is_read_as_before() -> None:
    note = "52M glim index 32, gloom risk about 35% - should I prescribe zorbicillin for gizmo palsy?"
    assert not case_topic(note, _count, _known).from_ask  # type: ignore[union-attr]


FINDING = ("In the BLORP trial, zorbicillin reduced wobble mortality by about 30 percent compared with usual care. "
           "Wobble mortality was highest in adults over 70. The trial enrolled adults with gizmo wobble.")


@pytest.fixture(scope="module")
def wobble(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return guideline_index(tmp_path_factory, "wobble-ask", "Zorbicillin for gizmo wobble", FINDING)


def test_a_note_asking_how_much_is_answered_by_the_finding_its_ask_names(wobble: Path) -> None:
    note = "BLORP trial, 2019 report - how much did zorbicillin cut wobble mortality?"
    assert read_question(note).intervention is None
    answer = answered(wobble, note)
    assert answer.verdict is None and answer.evidence.direct
    assert lead_text(answer).startswith("In the BLORP trial, zorbicillin reduced wobble mortality")
