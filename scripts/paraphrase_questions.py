"""Clinical questions asked of the default corpus (``corpus/``) in a clinician's own wording, with each answer's
verdict, evidence level and bottom line printed for a person to read (BENCHMARKS.md, "Lead, session 20"). They
check what the built-in bench questions (``eval.bench_questions``) cannot: wordings, shapes and follow-ups that
no change was tuned to. The judgement is a reader's, not a metric's.

``S20A`` was written at the start of session 20, before its verdict and concept changes and without looking at
medcite's answers; ``S20B`` after the verdict and concept changes, before the question-shape changes. Both were
run on main at the session's start (71a9254) and after its changes. ``S21A`` was written at the start of
session 21, before looking at any of its answers, and run on main at that session's start (08ddafb).
``S25A`` was written at the start of session 25 the same way, as the session's unseen list, and ``S29A`` at
the start of session 29; ``S32A`` at the start of session 32, and ``S33A`` at the start of session 33.

Usage: PYTHONPATH=. python scripts/paraphrase_questions.py INDEX_DIR [--set s20a|s20b|s21a|s22a|s23a|s24a|s25a|s26a|s27a|s27b|s28a|s28b|s29a|s30a|s31a|s32a|s33a]
       (INDEX_DIR built with `medcite index build corpus --index INDEX_DIR`)
"""
from __future__ import annotations

import argparse

from index.search import open_index
from service.answer.pipeline import answer_question

S20A = (
    'Is amoxicillin the first-line antibiotic for acute otitis media in children?',
    'Should antibiotics be withheld in mild acute otitis media?',
    'Does exercise therapy reduce pain in knee osteoarthritis?',
    'Is metformin associated with lower mortality in overweight type 2 diabetes?',
    'Do calcium supplements increase the risk of myocardial infarction?',
    'Does vitamin D supplementation reduce cancer incidence?',
    'Is varenicline more effective than nicotine patches for smoking cessation?',
    'Should adults be screened for depression?',
    'Are thiazide diuretics recommended as first-line treatment for hypertension?',
    'Is oral iron the first treatment for iron deficiency anaemia?',
    'What is the dose of menaquinone-7 used in trials?',
    'Can vitamin K2 slow aortic valve calcification?',
    'Is propranolol used to prevent migraine?',
    'Should inhaled corticosteroids be used in mild persistent asthma?',
    'Is intravenous iron safe in pregnancy?',
    'What are the side effects of oral iron?',
    'Should warfarin be stopped before taking vitamin K2?',
    'Is needle lavage effective for calcific tendinopathy?',
)

S20B = (
    'Does metformin reduce diabetes-related death in overweight patients?',
    'Is exercise recommended for knee OA?',
    'Are ACE inhibitors first-line for hypertension in Black patients?',
    'What is the recommended dose of vitamin K2?',
    'Does CBT help adolescents with depression?',
    'Is budesonide-formoterol recommended as a reliever in mild asthma?',
    'Should patients on warfarin avoid vitamin K2 supplements?',
    'How long should varenicline be taken?',
    'Does ESWT work for calcific tendinitis?',
    'Is ultrasound-guided lavage better than shockwave therapy?',
    'Can calcium supplements cause heart attacks?',
    'What are the side effects of varenicline?',
    'Is nicotine replacement therapy safe in heart disease?',
    'Should children with ear infections get antibiotics right away?',
    'Does vitamin K2 improve arterial stiffness?',
    'Is menatetrenone used for osteoporosis in Japan?',
    'What causes calcific tendinopathy?',
)

S21A = (
    'What antibiotic should be used for community-acquired pneumonia in adults?',
    'Is amoxicillin recommended for outpatient pneumonia?',
    'Do macrolides have a role in pneumonia treatment?',
    'Which drugs are used to prevent episodic migraine?',
    'Is topiramate effective for migraine prevention?',
    'Should beta blockers be used first line for high blood pressure?',
    'Is a calcium channel blocker a first choice for hypertension?',
    'Does intravenous iron work faster than oral iron?',
    'How should iron deficiency anaemia be investigated?',
    'Is screening for depression recommended in primary care?',
    'Is nicotine replacement therapy effective for quitting smoking?',
    'Does combining varenicline with counselling help people stop smoking?',
    'Is a short-acting beta agonist alone recommended for asthma?',
    'Does metformin reduce heart attacks in type 2 diabetes?',
    'Do vitamin D supplements prevent falls in older people?',
    'Should healthy adults take calcium supplements?',
    'Does vitamin K2 reduce coronary artery calcification?',
    'Is vitamin K supplementation helpful in dialysis patients?',
    'Is barbotage better than steroid injection for calcific shoulder tendinitis?',
    'Can taking vitamin D and vitamin K together cause high calcium levels?',
    'Does warfarin accelerate vascular calcification?',
    'Is dp-ucMGP a marker of vitamin K status?',
    'Is weight loss recommended for knee osteoarthritis?',
    'What is the role of imaging in diagnosing calcific tendinopathy?',
)

S22A = (
    'What is the evidence for shockwave therapy in calcific shoulder tendinopathy?',
    'How effective is varenicline for smoking cessation?',
    'When should antibiotics be prescribed for acute otitis media in children?',
    'Is it safe to give vitamin K2 to patients taking warfarin?',
    'Does calcium supplementation raise cardiovascular risk?',
    'Which first-line drugs are recommended for hypertension?',
    'Are there benefits of vitamin D for preventing cancer?',
    'What is the first-line treatment for mild persistent asthma?',
    'How is iron deficiency anaemia treated?',
    'Does menaquinone-7 supplementation reduce arterial stiffness in postmenopausal women?',
    'Can exercise replace painkillers for knee osteoarthritis?',
    'Is metformin first-line therapy for overweight patients with type 2 diabetes?',
    'Do vitamin K antagonists promote vascular calcification?',
    'Should menatetrenone be used to treat osteoporosis?',
    'Is ultrasound-guided needling effective for calcium deposits in the shoulder?',
    'Does vitamin K2 lower the risk of fractures?',
    'What dose of vitamin D is recommended for older adults?',
    'Are antidepressants or psychotherapy recommended for adults with depression?',
    'Does amitriptyline prevent migraine?',
    'Is doxycycline an option for community-acquired pneumonia?',
    'Does vitamin K supplementation slow progression of aortic stenosis?',
    'Can vitamin K2 dissolve calcium deposits in tendons?',
)

# Written at the start of session 23, before any of its answers was read.
S23A = (
    'Should patients with asthma use a short-acting beta-agonist alone?',
    'Is barbotage better than shockwave therapy for calcific tendinitis?',
    'Does vitamin K2 supplementation lower dp-ucMGP levels?',
    'What causes calcific tendinopathy?',
    'Is amoxicillin first-line for ear infections in children?',
    'Should all adults be screened for depression?',
    'Does exercise reduce pain in knee osteoarthritis?',
    'Is topiramate safe in pregnancy?',
    'How long should varenicline be taken?',
    'What is the recommended dose of oral iron for iron deficiency?',
    'Can vitamin D and vitamin K be taken together?',
    'Does vitamin K slow aortic valve calcification?',
    'Does metformin reduce mortality in type 2 diabetes?',
    'Do calcium supplements increase heart attack risk?',
    'Is menaquinone-4 used to treat osteoporosis?',
    'Should warfarin patients avoid leafy green vegetables?',
    'Does vitamin K2 reduce vascular calcification in dialysis patients?',
    'What are the side effects of high-dose vitamin D?',
    'Are thiazide diuretics a first-line option for hypertension?',
    'Does shockwave therapy help calcific shoulder tendinitis?',
    'Is there evidence that vitamin D prevents cardiovascular disease?',
    'Which antibiotic should be used for pneumonia in a patient allergic to penicillin?',
)

# Written at the start of session 24, before any of its answers was read.
S24A = (
    'Should children with ear infections get antibiotics straight away?',
    'What antibiotic is the first choice for community-acquired pneumonia in adults?',
    'Does exercise help arthritis of the knee?',
    'Do calcium pills cause heart attacks?',
    'Does vitamin D prevent cancer?',
    'Which drug helps people quit smoking most?',
    'Is bupropion effective for smoking cessation?',
    'How often should adults be screened for depression?',
    'What is the first-line drug for high blood pressure?',
    'How often should oral iron be taken?',
    'When is intravenous iron preferred over oral iron?',
    'Does topiramate prevent migraine?',
    'Which beta blocker is used to prevent migraine?',
    'What is the first step of asthma treatment in adults?',
    'Does vitamin K2 improve bone density?',
    'Does menatetrenone reduce fractures?',
    'What does matrix Gla protein do?',
    'How much vitamin K2 is safe to take?',
    'Does vitamin K lower the INR in patients taking warfarin?',
    'How should a high INR be managed in a patient on warfarin?',
    'How common is calcific tendinopathy of the shoulder?',
    'Does high-dose vitamin D cause hypercalcaemia?',
    'Is a steroid injection useful for calcific tendinitis?',
    'Does shockwave therapy dissolve calcium deposits?',
)

S25A = (
    'My 2-year-old has a bulging eardrum and fever; do I start amoxicillin?',
    'Is a delayed antibiotic prescription acceptable for acute otitis media?',
    'Which inhaler is added if asthma is not controlled on a low-dose inhaled corticosteroid?',
    'Is ultrasound-guided lavage effective for calcific tendinitis of the shoulder?',
    'What do calcific deposits look like on X-ray?',
    'Should I stop calcium supplements in a patient with heart disease?',
    'How long should antibiotics be given for community-acquired pneumonia?',
    'What questionnaire is used to screen for depression?',
    'Are ACE inhibitors or calcium channel blockers better as initial therapy for hypertension?',
    'How should iron deficiency be investigated in a man?',
    'What kind of exercise is recommended for knee osteoarthritis?',
    'Is propranolol recommended for migraine prevention?',
    'Can varenicline be used in pregnancy?',
    'What did UKPDS 34 show about metformin?',
    'Does vitamin D supplementation reduce cardiovascular events?',
    'Should vitamin D be given with calcium to prevent fractures?',
    'Is vitamin K2 safe for patients on warfarin?',
    'Does vitamin K supplementation slow progression of aortic valve calcification?',
    'Is vitamin K deficiency common in haemodialysis patients?',
    'What is osteocalcin?',
    'Where is vitamin K2 found in food?',
    'Does menaquinone-4 prevent fractures in postmenopausal women?',
    'What dose of MK-7 was used in trials?',
    'How much does the INR change with a stable vitamin K intake?',
    'What should be done if a patient on warfarin has an INR of 9 without bleeding?',
    'Can vitamin K2 reverse calcification in the arteries?',
)

S26A = (
    'Is watchful waiting reasonable for ear infections in toddlers?',
    'What is the first-line antibiotic for otitis media in a child with penicillin allergy?',
    'When should a long-acting beta agonist be added in asthma?',
    'Does needle barbotage work better than a steroid injection for shoulder calcification?',
    'How is calcific tendinopathy diagnosed on ultrasound?',
    'Do calcium tablets raise the risk of heart attack?',
    'Which antibiotic is used for mild pneumonia in a previously healthy adult?',
    'How often should adults be screened for depression?',
    'What is the first-choice blood pressure drug for a Black patient?',
    'What dose of oral iron is recommended for iron deficiency anaemia?',
    'Does exercise reduce pain in knee arthritis?',
    'Is topiramate an option to prevent migraine?',
    'Does nicotine replacement therapy help people quit smoking?',
    'Did metformin reduce mortality in overweight type 2 diabetes?',
    'Does vitamin D prevent cancer?',
    'How much vitamin D should older adults take daily?',
    'Can people on warfarin eat green leafy vegetables?',
    'Does vitamin K2 improve arterial stiffness?',
    'Does vitamin K lower coronary calcification in dialysis patients?',
    'What does a high dp-ucMGP level mean?',
    'What is the difference between vitamin K1 and K2?',
    'Is menatetrenone used for osteoporosis in Japan?',
    'Does warfarin cause vascular calcification?',
    'Can vitamin K2 be combined with vitamin D safely?',
    'How does matrix Gla protein stop calcification?',
    'Do shock waves help calcific shoulder tendinitis?',
)

S27A = (
    'Are antibiotics needed for every child with acute otitis media?',
    'How long should amoxicillin be given for otitis media in young children?',
    'Is a short-acting beta agonist alone enough for mild asthma?',
    'Is ultrasound-guided lavage better than no treatment for calcific shoulder deposits?',
    'Do calcific deposits in the rotator cuff resolve on their own?',
    'Is there a link between calcium supplements and cardiovascular events?',
    'What antibiotic is recommended for community-acquired pneumonia treated at home?',
    'Which questionnaire is used to screen adults for depression?',
    'Should a calcium channel blocker be used first for hypertension in people over 55?',
    'Should intravenous iron be used when oral iron fails?',
    'Is walking good for knee osteoarthritis?',
    'Is amitriptyline used to prevent migraine headaches?',
    'Is varenicline safe in patients with heart disease?',
    'Does metformin cause weight gain in type 2 diabetes?',
    'Does vitamin D supplementation lower the risk of heart disease?',
    'Should vitamin K2 be taken with vitamin D supplements?',
    'Should a patient on warfarin keep a consistent vitamin K intake?',
    'Does menaquinone-7 reduce arterial stiffness in postmenopausal women?',
    'Does vitamin K supplementation slow vascular calcification in chronic kidney disease?',
    'What does osteocalcin measure in vitamin K status?',
    'Is vitamin K2 better absorbed than vitamin K1?',
    'Does menatetrenone reduce fracture risk?',
    'Does vitamin K antagonist therapy increase arterial calcification?',
    'What is the maximum safe dose of vitamin K2?',
    'Is matrix Gla protein activated by vitamin K?',
    'Is extracorporeal shockwave therapy recommended for calcific tendinitis of the shoulder?',
)

S27B = (
    'Do children with ear infections need antibiotics straight away?',
    'Is amoxicillin-clavulanate used for recurrent otitis media?',
    'Are inhaled steroids safe for children with asthma?',
    'What is the success rate of barbotage for calcific tendinitis?',
    'Can calcific tendinitis be seen on X-ray?',
    'Do calcium supplements cause kidney stones?',
    'How long should antibiotics be given for community-acquired pneumonia?',
    'Is depression screening recommended in pregnancy?',
    'Is a thiazide diuretic a good first choice for high blood pressure?',
    'How quickly should haemoglobin rise on oral iron?',
    'Are NSAIDs recommended for knee osteoarthritis pain?',
    'Does propranolol reduce the number of migraine attacks?',
    'What is the most effective drug to help people stop smoking?',
    'Is metformin the first drug for type 2 diabetes?',
    'Does vitamin D reduce the risk of dying from cancer?',
    'Do vitamin D and calcium together prevent fractures in older people?',
    'How often should the INR be checked after starting a vitamin K supplement?',
    'Is vitamin K2 effective for osteoporosis?',
    'Does vitamin K2 supplementation reduce coronary artery calcification?',
    'What foods are rich in vitamin K2?',
    'Is MK-7 safe for long-term use?',
    'Does vitamin K deficiency cause vascular calcification?',
    'Is vitamin K2 useful for calcific tendinitis of the shoulder?',
)


S28A = (
    'Can watchful waiting be used instead of antibiotics for a toddler with an ear infection?',
    'What is the evidence for amoxicillin in otitis media?',
    'When should an inhaled corticosteroid be started in asthma?',
    'Any role for steroid injection in calcific tendinitis of the shoulder?',
    'How common is calcific tendinopathy of the rotator cuff?',
    'Is it safe to take calcium supplements after a heart attack?',
    'Is amoxicillin recommended for adults with pneumonia managed in the community?',
    'Should every adult be screened for depression in primary care?',
    'Is an ACE inhibitor recommended first line for high blood pressure in diabetes?',
    'Can ferrous sulfate be taken every other day?',
    'Is physiotherapy exercise better than rest for osteoarthritis of the knee?',
    'How effective is propranolol for migraine prevention compared with placebo?',
    'Does varenicline increase the risk of depression or suicide?',
    'Does metformin reduce heart attacks in overweight diabetic patients?',
    'Did the VITAL trial show that vitamin D prevents cardiovascular disease?',
    'Is vitamin D with calcium recommended for older adults in care homes?',
    'Can vitamin K2 supplements interfere with warfarin?',
    'Does vitamin K2 reduce aortic valve calcification progression?',
    'What do observational studies say about dietary vitamin K2 and heart disease?',
    'Does vitamin K reverse calcification in animal models?',
    'What is the usual dose of MK-7 in clinical studies?',
    'Does vitamin K2 lower dp-ucMGP levels?',
    'Is high-dose vitamin D with vitamin K safe?',
    'What causes calcium deposits in tendons?',
    'Is shockwave therapy better than placebo for calcific shoulder tendinitis?',
    'Should warfarin patients avoid vitamin K2 supplements?',
)

S28B = (
    'Has amoxicillin been shown to shorten ear pain in children with otitis media?',
    'Is delayed prescribing of antibiotics acceptable for otitis media in children over two?',
    'Can budesonide-formoterol be used as a reliever in mild asthma?',
    'What is the role of ultrasound-guided lavage in calcific tendinitis of the shoulder?',
    'How often does calcific tendinopathy resolve without treatment?',
    'Do calcium supplements increase the risk of myocardial infarction in older women?',
    'Which patients with pneumonia need a macrolide added to amoxicillin?',
    'What happens after a positive depression screen?',
    'Are calcium channel blockers recommended first-line for hypertension in older people?',
    'Should iron be given intravenously in pregnancy?',
    'Do trials show that weight loss improves knee osteoarthritis symptoms?',
    'Can propranolol be used for migraine prevention in people with asthma?',
    'Is bupropion as effective as varenicline for quitting smoking?',
    'Did UKPDS 34 show that metformin lowers all-cause mortality?',
    'Does vitamin D 2000 IU a day prevent invasive cancer?',
    'Is vitamin D supplementation advised for people with little sun exposure?',
    'How much does a vitamin K2 supplement change the INR in patients on warfarin?',
    'Has menaquinone-7 been shown to slow aortic valve calcification?',
    'Do cohort studies link higher menaquinone intake with less coronary calcification?',
    'What does dp-ucMGP tell us about vitamin K status?',
    'Is vitamin K2 used to treat osteoporosis in Japan?',
    'Can vitamin K2 be used to treat tendon calcification?',
    'What are the side effects of vitamin K2 supplements?',
    'Is extracorporeal shockwave therapy safe for the shoulder?',
)

S29A = (
    'Is there evidence that vitamin K2 reduces arterial calcification in dialysis patients?',
    'Should a patient with calcific tendinitis try shockwave before surgery?',
    'Does taking calcium tablets raise the chance of a heart attack?',
    'Are beta blockers a first choice for uncomplicated high blood pressure?',
    'Is ultrasound the best test to find calcium deposits in the rotator cuff?',
    'Do NSAIDs help the pain of calcific tendinopathy?',
    'Is varenicline safe for smokers with depression?',
    'How long should oral iron be continued after haemoglobin returns to normal?',
    'Does menaquinone-7 lower dp-ucMGP?',
    'Can amoxicillin be avoided in a child with mild ear infection?',
    'Is ferric carboxymaltose better than oral iron for anaemia?',
    'Did the VITAL trial find fewer heart attacks with vitamin D?',
    'Is topiramate an option for preventing migraine?',
    'What do animal studies show about vitamin K and calcification?',
    'Should older adults take vitamin D to prevent falls?',
    'Does vitamin K2 interact with warfarin?',
    'Is needle lavage more effective than a steroid injection for calcific shoulder tendinopathy?',
    'What proportion of calcific deposits resorb on their own?',
    'Are low-dose inhaled steroids needed for all adults with asthma?',
    'Does metformin cause weight gain in type 2 diabetes?',
    'Can vitamin D and K2 together cause high calcium levels?',
    'Is screening for depression recommended in pregnant women?',
    'Which antibiotic is first choice for community-acquired pneumonia in adults without comorbidities?',
    'Does strengthening exercise beat general exercise for knee osteoarthritis pain?',
)
S30A = (
    'Is it worth trying shockwave treatment for a calcified shoulder tendon?',
    'What happens to calcium deposits in the shoulder if left untreated?',
    'Do menaquinone supplements make arteries less stiff in women after menopause?',
    'Should children with ear infections get antibiotics straight away?',
    'Is there a risk of bleeding when patients on warfarin start vitamin K2?',
    'What blood pressure drug should be started first in a patient of African descent?',
    'Does metformin lower the risk of heart attack in overweight people with diabetes?',
    'Can exercise delay knee replacement in osteoarthritis?',
    'Is amitriptyline effective for migraine prevention?',
    'How should iron deficiency anaemia be treated in pregnancy?',
    'Does vitamin D protect against cancer death?',
    'Is bupropion as good as varenicline for quitting smoking?',
    'Which inhaler is recommended as needed for mild asthma in adults?',
    'What is the role of matrix Gla protein in vascular calcification?',
    'Is phylloquinone as effective as menaquinone for vascular health?',
    'Do calcium supplements taken with vitamin D raise cardiovascular risk?',
    'Should warfarin patients keep their vitamin K intake steady?',
    'Is barbotage better than shockwave for calcific tendinitis?',
    'How is calcific tendinopathy diagnosed?',
    'Does vitamin K2 improve bone density in postmenopausal women?',
    'What antibiotic should be given for pneumonia in a patient allergic to penicillin?',
    'Are antidepressants recommended for mild depression?',
    'Is nicotine replacement therapy safe in heart disease?',
    'Does high-dose vitamin K2 cause blood clots?',
)


S31A = (
    'Is shockwave therapy worth it compared with doing nothing for shoulder calcification?',
    'How effective is radial shockwave for calcific tendonitis of the shoulder?',
    'Do vitamin K antagonists speed up vascular calcification?',
    'Should a child under two with ear infection in both ears get antibiotics?',
    'What is the evidence for vitamin K2 in chronic kidney disease?',
    'Can ACE inhibitors be combined with calcium channel blockers for hypertension?',
    'Is metformin recommended as first-line therapy for type 2 diabetes?',
    'Does physiotherapy help knee arthritis pain?',
    'Which drugs prevent migraine attacks?',
    'Is intravenous iron better than tablets for anaemia in pregnancy?',
    'Did vitamin D reduce cardiovascular events in the VITAL trial?',
    'Is combination nicotine replacement better than a single patch?',
    'Should inhaled steroids be started in a child with frequent asthma symptoms?',
    'How does vitamin K activate matrix Gla protein?',
    'Is dp-ucMGP a marker of vitamin K status?',
    'Are calcium supplements safe for the heart?',
    'How much vitamin K should a patient on warfarin eat?',
    'What are the complications of needle lavage for calcific tendinitis?',
    'How common is calcific tendinopathy of the shoulder?',
    'Does menatetrenone prevent fractures in osteoporosis?',
    'Is doxycycline an alternative for community-acquired pneumonia?',
    'Should people with depression found on screening be treated?',
    'Can varenicline be used during pregnancy?',
    'Is vitamin K2 safe to take every day?',
)

S32A = (
    'Is barbotage a good option for calcium deposits in the rotator cuff?',
    'What does the evidence say about vitamin K2 for calcific tendinitis?',
    'Does warfarin cause calcification of the arteries?',
    'In otitis media, when is watchful waiting appropriate?',
    'Is amoxicillin-clavulanate needed for ear infections in children?',
    'Do thiazides work better than ACE inhibitors in older patients with hypertension?',
    'Is metformin safe in kidney disease?',
    'How much exercise is needed for knee osteoarthritis?',
    'Is propranolol effective for preventing migraine?',
    'Can ferric carboxymaltose be given in pregnancy?',
    'Does vitamin D lower the risk of dying from cancer?',
    'Is bupropion an option for stopping smoking?',
    'What is the first step in treating mild asthma in adults?',
    'Why does vitamin K deficiency lead to calcification?',
    'Which vitamin K form lasts longer in the blood?',
    'Do calcium tablets increase the risk of stroke?',
    'Should vitamin K be given to reverse a high INR without bleeding?',
    'How long does recovery take after shockwave therapy for the shoulder?',
    'What causes calcific tendinopathy?',
    'Does vitamin K2 reduce fractures in postmenopausal women?',
    'What antibiotic is recommended for pneumonia in adults without comorbidities?',
    'Is screening for depression in adults recommended?',
    'Does nicotine gum help people quit smoking?',
    'Can vitamin D and vitamin K together cause high calcium?',
)

S33A = (
    'Do inhaled steroids cut asthma attacks in adults?',
    'Is intravenous iron faster than tablets at raising haemoglobin?',
    'Should a toddler with a bulging eardrum get antibiotics?',
    'What dose of amoxicillin is used for ear infections in children?',
    'Does shockwave therapy reduce the size of calcium deposits?',
    'Is surgery needed for calcific tendinitis of the shoulder?',
    'Are beta blockers first-line for high blood pressure?',
    'Does vitamin D prevent heart attacks?',
    'Can metformin cause lactic acidosis?',
    'Is doxycycline an option for community-acquired pneumonia?',
    'Which test is used to screen adults for depression?',
    'Does menaquinone-7 lower dephosphorylated MGP levels?',
    'Is vitamin K1 or K2 better for bone health?',
    'Should people on warfarin keep their vitamin K intake steady?',
    'Do vitamin K2 supplements reduce coronary artery calcification?',
    'What are the risks of high-dose vitamin D?',
    'Does weight loss help knee osteoarthritis pain?',
    'Is topiramate used to prevent migraine?',
    'Are e-cigarettes more effective than nicotine patches for quitting?',
    'What does matrix Gla protein do?',
    'Is calcium supplementation recommended for all older women?',
    'How is calcific tendinopathy diagnosed?',
    'Does vitamin K2 help patients on dialysis with vascular calcification?',
    'Does metformin prevent heart attacks in type 2 diabetes?',
)

SETS = {"s20a": S20A, "s20b": S20B, "s21a": S21A, "s22a": S22A, "s23a": S23A, "s24a": S24A, "s25a": S25A, "s26a": S26A, "s27a": S27A, "s27b": S27B, "s28a": S28A, "s28b": S28B, "s29a": S29A, "s30a": S30A, "s31a": S31A, "s32a": S32A, "s33a": S33A}


def main(index_dir: str, questions: tuple[str, ...]) -> None:
    """Print each question's verdict, evidence level, topic as read, and bottom line."""
    index = open_index(index_dir)
    try:
        for question in questions:
            answer = answer_question(index, question)
            print(f"Q: {question}")
            print(f"   verdict={answer.verdict} level={answer.evidence.level} "
                  f"intervention={answer.intervention!r} condition={answer.condition!r}")
            print(f"   {answer.bottom_line.text}\n")
    finally:
        index.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("index_dir")
    parser.add_argument("--set", choices=sorted(SETS), default="s20a")
    args = parser.parse_args()
    main(args.index_dir, SETS[args.set])
