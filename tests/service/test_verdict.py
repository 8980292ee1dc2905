"""The yes/no verdict: which statements it rests on, when it is "insufficient", and the shipped model."""
from __future__ import annotations

import json
from dataclasses import replace
from importlib import resources

import pytest

from index.search import Hit
from ingest.models import Chunk, Document
from service.answer.question import read_question
from service.answer.scoring import Candidate
from index.lexical import tokenize
from service.answer.verdict import (VerdictModel, decide, evidence_for_verdict, features, stance_features,
                                    verdict_model)

# A hand-made model: a negated "effective" or "associated" says no, the plain words say yes.
MODEL = VerdictModel(weights={"s:effective": 2.0, "s:associated": 2.0, "s:neg_effective": -3.0,
                              "s:neg_associated": -3.0}, intercept=0.0, no_below=0.45, yes_above=0.55,
                     relevant_floor=0.6)


def _candidate(text: str, score: float, doc: str = "d1") -> Candidate:
    document = Document(id=doc, title="A study", kind="research", source="Test", year=2020, authors="", url="",
                        path=doc, sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, score, 0.8, frozenset(), True, True, True, anchored=True)


def test_direct_statements_carry_the_verdict_before_more_relevant_indirect_ones() -> None:
    direct = [_candidate("Drug X was effective in a trial.", 0.7, "a")]
    ranked = [_candidate("Drug X was not associated with harm.", 0.95, "b"), *direct]
    verdict, behind = decide("Is drug X effective?", direct, ranked, MODEL)
    assert verdict == "yes" and [c.doc_id for c in behind] == ["a"]


def test_without_a_direct_statement_a_relevant_one_still_gets_a_verdict() -> None:
    ranked = [_candidate("Gene A was not associated with disease B.", 0.9, "a"),
              _candidate("Gene A is expressed in the liver.", 0.3, "b")]
    verdict, behind = decide("Is gene A associated with disease B?", [], ranked, MODEL)
    assert verdict == "no" and [c.doc_id for c in behind] == ["a"]  # the weak statement is left out


def test_nothing_relevant_enough_is_insufficient() -> None:
    ranked = [_candidate("Gene A was not associated with disease B.", 0.59, "a")]
    assert decide("Is gene A associated with disease B?", [], ranked, MODEL) == ("insufficient", [])
    assert decide("Is gene A associated with disease B?", [], [], MODEL) == ("insufficient", [])


def test_a_no_against_a_finding_that_negates_nothing_is_the_yes_it_states() -> None:
    model = VerdictModel(weights={"s:pain": -4.0, "s:fractures": -4.0, "s:deletion": -4.0}, intercept=0.0,
                         relevant_floor=0.0)
    finding = _candidate("Drug X improves pain and function.", 0.9)
    assert decide("Is drug X effective for pain?", [finding], [], model)[0] == "yes"
    fact = _candidate("Syndrome Y is caused by a deletion on chromosome 22.", 0.9)  # no finding: a no may stand
    assert decide("Is syndrome Y caused by a deletion on chromosome 21?", [fact], [], model)[0] == "no"
    null = _candidate("Drug X had no significant effect on fractures.", 0.9)
    assert decide("Does drug X prevent fractures?", [null], [], model)[0] == "no"
    negated = _candidate("Trials have not shown that drug X prevents fractures.", 0.9)
    assert decide("Does drug X prevent fractures?", [negated], [], model)[0] == "no"


def test_a_no_against_a_recommendation_for_it_is_the_yes_it_states() -> None:
    # "Verdict: no" above "metformin became the recommended first-line drug" contradicted its own quote.
    model = VerdictModel(weights={"s:first-line": -4.0, "s:avoided": -4.0, "s:against": -4.0}, intercept=0.0,
                         relevant_floor=0.0)
    advice = _candidate("Drug X is the recommended first-line drug for condition Y.", 0.9)
    assert decide("Is drug X first-line therapy for Y?", [advice], [], model)[0] == "yes"
    avoid = _candidate("Drug X should be avoided in pregnancy.", 0.9)  # advice against: the no stands
    assert decide("Should drug X be used in pregnancy?", [avoid], [], model)[0] == "no"
    against = _candidate("The panel recommends against routine use of drug X.", 0.9)
    assert decide("Is drug X recommended?", [against], [], model)[0] == "no"


def test_a_yes_is_not_overruled_by_negated_statements() -> None:
    # The reverse rule (a "yes" from mostly negated statements is uncertain) cost coverage and F1 on dev.
    model = VerdictModel(weights={"s:neg_toxic": 4.0}, intercept=0.0, relevant_floor=0.0)
    assert decide("Is drug X safe?", [_candidate("Drug X was not toxic.", 0.9)], [], model)[0] == "yes"


def test_an_indirect_or_gap_statement_carries_no_verdict() -> None:
    gap = _candidate("Whether drug X is effective remains unknown.", 0.95)
    indirect = replace(_candidate("Drug X was effective in another condition.", 0.95), direct=False)
    assert decide("Is drug X effective for Y?", [], [gap, indirect], MODEL) == ("insufficient", [])
    topic_less = replace(indirect, anchored=False)  # a question naming no concept: relevance alone decides
    assert decide("Is drug X effective for Y?", [], [topic_less], MODEL)[0] == "yes"
    # ... among the statements that cover enough of the question (a neighbour sentence of the same passage
    # scores as high as the answer but may share one word with the question)
    aside = replace(topic_less, coverage=0.1)
    assert decide("Is drug X effective for Y?", [], [aside], MODEL) == ("insufficient", [])


def test_between_the_thresholds_the_verdict_is_uncertain() -> None:
    model = VerdictModel(weights={}, intercept=0.0, no_below=0.4, yes_above=0.6, relevant_floor=0.0)
    assert decide("Is drug X safe?", [_candidate("Drug X was studied.", 0.9)], [], model)[0] == "uncertain"


def test_at_most_three_statements_most_relevant_first() -> None:
    direct = [_candidate(f"Finding {i}.", s, f"d{i}") for i, s in enumerate((0.5, 0.9, 0.7, 0.8))]
    assert [c.doc_id for c in evidence_for_verdict(direct)] == ["d1", "d3", "d2"]


def test_features_mark_negated_words_and_read_the_question() -> None:
    bag = features("Is X associated with Y?", ["X was not associated with Y, but Z was."])
    assert bag["s:neg_associated"] == 1.0 and "s:associated" not in bag and bag["q:associated"] == 1.0


GIZMO = frozenset(tokenize("drugx gizmo stiffness"))  # a question's intervention and condition terms
OFF_TOPIC_DENIAL = "Drugx is an agent for gizmo stiffness, but trials did not enrol children."


def test_the_stance_features_read_denials_in_the_clauses_on_the_question_topic() -> None:
    question = "Does drugx improve gizmo stiffness?"
    denied = stance_features(question, ["Drugx did not improve gizmo stiffness.", "Drugx may lower gizmo stiffness."],
                             GIZMO)
    assert denied["deny_first"] == 1.0 and denied["deny_share"] == 0.5 and denied["hedge_share"] == 0.5
    assert denied["report_share"] == 1.0 and denied["question_negated"] == 0.0
    off = stance_features(question, [OFF_TOPIC_DENIAL], GIZMO)  # its "did not" is on children, not on drugx
    assert off["deny_first"] == 0.0 and off["deny_share"] == 0.0
    assert stance_features(question, [OFF_TOPIC_DENIAL])["deny_first"] == 1.0  # no topic: the whole statement
    assert stance_features("Should drugx not be given?", [], GIZMO)["question_negated"] == 1.0
    assert features(question, [OFF_TOPIC_DENIAL], GIZMO)["deny_share"] == 0.0


def test_the_verdict_reads_the_stance_on_the_question_topic() -> None:
    # A model that says no exactly when the most relevant statement denies: a denial of something the question
    # did not ask (whom the trials enrolled) is no "no".
    model = VerdictModel(weights={"deny_first": -6.0}, intercept=3.0, relevant_floor=0.0)
    question = "Does drugx improve gizmo stiffness?"
    assert decide(question, [_candidate(OFF_TOPIC_DENIAL, 0.9)], [], model, GIZMO)[0] == "yes"
    denial = _candidate("Drugx did not improve gizmo stiffness.", 0.9)
    assert decide(question, [denial], [], model, GIZMO)[0] == "no"


@pytest.mark.parametrize("text", [
    "Is drug X effective for condition Y?",
    "Therapeutic anticoagulation in the trauma patient: is it safe?",
    "Acute respiratory distress in children--can we predict outcome?",
    "Assessment of artery stenosis before surgery. Is it always necessary?",
    "Drug X is an antibody against protein Y, yes or no?",
])
def test_yes_no_questions_are_recognised_in_their_title_forms(text: str) -> None:
    assert read_question(text).yes_no


@pytest.mark.parametrize("text", ["What is the role of gene A in disease B?", "List the drugs that may cause Y",
                                  "Which genes are mutated in Y? Is one of them Z"])
def test_other_questions_ask_no_verdict(text: str) -> None:
    assert not read_question(text).yes_no


def test_the_shipped_model_says_how_it_was_trained_and_has_a_floor() -> None:
    data = json.loads(resources.files("service.answer").joinpath("weights/verdict.json").read_text())
    model = verdict_model()
    assert model is not None and model.weights and "dev halves" in model.trained_on
    assert 0.0 < model.relevant_floor < 1.0 and model.relevant_floor == data["relevant_floor"]
    assert model.no_below <= model.yes_above


def test_results_that_disagree_are_uncertain_whatever_the_words_model_reads() -> None:
    from service.answer.verdict import UNSETTLED
    no_model = VerdictModel(weights={"s:neg_consistent": -6.0}, intercept=0.0, relevant_floor=0.0)
    text = ("Few randomized trials have directly compared zorbinol with gizmotherapy, and their results are not "
            "consistent.")
    assert decide("Is zorbinol better than gizmotherapy?", [_candidate(text, 0.9)], model=no_model)[0] == "uncertain"
    assert UNSETTLED.search("The findings were mixed across trials.")
    # An abstract's background on earlier studies introduces its question; it is not the answer.
    assert not UNSETTLED.search("Earlier studies have produced largely mixed findings in other patients.")
    assert not UNSETTLED.search("Zorbinol was consistently effective in three trials.")


def test_a_yes_above_a_lead_on_the_risk_of_another_harm_is_uncertain() -> None:
    from service.answer.verdict import on_other_risk, risks_named
    question = "Is there a risk of bleeding when patients on zorbinol start gizmin?"
    clotting = "Gizmin can reduce the effect of zorbinol and increase the risk of clotting if the level falls."
    bleeding = "Stopping gizmin can increase the effect of zorbinol and raise the risk of bleeding."
    assert risks_named(question) == [frozenset({"bleed"})] and risks_named(clotting) == [frozenset({"clot"})]
    assert on_other_risk(question, "yes", clotting) == "uncertain"
    assert on_other_risk(question, "yes", bleeding) == "yes"  # the asked harm named: the words model decides
    assert on_other_risk(question, "no", clotting) == "no"  # only a yes is turned
    assert on_other_risk("Is gizmin safe with zorbinol?", "yes", clotting) == "yes"  # no risk asked


# Session 31: a tentative finding, and a source that states the contrary too.
@pytest.mark.parametrize(("text", "expected"), [
    ("Secondary analyses suggested a possible reduction in gizmo death, but this finding was not a primary result.",
     True),
    ("An earlier trial had raised the possibility that drugx increases gizmo stiffness.", False),  # a hypothesis
    ("Drugx possibly lowered gizmo stiffness.", False),  # a hedged claim: the words model reads it
    ("In an exploratory analysis, drugx lowered gizmo stiffness.", True),
    ("In a post hoc analysis, drugx lowered gizmo stiffness.", True),
    ("Drugx lowered gizmo stiffness by 20 percent.", False),
    ("These results suggest that drugx lowers gizmo stiffness.", False),  # a conclusion's "suggest" states it
    ("Drugx should be started as soon as possible.", False),  # a time, not a possible effect
    ("Recent studies have implicated drugx as a possible cause of gizmo stiffness.", False),  # reports no finding
    ("In all patients, a possible history of gizmo stiffness with drugx was considered.", False),  # a method
])
def test_a_tentative_finding_is_read_from_its_grammar(text: str, expected: bool) -> None:
    from service.answer.verdict import tentative
    assert tentative(text, GIZMO) is expected


def test_a_verdict_resting_only_on_tentative_findings_is_uncertain() -> None:
    # A model that says no to every statement with a "not" and yes otherwise: both become "uncertain".
    model = VerdictModel(weights={"deny_first": -6.0}, intercept=3.0, relevant_floor=0.0)
    hedged = _candidate("Secondary analyses suggested a possible reduction in gizmo stiffness with drugx, but this "
                        "finding was not a primary result.", 0.9)
    assert decide("Does drugx lower gizmo stiffness?", [hedged], [], model, GIZMO)[0] == "uncertain"
    post_hoc = _candidate("In a post hoc analysis, drugx lowered gizmo stiffness.", 0.9)
    assert decide("Does drugx lower gizmo stiffness?", [post_hoc], [], model, GIZMO)[0] == "uncertain"
    plain = _candidate("Drugx lowered gizmo stiffness.", 0.9, "d2")  # one plain finding beside it: the model's yes
    assert decide("Does drugx lower gizmo stiffness?", [post_hoc, plain], [], model, GIZMO)[0] == "yes"


def test_a_yes_from_a_source_that_also_reports_no_effect_is_uncertain() -> None:
    model = VerdictModel(weights={"deny_first": -6.0}, intercept=3.0, relevant_floor=0.0)
    question = "Does drugx lower gizmo stiffness?"
    found = _candidate("Japanese trials reported that drugx lowered gizmo stiffness.", 0.9, "review")
    null = _candidate("Trials of drugx outside Japan have not shown lower gizmo stiffness.", 0.7, "review")
    assert decide(question, [found], [found, null], model, GIZMO)[0] == "uncertain"  # 0.7 >= 0.7 * 0.9
    advice = _candidate("Guidelines outside Japan do not recommend drugx for gizmo stiffness.", 0.7, "review")
    assert decide(question, [found], [found, advice], model, GIZMO)[0] == "uncertain"
    weak = _candidate("Trials of drugx outside Japan have not shown lower gizmo stiffness.", 0.6, "review")
    assert decide(question, [found], [found, weak], model, GIZMO)[0] == "yes"  # 0.6 < 0.7 * 0.9 = 0.63
    other = _candidate("Trials of drugx outside Japan have not shown lower gizmo stiffness.", 0.9, "other")
    assert decide(question, [found], [found, other], model, GIZMO)[0] == "yes"  # another source: conflicts.py's
    guideline = replace(found, hit=replace(found.hit, document=replace(found.hit.document, kind="guideline")))
    assert decide(question, [guideline], [guideline, replace(null, hit=guideline.hit)], model, GIZMO)[0] == "yes"


# Session 38: yes/no verdicts of the default corpus that contradicted the quote they stood above.
def test_a_caution_for_people_with_a_history_of_the_asked_harm_says_it_can_cause_it() -> None:
    # "Can bupropion cause seizures?" got "No." above "Bupropion lowers the seizure threshold and should not be used
    # in people with a history of seizures": its "should not" was read as a denial.
    from service.answer.verdict import advice_on_causing, cautions_for_risk_of
    caution = ("Drugq lowers the fit threshold and should not be used in people with a history of fits or gizmo "
               "disorders.")
    topic = frozenset(tokenize("drugq fits"))
    assert cautions_for_risk_of(caution, frozenset(tokenize("fits")))
    assert advice_on_causing("cause", "no", caution, [], topic, frozenset(tokenize("fits"))) == "yes"
    assert advice_on_causing("increase", "no", caution, [], topic, frozenset(tokenize("risk fits"))) == "yes"
    # The caution alone names the other group: it says drugq is unsafe for them, not that it causes their disorder.
    gizmo = frozenset(tokenize("gizmo disorders"))
    assert advice_on_causing("cause", "no", caution, [], frozenset(tokenize("drugq")) | gizmo, gizmo) == "uncertain"
    assert not cautions_for_risk_of("Drugq should not be used in pregnancy.", frozenset(tokenize("fits")))
    assert not cautions_for_risk_of("Drugq is recommended for people at risk of fits.", frozenset(tokenize("fits")))


@pytest.mark.parametrize(("text", "expected"), [
    ("Trials have shown improved drugq status without a clear effect on gizmo stiffness.", True),
    ("Screening without systems for follow-up shows little benefit.", True),
    ("Drugq gave little or no improvement in pain.", True),
    ("Drugq had no significant effect on gizmo stiffness.", True),
    ("Drugq without zorb was associated with an increase in gizmo stiffness.", False),  # a condition
    ("Drugq gave a little benefit at one year.", False),
    ("Drugq reduced antibiotic use without worsening outcomes.", False),
])
def test_no_effect_is_read_in_its_other_words(text: str, expected: bool) -> None:
    from service.answer.verdict import states_no_effect
    assert states_no_effect(text) is expected


def test_a_no_above_a_statement_that_it_is_better_than_the_compared_thing_is_its_yes() -> None:
    # "Does needling with lavage help more than steroid injection alone?" got "No." above "needle lavage combined
    # with a subacromial corticosteroid injection gave better shoulder function at one year than a corticosteroid
    # injection alone".
    no_model = VerdictModel(weights={}, intercept=-3.0, relevant_floor=0.0)
    question = "Does drugq help more than zorb injection alone?"
    topic = frozenset(tokenize("drugq"))
    better = _candidate("Drugq combined with a zorb injection gave better gizmo function at one year than a zorb "
                        "injection alone.", 0.9)
    assert decide(question, [better], [better], no_model, topic)[0] == "yes"
    later = _candidate(better.text + " Longer follow-up of that trial found no significant difference between the "
                       "groups at five years.", 0.85)
    assert decide(question, [better, later], [better, later], no_model, topic)[0] == "yes"  # read at its first time
    reverse = _candidate("A zorb injection alone gave better gizmo function than drugq.", 0.9)
    assert decide(question, [reverse], [reverse], no_model, topic)[0] == "no"
    denied = _candidate("Drugq was not better than a zorb injection alone.", 0.9)
    assert decide(question, [denied], [denied], no_model, topic)[0] == "no"
    amounts = _candidate("Drugq gave more bleeding than a zorb injection alone.", 0.9)  # its worth is not told
    assert decide("Does drugq give more relief than zorb injection alone?", [amounts], [amounts], no_model,
                  topic)[0] == "no"


def test_a_yes_to_a_question_asked_in_an_absence_is_the_no_of_the_statement_on_that_absence() -> None:
    # "Is depression screening recommended when follow-up care is not available?" got "Yes." above "screening
    # combined with collaborative care programmes improves ... Screening without systems for follow-up and
    # treatment shows little benefit."
    from service.answer.verdict import asked_without
    question = "Is gizmo screening recommended when follow-up care is not available?"
    assert asked_without(question) == frozenset(tokenize("follow-up care"))
    assert asked_without("Is gizmo screening recommended when follow-up care is available?") == frozenset()
    assert asked_without("Is gizmo screening useful without follow-up care?") == frozenset(tokenize("follow-up care"))
    yes_model = VerdictModel(weights={}, intercept=3.0, relevant_floor=0.0)
    improves = _candidate("Screening combined with care programmes improves gizmo outcomes.", 0.98)
    little = _candidate("Screening without systems for follow-up and treatment shows little benefit.", 0.97)
    assert decide(question, [improves], [improves, little], yes_model)[0] == "no"
    assert decide(question, [improves], [improves], yes_model)[0] == "yes"
    assert decide("Is gizmo screening recommended?", [improves], [improves, little], yes_model)[0] == "yes"
    far = replace(little, score=0.5)  # not nearly as relevant as the best: not read
    assert decide(question, [improves], [improves, far], yes_model)[0] == "yes"


def test_a_yes_from_closest_evidence_below_a_more_relevant_statement_of_no_effect_is_uncertain() -> None:
    # "Does vitamin K help people with kidney failure on dialysis?" got "yes" (from a statement on vitamin K
    # antagonists) above "... improved vitamin K status without a clear effect on calcification", quoted first.
    yes_model = VerdictModel(weights={}, intercept=3.0, relevant_floor=0.5)
    question = "Does drugq help people with wheezitis?"
    topic = frozenset(tokenize("drugq wheezitis"))
    no_effect = replace(_candidate("Trials of drugq in wheezitis have shown improved drugq status without a clear "
                                   "effect on gizmo stiffness.", 0.97, "a"), direct=False, coverage=1.0)
    other = replace(_candidate("Drugq antagonists are a risk factor for gizmo stiffness in wheezitis.", 0.79, "b"),
                    coverage=1.0)
    assert decide(question, [], [no_effect, other], yes_model, topic) == ("uncertain", [other])
    assert decide(question, [], [other], yes_model, topic)[0] == "yes"
    below = replace(no_effect, score=0.6)  # less relevant than the statement the verdict rests on
    assert decide(question, [], [other, below], yes_model, topic)[0] == "yes"


def test_an_uncertain_verdict_opens_with_the_statement_of_both_sides() -> None:
    # Session 38: the lavage answer turned "uncertain" quoted the one-year finding without the five-year null
    # result that makes it so; a statement stating both sides states "uncertain" more plainly.
    from service.answer.lead import stating_lead
    from service.answer.verdict import both_sides
    one_year = _candidate("Drugq gave better gizmo function at one year than zorb alone.", 0.99)
    both = _candidate(one_year.text + " Longer follow-up of that trial found no significant difference between the "
                      "groups at five years.", 0.9)
    assert both_sides(both.text) and not both_sides(one_year.text)
    assert not both_sides("At present no drug is approved for gizmo steatosis.")  # a lone denial
    assert both_sides("Drugq improved gizmo stiffness, but it did not reduce calcification.")
    assert stating_lead("uncertain", one_year, [one_year, both]) is both
