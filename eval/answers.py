"""Answer quality on a BEIR-layout data set with reference answers (BioASQ, PubMedQA).

Per question: are the quoted statements really in the passages they cite (citation validity) and are the
references numbered in order of first citation; is a gold document among the references (evidence
recall); how close are the quoted statements and the bottom line to the reference answer (ROUGE-2 F);
for yes/no questions, the verdict (eval.verdicts); BioASQ-style, is the factoid answer in the bottom line
and are the list items in the answer (eval.exact_answers), do the quotes match gold snippets and does the
bottom line claim insufficient evidence while citing one (eval.snippets), and which quotes dangle
(eval.dangling). Abstention is measured in eval.abstention; this module only aggregates it.
"""
from __future__ import annotations

import statistics
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Callable

from rouge_score import rouge_scorer

from eval import verdicts
from eval.abstention import abstains, gold_documents
from eval.dangling import dangling_statements
from eval.datasets import Answer as GoldAnswer
from eval.datasets import Dataset, Query
from eval.exact_answers import factoid_found, list_items_found
from eval.snippets import cites_gold_snippet, matches_snippet
from eval.yesno import gold_yesno, read_yesno, says_insufficient
from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.models import Answer

ROUGE_VARIANTS = ("source", "lead", "bottom_line", "baseline_top_passage")  # "source" is the headline
BASELINE_SENTENCES = 3
_SCORER = rouge_scorer.RougeScorer(["rouge2"], use_stemmer=True)


@dataclass(frozen=True)
class CitationCheck:
    """Whether an answer's quotes stand in what they cite, and whether its references are numbered right."""

    source_statements: int
    verbatim: int
    failures: tuple[str, ...] = ()  # statements not found verbatim in any passage they cite
    numbering: tuple[str, ...] = ()  # numbering problems, one message each

    @property
    def valid(self) -> bool:
        return self.verbatim == self.source_statements and not self.numbering


@dataclass
class QuestionResult:
    """What one answer scored."""

    id: str
    question: str
    seconds: float
    level: str
    question_type: str
    references: list[str]  # cited doc ids, in reference order
    citations: CitationCheck
    gold_docs: int
    gold_cited: bool | None  # None: the question has no gold document
    rouge: dict[str, float] = field(default_factory=dict)  # variant -> ROUGE-2 F (absent: no reference answer)
    yesno_gold: str | None = None
    yesno_read: str | None = None  # the eval.yesno reading (None: undecided, or not a yes/no question)
    yesno_rule: str | None = None
    verdict: str | None = None  # the answer's own verdict field, as the pipeline filled it
    abstained: bool = False
    bottom_line: str = ""
    source_text: str = ""
    gold_type: str | None = None  # BioASQ type (factoid, list, yesno, summary); None for PubMedQA
    factoid_in_bottom_line: bool | None = None  # None: not a factoid question with an exact answer
    factoid_in_answer: bool | None = None
    list_found: int = 0  # list items found anywhere in the answer
    list_items: int = 0
    snippet_matches: int | None = None  # source statements matching a gold snippet (None: no gold snippets)
    dangling: list[str] = field(default_factory=list)  # source statements quoted without their antecedent
    says_insufficient: bool = False  # the bottom line says insufficient evidence / no source addresses it
    cites_gold_snippet: bool | None = None  # None: no gold snippets

    @property
    def false_insufficient(self) -> bool | None:
        """Insufficient evidence claimed while a gold snippet is cited (None: no gold snippets)."""
        return None if self.cites_gold_snippet is None else self.says_insufficient and self.cites_gold_snippet


def normalize(text: str) -> str:
    """Whitespace collapsed to single spaces: the comparison citation validity uses."""
    return " ".join(text.split())


def check_citations(answer: Answer) -> CitationCheck:
    """Every source statement must stand verbatim (whitespace aside) in a passage of a reference it
    cites; references must be numbered 1..N in order of first citation, and every citation must exist."""
    refs = {r.n: [normalize(p.text) for p in r.passages] for r in answer.references}
    statements = answer.all_statements()
    sources = [s for s in statements if s.origin == "source"]
    failures = []
    for s in sources:
        text = normalize(s.text)
        if not text or not any(text in passage for n in s.citations for passage in refs.get(n, ())):
            failures.append(s.text)
    numbering = []
    numbers = [r.n for r in answer.references]
    if numbers != list(range(1, len(numbers) + 1)):
        numbering.append(f"references are numbered {numbers}, not 1..{len(numbers)}")
    first_seen: list[int] = []
    for cites in [answer.bottom_line.citations] + [s.citations for s in statements]:
        for n in cites:
            if n not in refs:
                numbering.append(f"citation [{n}] has no reference")
            elif n not in first_seen:
                first_seen.append(n)
    if first_seen != sorted(first_seen):
        numbering.append(f"references first cited in the order {first_seen}")
    uncited = sorted(set(refs) - set(first_seen))
    if uncited:
        numbering.append(f"references {uncited} are never cited")
    return CitationCheck(source_statements=len(sources), verbatim=len(sources) - len(failures),
                         failures=tuple(failures), numbering=tuple(numbering))


def source_text(answer: Answer) -> str:
    """The answer's quoted statements, in reading order: what ROUGE scores (the headline variant)."""
    return " ".join(source_statements(answer))


def full_text(answer: Answer) -> str:
    """Everything the answer says: the bottom line and every statement, quoted or templated."""
    return " ".join([answer.bottom_line.text, *(s.text for sec in answer.sections for s in sec.statements)])


def source_statements(answer: Answer) -> list[str]:
    """The answer's quoted statements (origin ``source``), in reading order."""
    return [s.text for s in answer.all_statements() if s.origin == "source"]


def lead_text(answer: Answer) -> str:
    """The bottom line and the first section: what a reader sees first."""
    first = answer.sections[0].statements if answer.sections else []
    return " ".join([answer.bottom_line.text, *(s.text for s in first)])


def ideal_answers(gold: GoldAnswer | None) -> list[str]:
    """The reference answers of a question: BioASQ ideal answers, or the PubMedQA long answer."""
    if gold is None:
        return []
    out = [a for a in gold.ideal_answer if a.strip()]
    if gold.long_answer and gold.long_answer.strip():
        out.append(gold.long_answer)
    return out


def rouge2_f(candidate: str, references: list[str]) -> float:
    """ROUGE-2 F-measure (rouge-score, Porter stemmer) against the best-matching reference; 0 for no text."""
    if not candidate.strip() or not references:
        return 0.0
    return max(_SCORER.score(ref, candidate)["rouge2"].fmeasure for ref in references)


def top_passage_text(index: Index, question: str) -> str:
    """The baseline: the first sentences of the top hybrid passage, with no answer assembly at all."""
    hits = index.search(question, k=1)
    if not hits:
        return ""
    return " ".join(hits[0].chunk.sentence_texts()[:BASELINE_SENTENCES])


def answer_one(index: Index, data: Dataset, query: Query) -> tuple[QuestionResult, Answer]:
    """Answer one question and score the answer."""
    started = time.perf_counter()
    answer = answer_question(index, query.text)
    seconds = time.perf_counter() - started
    gold_docs = gold_documents(data, query.id)
    cited = [r.doc_id for r in answer.references]
    gold = data.answers.get(query.id)
    refs = ideal_answers(gold)
    rouge = {}
    if refs:
        rouge = {"source": rouge2_f(source_text(answer), refs), "lead": rouge2_f(lead_text(answer), refs),
                 "bottom_line": rouge2_f(answer.bottom_line.text, refs),
                 "baseline_top_passage": rouge2_f(top_passage_text(index, query.text), refs)}
    result = QuestionResult(
        id=query.id, question=query.text, seconds=seconds, level=answer.evidence.level,
        question_type=answer.question_type, references=cited, citations=check_citations(answer),
        gold_docs=len(gold_docs), gold_cited=bool(gold_docs & set(cited)) if gold_docs else None, rouge=rouge)
    return score_against_gold(result, answer, gold), answer


def score_against_gold(result: QuestionResult, answer: Answer, gold: GoldAnswer | None) -> QuestionResult:
    """Fill the answer-level figures of ``result`` that need the answer and its reference answer: yes/no
    verdict and reading, exact answers, gold snippets, dangling quotes, abstention. Returns ``result``."""
    truth = gold_yesno(gold.type, gold.exact_answer, gold.decision) if gold else None
    reading = read_yesno(answer) if truth else None
    result.yesno_gold, result.verdict = truth, answer.verdict
    result.yesno_read, result.yesno_rule = (reading.verdict, reading.rule) if reading else (None, None)
    result.abstained = abstains(answer)
    result.bottom_line, result.source_text = answer.bottom_line.text, source_text(answer)
    result.dangling = dangling_statements(answer)
    result.says_insufficient = says_insufficient(answer.bottom_line.text)
    if gold is None:
        return result
    result.gold_type = gold.type
    if gold.type == "factoid" and gold.exact_answer:
        result.factoid_in_bottom_line = factoid_found(answer.bottom_line.text, gold.exact_answer)
        result.factoid_in_answer = factoid_found(full_text(answer), gold.exact_answer)
    if gold.type == "list" and gold.exact_answer:
        result.list_found, result.list_items = list_items_found(full_text(answer), gold.exact_answer)
    if gold.snippets:
        result.snippet_matches = sum(matches_snippet(s, gold.snippets) for s in source_statements(answer))
        result.cites_gold_snippet = cites_gold_snippet(answer, gold.snippets)
    return result


def answer_all(index: Index, data: Dataset, queries: list[Query],
               tick: Callable[[], None] | None = None) -> list[QuestionResult]:
    """Answer and score every query, in the given order."""
    out = []
    for query in queries:
        out.append(answer_one(index, data, query)[0])
        if tick:
            tick()
    return out


def summarize(results: list[QuestionResult]) -> dict:
    """The headline figures of a list of scored answers (see docs/answers-eval.md for definitions)."""
    sources = sum(r.citations.source_statements for r in results)
    verbatim = sum(r.citations.verbatim for r in results)
    with_gold = [r for r in results if r.gold_cited is not None]
    scored = [r for r in results if r.rouge]
    answered = [r for r in scored if not r.abstained]
    seconds = sorted(r.seconds for r in results)
    out = {
        "questions": len(results),
        "citation_validity": _ratio(verbatim, sources, empty=1.0),
        "source_statements": sources,
        "citation_failures": sources - verbatim,
        "numbering_violations": sum(1 for r in results if r.citations.numbering),
        "evidence_recall": _ratio(sum(1 for r in with_gold if r.gold_cited), len(with_gold)),
        "evidence_recall_questions": len(with_gold),
        "rouge2_f": _mean([r.rouge["source"] for r in scored]),
        "rouge2_f_answered": _mean([r.rouge["source"] for r in answered]),
        "rouge2_f_lead": _mean([r.rouge["lead"] for r in scored]),
        "rouge2_f_baseline_top_passage": _mean([r.rouge["baseline_top_passage"] for r in scored]),
        "bottom_line_rouge2": _mean([r.rouge["bottom_line"] for r in scored]),
        "rouge_questions": len(scored),
        **yesno_figures(results),
        **exact_answer_figures(results),
        **statement_figures(results),
        "abstained_share": _ratio(sum(1 for r in results if r.abstained), len(results)),
        "levels": dict(sorted(Counter(r.level for r in results).items())),
        "question_types": dict(sorted(Counter(r.question_type for r in results).items())),
        "latency_p50": round(statistics.median(seconds), 3) if seconds else None,
        "latency_p90": round(seconds[min(len(seconds) - 1, int(0.9 * len(seconds)))], 3) if seconds else None,
        "references_mean": _mean([len(r.references) for r in results]),
    }
    return out


def yesno_figures(results: list[QuestionResult]) -> dict:
    """Yes/no figures (eval.verdicts): BioASQ macro F1 and coverage over the gold yes/no questions, accuracy
    over the answers with a verdict, and, where gold has 'maybe' (PubMedQA), the three-class macro F1."""
    source = verdicts.choose_source(r.verdict for r in results)
    labelled = [(r, verdicts.label(r.verdict, r.yesno_read, source)) for r in results if r.yesno_gold]
    yesno = [(r, p) for r, p in labelled if r.yesno_gold in verdicts.YESNO]
    decided = [(r, p) for r, p in yesno if p in verdicts.YESNO]
    has_maybe = any(r.yesno_gold == "maybe" for r, _ in labelled)
    pairs = [(r.yesno_gold, p) for r, p in yesno]
    return {
        "yesno_questions": len(yesno),
        "yesno_verdict_source": source,
        "yesno_macro_f1": _round(verdicts.macro_f1(pairs)),
        "yesno_macro_f1_always_yes": _round(verdicts.macro_f1([(g, "yes") for g, _ in pairs])),
        # The rule reading whatever the source: the same measuring stick before and after the verdict field.
        "yesno_macro_f1_rule_reading": _round(verdicts.macro_f1(
            [(r.yesno_gold, verdicts.label(None, r.yesno_read, "eval.yesno")) for r, _ in yesno])),
        "yesno_coverage": _ratio(len(decided), len(yesno)),
        "yesno_accuracy": _ratio(sum(1 for r, p in decided if p == r.yesno_gold), len(decided)),
        "yesno_majority_baseline": _majority([r for r, _ in decided]),
        # Undecided read as "no" ("insufficient evidence to recommend" ~ "no"), over every yes/no question.
        "yesno_accuracy_undecided_as_no": _ratio(sum(1 for r, p in yesno if (p or "no") == r.yesno_gold),
                                                 len(yesno)),
        "yesno_maybe_excluded": sum(1 for r, _ in labelled if r.yesno_gold == "maybe"),
        "yesno_maybe_macro_f1": _round(verdicts.macro_f1([(r.yesno_gold, p) for r, p in labelled],
                                                         verdicts.YESNO_MAYBE)) if has_maybe else None,
        "yesno_verdicts": dict(Counter(p or "none" for _, p in labelled)),
        "yesno_read": dict(Counter(r.yesno_read or "undecided" for r, _ in yesno)),
    }


def exact_answer_figures(results: list[QuestionResult]) -> dict:
    """BioASQ factoid and list figures (eval.exact_answers); None where the set has no such question."""
    factoid = [r for r in results if r.factoid_in_bottom_line is not None]
    lists = [r for r in results if r.list_items]
    items = sum(r.list_items for r in lists)
    return {
        "factoid_questions": len(factoid),
        "factoid_in_bottom_line": _ratio(sum(1 for r in factoid if r.factoid_in_bottom_line), len(factoid)),
        "factoid_in_answer": _ratio(sum(1 for r in factoid if r.factoid_in_answer), len(factoid)),
        "list_questions": len(lists),
        "list_items": items,
        "list_recall": _ratio(sum(r.list_found for r in lists), items),
    }


def statement_figures(results: list[QuestionResult]) -> dict:
    """Source-statement figures: gold-snippet precision, dangling quotes, false claims of insufficiency."""
    with_snippets = [r for r in results if r.snippet_matches is not None]
    checked = sum(r.citations.source_statements for r in with_snippets)
    sources = sum(r.citations.source_statements for r in results)
    dangling = sum(len(r.dangling) for r in results)
    false_claims = sum(1 for r in with_snippets if r.false_insufficient)
    return {
        "snippet_precision": _ratio(sum(r.snippet_matches or 0 for r in with_snippets), checked),
        "snippet_statements": checked,
        "snippet_questions": len(with_snippets),
        "dangling_statements": dangling,
        "dangling_statements_share": _ratio(dangling, sources),
        "false_insufficient": _ratio(false_claims, len(with_snippets)),
        "false_insufficient_answers": false_claims,
        "insufficient_bottom_lines": _ratio(sum(1 for r in results if r.says_insufficient), len(results)),
        "cites_gold_snippet": _ratio(sum(1 for r in with_snippets if r.cites_gold_snippet), len(with_snippets)),
    }


def row(result: QuestionResult) -> dict:
    """One question's result as a JSON-ready dict (for answers.jsonl)."""
    data = asdict(result)
    data["seconds"] = round(result.seconds, 3)
    data["rouge"] = {k: round(v, 4) for k, v in result.rouge.items()}
    data["false_insufficient"] = result.false_insufficient
    return data


def _majority(results: list[QuestionResult]) -> float | None:
    if not results:
        return None
    return round(Counter(r.yesno_gold for r in results).most_common(1)[0][1] / len(results), 4)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _ratio(num: int, den: int, empty: float | None = None) -> float | None:
    return round(num / den, 4) if den else empty


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None
