"""Issue 8: "insufficient" is never said beside a quoted result on the question. A study's result that names the asked
thing and part of the asked outcome in other words (the condition by the abbreviation its abstract defined) is no direct
statement, but the verdict leans on it, from indirect evidence only, and the bottom line quotes it
(``verdict_findings``)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from index.lexical import tokenize
from index.search import open_index
from service.answer.pipeline import YesNoReading, answer_question, neither_from_findings, with_leaned_finding
from service.answer.scoring import Candidate
from service.answer.verdict import decide, verdict_model
from service.answer.verdict_findings import findings_in_other_words, names_it_itself, states_result
from tests.service.candidates import scored
from tests.service.corpora import answered, background_guidelines, built


def test_a_result_is_read_in_its_grammar_not_an_aim_a_method_or_a_gap() -> None:
    assert states_result("In adults with WS, night waking was significantly more frequent among those with a tremor.")
    assert states_result("No significant differences were found between the groups on any of the memory tests.")
    assert states_result("Tremor was an independent risk factor for night waking (odds ratio 2.1, 95% CI 1.2 to 3.6).")
    assert states_result("Relapse rates were 12 percent in the gizmo arm and 25 percent with placebo.")
    # asked or aimed at, not found
    assert not states_result("To find out whether tremor is associated with night waking in adults with WS.")
    assert not states_result("We asked whether a tremor predicts night waking in adults with Wexler syndrome.")
    # how the study was done
    assert not states_result("Adults with WS were split into two groups by whether they had a tremor.")
    # a gap in the evidence
    assert not states_result("Whether a tremor is linked with night waking in WS remains unknown.")


_FOUND = ("In adults with WS, poor sleep was significantly more common among those with a hand tremor (odds ratio 2.1, "
          "95% CI 1.2 to 3.6).")


def test_the_verdict_leans_on_a_result_naming_the_asked_thing_and_part_of_the_outcome() -> None:
    model = verdict_model()
    assert model is not None and model.relevant_floor < 1.0
    question = "Is hand tremor associated with poor sleep in adults with Wexler syndrome?"
    topic = frozenset(tokenize("hand tremor poor sleep adults Wexler syndrome"))
    own, outcome = frozenset(tokenize("hand tremor")), frozenset(tokenize("poor sleep"))
    found = scored(_FOUND, 0.9, "tremor-study", i=True, c=False)
    aim = scored("The aim was to study hand tremor and sleep in adults with Wexler syndrome.", 0.95, "tremor-study",
                 i=True, c=False)
    # before: no direct statement and none naming every asked concept, so "insufficient" beside the quoted result
    assert decide(question, [], [aim], model, topic, outcome, intervention=own)[0] == "insufficient"
    said, behind = decide(question, [], [aim, found], model, topic, outcome, intervention=own)
    assert said == "yes" and behind == [found]


def test_a_result_on_the_asked_thing_without_a_word_of_the_asked_outcome_gives_no_lean() -> None:
    # A result on the asked thing and some other outcome: not on what was asked, though it names the people asked of.
    elsewhere = scored("Adults with WS and a hand tremor were significantly more likely to drop cups (p = 0.01).", 0.9,
                       "cups", i=True, c=False)
    outcome = frozenset(tokenize("poor sleep"))
    assert findings_in_other_words([elsewhere], 0.25, outcome) == []
    topic = frozenset(tokenize("hand tremor poor sleep adults Wexler syndrome"))
    question = "Is hand tremor associated with poor sleep in adults with Wexler syndrome?"
    assert decide(question, [], [elsewhere], verdict_model(), topic, outcome,
                  intervention=frozenset(tokenize("hand tremor")))[0] == "insufficient"
    # ... nor a result naming the outcome without the asked thing, nor one the relevance model does not believe
    other_exposure = scored("Poor sleep was significantly more common in adults who drank coffee.", 0.9, "coffee",
                            i=False, c=True)
    doubted = scored(_FOUND, 0.1, "doubted", i=True, c=False)
    assert findings_in_other_words([other_exposure, doubted], 0.25, outcome) == []
    assert findings_in_other_words([scored(_FOUND, 0.9, "kept", i=True, c=False)], 0.25, outcome) != []


_STUDY = """---
id: tremor-study
title: A survey at two clinics
type: research
source: Test Journal of Sleep
year: 2021
---
## Abstract

To examine whether hand tremor goes with poor sleep in adults with Wexler syndrome (WS). We surveyed 212 adults \
with WS at two clinics about their sleep and examined their hands. In adults with WS, poor sleep was significantly \
more common among those with a hand tremor (odds ratio 2.1, 95% CI 1.2 to 3.6).
"""


@pytest.fixture(scope="module")
def tremor_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "tremor", {"tremor-study.md": _STUDY,
                                              **background_guidelines("Migraine prevention", "Fever in children")})


def test_an_answer_leans_on_the_quoted_result_instead_of_saying_insufficient(tremor_index: Path) -> None:
    answer = answered(tremor_index, "Is hand tremor associated with poor sleep in adults with Wexler syndrome?")
    quoted = [s.text for s in answer.bottom_line.statements if s.origin == "source"]
    assert any("poor sleep was significantly more common" in text for text in quoted), quoted
    assert answer.verdict == "yes"
    assert answer.evidence.level == "indirect"


def test_the_result_a_lean_rests_on_takes_the_last_closest_place() -> None:
    aim = scored("The aim was to study hand tremor and sleep in adults with Wexler syndrome.", 0.95, "tremor-study",
                 i=True, c=False)
    method = scored("Adults with WS were split into two groups by whether they had a tremor.", 0.9, "tremor-study",
                    i=True, c=False)
    found = scored(_FOUND, 0.9, "tremor-study", i=True, c=False)
    assert with_leaned_finding([aim, method], YesNoReading("yes", [found], None), 2) == [aim, found]
    assert with_leaned_finding([aim], YesNoReading("yes", [found], None), 2) == [aim, found]
    # already quoted, no lean, or a lean on a direct statement (the verdict's own path): the quotes stay
    assert with_leaned_finding([found, aim], YesNoReading("yes", [found], None), 2) == [found, aim]
    assert with_leaned_finding([aim, method], YesNoReading("insufficient", [], None), 2) == [aim, method]
    direct = scored(_FOUND, 0.9, "direct", i=True, c=True, direct=True)
    assert with_leaned_finding([aim, method], YesNoReading("yes", [direct], None), 2) == [aim, method]


def test_asked_whether_it_beats_another_a_result_against_something_else_gives_no_lean() -> None:
    question = "Is gizmo spray better than saline spray for poor sleep in adults with Wexler syndrome?"
    topic = frozenset(tokenize("gizmo spray poor sleep adults Wexler syndrome"))
    outcome = frozenset(tokenize("poor sleep"))
    own = frozenset(tokenize("gizmo spray"))
    against_nothing = scored("In adults with WS, poor sleep was significantly less common with gizmo spray than "
                             "without it (12 percent against 25 percent).", 0.9, "spray", i=True, c=False)
    assert decide(question, [], [against_nothing], verdict_model(), topic, outcome, intervention=own)[0] == \
        "insufficient"
    against_saline = scored("In adults with WS, poor sleep was significantly less common with gizmo spray than with "
                            "saline spray (12 percent against 25 percent).", 0.9, "spray", i=True, c=False)
    assert decide(question, [], [against_saline], verdict_model(), topic, outcome, intervention=own)[0] != \
        "insufficient"


def test_neither_read_from_such_results_alone_stays_insufficient() -> None:
    found = scored(_FOUND, 0.9, "tremor-study", i=True, c=False)
    assert neither_from_findings("uncertain", [found]) and neither_from_findings(None, [found])
    assert not neither_from_findings("yes", [found])
    # a verdict of neither from a direct statement, or from none, is the verdict's own
    assert not neither_from_findings("uncertain", [scored(_FOUND, 0.9, "direct", i=True, c=True, direct=True)])
    assert not neither_from_findings("uncertain", [])


def _under_title(text: str, title: str) -> Candidate:
    """``text`` as a statement of a research report titled ``title``, naming the asked thing through that title."""
    c = scored(text, 0.9, "titled", i=True, c=False)
    return replace(c, hit=replace(c.hit, document=replace(c.hit.document, title=title)))


def test_a_statement_naming_the_asked_thing_only_through_its_title_gives_no_lean() -> None:
    own = frozenset(tokenize("gizmo spray"))
    aside = _under_title("Adults with poor sleep were significantly more likely to nap (p = 0.02).",
                         "Gizmo spray in Wexler syndrome")
    assert not names_it_itself(aside, own)
    assert findings_in_other_words([aside], 0.25, frozenset(tokenize("poor sleep")), intervention=own) == []
    assert names_it_itself(_under_title("Poor sleep was significantly less common with gizmo spray (p = 0.02).",
                                        "Gizmo spray in Wexler syndrome"), own)
    # no title naming it: what the statement names of it (an abbreviation its abstract defined) is its own
    assert names_it_itself(scored("Poor sleep was significantly less common with GS (p = 0.02).", 0.9, "untitled",
                                  i=True, c=False), own)


def test_a_follow_up_gets_no_lean_from_such_results(tremor_index: Path) -> None:
    index = open_index(tremor_index)
    try:
        first = answer_question(index, "Is hand tremor associated with poor sleep in adults with Wexler syndrome?")
        then = answer_question(index, "And in those over 80?", follows=first)
    finally:
        index.close()
    assert first.verdict == "yes" and then.verdict != "yes", then.bottom_line.text


def test_asked_whether_it_is_recommended_a_result_gives_no_lean() -> None:
    # Only advice answers whether a thing is recommended (``verdict.on_advice_asked``), not a result in other words.
    topic = frozenset(tokenize("gizmo spray poor sleep adults Wexler syndrome"))
    outcome = frozenset(tokenize("poor sleep"))
    found = scored("In adults with WS, poor sleep was significantly less common with gizmo spray than with saline "
                   "spray (12 percent against 25 percent).", 0.9, "spray", i=True, c=False)
    own = frozenset(tokenize("gizmo spray"))
    asked = "Is gizmo spray recommended for poor sleep in adults with Wexler syndrome?"
    assert decide(asked, [], [found], verdict_model(), topic, outcome, intervention=own)[0] == "insufficient"
    asked = "Does gizmo spray reduce poor sleep in adults with Wexler syndrome?"
    assert decide(asked, [], [found], verdict_model(), topic, outcome, intervention=own)[0] != "insufficient"


def test_asked_whether_it_should_be_done_a_result_gives_no_lean() -> None:
    # "Should ... be switched to ...?" asks for advice: a study's null result in other words (on any outcome of the
    # switch) leaned "no" to it (the default corpus's warfarin-to-rivaroxaban question, session 59's merge).
    topic = frozenset(tokenize("gizmo spray poor sleep adults Wexler syndrome"))
    outcome = frozenset(tokenize("poor sleep"))
    found = scored("In adults with WS, poor sleep was significantly less common with gizmo spray than with saline "
                   "spray (12 percent against 25 percent).", 0.9, "spray", i=True, c=False)
    own = frozenset(tokenize("gizmo spray"))
    for asked in ("Should adults with Wexler syndrome and poor sleep be switched to gizmo spray?",
                  "Can gizmo spray be used for poor sleep in adults with Wexler syndrome?"):
        assert decide(asked, [], [found], verdict_model(), topic, outcome, intervention=own)[0] == "insufficient"
