"""Verdicts that must agree with the quote beside them (session 40): a guideline's recommendation read wherever it
stands, harms read only from sentences naming the intervention, a denial that a harm rises, a statement of the
question's own claim, comparisons, advice for some cases only, and advice to combine what is asked alone."""
from __future__ import annotations

import pytest

from index.search import Hit, Index
from ingest.models import Chunk, Document
from service.answer.pipeline import answer_question
from service.answer.polarity import as_asked, asks_need, for_some_cases, with_what_asked_without
from service.answer.scoring import Candidate
from service.answer.verdict import (VerdictModel, decide, denies_only_harm_rise, harm_asked, naming, on_ranking,
                                    on_safety, says_beats, states_claim, states_comparison)

# A model that leans "no" on anything (P(yes) 0.55: above even odds, below its threshold).
LEANING_NO = VerdictModel(weights={}, intercept=0.2, no_below=0.6, yes_above=0.6, relevant_floor=0.0)

HARMS = ("Antibiotics for condition Y commonly cause diarrhoea and rash. Serious complications are rare, and the risk "
         "is not substantially increased by watchful waiting in appropriately selected children.")
OPTION = "Watchful waiting without immediate antibiotics is an appropriate option for many children with condition Y."


def _guideline(text: str, score: float, doc: str = "g1") -> Candidate:
    document = Document(id=doc, title="A guideline", kind="guideline", source="Test", year=2020, authors="",
                        url="", path=doc, sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, score, 0.8, frozenset(), True, True, True, anchored=True)


def test_harms_are_read_only_from_the_sentences_that_name_the_intervention() -> None:
    intervention = frozenset({"watch", "wait"})
    assert naming(HARMS, intervention).startswith("Serious complications")
    assert naming(HARMS, frozenset()) == HARMS  # no intervention given: the whole statement
    assert naming("Drug X causes rash.", intervention) == "Drug X causes rash."  # one sentence: itself
    assert naming(HARMS, frozenset({"nothing"})) == HARMS  # no sentence names it: the whole statement


@pytest.mark.parametrize("text, expected", [
    ("The risk is not substantially increased by watchful waiting.", True),
    ("A large trial found no significant increase in serious adverse events with drug X.", True),
    ("Drug X did not reduce the risk of fractures.", False),  # a denial of a benefit
    ("Drug X did not increase bone density.", False),  # a rise of no harm
    ("Drug X was effective.", False),  # no denial at all
])
def test_a_denial_that_a_harm_rises_is_read_from_its_grammar(text: str, expected: bool) -> None:
    assert denies_only_harm_rise(text) is expected


def test_a_question_on_a_harm_or_a_rise_is_one_a_harm_denial_answers() -> None:
    assert harm_asked("Does watchful waiting increase the risk of complications?")
    assert harm_asked("Is drug X harmful in pregnancy?")
    assert harm_asked("Is drug X well tolerated?")  # tolerance asks its safety, as "Is drug X safe?" does
    assert not harm_asked("Is watchful waiting recommended for condition Y?")


def test_a_guideline_no_against_its_own_recommendation_is_its_yes_when_another_statement_leads() -> None:
    # The recommendation is not the lead (another statement is), so nothing else reads its advice; the other
    # statement's harms are of antibiotics, and its only denial is that a harm rises.
    option, harms = _guideline(OPTION, 0.97), _guideline(HARMS, 0.85)
    verdict, _ = decide("Is watchful waiting recommended for condition Y?", [option, harms], [option, harms],
                        LEANING_NO, frozenset({"watch", "wait", "condit", "y"}), frozenset({"condit", "y"}))
    assert verdict == "yes"
    # Asked whether the harm rises, that denial is the answer: "no".
    verdict, _ = decide("Does watchful waiting increase the risk of complications?", [harms], [harms], LEANING_NO,
                        frozenset({"watch", "wait", "complic"}), frozenset({"complic"}), "increase")
    assert verdict == "no"
    # A guideline's advice against still says no.
    against = _guideline("Watchful waiting is not recommended for children with condition Y.", 0.97)
    assert decide("Is watchful waiting recommended for condition Y?", [against], [against], LEANING_NO)[0] == "no"


def test_a_statement_of_the_questions_own_claim_states_its_yes() -> None:
    claim = "Most cases of condition Y resolve without antibiotics within about three days."
    assert states_claim("Does condition Y resolve without antibiotics?", claim)
    assert not states_claim("Does condition Y resolve with antibiotics?", claim)  # there the claim is the reverse
    assert not states_claim("Does condition Y resolve without antibiotics?",
                            "Condition Y does not resolve without antibiotics.")
    statement = _guideline(claim, 0.9)
    assert decide("Does condition Y resolve without antibiotics?", [statement], [statement], LEANING_NO)[0] == "yes"


def test_a_safety_yes_is_not_taken_back_by_harms_of_another_intervention() -> None:
    topic, intervention = frozenset({"watch", "wait", "condit", "y"}), frozenset({"watch", "wait"})
    assert on_safety("yes", [HARMS, OPTION], topic, HARMS, intervention) == "yes"
    assert on_safety("yes", [HARMS, OPTION], topic, HARMS) == "uncertain"  # read as a whole: "cause" is a harm


def test_a_yes_to_a_comparison_needs_a_statement_that_something_beats_the_compared_thing() -> None:
    advice = "Clinicians should offer therapeutic exercise to every person with knee osteoarthritis."
    assert on_ranking("Is exercise better than rest for knee arthritis?", "yes", [advice]) == "uncertain"
    trial = ("A randomized trial compared needle lavage plus a corticosteroid injection with a corticosteroid "
             "injection alone. At one year, the lavage group had better shoulder function scores and a greater "
             "reduction in deposit size than the corticosteroid-only group.")
    assert says_beats("Is barbotage better than steroid injection?", [trial])  # ten words to "than"; a combining form
    assert not says_beats("Is barbotage better than no treatment?", [trial])
    sham = ("A randomized, double-blind, placebo-controlled trial enrolled 144 patients. In that trial, shockwave "
            "therapy improved shoulder function at six months more than sham treatment.")
    assert says_beats("Is shockwave therapy better than placebo?", [sham])  # the arm named the sentence before
    product = "Combination therapy, using a patch with a short-acting product, is more effective than a single product."
    assert says_beats("Is combination therapy more effective than a single product?", [product])
    assert not says_beats("Is a single product more effective than combination therapy?", [product])
    assert says_beats("Is drug X effective?", [])  # no comparison asked
    assert states_comparison("Is barbotage better than steroid injection?", trial,
                             frozenset({"lavag", "barbotag", "steroid", "inject"}))


def test_advice_for_some_cases_is_no_yes_to_whether_it_is_needed() -> None:
    advice = "Drug X-Z is recommended if the child has received drug X in the previous 30 days."
    assert asks_need("Is drug X-Z needed for condition Y?") and asks_need("Do children with Y need drug X?")
    assert not asks_need("Is drug X-Z used for condition Y?")
    assert for_some_cases(advice) and for_some_cases("Drug Q is reserved for severe disease.")
    assert not for_some_cases("Drug X is recommended for every child with condition Y.")
    assert as_asked("Is drug X-Z needed for condition Y?", "yes", advice) == "uncertain"
    assert as_asked("Is drug X-Z used for condition Y?", "yes", advice) == "yes"


def test_advice_to_combine_is_no_yes_to_using_it_without_or_alone() -> None:
    advice = "Clinicians should step up to a low-dose inhaled corticosteroid combined with a long-acting agonist."
    assert with_what_asked_without("Should long-acting agonists be used without an inhaled corticosteroid?", advice)
    assert with_what_asked_without("Should long-acting agonists be used alone?", advice)
    assert not with_what_asked_without("Should long-acting agonists be used in asthma?", advice)
    assert as_asked("Should long-acting agonists be used without an inhaled corticosteroid?", "yes",
                    advice) == "uncertain"


# On the default corpus: each verdict agrees with the quote beside it.
@pytest.mark.parametrize("question, expected", [
    ("Is watchful waiting recommended for acute otitis media?", "yes"),
    ("Is watchful waiting a reasonable option for acute otitis media in children?", "yes"),
    ("Does watchful waiting increase the risk of complications in acute otitis media?", "no"),
    ("Does acute otitis media resolve without antibiotics?", "yes"),
    ("Is amoxicillin-clavulanate needed for acute otitis media?", "uncertain"),
    ("Is exercise better than rest for knee arthritis?", "uncertain"),
    ("Is barbotage better than steroid injection for calcific shoulder tendinitis?", "yes"),
    # (Its "No." is the statement "should not be used without an inhaled corticosteroid"; advice to combine the two
    # is no "yes": tests/service/test_used_without.py.)
    ("Should long-acting beta-agonists be used without an inhaled corticosteroid in asthma?", "no"),
    # Asked whether to give it at once or always: advice for it "when an antibiotic is needed" does not say to.
    ("Should a child with acute otitis media get antibiotics straight away?", "uncertain"),
    ("Should children with ear infections always get antibiotics?", "uncertain"),
])
def test_default_corpus_verdicts_agree_with_their_quotes(loaded_index: Index, question: str, expected: str) -> None:
    assert answer_question(loaded_index, question).verdict == expected


def test_saba_alone_advice_is_no_yes_for_laba_alone(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Should long-acting beta-agonists be used alone in asthma?")
    assert answer.verdict != "yes"
