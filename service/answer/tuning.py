"""The answer pipeline's tuning numbers, in one frozen object, each with the reason or measurement behind it.

Stages take the object (or the one field they need) as an argument; ``TUNING`` is the shipped default.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class AnswerTuning:
    """Every number the answer pipeline is tuned with."""

    # Retrieval for answers.
    retrieve_depth: int = 60  # chunks read from the hybrid ranking
    chunks_per_doc: int = 3  # quotable chunks per document, so one long source cannot crowd out the others
    facet_k: int = 12  # lexical passages on the intervention alone and on the condition's treatment
    # Passages a guideline may add past chunks_per_doc when they give advice (guideline.passage_gives_advice):
    # its recommendation often ranks below its background. Session 17, guideline check lists (BENCHMARKS.md).
    guideline_advice_chunks: int = 3
    # ... only a guideline that first appears among this many of the ranking's passages (the ones likely to
    # answer): extra passages for every guideline retrieved cost 15% of an answer's time on the default corpus.
    guideline_advice_top: int = 5
    # Passages a research report (first among guideline_advice_top too) may add past chunks_per_doc when a heading
    # names them its results (retrieval._reports_findings): its background and limitations share the question's
    # words, its results name the outcome as measured ("myocardial infarction" for a question on heart attacks), so
    # the report's answer ranked below its quota. Session 37, the default corpus's calcium meta-analysis.
    research_findings_chunks: int = 1

    # Sentence relevance. Calibrated on real questions against the default and the shared guideline
    # corpora: below min_dense a passage is not about the question (see BENCHMARKS.md).
    min_dense: float = 0.35
    # A statement below those floors is still kept when the relevance model gives it at least this
    # probability, from a passage at least min_dense_any close to the question. Chosen on the BioASQ dev
    # half (200 questions, int8 embedder): answers with nothing to quote 21 -> 4, factoid in the bottom line
    # 0.44 -> 0.46, abstention without the gold documents unchanged (0.90 on the dev sample of 50).
    keep_probability: float = 0.5
    # ... and for a statement that gives what the question's frame asks (``asked_shape.stated_asked``: a value for
    # "what ... range", a length for "how long does X take"), this lower one.
    shape_keep_probability: float = 0.2
    min_dense_any: float = 0.2
    min_coverage: float = 0.25
    # Without an intervention or condition to anchor it, a sentence must cover half the question's weight
    # ... unless its passage is this close to the question in the embedding space.
    min_coverage_unanchored: float = 0.5
    close_dense: float = 0.6
    # ... or a passage both retrievers rank among their first close_top and at least this close (``scoring.
    # agreed_first``). Session 62, g61 list: the two passages of a note-worded question that only such agreement
    # found (a guideline's advice on it) were 0.52 and 0.58 close; at min_dense (0.35) five off-topic passages agreed
    # too (0.37-0.49: "vitamin K" of a vitamin K antagonist, "inhaled" of an inhaled prostanoid for an asthma question).
    agreed_dense: float = 0.5
    # Where even those give none, the passages the search ranks first, as many as this, whatever their embedding's
    # distance, that name the rare words of the question they write (BM25 IDF at least rare_idf: a word
    # in at most some 0.7% of the passages, a name, not "gene" or "virus"; ``scoring.topic_candidates``).
    close_top: int = 3
    rare_idf: float = 5.0
    min_chars: int = 40
    max_chars: int = 600
    # A concept of three or more terms is mentioned when the terms present carry this share of its IDF
    # weight, its rarest term among them: "fractures in older adults" is met by "fractures in adults".
    concept_share: float = 0.6
    # Without an intervention or condition, a statement answers the question directly when it covers this
    # share of the question's weighted terms (and passes the relevance model's lead floor).
    unanchored_direct: float = 0.5

    # Selection. A dosing, safety or therapy question lifts the statements that give a dose, a safety
    # point or advice by this much probability (half the old hand-set 0.3 on a score twice as wide).
    type_bonus: float = 0.15
    section_caps: dict[str, int] = field(default_factory=lambda: {
        "current_evidence": 3, "mechanism": 3, "clinical_studies": 4, "limitations": 3, "safety": 3,
        "recommendations": 4})
    # A statement is quoted in a section only at this relevance (the bottom line has its own rules). On the
    # BioASQ dev half statements below 0.5 matched a gold snippet 15% of the time, above it 80%: snippet
    # precision 0.67 -> 0.81 at 0.5 (0.86 at 0.8, but list recall fell from 0.49 to 0.46).
    quote_floor: float = 0.5
    # ... except in a section the floor would leave empty, which takes its one best statement down to this
    # (so the answer keeps its sections, e.g. the mechanism the reference answer explains). Not chosen on
    # labelled data: half the floor, where dev statements still matched a gold snippet now and then. Its
    # cost, measured on the held-out BioASQ half (200 questions): snippet precision 0.895 -> 0.871.
    empty_section_floor: float = 0.25
    per_source_in_section: int = 2
    per_source: int = 4
    near_duplicate_jaccard: float = 0.6

    # Bottom line: sentences scoring within this share of the best direct one compete by source strength
    # (guideline recommendation, then meta-analysis or trial, then other findings).
    bottom_line_margin: float = 0.8
    # ... except a guideline's recommendation on the asked intervention (guideline.is_recommendation), which
    # competes down to this share of the best: the relevance model never saw a guideline and ranks its
    # background and evidence summaries beside the advice. Session 17, guideline check lists. A meta-analysis's
    # or trial's finding competes down to it too (session 21: "Most meta-analyses found no significant effect"
    # at 0.74 of an animal finding; BioASQ dev 747: one lead changed, PubMedQA dev 519: none).
    guideline_lead_margin: float = 0.5
    # Further statements quoted after the lead when they score at least support_margin of it: up to
    # bottom_line_support, from the lead's source too (support_same_source: BioASQ ideal answers often
    # follow two sentences of one abstract), and for a question without a topic any relevant statement, not
    # only a direct one (support_any). A question without a direct answer quotes up to closest_statements
    # under a caveat. Dev half: bottom-line ROUGE-2 0.216 -> 0.265, factoid in the bottom line 0.40 -> 0.54.
    # Session 16 (dev half, all 747 questions, bottom-line ROUGE-2 against the ideal answers, with the
    # salience below): one supporting statement beside the lead instead of two (0.287 -> 0.289; none: 0.286
    # in a replay, word budgets of 40-70 words no better), and three closest statements instead of two for a
    # question without a direct source (+0.001 to +0.002 overall in a replay; four: +0.001 on BioASQ but
    # -0.0015 on the PubMedQA dev half, so not taken).
    bottom_line_support: int = 1
    support_same_source: bool = True
    support_any: bool = True
    support_margin: float = 0.7
    # A supporting statement must add something to the lead: at least this share of its terms absent
    # from the statements quoted before it. Paraphrases of the lead by another source
    # ("X is a selective nonsteroidal MR antagonist" twice) fall below it though their term-set Jaccard
    # stays under near_duplicate_jaccard. Session 17, BioASQ dev half (747 questions) / PubMedQA dev (300),
    # bottom-line ROUGE-2: 0.2910 / 0.0849 without; 0.2914 / 0.0844 at 0.2, 0.2920 / 0.0850 at 0.3 for
    # support, 0.2921 / 0.0842 at 0.35, 0.2926 / 0.0839 at 0.45, 0.2885 / 0.0845 at 0.6; factoid in the
    # bottom line unchanged at 0.3 (0.551 at 0.45). Not applied to closest statements (+0.0002 / +0.0001
    # there, and on the default corpus it passed over a trial's finding for its primary-outcome line).
    bottom_line_novelty: float = 0.3
    # A quote after the first of a bottom line that repeats at least this share of its word pairs from the
    # quotes before it, from another source, restates them (summary.without_restatements): a second abstract's
    # description of a drug, its class and the cancer it treats, in nearly the words of the lead's own
    # description (a BioASQ dev answer): the reader reads the finding twice, and the qualifier's count of studies
    # already says that more than one source found it. A second sentence of the same source is the study going
    # on (its next finding names the same things), so it is never one. Session 33, dev halves (BioASQ 747 /
    # PubMedQA 519), bottom-line ROUGE-2 0.3104 / 0.1018 without; 0.3159 / 0.1018 at 0.3 (factoid in the
    # bottom line 0.5787 -> 0.5709, and "Menatetrenone increases the carboxylation of osteocalcin, a vitamin
    # K-dependent bone protein." after "Osteocalcin is a vitamin K-dependent protein ..." dropped, a new
    # finding sharing an apposition: 0.38); 0.3135 / 0.1018 at 0.4 (factoid 0.5748: one answer).
    restated_pairs: float = 0.4
    # Session 18: two closest statements, now that excerpts and statements of aim may be among them
    # (pipeline.closest_evidence). Dev halves, BioASQ / PubMedQA bottom-line ROUGE-2: 0.2996 / 0.0942 with
    # three, 0.3029 / 0.0954 with two (factoid in the bottom line 0.591 -> 0.575); a fourth fell to 0.2988 /
    # 0.0934. In a replay of the closest answers, the first two beat the first three on both sets.
    closest_statements: int = 2
    # A question asking for an account of its topic (summary.asks_account: not yes/no, not "Which ...?", "What drug
    # ...?", "How many ...?", "List ...") quotes up to account_support statements beside its lead and account_closest
    # closest ones: what the sources found about X takes more than a sentence to say. Session 40, dev halves,
    # bottom-line ROUGE-2 (BioASQ 747 / PubMedQA 519, with summary_coverage 0.5): 0.3183 / 0.1038 at 1 and 2 (the
    # others' counts); 0.3185 / 0.1037 at 1 and 3; 0.3195 / 0.1037 at 2 and 3 (BioASQ summary questions 0.3750 ->
    # 0.3873, factoid 0.3290 -> 0.3229, factoid in the bottom line 0.5709 -> 0.5787; 50 words on average instead of
    # 45); 0.3202 / 0.1036 at 3 and 3 (52 words, not taken). In a replay by position (BioASQ dev, each quote added in
    # turn), a third quote gained +0.005 on account questions and lost -0.013 on the others; a second lost -0.012 on
    # BioASQ yes/no questions but gained +0.008 on PubMedQA's: yes/no questions keep the counts above.
    account_support: int = 2
    account_closest: int = 3
    # ... each beyond those counts only while the quotes hold at most account_words words (summary.within_words), so
    # the bottom line stays short enough to read: without it 28 BioASQ dev bottom lines ran past 100 words (11 before
    # account_support), up to 185. Dev halves (BioASQ / PubMedQA): no budget 0.3195 / 0.1037 (factoid in the bottom
    # line 0.5787, 49.9 words on average); 100 words 0.3196 / 0.1037 (0.5787); 80 words 0.3190 / 0.1037 in a replay
    # (0.5709). (Reading "X was tested for which disease?" as asking a name too gained 0.0004 but cost snippet
    # precision 0.7943 -> 0.7941: its extra quotes matched gold snippets; not taken.)
    account_words: int = 100
    # A yes/no question's quote after the first that names no term of the question the quotes before it leave out is
    # left out when it reports no finding (supporting statements: evidence.reports_finding) or, among closest
    # statements, when it only says how a study was done (evidence.describes_study): summary.on_more_of_the_question.
    # The question asks one thing and the first quote answers it or comes nearest; such a quote is background or
    # method to read past. A supporting statement left out is quoted first in its section instead (pipeline), so the
    # evidence judged is the same. Session 41, dev halves (BioASQ 747 / PubMedQA 519), bottom-line ROUGE-2 0.3196 /
    # 0.1037 -> 0.3225 / 0.1050 (top passage 0.3069 / 0.1035; 0.1046 before a result in statistical words counted as
    # a finding); factoid in the bottom line, list recall, yes/no F1 unchanged, snippet precision 0.7943 -> 0.7948; 3
    # of the default corpus's 501 list answers changed. Leaving out
    # every such quote rose to 0.3245 / 0.1068, but by leaving out trials' results, safety points and the finding after
    # a statement of aim (56 list answers changed, many worse, and evidence levels fell); passing over any closest
    # statement reporting no finding gave 0.3217 / 0.1059 but left out descriptions that answered ("X is expressed
    # only in germ cells"). Not for other questions: there a second quote on the same words gained +0.03 each on
    # BioASQ (replay of the dev answers).
    yes_no_names_more: bool = True
    # Which statements the bottom line quotes (summary.salience): relevance + summary_coverage x coverage of
    # the question + summary_centrality x centrality (word pairs other sources' statements repeat, over the
    # first summary_pool statements). Dev half, lead alone: ROUGE-2 0.340 (relevance) -> 0.345 (+0.2
    # coverage) -> 0.358 (+0.2 centrality); 0.1 and 0.4 coverage, 0.1 and 0.5 centrality were lower.
    # Session 40, with account_support (dev halves, whole bottom line, BioASQ 747 / PubMedQA 519): coverage 0.2
    # 0.3182 / 0.1031, 0.4 0.3189 / 0.1035, 0.45 0.3195 / 0.1037, 0.5 0.3194 / 0.1037, 0.55 0.3203 / 0.1036,
    # 0.6 0.3204 / 0.1034, 0.8 0.3197 / 0.1031 (top passage 0.3069 / 0.1035); factoid in the bottom line 0.5787
    # throughout 0.2-0.55. 0.5, the middle of the plateau on both: a statement that says more of what was asked
    # stands before one that other sources echo. (Centrality 0.1 / 0.3 at coverage 0.2: 0.3187 / 0.1032, 0.3184 /
    # 0.1030.)
    summary_coverage: float = 0.5
    summary_centrality: float = 0.2
    summary_pool: int = 25
    # A question naming a topic but without a direct source quotes its best statement under a caveat when
    # the relevance model gives it at least this probability (and it states no gap), instead of saying
    # evidence is insufficient. Dev half: false "insufficient evidence" 0.04 -> 0.005.
    closest_floor: float = 0.8
    # A yes or a no read without a lead from statements the closest evidence does not quote is "uncertain" when the
    # best of them scores below this share of the best quoted one: it leans on nothing the reader sees. At 0.5, dev
    # halves (session 47): D1 macro F1 0.8196 -> 0.8213, D2 0.7137 -> 0.7133, four answers moved (three wrong or
    # "maybe" yeses); with no share (every such verdict), D1 0.8102 and D2 0.6769: most unquoted ones are right.
    verdict_quoted_share: float = 0.5


TUNING = AnswerTuning()
