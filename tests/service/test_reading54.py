"""Session 54's reading and lead mends, on a corpus in the project's own words with made-up names.

- A list item that is a label with its advice in brackets and no stop ("Zorbicillin (use beyond 30 days ... is not
  recommended)") is a statement: the answer to how long it may be used was no sentence at all.
- A question asked at an occasion ("... after the birth?") is led, or quoted first, by a statement naming it: the
  follow-up "and what do I do with it after the birth?" repeated the antenatal advice of the question before.
- "Should I transfuse a stable patient with X?" asks of transfusion (the act by its verb alone) for those people; a
  value measured after the condition ("with Hb 75") is no part of it; a topic read as one acronym the corpus never
  writes is written out as the corpus spells it; a use reserved for people in the denied state of the asked ones
  ("symptomatic", "instability" for "stable asymptomatic") is a no for them.
- A case before a dash with its act asked by the verb alone ("... - switch to plumbaban?") reads as "Should I switch
  ... to plumbaban?".
"""
from __future__ import annotations

import pytest

from index.search import Index, open_index
from service.answer.lead import kept_for_the_denied
from service.answer.pipeline import answer_question
from service.answer.question import read_question
from service.answer.scoring import quotable
from tests.service.corpora import background_guidelines, built, lead_text

ARM = """---
title: "Managing gizmo injuries of the arm"
type: guideline
year: 2020
---
# Managing gizmo injuries of the arm

## Medications

Treatment for pain after a gizmo injury of the arm is initially accomplished with plumbamol. All medicines should be
used according to patient needs.

Refer to the original guideline document for the dose of each of the medications listed below.

- Plumbamol

- Zorbicillin (use beyond 30 days after a gizmo injury, or 6 weeks after surgery for it, is not recommended)

- Wobblex (chronic use of wobblex is generally not recommended)

When referring a patient with a gizmo injury for a rehabilitation programme that also treats zorbicillin use, the
panel recommends a programme with accredited staff.
"""

FEVER = """---
title: "Gizmo fever in pregnancy"
type: guideline
year: 2015
---
# Gizmo fever in pregnancy

## Treatment during pregnancy

Offer zorbicillin to women with gestational gizmo fever if the fever is not controlled with rest within 1 to 2 weeks.
Offer plumbomycin instead of zorbicillin to women with gestational gizmo fever if zorbicillin is not tolerated.
Consider wobblex for women with gestational gizmo fever if zorbicillin and plumbomycin are not tolerated.

## Care after the birth

Women who had gestational gizmo fever should stop fever-lowering treatment immediately after birth.
Women with long-standing gizmo fever who are breastfeeding can continue zorbicillin after birth.
"""

ANAEMIA = """---
title: "Wobble-deficiency anaemia in adults"
type: guideline
year: 2021
---
# Wobble-deficiency anaemia in adults

Wobble-deficiency anaemia is the most common anaemia in adults. Every adult with wobble-deficiency anaemia should be
tested for its cause. Oral wobble salts are the first-line treatment for wobble-deficiency anaemia. Intravenous wobble
salts are recommended when oral wobble salts are not tolerated in wobble-deficiency anaemia. Blood transfusion should
be reserved for patients with severe symptomatic anaemia or haemodynamic instability.
"""


RATIO = """---
title: "Zorbarin and the wobble ratio"
type: guideline
year: 2022
---
# Zorbarin and the wobble ratio

The effect of zorbarin is monitored with the wobble ratio. Patients with some gizmo valves need higher wobble ratio
targets. Patients taking zorbarin should keep their diet the same from week to week. Clinicians should consider whether
plumbaban is a suitable alternative when a patient on zorbarin has unstable wobble ratio values, unless zorbarin is
specifically required.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    files = {"arm.md": ARM, "fever.md": FEVER, "anaemia.md": ANAEMIA, "ratio.md": RATIO,
             **background_guidelines("Exercise for knee osteoarthritis", "Migraine prevention", "Asthma in children")}
    return open_index(built(tmp_path_factory, "reading54", files))


def test_a_list_item_with_its_advice_in_brackets_is_a_statement() -> None:
    assert quotable("Zorbicillin (use beyond 30 days after a gizmo injury is not recommended)")
    assert not quotable("Plumbamol (oral)")  # a label with a note
    assert not quotable("Level C (expert opinion of the panel members)")  # no verb: no clause of its own
    assert not quotable("Treatment of gizmo pain (see the table which is below)")  # a pointer
    # ... and a clause that advises nothing: examples, a definition (quoted off-question over 45 guidelines)
    assert not quotable("History of gizmopathy (e.g., gizmolol, drugx and other agents that may affect clotting)")
    assert not quotable("High quality gizmo study (all patients were enrolled at the same point in their disease)")


def test_how_long_a_thing_may_be_used_is_led_by_its_bracketed_advice(index: Index) -> None:
    answer = answer_question(index, "How long can zorbicillin be used after a gizmo injury?")
    assert "use beyond 30 days" in lead_text(answer)


def test_a_follow_up_asked_after_the_birth_quotes_the_advice_for_after_the_birth(index: Index) -> None:
    first = answer_question(index, "When should I start zorbicillin in gestational gizmo fever?")
    follow = answer_question(index, "and what do I do with it after the birth?", follows=first)
    # (Before, it was led by the antenatal advice on zorbicillin, which names no birth.)
    assert "after birth" in lead_text(follow)
    assert "stop fever-lowering treatment immediately after birth" in follow.bottom_line.text


def test_an_act_asked_by_its_verb_is_read_as_its_noun_for_those_people() -> None:
    q = read_question("Should I transfuse a stable patient with gizmo anaemia?")
    assert (q.intervention, q.condition, q.yes_no) == ("transfusion", "gizmo anaemia", True)
    assert read_question("Should I anticoagulate a man with gizmo fibrillation?").intervention == "anticoagulation"
    assert read_question("Should I tell a patient with gizmo anaemia?").intervention is None  # no act of care
    measured = read_question("Hb 75 in a stable asymptomatic woman with WDA - should I transfuse?")
    assert (measured.intervention, measured.condition) == ("transfusion", "WDA")


def test_use_kept_for_the_denied_state_of_the_asked_people() -> None:
    kept = ("Blood transfusion should be reserved for patients with severe symptomatic anaemia or haemodynamic "
            "instability.")
    assert kept_for_the_denied("Should I transfuse a stable patient with gizmo anaemia?", kept)
    assert kept_for_the_denied("Should I transfuse an asymptomatic woman with gizmo anaemia?", kept)
    assert not kept_for_the_denied("Should I transfuse a woman with gizmo anaemia?", kept)
    assert not kept_for_the_denied("Should I transfuse an unstable patient with gizmo anaemia?", kept)


def test_transfusion_for_a_stable_patient_is_a_no_from_the_reserved_advice(index: Index) -> None:
    for asked in ("Should I transfuse a stable patient with wobble-deficiency anaemia?",
                  "Hb 75 in a stable asymptomatic woman with WDA - should I transfuse?"):
        answer = answer_question(index, asked)
        assert answer.verdict == "no", asked
        assert "reserved for patients with severe symptomatic anaemia" in lead_text(answer), asked


def test_an_act_after_a_dash_asked_by_its_verb_alone() -> None:
    q = read_question("GF pt on zorbarin with erratic ratios - switch to plumbaban?")
    assert q.intervention == "plumbaban" and q.yes_no
    assert read_question("Zorbarin in a patient on plumbaban - what dose?").intervention != "what dose"


def test_a_modifier_the_corpus_never_writes_is_read_as_its_nearest_word_there(index: Index) -> None:
    # "erratic" is written nowhere; of the words written before "wobble" the embedder puts "unstable" clearly nearest.
    # (Before, the advice was quoted only as indirect evidence, with no verdict.)
    answer = answer_question(index, "Should I switch a patient on zorbarin with erratic wobble ratios to plumbaban?")
    assert "unstable wobble ratio values" in lead_text(answer)
    assert answer.evidence.level != "indirect" and answer.verdict == "yes"


def test_an_act_of_the_askers_own_is_no_occasion() -> None:
    # "before starting gizmo K" is what is done to the topic, not an event apart from it: no statement must name it to
    # lead (a "no" came from advice on starting, for a question on stopping the other drug first).
    from service.answer.lead import occasion_terms
    assert not occasion_terms(read_question("Should gizmolol be stopped before starting gizmo K?"))
    assert occasion_terms(read_question("What should I do with gizmolol after the birth?"))
