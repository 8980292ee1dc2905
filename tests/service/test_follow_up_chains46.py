"""Follow-up chains of session 46 (scripts/followup46_questions.txt): "And X?" is read as "What about X?", a chain
keeps the whole question it narrows, "What if the child is allergic to penicillin?" narrows the people, "Is it safe
with warfarin?" asks about vitamin K2 with warfarin, and the templates name the people asked. Before, each answered
the previous question again, a broken phrase ("insufficient evidence on And and diabetes") or, for warfarin, "Yes."
above the tolerability of vitamin K2 alone."""
from __future__ import annotations

import pytest

from fastapi.testclient import TestClient

from index.search import Index
from service.answer.follow_up import Previous, as_whole_question
from service.answer.pipeline import answer_question
from tests.service.chains import chain
from service.answer.question import read_question

EXERCISE = Previous("Is exercise recommended for knee osteoarthritis?", "exercise", "knee osteoarthritis")


def test_and_names_what_changes_as_what_about_does() -> None:
    assert as_whole_question("And paracetamol?", EXERCISE) == "Is paracetamol recommended for knee osteoarthritis?"
    assert as_whole_question("And in people with diabetes?", EXERCISE) == \
        "Is exercise recommended for knee osteoarthritis in people with diabetes?"
    # "And" before a question of its own is that question
    assert as_whole_question("And, what about weight loss?", EXERCISE) == \
        "Is weight loss recommended for knee osteoarthritis?"
    for text in ("And is it safe?", "And what dose?", "And how long?", "And it works?",
                 "And for how long?", "What about for how long?", "And in which patients?"):
        assert as_whole_question(text, EXERCISE) == text, text


def test_what_if_the_people_narrows_the_question() -> None:
    amoxicillin = Previous("Is amoxicillin the first choice for a child with acute otitis media?", "amoxicillin",
                           "acute otitis media")
    assert as_whole_question("What if the child is allergic to penicillin?", amoxicillin) == \
        "Is amoxicillin the first choice for a child with acute otitis media in a child who is allergic to penicillin?"
    assert as_whole_question("What if they are pregnant?", EXERCISE) == \
        "Is exercise recommended for knee osteoarthritis in people who are pregnant?"
    # a person's pronoun names no people of a kind ("a woman" made "woman" a word every statement had to name)
    assert as_whole_question("What if she is pregnant?", EXERCISE) == \
        "Is exercise recommended for knee osteoarthritis in a person who is pregnant?"
    # a clause on no person is no people: it names an occasion of the intervention (test_follow_up_occasions46)
    assert as_whole_question("What if it does not work?", EXERCISE) == "What if exercise does not work?"


def test_and_x_after_what_about_answers_x(loaded_index: Index) -> None:
    bupropion = chain(loaded_index, "Does nicotine replacement therapy help people stop smoking?",
                       "What about varenicline?", "And bupropion?")
    assert bupropion.intervention == "bupropion"
    assert bupropion.bottom_line.text.startswith("Yes. Bupropion")
    paracetamol = chain(loaded_index, "Is exercise recommended for knee osteoarthritis?", "What about weight loss?",
                         "And paracetamol?")
    assert paracetamol.intervention == "paracetamol"
    assert paracetamol.verdict == "no" and "not recommended for routine use" in paracetamol.bottom_line.text


def test_a_chain_narrows_the_whole_question_it_follows(loaded_index: Index) -> None:
    diabetes = chain(loaded_index, "Is a thiazide-like diuretic a first-line option for hypertension?",
                      "What about ACE inhibitors?", "And in people with diabetes?")
    assert diabetes.intervention == "ACE inhibitors" and "diabetes" in (diabetes.condition or "")
    assert diabetes.read_as == "Is ACE inhibitors a first-line option for hypertension in people with diabetes?"
    assert "And" not in diabetes.title and diabetes.verdict == "yes"
    assert "hypertension and diabetes" in diabetes.bottom_line.text


def test_vitamin_k2_with_warfarin_leads_with_the_caution(loaded_index: Index) -> None:
    # DANGEROUS on the base: "Yes. Vitamin K2 supplements have been well tolerated ..."
    then = chain(loaded_index, "Can vitamin K2 be used to treat tendon calcification?", "What dose would be used?",
                  "Is it safe with warfarin?")
    assert (then.intervention, then.condition) == ("vitamin K2", "warfarin")
    assert then.verdict == "no"
    assert then.bottom_line.text.startswith("No. Vitamin K2 can reduce the effect of warfarin")
    assert "well tolerated" not in then.bottom_line.text
    plain = answer_question(loaded_index, "Is vitamin K2 safe with warfarin?")
    assert plain.verdict == "no"
    assert plain.bottom_line.text.startswith("No. Vitamin K2 can reduce the effect of warfarin")
    people = chain(loaded_index, "Can vitamin K2 be used to treat tendon calcification?",
                    "Is it safe for people on warfarin?")
    assert people.verdict == "no" and "warfarin" in people.bottom_line.text


def test_safe_with_names_what_it_is_taken_with() -> None:
    q = read_question("Is ibuprofen safe with kidney disease?")
    assert (q.type, q.intervention, q.condition) == ("safety", "ibuprofen", "kidney disease")
    assert read_question("Is it safe with warfarin?", "vitamin K2", "tendon calcification").condition == "warfarin"
    assert read_question("Is MK-7 safe at high doses?").condition is None


def test_what_if_the_child_is_allergic_answers_for_them(loaded_index: Index) -> None:
    allergic = chain(loaded_index, "Is amoxicillin the first choice for a child with acute otitis media?",
                      "What if the child is allergic to penicillin?")
    assert allergic.verdict == "no"
    assert allergic.bottom_line.text.startswith("No. A macrolide or another alternative is used for children with "
                                                "penicillin allergy.")


def test_people_a_follow_up_asks_of_are_named_in_the_gap(loaded_index: Index) -> None:
    adolescents = chain(loaded_index, "Should adults in primary care be screened for depression?",
                         "What about adolescents?")
    text = adolescents.bottom_line.text
    assert "screening for depression in adolescents" in text and "screening and depression" not in text


def test_advice_on_another_thing_is_no_yes_to_the_asked_one(loaded_index: Index) -> None:
    pregnancy = chain(loaded_index, "Is oral iron the first treatment for iron-deficiency anaemia?",
                       "What about in pregnancy?")
    assert pregnancy.verdict == "uncertain", pregnancy.bottom_line.text
    assert not pregnancy.bottom_line.text.startswith("Yes.")
    from service.answer.verdict import names_only_as_occasion
    oral = frozenset({"oral", "iron"})
    assert names_only_as_occasion("Intravenous iron is recommended when oral iron is not tolerated, is ineffective, "
                                  "or when rapid repletion is needed.", (oral,))
    assert not names_only_as_occasion("Oral iron is recommended as first-line treatment.", (oral,))
    assert not names_only_as_occasion("Intravenous iron is recommended before surgery.", (oral,))


def test_a_chain_through_the_api_keeps_the_whole_question(client: TestClient) -> None:
    # Each follow-up names the stored answer it follows: the whole question a follow-up was read as is stored with
    # it, so "And paracetamol?" is still asked as whether it is recommended.
    answer = None
    for question in ("Is exercise recommended for knee osteoarthritis?", "What about weight loss?",
                     "And paracetamol?"):
        body = {"question": question, **({"follows": answer["id"]} if answer else {})}
        response = client.post("/v1/answers", json=body)
        assert response.status_code == 201
        answer = response.json()
    assert answer is not None
    assert answer["question"] == "And paracetamol?"
    assert answer["read_as"] == "Is paracetamol recommended for knee osteoarthritis?"
    assert answer["verdict"] == "no"


def test_people_defined_by_an_adjective_after_them(loaded_index: Index) -> None:
    # "patients allergic to penicillin" is "patients who are allergic to penicillin": for them the guideline advises
    # another antibiotic (followup45 answered this chain with "Indirect evidence:", the standalone question with none)
    then = chain(loaded_index, "Is amoxicillin first-line for community-acquired pneumonia?",
                  "What about patients allergic to penicillin?")
    assert then.verdict == "no" and "Doxycycline or a macrolide" in then.bottom_line.text
    plain = answer_question(loaded_index,
                            "Should children allergic to penicillin get amoxicillin for acute otitis media?")
    assert plain.verdict == "no"
    assert plain.bottom_line.text.startswith("No. A macrolide or another alternative is used for children with "
                                             "penicillin allergy.")


def test_a_pronoun_nothing_names_gives_no_topic() -> None:
    # "Is it safe with warfarin?" asked first read "warfarin" alone and said "Yes. Warfarin ... is used to prevent ..."
    q = read_question("Is it safe with warfarin?")
    assert (q.intervention, q.condition) == (None, None)
    assert read_question("Is it safe in pregnancy?").condition is None
    assert read_question("Is it safe in pregnancy?", "topiramate", "migraine").condition == "pregnancy"


def test_a_setting_of_other_people_or_another_kind_takes_its_place() -> None:
    amoxicillin = Previous("Is amoxicillin the first choice for a child with acute otitis media?", "amoxicillin",
                           "acute otitis media")
    # "... for a child with acute otitis media in adults?" asked of both
    for text in ("What about in adults?", "And for adults?"):
        assert as_whole_question(text, amoxicillin) == \
            "Is amoxicillin the first choice for adults with acute otitis media?"
    assert as_whole_question("And for hip osteoarthritis?", EXERCISE) == \
        "Is exercise recommended for hip osteoarthritis?"
    older = Previous("Does vitamin D prevent fractures in older adults?", "vitamin D", "fractures in older adults")
    assert as_whole_question("What about in older adults with osteoporosis?", older) == \
        "Does vitamin D prevent fractures in older adults with osteoporosis?"


def test_other_people_are_not_answered_by_advice_for_children(loaded_index: Index) -> None:
    adults = chain(loaded_index, "Is amoxicillin the first choice for a child with acute otitis media?",
                    "What about in adults?")
    assert adults.verdict != "yes", adults.bottom_line.text


def test_a_pronoun_follow_up_on_pain_or_on_people(loaded_index: Index) -> None:
    # "Is it painful?" kept the previous condition and led with the advice to use shockwave therapy; people alone in
    # the condition's place lost the condition they were asked of
    painful = chain(loaded_index, "Does shockwave therapy help calcific tendinopathy?", "Is it painful?")
    assert (painful.intervention, painful.condition) == ("shockwave therapy", "pain")
    assert painful.bottom_line.text.startswith("Yes. Shockwave therapy commonly causes pain during treatment")
    pregnant = chain(loaded_index, "Is topiramate effective for preventing migraine?", "Is it used in pregnant women?")
    assert pregnant.condition == "migraine in pregnant women"
    assert pregnant.verdict == "no" and "must be avoided in pregnancy" in pregnant.bottom_line.text
    assert read_question("Is it safe for people on warfarin?", "vitamin K2", "tendon calcification").condition == \
        "people on warfarin"  # harms are the intervention's own wherever it is used


def test_a_conjunction_before_a_follow_up_is_no_part_of_it(loaded_index: Index) -> None:
    # "And for how long?" read "And" as the intervention ("And and How Long"), and a follow-up after it asked of that
    then = chain(loaded_index, "Is varenicline effective for smoking cessation?", "And for how long?")
    assert (then.intervention, then.question_type) == ("varenicline", "dosing")
    assert then.question == "And for how long?"
    assert then.bottom_line.text.startswith("Treatment with varenicline or nicotine replacement usually lasts about 12")
    allergic = chain(loaded_index, "Is amoxicillin the first choice for a child with acute otitis media?",
                      "And for how long?", "What if the child is allergic to penicillin?")
    assert allergic.intervention == "amoxicillin" and "allergic to penicillin" in (allergic.condition or "")
    assert "A macrolide or another alternative is used for children with penicillin allergy." in \
        allergic.bottom_line.text


def test_a_follow_up_on_worsening_reads_the_denied_harm(loaded_index: Index) -> None:
    # Review 49: "Yes." above "... reassure patients that appropriate exercise does not damage the joint".
    then = chain(loaded_index, "Is exercise recommended for knee osteoarthritis?", "Does it worsen joint damage?")
    assert then.verdict == "no", then.bottom_line.text


@pytest.mark.parametrize("follow_up, verdict", [("Can I take it if I have asthma?", "no"),
                                                ("Can patients with asthma take it?", "no"),
                                                ("Can I take it while pregnant?", "uncertain")])
def test_a_follow_up_asked_of_people_in_a_state_reads_them(loaded_index: Index, follow_up: str, verdict: str) -> None:
    # Review 49: "Yes." above "Propranolol is recommended as a first-line preventive drug for migraine ..." with
    # "Propranolol should be avoided in people with asthma ..." beside it; and "Yes." for pregnancy, of which no
    # statement on propranolol speaks.
    then = chain(loaded_index, "Is propranolol recommended for migraine prevention?", follow_up)
    assert then.verdict == verdict, then.bottom_line.text


def test_a_follow_up_in_pregnancy_reads_the_advice_against(loaded_index: Index) -> None:
    then = chain(loaded_index, "Is topiramate recommended for migraine prevention?", "Can I take it while pregnant?")
    assert then.verdict == "no", then.bottom_line.text


def test_a_state_said_as_a_gerund_after_while_is_read(loaded_index: Index) -> None:
    # Review 49: "Yes." for topiramate "while breastfeeding", of which no statement speaks.
    from service.answer.subgroup import asked_states

    assert "breastfeeding" in asked_states("Can I take it while breastfeeding?")
    assert "taking" not in asked_states("Can I take it while taking warfarin?")
    then = chain(loaded_index, "Is topiramate recommended for migraine prevention?", "Can I take it while breastfeeding?")
    assert then.verdict != "yes", then.bottom_line.text


def test_people_named_by_the_adjective_of_a_state_are_read_in_it(loaded_index: Index) -> None:
    # Review 49: "Yes." to "Can asthmatic patients take propranolol?" above "Propranolol should be avoided in people
    # with asthma ...".
    from service.answer.question import state_nouns

    assert state_nouns("asthmatic patients") == "asthma"
    assert state_nouns("anaemic women") == "anaemia"
    answer = answer_question(loaded_index, "Can asthmatic patients take propranolol?")
    assert answer.verdict == "no", answer.bottom_line.text
