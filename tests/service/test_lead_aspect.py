"""The statements a bottom line may open with are on the aspect the question asks (``lead.on_aspect``)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from index.lexical import tokenize
from service.answer.lead import answering, choose_lead, on_aspect
from service.answer.question import asked_thing, asks_cause, read_question
from service.answer.scoring import Candidate
from tests.service.candidates import candidate


def _direct(text: str) -> Candidate:
    return replace(candidate(text, i=True, c=True), terms=frozenset(tokenize(text)))


HARMS = _direct("Nortriptyline can cause a dry mouth, constipation and drowsiness.")
USE = _direct("Nortriptyline is a widely used preventive medicine for people with frequent attacks.")
HARM_ON_CONDITION = _direct("Nortriptyline caused more severe cluster headache attacks in one small series.")


def test_a_therapy_question_does_not_open_with_harms_that_name_neither_its_condition_nor_its_effect() -> None:
    q = read_question("Does nortriptyline prevent cluster headache?")
    assert on_aspect(q, [HARMS, USE]) == [USE]


def test_a_harm_on_the_asked_condition_stays_on_aspect() -> None:
    q = read_question("Does nortriptyline prevent cluster headache?")
    assert on_aspect(q, [HARMS, HARM_ON_CONDITION, USE]) == [HARM_ON_CONDITION, USE]


def test_how_effective_question_does_not_open_with_harms_but_keeps_an_option_for_an_allergy() -> None:
    q = read_question("How effective is nortriptyline for cluster headache?")
    option = _direct("Nortriptyline is recommended for people with an allergy to the first-line drug.")
    assert on_aspect(q, [HARMS, option, USE]) == [option, USE]


def test_harms_are_kept_when_nothing_else_answers() -> None:
    q = read_question("Does nortriptyline prevent cluster headache?")
    assert on_aspect(q, [HARMS]) == [HARMS]


def test_a_question_on_harms_alone_opens_with_the_harms() -> None:
    q = read_question("What are the side effects of nortriptyline?")
    assert on_aspect(q, [USE, HARMS]) == [HARMS]


COURSE = _direct("A course of nortriptyline usually lasts about eight weeks.")
AMOUNT = _direct("Nortriptyline is usually started at 10 mg at night.")
NIGHTLY = _direct("Nortriptyline is taken once a day at night.")
# A course's length in any number word (not only those of the first list: "five", "seven", "ten", "fourteen").
FIVE_DAYS = _direct("A nortriptyline course of seven to ten days is enough for most people.")
TRIALS_USED = _direct("Nortriptyline doses in the pooled trials ranged from 10 to 75 mg per day.")
ADVISED = _direct("People who take nortriptyline should start at 10 mg per day.")


@pytest.mark.parametrize(("question", "statements", "lead"), [
    ("How long should nortriptyline be taken?", [USE, COURSE, HARMS], [COURSE]),  # a course's length
    ("What dose of nortriptyline is used for cluster headache?", [USE, AMOUNT], [AMOUNT]),  # an amount
    ("How often should nortriptyline be taken?", [USE, COURSE, NIGHTLY], [NIGHTLY]),  # how often, before how long
    ("How long should nortriptyline be taken?", [AMOUNT, FIVE_DAYS, HARMS], [FIVE_DAYS]),  # how long, before how much
    # Session 26: the recommended dose is advice on the amount, before the amounts trials used.
    ("What is the recommended dose of nortriptyline?", [TRIALS_USED, ADVISED], [ADVISED]),
    ("What dose of nortriptyline was used in trials?", [TRIALS_USED, ADVISED], [TRIALS_USED, ADVISED]),
])
def test_a_dosing_question_opens_with_what_it_asks(question: str, statements: list[Candidate],
                                                   lead: list[Candidate]) -> None:
    q = read_question(question)
    assert (q.type, q.intervention) == ("dosing", "nortriptyline")
    assert on_aspect(q, statements) == lead


def test_advice_against_for_people_with_something_not_asked_is_not_the_answer_on_the_condition() -> None:
    q = read_question("Is nortriptyline effective for cluster headache?")
    against = _direct("Nortriptyline should not be used in people with a recent heart attack.")
    option = _direct("Nortriptyline is a further option for adults who want a preventive medicine.")
    assert on_aspect(q, [against, option]) == [option]


def test_advice_against_for_the_people_asked_about_stays() -> None:
    q = read_question("Is nortriptyline safe for people with glaucoma?")
    against = _direct("Nortriptyline should not be used in people with glaucoma.")
    assert on_aspect(q, [against, USE]) == [against, USE]


# How X works, what causes Y, what X is (``lead.answering``): the lead is chosen from the statements that say it.
TRIAL = _direct("In a randomized trial, tolvimab reduced hive attacks by 40 percent compared with placebo.")
APPROVAL = _direct("Tolvimab was approved in 2021 for adults with chronic hives.")
ACTION = _direct("Tolvimab binds a receptor on mast cells and blocks its signalling.")
ACTED_ON = _direct("Mast cell receptors are blocked by several antibodies, tolvimab among them.")


def test_a_mechanism_question_opens_with_what_the_asked_thing_does() -> None:
    q = read_question("What is the mechanism of action of tolvimab?")
    assert q.type == "mechanism"
    assert answering(q, [TRIAL, APPROVAL, ACTION]) == [ACTION]
    # The trial's result scores higher, but the lead is chosen from the statements on how tolvimab works.
    ranked = [replace(TRIAL, score=0.95), replace(APPROVAL, score=0.9), replace(ACTION, score=0.6)]
    assert choose_lead(answering(q, ranked)).text == ACTION.text


def test_a_mechanism_statement_whose_subject_is_the_asked_thing_comes_first() -> None:
    q = read_question("How does tolvimab work?")
    assert answering(q, [ACTED_ON, TRIAL, ACTION]) == [ACTION]
    assert answering(q, [ACTED_ON, TRIAL]) == [ACTED_ON]  # none says it of tolvimab itself: the mechanism still


def test_a_mechanism_question_keeps_every_statement_when_none_says_how_it_works() -> None:
    q = read_question("What is the role of tolvimab in chronic hives?")
    assert answering(q, [TRIAL, APPROVAL]) == [TRIAL, APPROVAL]


def test_a_cause_question_opens_with_a_statement_of_cause() -> None:
    q = read_question("What causes chronic hives?")
    common = _direct("Chronic hives affect about one in a hundred adults at some time.")
    caused = _direct("Chronic hives are often caused by autoantibodies against the receptor for IgE.")
    due = _direct("Many attacks of chronic hives are due to autoantibodies that activate mast cells.")
    assert asks_cause(q.text) and not asks_cause("Does tolvimab prevent chronic hives?")
    assert answering(q, [common, caused, due]) == [caused, due]


def test_a_cause_question_does_not_open_with_what_the_asked_thing_itself_causes() -> None:
    # session 28: "What causes calcific tendinopathy?", its condition read, opened with "Calcific tendinopathy ...
    # is a common cause of shoulder pain ..."
    q = read_question("What causes chronic hives?")
    causing = _direct("Chronic hives are a common cause of poor sleep in adults.")
    proposed = _direct("Autoantibodies against the receptor for IgE are one proposed cause of chronic hives.")
    caused = _direct("Chronic hives are often caused by autoantibodies, which cause itching.")
    assert answering(q, [causing, proposed, caused]) == [proposed, caused]


def test_a_question_on_how_common_something_is_opens_with_how_often_it_occurs() -> None:
    q = read_question("How common are chronic hives in adults?")
    often = _direct("Chronic hives affect about one in a hundred adults, with a prevalence near 1 percent.")
    trial = _direct("A randomized trial of tolvimab enrolled 300 adults with chronic hives.")
    assert q.condition == "chronic hives in adults"
    assert answering(q, [trial, often]) == [often]


def test_a_question_on_what_something_is_opens_with_a_statement_of_which_it_is_the_subject() -> None:
    q = read_question("What is tolvimab?")
    defined = _direct("Tolvimab is a monoclonal antibody against the receptor for IgE.")
    assert asked_thing(q.text) == "tolvimab"
    assert answering(q, [TRIAL, defined]) == [defined]
    assert asked_thing("What is tolvimab used for?") is None  # asks what it is for, not what it is


def test_other_questions_are_read_as_on_aspect_reads_them() -> None:
    q = read_question("Does nortriptyline prevent cluster headache?")
    assert answering(q, [HARMS, USE]) == on_aspect(q, [HARMS, USE]) == [USE]



# Session 27: a span of time that is no course's length (a window, an age, a threshold) does not answer "how long".
@pytest.mark.parametrize("text", [
    "Nortriptyline is switched to another drug if it was taken in the previous 30 days.",
    # (Reviewed, not stopped: when to stop a treatment answers "how long" where no course is stated, s38.)
    "Nortriptyline is reviewed if headaches do not ease within two to three days.",
    "Nortriptyline is not given to children under 6 months.",
    "Nortriptyline is not given to infants 6 months old.",
    "Nortriptyline is reviewed if attacks return after a pause of more than three months.",
])
def test_a_span_of_time_that_is_no_course_does_not_answer_how_long(text: str) -> None:
    q = read_question("How long should nortriptyline be taken?")
    window = _direct(text)
    assert on_aspect(q, [USE, window]) == [USE, window]  # neither states a course: every statement stays
    assert on_aspect(q, [USE, window, COURSE]) == [COURSE]


# Session 30: how something is diagnosed, and what it does untreated (``lead.on_diagnosis_or_course``).
DESIGN = _direct("A randomized, double-blind trial enrolled 144 patients with lumbar frobnitis.")
CONFIRM = _direct("Clinicians should confirm the diagnosis with plain radiographs or ultrasound before treatment.")
DISTINGUISH = _direct("Clinicians should distinguish lumbar frobnitis from disc disease and from ossification.")
ON_IMAGING = _direct("Many lesions found on imaging cause no symptoms.")
GUIDED = _direct("Ultrasound-guided lavage is a second-line option for persistent symptoms.")
AFTER = _direct("Treatment should start as soon as possible after diagnosis.")
RESOLVES = _direct("Lumbar frobnitis often resolves spontaneously as the lesions are resorbed.")
STAGE = _direct("In the resting stage, the lesion is stable and may be painless.")
SURGERY = _direct("Surgery is usually combined with physiotherapy for lumbar frobnitis.")


@pytest.mark.parametrize("question", ["How is lumbar frobnitis diagnosed?", "What test confirms lumbar frobnitis?"])
def test_a_diagnosis_question_opens_with_the_act_of_diagnosis_by_its_means(question: str) -> None:
    q = read_question(question)
    assert answering(q, [DESIGN, DISTINGUISH, ON_IMAGING, CONFIRM]) == [CONFIRM]
    # Without one that names both, those that name either; a trial's design, a procedure guided by ultrasound and a
    # time told by the diagnosis name neither.
    assert answering(q, [DESIGN, DISTINGUISH, GUIDED, ON_IMAGING, AFTER]) == [DISTINGUISH, ON_IMAGING]
    assert answering(q, [DESIGN, GUIDED, AFTER]) == [DESIGN, GUIDED, AFTER]  # none speaks of diagnosis: all stay


def test_a_yes_no_question_on_a_test_is_not_narrowed_to_words_of_diagnosis() -> None:
    q = read_question("Is there a role for CRP in the diagnosis of lumbar frobnitis?")
    finding = _direct("There was no significant difference in CRP values between patients with and without it.")
    assert q.type == "diagnosis" and q.yes_no
    assert answering(q, [finding, CONFIRM]) == [finding, CONFIRM]


@pytest.mark.parametrize("question", ["What happens to lumbar frobnitis if left untreated?",
                                      "Does lumbar frobnitis resolve on its own?"])
def test_a_question_on_the_course_untreated_opens_with_what_the_condition_does_over_time(question: str) -> None:
    q = read_question(question)
    assert q.type == "prognosis"
    assert answering(q, [SURGERY, STAGE, RESOLVES]) == [RESOLVES]
    assert answering(q, [SURGERY, STAGE]) == [SURGERY, STAGE]


def test_a_prognosis_question_on_an_intervention_is_not_narrowed_to_the_course() -> None:
    q = read_question("Does vorapril improve survival in lumbar frobnitis?")
    assert q.type == "prognosis" and q.intervention == "vorapril"
    effect = _direct("Vorapril reduced deaths in lumbar frobnitis by a quarter.")
    assert RESOLVES in answering(q, [effect, RESOLVES]) and effect in answering(q, [effect, RESOLVES])


def test_what_x_does_is_not_answered_by_how_long_it_is_given() -> None:
    # "Does nicotine replacement therapy help people quit smoking?" opened with "Treatment with varenicline or nicotine
    # replacement usually lasts about 12 weeks." above a statement of what combination therapy does.
    course = _direct("Treatment with drugz usually lasts about 12 weeks.")
    effect = _direct("Combination drugz is more effective than a single form of drugz.")
    assert on_aspect(read_question("Does drugz help people quit gizmoing?"), [course, effect]) == [effect]
    # ... but it is the answer to how long, and it stays where nothing else answers.
    assert on_aspect(read_question("How long should drugz be used?"), [course, effect])[0] is course
    assert on_aspect(read_question("Does drugz help people quit gizmoing?"), [course]) == [course]


def test_how_common_a_condition_is_is_answered_by_statements_of_how_often_it_occurs() -> None:
    # Session 44: "How common is calcific tendinitis of the shoulder?" opened with its sex ratio, then quoted two
    # shockwave trials beside it (the support was not narrowed as the lead was).
    often = _direct("Gizmo tendinopathy is more common in women than in men in most series.")
    prevalence = _direct("Gizmo deposits are found on imaging in 3 to 20 percent of adults.")
    trial = _direct("A randomized trial of shockwave therapy enrolled 144 patients with gizmo tendinopathy.")
    q = read_question("How common is gizmo tendinopathy of the shoulder?")
    assert on_aspect(q, [often, trial, prevalence]) == [often, prevalence]
    assert on_aspect(q, [trial]) == [trial]  # none states how often: all of them
    # How often it resolves asks its course, which "often resolves" states in other words than those of frequency.
    course = read_question("How often does gizmo tendinopathy resolve without treatment?")
    resolves = _direct("Gizmo tendinopathy often resolves spontaneously as deposits are resorbed.")
    assert on_aspect(course, [often, resolves]) == [often, resolves]
