"""A "Yes." a clinician could act on wrongly, where the quoted advice is for another case than the one asked
(session 47): advice to combine X with another read as a yes to X alone or to X being enough; advice for another drug
named by a compound of the asked one ("X-Z is recommended if the child has received X ...") read as a yes to X in
that very case, or advice for a pair named as one word ("budesonide-formoterol") as a yes to one of them; and advice
bounded to part of the asked ages ("under 6 months" for "under 3 years") read as a yes for all of them (it may still
lead: the nearest advice there is)."""
from __future__ import annotations

import pytest

from index.lexical import tokenize
from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.polarity import with_what_asked_without
from service.answer.qualifiers import beyond_bounds, qualifiers
from service.answer.verdict import names_only_as_occasion, names_only_in_other_names

COMBINED = "For severe illness Y, drug Z combined with drug X is commonly recommended."


def test_a_question_whether_a_thing_is_enough_asks_it_alone() -> None:
    assert with_what_asked_without("Is drug X alone enough for illness Y?", COMBINED)
    assert with_what_asked_without("Is drug X enough for severe illness Y?", COMBINED)
    assert with_what_asked_without("Is drug X sufficient for illness Y?", COMBINED)
    assert not with_what_asked_without("Is drug X recommended for illness Y?", COMBINED)


def test_a_thing_named_alone_as_what_is_compared_with_is_not_asked_alone() -> None:
    advice = "Drug X together with drug Z is more effective than a single drug."
    assert not with_what_asked_without("Is combining drug X with drug Z better than one alone?", advice)
    assert not with_what_asked_without("Is drug X with drug Z more effective compared with drug X alone?", advice)


def test_a_compound_name_of_the_asked_thing_with_another_names_the_other_thing() -> None:
    drug = (frozenset(tokenize("drugx")),)
    occasion = "Drugx-drugy is recommended if the child has received drugx in the previous 30 days."
    assert names_only_as_occasion(occasion, drug)
    assert not names_only_as_occasion("Drugx-drugy is recommended for recurrent illness.", drug)
    assert not names_only_as_occasion("Drugx is recommended when an antibiotic is needed.", drug)
    # A compound whose other part only modifies, or all of whose parts are the asked name's, still names it.
    inhaled = (frozenset(tokenize("inhaled corticosteroid")),)
    assert not names_only_as_occasion("Every adult should receive an inhaled corticosteroid-containing treatment "
                                      "rather than a reliever alone.", inhaled)
    agonist = (frozenset(tokenize("long-acting beta agonist")),)
    assert not names_only_as_occasion("Long-acting beta-agonists should not be used without a steroid.", agonist)


def test_advice_for_a_pair_named_as_one_word_names_neither_part_alone() -> None:
    pair = "For mild illness, as-needed low-dose drugx-drugy is a recommended reliever option."
    assert names_only_in_other_names(pair, (frozenset(tokenize("drugy")),))
    assert not names_only_in_other_names(pair, (frozenset(tokenize("drugx-drugy")),))
    assert not names_only_in_other_names("Drugy is recommended beside drugx-drugy.", (frozenset(tokenize("drugy")),))
    # A number or a letter or two after the hyphen says which of its kind the name is: no other name.
    kinds = (frozenset(tokenize("vitamin K2")), frozenset(tokenize("menaquinone")))
    assert not names_only_in_other_names("Menaquinone-7 180 micrograms per day improved arterial stiffness.", kinds)
    # Hyphens typed for dashes around a phrase join no names (a held-out BioASQ answer turned "does not settle").
    dashes = "Two gizmo inhibitors-drugy and drugz-are effective and licensed in active wheezitis."
    assert not names_only_in_other_names(dashes, (frozenset(tokenize("drugy")),))


def test_asked_ages_reaching_past_a_statements_bound_are_beyond_it() -> None:
    under3 = qualifiers("Should children under 3 years get drug X?")["age bound"]
    assert beyond_bounds(under3, frozenset({"lt 6m"}))  # under 6 months is part of under 3 years
    assert not beyond_bounds(under3, frozenset({"lt 48m"}))  # under 4 years holds all of them
    assert beyond_bounds(under3, frozenset({"gt 6m"}))  # older than 6 months: part of them too
    over40 = qualifiers("Should adults over 40 take drug X?")["age bound"]
    assert beyond_bounds(over40, frozenset({"gt 600m"}))  # over 50 years
    assert not beyond_bounds(over40, frozenset({"gt 216m"}))  # over 18 years
    assert beyond_bounds(qualifiers("Should infants under 12 weeks get drug X?")["age bound"],
                         frozenset({"lt 6w"}))
    assert not beyond_bounds(frozenset(), frozenset({"lt 6m"}))


# On the default corpus: none of these may be a yes; the last ones keep theirs.
@pytest.mark.parametrize("question", [
    "Is a macrolide alone enough for severe community-acquired pneumonia?",
    "Is a beta-lactam by itself enough for severe pneumonia?",
    "Is a macrolide enough for severe community-acquired pneumonia?",
    "Should a child with acute otitis media who had amoxicillin in the previous 30 days get amoxicillin?",
    "Should children under 3 years with acute otitis media get immediate antibiotics?",
    "Should people over 60 take 800 units of vitamin D a day?",
    "Is formoterol recommended for mild asthma?",
    "Is a nicotine patch alone sufficient for smoking cessation?",
])
def test_advice_for_another_case_is_no_yes(loaded_index: Index, question: str) -> None:
    a = answer_question(loaded_index, question)
    assert a.verdict != "yes", a.bottom_line.text
    assert not a.bottom_line.text.startswith("Yes")


def test_a_follow_up_on_the_case_a_guideline_advises_another_drug_for_is_no_yes(loaded_index: Index) -> None:
    first = answer_question(loaded_index, "Is amoxicillin the first choice for acute otitis media in children?")
    assert first.verdict == "yes"
    then = answer_question(loaded_index, "What if the child had amoxicillin in the last 30 days?", follows=first)
    assert then.verdict != "yes", then.bottom_line.text
    assert "Amoxicillin-clavulanate is recommended if the child has received amoxicillin" in then.bottom_line.text


def test_advice_for_part_of_the_asked_ages_still_leads_under_no_yes(loaded_index: Index) -> None:
    question = "Should children under 3 years with acute otitis media get immediate antibiotics?"
    a = answer_question(loaded_index, question)
    assert a.verdict == "uncertain", a.bottom_line.text
    assert "Immediate antibiotics are recommended for children under 6 months" in a.bottom_line.text


@pytest.mark.parametrize("question, opening", [
    ("Should infants under 3 months with acute otitis media get immediate antibiotics?",
     "Yes. Immediate antibiotics are recommended for children under 6 months"),
    ("Should adults over 75 take 800 units of vitamin D a day?",
     "Yes. The 2011 report of the US Institute of Medicine"),
    ("Is combining a nicotine patch with a short-acting nicotine product better than one alone?",
     "Yes. Combination nicotine replacement therapy"),
    ("Is amoxicillin-clavulanate used for recurrent otitis media?", "Yes. Amoxicillin-clavulanate is recommended"),
    ("Is budesonide-formoterol recommended for mild asthma?", "Yes. For mild asthma, as-needed low-dose budesonide"),
    ("Does menaquinone-7 improve arterial stiffness in postmenopausal women?", "Yes."),
])
def test_advice_for_the_asked_case_keeps_its_yes(loaded_index: Index, question: str, opening: str) -> None:
    a = answer_question(loaded_index, question)
    assert a.verdict == "yes" and a.bottom_line.text.startswith(opening), a.bottom_line.text
