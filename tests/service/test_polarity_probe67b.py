"""A second probe of how a verdict's direction is read from the advice it quotes, written after the fixes the first
probe (``test_polarity_probe67``) led to and never tuned on: other grammars of advice, other invented names, other
wordings of the question. It measures whether those fixes reach advice worded otherwise. A verdict pointing against
its advice fails; a hedge passes (see the first probe). Every name, topic and sentence is made up. Run as a script
(`PYTHONPATH=. python tests/service/test_polarity_probe67b.py OUT_DIR`) it prints each case and the rate."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.service.corpora import answered, built
from tests.service.test_polarity_probe67 import Case, contradicts, corpus_files, run_probe

GUIDELINES: dict[str, tuple[str, str]] = {
    "abbot": ("Abbot neuralgia", "Crovatine has no place in the management of Abbot neuralgia. Abbot neuralgia "
              "follows shingles in older adults."),
    "bancroft": ("Bancroft rhinitis", "Dexolide spray is not advocated for Bancroft rhinitis. Bancroft rhinitis "
                 "worsens in spring."),
    "calder": ("Calder pancreatitis", "Clinicians should not routinely order a gastrin scan for Calder pancreatitis. "
               "Calder pancreatitis causes pain after meals."),
    "denby": ("Denby insomnia", "Estrolam ought not to be prescribed for Denby insomnia. Sleep hygiene helps most "
              "people with Denby insomnia."),
    "elstow": ("Elstow nephritis", "It is recommended that fabrizine not be given to patients with Elstow nephritis. "
               "Elstow nephritis is found on urine tests."),
    "felbridge": ("Felbridge colic", "Gantopril is best avoided in Felbridge colic. Felbridge colic eases with "
                  "warmth."),
    "grantham": ("Grantham vertigo", "The guideline development group advises that hemozole is not used for "
                 "Grantham vertigo. Grantham vertigo starts suddenly."),
    "holbeck": ("Holbeck arthropathy", "Ivatrone is not a recommended treatment for Holbeck arthropathy. Holbeck "
                "arthropathy affects the knees."),
    "ilkley": ("Ilkley asthma", "Jorvanol is an acceptable alternative for adults with Ilkley asthma. Ilkley asthma "
               "follows exercise."),
    "jevington": ("Jevington acne", "Kelpracin can be offered to people with Jevington acne. Jevington acne leaves "
                  "scars."),
    "keswick": ("Keswick thyroiditis", "Lumarol is the treatment of choice for Keswick thyroiditis. Keswick "
                "thyroiditis causes a tender neck."),
    "lambourn": ("Lambourn angina", "Mebravir should be started in all patients with Lambourn angina unless it is "
                 "contraindicated. Lambourn angina comes on with effort."),
    "malvern": ("Malvern gastritis", "Nivolase is not recommended for Malvern gastritis unless bleeding is present. "
                "Malvern gastritis causes indigestion."),
    "netley": ("Netley eczema", "Ozerant should be considered only for patients with severe Netley eczema. Netley "
               "eczema itches at night."),
    "oundle": ("Oundle bronchitis", "Pravotide is preferred over quilomab for Oundle bronchitis. Oundle bronchitis "
               "follows a cold."),
    "pershore": ("Pershore ulcers", "Offer rembrazil in preference to saxolan for Pershore ulcers. Pershore ulcers "
                 "form on the shins."),
    "quarley": ("Quarley arrhythmia", "There is no indication for tovacaine in Quarley arrhythmia. Quarley arrhythmia "
                "causes palpitations."),
    "redmire": ("Redmire myositis", "Ulvexin must be withheld in patients with Redmire myositis. Redmire myositis "
                "weakens the thighs."),
    "selsey": ("Selsey cystitis", "We do not advise vortazine for Selsey cystitis. Selsey cystitis clears within a "
               "week."),
    "tetbury": ("Tetbury gastroenteritis", "Wexomab is seldom indicated in Tetbury gastroenteritis. Tetbury "
                "gastroenteritis spreads in nurseries."),
    "ufford": ("Ufford otitis", "Xylocort drops are no better than placebo for Ufford otitis and should not be used. "
               "Ufford otitis causes ear pain."),
    "ventnor": ("Ventnor croup", "In children younger than 2 years, yarolide is not recommended for Ventnor croup. "
                "Ventnor croup causes a barking cough."),
    "wareham": ("Wareham cellulitis", "Zantrobin is not to be used in Wareham cellulitis. Wareham cellulitis spreads "
                "from a scratch."),
    "yoxall": ("Yoxall psoriasis", "Patients with Yoxall psoriasis should not receive abravol. Yoxall psoriasis "
               "flares with stress."),
    "zeals": ("Zeals bursitis", "Bexidrine is not currently recommended for routine use in Zeals bursitis. Zeals "
              "bursitis follows a fall."),
    "amble": ("Amble pleurisy", "Treatment with cortavane is strongly discouraged in Amble pleurisy. Amble pleurisy "
              "hurts on breathing."),
    "brough": ("Brough anaemia", "The use of dravonex in Brough anaemia is not justified. Brough anaemia is mild."),
    "corfe": ("Corfe hepatitis", "Elvastin should be stopped seven days before surgery in people with Corfe "
              "hepatitis. Corfe hepatitis is found on blood tests."),
    "dorney": ("Dorney epilepsy", "Fosterane should not be discontinued in Dorney epilepsy. Dorney epilepsy starts "
               "in teenagers."),
    "egton": ("Egton rash", "Glimbrax is safe in pregnancy for Egton rash. Egton rash itches."),
    "fowey": ("Fowey migraine", "Haloxitan is unsafe in pregnancy. Fowey migraine is common in women."),
    "girton": ("Girton fever", "Routine ibrocillin is not warranted in Girton fever. Girton fever lasts three days."),
    "hawes": ("Hawes sepsis", "Do not delay jaxomycin to obtain a kleber culture in Hawes sepsis. Hawes sepsis "
              "kills quickly."),
    "isley": ("Isley thrombosis", "Withhold lotrapin if the platelet count is below 50 in Isley thrombosis. Isley "
              "thrombosis affects the legs."),
    "jarvis": ("Jarvis hip disease", "A mivex scan is not required before starting physiotherapy in Jarvis hip "
               "disease. Jarvis hip disease causes a limp."),
    "kirkby": ("Kirkby colitis", "Norvastin should be avoided as the sole treatment of Kirkby colitis. Kirkby colitis "
               "causes diarrhoea."),
    "ledbury": ("Ledbury scoring of chest pain", "If the Ledbury score is 3 or more, offer an ostrum scan; if it is "
                "below 3, do not offer an ostrum scan. The Ledbury score counts five features."),
    "mersea": ("Mersea glaucoma", "For patients older than 65 years, pelotrine is preferred for Mersea glaucoma. "
               "Mersea glaucoma raises eye pressure."),
    "nayland": ("Nayland tendinopathy", "Evidence does not support giving quaxolin injections in Nayland "
                "tendinopathy. Nayland tendinopathy affects the heel."),
    "orford": ("Orford bronchiolitis", "Rivazone is of limited value in Orford bronchiolitis and is not suggested. "
               "Orford bronchiolitis affects infants."),
}

CASES: tuple[Case, ...] = (
    Case("no place", "Abbot neuralgia in an 80yo - crovatine?", "no"),
    Case("not advocated", "Is dexolide spray recommended for Bancroft rhinitis?", "no"),
    Case("not routinely order", "Calder pancreatitis - order a gastrin scan?", "no"),
    Case("ought not", "Denby insomnia for 3 months - estrolam?", "no"),
    Case("recommended that not", "Elstow nephritis on urine testing - give fabrizine?", "no"),
    Case("best avoided", "Felbridge colic - gantopril?", "no"),
    Case("advises that not used", "Grantham vertigo - hemozole?", "no"),
    Case("not a recommended treatment", "Should ivatrone be used for Holbeck arthropathy?", "no"),
    Case("acceptable alternative", "adult with Ilkley asthma - jorvanol?", "yes"),
    Case("can be offered", "Jevington acne - kelpracin?", "yes"),
    Case("treatment of choice", "Keswick thyroiditis - lumarol?", "yes"),
    Case("all unless contraindicated", "Lambourn angina - start mebravir?", "yes"),
    Case("unless present (absent)", "Malvern gastritis, no bleeding - nivolase?", "no"),
    Case("considered only for severe (mild)", "mild Netley eczema - ozerant?", "no"),
    Case("preferred over (the other)", "Oundle bronchitis - quilomab?", "no"),
    Case("preferred over (the one)", "Oundle bronchitis - pravotide?", "yes"),
    Case("in preference to (the other)", "Pershore ulcer - saxolan?", "no"),
    Case("no indication", "Quarley arrhythmia - tovacaine?", "no"),
    Case("must be withheld", "Redmire myositis - ulvexin?", "no"),
    Case("do not advise", "Selsey cystitis - vortazine?", "no"),
    Case("seldom indicated", "Tetbury gastroenteritis - wexomab?", "no"),
    Case("no better than placebo", "Ufford otitis - xylocort drops?", "no"),
    Case("not for the young (asked young)", "18 month old with Ventnor croup - yarolide?", "no"),
    Case("not to be used", "Wareham cellulitis - zantrobin?", "no"),
    Case("should not receive", "Yoxall psoriasis - abravol?", "no"),
    Case("not for routine use", "Zeals bursitis - routine bexidrine?", "no"),
    Case("strongly discouraged", "Amble pleurisy - cortavane?", "no"),
    Case("not justified", "Brough anaemia - dravonex?", "no"),
    Case("stop before surgery", "Corfe hepatitis on elvastin, surgery next week - stop elvastin beforehand?", "yes"),
    Case("not discontinued", "Dorney epilepsy on fosterane - can I stop fosterane?", "no"),
    Case("safe in pregnancy", "20 weeks pregnant with Egton rash - can I give glimbrax?", "yes"),
    Case("unsafe in pregnancy", "pregnant with Fowey migraine - haloxitan?", "no"),
    Case("not warranted", "Girton fever - routine ibrocillin?", "no"),
    Case("do not delay", "Hawes sepsis - wait for the kleber culture before jaxomycin?", "no"),
    Case("withhold below a count", "Isley thrombosis, platelets 30 - lotrapin?", "no"),
    Case("not required before", "Jarvis hip disease - do I need a mivex scan before physiotherapy?", "no"),
    Case("avoided as the sole treatment", "Kirkby colitis - norvastin alone?", "no"),
    Case("score below (do not)", "Ledbury score 1 - ostrum scan?", "no"),
    Case("score above (offer)", "Ledbury score 4 - ostrum scan?", "yes"),
    Case("preferred when older", "70yo with Mersea glaucoma - pelotrine?", "yes"),
    Case("evidence does not support", "Nayland tendinopathy - quaxolin injection?", "no"),
    Case("limited value, not suggested", "Orford bronchiolitis - rivazone?", "no"),
)


@pytest.fixture(scope="module")
def probe_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "polarity67b", corpus_files(GUIDELINES))


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_verdict_does_not_point_against_the_advice(probe_index: Path, case: Case) -> None:
    a = answered(probe_index, case.question)
    assert not contradicts(a.verdict, case.way), (a.verdict, a.bottom_line.text)


if __name__ == "__main__":
    run_probe(GUIDELINES, CASES, Path(sys.argv[1]))
