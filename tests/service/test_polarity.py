"""A question that asks whether to avoid, stop or withhold what it names, or whether it is contraindicated, gets
the reverse of the advice's verdict on it, and advice against stopping something is advice for it
(service.answer.polarity; session 20: "Should shockwave therapy be avoided in pregnancy?" answered "No." above
a guideline statement that says to avoid it)."""
from __future__ import annotations

import pytest

from index.lexical import tokenize
from index.search import Index, open_index
from ingest.models import DocumentKind
from service.answer import conflicts, polarity
from service.answer.pipeline import answer_question
from service.answer.question import read_question
from tests.service.corpora import built, guideline_file, lead_text


@pytest.mark.parametrize(("question", "against"), [
    ("Should zapwave therapy be avoided in pregnancy?", True),
    ("Is zapwave therapy contraindicated in pregnancy?", True),
    ("Should drugq be stopped before gizmo surgery?", True),
    ("Should drugq be withheld in adults with wheezitis?", True),
    ("Should patients taking drugw avoid zorb supplements?", True),
    ("Should drugq not be given to adults with wheezitis?", True),
    ("Is drugq harmful in pregnancy?", True),
    ("Should zapwave therapy be used in pregnancy?", False),
    ("Should drugq be continued before gizmo surgery?", False),
    ("Is drugq safe in pregnancy?", False),
    ("Should patients who stop drugq be followed up?", False),
    ("Does drugq hold promise for wheezitis?", False),
    # what it helps people stop is its outcome (session 43: "Does behavioural support help people stop smoking?"
    # answered "No." above "Combining behavioural support with a stop-smoking medicine is recommended ...")
    ("Does zorb counselling help people stop zorb smoking?", False),
    ("Can exercise help patients avoid gizmo surgery?", False),
    # whether it is fine to stop it asks whether to stop it
    ("Is it OK to stop my drugq once I feel fine?", True),
])
def test_a_question_asks_for_or_against_what_it_names(question: str, against: bool) -> None:
    assert polarity.asks_against(question) is against


@pytest.mark.parametrize(("text", "expected"), [
    ("Zapwave therapy should not be used in pregnancy.", "against"),
    ("Zapwave therapy should be avoided in pregnancy.", "against"),
    ("Avoid zapwave therapy in pregnancy.", "against"),
    ("Zapwave therapy is contraindicated in pregnancy.", "against"),
    ("Drugq should be discontinued seven days before gizmo surgery.", "against"),
    ("Drugq should not be stopped before gizmo surgery.", "for"),
    ("Do not withhold drugq solely because the person is at risk of falling.", "for"),
    ("Discontinuation of drugq is not recommended before gizmo surgery.", "for"),
    ("For patients already taking drugq before gizmo surgery, drugq should be continued.", "for"),
    ("Continue drugq through gizmo surgery.", "for"),
    ("Drugq is recommended for adults with wheezitis.", None),
    ("Drugq is given slowly to avoid hypotension.", None),
    # no need to avoid or stop it: advice for it (session 27: "Can people on warfarin eat green leafy
    # vegetables?" read "no" above "... do not need to avoid green vegetables ...")
    ("People taking drugw do not need to avoid zorb greens.", "for"),
    ("Drugq need not be stopped before gizmo surgery.", "for"),
    ("There is no need to restrict zorb intake in adults taking drugw.", "for"),
    ("Drugq does not have to be discontinued before gizmo surgery.", "for"),
    # a finding on people who do not avoid it is no advice
    ("Patients who do not avoid zorb greens had more gizmo bleeds.", None),
    ("There is insufficient evidence to recommend for or against drugq in wheezitis.", None),
])
def test_which_way_advice_points_on_what_it_names(text: str, expected: str | None) -> None:
    assert polarity.stance(text) == expected


def test_the_clause_about_the_asked_topic_is_read() -> None:
    need = "Patients taking drugw do not need to avoid zorb greens, but they should avoid large sudden changes."
    caveat = "Drugq is an effective first-line option, but it must be avoided in pregnancy."
    assert polarity.stance(need, frozenset(tokenize("zorb greens patients taking drugw"))) == "for"
    assert polarity.stance(need, frozenset(tokenize("large sudden changes"))) == "against"
    assert polarity.stance(caveat, frozenset(tokenize("drugq pregnancy"))) == "against"
    assert polarity.stance(caveat, frozenset(tokenize("drugq wheezitis"))) is None


@pytest.mark.parametrize(("topic", "expected"), [
    # What is passed over ("rather than", "instead of") is advised against; what is preferred is not (session 21:
    # "Should healthy adults take calcium supplements?" read "Yes." above "... obtain calcium mainly from food
    # ... rather than from supplements").
    ("zorb supplements", "against"),
    ("zorb", None),
    ("intravenous drugq", "against"),
    ("oral drugq", None),
])
def test_advice_that_prefers_something_else_is_against_the_topic(topic: str, expected: str | None) -> None:
    text = ("Clinicians should encourage adults to obtain zorb mainly from food rather than from supplements, "
            if "zorb" in topic else "Clinicians should offer oral drugq instead of intravenous drugq.")
    assert polarity.stance(text, frozenset(tokenize(topic))) == expected


def test_a_finding_that_prefers_something_else_advises_nothing() -> None:
    # Session 22: "No." stood above "Advance care planning conversations ... was an important outcome measure
    # rather than completion rate of advance care planning documents ..." (a finding, not advice; PubMedQA dev).
    finding = "Zorb conversations with family were an important outcome rather than completion of zorb documents."
    assert polarity.stance(finding, frozenset(tokenize("zorb documents"))) is None
    advice = "Clinicians should value zorb conversations with family rather than completion of zorb documents."
    assert polarity.stance(advice, frozenset(tokenize("zorb documents"))) == "against"


def test_a_question_that_prefers_the_same_thing_is_answered_for_it() -> None:
    # "Should immediate-release drugq be prescribed instead of extended-release drugq ...?" above advice to
    # prescribe immediate-release "instead of extended-release": the question passes over the same thing, so
    # its topic is what it prefers (pipeline._topic), and the advice is not against it.
    question = "Should immediate-release drugq be prescribed instead of extended-release drugq when starting?"
    advice = "Clinicians should prescribe immediate-release drugq instead of extended-release drugq."
    assert polarity.preferred_part(question) == "Should immediate-release drugq be prescribed "
    assert polarity.stance(advice, frozenset(tokenize(polarity.preferred_part(question)))) is None
    assert polarity.stance(advice, frozenset(tokenize(question))) == "against"


def test_advice_that_speaks_of_stopping_answers_a_question_about_stopping() -> None:
    advice = "Clinicians should advise patients to stop zorb smoking before gizmo surgery."
    question = "Should patients stop zorb smoking before gizmo surgery?"
    assert polarity.stance(advice) is None  # on its own, no advice against anything
    assert polarity.stance(advice, stopping_asked=polarity.asks_to_stop(question)) == "against"
    assert polarity.as_asked(question, "no") == "yes"


def test_advice_against_stopping_is_a_recommendation_for_in_a_conflict() -> None:
    keep = conflicts.Finding("a", "Drugq should not be stopped before gizmo surgery.", DocumentKind.GUIDELINE)
    stop = conflicts.Finding("b", "Drugq should be discontinued before gizmo surgery.", DocumentKind.GUIDELINE)
    assert conflicts.stance(keep) == "for" and conflicts.stance(stop) == "against"


def test_contraindicated_and_avoid_questions_name_their_topic() -> None:
    asked = read_question("Is drugb contraindicated in people with a history of fits?")
    assert (asked.intervention, asked.condition) == ("drugb", "a history of fits")
    by = read_question("Should zorb supplements be avoided by patients taking drugw?")
    subject = read_question("Should patients taking drugw avoid zorb supplements?")
    assert (by.intervention, by.condition) == (subject.intervention, subject.condition) == (
        "zorb supplements", "patients taking drugw")
    withheld = read_question("Should drugq be withheld in adults with wheezitis?")
    assert withheld.intervention == "drugq"


CORPUS = {
    "zapwave.md": guideline_file(
        "Zapwave therapy for calcific gizmo tendinopathy",
        "Zapwave therapy is recommended for adults with calcific gizmo tendinopathy whose pain persists after "
        "six months of exercise.\n\nZapwave therapy should not be used in pregnancy and should be avoided over "
        "open growth plates."),
    "drugb.md": guideline_file(
        "Drug treatment for quitting zorb smoking",
        "Drugb lowers the fit threshold and should not be used in people with a history of fits.\n\nDrugb is "
        "recommended for adults who want to quit zorb smoking."),
    "drugw.md": guideline_file(
        "Drugw anticoagulation and zorb supplements",
        "Patients taking drugw should not start zorb supplements without first asking the anticoagulation "
        "clinic.\n\nPatients taking drugw should keep their dietary zorb intake steady from week to week."),
    "drugq.md": guideline_file(
        "Drugq for wheezitis in adults",
        "For patients whose wheezitis is not controlled on low-dose drugq, clinicians should step up to low-dose "
        "drugq combined with drugr. Drugq should not be stopped completely in adults with wheezitis, even when "
        "symptoms are controlled.\n\nDrugq can cause oral thrush, which rinsing the mouth after each dose reduces."),
    "plim.md": guideline_file(
        "Plim intake and plim supplements in adults",
        "Clinicians should encourage adults to obtain plim mainly from food rather than from plim supplements."),
    "counselling.md": guideline_file(
        "Support for quitting zorb smoking",
        "Combining zorb counselling with a quitting medicine is recommended because the combination gives the "
        "highest quit rates."),
    "drugk.md": guideline_file(
        "Prescribing drugk for chronic gizmo pain",
        "When starting drugk therapy for chronic gizmo pain, clinicians should prescribe immediate-release drugk "
        "instead of extended-release drugk."),
}


@pytest.fixture(scope="module")
def polarity_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return open_index(built(tmp_path_factory, "polarity", CORPUS))


@pytest.mark.parametrize(("question", "lead_words", "verdict"), [
    # the guideline says not to use it (and to avoid it elsewhere): asked whether to avoid it, yes
    ("Should zapwave therapy be avoided in pregnancy?", "should not be used in pregnancy", "yes"),
    ("Should zapwave therapy be used in pregnancy?", "should not be used in pregnancy", "no"),
    ("Is drugb contraindicated in people with a history of fits?", "should not be used", "yes"),
    ("Should patients taking drugw avoid zorb supplements?", "should not start zorb supplements", "yes"),
    # asked whether it is safe to give (session 22: read no topic, and the verdict was "yes")
    ("Is it safe to give zorb supplements to patients taking drugw?", "should not start zorb supplements", "no"),
    # advice against stopping it is advice for it, and opens the answer before advice that speaks of no stopping
    # (session 43: "No." above "... clinicians should step up to ...", the stopping statement second)
    ("Should drugq be stopped in adults with wheezitis?", "should not be stopped", "no"),
    ("Should drugq be continued in adults with wheezitis?", "should not be stopped", "yes"),
    # asked whether it is fine to stop it, in the first person, with only when (session 43: read no topic, and a
    # forced one gave "Yes." above "should not be stopped")
    ("Is it OK to stop my drugq once I feel fine?", "should not be stopped", "no"),
    # what it helps people stop is no stopping asked (session 43: "No." above advice for it)
    ("Does zorb counselling help people stop zorb smoking?", "is recommended", "yes"),
    # what advice passes over it advises against; what the question passes over too is no topic (session 21)
    ("Should healthy adults take plim supplements?", "rather than from plim supplements", "no"),
    ("Should immediate-release drugk be prescribed instead of extended-release drugk when starting drugk therapy "
     "for chronic gizmo pain?", "instead of extended-release", "yes"),
])
def test_the_answer_is_the_advice_read_as_the_question_asks(polarity_index: Index, question: str,
                                                            lead_words: str, verdict: str) -> None:
    answer = answer_question(polarity_index, question)
    assert lead_words in lead_text(answer), answer.bottom_line.text
    assert answer.verdict == verdict, answer.bottom_line.text


@pytest.mark.parametrize(("question", "verdict"), [
    # on closest evidence (no lead): the guideline advice behind the verdict decides it, as asked
    ("Should shockwave therapy be avoided during pregnancy?", "yes"),
    # a lead: "Bupropion ... should not be used in people with a history of seizures"
    ("Is bupropion contraindicated in people with a history of seizures?", "yes"),
    # "Patients taking warfarin do not need to avoid green vegetables, but they should avoid large sudden
    # changes ...": the clause about green vegetables advises for them (no need to avoid them)
    ("Should patients taking warfarin avoid green vegetables?", "no"),
    # ... and that clause says there is no need to avoid them: yes, they can eat them (session 26's list read
    # "no", from the words model alone)
    ("Can people on warfarin eat green leafy vegetables?", "yes"),
])
def test_avoid_and_contraindicated_questions_on_the_default_corpus(loaded_index: Index, question: str,
                                                                    verdict: str) -> None:
    answer = answer_question(loaded_index, question)
    assert answer.verdict == verdict, answer.bottom_line.text


def test_advice_for_it_only_when_needed_does_not_say_it_cannot_be_avoided() -> None:
    # Session 38: "Can amoxicillin be avoided in a child with mild ear infection?" got "No." above "Amoxicillin is the
    # recommended first-line antibiotic for acute otitis media when an antibiotic is needed".
    when_needed = "Drugq is the recommended first-line drug for wheezitis when a drug is needed."
    assert polarity.as_asked("Can drugq be avoided in mild wheezitis?", "yes", when_needed) == "uncertain"
    assert polarity.as_asked("Is it possible to stop drugq in wheezitis?", "yes", when_needed) == "uncertain"
    # Asked whether it ought to be avoided, advice for it is the "no" it states.
    assert polarity.as_asked("Should drugq be avoided in wheezitis?", "yes", when_needed) == "no"
    plain = "Drugq is the recommended first-line drug for wheezitis."
    assert polarity.as_asked("Can drugq be avoided in mild wheezitis?", "yes", plain) == "no"
    assert polarity.as_asked("Can drugq be avoided in mild wheezitis?", "yes") == "no"
    assert polarity.as_asked("Should drugq be used in wheezitis?", "yes", when_needed) == "yes"
    assert polarity.needed_only("Drugq is recommended if treatment is required.")
    assert not polarity.needed_only("Drugq should not be used when a drug is needed quickly.")


def test_advice_to_do_something_else_without_it_is_against_it() -> None:
    # Session 38: "Should antibiotics be withheld in mild acute otitis media?" got "No." above "Watchful waiting
    # without immediate antibiotics is an appropriate option for many children older than 6 months with non-severe
    # illness".
    waiting = "Watchful waiting without immediate drugq is an appropriate option for many children with mild illness."
    drugq = frozenset(tokenize("drugq wheezitis"))
    assert polarity.stance(waiting, drugq) == "against"
    assert polarity.as_asked("Should drugq be withheld in mild wheezitis?", "no") == "yes"
    # The advice is for drugq itself, without something else; and a finding advises nothing.
    assert polarity.stance("Drugq without zorb is recommended for wheezitis.", drugq | {"zorb"}) is None
    assert polarity.stance("Patients managed without drugq recovered within a week.", drugq) is None


def test_a_yes_from_advice_when_needed_is_uncertain_to_whether_to_give_it_at_once() -> None:
    from service.answer.polarity import as_asked, asks_at_once
    advice = "Drug Q is the recommended first-line treatment for condition Y when treatment is needed."
    assert asks_at_once("Should a child with condition Y get drug Q straight away?")
    assert not asks_at_once("Should a child with condition Y get drug Q?")
    assert as_asked("Should a child with condition Y get drug Q straight away?", "yes", advice) == "uncertain"
    assert as_asked("Should patients with condition Y routinely receive drug Q?", "yes", advice) == "uncertain"
    # Asked whether to give it at all, the advice's "yes" stands.
    assert as_asked("Should a child with condition Y get drug Q?", "yes", advice) == "yes"


@pytest.mark.parametrize(("question", "about_stopping"), [
    ("Should inhaled corticosteroids be continued in adults with asthma?", True),
    ("Can I keep taking my statin?", True),
    # Continuing to do something else is no question on stopping what it names (session 43 review).
    ("Can patients continue to drive after a transient ischaemic attack?", False),
    ("Should we continue to monitor potassium on this drug?", False),
])
def test_a_question_on_going_on_with_a_treatment_is_one_on_stopping_it(question: str, about_stopping: bool) -> None:
    assert polarity.asks_about_stopping(question) is about_stopping
