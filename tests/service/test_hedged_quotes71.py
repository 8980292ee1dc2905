"""A quoted sentence that decides the question is the answer, not closest evidence under a hedge (session 71): the
asked thing read past "do I need to" and a modal's passive ask, a form "of" a thing named by what it is of, a negated
need to start as advice against, a span in brackets as a course's length, advice against for the asked effect by
another verb of its direction, and a follow-up answered by a statement naming the words it adds."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.answer.polarity import asks_need, stance
from service.answer.regimen import states_length
from service.answer.verdict import against_for_asked_purpose
from service.answer.verdict_closest_advice import advised_way, dashed_reading, thing_named
from service.api.render import verdict_label
from tests.service.corpora import answered, background_guidelines, built, guideline_file


def test_need_to_is_read_past_to_the_thing() -> None:
    found = dashed_reading("40M first wobble fit, normal scan - do I need to start a zorbicide before discharge?")
    assert found is not None and found.name == "zorbicide"


def test_a_modal_passive_ask_names_its_thing() -> None:
    found = dashed_reading("61F blorp valve repair planned - should surgical flurp ablation be done at the same time?")
    assert found is not None and found.name == "surgical flurp ablation"
    # (a pronoun after the modal is no thing, as before)
    found = dashed_reading("on drugx for years - should it be stopped?")
    assert found is None or "surgical" not in found.name


def test_a_form_of_a_thing_is_named_by_what_it_is_of() -> None:
    found = dashed_reading("70M going for first scoping - give a single instillation of intravesical zorbimycin?")
    assert found is not None and found.of_thing
    assert thing_named(found, frozenset({"singl", "dose", "intraves", "zorbimycin"}))
    # what it is of alone, no word of its own name: not named
    assert not thing_named(found, frozenset({"intraves", "zorbimycin", "weekli"}))


@pytest.mark.parametrize(("text", "way"), [
    ("Clinicians need not initiate zorbicide for people after a first wobble fit.", "against"),
    ("Zorbicide does not need to be started before discharge.", "against"),
    ("Zorbicide need not be stopped before dental work.", "for"),  # a need to stop denied: go on
])
def test_a_need_to_start_denied_is_advice_against(text: str, way: str) -> None:
    assert advised_way(text, frozenset({"zorbicid"})) == way
    assert stance(text, frozenset({"zorbicid"})) == way


@pytest.mark.parametrize(("text", "lasting"), [
    ("Offer long drugx treatment (usually 6 weeks) for people who have blorp bone infection.", True),
    ("Give a short course (5 to 7 days) of drugx.", True),
    ("Review the person (after 6 weeks) to check progress.", False),
])
def test_a_span_in_brackets_after_a_course_is_its_length(text: str, lasting: bool) -> None:
    assert states_length(text, lasting=True) is lasting


def test_a_need_in_a_clause_of_time_is_not_asked() -> None:
    assert not asks_need("Is zorbamide an option for blorp cancer before chemotherapy is needed?")
    assert asks_need("Is zorbamide needed for blorp cancer?")


def test_advice_against_for_the_effect_by_another_verb_of_its_direction() -> None:
    advice = "The panel does not recommend using drugs to prevent flare-ups of blorp disease."
    assert against_for_asked_purpose(frozenset({"reduc"}), advice, frozenset({"flare"}))
    # a verb of the other direction is no such purpose
    assert not against_for_asked_purpose(frozenset({"increas"}), advice, frozenset({"flare"}))


GUIDELINE = guideline_file("Wobble fits in the emergency room", """
Emergency clinicians need not initiate zorbicide for people who had a first unprovoked wobble fit and show no sign of
brain disease. Emergency clinicians may initiate zorbicide, or defer it, for people with a first unprovoked wobble fit
and a remote brain injury.
""")


@pytest.fixture(scope="module")
def wobble_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "hedged71", {"wobble.md": GUIDELINE, **background_guidelines(
        "Migraine prevention", "Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults")})


def test_a_case_note_asking_a_need_is_settled_by_the_denied_need(wobble_index: Path) -> None:
    answer = answered(wobble_index, "34M first unprovoked wobble fit, back to normal, scan clear, no past brain injury "
                                    "- do I need to start a zorbicide before discharge?")
    assert verdict_label(answer) == "no"
    assert not answer.bottom_line.text.startswith("Closest evidence")


FOLLOWED = guideline_file("Drugl in gloop disorder", """
Clinicians should consider drugl for people with gloop disorder to lower their risk of self-harm. If kidney function is
impaired, drugl should be avoided or used with great care. Drugl should also be used with care by those taking drugs
that change drugl levels. Check drugl levels every three months.
""")


@pytest.fixture(scope="module")
def followed_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "followed71", {"gloop.md": FOLLOWED, **background_guidelines(
        "Migraine prevention", "Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults")})


def test_a_follow_up_is_answered_by_the_statement_naming_what_it_adds(followed_index: Path) -> None:
    from index.search import open_index
    from service.answer.pipeline import answer_question
    index = open_index(followed_index)
    try:
        first = answer_question(index, "Man with gloop disorder and past self-harm - should drugl be considered?")
        then = answer_question(index, "what if his kidney function is impaired?", follows=first)
    finally:
        index.close()
    assert "kidney function is impaired" in then.bottom_line.text
    assert not then.bottom_line.text.startswith("Closest evidence")
