"""Abstention: does medcite say it has no (or only insufficient) evidence once the evidence is gone?

A deterministic sample of questions loses all its gold documents: ONE reduced index is built from
the data set's cached index (its current version copied, then rebuilt incrementally from a corpus
without those documents, so every other document keeps its embedding). The sample's answers on the
reduced index are counted as abstaining or not; the same count on the full index is the control.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from eval.datasets import Dataset, Query
from index.build import Progress, build_index
from index.embedder import Embedder
from index.location import current_version, versions_dir
from index.manifest import read_manifest
from ingest.chunking import ChunkingParams
from ingest.text import decode_text
from service.answer.models import Answer

ABSTAINING_LEVELS = ("none", "indirect")
_SAYS_NO_EVIDENCE = re.compile(r"\b(insufficient evidence|no relevant evidence|no evidence|"
                               r"no source was found that addresses)\b", re.I)


@dataclass(frozen=True)
class ReducedIndex:
    """The index without the sample's gold documents."""

    path: Path
    removed: frozenset[str]  # doc ids taken out of the corpus
    built_now: bool
    seconds: float = 0.0


def abstains(answer: Answer) -> bool:
    """The answer says there is no or insufficient evidence (level none/indirect, or its bottom line says so)."""
    return answer.evidence.level in ABSTAINING_LEVELS or bool(_SAYS_NO_EVIDENCE.search(answer.bottom_line.text))


def sample_questions(data: Dataset, n: int) -> list[Query]:
    """``n`` questions with at least one gold document, in a fixed order (sha256 of the query id), so the
    sample does not depend on file order and is the same on every run."""
    judged = [q for q in data.queries if gold_documents(data, q.id)]
    judged.sort(key=lambda q: hashlib.sha256(q.id.encode("utf-8")).hexdigest())
    return judged[:max(0, n)]


def reduced_workdir(cache_dir: Path, index_dir: Path, data: Dataset, sample_size: int) -> Path:
    """Where the reduced index of ``data``'s abstention sample lives: one per question set and sample size
    (a half removes other gold documents than the whole set)."""
    part = f"-{data.split.split('/', 1)[1]}" if "/" in data.split else ""
    return Path(cache_dir) / f"{Path(index_dir).parent.name}-abstain{part}-{sample_size}"


def gold_documents(data: Dataset, query_id: str) -> set[str]:
    """Documents judged relevant (grade > 0) for a query."""
    return {doc for doc, grade in data.qrels.get(query_id, {}).items() if grade > 0}


def write_reduced_corpus(corpus_file: Path, remove: set[str], target: Path) -> int:
    """Copy a BEIR corpus without the records whose ``_id`` is in ``remove``; returns how many were removed.

    Kept lines are copied byte for byte so their content hashes, and hence their embeddings, carry over.
    """
    kept, removed = [], 0
    for line in decode_text(Path(corpus_file).read_bytes()).splitlines():
        if not line.strip():
            continue
        try:
            doc_id = str(json.loads(line).get("_id"))
        except (ValueError, AttributeError):
            doc_id = None
        if doc_id in remove:
            removed += 1
            continue
        kept.append(line)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return removed


def reduced_index(base_index: Path, corpus_file: Path, remove: set[str], workdir: Path, embedder: Embedder,
                  params: ChunkingParams = ChunkingParams(), progress: Progress | None = None) -> ReducedIndex:
    """The index of ``corpus_file`` without ``remove``, in ``workdir`` (reused when it was built from the
    same base version for the same documents).

    The base index's current version is copied under the new index's versions folder and the new path
    points at it, so ``build_index`` treats it as the previous version: unchanged documents keep their
    vectors and only the removed ones disappear.
    """
    started = time.perf_counter()
    base_version = current_version(Path(base_index))
    stamp = {"base": base_version.name, "base_build": read_manifest(base_version).built_at,
             "removed": sorted(remove)}
    workdir = Path(workdir)
    target, stamp_file = workdir / "index", workdir / "reduced.json"
    if target.exists() and _read_json(stamp_file) == stamp:
        return ReducedIndex(path=target, removed=frozenset(remove), built_now=False)
    if workdir.exists():
        shutil.rmtree(workdir)
    versions = versions_dir(target)
    versions.mkdir(parents=True)
    shutil.copytree(base_version, versions / base_version.name)
    target.symlink_to(Path(versions.name) / base_version.name)
    write_reduced_corpus(corpus_file, remove, workdir / "corpus" / "corpus.jsonl")
    build_index(workdir / "corpus", target, params=params, progress=progress, embedder=embedder)
    # The copied base version only served as the previous build; the reduced version stands alone.
    shutil.rmtree(versions / base_version.name, ignore_errors=True)
    stamp_file.write_text(json.dumps(stamp))
    return ReducedIndex(path=target, removed=frozenset(remove), built_now=True,
                        seconds=time.perf_counter() - started)


def _read_json(path: Path) -> object:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None
