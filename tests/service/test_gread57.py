"""Session 57, blind test on 40 guidelines: a British spelling the stemmer makes another term of is read in the
corpus's spelling (``Lexicon.respelled``); a "non-" kind is the other kind of what it names, for the verdict's lead
(``sign_states.of_the_other_kind``) and for the place a follow-up's new thing takes (``follow_up.as_whole_question``);
and a dose asked as a noun phrase reads its thing (``question.as_dose_asked``). Made-up names throughout."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.embedder import load_embedder
from index.lexical import tokenize
from index.search import open_index
from service.answer.concepts import Lexicon, text_counts, text_passages
from service.answer.follow_up import Previous, as_whole_question
from service.answer.pipeline import answer_question
from service.answer.sign_states import of_opposite_sign
from tests.service.corpora import background_guidelines, built

SPELLED = [
    "Localization of a gizmoma is best done with a gizmo scan before surgery.",
    "After localization, the gizmoma is removed by a surgeon with experience of it.",
    "A localised gizmo rash on the arm needs no treatment.",
]


def _lexicon(texts: list[str]) -> Lexicon:
    return Lexicon({}, encode=load_embedder().encode, counts=text_counts(texts), passages=text_passages(texts),
                   vocabulary={t for text in texts for t in tokenize(text)})


def test_a_british_spelling_is_read_as_the_spelling_the_corpus_writes_more() -> None:
    lexicon = _lexicon(SPELLED)
    # "localisation" stems to the "localis" of one chunk's rash; the corpus writes "localization" in two
    assert lexicon.respelled("gizmoma localisation: scan first?") == "gizmoma localization: scan first?"
    # ... but a spelling the corpus writes as often as the other, or more, stays as asked, and a stem is no spelling
    assert lexicon.respelled("is the gizmoma localised?") == "is the gizmoma localised?"
    british = _lexicon(["A localised gizmo rash needs no treatment.", "Localised gizmo rash fades in a week."])
    assert british.respelled("is a localised gizmo rash serious?") == "is a localised gizmo rash serious?"


def test_a_non_kind_is_the_other_kind() -> None:
    q = "should patients with non-gizmal rib fractures get rib wobblefixation?"
    assert of_opposite_sign(q, "In adults with gizmal chest, surgeons recommend rib wobblefixation.")
    assert not of_opposite_sign(q, "In adults with non-gizmal rib fractures, no recommendation can be made.")
    # not the other way round: a use bounded to the non-gizmal kind is what a question on the gizmal kind must see
    assert not of_opposite_sign("is watchful waiting right for gizmal ear wobble?",
                                "Watchful waiting is an option for children with non-gizmal ear wobble.")
    assert not of_opposite_sign("rib wobblefixation for gizmal chest?", "Gizmal and non-gizmal patterns both occur.")
    assert not of_opposite_sign("nonsteroidal gizmo drugs for pain?", "Steroidal gizmo drugs are avoided.")


def test_a_follow_up_on_the_non_kind_takes_the_condition_place() -> None:
    previous = Previous("should patients with gizmal chest get rib wobblefixation?", "rib wobblefixation",
                        "gizmal chest")
    # Before: put in the intervention's place ("... get non-gizmal rib fractures?"), asked of gizmal chest still.
    assert as_whole_question("what about non-gizmal rib fractures?", previous) == \
        "should patients with non-gizmal rib fractures get rib wobblefixation?"


RIBS = """---
title: "Rib wobblefixation after blunt trauma"
type: guideline
year: 2017
---
# Recommendations

In adult patients with gizmal chest after blunt trauma, the authors conditionally recommend rib wobblefixation to
lower mortality and shorten time on the ventilator.

In adult patients with non-gizmal rib fractures after blunt trauma, the authors cannot offer a recommendation on rib
wobblefixation with the evidence available today.
"""


@pytest.fixture(scope="module")
def ribs_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "ribs57", {"ribs.md": RIBS, **background_guidelines(
        "Migraine prevention", "Asthma in children", "Exercise for knee osteoarthritis")})


def test_a_follow_up_on_the_non_kind_does_not_carry_the_yes(ribs_index: Path) -> None:
    index = open_index(ribs_index)
    try:
        first = answer_question(index, "should patients with gizmal chest get rib wobblefixation?")
        follow = answer_question(index, "what about non-gizmal rib fractures?", follows=first)
    finally:
        index.close()
    assert first.bottom_line.text.startswith("Yes.")
    # Before: read as "should patients with gizmal chest get non-gizmal rib fractures?" (on the blind test's corpus,
    # "Yes." and the advice for gizmal chest again).
    assert follow.read_as == "should patients with non-gizmal rib fractures get rib wobblefixation?"
    assert not follow.bottom_line.text.startswith("Yes.")
    assert "conditionally recommend" not in follow.bottom_line.text


def test_a_dose_asked_as_a_noun_phrase_reads_the_thing() -> None:
    from service.answer.question import read_question
    # Before: "gizmocillin dose" read no topic, and "... for gizmo fever" an intervention named "gizmocillin dose".
    q = read_question("gizmocillin dose")
    assert q.type == "dosing" and q.intervention == "gizmocillin"
    q = read_question("gizmocillin dose for gizmo fever")
    assert q.intervention == "gizmocillin" and q.condition == "gizmo fever"
    # a word that says which dose, or asks, is no thing
    from service.answer.question import as_dose_asked
    for text in ("loading dose of gizmocillin", "low dose gizmocillin for gizmo fever?", "usual dose for gizmo fever",
                 "what dose?"):
        assert as_dose_asked(text) == text


def test_a_thing_and_its_condition_before_dose_are_not_read_as_one_name() -> None:
    """"gizmocillin wobble dose" names a thing and what it is for, or a two-word name: not read as the dose of a thing
    called "gizmocillin wobble" (a follow-up's "it" then stood for that); "vitamin Z2 dose" is a name's dose."""
    from service.answer.question import as_dose_asked
    assert as_dose_asked("gizmocillin wobble dose") == "gizmocillin wobble dose"
    assert as_dose_asked("vitamin Z2 dose") == "What is the dose of vitamin Z2?"
    assert as_dose_asked("gizmocillin dose for wobble fever") == "What is the dose of gizmocillin for wobble fever?"
