"""Verdicts that went against their own source (session 62's blind test, kinds A and B): advice against the asked
thing for people in the state the question states leads the bottom line and gives its no (``case_against``); a lean
from closest quotes that never name the asked thing is none; "For women without X, ... recommends Y" is advice for Y
(``polarity._done_without``); a statement on another stage ("stage 5d") or one listing the asked stage ("stage 3b
and 4") is read so (``case_state``, ``mismatch``); and a follow-up that puts the patient in a new state gives no yes
or no from statements that never name it (``follow_up_state``). Every topic here is made up."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.models import DocumentKind
from service.answer.case_against import against_for_the_case, asked_thing, for_the_case, names_no_thing
from service.answer.case_state import for_another_state_text
from service.answer.follow_up_state import added_state_terms, state_unnamed
from service.answer.mismatch import slot
from service.answer.polarity import asks_against, stance
from service.answer.question import read_question
from tests.service.candidates import scored
from tests.service.corpora import answered, background_guidelines, built, guideline_file

SWEATS = guideline_file("Night sweats at the change of life", (
    "For women with troublesome night sweats and no contraindications, the panel suggests zentrolone as an "
    "alternative to hormone therapy. The panel recommends against adding zentrolone to other hormone therapy. The "
    "panel recommends against using zentrolone in women with a history of womb cancer. Cooling fans and layered "
    "clothing help many women with night sweats."))
BACKGROUND = background_guidelines("Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults",
                                  "Migraine prevention", "Asthma in children")


@pytest.fixture(scope="module")
def sweats_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "against63", {"sweats.md": SWEATS, **BACKGROUND})


def test_advice_against_for_the_stated_history_leads_and_says_no(sweats_index: Path) -> None:
    a = answered(sweats_index, "55F bad night sweats, past history of womb cancer - is zentrolone an option?")
    statements = [s.text for s in a.bottom_line.statements if s.origin == "source"]
    assert statements[0].startswith("The panel recommends against using zentrolone in women with a history")
    assert a.verdict == "no"


def test_a_negated_history_in_the_case_is_not_the_state_of_the_advice(sweats_index: Path) -> None:
    a = answered(sweats_index, "55F bad night sweats, no history of womb cancer - is zentrolone an option?")
    statements = [s.text for s in a.bottom_line.statements if s.origin == "source"]
    assert not statements or "womb cancer" not in statements[0]


def _guideline(text: str, doc: str = "g1") -> object:
    return scored(text, 0.9, doc, kind=DocumentKind.GUIDELINE)


def test_against_for_the_case_needs_every_word_of_the_state_in_the_question() -> None:
    permissive = _guideline("The panel suggests plomazine as an option for itch.")
    against = _guideline("Do not use plomazine in adults with a history of kidney stones.")
    q = read_question("itchy rash, previous kidney stones - is plomazine ok?")
    assert asked_thing(q, ()) == (frozenset({"plomazin"}),)
    assert against_for_the_case(q, [permissive, against], [permissive], ()) is against  # type: ignore[list-item]
    other = read_question("itchy rash, previous gall stones - is plomazine ok?")
    assert against_for_the_case(other, [permissive, against], [permissive], ()) is None  # type: ignore[list-item]


def test_the_state_of_the_advice_is_read_from_its_people_phrase() -> None:
    found = for_the_case("past kidney stones - plomazine?", "Avoid plomazine in people with kidney stones due to risk.")
    assert found is not None and found[0] == frozenset({"kidney", "stone"})
    assert for_the_case("no kidney stones - plomazine?", "Avoid plomazine in people with kidney stones.") is None


def test_a_lean_from_quotes_that_never_name_the_asked_thing_is_none_where_the_source_advises_against_it() -> None:
    q = read_question("twin pregnancy, no symptoms - start oral glimmerol to prevent early birth?")
    unrelated = [_guideline("One course of steroids is given between 24 and 34 weeks.")]
    against = _guideline("Glimmerol does not prevent early birth in twins and is not recommended.")
    assert names_no_thing(q, (), unrelated, [*unrelated, against])  # type: ignore[arg-type]
    assert not names_no_thing(q, (), [against], [against])  # type: ignore[arg-type]
    # Nothing advises against it: quotes in other words ("preventive" for "prophylaxis") keep their lean.
    assert not names_no_thing(q, (), unrelated, unrelated)  # type: ignore[arg-type]


def test_advice_against_another_form_of_the_thing_is_not_for_the_case() -> None:
    q = read_question("pt with wheeze - is a short-acting gizmoterol ok?")
    against = _guideline("Long-acting gizmoterols should not be used alone in patients with wheeze.")
    assert against_for_the_case(q, [against], [against], ()) is None  # type: ignore[list-item]
    same = _guideline("Short-acting gizmoterols should not be used alone in patients with wheeze.")
    assert against_for_the_case(q, [same], [same], ()) is same  # type: ignore[list-item]


def test_without_after_a_noun_for_people_says_whom_the_advice_is_for() -> None:
    topic = frozenset({"gizmogel", "past", "stroke", "histori"})
    assert stance("For adults without a history of stroke, the panel recommends gizmogel daily.", topic) is None
    # ... while advice for another thing done without the asked one stays against it.
    assert stance("Watchful waiting without gizmogel is an appropriate option for most adults.",
                  frozenset({"gizmogel"})) == "against"


def test_a_sub_stage_at_the_end_of_a_sentence_is_another_stage() -> None:
    q = "wobble kidney disease stage 3 - start a flimstatin?"
    assert for_another_state_text(q, "Do not start a flimstatin in wobble kidney disease stage 5d.")
    assert not for_another_state_text(q, "Start a flimstatin in wobble kidney disease stage 2b and 3.")


def test_a_listed_stage_is_named_as_asked() -> None:
    q = "wobble kidney disease stage 3 - start a flimstatin?"
    assert slot(q, "The panel recommends starting a flimstatin in wobble kidney disease stage 2b and 3.") == 1
    assert slot(q, "The panel recommends starting a flimstatin in wobble kidney disease stage 2b.") == -1


def test_a_state_follow_up_above_statements_that_never_name_it_gives_neither() -> None:
    previous = "wobble kidney disease stage 3 - start a flimstatin?"
    follow_up = "what if he has now started plasma washing?"
    assert added_state_terms(follow_up, previous) == frozenset({"plasma", "wash"})
    assert state_unnamed(follow_up, previous, ["Start a flimstatin in wobble kidney disease stage 2b and 3."])
    assert not state_unnamed(follow_up, previous, ["Do not start a flimstatin once plasma washing has begun."])
    assert not state_unnamed("what about plimzole?", previous, ["Start a flimstatin in stage 3."])


def test_no_contraindications_in_the_case_does_not_ask_whether_contraindicated(sweats_index: Path) -> None:
    a = answered(sweats_index, "Should I offer zentrolone for troublesome night sweats to a woman with a history of "
                               "womb cancer and no contraindications?")
    assert a.verdict == "no"


def test_another_thing_contraindicated_in_the_case_does_not_turn_the_advice(sweats_index: Path) -> None:
    a = answered(sweats_index, "night sweats, hormone therapy contraindicated, no womb cancer - can I offer "
                               "zentrolone?")
    assert "the panel suggests zentrolone as an alternative" in a.bottom_line.text
    assert a.verdict == "yes"


def test_contraindication_asked_after_the_dash_still_asks_against() -> None:
    assert asks_against("pt with 3 previous ops - is that a contraindication to gizmoscopy?")
    assert asks_against("Is plomazine contraindicated in pregnancy?")
    assert not asks_against("woman with night sweats and no contraindications - start zentrolone?")
