"""A yes/no answer's bottom line opens with a statement its verdict rests on that states it: the verdict is read
first, and a "No." does not sit above a lead that affirms while a statement behind the "No." says no
(service.answer.pipeline.stating_lead, service.answer.verdict.disagreement; session 22)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from index.lexical import tokenize
from index.search import Index, open_index
from ingest.models import DocumentKind
from service.answer.lead import stating_lead
from service.answer.pipeline import RankedEvidence, answer_question, read_yes_no
from service.answer.question import read_question
from service.answer.scoring import Candidate
from service.answer.verdict import VerdictModel, denies, disagreement, no_allowed, says_no
from tests.service.candidates import document, hit
from tests.service.corpora import built


def _direct(text: str, doc: str, score: float = 0.9, kind: DocumentKind = DocumentKind.RESEARCH,
            title: str = "") -> Candidate:
    d = document(doc, kind)
    if title:
        d = replace(d, title=title)
    return Candidate(text=text, hit=hit(d, text), score=score, coverage=1.0, terms=frozenset(tokenize(text)),
                     mentions_intervention=True, mentions_condition=True, direct=True, anchored=True)


PREVALENCE = "Gizmo steatosis has an increasing prevalence in adults worldwide."
NO_DRUG = "At present no drug is approved for gizmo steatosis."
SETTING = "Adults with gizmo steatosis were enrolled at four centres."
REDUCED = "Drugx reduced liver fat in adults with gizmo steatosis."
NOT_REDUCED = "Drugx did not reduce liver fat in adults with gizmo steatosis."


@pytest.mark.parametrize(("verdict", "text", "expected"), [
    ("no", NO_DRUG, 0),          # says no
    ("no", NOT_REDUCED, 0),
    ("no", SETTING, 1),          # neither: a setting reports nothing
    ("no", PREVALENCE, 2),       # a finding, negated nowhere: it affirms
    ("no", REDUCED, 2),
    ("yes", REDUCED, 0),
    ("yes", SETTING, 0),         # a statement that reports nothing reads as the yes it states
    ("yes", NOT_REDUCED, 1),     # says no
    ("uncertain", NOT_REDUCED, 1),  # one side only (session 38)
    ("uncertain", REDUCED + " Longer follow-up found no significant difference between the groups.", 0),  # both
    ("uncertain", "The panel is unable to recommend for or against drugx.", 0),  # neither way
    (None, PREVALENCE, 0),
])
def test_disagreement_reads_a_statement_as_no_allowed_does(verdict: str | None, text: str, expected: int) -> None:
    assert disagreement(verdict, text) == expected  # type: ignore[arg-type]


def test_a_without_alone_does_not_deny() -> None:
    # Session 22: "Yes." above "Calcium supplements without vitamin D were associated with an increase of roughly
    # 30 percent in the risk of myocardial infarction ..." is a yes above the statement that states it.
    condition = "Drugx without food was associated with an increase in gizmo stroke."
    assert says_no(condition) and no_allowed([condition])  # the verdict's own rule still reads a negation
    assert not denies(condition) and disagreement("yes", condition) == 0 and disagreement("no", condition) == 2
    assert denies(NOT_REDUCED) and denies(NO_DRUG) and not denies(SETTING)
    assert denies("Neither age nor sex influenced the progression of gizmo stenosis.")


def test_a_no_opens_with_the_statement_that_says_no() -> None:
    lead = _direct(PREVALENCE, "epi", 0.99)
    behind = [lead, _direct(NO_DRUG, "drugs", 0.96), _direct(SETTING, "trial", 0.95)]
    assert stating_lead("no", lead, behind).text == NO_DRUG


def test_a_lead_that_states_the_verdict_stays() -> None:
    lead = _direct(NO_DRUG, "drugs", 0.9)
    behind = [_direct(NOT_REDUCED, "trial", 0.99), lead]
    assert stating_lead("no", lead, behind) is lead  # both say no: the lead chosen by source and salience stays
    yes_lead = _direct(REDUCED, "trial", 0.9)
    assert stating_lead("yes", yes_lead, [_direct(SETTING, "other", 0.99), yes_lead]) is yes_lead


def test_a_setting_gives_way_to_a_no_but_an_affirming_lead_does_not_give_way_to_a_setting() -> None:
    setting = _direct(SETTING, "trial", 0.99)
    assert stating_lead("no", setting, [setting, _direct(NOT_REDUCED, "other", 0.9)]).text == NOT_REDUCED
    affirming = _direct(PREVALENCE, "epi", 0.99)
    # Under a "no" a setting is nearer than an affirming finding: better neither than the opposite.
    assert stating_lead("no", affirming, [affirming, setting]).text == SETTING


def test_a_yes_above_a_statement_that_says_no_opens_with_one_that_does_not() -> None:
    lead = _direct(NOT_REDUCED, "trial", 0.99)
    assert stating_lead("yes", lead, [lead, _direct(REDUCED, "other", 0.9)]).text == REDUCED


def test_among_statements_that_say_no_the_strongest_source_leads() -> None:
    lead = _direct(PREVALENCE, "epi", 0.99)
    review = _direct("Gizmo steatosis has no approved drug treatment.", "review", 0.98)
    trial = _direct(NOT_REDUCED, "rct", 0.9, title="Drugx for gizmo steatosis: a randomized controlled trial")
    assert stating_lead("no", lead, [lead, review, trial]).doc_id == "rct"


@pytest.mark.parametrize("verdict", ["uncertain", "insufficient", None])
def test_other_verdicts_keep_the_lead(verdict: str | None) -> None:
    lead = _direct(PREVALENCE, "epi", 0.99)
    assert stating_lead(verdict, lead, [lead, _direct(NO_DRUG, "drugs", 0.96)]) is lead  # type: ignore[arg-type]


def test_nothing_behind_the_verdict_keeps_the_lead() -> None:
    lead = _direct(PREVALENCE, "epi", 0.99)
    assert stating_lead("no", lead, []) is lead


# Three one-sentence reports on one drug for one condition, in the project's own words: two say how often it is
# prescribed (a finding, and the most central: the two repeat each other's words), one that it did not work.
PRESCRIBED = """---
title: "Drugx in gizmo steatosis: a prescription survey"
type: research
year: 2020
---
Prescriptions of drugx to adults with gizmo steatosis increased threefold over the decade.
"""
PRESCRIBED_TOO = """---
title: "Drugx prescriptions in gizmo steatosis: a cohort study"
type: research
year: 2022
---
Drugx prescriptions to adults with gizmo steatosis increased in the cohort over the decade.
"""
DID_NOT_WORK = """---
title: "Drugx for gizmo steatosis"
type: research
year: 2021
---
Drugx did not reduce liver fat in adults with gizmo steatosis.
"""


@pytest.fixture(scope="module")
def steatosis(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return open_index(built(tmp_path_factory, "steatosis", {"survey.md": PRESCRIBED, "cohort.md": PRESCRIBED_TOO,
                                                            "trial.md": DID_NOT_WORK}))


def test_a_no_answer_opens_with_the_statement_that_says_no(steatosis: Index) -> None:
    # Before session 22 the most salient direct statement led and the verdict was read after it: "No." above
    # "Prescriptions of drugx ... increased threefold ...", the statement behind the "No." second.
    answer = answer_question(steatosis, "Is drugx effective for gizmo steatosis?")
    quotes = [s for s in answer.bottom_line.statements if s.origin == "source"]
    assert answer.verdict == "no" and answer.bottom_line.text.startswith("No. Drugx did not reduce liver fat")
    assert quotes[0].text == "Drugx did not reduce liver fat in adults with gizmo steatosis."
    # Every citation points at a reference whose passage holds the quote, and the verdict cites its statements.
    sources = {r.n: r for r in answer.references}
    for s in quotes:
        assert all(s.text in " ".join(p.text for p in sources[n].passages) for n in s.citations)
    verdict = answer.bottom_line.statements[0]
    assert verdict.text == "No." and verdict.citations and set(verdict.citations) <= set(sources)


def test_a_yes_keeps_the_lead_that_states_it_with_a_without(loaded_index: Index) -> None:
    # With "without" read as a denial, the "Yes." gave its lead to "... smaller, non-significant increases in
    # stroke ..." over the meta-analysis's 30 percent increase in myocardial infarction "without vitamin D".
    answer = answer_question(loaded_index, "Do calcium supplements increase the risk of myocardial infarction?")
    lead = next(s.text for s in answer.bottom_line.statements if s.origin == "source")
    assert answer.verdict == "yes" and "roughly 30 percent in the risk of myocardial infarction" in lead


def test_advice_that_gave_the_verdict_keeps_the_lead(loaded_index: Index) -> None:
    # "should avoid" says no, but it is the advice the "No." rests on (verdict.against_advice): a lead without
    # advice would have turned the verdict back to the words model's "yes".
    answer = answer_question(loaded_index, "Is vitamin K2 safe for people taking warfarin?")
    lead = next(s.text for s in answer.bottom_line.statements if s.origin == "source")
    assert answer.verdict == "no" and "should avoid" in lead


# A words model that reads every statement as "yes" (a real VerdictModel, its weights written out): the verdict
# the statements give is then "yes" whatever they say, and only the lead rule is left to see.
ALWAYS_YES = VerdictModel(weights={}, intercept=3.0, no_below=0.55, yes_above=0.55)


def _evidence(lead: Candidate, *others: Candidate) -> RankedEvidence:
    ranked = [lead, *others]
    return RankedEvidence(hits=[], ranked=ranked, closest_only=[], direct=ranked, near_misses=False, salient={},
                          lead=lead, retracted=[])


@pytest.mark.parametrize("question, lead_text, lead_doc, other_text, other_doc", [
    # "should not be stopped" denies, but it is advice for continuing drugx, the statement the "Yes." rests on.
    ("Should drugx be continued in adults with gizmo palsy?", "Drugx should not be stopped in adults with gizmo palsy.",
     "advice", "Drugx improved survival in adults with gizmo palsy.", "trial"),
    # The report's "did not" denies the "Yes."; the statement that denies nothing advises drugy rather than drugx,
    # which would make the verdict a "no": the verdict is not changed to fit a lead, so the lead stays.
    ("Is drugx effective for gizmo palsy?", "Drugx did not improve survival in adults with gizmo palsy.",
     "trial", "Clinicians should offer drugy rather than drugx in gizmo palsy.", "advice"),
], ids=["advice-on-the-asked-intervention", "a-lead-that-would-turn-the-verdict"])
def test_the_lead_stays_when_no_statement_behind_the_verdict_may_replace_it(
        question: str, lead_text: str, lead_doc: str, other_text: str, other_doc: str) -> None:
    lead = _direct(lead_text, lead_doc, 0.99)
    other = _direct(other_text, other_doc, 0.95)
    reading = read_yes_no(read_question(question), _evidence(lead, other), model=ALWAYS_YES)
    assert reading.verdict == "yes" and reading.lead is lead


def test_a_statement_behind_the_verdict_that_states_it_becomes_the_lead() -> None:
    q = read_question("Is drugx effective for gizmo palsy?")
    lead = _direct("Drugx did not improve survival in adults with gizmo palsy.", "trial", 0.99)
    finding = _direct("Drugx improved survival in adults with gizmo palsy.", "other", 0.95)
    assert read_yes_no(q, _evidence(lead, finding), model=ALWAYS_YES).lead is finding
