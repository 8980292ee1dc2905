"""Answer quality on a BEIR-layout data set with reference answers (BioASQ, PubMedQA).

Per question: are the quoted statements really in the passages they cite (citation validity) and are the
references numbered in order of first citation; is a gold document among the references (evidence
recall); how close are the quoted statements to the reference answer (ROUGE-2 F); and, for yes/no
questions, does the answer read as the right verdict (see eval.yesno). Abstention is measured in
eval.abstention; this module only aggregates it.
"""
from __future__ import annotations

import statistics
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Callable

from rouge_score import rouge_scorer

from eval.abstention import abstains, gold_documents
from eval.datasets import Answer as GoldAnswer
from eval.datasets import Dataset, Query
from eval.yesno import gold_yesno, read_yesno
from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.models import Answer

ROUGE_VARIANTS = ("source", "lead", "baseline_top_passage")  # "source" is the headline
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
    yesno_read: str | None = None
    yesno_rule: str | None = None
    abstained: bool = False
    bottom_line: str = ""
    source_text: str = ""


def normalize(text: str) -> str:
    """Whitespace collapsed to single spaces: the comparison citation validity uses."""
    return " ".join(text.split())


def check_citations(answer: Answer) -> CitationCheck:
    """Every source statement must stand verbatim (whitespace aside) in a passage of a reference it
    cites; references must be numbered 1..N in order of first citation, and every citation must exist."""
    refs = {r.n: [normalize(p.text) for p in r.passages] for r in answer.references}
    statements = [s for sec in answer.sections for s in sec.statements]
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
    return " ".join(s.text for sec in answer.sections for s in sec.statements if s.origin == "source")


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
                 "baseline_top_passage": rouge2_f(top_passage_text(index, query.text), refs)}
    truth = gold_yesno(gold.type, gold.exact_answer, gold.decision) if gold else None
    reading = read_yesno(answer) if truth else None
    return QuestionResult(
        id=query.id, question=query.text, seconds=seconds, level=answer.evidence.level,
        question_type=answer.question_type, references=cited, citations=check_citations(answer),
        gold_docs=len(gold_docs), gold_cited=bool(gold_docs & set(cited)) if gold_docs else None,
        rouge=rouge, yesno_gold=truth, yesno_read=reading.verdict if reading else None,
        yesno_rule=reading.rule if reading else None, abstained=abstains(answer),
        bottom_line=answer.bottom_line.text, source_text=source_text(answer),
    ), answer


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
    yesno = [r for r in results if r.yesno_gold in ("yes", "no")]
    readable = [r for r in yesno if r.yesno_read is not None]
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
        "rouge_questions": len(scored),
        "yesno_questions": len(yesno),
        "yesno_maybe_excluded": sum(1 for r in results if r.yesno_gold == "maybe"),
        "yesno_accuracy": _ratio(sum(1 for r in readable if r.yesno_read == r.yesno_gold), len(readable)),
        "yesno_coverage": _ratio(len(readable), len(yesno)),
        # Undecided read as "no" ("insufficient evidence to recommend" ~ "no"), over every yes/no question.
        "yesno_accuracy_undecided_as_no": _ratio(
            sum(1 for r in yesno if (r.yesno_read or "no") == r.yesno_gold), len(yesno)),
        "yesno_majority_baseline": _majority(readable),
        "yesno_read": dict(Counter(r.yesno_read or "undecided" for r in yesno)),
        "abstained_share": _ratio(sum(1 for r in results if r.abstained), len(results)),
        "levels": dict(sorted(Counter(r.level for r in results).items())),
        "question_types": dict(sorted(Counter(r.question_type for r in results).items())),
        "latency_p50": round(statistics.median(seconds), 3) if seconds else None,
        "latency_p90": round(seconds[min(len(seconds) - 1, int(0.9 * len(seconds)))], 3) if seconds else None,
        "references_mean": _mean([len(r.references) for r in results]),
    }
    return out


def row(result: QuestionResult) -> dict:
    """One question's result as a JSON-ready dict (for answers.jsonl)."""
    data = asdict(result)
    data["seconds"] = round(result.seconds, 3)
    data["rouge"] = {k: round(v, 4) for k, v in result.rouge.items()}
    return data


def _majority(results: list[QuestionResult]) -> float | None:
    if not results:
        return None
    return round(Counter(r.yesno_gold for r in results).most_common(1)[0][1] / len(results), 4)


def _ratio(num: int, den: int, empty: float | None = None) -> float | None:
    return round(num / den, 4) if den else empty


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None
