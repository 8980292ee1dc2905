"""Follow-ups of session 59's blind test: "and how long should she use it?" after a question that read no topic asks
how long, and a statement that gives a span answers it though it names neither "how" nor "long"; "she's on X, does
that matter?" asks whether the state changes the advice, so advice against the thing in that state is its yes, not a
"No." that reads as "it does not matter"."""
from __future__ import annotations

import pytest

from index.search import Index, open_index
from service.answer.polarity import asks_against
from tests.service.chains import chain
from tests.service.corpora import background_guidelines, built, lead_text

HABIT = """---
title: "Helping adults give up nail biting"
type: guideline
source: "Test Guideline Group"
year: 2023
---
# Helping adults give up nail biting

## Recommendations

Clinicians should ask adults who bite their nails whether they would like help to give it up. Habit-reversal
coaching combined with a bitter-tasting nail lacquer gives the highest rates of giving up. A bitter lacquer used
alone is less effective than the two together. A programme of coaching or lacquer commonly runs for roughly eight
weeks. Relapse is common in the first year and a further programme may be offered.
"""

ZAPPING = """---
title: "Gizmo wave therapy for frozen elbow"
type: guideline
source: "Test Guideline Group"
year: 2023
---
# Gizmo wave therapy for frozen elbow

## Recommendations

Gizmo wave therapy is recommended for adults with frozen elbow whose pain lasts beyond three months of physiotherapy.
Gizmo wave therapy improves pain and range of movement in randomized trials.

## Safety

Gizmo wave therapy must not be given to people taking blood thinners such as zorbarin without a specialist's advice,
because it can cause bleeding into the joint.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    files = {"habit.md": HABIT, "zapping.md": ZAPPING,
             **background_guidelines("Iron deficiency anaemia in adults", "Eczema in children", "Fever in children",
                                     "Migraine prevention")}
    return open_index(built(tmp_path_factory, "lengthmatter59", files))


def test_how_long_after_a_question_with_no_topic_is_answered_by_a_span(index: Index) -> None:
    answer = chain(index, "which nail lacquer works best for giving up?", "and how long should he keep at it?")
    assert answer.evidence.level != "none", answer.bottom_line.text
    assert "eight weeks" in answer.bottom_line.text, answer.bottom_line.text


def test_whether_a_state_matters_asks_against() -> None:
    assert asks_against("Does that matter in a patient taking zorbarin?")
    assert asks_against("Is that a problem in a patient taking zorbarin?")
    assert asks_against("gizmo wave therapy with zorbarin - any issues?")
    assert asks_against("Would it make a difference if she is pregnant?")
    # whether it helps, or whether it is recommended, is asked the plain way round
    assert not asks_against("Does gizmo wave therapy matter for pain relief in frozen elbow?")
    assert not asks_against("Is gizmo wave therapy recommended for frozen elbow?")


def test_does_that_matter_is_answered_by_the_advice_for_that_state(index: Index) -> None:
    # Read as whether the therapy is fine, the usual advice for it led, and its yes turned round as asked would be
    # "No." ("it does not matter"); the advice against it for people on zorbarin answers: yes, it matters.
    for follow_up in ("he's on zorbarin, does that matter?", "she takes zorbarin, is that a problem?"):
        answer = chain(index, "Can gizmo wave therapy be used for frozen elbow?", follow_up)
        assert "zorbarin" in lead_text(answer), answer.bottom_line.text
        assert answer.verdict == "yes", answer.bottom_line.text


WOBBLE = """---
title: "Wobble lung infection in adults"
type: guideline
source: "Test Guideline Group"
year: 2023
---
# Wobble lung infection in adults

## Recommendations

Severity should be judged with the GIZMO-4 score, which gives a point each for fever, fast breathing, low oxygen and
age over 70 years. Adults with a GIZMO-4 score of 0 or 1 can usually be cared for at home. Zorbicillin is the
first-choice oral antibiotic for mild wobble lung infection in adults cared for at home. Clinicians should see again
any patient who does not improve within two or three days after the first dose.
"""


@pytest.fixture(scope="module")
def wobble_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    files = {"wobble.md": WOBBLE, **background_guidelines("Iron deficiency anaemia in adults", "Eczema in children",
                                                          "Fever in children", "Migraine prevention")}
    return open_index(built(tmp_path_factory, "nobetter59", files))


def test_no_better_after_days_is_answered_by_advice_for_those_not_improving(wobble_index: Index) -> None:
    # "no better" shares no word with "does not improve": both say the treatment failed (``after_failure``).
    answer = chain(wobble_index, "52F wobble lung infection, GIZMO-4 of 0, managing at home - which antibiotic?",
                   "she's no better after 4 days, what now?")
    assert "does not improve" in lead_text(answer), answer.bottom_line.text


# The therapy's own warning names the class only ("blood thinners"); another guideline names the drug asked of, in
# advice against something else for people taking it.
ZAPPING_CLASS = ZAPPING.replace("people taking blood thinners such as zorbarin", "people on blood thinners")
BLORP = """---
title: "Blorp oil and zorbarin"
type: guideline
source: "Test Guideline Group"
year: 2022
---
# Blorp oil and zorbarin

## Recommendations

Patients with frozen elbow who take zorbarin should not start blorp oil without talking to the prescriber, because
blorp oil can weaken the effect of zorbarin.
"""


@pytest.fixture(scope="module")
def class_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    files = {"zapping.md": ZAPPING_CLASS, "blorp.md": BLORP,
             **background_guidelines("Iron deficiency anaemia in adults", "Eczema in children", "Fever in children")}
    return open_index(built(tmp_path_factory, "mattersother59", files))


def test_advice_against_another_thing_in_that_state_does_not_answer_whether_it_matters(class_index: Index) -> None:
    # "Patients who take zorbarin should not start blorp oil" names the state and advises against, but not against
    # the therapy asked of: it must not lead a "Yes." to whether zorbarin matters to gizmo wave therapy.
    answer = chain(class_index, "Can gizmo wave therapy be used for frozen elbow?", "he's on zorbarin, does that matter?")
    assert "blorp" not in lead_text(answer), answer.bottom_line.text
