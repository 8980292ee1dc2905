"""The bottom line: which statement it opens with, and that it never claims absence beside a finding."""
from __future__ import annotations

from dataclasses import replace

from index.search import Hit
from ingest.models import Chunk, Document
from service.answer.evidence import judge
from service.answer.phrasing import CLOSEST, LeadStatement, bottom_line
from service.answer.lead import choose_lead, choose_support, novelty
from service.answer.pipeline import closest_statements, names_what_is_asked
from service.answer.question import read_question
from service.answer.scoring import Candidate, near_duplicate, sentence_terms
from service.answer.tuning import AnswerTuning


def _candidate(text: str, score: float, kind: str = "research", title: str = "A study", doc: str = "d1",
               direct: bool = True) -> Candidate:
    document = Document(id=doc, title=title, kind=kind, source="Test", year=2020, authors="", url="", path=doc,
                        sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, score, 0.8, sentence_terms(text), True, True, direct, anchored=True)


def test_a_guideline_recommendation_leads_when_it_answers_nearly_as_well() -> None:
    trial = _candidate("In a randomized trial, drug X reduced relapse by 30 percent.", 0.90, doc="trial")
    guideline = _candidate("Clinicians should offer drug X to adults with condition Y.", 0.80, kind="guideline",
                           doc="guide")
    assert choose_lead([trial, guideline]) is guideline


def test_a_much_better_answer_leads_over_a_weaker_guideline_line() -> None:
    trial = _candidate("In a randomized trial, drug X reduced relapse by 30 percent.", 0.90, doc="trial")
    guideline = _candidate("Clinicians should offer drug X to adults with condition Y.", 0.30, kind="guideline",
                           doc="guide")
    assert choose_lead([trial, guideline]) is trial


def test_a_trial_leads_over_another_finding() -> None:
    cohort = _candidate("Drug X users had fewer relapses in a cohort of 2,000 adults.", 0.85, doc="cohort")
    trial = _candidate("In a randomized trial, drug X reduced relapse by 30 percent.", 0.80, doc="trial")
    assert choose_lead([cohort, trial]) is trial


def test_a_trials_main_result_ranks_with_its_sentence_that_names_the_design() -> None:
    # Session 21: the UKPDS-like summary names its design only in a sentence on a supplementary comparison,
    # which led as "a trial" over the main result ("metformin reduced ... by about 32 percent").
    side = _candidate("In a supplementary randomized comparison, early drug X was associated with more relapse.",
                      0.80, doc="ukpds")
    main = _candidate("Drug X reduced relapse by about 32 percent compared with usual care.", 0.80, doc="ukpds")
    salient = {side.text: 0.5, main.text: 0.9}
    assert choose_lead([side, main], salient=salient) is main
    # ... a sentence of the trial without a result keeps its own tier, and another source's finding stays below
    mechanism = _candidate("The mechanism of drug X is thought to include increased local blood flow.", 0.80,
                           doc="ukpds")
    assert choose_lead([side, mechanism], salient={side.text: 0.5, mechanism.text: 0.9}) is side
    other = _candidate("Drug X reduced relapse by about 30 percent in a cohort.", 0.80, doc="cohort")
    assert choose_lead([side, other], salient={side.text: 0.5, other.text: 0.9}) is side


def test_a_trial_competes_down_to_the_guideline_margin_over_weaker_evidence() -> None:
    # Session 21: "Does vitamin K supplementation reduce vascular calcification?" opened with an animal finding
    # (relevance 0.98) over "Most meta-analyses found no significant effect ..." (0.74, below 0.8 of the best).
    animal = _candidate("Animal models have shown that drug X can reduce gizmo calcification.", 0.98, doc="animal")
    pooled = _candidate("Most meta-analyses found no significant effect of drug X on gizmo calcification.", 0.74,
                        doc="pooled")
    assert choose_lead([animal, pooled]) is pooled
    far = _candidate("Most meta-analyses found no significant effect of drug X on gizmo calcification.", 0.40,
                     doc="pooled")
    assert choose_lead([animal, far]) is animal  # below the margin a much better answer still leads


def test_no_direct_statement_no_lead() -> None:
    assert choose_lead([]) is None


def test_with_a_direct_finding_the_bottom_line_never_says_insufficient() -> None:
    q = read_question("Does drug X prevent relapse in condition Y?")
    trial = _candidate("In a randomized trial, drug X did not reduce relapse in condition Y.", 0.9, doc="trial")
    judgement = judge([trial])
    assert judgement.direct
    parts = bottom_line(q, judgement, LeadStatement("trial", 1, "randomized trial", False), "no", ["trial"])
    texts = [text for text, _ in parts]
    assert texts[0] == "No." and texts[1] == ""  # the verdict, then the lead's own words in their place
    assert "insufficient" not in " ".join(texts).lower()
    assert texts[2] == "Limited evidence (randomized trial), no significant effect."  # the one study is quoted


def test_the_qualifier_is_short_and_names_a_guideline_recommendation() -> None:
    q = read_question("Should adults with condition Y take drug X?")
    guide = _candidate("Clinicians should offer drug X to adults with condition Y.", 0.9, kind="guideline",
                       doc="guide")
    trial = _candidate("In a randomized trial, drug X reduced relapse in condition Y by 30 percent.", 0.85,
                       doc="trial")
    judgement = judge([guide, trial])
    parts = bottom_line(q, judgement, LeadStatement("guide", 0, None, True), None, [], support=("trial",))
    assert [cites for text, cites in parts if not text] == [["guide"], ["trial"]]  # both quotes, in place
    qualifier = parts[-1][0]
    assert qualifier.startswith("A guideline recommendation; ")
    assert "1 guideline and 1 study" in qualifier and "(randomized trial)" in qualifier
    assert len(qualifier.split()) <= 15


def test_support_comes_close_to_the_lead_and_never_repeats_it() -> None:
    lead = _candidate("Drug X reduced relapse in condition Y by 30 percent.", 0.9, doc="a")
    same = _candidate("Drug X reduced relapse in condition Y by 30 percent in adults.", 0.88, doc="b")
    close = _candidate("Relapse-free survival with drug X was longer in condition Y.", 0.8, doc="a")
    weak = _candidate("Drug X is widely prescribed for condition Y in clinics.", 0.3, doc="c")
    tuning = AnswerTuning(bottom_line_support=2, support_margin=0.7, support_same_source=True)
    assert choose_support([lead, same, close, weak], lead, tuning) == [close]  # near-duplicate and weak left
    others_only = AnswerTuning(bottom_line_support=2, support_margin=0.7, support_same_source=False)
    assert choose_support([lead, close, weak], lead, others_only) == []


def test_closest_statement_only_when_the_model_believes_it_and_it_states_no_gap() -> None:
    anchored = read_question("Can drug X be used to treat condition Y?")
    believed = _candidate("Drug X lowered markers of condition Y in cell cultures.", 0.9, direct=False)
    gap = _candidate("No trial has tested drug X in condition Y.", 0.95, direct=True)
    doubtful = _candidate("Drug X lowered markers of condition Y in cell cultures.", 0.5, direct=False)
    tuning = AnswerTuning(closest_floor=0.8, closest_statements=2)
    assert closest_statements([believed], anchored, tuning) == [believed]
    assert closest_statements([gap, believed], anchored, tuning) == []  # the best one says evidence is missing
    # A gap on part of the question only (not direct) is quoted nowhere: the statements behind it may be.
    partial = _candidate("The effect of drug X in adults remains unclear.", 0.97, direct=False, doc="p")
    assert closest_statements([partial, believed], anchored, tuning) == [believed]
    assert closest_statements([partial, gap, believed], anchored, tuning) == []
    assert closest_statements([partial, doubtful], anchored, tuning) == []  # the floor holds past the gap
    assert closest_statements([doubtful], anchored, tuning) == []
    topicless = read_question("Which gene is mutated in syndrome Z?")
    assert closest_statements([doubtful], topicless, tuning) == [doubtful]
    judgement = judge([believed])
    parts = bottom_line(anchored, judgement, None, "insufficient", [], closest=("d1",))
    assert parts[0][0] == CLOSEST and parts[1] == ("", ["d1"])
    assert "insufficient" not in " ".join(text for text, _ in parts).lower()


def test_without_a_direct_source_the_bottom_line_says_what_is_missing() -> None:
    q = read_question("Can vitamin K2 be used to treat tendon calcification?")
    indirect = _candidate("Vitamin K2 slowed arterial calcification in rats.", 0.6, direct=False)
    judgement = judge([indirect])
    parts = bottom_line(q, judgement, None, "insufficient", [])
    assert len(parts) == 1 and parts[0][0].startswith("There is insufficient evidence to recommend vitamin K2")


def test_novelty_is_the_share_of_terms_the_earlier_statements_lack() -> None:
    lead = frozenset({"finerenon", "select", "mineralocorticoid", "receptor", "antagonist"})
    assert novelty(frozenset({"finerenon", "receptor", "kidney", "diseas"}), [lead]) == 0.5  # 2 of 4 new
    assert novelty(frozenset({"finerenon", "receptor"}), [lead]) == 0.0
    assert novelty(frozenset({"kidney"}), []) == 1.0
    assert novelty(frozenset(), [lead]) == 0.0


def test_another_sources_shorter_restatement_of_the_lead_is_not_its_support() -> None:
    # The restatement's terms are all in the lead: it adds nothing, though its term-set Jaccard with the
    # longer lead stays below near_duplicate_jaccard, so the old rule alone kept it.
    lead = _candidate("Drug X is a selective nonsteroidal mineralocorticoid receptor antagonist used in adults "
                      "with chronic kidney disease and type 2 diabetes.", 0.9, doc="a")
    restated = _candidate("Drug X is a selective mineralocorticoid receptor antagonist.", 0.88, doc="b")
    finding = _candidate("Drug X reduced albuminuria in patients with diabetic kidney disease.", 0.8, doc="c")
    assert not near_duplicate(lead.terms, restated.terms)
    assert novelty(restated.terms, [lead.terms]) == 0.0
    assert novelty(finding.terms, [lead.terms]) >= 0.3  # reduced, albuminuria, patients, diabetic: new
    tuning = AnswerTuning(bottom_line_support=1, support_margin=0.7, bottom_line_novelty=0.3)
    assert choose_support([lead, restated, finding], lead, tuning) == [finding]
    # Without the rule (novelty 0) the restatement, more relevant, would have been quoted.
    without = AnswerTuning(bottom_line_support=1, support_margin=0.7, bottom_line_novelty=0.0)
    assert choose_support([lead, restated, finding], lead, without) == [restated]


def test_a_note_about_the_document_never_supports_the_lead() -> None:
    lead = _candidate("Drug X is recommended for adults with severe condition Y.", 0.9, kind="guideline",
                      doc="guide")
    note = _candidate("(Note: This recommendation is from the summary of the appraisal of drug X for condition "
                      "Y in adults.)", 0.9, kind="guideline", doc="summary")
    finding = _candidate("Drug X reduced pain in severe condition Y over one year.", 0.8, doc="trial")
    tuning = AnswerTuning(bottom_line_support=1, support_margin=0.7, bottom_line_novelty=0.0)
    assert choose_support([lead, note, finding], lead, tuning) == [finding]


def test_a_guideline_is_not_called_a_trial_for_the_trials_it_cites() -> None:
    q = read_question("Does drug X prevent fractures in older adults?")
    guide = _candidate("Large randomized trials in older adults have not shown that drug X prevents fractures.", 0.9,
                       kind="guideline", doc="guide")
    parts = bottom_line(q, judge([guide]), LeadStatement("guide", 1, None, True), "no", [])
    assert parts[-1][0] == "Limited evidence: 1 guideline, citing randomized trials, no significant effect."
    trial = _candidate("In a randomized trial in older adults, drug X did not prevent fractures.", 0.9, doc="trial")
    parts = bottom_line(q, judge([guide, trial]), LeadStatement("guide", 1, None, True), "no", [])
    assert "1 guideline and 1 study (randomized trial)" in parts[-1][0]  # a study's own design


def test_a_sentence_announcing_what_its_paper_reports_never_leads_over_a_finding() -> None:
    # Session 34 (BioASQ dev): a background sentence announcing a phase 2b safety report led a question on whether
    # a migraine drug works, over the phase 3 trials' result.
    announced = _candidate("Safety findings from a randomized trial of drug X for migraine are reported here.", 0.95,
                           doc="phase2")
    result = _candidate("Data from three randomized trials show that drug X reduces monthly migraine days.", 0.90,
                        doc="phase3")
    assert choose_lead([announced, result]) is result
    assert choose_lead([announced]) is announced  # nothing else answers


def test_a_closest_statement_names_what_is_asked_only_when_it_names_all_that_was_read() -> None:
    both = _candidate("Drug X is a tablet taken by adults with condition Y.", 0.9, direct=False)
    only_x = _candidate("Drug X is a tablet taken by adults.", 0.9, direct=False)
    only_x = replace(only_x, mentions_condition=False)
    pair = read_question("Does drug X help condition Y?")
    assert names_what_is_asked(pair, both) and not names_what_is_asked(pair, only_x)
    # Two concepts must be paired in the statement itself (``Candidate.direct``), not one through its source's title.
    through_title = _candidate("The tablet is taken by adults.", 0.9, direct=False)
    assert not names_what_is_asked(pair, through_title)
    assert names_what_is_asked(pair, replace(through_title, direct=True))
    # Scored without the topic (no statement named it): only its words name it.
    assert not names_what_is_asked(pair, replace(only_x, anchored=False, mentions_intervention=False))
    # Every word of the condition in the statement names it, whatever the concept found ("knee pain" in "reduces
    # pain ... in knee osteoarthritis").
    knee = read_question("How much does exercise reduce knee pain?")
    assert (knee.intervention, knee.condition) == ("exercise", "knee pain")
    text = "Exercise therapy reduces pain in knee osteoarthritis."
    assert names_what_is_asked(knee, replace(both, text=text, terms=sentence_terms(text), mentions_condition=False))
    # No topic read: nothing is known to be named, so the caveat is the plain one.
    assert not names_what_is_asked(read_question("Which form lasts longer?"), both)
    # The course asked of a condition must be stated too.
    course = read_question("Does condition Y resolve without treatment?")
    assert course.aspect == "course"
    assert not names_what_is_asked(course, replace(both, text="Condition Y is seen on radiographs."))
    assert names_what_is_asked(course, replace(both, text="Condition Y often resolves spontaneously."))


def test_a_comparison_or_a_harm_asked_must_be_in_the_closest_statement_too() -> None:
    # "Is varenicline more effective than nicotine patches?" above a trial of neuropsychiatric harms that names both:
    # no comparison the judgement reads (``Candidate.direct`` false after ``with_comparator``), so still indirect.
    versus = read_question("Is drug X more effective than drug Z?")
    assert versus.comparator == "drug Z"
    harms = _candidate("Drug X caused no more adverse events than drug Z.", 0.9, direct=False)
    assert not names_what_is_asked(versus, harms)
    assert names_what_is_asked(versus, replace(harms, direct=True))
    # "What are the side effects of X?" above a statement of X's benefit: no harm stated.
    side = read_question("What are the side effects of drug X?")
    assert side.type == "safety"
    assert not names_what_is_asked(side, _candidate("Drug X doubles the quit rate.", 0.9, direct=False))
    assert names_what_is_asked(side, _candidate("Drug X commonly causes nausea and adverse events.", 0.9,
                                                direct=False))
