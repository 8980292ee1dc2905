"""A lean may not point against the first closest statement where that is a guideline's whole advice on the asked thing
with no denial in it (``first_advice``), and what is no denial is not read as one: a range from none ("no or mild
symptoms"), a list of whom advice is for after a colon, a neutral recommendation (``verdict.denies``, ``denied``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.models import DocumentKind
from service.answer.first_advice import first_advice_way
from service.answer.question import read_question
from service.answer.verdict import denied, denies
from service.api.render import verdict_label
from tests.service.candidates import candidate
from tests.service.corpora import answered, background_guidelines, built

ADVICE = ("Zorbicillin together with plimsone is recommended as one choice for spread wobble syndrome: in "
          "those who have no or mild pain once frobal therapy has failed, and before drip therapy is needed.")
SECTION = "When writing gizmo marrow reports, laboratories should report the key findings in the tabular section."
NEUTRAL = "The panel gives no recommendation either for or against any tabular gizmo layout."


@pytest.mark.parametrize("text", [
    "People with no or mild symptoms should be offered drugx.",
    "Drugx is suggested for those with little or no pain at rest.",
    ADVICE,
])
def test_a_range_from_none_or_a_colon_list_of_people_denies_nothing(text: str) -> None:
    assert not denies(text)


@pytest.mark.parametrize("text", [
    "Drugx is not recommended for people with mild symptoms.",
    "Drugx is recommended: it does not raise the risk of falls.",  # a denial after a colon, in no clause of people
])
def test_a_denial_is_still_read(text: str) -> None:
    assert denies(text)


def test_a_neutral_recommendation_denies_nothing() -> None:
    advice = candidate(SECTION, DocumentKind.GUIDELINE)
    neutral = candidate(NEUTRAL, DocumentKind.GUIDELINE)
    assert not denied([advice, neutral], [])
    assert denied([advice, candidate("Laboratories should not use tabular reports.", DocumentKind.GUIDELINE)], [])


@pytest.mark.parametrize(("question", "text", "way"), [
    # "case, is X an option?": the thing before "an option", one of its words clipped ("plim" of "plimsone")
    ("spread wobble syndrome, frobal therapy failed, mild symptoms, is zorbicillin with plim an option?", ADVICE, "yes"),
    # "Should anyone use X for ...?": whoever is asked to use it
    ("Should labs use tabular reporting for gizmo marrow reports?", SECTION, "yes"),
    ("Should labs use tabular reporting for gizmo marrow reports?",
     "Laboratories should not use tabular reporting for gizmo marrow reports.", "no"),
])
def test_the_first_statements_advice_on_the_thing(question: str, text: str, way: str) -> None:
    q = read_question(question)
    assert first_advice_way(q, [candidate(text, DocumentKind.GUIDELINE)], ()) == way


@pytest.mark.parametrize(("question", "text", "kind"), [
    # a study's finding, no advice
    ("Should labs use tabular reporting for gizmo marrow reports?", SECTION, DocumentKind.RESEARCH),
    # advice that names another thing
    ("Should labs use tabular reporting for gizmo marrow reports?",
     "Laboratories should keep gizmo marrow slides for ten years.", DocumentKind.GUIDELINE),
    # neither way
    ("Should labs use tabular reporting for gizmo marrow reports?", NEUTRAL, DocumentKind.GUIDELINE),
])
def test_no_way_from_what_is_not_advice_on_the_thing(question: str, text: str, kind: DocumentKind) -> None:
    assert first_advice_way(read_question(question), [candidate(text, kind)], ()) is None


WOBBLE = f"""---
title: "Zorbicillin for spread wobble syndrome"
type: guideline
year: 2020
---
# Recommendations

{ADVICE}

Zorbicillin together with plimsone is recommended as one choice for spread wobble syndrome: only when the
maker lowers the price of zorbicillin after the tenth month of treatment.

Ideally, those with slow wobble syndrome would be watched by active follow-up.
"""

MARROW = f"""---
title: "Tabular reporting of gizmo marrow findings"
type: guideline
year: 2019
---
# Recommendations

{SECTION}

When writing gizmo blood smear reports for gizmo marrow tabular reports, laboratories should report the key findings,
if available.

{NEUTRAL}

Inclusion of code words in a tabular report (considered but not recommended).
"""


@pytest.fixture(scope="module")
def advice_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "first-advice", {"wobble.md": WOBBLE, "marrow.md": MARROW, **background_guidelines(
        "Migraine prevention", "Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults")})


@pytest.mark.parametrize("question", [
    "Spread wobble syndrome resistant to frobal, frobal failed, mild symptoms, no drip indicated yet, is zorbicillin "
    "with plim an option?",
    "Should labs use tabular reporting for gizmo marrow reports on well-defined wobble?",
])
def test_no_lean_against_the_first_quoted_advice(advice_index: Path, question: str) -> None:
    answer = answered(advice_index, question)
    assert verdict_label(answer) not in ("no", "leans no, from closest evidence only")


@pytest.mark.parametrize(("question", "text"), [
    # advice with its own exception, the case maybe that exception
    ("Should labs use tabular reporting for gizmo marrow reports?",
     "Laboratories should use tabular reporting for gizmo marrow reports, unless a free-text report is required."),
    # a comparison asked, which advice for one side does not answer
    ("Is tabular reporting better than free text for gizmo marrow reports?",
     "Tabular reporting is recommended for gizmo marrow reports."),
])
def test_no_way_from_advice_with_an_exception_or_for_a_comparison(question: str, text: str) -> None:
    assert first_advice_way(read_question(question), [candidate(text, DocumentKind.GUIDELINE)], ()) is None


def test_advice_on_a_pair_is_no_way_for_one_alone() -> None:
    q = read_question("Is zorbicillin a sensible pick for spread wobble syndrome?")
    text = "Zorbicillin and drugq should not be combined."
    assert first_advice_way(q, [candidate(text, DocumentKind.GUIDELINE)], ()) is None
