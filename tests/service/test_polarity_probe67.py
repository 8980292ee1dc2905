"""An adversarial probe of how a verdict's direction is read from the advice it quotes (session 67, branch
s67polarity): many small invented guidelines, each stating one piece of advice in one of the many grammars of advice
for and against ("X is not recommended", "X should not be used as an opening test", "we advise against routine X",
"there is no role for X", "X is discouraged", "avoid X", "X may be considered", "X is not routinely required",
"do not offer X unless ...", "use X rather than Y", "X should not be withheld", rows of a threshold, ...), asked as a
yes/no question in a clinician's words. A verdict whose direction contradicts the advice (a "yes" above "X is not
recommended", a "no" above "X is suggested") fails; a hedge ("uncertain", "insufficient", none) passes, since
turning explicit advice into a verdict where medcite hedges is another fixer's work. Every name, topic and sentence is
made up. Run as a script (`PYTHONPATH=. python tests/service/test_polarity_probe67.py`) it prints every case's verdict
and lead and the rate of verdicts that contradict the advice (BENCHMARKS.md, session 67)."""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.service.corpora import answered, background_guidelines, built, guideline_file


@dataclass(frozen=True)
class Case:
    """A question on one invented guideline and the direction its advice gives (``yes`` or ``no``)."""

    name: str
    question: str
    way: str


# file name -> (title, body): each guideline states its advice in one grammar of advice.
GUIDELINES: dict[str, tuple[str, str]] = {
    "moss": ("Moss syndrome in adults", "Zorbaxone is not recommended for adults with Moss syndrome. Regular review "
             "of symptoms is advised for every adult with Moss syndrome."),
    "harl": ("Diagnosis of Harl disease", "Fluxometry should not be used as an opening test for suspected Harl "
             "disease. Begin with a plain capnoscan of the chest in people with suspected Harl disease."),
    "dunmore": ("Dunmore fever in children", "We advise against routine throat swabs in children with uncomplicated "
                "Dunmore fever. Fluids and rest are enough for most children with Dunmore fever."),
    "wexley": ("Wexley palsy", "Pridolone offers no benefit over flumisone for Wexley palsy and costs more. Flumisone "
               "is recommended for adults with Wexley palsy within 72 hours of onset."),
    "brannock": ("Brannock arthritis", "There is no role for kestavir in the treatment of Brannock arthritis. Joint "
                 "exercise programmes help most people with Brannock arthritis."),
    "corwin": ("Corwin nephropathy", "The use of dorvalin is discouraged in people with Corwin nephropathy because it "
               "speeds the loss of kidney function. Blood pressure control slows Corwin nephropathy."),
    "tolland": ("Tolland cough", "Avoid trelumab in people with Tolland cough who have liver disease. Honey eases "
                "the night-time symptoms of Tolland cough."),
    "pemberton": ("Pemberton anaemia", "The panel suggests voxapine for adults with Pemberton anaemia who remain "
                  "symptomatic after diet changes. Pemberton anaemia is common in older adults."),
    "quill": ("Quill rash", "Moltrazide cream may be considered for adults with a persistent Quill rash. Most Quill "
              "rashes fade within a fortnight."),
    "ashby": ("Ashby neuropathy", "Nerve conduction studies are not routinely required to diagnose typical Ashby "
              "neuropathy. Ashby neuropathy causes numbness of both feet."),
    "fenwick": ("Fenwick colitis", "Quenidrol is not recommended for Fenwick colitis, except when both mesaline and "
                "steroids have failed. Mesaline is the first treatment for Fenwick colitis."),
    "garrow": ("Garrow ulcers", "Do not offer saberol to people with a Garrow ulcer unless the ulcer has not healed "
               "after 12 weeks of standard care. Standard care of a Garrow ulcer is cleaning and a simple dressing."),
    "halsey": ("Halsey migraine", "Use tavipram rather than lurimex for adults with Halsey migraine. Halsey migraine "
               "attacks last up to three days."),
    "inchbold": ("Inchbold cough", "Nofacet should not be given as first-line treatment for Inchbold cough; offer "
                 "belgrazol first. Inchbold cough lasts many weeks."),
    "jessop": ("Jessop tremor", "The working group recommends against cerpitide for people with Jessop tremor. Jessop "
               "tremor worsens with stress."),
    "kilby": ("Kilby block of the heart", "A pexolan implant is not indicated for asymptomatic Kilby block. A pexolan "
              "implant is indicated for Kilby block with fainting."),
    "lorne": ("Lorne hepatitis", "Rudicort is contraindicated in people with Lorne hepatitis. Lorne hepatitis "
              "usually settles within six months."),
    "marley": ("Marley sprain", "Radiographs are unnecessary for patients with a Marley sprain who can bear weight. "
               "Ice and elevation ease a Marley sprain."),
    "nettle": ("Nettle tendinitis", "Ultrasound need not be performed before treating typical Nettle tendinitis. "
               "Stretching relieves most Nettle tendinitis."),
    "oakley": ("Oakley sinusitis", "Clinicians should refrain from prescribing sylvanib for Oakley sinusitis of less "
               "than 10 days. Saline rinses ease Oakley sinusitis."),
    "pitt": ("Pitt conjunctivitis", "Talmofen drops are of no benefit in Pitt conjunctivitis and should not be "
             "offered. Pitt conjunctivitis clears by itself in a week."),
    "rendle": ("Rendle gout", "We recommend velcodine over wenlafil for flares of Rendle gout. Rendle gout flares "
               "often start at night."),
    "selby": ("Selby psoriasis", "Yonderix should be reserved for patients with severe Selby psoriasis. Emollients "
              "suit every patient with Selby psoriasis."),
    "tarrant": ("Tarrant heart failure", "Zepratin should not be withheld from patients with Tarrant heart failure "
                "who also have mild lung disease. Tarrant heart failure causes swollen ankles."),
    "upton": ("Axilomab and dental surgery", "It is not necessary to stop axilomab before minor dental surgery. Local "
              "measures control bleeding after minor dental surgery."),
    "vane": ("Vane dermatitis", "Do not routinely offer brevonide tablets to people with Vane dermatitis. Emollients "
             "are the mainstay for Vane dermatitis."),
    "wick": ("Wick fever", "Castrel is no longer recommended for Wick fever because of resistance. Wick fever is "
             "spread by ticks."),
    "ashdown": ("Ashdown eczema", "Delvamine is recommended only when topical steroids have failed in Ashdown eczema. "
                "Ashdown eczema flares in winter."),
    "bexley": ("Bexley hypertension", "Eprazol should be offered to all adults with Bexley hypertension. Bexley "
               "hypertension rarely causes symptoms."),
    "carrow": ("Carrow anaemia", "Offer fenquil to people with Carrow anaemia. Carrow anaemia causes tiredness."),
    "dorset": ("Dorset ulcers", "Gorbatide is an option for treating Dorset ulcers. Dorset ulcers heal slowly."),
    "elmley": ("Elmley epilepsy", "We recommend hexilan for adults with Elmley epilepsy (strong recommendation, "
               "moderate-quality evidence). Elmley epilepsy starts in childhood."),
    "farley": ("Farley reflux in infants", "Imbrolol is not suggested for infants with Farley reflux. Farley reflux "
               "settles by the first birthday in most infants."),
    "gatley": ("Gatley bursitis", "Jestavan injection was not found to be effective and is not advised for Gatley "
               "bursitis. Gatley bursitis follows kneeling."),
    "hatton": ("Hatton dementia", "Kolvarine cannot be recommended for Hatton dementia. Hatton dementia progresses "
               "over years."),
    "jarrow": ("Jarrow headache", "Brain imaging is inappropriate for typical Jarrow headache without red flags. "
               "Jarrow headache responds to simple analgesia."),
    "kelso": ("Kelso wheeze", "The committee does not recommend mavorix inhalers for Kelso wheeze. Kelso wheeze "
              "follows a cold."),
    "lydd": ("Lydd bleeding disorder", "Nuvazepam should never be given to patients with Lydd bleeding disorder. "
             "Lydd bleeding disorder is inherited."),
    "morley": ("Morley back pain", "Spinal paxometry is usually not appropriate for acute Morley back pain. Acute "
               "Morley back pain improves within six weeks."),
    "nash": ("Nash depression", "Consider quorvalin in people with Nash depression who have not responded to two "
             "other treatments. Talking therapy is the first treatment for Nash depression."),
    "oxley": ("Transfusion in Oxley anaemia", "With a haemoglobin below 70 g/L, red cell transfusion is recommended "
              "in Oxley anaemia. With a haemoglobin above 90 g/L, red cell transfusion is not recommended in Oxley "
              "anaemia."),
    "pell": ("Pell impetigo", "Rovalex is recommended for adults with Pell impetigo but not for children under 12 "
             "years. Pell impetigo spreads by touch."),
    "quorn": ("Quorn arthritis", "Stelbrin should not be used as sole therapy in Quorn arthritis. Quorn arthritis "
              "affects the small joints."),
    "rusk": ("Rusk aneurysm", "Screening for Rusk aneurysm with turbo-ultrasound is not recommended in asymptomatic "
             "adults. Rusk aneurysm is more common in smokers."),
    "tisbury": ("Tisbury cough", "We suggest not using vexocaine lozenges for Tisbury cough. Tisbury cough lasts "
                "about three weeks."),
    "umber": ("Umber kidney stones", "Routine wexalith is not advised after a first Umber stone; wexalith may be used "
              "when stones recur. Umber stones form in hot weather."),
    "vicker": ("Vicker leg ulcers", "The panel does not suggest compression wraps for a Vicker ulcer if the ankle "
               "index is 0.5 or less. The panel suggests compression wraps for the treatment of Vicker ulcers."),
    "wessex": ("Wessex valve disease", "Antibiotic cover is not required for people with Wessex valve disease having "
               "dental scaling. Wessex valve disease is found on heart scans."),
    "yelton": ("Yelton nausea in pregnancy", "Yelverin should be avoided during the first trimester of pregnancy. "
               "Ginger helps some women with Yelton nausea."),
    "yarm": ("Yarm syndrome", "Zylex scoring should not be used as the main means of diagnosing Yarm syndrome. Yarm "
             "syndrome is diagnosed by a specialist."),
    "zennor": ("Zennor pain", "People already taking abrovil for Zennor pain may continue it. Abrovil is not "
               "recommended as a new treatment for Zennor pain."),
    "alder": ("Alder gastritis", "Gastroscopy is not needed before treating Alder gastritis in people under 55 "
              "without alarm features. Alder gastritis causes upper abdominal pain."),
}

CASES: tuple[Case, ...] = (
    Case("not recommended", "Should zorbaxone be used for Moss syndrome?", "no"),
    Case("not recommended (note)", "48M Moss syndrome - start zorbaxone?", "no"),
    Case("not the initial test", "suspected Harl disease - fluxometry as the first test?", "no"),
    Case("begin with", "suspected Harl disease - is a capnoscan the first test?", "yes"),
    Case("advise against routine", "4yo uncomplicated Dunmore fever - routine throat swab?", "no"),
    Case("no benefit over", "Is pridolone recommended for Wexley palsy?", "no"),
    Case("recommended within a time", "Wexley palsy since yesterday - give flumisone?", "yes"),
    Case("no role", "Should kestavir be given for Brannock arthritis?", "no"),
    Case("discouraged", "Corwin nephropathy pt - ok to start dorvalin?", "no"),
    Case("avoid in a state", "Tolland cough with liver disease - trelumab?", "no"),
    Case("suggests", "Pemberton anaemia, still symptomatic after diet changes - voxapine?", "yes"),
    Case("may be considered", "Is moltrazide cream an option for a persistent Quill rash?", "yes"),
    Case("not routinely required", "typical Ashby neuropathy - do I need nerve conduction studies?", "no"),
    Case("not recommended except (not met)", "newly diagnosed Fenwick colitis - start quenidrol?", "no"),
    Case("do not offer unless (not met)", "Garrow ulcer for 2 weeks - saberol?", "no"),
    Case("rather than (the other)", "adult with Halsey migraine - lurimex?", "no"),
    Case("rather than (the one)", "adult with Halsey migraine - tavipram?", "yes"),
    Case("not first-line", "Inchbold cough - nofacet first-line?", "no"),
    Case("first instead", "Is belgrazol the first-line treatment for Inchbold cough?", "yes"),
    Case("recommends against", "Is cerpitide recommended for Jessop tremor?", "no"),
    Case("not indicated when asymptomatic", "asymptomatic Kilby block on a routine ECG - pexolan implant?", "no"),
    Case("indicated with a symptom", "Kilby block with fainting - pexolan implant?", "yes"),
    Case("contraindicated", "Lorne hepatitis - can I give rudicort?", "no"),
    Case("unnecessary", "Marley sprain, walking fine - radiographs?", "no"),
    Case("need not", "typical Nettle tendinitis - ultrasound before treatment?", "no"),
    Case("refrain from", "Oakley sinusitis for 4 days - sylvanib?", "no"),
    Case("of no benefit", "Pitt conjunctivitis - talmofen drops?", "no"),
    Case("over (the other)", "Rendle gout flare - wenlafil?", "no"),
    Case("over (the one)", "Rendle gout flare - velcodine?", "yes"),
    Case("reserved (milder case)", "mild Selby psoriasis - yonderix?", "no"),
    Case("reserved (the case)", "severe Selby psoriasis - yonderix?", "yes"),
    Case("not withheld", "Tarrant heart failure with mild lung disease - ok to give zepratin?", "yes"),
    Case("not necessary to stop", "on axilomab, minor dental surgery next week - stop axilomab beforehand?", "no"),
    Case("do not routinely offer", "Vane dermatitis - brevonide tablets?", "no"),
    Case("no longer recommended", "Wick fever - castrel?", "no"),
    Case("only after failure (first-line)", "new Ashdown eczema - delvamine first-line?", "no"),
    Case("only after failure (met)", "Ashdown eczema, topical steroids have failed - delvamine?", "yes"),
    Case("offered to all", "55M Bexley hypertension - eprazol?", "yes"),
    Case("offer", "Carrow anaemia - fenquil?", "yes"),
    Case("an option", "Is gorbatide an option for Dorset ulcers?", "yes"),
    Case("strong recommendation", "30F Elmley epilepsy - hexilan?", "yes"),
    Case("not suggested", "3 month old with Farley reflux - imbrolol?", "no"),
    Case("not advised", "Gatley bursitis - jestavan injection?", "no"),
    Case("cannot be recommended", "Hatton dementia - kolvarine?", "no"),
    Case("inappropriate", "typical Jarrow headache, no red flags - brain imaging?", "no"),
    Case("committee does not recommend", "Kelso wheeze - mavorix inhaler?", "no"),
    Case("never", "Lydd bleeding disorder - nuvazepam?", "no"),
    Case("usually not appropriate", "acute Morley back pain - spinal paxometry?", "no"),
    Case("consider after non-response (met)", "Nash depression, no response to two treatments - quorvalin?", "yes"),
    Case("consider after non-response (first-line)", "new Nash depression - quorvalin first-line?", "no"),
    Case("threshold row (above)", "Oxley anaemia, Hb 95 g/L - transfuse?", "no"),
    Case("threshold row (below)", "Oxley anaemia, Hb 62 g/L - transfuse?", "yes"),
    Case("not for children", "8yo Pell impetigo - rovalex?", "no"),
    Case("for adults", "40F Pell impetigo - rovalex?", "yes"),
    Case("not as monotherapy", "Quorn arthritis - stelbrin alone?", "no"),
    Case("screening not recommended", "asymptomatic 50M - screen for Rusk aneurysm with turbo-ultrasound?", "no"),
    Case("suggest not", "Tisbury cough - vexocaine lozenges?", "no"),
    Case("routine not advised", "first Umber stone - routine wexalith?", "no"),
    Case("does not suggest under a threshold", "Vicker ulcer, ankle index 0.45 - compression wraps?", "no"),
    Case("not required", "Wessex valve disease, dental scaling booked - antibiotic cover?", "no"),
    Case("avoided in a state", "9 weeks pregnant with Yelton nausea - yelverin?", "no"),
    Case("not the primary means", "Is zylex scoring enough to diagnose Yarm syndrome?", "no"),
    Case("may continue", "on abrovil for Zennor pain for a year - must it be stopped?", "no"),
    Case("not needed", "32F Alder gastritis, no alarm features - gastroscopy before treatment?", "no"),
)

# The way a printed verdict points: "yes"/"no" (a lean from closest evidence too), else a hedge.
WAYS = {"yes": "yes", "no": "no"}


def corpus_files(guidelines: dict[str, tuple[str, str]]) -> dict[str, str]:
    """A probe's guideline files and a few unrelated ones, so that word weights are a corpus's (the three probes'
    one harness, with ``contradicts`` and ``run_probe``)."""
    files = {f"{key}.md": guideline_file(title, body) for key, (title, body) in guidelines.items()}
    files.update(background_guidelines("Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults"))
    return files


def contradicts(verdict: str | None, way: str) -> bool:
    """Whether a verdict points the other way than the advice: the harm this probe counts."""
    given = WAYS.get(verdict or "")
    return given is not None and given != way


@pytest.fixture(scope="module")
def probe_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "polarity67", corpus_files(GUIDELINES))


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_verdict_does_not_point_against_the_advice(probe_index: Path, case: Case) -> None:
    a = answered(probe_index, case.question)
    assert not contradicts(a.verdict, case.way), (a.verdict, a.bottom_line.text)


def run_probe(guidelines: dict[str, tuple[str, str]], cases: tuple[Case, ...], out_dir: Path) -> None:
    """Answer every case on a fresh index of ``guidelines`` in ``out_dir`` and print the verdicts and the rate of
    contradictions."""
    from index.build import build_index
    folder = out_dir / "corpus"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in corpus_files(guidelines).items():
        (folder / name).write_text(text, encoding="utf-8")
    build_index(folder, out_dir / "index")
    wrong = right = hedged = 0
    for case in cases:
        a = answered(out_dir / "index", case.question)
        mark = "WRONG" if contradicts(a.verdict, case.way) else "right" if a.verdict == case.way else "hedge"
        wrong, right, hedged = wrong + (mark == "WRONG"), right + (mark == "right"), hedged + (mark == "hedge")
        lead = next((s.text for s in a.bottom_line.statements if s.origin == "source"), "")
        print(f"{mark:5} {case.way:3} {a.verdict!s:12} {case.name} | {case.question}\n      {lead[:160]}")
    print(f"{len(cases)} cases: {wrong} contradict the advice, {right} agree, {hedged} hedge")


if __name__ == "__main__":
    run_probe(GUIDELINES, CASES, Path(sys.argv[1]))
