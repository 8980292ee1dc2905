"""The question reader on real question shapes: type, intervention, condition, title, follow-ups."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from index.lexical import tokenize
from service.answer.polarity import asks_interaction
from service.answer.question import QUESTION_TYPES, asked_kind, asks_occurrence, asks_tolerated, read_question
from service.errors import QuestionError

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"

# (question, type, intervention, condition)
SHAPES = [
    ("Can vitamin K2 be used to treat tendon calcification?", "therapy", "vitamin K2", "tendon calcification"),
    ("Is Niraparib effective for ovarian cancer?", "therapy", "Niraparib", "ovarian cancer"),
    ("Is metformin effective in patients with type 2 diabetes?", "therapy", "metformin", "type 2 diabetes"),
    ("Does vitamin D prevent fractures?", "therapy", "vitamin D", "fractures"),
    ("What are the side effects of warfarin?", "safety", "warfarin", None),
    ("What are the risks of corticosteroid injection in calcific tendinopathy?", "safety",
     "corticosteroid injection", "calcific tendinopathy"),
    ("How does matrix Gla protein work?", "mechanism", "matrix Gla protein", None),
    ("What is the mechanism of action of warfarin?", "mechanism", "warfarin", None),
    ("What is the best treatment for calcific tendinopathy?", "therapy", None, "calcific tendinopathy"),
    ("What dose of menaquinone-7 is used in trials?", "dosing", "menaquinone-7", None),
    ("Does loss of consciousness predict neuropsychological decrements after concussion?", "prognosis",
     "loss of consciousness", "neuropsychological decrements after concussion"),
    ("Which imaging test is used to diagnose calcific tendinopathy?", "diagnosis", None, None),
    ("Is metformin first-line therapy for type 2 diabetes?", "therapy", "metformin", "type 2 diabetes"),
    ("Are ACE inhibitors the preferred drugs for hypertension?", "therapy", "ACE inhibitors", "hypertension"),
    ("Is amoxicillin first-line for acute otitis media?", "therapy", "amoxicillin", "acute otitis media"),
    ("Is allopurinol recommended as first-line urate-lowering therapy for gout?", "therapy", "allopurinol", "gout"),
    ("Should patients with atrial fibrillation be given oral anticoagulants?", "therapy", "oral anticoagulants",
     "atrial fibrillation"),
    ("Should adults be screened for depression?", "diagnosis", "screening", "depression"),
    ("Should pregnant women be tested for gestational diabetes?", "diagnosis", "testing", "gestational diabetes"),
    ("Does ESWT work for calcific tendinitis?", "general", "ESWT", "calcific tendinitis"),
    ("Is zorbinol used for gizmo disease in adults?", "therapy", "zorbinol", "gizmo disease in adults"),
    # Session 21: shapes clinicians use that were not read (each had no intervention or condition before).
    ("Do macrolides have a role in pneumonia treatment?", "therapy", "macrolides", "pneumonia"),
    ("Does combining varenicline with counselling help people stop smoking?", "therapy",
     "varenicline with counselling", "stop smoking"),
    ("Does CBT help adolescents with depression?", "therapy", "CBT", "adolescents with depression"),
    ("Can taking vitamin D and vitamin K together cause high calcium levels?", "general", "vitamin D and vitamin K",
     "high calcium levels"),
    ("What is the role of imaging in diagnosing calcific tendinopathy?", "mechanism", "imaging",
     "calcific tendinopathy"),
    ("What is the combined effect of Nfat and miR-25?", "general", None, None),
    ("What is the airspeed velocity of an unladen swallow?", "general", None, None),
    # A clause with a question word is no topic phrase "X for Y" (session 21: read as "Zorbinol was tested" for
    # "treatment of which disease", so no statement naming zorbinol alone could be quoted).
    ("Zorbinol was tested for treatment of which disease?", "diagnosis", None, None),
    ("Zorbinol for gizmo disease", "general", "Zorbinol", "gizmo disease"),
    # Session 22: clinicians' wordings that read no topic before (each had intervention and condition None).
    ("Are there benefits of vitamin D for preventing cancer?", "therapy", "vitamin D", "cancer"),
    ("Is there evidence for zorbinol in gizmo disease?", "general", "zorbinol", "gizmo disease"),
    ("Is there a role for zorbinol in gizmo disease?", "general", None, None),
    ("How effective is varenicline for smoking cessation?", "therapy", "varenicline", "smoking cessation"),
    ("When should antibiotics be prescribed for acute otitis media in children?", "general", "antibiotics",
     "acute otitis media in children"),
    ("Is it safe to give vitamin K2 to patients taking warfarin?", "safety", "vitamin K2",
     "patients taking warfarin"),
    # a risk asked to be lowered is an outcome, not a harm (session 22: read as a safety question)
    ("Does vitamin K2 lower the risk of fractures?", "general", "vitamin K2", "fractures"),
    ("Do statins reduce the risk of stroke?", "therapy", "statins", "stroke"),
    ("Does calcium supplementation increase the risk of myocardial infarction?", "safety",
     "calcium supplementation", "myocardial infarction"),
    # Session 24: which treatment a condition calls for (the condition alone is the topic), how often, options.
    ("What antibiotic is the first choice for cellulitis in adults?", "therapy", None, "cellulitis in adults"),
    ("What is the first-line drug for gout?", "therapy", None, "gout"),
    ("What is the first choice of treatment for anxiety in adults with cancer?", "therapy", None,
     "anxiety in adults with cancer"),
    ("Which beta blocker is used to prevent migraine?", "therapy", None, "migraine"),
    ("Which first-line drugs are recommended for hypertension?", "therapy", None, "hypertension"),
    ("What is the first step of asthma treatment in adults?", "therapy", None, "asthma in adults"),
    ("Which methods are used for genome segmentation?", "therapy", None, None),
    ("What is the recommended dose of oral iron for iron deficiency?", "dosing", "oral iron", "iron deficiency"),
    ("What is the dose of menaquinone-7 used in trials?", "dosing", "menaquinone-7", None),
    ("How often should oral iron be taken?", "dosing", "oral iron", None),
    ("What dose of menaquinone-7 was used in trials?", "dosing", "menaquinone-7", None),
    ("How often should adults be screened for depression?", "diagnosis", "screening", "depression"),
    ("Is amoxicillin the first-line antibiotic for acute otitis media in children?", "therapy", "amoxicillin",
     "acute otitis media in children"),
    ("Is propranolol used to prevent migraine?", "therapy", "propranolol", "migraine"),
    ("Is a delayed antibiotic prescription acceptable for acute otitis media?", "general",
     "delayed antibiotic prescription", "acute otitis media"),
    ("Is watchful waiting appropriate for acute otitis media in children?", "general", "watchful waiting",
     "acute otitis media in children"),
    # Advice asked in the first person reads as its passive.
    ("Should I stop cefalexin in a patient with kidney disease?", "general", "cefalexin", "kidney disease"),
    ("Can we give ibuprofen to children with asthma?", "general", "ibuprofen", "asthma"),
    ("Is doxycycline an option for community-acquired pneumonia?", "therapy", "doxycycline",
     "community-acquired pneumonia"),
    ("How should a high INR be managed in a patient on warfarin?", "therapy", None, "high INR"),
    # Session 26: an option asked with its goal as a verb (read as no intervention at all before).
    ("Is pizotifen an option to prevent cluster headache?", "therapy", "pizotifen", "cluster headache"),
    ("Is mirtazapine a reasonable alternative to treat insomnia?", "therapy", "mirtazapine", "insomnia"),
    # Session 27: a link asked between two things, a use needed or good for a condition, advice on when to use
    # something (the circumstance is no concept), a risk named after its outcome, a setting after the condition.
    ("Is there a link between bisphosphonates and jaw osteonecrosis?", "general", "bisphosphonates",
     "jaw osteonecrosis"),
    ("Is there any association between gout and kidney stones, yes or no?", "general", "gout", "kidney stones"),
    ("Are proton pump inhibitors linked to hip fractures?", "general", "proton pump inhibitors", "hip fractures"),
    ("Is swimming good for low back pain?", "general", "swimming", "low back pain"),
    ("Is a pressure dressing really helpful for every patient with leg ulcers?", "therapy", "pressure dressing",
     "leg ulcers"),
    # (Not "Is X necessary for Y?": on the dev halves it asks of a gene's part in a biology or a drug's part in a
    # procedure, and read as a topic every statement must name, 2 of its 3 answers lost their direct statement.)
    ("Is gizmo kinase necessary for B-cell maturation?", "general", None, None),
    ("Should subcutaneous insulin be started when metformin fails?", "general", "subcutaneous insulin", None),
    ("Does alendronate reduce hip fracture risk?", "therapy", "alendronate", "hip fracture"),
    ("What antibiotic is recommended for cellulitis treated at home?", "therapy", None, "cellulitis"),
    ("Is a statin a good first choice for familial hypercholesterolaemia?", "therapy", "statin",
     "familial hypercholesterolaemia"),
    ("What is the success rate of cryotherapy for plantar warts?", "general", "cryotherapy", "plantar warts"),
    ("Does melatonin reduce the number of night wakings?", "therapy", "melatonin", "night wakings"),
    ("Is omeprazole safe for long-term use?", "safety", "omeprazole", None),
    ("Is omeprazole safe in the long term?", "safety", "omeprazole", None),
    ("Do adults with acute bronchitis need antibiotics straight away?", "general", "antibiotics", "acute bronchitis"),
    # One person with a condition, as people with it (session 48: read as no shape, its verdict leaned yes).
    ("Does a 3-year-old with a gizmo infection in one ear need zorbinol straight away?", "general", "zorbinol",
     "a gizmo infection in one ear"),
    ("Does a patient with gizmo disease require zorbinol?", "general", "zorbinol", "gizmo disease"),
    # Stopping asked in the first person of a patient's treatment, and how fully: what is stopped, and what is
    # controlled (session 48: "my patient's X completely once her Y ..." read as the intervention, no evidence found).
    ("Can I stop my patient's zorbinol inhaler completely once her gizmo disease has been well controlled for a year?",
     "general", "zorbinol inhaler", "gizmo disease"),
    ("Can zorbinol inhalers be stopped completely once gizmo disease is well controlled?", "general",
     "zorbinol inhalers", "gizmo disease"),
    # "OK" as "acceptable" asks it (session 48: "Is salbutamol on its own still OK for mild asthma in adults?" read
    # as no shape).
    ("Is zorbinol on its own still OK for gizmo asthma in adults?", "general", "zorbinol alone",
     "gizmo asthma in adults"),
    ("Is zorbinol okay for gizmo pain?", "general", "zorbinol", "gizmo pain"),
    ("Does the enzyme gizmase require zinc?", "general", None, None),  # a need of no people: not read as care
    # Session 28: clinicians' shapes that read no topic, or a wrong one, before.
    ("Did the GIZMO trial show that zorbinol prevents gizmo disease?", "therapy", "zorbinol", "gizmo disease"),
    ("Do randomised studies show that zorbinol is effective for gizmo disease?", "therapy", "zorbinol",
     "gizmo disease"),
    ("Has zorbinol been shown to reduce gizmo pain?", "therapy", "zorbinol", "gizmo pain"),
    ("Any role for zorbinol injection in gizmo tendinitis of the knee?", "general", "zorbinol injection",
     "gizmo tendinitis of the knee"),
    ("How common is gizmo tendinopathy of the knee?", "general", None, "gizmo tendinopathy of the knee"),
    ("Is it safe to take zorbinol after a heart attack?", "safety", "zorbinol", "heart attack"),
    ("Is zorbinol recommended first line for gizmo disease in adults?", "therapy", "zorbinol",
     "gizmo disease in adults"),
    ("Can zorbinol sulfate be taken every other day?", "general", "zorbinol sulfate", None),
    ("What do observational studies say about dietary zorbinol and gizmo disease?", "general", "dietary zorbinol",
     "gizmo disease"),
    ("What causes gizmo deposits in tendons?", "general", None, "gizmo deposits in tendons"),
    ("What is the genetic cause of gizmo syndrome?", "general", None, "gizmo syndrome"),
    ("Can zorbinol supplements interfere with warfarin?", "general", "zorbinol supplements", "warfarin"),
    # A dose named with what is given is not part of what a statement must name ("2000 international units per
    # day" in the source): read with it, "Does vitamin D 2000 IU a day prevent invasive cancer?" was indirect
    # above the statement that answers it.
    ("Does zorbinol 2000 IU a day prevent gizmo disease?", "therapy", "zorbinol", "gizmo disease"),
    ("Does 5 mg of zorbinol prevent gizmo disease?", "therapy", "zorbinol", "gizmo disease"),
    ("Does zorbinol at 180 micrograms per day reduce gizmo calcification?", "therapy", "zorbinol",
     "gizmo calcification"),
    ("What is the usual dose of zorbinol in clinical studies?", "dosing", "zorbinol", None),
    # Session 29: clinicians' shapes that read no topic, or a wrong one, before (s29a, s28b).
    ("Should a patient with gizmo tendinitis try zorbinol before surgery?", "general", "zorbinol",
     "gizmo tendinitis"),
    # The act of taking is no part of the intervention, the form it is taken in neither, and "the chance of" is
    # the risk of.
    ("Does taking zorbinol tablets raise the chance of a heart attack?", "general", "zorbinol", "heart attack"),
    ("Is ultrasound the best test to find gizmo deposits in the rotator cuff?", "diagnosis", "ultrasound",
     "gizmo deposits in the rotator cuff"),
    ("Is zorbinol the best drug to prevent gizmo disease?", "therapy", "zorbinol", "gizmo disease"),
    ("Can zorbinol be avoided in a child with mild gizmo infection?", "general", "zorbinol", "mild gizmo infection"),
    ("Can zorbinase be detected in serum?", "diagnosis", None, None),  # not a verb of giving: no advice asked
    ("Did the GIZMO trial find fewer heart attacks with zorbinol?", "general", "zorbinol", "heart attacks"),
    ("Did GIZMO 34 show that zorbinol lowers all-cause mortality?", "prognosis", "zorbinol", "all-cause mortality"),
    ("Are low-dose zorbinol inhalers needed for all adults with gizmo disease?", "general",
     "low-dose zorbinol inhalers", "gizmo disease"),
    ("Should older adults take zorbinol to prevent falls?", "therapy", "zorbinol", "falls"),
    # When it is taken until, a clause, is no condition; a condition after "after" still is.
    ("How long should zorbinol be continued after haemoglobin returns to normal?", "dosing", "zorbinol", None),
    ("How long should zorbinol be continued after gizmo embolism?", "dosing", "zorbinol", "gizmo embolism"),
    ("Has zorbinol been shown to shorten ear pain in children with gizmo media?", "general", "zorbinol",
     "ear pain in children with gizmo media"),
    # "shown to" places the verb: any verb reads there, not only the verbs of effect "Does X V Y?" knows.
    ("Has zorbinol been shown to hasten recovery from gizmo disease?", "general", "zorbinol",
     "recovery from gizmo disease"),
    # Session 30: whether a treatment is worth trying asks whether it works, for what it is tried for.
    ("Is it worth trying zorbinol injections for a calcified gizmo tendon?", "therapy", "zorbinol injections",
     "calcified gizmo tendon"),
    ("Is it worthwhile to use zorbinol in gizmo palsy?", "therapy", "zorbinol", "gizmo palsy"),
    # What people are told to keep as it is is the intervention, who is told the condition; the state it is kept in
    # ("steady") is no part of it.
    ("Should zorbinol patients keep their gizmo intake steady?", "general", "gizmo intake", "zorbinol"),
    ("Should patients on zorbinol maintain a stable gizmo intake?", "general", "stable gizmo intake",
     "patients on zorbinol"),
    # What a thing makes of another less (or more) of: the quality, named as a noun, is what it reduces.
    ("Do zorbinol supplements make arteries less stiff in women after menopause?", "therapy",
     "zorbinol supplements", "stiffness of arteries in women after menopause"),
    ("Does zorbinol make gizmo attacks less likely?", "therapy", "zorbinol", "gizmo attacks"),
    # The timing of what is given ("straight away") is no part of it.
    ("Should children with gizmo infections get zorbinol straight away?", "general", "zorbinol", "gizmo infections"),
    # What a thing is taken with, in a participle clause, is part of what is asked about; "taken" is not.
    ("Do zorbinol supplements taken with vitamin Q raise gizmo risk?", "safety", "zorbinol supplements with vitamin Q",
     "gizmo"),
    ("Do zorbinol supplements taken with vitamin Q raise cardiovascular risk?", "safety",
     "zorbinol supplements with vitamin Q", "cardiovascular risk"),  # an adjective alone names no condition
    # A harm asked about when people start (take, stop) a thing: the harm is the condition.
    ("Is there a risk of bleeding when patients on zorbinol start vitamin Q?", "safety", "vitamin Q", "bleeding"),
    ("Is there an increased risk of gizmo palsy with zorbinol?", "safety", "zorbinol", "gizmo palsy"),
    ("Is there an increased risk of gizmo palsy in atomic bomb survivors?", "safety", None, None),  # who, not what
    # How often a thing happens, or what it does untreated, is its course, not a dose.
    # (Session 36: what it does is asked of it, the condition: ``Question.aspect`` "course".)
    ("How often do gizmo deposits resorb on their own?", "prognosis", None, "gizmo deposits"),
    ("What happens to gizmo deposits if left untreated?", "prognosis", None, "gizmo deposits"),
    ("How often do patients take zorbinol?", "dosing", None, None),
    # Session 34: everyday wordings (verbs of effect that are also nouns, adverbs of degree, a need, a comparison
    # made "at" something, people on a treatment, a test "done", which people should have a thing).
    # "cut" and "ease" are verbs of effect when no determiner stands before them and no preposition after them.
    ("Do inhaled zorbinol cut gizmo attacks in adults?", "general", "inhaled zorbinol", "gizmo attacks in adults"),
    ("Does exercise ease gizmo pain?", "general", "exercise", "gizmo pain"),
    ("Does a cut on the hand need stitches?", "general", None, None),
    ("Does zorbinol lessen gizmo symptoms?", "general", "zorbinol", "gizmo symptoms"),
    # An adverb of degree before the verb is no part of what has the effect.
    ("Do zorbinol supplements significantly increase cardiovascular risk?", "safety", "zorbinol supplements",
     "cardiovascular risk"),
    ("Does zorbinol really prevent gizmo fractures?", "therapy", "zorbinol", "gizmo fractures"),
    # Whoever acts ("we") is no intervention; what is acted on is still the condition.
    ("Can we reduce the burden of gizmo care?", "therapy", None, "burden of gizmo care"),
    # A need asked in the everyday word, for a condition.
    ("Is surgery needed for gizmo tendinitis of the shoulder?", "therapy", "surgery",
     "gizmo tendinitis of the shoulder"),
    # What a comparison is made at: the gerund's object is the outcome compared on.
    ("Is intravenous zorbinol faster than tablets at raising haemoglobin?", "general", "intravenous zorbinol",
     "haemoglobin"),
    # "all" is no part of the people advice is asked for.
    ("Is zorbinol supplementation recommended for all older women?", "therapy", "zorbinol supplementation",
     "older women"),
    # People on a treatment who have a condition: the condition is what they have, asked in them.
    ("Does zorbinol help patients on dialysis with gizmo calcification?", "therapy", "zorbinol",
     "gizmo calcification in patients on dialysis"),
    # People on a treatment taking or using another thing: the two taken together, as "Can Y be taken with X?".
    ("Can people on warfarin take zorbinol supplements?", "general", "zorbinol supplements", "warfarin"),
    ("Can warfarin users take zorbinol supplements?", "general", "zorbinol supplements", "warfarin"),
    ("Can patients taking warfarin use zorbinol?", "general", "zorbinol", "warfarin"),
    # (Not eating, a diet, nor people defined by a condition, nor whether they should: advice, in them.)
    ("Should patients on dialysis take zorbinol?", "therapy", None, None),
    ("Can people on warfarin eat gizmo vegetables?", "general", None, None),
    # What a thing is taken without, in a participle clause, is part of it, as what it is taken with is (session 46).
    ("Do zorbinol supplements taken without gizmo D raise the risk of wheezitis?", "safety",
     "zorbinol supplements without gizmo D", "wheezitis"),
    # (People defined by a condition taking a thing: the thing used in them, as "Can X be used in people with Y?", not
    # the two taken together; session 52.)
    ("Can people with asthma take zorbinol?", "therapy", "zorbinol", "asthma"),
    # A test "done" in a condition is asked as any passive advice.
    ("Should gizmo testing be done routinely in head and neck cancer?", "general", "gizmo testing",
     "head and neck cancer"),
    # Which people should have a thing: the thing in their condition (not people named by nothing else).
    ("Which lung cancer patients should have gizmo mutation testing?", "general", "gizmo mutation testing",
     "lung cancer"),
    ("What patients should get zorbinol?", "general", None, None),
    # A condition's natural course reads the condition (session 36). Read so in session 35, 2 of the 4 list answers
    # it changed got worse (a "No." to whether deposits go away on their own); now only a statement of the course
    # answers it directly (``evidence.answers_directly``, aspect "course"), and the answer is "Yes." above it.
    ("Do gizmo deposits in the shoulder go away on their own?", "prognosis", None, "gizmo deposits in the shoulder"),
    # Session 35 (s35a, s34a): everyday shapes that read no topic, or carried stray words into the condition.
    # How often a thing happens, asked as what an effect is on, is its frequency: the thing is the condition.
    ("Does zorbinol reduce how often gizmo headaches happen?", "therapy", "zorbinol", "gizmo headaches"),
    ("Does daily exercise lower how frequently gizmo attacks occur?", "general", "daily exercise", "gizmo attacks"),
    ("Can zorbinol cut how often children get gizmo infections?", "general", "zorbinol",
     "gizmo infections in children"),
    # How well a thing works asks whether it works, for what.
    ("How well does zorbinol lavage work for gizmo tendinitis?", "therapy", "zorbinol lavage", "gizmo tendinitis"),
    ("How well do zorbinol injections work in gizmo bursitis?", "therapy", "zorbinol injections", "gizmo bursitis"),
    ("How effectively does zorbinol work against gizmo pain?", "therapy", "zorbinol", "gizmo pain"),
    # A harm asked at an amount stays a question of harm, of the thing alone.
    ("Is ZB-7 safe at high doses?", "safety", "ZB-7", None),
    ("Is zorbinol harmful in large amounts?", "safety", "zorbinol", None),
    ("Are gizmo supplements safe at higher doses?", "safety", "gizmo supplements", None),
    ("What is a safe dose of zorbinol?", "dosing", None, None),  # a dose asked, not a harm at one
    # "build" is a verb of effect where no determiner stands before it.
    ("Does zorbinol build bone density in older women?", "general", "zorbinol", "bone density in older women"),
    ("Can yoga build muscle strength in adults with gizmo arthritis?", "general", "yoga",
     "muscle strength in adults with gizmo arthritis"),
    ("Does weight training build bone mass?", "general", "weight training", "bone mass"),
    # A choice between two, asked by how one is better ("better absorbed"), or with the choice first.
    ("Is zorbinol K1 or zorbinol K2 better absorbed?", "general", "zorbinol K1", None),
    ("Is zorbinol or gizmotab better tolerated in older adults?", "safety", "zorbinol", None),
    ("Which is better absorbed, zorbinol K1 or zorbinol K2?", "general", "zorbinol K1", None),
    ("Which is safer for gizmo gout, zorbinol or gizmotab?", "safety", "zorbinol", "gizmo gout"),
    # An adverb before the verb is no part of the condition.
    ("Should children with gizmo infections always get zorbinol?", "general", "zorbinol", "gizmo infections"),
    ("Should adults with gizmo bronchitis routinely receive zorbinol?", "therapy", "zorbinol", "gizmo bronchitis"),
    ("Should patients with gizmo pain usually be offered surgery?", "general", "surgery", "gizmo pain"),
    # How an effect compares, said after what it is on, is no part of the condition (the comparator: below).
    ("Does zorbinol lavage relieve pain faster than physiotherapy?", "general", "zorbinol lavage", "pain"),
    ("Does zorbinol lower gizmo pressure more than gizmotab in older adults?", "general", "zorbinol",
     "gizmo pressure in older adults"),
    ("Can zorbinol prevent gizmo attacks better than gizmotab?", "therapy", "zorbinol", "gizmo attacks"),
    # Session 35 (s35read3): a which-question's kind after a rank or before a verb (the kind: below) reads its
    # condition as before; a trial's control arm ("rest", "usual care") is no comparator (below).
    ("What is the first-line gizmo drug for gizmo pressure in older adults?", "therapy", None,
     "gizmo pressure in older adults"),
    ("What is the preferred zorbitic for gizmo pneumonia?", "therapy", None, "gizmo pneumonia"),
    ("Is zorbinol exercise better than rest for gizmo arthritis?", "general", "zorbinol exercise", "gizmo arthritis"),
    ("Does zorbinol walking help gizmo pain more than usual care?", "therapy", "zorbinol walking", "gizmo pain"),
    # Session 35 (s35b): whether a regulator approved or licensed a drug for a condition reads both; the place
    # stays with the condition, where the statements that name it are found.
    ("Is zorbinol approved for gizmo osteoporosis in Japan?", "general", "zorbinol", "gizmo osteoporosis in Japan"),
    ("Is zorbinol licensed for gizmo pain in children?", "general", "zorbinol", "gizmo pain in children"),
    ("Are gizmo drops approved for gizmo glaucoma?", "general", "gizmo drops", "gizmo glaucoma"),
    ("Was zorbinol licensed in Europe before the US?", "general", None, None),  # a place, not a condition
]


@pytest.mark.parametrize("text,qtype,intervention,condition", SHAPES)
def test_reads_type_and_topic(text: str, qtype: str, intervention: str | None, condition: str | None) -> None:
    q = read_question(text)
    assert (q.type, q.intervention, q.condition) == (qtype, intervention, condition)


def test_a_risk_named_after_its_outcome_titles_the_risk() -> None:
    # "reduce hip fracture risk" is the risk of hip fracture lowered: a therapy's outcome, titled as one.
    assert read_question("Does alendronate reduce hip fracture risk?").title == \
        "Alendronate for Hip Fracture Risk Reduction"


def test_a_which_treatment_question_titles_its_goal() -> None:
    assert read_question("Which beta blocker is used to prevent migraine?").title == "Prevention of Migraine"
    assert read_question("What antibiotic is the first choice for cellulitis?").title == "Treatment of Cellulitis"
    # Session 26: "first-choice" hyphenated and a longer name of the treatment; a "condition" naming only people
    # titles nothing: the question stays the heading.
    assert read_question("What is the first-choice oral antifungal drug for tinea capitis?").title == \
        "Treatment of Tinea Capitis"
    q = read_question("What is the first-choice heart rhythm drug for an elderly patient?")
    assert (q.condition, q.title) == ("elderly patient",
                                      "What Is the First-choice Heart Rhythm Drug for an Elderly Patient")


def test_the_goal_a_benefit_question_names_is_in_its_title() -> None:
    q = read_question("Are there benefits of vitamin D for preventing cancer?")
    assert (q.verb, q.title) == ("prevent", "Vitamin D for Cancer Prevention")


def test_a_lowered_risk_is_named_in_the_title() -> None:
    assert read_question("Does aspirin reduce the risk of colorectal cancer?").title == (
        "Aspirin for Colorectal Cancer Risk Reduction")


def test_who_is_to_take_it_is_the_population_not_the_condition() -> None:
    # "Should healthy adults take calcium supplements?": advice on the supplements answers it, for whoever it
    # is given (session 21; read as nothing before).
    q = read_question("Should healthy adults take calcium supplements?")
    assert (q.intervention, q.condition, q.subject) == ("calcium supplements", None, "healthy adults")


def test_title_names_intervention_and_condition() -> None:
    q = read_question("Can vitamin K2 be used to treat tendon calcification?")
    assert q.title == "Vitamin K2 for Tendon Calcification"


def test_title_of_a_screening_question_says_what_is_screened_for() -> None:
    # ... and of whom (session 46: "What about adolescents?" after it is another question, titled apart)
    assert read_question("Should adults be screened for depression?").title == "Screening for Depression in Adults"
    assert read_question("Should adolescents be screened for depression?").title == \
        "Screening for Depression in Adolescents"


def test_title_keeps_a_greek_letter_as_written() -> None:
    assert read_question("Does oral α-galactosidase reduce gizmo symptoms?").title.startswith("Oral α-galactosidase")


def test_title_keeps_gene_and_drug_spelling() -> None:
    assert "miR-25" in read_question("What is the combined effect of Nfat and miR-25?").title


def test_title_opens_a_word_ending_in_a_number_with_a_capital_but_keeps_symbols() -> None:
    title = read_question("Does menaquinone-7 reduce arterial stiffness in p53 carriers?").title
    assert title.startswith("Menaquinone-7 for ")
    assert "p53" in title


def test_is_there_evidence_that_x_verbs_y_names_its_topic_and_verb() -> None:
    q = read_question("Is there evidence that nortriptyline prevents cluster headache?")
    assert (q.intervention, q.condition, q.verb) == ("nortriptyline", "cluster headache", "prevent")


def test_a_reported_clause_is_read_as_the_question_it_reports() -> None:
    # session 28: "Did the VITAL trial show that ...?" read no topic, and its answer a "Yes." over design sentences
    direct = read_question("Does zorbinol prevent gizmo disease?")
    for text in ("Did the GIZMO trial show that zorbinol prevents gizmo disease?",
                 "Have trials found that zorbinol prevented gizmo disease?",
                 "Is there good evidence that zorbinol can prevent gizmo disease?"):
        q = read_question(text)
        assert (q.intervention, q.condition, q.verb, q.title) == (direct.intervention, direct.condition, direct.verb,
                                                                  direct.title)


def test_a_comparison_named_at_the_end_is_the_comparator_not_the_condition() -> None:
    q = read_question("How effective is zorbinol for gizmo prevention compared with gizmotab?")
    assert (q.intervention, q.condition, q.comparator) == ("zorbinol", "gizmo prevention", "gizmotab")
    assert q.title == "Zorbinol versus Gizmotab for Gizmo Prevention"


def test_a_comparison_named_before_what_it_is_for_is_the_comparator() -> None:
    q = read_question("How effective is zorbinol, compared with gizmotab, for gizmo pain?")
    assert (q.intervention, q.condition, q.comparator) == ("zorbinol", "gizmo pain", "gizmotab")


@pytest.mark.parametrize("text", [
    "Is zorbinol therapy worth it compared with doing nothing for gizmo calcification?",
    "How effective is zorbinol therapy for gizmo calcification compared with placebo?",
    "Is zorbinol therapy better than no treatment for gizmo calcification?",
    "Is zorbinol therapy better than a sham procedure for gizmo calcification?",
    "Is zorbinol therapy worth it compared with not treating for gizmo calcification?",
])
def test_no_treatment_compared_with_asks_whether_it_works_and_names_no_comparator(text: str) -> None:
    # Session 31: "doing nothing", "no treatment", "placebo" are no second intervention a statement must name
    # (comparison.with_comparator): any statement of the intervention's effect answers.
    q = read_question(text)
    assert (q.intervention, q.condition, q.comparator) == ("zorbinol therapy", "gizmo calcification", None)


def test_worth_it_asks_whether_it_works() -> None:
    q = read_question("Is zorbinol worth it for gizmo pain?")
    assert (q.type, q.intervention, q.condition) == ("therapy", "zorbinol", "gizmo pain")
    assert read_question("Is zorbinol worth the risk?").intervention == "zorbinol"


@pytest.mark.parametrize(("text", "verb"), [
    ("Do zorbinol antagonists speed up gizmo calcification?", "increase"),
    ("Does zorbinol slow down gizmo calcification?", "slow"),
    ("Does zorbinol hold back gizmo calcification?", "slow"),
    ("Does zorbinol bring down gizmo calcification?", "reduce"),
])
def test_a_phrasal_verb_of_direction_is_the_effect_it_names(text: str, verb: str) -> None:
    q = read_question(text)
    assert (q.intervention, q.condition, q.verb) == (text.split()[1] + (" antagonists" if "antag" in text else ""),
                                                     "gizmo calcification", verb)


def test_two_things_combined_for_a_condition_are_the_intervention() -> None:
    # "X be combined with Y for Z": the two together are the intervention (as "X taken with Y" reads), Z the
    # condition; without a purpose the second thing stands in the condition's place, as before.
    q = read_question("Can zorbinol be combined with gizmotab for gizmo pressure?")
    assert (q.intervention, q.condition, q.together) == ("zorbinol with gizmotab", "gizmo pressure", False)
    q = read_question("Can zorbinol be taken with gizmotab to prevent gizmo fractures?")
    assert (q.intervention, q.condition, q.verb) == ("zorbinol with gizmotab", "gizmo fractures", "prevent")
    q = read_question("Can zorbinol be combined with gizmotab?")
    assert (q.intervention, q.condition, q.together) == ("zorbinol", "gizmotab", True)


@pytest.mark.parametrize("text", [
    "Did zorbinol reduce gizmo events in the GIZMO trial?",
    "Did zorbinol reduce gizmo events in observational studies?",
    "Did zorbinol reduce gizmo events in the Zorb Heart cohort?",
])
def test_the_report_named_after_the_outcome_is_no_part_of_the_condition(text: str) -> None:
    q = read_question(text)
    assert (q.intervention, q.condition, q.verb) == ("zorbinol", "gizmo events", "reduce")


@pytest.mark.parametrize(("text", "condition"), [
    ("Can zorbinol be used during pregnancy?", "pregnancy"),
    ("Can zorbinol be safely used while breastfeeding?", "breastfeeding"),
    ("Is zorbinol safe to take during pregnancy?", "pregnancy"),
    ("Is zorbinol safe to take every day?", None),
    ("Is zorbinol safe to use long term?", None),
    ("Is zorbinol safe?", None),
])
def test_the_state_a_thing_is_used_in_is_the_condition(text: str, condition: str | None) -> None:
    q = read_question(text)
    assert (q.intervention, q.condition) == ("zorbinol", condition)


def test_safe_to_take_is_a_safety_question_and_together_still_reads_two_things() -> None:
    assert read_question("Is zorbinol safe to take every day?").type == "safety"
    q = read_question("Is zorbinol safe to take with gizmotab?")
    assert (q.intervention, q.condition, q.together) == ("zorbinol", "gizmotab", True)


@pytest.mark.parametrize("text", ["Is it safe?", "Are they safe?", "Is it effective for gizmo?", "Is it worth it?",
                                  "Can it be used during pregnancy?"])
def test_a_pronoun_names_nothing_and_a_follow_up_inherits_what_it_points_to(text: str) -> None:
    q = read_question(text, "zorbinol", "gizmo")
    assert q.intervention == "zorbinol" and q.inherited
    assert read_question(text).intervention is None


def test_a_child_of_an_age_with_a_condition_is_who_is_asked_about() -> None:
    q = read_question("Should a child under two with gizmo infection in both ears get zorbinol?")
    assert (q.intervention, q.condition) == ("zorbinol", "gizmo infection in both ears")


def test_the_complications_of_a_thing_are_its_harms_wherever_it_is_used() -> None:
    # What it is used for names no condition its harms are met in; where they are met does.
    q = read_question("What are the complications of zorbinol lavage for gizmo tendinitis?")
    assert (q.type, q.intervention, q.condition) == ("safety", "zorbinol lavage", None)
    q = read_question("What are the side effects of zorbinol in pregnancy?")
    assert (q.type, q.intervention, q.condition) == ("safety", "zorbinol", "pregnancy")


def test_one_thing_used_instead_of_another_compares_them() -> None:
    q = read_question("Can watchful waiting be used instead of antibiotics for gizmo ear infection?")
    assert (q.intervention, q.condition, q.comparator) == ("watchful waiting", "gizmo ear infection", "antibiotics")
    # when it would be used is a circumstance, neither what it replaces nor the condition
    q = read_question("Should zorbinol be used instead of drugy when starting treatment for gizmo pain?")
    assert (q.intervention, q.condition, q.comparator) == ("zorbinol", "gizmo pain", "drugy")


def test_interfering_with_another_drug_asks_whether_they_interact() -> None:
    q = read_question("Can zorbinol supplements interfere with warfarin?")
    assert q.together and asks_interaction(q.text)  # a "yes" is that they do, not that they are safe together


def test_a_high_dose_intervention_is_not_a_dosing_question() -> None:
    assert read_question("What are the side effects of high-dose nortriptyline?").type == "safety"
    assert read_question("What dose of nortriptyline is used?").type == "dosing"


def test_a_slowing_goal_is_named_before_what_it_slows() -> None:
    title = read_question("Does nortriptyline slow cluster headache progression?").title
    assert title == "Nortriptyline for Slowing Cluster Headache Progression"


def test_follow_up_inherits_what_it_leaves_out() -> None:
    q = read_question("What dose is typically used?", "vitamin K2", "tendon calcification")
    assert q.type == "dosing"
    assert (q.intervention, q.condition) == ("vitamin K2", "tendon calcification")
    assert q.inherited and "vitamin K2" in q.search_text


def test_a_harms_follow_up_keeps_the_intervention_not_the_condition() -> None:
    # "What are its side effects?" asks about the intervention's harms wherever it is used (session 20)
    q = read_question("What are its side effects?", "shockwave therapy", "calcific tendinopathy")
    assert (q.type, q.intervention, q.condition) == ("safety", "shockwave therapy", None)
    dose = read_question("What dose is typically used?", "shockwave therapy", "calcific tendinopathy")
    assert dose.condition == "calcific tendinopathy"


def test_follow_up_keeps_its_own_topic() -> None:
    q = read_question("Is metformin effective for type 2 diabetes?", "vitamin K2", "tendon calcification")
    assert (q.intervention, q.condition) == ("metformin", "type 2 diabetes")
    assert not q.inherited and q.search_text == q.text


def test_empty_question_is_an_error() -> None:
    with pytest.raises(QuestionError, match="empty"):
        read_question("   \n ")


def _questions(name: str) -> list[str]:
    path = SHARED / name / "queries.jsonl"
    if not path.exists():
        pytest.skip(f"shared benchmark data not found at {path}")
    return [json.loads(line)["text"] for line in path.open()]


@pytest.mark.parametrize("dataset", ["bioasq", "pubmedqa"])
def test_real_question_wordings_read_cleanly(dataset: str) -> None:
    """Every real question gets a known type and a non-empty title; topics, where read, are short phrases
    taken from the question itself."""
    questions = _questions(dataset)
    with_topic = 0
    for text in questions:
        q = read_question(text)
        assert q.type in QUESTION_TYPES and q.title
        for part in (q.intervention, q.condition):
            if part:
                # the question's own words, or the act its verb names ("screened for" -> screening)
                assert set(tokenize(part)) <= set(tokenize(text)) and len(part) < len(text)
        with_topic += bool(q.intervention or q.condition)
    assert with_topic >= len(questions) // 10, "the shapes should recognise a real share of questions"


def test_real_therapy_questions_are_read_as_therapy() -> None:
    questions = [t for t in _questions("bioasq") if t.lower().startswith("is ") and " effective " in t.lower()]
    assert questions
    assert all(read_question(t).type == "therapy" for t in questions)


def test_who_receives_it_is_the_condition_when_the_question_names_no_disease() -> None:
    q = read_question("Should patients with spinal cord injury receive prophylaxis against venous thromboembolism?")
    assert (q.intervention, q.condition) == ("prophylaxis against venous thromboembolism", "spinal cord injury")
    q = read_question("Should pregnant women be given calcium supplements?")
    assert (q.intervention, q.condition) == ("calcium supplements", "pregnant women")
    # the other shapes are left as they were
    q = read_question("Should women at increased risk of breast cancer be offered risk-reducing medications?")
    assert (q.intervention, q.condition) == ("risk-reducing medications", "breast cancer")


def test_a_condition_treated_with_an_intervention() -> None:
    q = read_question("Should pressure ulcers be treated with protein or amino acid supplementation?")
    assert (q.intervention, q.condition) == ("protein or amino acid supplementation", "pressure ulcers")


@pytest.mark.parametrize("question", [
    "Should elderly patients be treated for gizmoitis?",  # who is acted on: no intervention named
    "Should children with gizmoitis be vaccinated in school?",
    "Should patients be mobilized early after gizmo surgery?",
])
def test_a_passive_question_about_people_names_no_intervention(question: str) -> None:
    q = read_question(question)
    assert (q.intervention, q.condition) == (None, None)


def test_a_passive_question_about_a_condition_in_people_still_names_the_act() -> None:
    q = read_question("Should gizmo fractures in polytrauma patients be fixed within 24 hours?")
    assert (q.intervention, q.condition) == ("fixing", "gizmo fractures in polytrauma patients")


@pytest.mark.parametrize("text", [
    "Are ACE inhibitors or calcium channel blockers better as initial therapy for hypertension?",
    "Is cefalexin or clindamycin preferred for cellulitis?",
])
def test_a_choice_between_two_compares_them_and_asks_which_not_whether(text: str) -> None:
    q = read_question(text)
    assert q.comparator is not None and q.intervention is not None
    assert not q.yes_no  # "Yes." answers no choice


def test_either_of_two_asked_about_without_a_comparison_is_still_a_yes_no_question() -> None:
    q = read_question("Is cefalexin or clindamycin safe in pregnancy?")
    assert q.yes_no and q.comparator is None


@pytest.mark.parametrize(("text", "yes_no"), [
    ("Gizmo palsy: an indication for drugx?", True),  # a title asked as a question
    ("Drugx, a new cause of gizmo palsy?", True),
    ("Drugx does not affect gizmo palsy?", True),
    ("Drugx therapy in gizmo palsy - a risky technique?", True),
    # A use alone asks whether, as a clinician writes "Is drugx recommended for gizmo palsy?" tersely (session 58,
    # ``question.as_terse_asked``; on the shared BioASQ questions it reads none); a noun asking what does not.
    ("Drugx for gizmo palsy?", True),
    ("Dose of drugx?", False),
    ("Drugx is used for treatment of which disease?", False),  # a question word anywhere
    ("Name the drugs used for gizmo palsy?", False),  # asked by an imperative
    ("Is drugx effective for gizmo palsy?", True),
])
def test_a_statement_asked_as_a_question_asks_for_a_yes_or_a_no(text: str, yes_no: bool) -> None:
    assert read_question(text).yes_no is yes_no


def test_a_share_asked_is_a_question_of_how_often() -> None:
    # Session 29: "What proportion of calcific deposits resorb on their own?" asks how often, as "How common is
    # X?" does, so the lead is chosen from the statements that state a frequency (lead.answering).
    assert asks_occurrence("What proportion of gizmo deposits resorb on their own?")
    assert asks_occurrence("What percentage of patients with gizmo disease relapse?")
    assert not asks_occurrence("What is the proportion of zorbinol in the tablet made of?")


def test_what_a_report_found_with_a_thing_is_its_effect() -> None:
    # "fewer heart attacks with zorbinol" is zorbinol reducing heart attacks, the verb a yes or a no is read in.
    assert read_question("Did the GIZMO trial find fewer heart attacks with zorbinol?").verb == "reduce"
    assert read_question("Did the GIZMO trial find more falls with zorbinol?").verb == "increase"


def test_people_a_need_is_said_of_are_the_population() -> None:
    q = read_question("Are low-dose zorbinol inhalers needed for all adults with gizmo disease?")
    assert q.subject == "adults"


def test_how_often_a_thing_happens_is_a_question_of_how_often() -> None:
    # Session 30: "How often do calcific deposits resorb on their own?" asks how often it happens, as "What
    # proportion of ...?" does; "How often do I take X?" asks a dose.
    assert asks_occurrence("How often do gizmo deposits resorb on their own?")
    assert not asks_occurrence("How often do I take zorbinol?")
    assert not asks_occurrence("How often should zorbinol be taken?")


def test_a_quality_a_thing_makes_less_is_the_effect_asked() -> None:
    q = read_question("Do zorbinol supplements make arteries less stiff in women after menopause?")
    assert q.verb == "reduce"
    assert q.title == "Zorbinol Supplements for Reduction of Stiffness of Arteries in Women After Menopause"
    assert read_question("Does zorbinol make gizmo deposits more brittle?").verb == "increase"


@pytest.mark.parametrize(("text", "intervention", "condition"), [
    ("Can zorbinol-formoterol be used as a reliever in mild gizmo asthma?", "zorbinol-formoterol", "mild gizmo asthma"),
    ("Is zorbinol supplementation advised for gizmo deficiency?", "zorbinol supplementation", "gizmo deficiency"),
])
def test_more_shapes_of_a_thing_asked_for_a_condition(text: str, intervention: str, condition: str) -> None:
    q = read_question(text)
    assert (q.intervention, q.condition) == (intervention, condition)


@pytest.mark.parametrize(("text", "verb"), [
    ("Does zorbinol accelerate gizmo calcification?", "increase"),
    ("Do zorbinol antagonists promote gizmo calcification?", None),  # not read: see question._DIRECTION
])
def test_a_verb_that_says_a_direction_is_read_as_it(text: str, verb: str | None) -> None:
    assert read_question(text).verb == verb


def test_a_report_named_as_the_source_is_not_asked_of_a_statement() -> None:
    # the report is where the answer comes from: retrieval asks for it, a statement's coverage does not
    q = read_question("Did vitamin D reduce cardiovascular events in the VITAL trial?")
    assert q.search_text == "Did vitamin D reduce cardiovascular events in the VITAL trial?"
    assert q.match_text == "Did vitamin D reduce cardiovascular events"
    plain = read_question("Did vitamin D reduce cardiovascular events?")
    assert plain.match_text == plain.search_text


@pytest.mark.parametrize("text", [
    "Is zorbinol K1 or zorbinol K2 better absorbed?",
    "Is zorbinol K1 or K2 better absorbed?",
    "Which is better absorbed, zorbinol K1 or zorbinol K2?",
])
def test_a_choice_asked_by_how_one_is_better_compares_the_two_and_takes_no_yes_or_no(text: str) -> None:
    # Session 35: "Is vitamin K1 or vitamin K2 better absorbed?" read nothing and was answered "yes".
    q = read_question(text)
    assert (q.intervention, q.comparator, q.yes_no) == ("zorbinol K1", "zorbinol K2", False)


@pytest.mark.parametrize(("text", "comparator"), [
    ("Does zorbinol lavage relieve pain faster than physiotherapy?", "physiotherapy"),
    ("Does zorbinol lower gizmo pressure more than gizmotab in older adults?", "gizmotab"),
    ("Does zorbinol reduce gizmo pain more effectively than placebo?", None),  # no treatment: whether it works
    ("Does zorbinol reduce gizmo marker by more than 1%?", None),  # an amount, no comparison
])
def test_what_an_effect_is_compared_with_is_the_comparator(text: str, comparator: str | None) -> None:
    assert read_question(text).comparator == comparator


@pytest.mark.parametrize(("text", "verb"), [
    ("Does zorbinol build bone density in older women?", "increase"),  # the plain verb a direction is weighed by
    ("Does zorbinol reduce how often gizmo headaches happen?", "reduce"),
])
def test_the_verb_of_an_everyday_effect_is_its_plain_verb(text: str, verb: str) -> None:
    assert read_question(text).verb == verb


@pytest.mark.parametrize(("text", "kind"), [
    # Session 35 (s35read3): "What is the first-line drug for hypertension in people over 55?" read no kind, so the
    # lead's rule for which-questions (lead.naming_condition) never ran.
    ("What is the first-line drug for gizmo pressure in older adults?", "drug"),
    ("What is the preferred zorbitic for gizmo pneumonia?", "zorbitic"),
    ("What is the recommended oral gizmo drug for gizmo capitis?", "oral gizmo drug"),
    ("What is the most effective drug to help people stop gizmoing?", "drug"),
    ("Which drugs prevent gizmo attacks?", "drugs"),
    ("Which gizmo blocker helps people with gizmo tremor?", "gizmo blocker"),
    ("Which cream do you give for gizmo eczema?", "cream"),
    ("What inhaler should a patient with gizmo asthma use?", "inhaler"),
    ("What kind of exercise is recommended for gizmo arthritis?", "exercise"),  # as before
    # Not people (whom, not what), a step or a dose, nor a question of what something does.
    ("Which patients with gizmo pneumonia need hospital admission?", None),
    ("Which patients should receive zorbinol?", None),
    ("What is the first step in treating gizmo asthma?", None),
    ("What is the recommended dose for adults of zorbinol?", None),
    ("What should be done if a patient on zorbinol bleeds?", None),
    ("What does zorbinol do?", None),
])
def test_the_kind_a_which_question_asks_for(text: str, kind: str | None) -> None:
    assert asked_kind(text) == kind


@pytest.mark.parametrize(("text", "comparator"), [
    # Session 35 (s35read3): "Is exercise better than rest for knee arthritis?" asked exercise against a second
    # treatment "rest"; a trial's control arm adds nothing, so whether exercise works answers it.
    ("Is zorbinol exercise better than rest for gizmo arthritis?", None),
    ("Is zorbinol walking better than bed rest for gizmo back pain?", None),
    ("Is zorbinol exercise better than usual care for gizmo arthritis?", None),
    ("Is zorbinol better than standard care for gizmo ulcers?", None),
    # A strategy of its own, which sources name and weigh, stays a comparator.
    ("Is zorbinol better than watchful waiting for gizmo ear infections?", "watchful waiting"),
    ("Is zorbinol exercise better than restorative yoga for gizmo arthritis?", "restorative yoga"),
])
def test_a_control_arm_compared_with_is_no_comparator(text: str, comparator: str | None) -> None:
    assert read_question(text).comparator == comparator


@pytest.mark.parametrize(("text", "condition"), [
    ("Is zorbinol well tolerated?", None),
    ("Is zorbinol well-tolerated?", None),
    ("Is zorbinol generally well tolerated?", None),
    ("Is zorbinol well tolerated in pregnancy?", "pregnancy"),
])
def test_whether_a_thing_is_tolerated_asks_its_safety_as_safe_does(text: str, condition: str | None) -> None:
    q = read_question(text)
    assert (q.type, q.intervention, q.condition) == ("safety", "zorbinol", condition)
    assert asks_tolerated(text)


@pytest.mark.parametrize(("text", "condition"), [
    ("Is it safe to take zorbinol?", None),
    ("Is it safe to take zorbinol every day?", None),
    ("Is it safe to use zorbinol long term?", None),
    ("Is it safe to take zorbinol during pregnancy?", "pregnancy"),
])
def test_is_it_safe_to_take_a_thing_reads_as_is_the_thing_safe(text: str, condition: str | None) -> None:
    q = read_question(text)
    assert (q.type, q.intervention, q.condition, q.together) == ("safety", "zorbinol", condition, False)
    q = read_question("Is it safe to take zorbinol with gizmotab?")
    assert (q.intervention, q.condition, q.together) == ("zorbinol", "gizmotab", True)
    # Whom it is given to is no part of what is given.
    assert read_question("Is it okay to give zorbinol to a toddler?").intervention != "zorbinol to a toddler"


@pytest.mark.parametrize("text", ["At what age should children with gizmo infections get zorbinol straight away?",
                                  "From what age should children with gizmo infections get zorbinol?"])
def test_a_threshold_asked_of_advice_reads_the_advice_and_takes_no_yes_or_no(text: str) -> None:
    q = read_question(text)
    assert (q.intervention, q.condition, q.subject) == ("zorbinol", "gizmo infections", "children")
    assert not q.yes_no


@pytest.mark.parametrize("text", ["Is zorbinol lavage painful?", "Does zorbinol lavage hurt?"])
def test_pain_said_of_a_thing_asks_the_pain_it_causes_not_the_pain_it_treats(text: str) -> None:
    q = read_question(text)
    assert (q.intervention, q.condition, q.verb) == ("zorbinol lavage", "pain", "cause")


@pytest.mark.parametrize("verb", ["change", "alter", "influence"])
def test_how_much_a_thing_changes_another_asks_its_effect_on_it(verb: str) -> None:
    q = read_question(f"How much does zorbinol intake {verb} the gizmo level?")
    assert (q.intervention, q.condition, q.verb) == ("zorbinol intake", "gizmo level", "affect")
    # Said of the thing that varies, with no object, it names no cause.
    q = read_question(f"How much does the gizmo level {verb} with a stable zorbinol intake?")
    assert (q.intervention, q.condition) == (None, None)
    # A change in it named as a noun is the thing itself, as before.
    q = read_question("How much does a change in zorbinol intake affect the gizmo level?")
    assert (q.intervention, q.condition) == ("zorbinol intake", "gizmo level")


@pytest.mark.parametrize(("text", "verb"), [
    ("Can zorbinol make gizmo deposits disappear?", "reduce"),
    ("Can zorbinol make gizmo deposits go away?", "reduce"),
    ("Will zorbinol make gizmo deposits shrink?", "reduce"),
    ("Can zorbinol make gizmo deposits clear up?", "reduce"),
    # Gone sooner: its course shortened.
    ("Can zorbinol make gizmo deposits clear up faster?", "shorten"),
])
def test_a_thing_making_another_vanish_asks_its_effect_on_it(text: str, verb: str) -> None:
    q = read_question(text)
    assert (q.intervention, q.condition, q.verb, q.yes_no) == ("zorbinol", "gizmo deposits", verb, True)


@pytest.mark.parametrize(("text", "intervention", "condition"), [
    ("Should I tell patients on zorbinol to avoid eating gizmo beans?", "gizmo beans", "patients on zorbinol"),
    ("Should I tell patients on zorbinol to stop taking gizmotab?", "gizmotab", "patients on zorbinol"),
    ("Should I advise patients taking zorbinol to avoid gizmotab?", "gizmotab", "patients taking zorbinol"),
    ("Should we warn people with gizmo disease to avoid zorbinol?", "zorbinol", "gizmo disease"),
    ("Should I tell patients on zorbinol not to eat gizmo beans?", "gizmo beans", "patients on zorbinol"),
])
def test_advice_a_clinician_is_asked_to_give_reads_as_the_advice_asked(text: str, intervention: str,
                                                                       condition: str) -> None:
    q = read_question(text)
    assert (q.intervention, q.condition) == (intervention, condition)
    # A yes or no is given: polarity reads the advice as asked of the people (``polarity.told``).
    assert q.yes_no
    # One patient told is not read so, and keeps its yes or no.
    assert read_question("Should I tell my patient to stop zorbinol before surgery?").yes_no
    # The same reading as the advice asked of the people directly.
    direct = read_question(re.sub(r"^Should (?:I|we) \w+ (.+?) (?:not )?to (\w+)", r"Should \1 \2", text))
    if " not to " not in text:
        assert (direct.intervention, direct.condition) == (q.intervention, q.condition)


@pytest.mark.parametrize("text", ["Which gizmocillin should I start for gizmo pneumonia?",
                                  "What gizmocillin should I give for gizmo pneumonia?",
                                  "Which gizmocillin should we prescribe first in gizmo pneumonia?"])
def test_a_first_person_choice_of_treatment_reads_as_the_recommendation_asked(text: str) -> None:
    q = read_question(text)
    assert (q.type, q.intervention, q.condition, q.yes_no) == ("therapy", None, "gizmo pneumonia", False)
    assert asked_kind(text) == "gizmocillin"
    # A tool asked of ("can you use") and people alone are not read so.
    assert read_question("Which gizmo method can you use for ranking of genes?").condition is None
    assert read_question("Which gizmocillin should I prescribe in black patients?").condition is None


@pytest.mark.parametrize("text", ["Is a zorbinol scan a reliable marker of gizmo tendinitis?",
                                  "Is a zorbinol scan a useful test for gizmo tendinitis?",
                                  "Is a zorbinol scan a valid predictor of gizmo tendinitis?"])
def test_whether_a_test_is_reliable_reads_the_test_and_the_condition(text: str) -> None:
    q = read_question(text)
    assert (q.intervention, q.condition, q.yes_no) == ("zorbinol scan", "gizmo tendinitis", True)
    # A marker asked of with no word of its worth asks of a biology: not read so.
    assert read_question("Is zorbinol a marker of gizmo tendinitis?").intervention is None


def test_advice_to_take_a_thing_a_clinician_is_asked_to_give_keeps_its_yes_or_no() -> None:
    q = read_question("Should I advise older adults to take zorbinol?")
    assert (q.intervention, q.subject, q.yes_no) == ("zorbinol", "older adults", True)


@pytest.mark.parametrize("text", ["Can zorbinol help gizmo swelling go down?",
                                  "Can zorbinol get rid of gizmo swelling?"])
def test_helping_a_thing_go_or_getting_rid_of_it_asks_an_effect_on_it(text: str) -> None:
    q = read_question(text)
    assert (q.intervention, q.condition, q.verb) == ("zorbinol", "gizmo swelling", "reduce")


def test_a_first_person_choice_with_no_kind_named_reads_the_condition() -> None:
    q = read_question("What should I prescribe for gizmo gout?")
    assert (q.intervention, q.condition, q.yes_no) == (None, "gizmo gout", False)
    # A choice between two named after it is not read so.
    assert read_question("Which should I use for gizmo gout, zorbinol or gizmotab?").condition != "gizmo gout, zorbinol"


def test_which_treatment_people_with_a_condition_should_get_is_the_treatment_recommended_for_them() -> None:
    # Session 42: read as no topic, the answer quoted its right statement only as "Closest evidence".
    q = read_question("Which antibiotic should a child with an ear infection and a penicillin allergy get?")
    assert q.type == "therapy" and q.intervention is None
    assert q.condition == "an ear infection and a penicillin allergy"
    q = read_question("What inhaler should a patient with mild asthma use?")
    assert q.condition == "mild asthma"
    # Which people is asked, not which treatment: as before.
    q = read_question("Which patients with asthma should get oral steroids?")
    assert (q.intervention, q.condition) == ("oral steroids", "asthma")


def test_how_long_a_thing_is_tried_before_a_gerund_clause_is_asked_of_the_thing() -> None:
    q = read_question("How long should a migraine preventive be tried before deciding it does not work?")
    assert q.type == "dosing" and q.intervention == "migraine preventive" and q.condition is None
    q = read_question("How long should the gizmo be continued until judging the response?")
    assert q.intervention == "gizmo" and q.condition is None


def test_which_treatment_is_used_for_a_bare_condition_is_asked_of_the_condition() -> None:
    # Session 42: "used for" was read only with a goal ("used to treat"), so the question had no topic.
    q = read_question("Which antibiotics are used for high-severity community-acquired pneumonia?")
    assert q.type == "therapy" and q.intervention is None
    assert q.condition == "high-severity community-acquired pneumonia"
    # A purpose (an article, an "of") is no condition, nor is a dose's "of" the kind asked.
    for text in ("Which methods are used for genome segmentation of gene expression data?",
                 "Which software are used for the detection of selective sweeps?"):
        assert read_question(text).condition is None, text
    q = read_question("What dose of menatetrenone is used for osteoporosis?")
    assert q.intervention == "menatetrenone" and q.type == "dosing"


def test_a_thing_offered_to_people_is_asked_of_the_thing_for_them() -> None:
    # Session 42: "Should X be offered to <people>?" read no topic, so its answer quoted the guideline's advice on X
    # only as closest evidence (and "Should inhaled corticosteroids be offered to adolescents?" was read "no").
    q = read_question("Should inhaled corticosteroids be offered to adolescents?")
    assert (q.intervention, q.condition, q.subject) == ("inhaled corticosteroids", None, "adolescents")
    q = read_question("Should vitamin D supplements be offered to healthy adults to prevent cancer?")
    assert (q.intervention, q.condition, q.subject, q.verb) == ("vitamin D supplements", "cancer", "healthy adults",
                                                                "prevent")
    q = read_question("Should zorbinol be given to patients with gizmo pain?")  # people defined by a condition: as before
    assert (q.intervention, q.condition) == ("zorbinol", "gizmo pain")


def test_what_is_added_when_a_treatment_fails_to_control_a_condition_is_asked_of_the_condition() -> None:
    # Session 42: read as no topic, the step-up advice was quoted only as closest evidence.
    q = read_question("What should be added if a low-dose inhaled steroid does not control asthma?")
    assert (q.intervention, q.condition) == (None, "asthma")
    q = read_question("What is given next if zorbinol fails to prevent gizmo headaches?")
    assert (q.intervention, q.condition) == (None, "gizmo headaches")
    # A clause of another kind is no condition: as before.
    assert read_question("What should be added if the patient is pregnant?").condition is None


def test_a_risk_asked_in_a_named_report_is_the_risk_of_its_outcome() -> None:
    # Session 44: "cancer risk in the VITAL trial" lost the report before its "risk", so "risk" stayed a word every
    # statement had to name; the trial's finding ("did not lower the incidence of invasive cancer") named none.
    assert read_question("Did zorbinol lower gizmo risk in the FOO trial?").condition == "gizmo"
    assert read_question("Did zorbinol lower gizmo risk?").condition == "gizmo"


@pytest.mark.parametrize("text,condition", [
    ("How common is gizmo tendinitis of the shoulder and who gets it?", "gizmo tendinitis of the shoulder"),
    ("What is gizmo disease, and how is it treated?", None),
    ("What causes gizmo disease and how long does it last?", None),
    ("Does zorbinol prevent gizmo fractures and how much should I take?", "gizmo fractures"),
    ("Does zorbinol prevent gizmo fractures, and how much is needed?", "gizmo fractures"),
])
def test_a_second_question_joined_by_and_is_no_part_of_the_topic(text: str, condition: str | None) -> None:
    # Session 44: "How common is calcific tendinitis of the shoulder and who gets it?" read the condition "calcific
    # tendinitis of the shoulder and who gets it", which no statement names: "no relevant evidence".
    alone = read_question(text.split(" and ")[0].rstrip(",") + "?")
    q = read_question(text)
    assert "and" not in (q.condition or "").split()
    assert (q.intervention, q.condition) == (alone.intervention, alone.condition)
    if condition:
        assert q.condition == condition


def test_a_second_question_joined_by_and_is_read_nowhere_but_shown() -> None:
    # Review, session 44: cut from the topic only, the second question still set the type and the verdict's words:
    # "Is varenicline safe, and what are its side effects?" leaned "no", and "What is the first-line treatment for
    # hypertension and how is it monitored?" quoted only monitoring. The whole reading is the first question's; the
    # answer shows the question as asked.
    q = read_question("Is zorbinol safe, and what are its side effects?")
    alone = read_question("Is zorbinol safe?")
    assert q.text == "Is zorbinol safe?" and q.as_asked == "Is zorbinol safe, and what are its side effects?"
    assert (q.type, q.intervention, q.yes_no, q.title) == (alone.type, alone.intervention, alone.yes_no, alone.title)
    assert read_question("Is zorbinol safe?").as_asked is None


def test_a_relative_clause_joined_by_and_stays_in_the_topic() -> None:
    # "and who smoke" names people of the topic, no second question: no pronoun points back at the first.
    q = read_question("Does zorbinol help people with gizmo disease and who smoke?")
    assert q.condition is not None and q.condition.endswith("who smoke")


@pytest.mark.parametrize("text,intervention,condition", [
    # Session 48: asked in units of time, a course's length named no topic, and the answer quoted the choice of drug.
    ("How many days of antibiotics for community-acquired pneumonia?", "antibiotics", "community-acquired pneumonia"),
    ("How many weeks of oral iron for iron deficiency anaemia?", "oral iron", "iron deficiency anaemia"),
    ("How many days should amoxicillin be given for otitis media?", "amoxicillin", "otitis media"),
])
def test_a_length_asked_in_units_of_time_is_asked_as_how_long(text: str, intervention: str, condition: str) -> None:
    q = read_question(text)
    assert (q.type, q.intervention, q.condition) == ("dosing", intervention, condition)


def test_a_length_of_what_was_studied_is_no_course_given() -> None:
    # A reviewer's "How many years of menaquinone-7 were studied ...?" read "menaquinone-7 were studied" as given.
    assert read_question("How many years of zorbinol were studied for gizmo stiffness?").intervention != \
        "zorbinol were studied"
