"""Which statements the bottom line quotes: salience (relevance, coverage, centrality) on hand-computed cases."""
from __future__ import annotations

import pytest

from index.search import open_index
from service.answer.lead import choose_lead, choose_support
from service.answer.models import Answer
from service.answer.pipeline import answer_question, closest_statements
from service.answer.question import read_question
from service.answer.evidence import reports_finding
from service.answer.scoring import asked_terms
from service.answer.summary import (asks_account, centrality, naming_more_asked, on_more_of_the_question,
                                    repeated_pairs, salience, within_words, without_restatements, word_pairs)
from service.answer.tuning import AnswerTuning
from tests.service.corpora import built
from tests.service.test_bottom_line import _candidate

SHARED = "Drug X reduced relapse in adults with condition Y."


def test_centrality_counts_the_word_pairs_other_sources_repeat() -> None:
    a = _candidate(SHARED, 0.9, doc="a")
    b = _candidate("In a trial, drug X reduced relapse in adults with condition Y by a third.", 0.9, doc="b")
    c = _candidate("Headache was the most frequent adverse event reported by participants.", 0.9, doc="c")
    own = word_pairs(a.text)
    central = centrality([a, b, c])
    assert central[a.text] == pytest.approx(len(own & word_pairs(b.text)) / len(own))
    assert central[a.text] > 0.5 and central[c.text] == 0.0


def test_statements_of_the_same_source_do_not_vote_for_each_other() -> None:
    a = _candidate(SHARED, 0.9, doc="a")
    same = _candidate("In adults, drug X reduced relapse in adults with condition Y.", 0.9, doc="a")
    assert centrality([a, same]) == {a.text: 0.0, same.text: 0.0}


def test_salience_adds_weighted_coverage_and_centrality_to_relevance() -> None:
    a = _candidate(SHARED, 0.9, doc="a")
    b = _candidate("Drug X reduced relapse in adults with condition Y, a cohort found.", 0.8, doc="b")
    tuning = AnswerTuning(summary_coverage=0.5, summary_centrality=0.25)
    central = centrality([a, b])
    assert salience([a, b], tuning)[a.text] == pytest.approx(0.9 + 0.5 * a.coverage + 0.25 * central[a.text])


def test_within_a_tier_the_lead_is_the_statement_other_sources_confirm() -> None:
    odd = _candidate("Drug X users reported fewer visits to the clinic in one small town.", 0.90, doc="odd")
    shared = _candidate(SHARED, 0.85, doc="a")
    echo = _candidate("Drug X reduced relapse in adults with condition Y in two cohorts.", 0.80, doc="b")
    pool = [odd, shared, echo]
    assert choose_lead(pool) is odd  # by relevance alone
    assert choose_lead(pool, AnswerTuning(), salience(pool)) is shared


def test_a_guideline_recommendation_still_leads_over_a_more_central_finding() -> None:
    guideline = _candidate("Clinicians should offer drug X to adults with condition Y.", 0.80, kind="guideline",
                           doc="guide")
    shared = _candidate(SHARED, 0.85, doc="a")
    echo = _candidate("Drug X reduced relapse in adults with condition Y in two cohorts.", 0.85, doc="b")
    pool = [shared, echo, guideline]
    assert choose_lead(pool, AnswerTuning(), salience(pool)) is guideline


def test_support_and_closest_statements_follow_salience_but_keep_the_relevance_margin() -> None:
    lead = _candidate("In a randomized trial, drug X reduced relapse by 30 percent.", 0.9, doc="lead")
    weak = _candidate(SHARED, 0.5, doc="weak")  # below 0.7 of the lead: never quoted, however central
    shared = _candidate("Drug X reduced relapse in adults with condition Y in two cohorts.", 0.7, doc="a")
    odd = _candidate("Drug X users reported fewer visits to the clinic in one small town.", 0.8, doc="odd")
    pool = [lead, odd, shared, weak]
    salient = salience(pool)
    one = AnswerTuning(bottom_line_support=1)
    assert choose_support(pool[1:], lead, one) == [odd]
    assert choose_support(pool[1:], lead, one, salient) == [shared]
    topicless = read_question("What is known about relapse?")
    tuning = AnswerTuning(closest_statements=2)
    assert closest_statements(pool, topicless, tuning, salient)[0] is not weak
    assert weak not in closest_statements(pool, topicless, tuning, salient)


def test_closest_evidence_naming_what_was_asked_comes_before_a_more_salient_statement_naming_neither() -> None:
    # Session 26: "Does warfarin cause vascular calcification?" opened on a sentence about dietary vitamin K.
    from dataclasses import replace

    q = read_question("Does drug X cause gizmo calcification?")
    neither = replace(_candidate("Dietary intake is the most common cause of unstable levels.", 0.95, doc="a",
                                 direct=False), mentions_intervention=False, mentions_condition=False)
    one = replace(_candidate("A trial found no difference in gizmo calcification over two years.", 0.90, doc="b",
                             direct=False), mentions_intervention=False, mentions_condition=True)
    salient = {neither.text: 2.0, one.text: 1.0}  # the off-topic statement is the more salient
    assert closest_statements([neither, one], q, AnswerTuning(closest_statements=1), salient) == [one]
    # A question that names nothing still follows salience alone.
    topicless = read_question("What is known about unstable levels?")
    assert closest_statements([neither, one], topicless, AnswerTuning(closest_statements=1), salient) == [neither]


def test_another_sources_paraphrase_of_the_lead_is_not_quoted_after_it() -> None:
    # The second source says what the lead said, in its own words: 4 of its 10 word pairs ("diseas s",
    # "gene h", "accumul gangliosid", "gangliosid gm2") are the lead's; the finding shares 1 of 7.
    lead = _candidate("Disease S is caused by a mutation of gene H, which results in accumulation of ganglioside GM2.",
                      0.9, doc="a")
    paraphrase = _candidate("Disease S results from defective gene H, leading to accumulation of ganglioside GM2.",
                            0.85, doc="b")
    finding = _candidate("Gene therapy restored enzyme activity in mice with disease S.", 0.8, doc="c")
    assert repeated_pairs(paraphrase.text, [lead.text]) >= 0.3
    assert repeated_pairs(finding.text, [lead.text]) < 0.3
    assert without_restatements([lead, paraphrase]) == [lead]  # the lead alone: the finding once
    assert without_restatements([lead, finding]) == [lead, finding]


def test_the_same_sources_next_finding_is_no_restatement() -> None:
    lead = _candidate("HER2 immunoreactivity was a prognostic factor for survival in urothelial carcinoma.", 0.9,
                      doc="a")
    same = _candidate("HER2 immunoreactivity was associated with survival in urothelial carcinoma patients.", 0.85,
                      doc="a")
    assert repeated_pairs(same.text, [lead.text]) >= 0.3
    assert without_restatements([lead, same]) == [lead, same]  # the study going on, not another source's echo


def test_a_closest_statement_restating_the_first_is_dropped() -> None:
    first = _candidate("Experimental autoimmune encephalomyelitis is an animal model of multiple sclerosis.", 0.9,
                       doc="a")
    echo = _candidate("Experimental autoimmune encephalomyelitis, an animal model of multiple sclerosis, was used.",
                      0.85, doc="b")
    assert without_restatements([first, echo]) == [first]


def test_a_question_asking_for_an_account_is_told_apart_from_one_asking_a_name_or_a_yes() -> None:
    for text in ("What is zorvatinib?", "What is the mechanism of action of zorvatinib?", "Describe zorvatinib.",
                 "How does zorvatinib work?", "What is known about zorvatinib in lung cancer?",
                 "What causes resistance to zorvatinib?", "Why does resistance to zorvatinib arise?"):
        assert asks_account(read_question(text)), text
    for text in ("Which kinase does zorvatinib inhibit?", "In which cells is KRX1 expressed?",
                 "How many patients responded to zorvatinib?", "List the targets of zorvatinib.",
                 "What kinds of tumours respond to zorvatinib?", "What dose of zorvatinib is used?",
                 "How often should KRX1 be tested?", "Does zorvatinib shrink lung tumours?"):
        assert not asks_account(read_question(text)), text


def _answers(tmp_path_factory: pytest.TempPathFactory, name: str, corpus: dict[str, str], question: str,
             tuning: AnswerTuning) -> tuple[Answer, Answer]:
    """The answer to ``question`` over a corpus built from ``corpus``, with the default tuning and with ``tuning``."""
    index = open_index(built(tmp_path_factory, name, corpus))
    try:
        return answer_question(index, question), answer_question(index, question, tuning=tuning)
    finally:
        index.close()


_ACCOUNT_CORPUS = {
    "a.md": "# Zorvatinib inhibits the kinase KRX1\n\nZorvatinib is an oral inhibitor of the kinase KRX1 that blocks "
            "tumour cell growth in lung adenocarcinoma.\n",
    "b.md": "# Zorvatinib in patients with lung adenocarcinoma: a phase 2 trial\n\nZorvatinib shrank tumours in 40% of "
            "patients with lung adenocarcinoma carrying KRX1 fusions.\n",
    "c.md": "# Resistance to zorvatinib\n\nResistance to zorvatinib arises through secondary mutations in the KRX1 "
            "gatekeeper residue.\n",
    "d.md": "# Safety of zorvatinib\n\nZorvatinib caused reversible liver enzyme elevations in a fifth of treated "
            "patients.\n",
}


def test_an_account_of_a_topic_quotes_up_to_account_support_statements_beside_its_lead(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    fuller, one = _answers(tmp_path_factory, "account", _ACCOUNT_CORPUS, "What is zorvatinib?",
                           AnswerTuning(account_support=1))
    quotes = [s for s in fuller.bottom_line.statements if s.origin == "source"]
    # Three sources' findings on it, each cited, then the qualifier: every direct study is quoted, so no count.
    assert len(quotes) == 3 and all(s.citations for s in quotes)
    assert len({n for s in quotes for n in s.citations}) == 3
    assert fuller.bottom_line.statements[-1].text == "Limited evidence."
    assert len([s for s in one.bottom_line.statements if s.origin == "source"]) == 2


def test_quotes_past_the_kept_ones_stop_at_the_word_budget() -> None:
    a, b, c = (_candidate(f"Drug X changed outcome {n} in adults with condition Y.", 0.9, doc=n) for n in "abc")
    assert within_words([a, b, c], 1, 20) == [a, b]  # 9 + 9 words; a third would make 27
    assert within_words([a, b, c], 1, 10) == [a]
    assert within_words([a, b, c], 2, 10) == [a, b]  # the kept ones stand whatever their length


def _no_finding(text: str) -> bool:
    return not reports_finding(text)


def test_a_quote_after_the_first_must_name_part_of_the_question_left_out_or_report_a_finding() -> None:
    asked = frozenset(asked_terms("Does drug X reduce relapse compared with placebo in adults with condition Y?"))
    lead = _candidate("Drug X reduced relapse in adults with condition Y.", 0.9, doc="a")
    background = _candidate("Drug X is a small molecule given by mouth to adults with condition Y.", 0.85, doc="b")
    comparator = _candidate("Relapse was no less frequent with placebo than with drug X.", 0.8, doc="c")
    finding = _candidate("Drug X was well tolerated by adults with condition Y.", 0.8, doc="d")
    # The background names nothing of the question the lead has not named and reports nothing: left out. The
    # comparator is what the lead left out; the other finding is one of its own.
    assert naming_more_asked([lead, background, comparator], asked, _no_finding) == [lead, comparator]
    assert naming_more_asked([lead, background, finding], asked, _no_finding) == [lead, finding]
    assert naming_more_asked([background], asked, _no_finding) == [background]  # the first is always kept


def test_a_result_in_statistical_words_counts_as_a_finding_of_its_own() -> None:
    yes_no = read_question("Does drug X reduce relapse in adults with condition Y?")
    lead = _candidate("Drug X reduced relapse in adults with condition Y.", 0.9, doc="a")
    lower = _candidate("Drug X levels were significantly lower in adults with condition Y (p < 0.001).", 0.85,
                       doc="b")
    unaltered = _candidate("Adding drug X did not alter relapse in adults with condition Y.", 0.8, doc="c")
    assert on_more_of_the_question(yes_no, [lead, lower, unaltered]) == [lead, lower, unaltered]


def test_only_a_yes_no_questions_quotes_must_name_more_of_it() -> None:
    lead = _candidate("Drug X reduced relapse in adults with condition Y.", 0.9, doc="a")
    background = _candidate("Drug X is a small molecule given by mouth to adults with condition Y.", 0.85, doc="b")
    yes_no = read_question("Does drug X reduce relapse in adults with condition Y?")
    account = read_question("What is known about drug X in adults with condition Y?")
    assert yes_no.yes_no and not account.yes_no
    assert on_more_of_the_question(yes_no, [lead, background]) == [lead]
    assert on_more_of_the_question(account, [lead, background]) == [lead, background]
    assert on_more_of_the_question(yes_no, [lead, background], AnswerTuning(yes_no_names_more=False)) == \
        [lead, background]


def test_among_closest_statements_only_a_studys_method_on_the_same_words_is_passed_over() -> None:
    yes_no = read_question("Does drug X reduce relapse in adults with condition Y?")
    first = _candidate("Drug X is a small molecule given by mouth to adults with condition Y.", 0.9, doc="a")
    described = _candidate("Condition Y is a disease of adults in which drug X is a small molecule.", 0.85, doc="b")
    method = _candidate("We enrolled 120 adults with condition Y in a randomized trial of drug X.", 0.8, doc="c")
    # Not confirmed as answers: a description on the same words may be the one that answers; a method is not.
    assert on_more_of_the_question(yes_no, [first, described, method], closest=True) == [first, described]
    assert on_more_of_the_question(yes_no, [first, described, method]) == [first]


_YES_NO_CORPUS = {
    "a.md": "# Zorvatinib for lung adenocarcinoma: a randomized trial\n\nZorvatinib improved survival in patients with "
            "lung adenocarcinoma in a randomized trial of 300 patients.\n",
    "b.md": "# Zorvatinib for lung adenocarcinoma: a second randomized trial\n\nIn a second randomized trial, "
            "zorvatinib reduced deaths among patients with lung adenocarcinoma by a third.\n",
}


def test_a_yes_no_answer_still_quotes_another_sources_finding_on_the_same_words(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    kept, before = _answers(tmp_path_factory, "yes_no_names_more", _YES_NO_CORPUS,
                            "Is zorvatinib effective for lung adenocarcinoma?", AnswerTuning(yes_no_names_more=False))
    # The second trial names nothing of the question the first leaves out, but it reports a finding of its own.
    quotes = [s for s in kept.bottom_line.statements if s.origin == "source"]
    assert len(quotes) == 2 and all(s.citations for s in quotes)
    assert kept.bottom_line.text == before.bottom_line.text
