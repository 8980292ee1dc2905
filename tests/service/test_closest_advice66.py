"""A guideline's advice on the asked thing, quoted as the closest evidence, gives its verdict
(``verdict_closest_advice``, session 66) where the question asks to switch the patient to the thing or asks a
judgement of it after a dash ("is X reasonable to ...?"), where the advice names two things in two clauses (the way is
the asked thing's clause's), where its people are named by an acronym the guideline's title spells out, and where
advice given only to people at risk is asked of a case with no risk factors (a no). The answers said "insufficient"
beside "... recommend against using X ...", "Consider using X ... only: in women aged 41 to 46 ..." for a 43-year-old
and "... only to women at risk ..." for a woman with no risk factors. Advice to tell patients of a thing gives none."""
from __future__ import annotations

from dataclasses import replace

from ingest.models import DocumentKind
from index.lexical import tokenize
from service.answer.polarity import clauses
from service.answer.question import read_question
from service.answer.scoring import Candidate, sentence_terms
from service.answer.verdict_closest_advice import closest_advice, dashed_thing, only_for_risk_denied
from tests.service.candidates import candidate, hit


def _said(text: str, title: str) -> Candidate:
    """A closest guideline statement of a source titled ``title``, its terms stemmed as scoring gives them."""
    c = candidate(text, DocumentKind.GUIDELINE)
    return replace(c, hit=hit(replace(c.hit.document, title=title), text), terms=sentence_terms(text))


_TWO_THINGS = ("In pregnant women with PLF, the panel suggests using flumisone over pridolone (weak) and recommends "
               "against using zorbaxone because it reaches the unborn child unchanged.")
_TWO_TITLE = "Care of primary lumen failure: a society practice guideline"


def test_switching_the_patient_to_a_thing_asks_of_the_new_thing() -> None:
    found = dashed_thing("31F Moss syndrome on flumisone 15mg/d, 28/40 pregnant - ok to switch her to zorbaxone?")
    assert found is not None and found[0] == frozenset(tokenize("zorbaxone"))


def test_two_clause_advice_gives_each_thing_its_own_way() -> None:
    said = _said(_TWO_THINGS, _TWO_TITLE)
    to_new = read_question("31F Moss syndrome on flumisone 15mg/d, 28/40 pregnant - ok to switch her to zorbaxone?")
    given = closest_advice(to_new, [said], ())
    assert given is not None and given[0] == "no"
    # (The drug the case is on, named in the first clause, is not advised against by the second.)
    kept = read_question("31F Moss syndrome, 28/40 pregnant - ok to keep her on flumisone?")
    given = closest_advice(kept, [said], ())
    assert given is not None and given[0] == "yes"
    assert len(clauses(_TWO_THINGS)) == 2


def test_people_named_by_an_acronym_the_title_spells_are_the_guidelines_own() -> None:
    said = _said(_TWO_THINGS, _TWO_TITLE)
    q = read_question("31F Moss syndrome on flumisone 15mg/d, 28/40 pregnant - ok to switch her to zorbaxone?")
    assert closest_advice(q, [said], ()) is not None
    # (An acronym no title spells still names people the question does not ask of.)
    other = _said(_TWO_THINGS, "Care of chronic kidney tiredness: a society practice guideline")
    assert closest_advice(q, [other], ()) is None


def test_a_judgement_asked_after_a_dash_ends_the_things_name() -> None:
    q = "44F irregular periods and hot sweats - is a GZH level reasonable to confirm the change of life?"
    found = dashed_thing(q)
    assert found is not None and found[0] == frozenset(tokenize("GZH"))
    said = _said("Consider using a GZH test to diagnose the change of life only: in women aged 41 to 46 years with "
                 "symptoms, including a change in their periods.", "The change of life: diagnosis and management")
    given = closest_advice(read_question(q), [said], ())
    assert given is not None and given[0] == "yes"
    found = dashed_thing("22F, wants a pill - is gizmogestrel still worth giving?")
    assert found is not None and found[0] == frozenset(tokenize("gizmogestrel"))
    found = dashed_thing("spinal cord injury - is SC gizmoparin 5000 u bd adequate prophylaxis?")
    assert found is not None and found[0] == frozenset(tokenize("SC gizmoparin"))


def test_advice_only_for_people_at_risk_is_a_no_for_a_case_with_none() -> None:
    said = _said("Wobblia serology should be offered in pregnancy only to women judged at risk of a first Wobblia "
                 "infection.", "Wobblia infection in pregnancy")
    q = read_question("29F G2 10 weeks, no risk factors - routine Wobblia serology?")
    given = closest_advice(q, [said], ())
    assert given is not None and given[0] == "no"
    # (A case with risks, or one that says nothing of risk, gets no no from it.)
    risky = read_question("29F G2 10 weeks, keeps cats, eats raw meat - routine Wobblia serology?")
    assert closest_advice(risky, [said], ()) is None or closest_advice(risky, [said], ())[0] != "no"
    assert only_for_risk_denied("low-risk primigravida - screen?", "Offer it only to those at high risk.")
    assert not only_for_risk_denied("no risk factors - screen?", "Offer it to all pregnant women at booking.")
    assert not only_for_risk_denied("smoker - screen?", "Offer it only to those at high risk.")


def test_advice_widened_by_not_only_or_restricted_in_another_clause_is_no_no_for_a_case_without_risk() -> None:
    # "not only for those at risk" widens the advice to everyone
    assert not only_for_risk_denied("no risk factors - give the gizmo jab?",
                                    "The gizmo jab is advised not only for people at high risk but for every adult.")
    assert not only_for_risk_denied("no risk factors - check his gizmo level?",
                                    "Check the gizmo level in everyone, not only in those at risk.")
    # the "only" of a second clause (a repeat) leaves the first clause's advice for all
    thing = sentence_terms("gizmo swab")
    assert not only_for_risk_denied("low-risk pregnancy - gizmo swab?", "Take a gizmo swab from every pregnant woman; "
                                    "swab again later only in those at high risk.", thing)
    assert only_for_risk_denied("low-risk pregnancy - gizmo swab?", "Take a gizmo swab only in those at high risk; "
                                "repeat it each trimester.", thing)


def test_a_case_without_one_risk_may_still_carry_the_risk_the_advice_is_kept_for() -> None:
    clots = "Wobblaparin helps only in people at high risk of clots."
    assert not only_for_risk_denied("no risk of bleeding - give wobblaparin?", clots)
    assert only_for_risk_denied("not at risk of clots - give wobblaparin?", clots)
    assert only_for_risk_denied("no risk factors at all - give wobblaparin?", clots)


def test_advice_to_tell_patients_of_a_thing_is_no_advice_to_do_it() -> None:
    said = _said("Doctors ought to tell the patient that starting gizmotoin at once will probably make a second fit "
                 "less likely, yet may leave daily life no better.", "Management of a first unprovoked fit")
    q = read_question("34M first unprovoked fit, normal scans - start gizmotoin now?")
    assert closest_advice(q, [said], ()) is None
