"""A contraindication, or the exception to advice against a treatment, stated for a state the asked people are in
answers for them (unseen47b: "Is shockwave therapy an option for a pregnant woman with calcific shoulder tendinitis?"
quoted a trial and said nothing, beside "Shockwave therapy should not be used in pregnancy, ..."; "Is a beta-blocker
reasonable for high blood pressure in a patient who also has angina?" said "No." from the very sentence that names
angina as the case for using one)."""
from __future__ import annotations

from index.lexical import tokenize
from index.search import Index
from ingest.models import DocumentKind
from service.answer.concepts import text_passages
from service.answer.kinds_said import said_to_be_of
from service.answer.pipeline import answer_question
from service.answer.question import read_question
from service.answer.scoring import Candidate
from service.answer.subgroup import (StateLinks, advised_for_them, against_for_them, asked_states, joined_states,
                                     same_state, used_for_them)
from tests.service.candidates import scored


def test_advice_against_it_in_pregnancy_answers_for_a_pregnant_woman(loaded_index: Index) -> None:
    a = answer_question(loaded_index, "Is shockwave therapy an option for a pregnant woman with calcific shoulder "
                                      "tendinitis?")
    assert a.verdict == "no", a.bottom_line.text
    assert a.bottom_line.text.startswith("No. Shockwave therapy should not be used in pregnancy")


def test_going_on_taking_it_once_pregnant_is_asked_of_pregnancy(loaded_index: Index) -> None:
    asked = "Can a 32-year-old woman with hypertension keep taking her ACE inhibitor after she becomes pregnant?"
    q = read_question(asked)
    assert q.intervention == "ACE inhibitor"
    a = answer_question(loaded_index, asked)
    assert a.verdict == "no", a.bottom_line.text
    assert "should not be used in pregnancy" in a.bottom_line.text


def test_a_listed_contraindication_not_worded_avoid_says_no(loaded_index: Index) -> None:
    a = answer_question(loaded_index, "Should oral NSAIDs be given for calcific tendinopathy to a 60-year-old with "
                                      "an active peptic ulcer?")
    assert a.verdict == "no", a.bottom_line.text
    assert "no contraindication such as active peptic ulcer disease" in a.bottom_line.text


def test_a_state_the_corpus_never_puts_in_the_listed_class_is_not_read_as_in_it(loaded_index: Index) -> None:
    # The corpus never says anorexia nervosa is an eating disorder, and the embedder's nearness (0.70) sits among
    # wrong pairs (postpartum / pregnancy 0.61): no "Yes." rests on it.
    a = answer_question(loaded_index, "Should bupropion be avoided in a 30-year-old smoker with a history of "
                                      "anorexia nervosa?")
    assert a.verdict != "yes", a.bottom_line.text


def test_the_exception_to_advice_against_it_says_yes_for_those_people(loaded_index: Index) -> None:
    a = answer_question(loaded_index, "Is a beta-blocker reasonable for high blood pressure in a patient who also "
                                      "has angina?")
    assert a.verdict == "yes", a.bottom_line.text
    assert "another indication such as angina" in a.bottom_line.text


def test_people_in_another_state_keep_their_answer(loaded_index: Index) -> None:
    # Guards (pass on the base too): a state the statements do not name is not read into them.
    a = answer_question(loaded_index, "Is a beta-blocker appropriate for hypertension in a patient who also has "
                                      "diabetes?")
    assert a.verdict != "yes", a.bottom_line.text
    b = answer_question(loaded_index, "Is shockwave therapy an option for a 45-year-old man with calcific shoulder "
                                      "tendinitis?")
    assert b.verdict == "yes", b.bottom_line.text


def test_the_states_a_question_names_its_people_by() -> None:
    assert asked_states("pregnant woman with calcific shoulder tendinitis") == ("calcific shoulder tendinitis",
                                                                                 "pregnancy")
    assert asked_states("30-year-old smoker with a history of anorexia nervosa") == ("anorexia nervosa",)
    assert asked_states("high blood pressure in a patient who also has angina") == ("angina",)
    assert asked_states("someone taking warfarin") == ("warfarin",)
    assert asked_states("a non-pregnant woman") == ()
    assert asked_states("children who are not allergic to penicillin") == ()


def test_a_state_is_named_by_its_words_or_a_head_after_them_never_a_narrower_one() -> None:
    assert same_state("active peptic ulcer", "active peptic ulcer disease")
    assert same_state("pregnancy", "pregnancy")
    assert not same_state("asthma", "severe asthma")
    assert not same_state("non-severe illness", "severe illness")
    # No shared word: the corpus's statement of a class named by one plural noun.
    assert same_state("drugy", "blockers", StateLinks(kind_of=lambda t, k: (t, k) == ("drugy", "blockers")))


def _statement(text: str) -> Candidate:
    return scored(text, 1.0, "guideline-a", DocumentKind.GUIDELINE)


FORMS = (frozenset(tokenize("drugx")),)


def test_advice_against_it_in_a_list_of_states() -> None:
    listed = _statement("Drugx should not be used in pregnancy, over open wounds, in patients with blorp syndrome "
                        "or those taking drugy without specialist review.")
    for state in ("pregnancy", "blorp syndrome", "drugy"):
        assert against_for_them([listed], "gizmo palsy", FORMS, (state,)) is listed, state
    assert against_for_them([listed], "gizmo palsy", FORMS, ("zonk disease",)) is None
    assert against_for_them([listed], "gizmo palsy", FORMS, ("specialist review",)) is None  # after "without"
    such = _statement("Drugx is recommended if the patient has no contraindication such as zonk disease or blorp "
                      "syndrome.")
    assert against_for_them([such], "gizmo palsy", FORMS, ("zonk disease",)) is such
    caution = _statement("Drugx should be avoided in people with blorp syndrome and used with caution in people "
                         "with zonk disease.")
    assert against_for_them([caution], "gizmo palsy", FORMS, ("zonk disease",)) is None


def test_use_for_their_state_only_as_the_exception_to_advice_against_it() -> None:
    exception = _statement("Drugx is not recommended as routine first-line treatment for gizmo palsy but is used "
                           "when there is another indication such as zonk disease or blorp syndrome.")
    assert used_for_them([exception], FORMS, ("zonk disease",)) is exception
    assert used_for_them([exception], FORMS, ("flem disease",)) is None
    plain = _statement("Drugx is used when there is another indication such as zonk disease.")
    assert used_for_them([plain], FORMS, ("zonk disease",)) is None  # no advice against it to be an exception to


def test_what_advice_names_the_thing_for_is_no_state_it_is_advised_against_in(loaded_index: Index) -> None:
    usual = _statement("Drugx is not recommended as routine first-line treatment for zonk disease.")
    assert against_for_them([usual], "gizmo palsy", FORMS, ("zonk disease",)) is None
    # "for uncomplicated hypertension" was read as a state the embedder puts near "high blood pressure".
    a = answer_question(loaded_index, "Is a beta-blocker reasonable for a woman with high blood pressure and heart "
                                      "failure?")
    assert a.verdict == "yes", a.bottom_line.text


def test_a_drug_the_corpus_says_is_of_the_class_a_contraindication_names(loaded_index: Index) -> None:
    a = answer_question(loaded_index, "Is shockwave therapy an option for calcific tendinitis in a patient taking "
                                      "warfarin?")
    assert a.verdict == "no", a.bottom_line.text
    assert a.bottom_line.text.startswith("No. Shockwave therapy should not be used in pregnancy")
    b = answer_question(loaded_index, "Is shockwave therapy an option for calcific shoulder tendinitis in a patient "
                                      "taking amoxicillin?")
    assert b.verdict != "no", b.bottom_line.text  # no class the corpus puts amoxicillin in is named


def test_the_corpus_says_what_class_a_thing_is_of() -> None:
    passages = text_passages(["Drugx does not interact with direct oral blockers such as drugy or drugz.",
                              "The blocking effect of drugw depends on the dose.",
                              "Drugv is a long-acting blocker that is taken once daily.",
                              "Drugu and drugx were compared in a trial of blockers."])
    for thing in ("drugy", "drugz", "drugv"):
        assert said_to_be_of(thing, "blockers", passages), thing
    assert said_to_be_of("drugw", "blocking", passages)
    assert not said_to_be_of("drugu", "blockers", passages)  # named beside the class, not as one of it


def test_a_class_of_several_words_or_a_singular_one_is_not_met_by_a_statement_of_its_head() -> None:
    # from the review: migraine "is a ... headache disorder", asthma "a chronic inflammatory disease", pneumonia "an
    # infection"; a corpus saying so made each a "bleeding disorder", an "active peptic ulcer disease", an area of
    # infection, and the answer "No."
    every = StateLinks(kind_of=lambda thing, kind: True)  # a corpus that says everything is of every class
    assert not same_state("migraine", "bleeding disorders", every)
    assert not same_state("asthma", "active peptic ulcer disease", every)
    assert not same_state("pneumonia", "infection", every)
    assert same_state("warfarin", "anticoagulants", every)


def test_advice_for_a_group_defined_by_their_state_says_yes_for_them() -> None:
    groups = _statement("Immediate drugx is recommended for children under 6 months, for children with severe "
                        "symptoms such as high fever or severe ear pain, and for children with blorp discharge.")
    for state in ("blorp discharge", "high fever", "severe ear pain"):
        assert advised_for_them([groups], FORMS, (state,)) is groups, state
    assert advised_for_them([groups], FORMS, ("mild ear pain",)) is None
    against = _statement("Drugx is recommended for children with blorp discharge but should be avoided in infants.")
    assert advised_for_them([against], FORMS, ("blorp discharge",)) is None
    assert joined_states("acute otitis media and ear discharge") == ("ear discharge",)
    assert joined_states("acute otitis media") == ()


def test_a_child_with_ear_discharge_gets_antibiotics_straight_away(loaded_index: Index) -> None:
    a = answer_question(loaded_index, "Should a 9-month-old with acute otitis media and ear discharge get antibiotics "
                                      "straight away?")
    assert a.verdict == "yes", a.bottom_line.text
    assert "for children with ear discharge" in a.bottom_line.text
    usual = answer_question(loaded_index, "Should a 9-month-old with acute otitis media get antibiotics straight away?")
    assert usual.verdict == "no", usual.bottom_line.text



def test_the_asked_condition_is_no_state_and_a_group_needs_all_its_words() -> None:
    # from the review: "Can ACE inhibitors be used in a woman with hypertension who is trying to conceive?" said
    # "Yes." above advice "for patients with hypertension and diabetes with albuminuria".
    both = _statement("Drugx is recommended for patients with gizmo pressure and blorp disease with albuminuria.")
    assert advised_for_them([both], FORMS, ("gizmo pressure",), condition="gizmo pressure") is None
    assert advised_for_them([both], FORMS, ("blorp disease",), condition="gizmo pressure") is None
    whole = _statement("Drugx is recommended for patients with blorp disease with albuminuria.")
    assert advised_for_them([whole], FORMS, ("blorp disease with albuminuria",), condition="gizmo pressure") is whole


def test_ace_inhibitors_get_no_yes_for_a_woman_trying_to_conceive(loaded_index: Index) -> None:
    a = answer_question(loaded_index, "Can ACE inhibitors be used in a woman with hypertension who is trying to "
                                      "conceive?")
    assert a.verdict != "yes", a.bottom_line.text


def test_advice_against_it_for_other_people_only_is_no_no_for_them() -> None:
    from service.answer.subgroup import against_for_others
    caution = _statement("Drugx should be avoided in people with blorp syndrome and used with caution in people with "
                         "zonk disease.")
    assert against_for_others(caution, "gizmo palsy", FORMS, ("zonk disease",))
    assert not against_for_others(caution, "gizmo palsy", FORMS, ("blorp syndrome",))
    plain = _statement("Drugx is recommended for gizmo palsy.")
    assert not against_for_others(plain, "gizmo palsy", FORMS, ("zonk disease",))  # no advice against at all
    # contraindications listed beside advice for it leave that advice for the people they do not list
    listed = _statement("Drugx is recommended if the patient has no contraindication such as blorp syndrome.")
    assert not against_for_others(listed, "gizmo palsy", FORMS, ("zonk disease",))


def test_propranolol_is_no_no_for_heart_block_where_it_is_avoided_in_asthma(loaded_index: Index) -> None:
    a = answer_question(loaded_index, "Is propranolol recommended for migraine prevention in people with heart block?")
    assert a.verdict == "uncertain", a.bottom_line.text
    asthma = answer_question(loaded_index, "Is propranolol recommended for migraine prevention in people with asthma?")
    assert asthma.verdict == "no", asthma.bottom_line.text
