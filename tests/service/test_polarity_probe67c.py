"""A third probe of how a verdict's direction is read from the advice it quotes, written after the first two probes'
fixes and run on them untuned (6 of 31 verdicts pointed against their advice before session 67 and after those fixes
alike; the fixes it then led to: leave to omit a thing, "should be abandoned", "advises against it" read with its
clause, use "only when" another is unavailable, a clause for other people). A verdict pointing against its advice
fails; a hedge passes (``test_polarity_probe67``). Every name, topic and sentence is made up. (Left out, still
failing: "X should be deferred until Y is excluded" asked "Y not yet excluded - start X now?" reads "yes".)"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.service.corpora import answered, built
from tests.service.test_polarity_probe67 import Case, contradicts, corpus_files

GUIDELINES: dict[str, tuple[str, str]] = {
    "c1": ("Aldeby gout", "Clinicians should avoid prescribing arvotil for Aldeby gout. Aldeby gout affects the big "
                          "toe."),
    "c2": ("Barnack cough", "Belsomide is not beneficial in Barnack cough. Barnack cough follows a cold."),
    "c3": ("Caxton neuritis", "We recommend against the routine use of cardizone in Caxton neuritis. Caxton neuritis "
                              "causes tingling."),
    "c4": ("Dalby sinusitis", "Dexmorin should only be used when amoxiban is unavailable for Dalby sinusitis. Dalby "
                              "sinusitis causes facial pain."),
    "c5": ("Eskdale arthritis", "Epravil should not be offered as a first-line option for Eskdale arthritis. Eskdale "
                                "arthritis stiffens the hands."),
    "c6": ("Fenby dermatitis", "Fluvaxin is not recommended as routine care for Fenby dermatitis. Fenby dermatitis "
                               "itches."),
    "c7": ("Gisburn anaemia", "Gralimab is not suitable for Gisburn anaemia. Gisburn anaemia is mild."),
    "c8": ("Hamble colitis", "Hexavir is ineffective for Hamble colitis and should be abandoned. Hamble colitis "
                             "causes cramps."),
    "c9": ("Irby migraine", "The panel found idrazole unhelpful for Irby migraine and advises against it. Irby "
                            "migraine starts in youth."),
    "c10": ("Jurby asthma", "Use of jenfloxin for Jurby asthma is not endorsed. Jurby asthma flares in winter."),
    "c11": ("Kelby reflux", "Kalvotane is a reasonable first step for Kelby reflux. Kelby reflux causes heartburn."),
    "c12": ("Lund fever in children", "Give lorvasone to all children with Lund fever. Lund fever lasts a week."),
    "c13": ("Marske epilepsy in pregnancy", "Mirolam should be continued throughout pregnancy in Marske epilepsy. "
                                            "Marske epilepsy starts in youth."),
    "c14": ("Nunney hypertension", "Nebravane should be stopped if a rash develops in Nunney hypertension. Nunney "
                                   "hypertension is common."),
    "c15": ("Ormsby nephropathy", "Patients with Ormsby nephropathy should not be started on ostravin. Ormsby "
                                  "nephropathy is slow."),
    "c16": ("Pinner arthritis", "Avoid combining pelvazine with quorbil in Pinner arthritis. Pinner arthritis affects "
                                "the knees."),
    "c17": ("Quendon cystitis", "A rixel culture is not necessary for uncomplicated Quendon cystitis. Quendon "
                                "cystitis is common."),
    "c18": ("Rydal myopathy", "Sarvolin is indicated only in patients with Rydal myopathy who have heart involvement. "
                              "Rydal myopathy weakens the hips."),
    "c19": ("Stow impetigo", "Tavorex is recommended for Stow impetigo in adults; in children, ulbazine is preferred. "
                             "Stow impetigo is contagious."),
    "c20": ("Tansley otitis", "Neither vexalin nor wembrol should be used for Tansley otitis. Tansley otitis clears "
                              "alone."),
    "c21": ("Ulley tendinitis", "Xerotide has not been shown to help Ulley tendinitis and is not offered. Ulley "
                                "tendinitis affects the wrist."),
    "c22": ("Vobster eczema", "A yelmic patch test can be safely omitted in typical Vobster eczema. Vobster eczema "
                              "affects the hands."),
    "c23": ("Wrenbury stones", "A zelta scan is the preferred first test for suspected Wrenbury stones. Wrenbury "
                               "stones cause colic."),
    "c24": ("Yarwell psoriasis", "Alcavir is not advisable in Yarwell psoriasis. Yarwell psoriasis affects the scalp."),
    "c25": ("Zouch angina", "For Zouch angina, prescribing bromalin is not appropriate. Zouch angina comes on at "
                            "rest."),
    "c27": ("Bolney pain", "Dravol should not be used instead of paracetamol for Bolney pain. Bolney pain affects the "
                           "back."),
    "c28": ("Cawood rhinitis", "Consider eltrazine only if a nasal spray has not worked for Cawood rhinitis. Cawood "
                               "rhinitis is seasonal."),
    "c29": ("Dunholme vertigo", "A trial of fomivane is recommended before referral for Dunholme vertigo. Dunholme "
                                "vertigo causes falls."),
    "c30": ("Eyam bursitis", "Imaging with a gelta scan is generally not required for Eyam bursitis. Eyam bursitis "
                             "follows kneeling."),
}
CASES: tuple[Case, ...] = (
    Case("avoid prescribing", "Aldeby gout flare - arvotil?", "no"),
    Case("not beneficial", "Barnack cough - belsomide?", "no"),
    Case("against routine use", "Caxton neuritis - routine cardizone?", "no"),
    Case("only when other unavailable", "Dalby sinusitis - dexmorin first choice?", "no"),
    Case("not first-line option", "Eskdale arthritis - epravil first-line?", "no"),
    Case("not routine care", "Fenby dermatitis - fluvaxin?", "no"),
    Case("not suitable", "Gisburn anaemia - gralimab?", "no"),
    Case("ineffective, abandoned", "Hamble colitis - hexavir?", "no"),
    Case("found unhelpful, advises against", "Irby migraine - idrazole?", "no"),
    Case("not endorsed", "Jurby asthma - jenfloxin?", "no"),
    Case("reasonable first step", "Kelby reflux - kalvotane first?", "yes"),
    Case("give to all", "6yo with Lund fever - lorvasone?", "yes"),
    Case("continue in pregnancy", "pregnant, on mirolam for Marske epilepsy - stop mirolam?", "no"),
    Case("stop if develops", "Nunney hypertension on nebravane, now a rash - stop nebravane?", "yes"),
    Case("not started on", "Ormsby nephropathy - start ostravin?", "no"),
    Case("avoid combining", "Pinner arthritis on quorbil - add pelvazine?", "no"),
    Case("not necessary uncomplicated", "uncomplicated Quendon cystitis - rixel culture?", "no"),
    Case("indicated only with", "Rydal myopathy without heart involvement - sarvolin?", "no"),
    Case("adults; children other", "7yo with Stow impetigo - tavorex?", "no"),
    Case("neither nor", "Tansley otitis - vexalin?", "no"),
    Case("not shown, not offered", "Ulley tendinitis - xerotide?", "no"),
    Case("safely omitted (skip)", "typical Vobster eczema - can I skip the yelmic patch test?", "yes"),
    Case("safely omitted (need)", "typical Vobster eczema - do I need a yelmic patch test?", "no"),
    Case("preferred first test", "suspected Wrenbury stones - zelta scan first?", "yes"),
    Case("not advisable", "Yarwell psoriasis - alcavir?", "no"),
    Case("not appropriate", "Zouch angina - bromalin?", "no"),
    Case("not instead of", "Bolney pain - dravol instead of paracetamol?", "no"),
    Case("only if other failed", "new Cawood rhinitis - eltrazine first?", "no"),
    Case("trial before referral", "Dunholme vertigo - trial of fomivane before referral?", "yes"),
    Case("generally not required", "Eyam bursitis - gelta scan?", "no"),
)


@pytest.fixture(scope="module")
def probe_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "polarity67c", corpus_files(GUIDELINES))


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_verdict_does_not_point_against_the_advice(probe_index: Path, case: Case) -> None:
    a = answered(probe_index, case.question)
    assert not contradicts(a.verdict, case.way), (a.verdict, a.bottom_line.text)
