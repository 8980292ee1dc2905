"""Session 57's verdict polarity readings (blind test on 40 unseen guidelines):

- advice that none of a thing be used ("recommends that no X be used") is advice against it, not for it (a "Yes."
  stood above a lead advising no aspiration);
- a task force's advice on screening for one condition gives no verdict on screening for another, where the statement
  on the asked one says its evidence is insufficient (a "Yes." from depression screening for suicide-risk screening);
- advice against a test "in the absence of risk factors, signs, or symptoms" is advice for asymptomatic people, not
  for others (an "uncertain" where the guideline suggested against screening them).

Made-up names throughout."""
from __future__ import annotations

from index.lexical import tokenize
from ingest.models import DocumentKind
from service.answer.guideline import verdict_of
from service.answer.polarity import against_use, none_to_be_used, stance
from service.answer.subgroup import against_for_others, against_for_them
from service.answer.verdict_gap import gap_on_the_asked, says_evidence_lacking
from tests.service.candidates import scored

FLUSH = frozenset(tokenize("gizmoflush"))


def test_advice_that_no_thing_be_used_is_against_it() -> None:
    text = ("The panel advises that no gizmoflush be used while giving sprocket shots to people of any age "
            "(strong advice; weak certainty).")
    assert stance(text, FLUSH) == "against"
    assert against_use(text, FLUSH)
    assert none_to_be_used("No gizmoflush should be given before the sprocket shot.", FLUSH)
    assert none_to_be_used("The panel advises that none of the gizmoflush products be offered.", FLUSH)


def test_no_on_another_thing_or_on_people_is_no_advice_against_it() -> None:
    # "no" on the people, after "with": the advice is for what they are given
    assert stance("People with no gizmoflush allergy should be given sprocket shots.", FLUSH) is None
    # "no" on another thing than the asked one
    assert not none_to_be_used("The panel advises that no wobble cream be applied before gizmoflush.", FLUSH)


def test_guideline_verdict_on_advice_that_none_be_used() -> None:
    lead = scored("The panel advises that no gizmoflush be used while giving sprocket shots to people of any age.",
                  1.0, "guideline-a", DocumentKind.GUIDELINE)
    topic = FLUSH | frozenset(tokenize("sprocket shot"))
    assert verdict_of("yes", lead, "Should gizmoflush be used during sprocket shots?", topic) == "no"
    assert verdict_of("yes", lead, "Do you gizmoflush before a sprocket shot?", topic) == "no"


_FOR_OTHER = ("The Task Force advises that family doctors screen teenagers and adults for gloomitis where a "
              "path to care has been set up.")
_GAP = ("What is known of the gains from screening teenagers and adults for wobbleosis risk by family doctors is "
        "evidence that is inadequate.")


def test_advice_on_a_neighbouring_condition_gives_way_to_the_gap_on_the_asked_one() -> None:
    lead = scored(_FOR_OTHER, 0.9, "guideline-a", DocumentKind.GUIDELINE)
    gap = scored(_GAP, 0.95, "guideline-a", DocumentKind.GUIDELINE)
    background = scored("Wobbleosis risk is common among adults seen by family doctors.", 0.97, "guideline-a",
                        DocumentKind.GUIDELINE)
    ranked = [background, gap, lead]
    assert says_evidence_lacking(_GAP)
    assert gap_on_the_asked("should family doctors screen all adults for wobbleosis risk?", lead, ranked) is gap
    # asked of the condition the advice names, the advice answers
    assert gap_on_the_asked("should family doctors screen all adults for gloomitis?", lead, ranked) is None


def test_gap_from_another_guideline_or_far_below_does_not_displace_the_advice() -> None:
    lead = scored(_FOR_OTHER, 0.9, "guideline-a", DocumentKind.GUIDELINE)
    elsewhere = scored(_GAP, 0.95, "guideline-b", DocumentKind.GUIDELINE)
    assert gap_on_the_asked("should family doctors screen all adults for wobbleosis risk?", lead,
                            [elsewhere, lead]) is None
    low = scored(_GAP, 0.3, "guideline-a", DocumentKind.GUIDELINE)
    assert gap_on_the_asked("should family doctors screen all adults for wobbleosis risk?", lead, [lead, low]) is None


_AGAINST_ABSENT = scored("The board advises against routine sprocket scanning for blorp disease in the "
                         "absence of symptoms, a prior episode or any risk marker.", 1.0, "guideline-a",
                         DocumentKind.GUIDELINE)
SCANNING = (frozenset(tokenize("sprocket scanning")),)


def test_advice_against_in_the_absence_of_symptoms_is_for_asymptomatic_people() -> None:
    assert not against_for_others(_AGAINST_ABSENT, "blorp disease", SCANNING, ("asymptomatic",))
    assert against_for_them([_AGAINST_ABSENT], "blorp disease", SCANNING, ("asymptomatic",)) is _AGAINST_ABSENT
    # people in another state than those the list says are absent: still advice for others
    assert against_for_others(_AGAINST_ABSENT, "blorp disease", SCANNING, ("zonk fever",))
