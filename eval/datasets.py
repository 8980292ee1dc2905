"""Evaluation data sets in the BEIR layout: corpus, queries, graded judgements, and optional answers.

A data set folder holds ``corpus.jsonl`` (``_id``, ``title``, ``text``, ``metadata``), ``queries.jsonl``
(``_id``, ``text``), ``qrels/<split>.tsv`` (``query-id``, ``corpus-id``, ``score`` with a header line) and,
for BioASQ or PubMedQA, ``answers.jsonl``. The corpus file itself is read by ``ingest`` when the index is
built; here only its path and bytes matter.
"""
from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eval.errors import DatasetError

CORPUS = "corpus.jsonl"
QUERIES = "queries.jsonl"
ANSWERS = "answers.jsonl"
QRELS_DIR = "qrels"
HALVES = ("dev", "heldout")


@dataclass(frozen=True)
class Query:
    """One evaluation question."""

    id: str
    text: str


@dataclass(frozen=True)
class Answer:
    """Reference answer of one query: BioASQ (type, ideal/exact answers) or PubMedQA (decision, long answer)."""

    query_id: str
    type: str | None = None
    ideal_answer: tuple[str, ...] = ()
    exact_answer: object | None = None  # BioASQ: list of synonym lists, a "yes"/"no" string, or absent
    decision: str | None = None  # PubMedQA: yes | no | maybe
    long_answer: str | None = None
    snippets: tuple[str, ...] = ()  # BioASQ: the passages' sentences experts marked as answering the question


@dataclass(frozen=True)
class Dataset:
    """A loaded data set: the judged queries of one split, their qrels, and any reference answers."""

    name: str
    path: Path
    split: str
    queries: tuple[Query, ...]
    qrels: dict[str, dict[str, int]] = field(hash=False)  # query id -> doc id -> relevance grade
    answers: dict[str, Answer] = field(default_factory=dict, hash=False)

    @property
    def corpus_path(self) -> Path:
        """The BEIR corpus file, which is also a valid medcite corpus."""
        return self.path / CORPUS


def load_dataset(path: str | Path, split: str = "test", require_answers: bool = False) -> Dataset:
    """Load a BEIR-layout folder; only queries judged in ``split`` are kept (in file order).

    Raises DatasetError for a missing folder or file, a malformed line, or a split with no judged query.
    """
    root = Path(path).expanduser()
    if not root.exists():
        raise DatasetError(f"data set folder not found: {root}")
    if not root.is_dir():
        raise DatasetError(f"data set path is not a folder: {root}")
    corpus = root / CORPUS
    if not corpus.is_file():
        raise DatasetError(f"data set {root} has no {CORPUS}")
    qrels = load_qrels(root / QRELS_DIR / f"{split}.tsv")
    all_queries = load_queries(root / QUERIES)
    queries = tuple(q for q in all_queries if q.id in qrels)
    if not queries:
        raise DatasetError(f"no query of {root / QUERIES} is judged in split {split!r}")
    answers_file = root / ANSWERS
    if require_answers and not answers_file.is_file():
        raise DatasetError(f"data set {root} has no {ANSWERS}")
    answers = load_answers(answers_file) if answers_file.is_file() else {}
    known = {q.id for q in queries}
    return Dataset(name=root.resolve().name, path=root, split=split, queries=queries,
                   qrels={q: d for q, d in qrels.items() if q in known}, answers=answers)


def query_half(query_id: str) -> str:
    """The fixed half a query belongs to: ``dev`` (for tuning) or ``heldout`` (for reporting).

    Decided by the parity of the first byte of sha256(query id), so it never depends on file order.
    """
    return HALVES[hashlib.sha256(query_id.encode("utf-8")).digest()[0] & 1]


def select_half(data: Dataset, half: str) -> Dataset:
    """The data set restricted to one half of its queries (see query_half)."""
    if half not in HALVES:
        raise DatasetError(f"unknown half {half!r} (choose from {', '.join(HALVES)})")
    queries = tuple(q for q in data.queries if query_half(q.id) == half)
    keep = {q.id for q in queries}
    return Dataset(name=data.name, path=data.path, split=f"{data.split}/{half}", queries=queries,
                   qrels={q: d for q, d in data.qrels.items() if q in keep},
                   answers={q: a for q, a in data.answers.items() if q in keep})


def load_queries(path: Path) -> list[Query]:
    """Queries of a ``queries.jsonl`` file, in file order."""
    out = []
    for number, record in _jsonl(path):
        qid, text = record.get("_id"), record.get("text")
        if qid is None or not isinstance(text, str):
            raise DatasetError(f"{path}:{number}: a query needs '_id' and 'text'")
        out.append(Query(id=str(qid), text=text))
    return out


def load_qrels(path: Path) -> dict[str, dict[str, int]]:
    """Judgements of a ``qrels/<split>.tsv`` file: query id -> doc id -> grade (0-graded rows kept)."""
    if not path.is_file():
        raise DatasetError(f"qrels file not found: {path}")
    qrels: dict[str, dict[str, int]] = {}
    with path.open(newline="", encoding="utf-8") as fh:
        rows = csv.reader(fh, delimiter="\t")
        header = next(rows, None)
        if header is None or [h.strip() for h in header[:3]] != ["query-id", "corpus-id", "score"]:
            raise DatasetError(f"{path}: expected the header 'query-id<TAB>corpus-id<TAB>score'")
        for number, row in enumerate(rows, start=2):
            if not row or not any(cell.strip() for cell in row):
                continue
            if len(row) < 3:
                raise DatasetError(f"{path}:{number}: expected three tab-separated columns")
            try:
                grade = int(float(row[2]))
            except ValueError:
                raise DatasetError(f"{path}:{number}: score {row[2]!r} is not a number") from None
            qrels.setdefault(row[0].strip(), {})[row[1].strip()] = grade
    if not qrels:
        raise DatasetError(f"{path}: no judgements")
    return qrels


def load_answers(path: Path) -> dict[str, Answer]:
    """Reference answers of an ``answers.jsonl`` file, keyed by query id."""
    out: dict[str, Answer] = {}
    for number, record in _jsonl(path):
        qid = record.get("query-id")
        if qid is None:
            raise DatasetError(f"{path}:{number}: an answer needs 'query-id'")
        ideal = record.get("ideal_answer") or ()
        out[str(qid)] = Answer(
            query_id=str(qid), type=record.get("type"),
            ideal_answer=(ideal,) if isinstance(ideal, str) else tuple(str(a) for a in ideal),
            exact_answer=record.get("exact_answer"), decision=record.get("decision"),
            long_answer=record.get("long_answer"),
            snippets=_snippets(record.get("snippets"), path, number),
        )
    return out


def _snippets(value: object, path: Path, number: int) -> tuple[str, ...]:
    """Gold snippets as plain strings: a list of strings, or BioASQ's raw form (objects with a ``text``)."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise DatasetError(f"{path}:{number}: 'snippets' must be a list")
    out = []
    for item in value:
        text = item.get("text") if isinstance(item, dict) else item
        if not isinstance(text, str):
            raise DatasetError(f"{path}:{number}: a snippet must be a string or an object with 'text'")
        if text.strip():
            out.append(text)
    return tuple(out)


def _jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    if not path.is_file():
        raise DatasetError(f"file not found: {path}")
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DatasetError(f"{path}:{number}: invalid JSON ({exc.msg})") from None
            if not isinstance(record, dict):
                raise DatasetError(f"{path}:{number}: line is not a JSON object")
            yield number, record
