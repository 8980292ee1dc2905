"""Ten clinical questions that a guideline of the shared guideline set answers, asked of an index of that set,
with each answer's verdict, evidence level and bottom line printed for a person to read (BENCHMARKS.md, "After
all of session 16": how many bottom lines state the guideline's recommendation). The questions are written
for this check; the judgement is a reader's, not a metric's.

A second, held-out list (``CHECK``, chosen with ``--set check``) was written in session 17 before any change
meant to fix the first list's misses, on other guidelines and topics, so that a change is judged on questions
it was not tuned to.

A third list (``FRESH``, ``--set fresh``) was written after those changes and run once, never tuned on: the
misses of ``CHECK`` were looked at while fixing, so ``CHECK`` is only partly held out.

A fourth list (``S18``, ``--set s18``) was written at the start of session 18, before its changes, and run
once before and once after them.

A fifth list (``S19``, ``--set s19``) was written at the start of session 19, before its changes, and run
once before and once after them; a sixth (``S19B``, ``--set s19b``) likewise for session 19's second round, and
a seventh (``S20``, ``--set s20``) for session 20, an eighth (``S21``, ``--set s21``) for session 21, and a ninth
(``S24W``, ``--set s24w``), of questions asking which treatment a condition calls for, for session 24; a tenth (``S32G``, ``--set s32g``) at the start of session 32,
from guideline titles only, before any of its answers was read.

Usage: PYTHONPATH=. python scripts/guideline_questions.py INDEX_DIR [--set first|check|fresh|s18|s19|s19b|s20|s21|s24w|s32g]
       (INDEX_DIR built with `medcite index build ../shared/data/guidelines --index INDEX_DIR`)
"""
from __future__ import annotations

import argparse

from index.search import open_index
from service.answer.pipeline import answer_question

QUESTIONS = (
    "Is apremilast recommended for moderate to severe plaque psoriasis?",
    "Should women at increased risk of breast cancer be offered risk-reducing medications such as tamoxifen or "
    "raloxifene?",
    "Are topical antimicrobial drops recommended for acute otitis externa?",
    "Should oral anticoagulants be used to prevent stroke in nonvalvular atrial fibrillation?",
    "Are antibiotics recommended for acute bacterial sinusitis in adults?",
    "Should tympanostomy tubes be offered for otitis media with effusion in children?",
    "Is peginterferon alfa with ribavirin recommended for chronic hepatitis C?",
    "Is routine imaging recommended for acute low back pain?",
    "Is allopurinol recommended as first-line urate-lowering therapy for gout?",
    "Should pressure ulcers be treated with protein or amino acid supplementation?",
)

# Held out from the changes of session 17: other guidelines of the shared set, questions in our own words.
CHECK = (
    "Should asymptomatic adults be screened for chronic obstructive pulmonary disease?",
    "Is statin therapy recommended for primary prevention of cardiovascular disease in adults?",
    "Is imatinib recommended as adjuvant therapy after surgery for gastrointestinal stromal tumours?",
    "Are corticosteroid injections effective for adhesive capsulitis of the shoulder?",
    "Should opioids be the first treatment offered for chronic pain?",
    "Is splinting recommended for carpal tunnel syndrome?",
    "Are TNF-alpha inhibitors recommended for severe ankylosing spondylitis?",
    "Should beta-blockers be given to adults with traumatic brain injury?",
    "Should albendazole be used to treat neurocysticercosis?",
    "Is bosutinib recommended for chronic myeloid leukaemia?",
)
# Written after the session-17 changes were made and never used to change them (the misses of CHECK were
# looked at while fixing, so CHECK is only partly held out): a third list, run once, for an honest figure.
FRESH = (
    "Is pirfenidone recommended for idiopathic pulmonary fibrosis?",
    "Does calcium supplementation in pregnancy prevent pre-eclampsia?",
    "Is topical fluoride recommended to prevent dental caries?",
    "Is abiraterone recommended for metastatic hormone-relapsed prostate cancer?",
    "Should men be screened for prostate cancer with PSA testing?",
    "Is low-dose CT screening recommended for lung cancer in heavy smokers?",
    "Is mammography screening recommended for women aged 50 to 69?",
    "Should patients with spinal cord injury receive prophylaxis against venous thromboembolism?",
    "Is hormone therapy effective for menopausal hot flushes?",
    "Should pregnant women be given calcium supplements?",
)
# Session 18: ten more, on other guidelines and topics, written in our own words before any change of that
# session and run once on main's code (the before) and once at its end (the after); never tuned on.
S18 = (
    "Is crizotinib recommended for previously treated ALK-positive non-small-cell lung cancer?",
    "Should vitamin K antagonists be urgently reversed in patients with intracranial hemorrhage?",
    "Is epidural analgesia recommended for pain control after blunt chest trauma?",
    "Should the tumours of all patients with colorectal cancer be tested for Lynch syndrome?",
    "Is plerixafor recommended for stem cell mobilization when CD34 counts are low?",
    "Is pelvic floor muscle training the first treatment for stress urinary incontinence in women?",
    "Should clozapine be offered for treatment-resistant schizophrenia?",
    "Is a restrictive transfusion strategy recommended for patients with heart disease and anaemia?",
    "Should femur fractures in polytrauma patients be fixed within 24 hours?",
    "Are behavioural interventions effective for helping pregnant women stop smoking?",
)
# Session 19: ten more, on other guidelines and topics, written in our own words before any change of that
# session and run once on main's code (the before) and once at its end (the after); never tuned on.
S19 = (
    "Is alemtuzumab recommended for relapsing-remitting multiple sclerosis?",
    "Should severe Clostridium difficile infection be treated with oral vancomycin?",
    "Should adults without symptoms be screened for coeliac disease?",
    "Is scaling and root planing the initial treatment for chronic periodontitis?",
    "Should women with recurrent pregnancy loss be tested for inherited thrombophilias?",
    "Is acetaminophen a first-line drug for osteoarthritis pain of the hip or knee?",
    "Is vertebroplasty recommended for osteoporotic vertebral compression fractures?",
    "Are antidepressants recommended for mild depression in patients with cancer?",
    "Is pre-exposure prophylaxis recommended to prevent HIV infection in men who have sex with men?",
    "Should albumin be given after large-volume paracentesis in cirrhosis?",
)
# Session 19, second round: ten more, on other guidelines and topics, written in our own words before any change
# of that round and run once on main's code (the before) and once at its end (the after); never tuned on. At
# least two of them are answered by a neutral recommendation (neither for nor against) and two are spelled the
# British way against a corpus that spells them the American way.
S19B = (
    "Should adults be screened for oral cancer by their primary care clinician?",
    "Should older adults without symptoms be screened for cognitive impairment?",
    "Should young children be screened for iron deficiency anaemia?",
    "Is bariatric surgery recommended for adults with obesity and a BMI below 35?",
    "Should a tourniquet be used to control severe external haemorrhage from a limb before hospital?",
    "Is rituximab recommended for chronic lymphocytic leukaemia?",
    "Is endoscopic eradication therapy recommended for Barrett's oesophagus with high-grade dysplasia?",
    "Should pit-and-fissure sealants be placed on the permanent molars of children?",
    "Is physical therapy recommended for infants with congenital muscular torticollis?",
    "Should HER2 testing be done in advanced gastro-oesophageal adenocarcinoma?",
)
# Session 20: ten more, on guidelines no earlier list uses, written in our own words before any change of that
# session and run once on main's code (the before) and once at its end (the after); never tuned on. Six ask
# whether to avoid, stop or withhold something, or whether it is contraindicated (two of them answered "no" by
# their guideline), since the session's first change is about the question's polarity.
S20 = (
    "Should monoamine oxidase inhibitors be stopped before electroconvulsive therapy?",
    "Is prasugrel contraindicated in patients with a previous stroke or transient ischaemic attack?",
    "Should weight-loss drugs be avoided during pregnancy?",
    "Should statins be stopped before non-cardiac surgery in patients who already take them?",
    "Should vaccination of transplant recipients be withheld for fear of organ rejection?",
    "Should benzodiazepines be avoided as first-line treatment of postoperative delirium in older adults?",
    "Is CPAP recommended as the initial treatment for obstructive sleep apnoea in adults?",
    "Should children and adolescents be screened for obesity?",
    "Is deep brain stimulation recommended for obsessive-compulsive disorder?",
    "Should overweight adults be screened for abnormal blood glucose?",
)
# Written at the start of session 21 from guideline titles alone, before reading the guidelines or any answer.
S21 = (
    "Should adults be screened for asymptomatic carotid artery stenosis?",
    "Is MTHFR polymorphism testing recommended in the evaluation of thrombophilia?",
    "Should sexually active young women be screened for chlamydia?",
    "Should immediate-release opioids be prescribed instead of extended-release opioids when starting opioid "
    "therapy for chronic pain?",
    "Should children be screened for primary hypertension?",
    "Is ondansetron recommended for CYP2D6 ultrarapid metabolizers?",
    "Is prehospital cervical spine immobilization recommended for trauma patients with a possible spinal injury?",
    "Should HPV testing be done routinely in oropharyngeal squamous cell carcinoma?",
    "Is horticultural therapy recommended for children in residential mental health treatment?",
    "Should patients with knee osteoarthritis be offered exercise therapy?",
)
# Session 24: questions that ask which treatment a condition calls for, written from 25 guideline titles drawn at
# random, before any answer was read; run before and after the session's question shapes.
S24W = (
    "What is the first-line treatment for obstructive sleep apnea in adults?",
    "Which drugs are recommended for Bell's palsy?",
    "What is the recommended treatment for celiac disease?",
    "Which antiviral is used to prevent cytomegalovirus infection after solid organ transplantation?",
    "What is the first-line treatment for stress urinary incontinence in women?",
    "Which imaging test is recommended for acute trauma to the ankle?",
    "What is the preferred treatment for obstructing colonic cancer?",
    "How should pancreatic necrosis be managed?",
    "What medication is recommended for rapid tranquillisation in adults?",
    "What is the first choice of treatment for anxiety in adults with cancer?",
    "Which treatment is recommended for osteoporotic vertebral compression fractures?",
    "What is the best treatment for locally advanced breast cancer?",
)

S32G = (
    "Should pregnant women with an inherited thrombophilia receive anticoagulation?",
    "What is the first-line treatment for Clostridium difficile infection?",
    "Should antibiotics be given routinely in acute pancreatitis?",
    "Is screening for asymptomatic carotid artery stenosis recommended?",
    "Should adults be screened for peripheral artery disease with the ankle-brachial index?",
    "Is CPAP recommended for obstructive sleep apnea in adults?",
    "Is etanercept effective for disability after stroke?",
    "Should HPV testing be done routinely in head and neck squamous cell carcinoma?",
    "Which lung cancer patients should have EGFR mutation testing?",
    "Does CYP2D6 genotype affect the use of ondansetron?",
    "Should children with otitis media with effusion be watched before surgery is considered?",
    "How is a spinal epidural abscess treated?",
)

SETS = {"first": QUESTIONS, "check": CHECK, "fresh": FRESH, "s18": S18, "s19": S19, "s19b": S19B, "s20": S20,
        "s21": S21, "s24w": S24W, "s32g": S32G}


def main(index_dir: str, questions: tuple[str, ...] = QUESTIONS) -> None:
    """Print each question's verdict, level, topic as read, and bottom line."""
    index = open_index(index_dir)
    for question in questions:
        answer = answer_question(index, question)
        print(f"Q: {question}\n   verdict {answer.verdict}, level {answer.evidence.level}, "
              f"topic {answer.intervention} / {answer.condition}\n   {answer.bottom_line.text}\n")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index_dir")
    parser.add_argument("--set", choices=sorted(SETS), default="first",
                        help="first: the ten questions of session 16; check: the ten of session 17 written before "
                             "its changes; fresh: ten written after them, never tuned on; s18: ten written "
                             "before session 18's changes, run before and after only; s19: the same for session 19; "
                             "s19b: the same for session 19's second round; s20: the same for session 20")
    args = parser.parse_args()
    main(args.index_dir, SETS[args.set])
