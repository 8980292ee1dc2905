"""Benchmark of the stale check after a rebuild, on many stored answers.

``medcite-eval stale-bench prepare --workdir DIR --answers 10000`` copies the default corpus, builds its
index, answers the built-in clinical questions for real and stores ``--answers`` answers made from them
(each with its own question text: the template's question plus a case number, so no two are alike; a
quarter approved), then changes one cited document, removes another, adds a new one on vitamin K2 and
tendon calcification, and rebuilds. ``medcite-eval stale-bench check --workdir DIR`` then runs the stale
check of that rebuild in a fresh process and prints one JSON line: seconds, what it marked, how many
questions it searched, and memory (peak RSS growth of the process during the check, and the tracemalloc
peak of Python objects in a second, traced run on a copy of the database).
"""
from __future__ import annotations

import json
import os
import shutil
import threading
import time
import tracemalloc
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from eval.bench_questions import BUILTIN_QUESTIONS
from index.build import build_index
from index.search import open_index
from service.answer.pipeline import answer_question
from service.settings import REPO_CORPUS
from service.staleness import StaleSettings, check_after_rebuild
from service.store import AnswerStore

# A cited guideline changes, another is withdrawn, and a new trial appears on the topic of the reference
# question (whose answers cite neither of the other two, so they go through the new-source search).
CHANGED = "hypertension-first-line-drugs.md"
REMOVED = "community-acquired-pneumonia-antibiotics.md"
ADDED = ("---\nid: bench-vitk2-tendon-trial\ntitle: A benchmark trial of vitamin K2 for tendon calcification\n"
         "type: research\nsource: medcite benchmark\nyear: 2026\n---\n\n# Results\n\n"
         "In this randomized trial, vitamin K2 was compared with placebo for tendon calcification of the shoulder. "
         "Vitamin K2 did not reduce tendon calcification on ultrasound after one year.\n")


def prepare(workdir: Path, answers: int) -> dict:
    """Build the old index, store ``answers`` answers, change the corpus and rebuild; what was made."""
    workdir.mkdir(parents=True, exist_ok=True)
    corpus, index_dir, db = workdir / "corpus", workdir / "index", workdir / "answers.sqlite"
    for path in (corpus, db):
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
    shutil.copytree(REPO_CORPUS, corpus)
    build_index(corpus, index_dir)
    old = open_index(index_dir)
    (workdir / "old_manifest.json").write_text(json.dumps({"version": old.version,
                                                           "documents": old.manifest.documents}))
    templates = [answer_question(old, q) for q in BUILTIN_QUESTIONS]
    store = AnswerStore(db)
    start = datetime.now(timezone.utc) - timedelta(days=30)
    for i in range(answers):
        template = templates[i % len(templates)]
        moment = start + timedelta(seconds=i)
        answer = template.model_copy(update={"id": uuid.uuid4().hex, "question": f"{template.question} (case {i})",
                                             "created_at": moment, "updated_at": moment})
        store.save(answer)
        if i % 4 == 0:
            store.set_review(answer.id, "under_review", reviewer="bench")
            store.set_review(answer.id, "approved", reviewer="bench")
    changed = corpus / CHANGED
    changed.write_text(changed.read_text() + "\nA sentence added for the stale benchmark.\n")
    (corpus / REMOVED).unlink()
    (corpus / "bench-vitk2-tendon-trial.md").write_text(ADDED)
    report = build_index(corpus, index_dir, embedder=old.embedder)
    return {"answers": answers, "templates": len(templates), "old_version": old.version,
            "rebuild_seconds": report.seconds, "embedded": report.embedded}


def check(workdir: Path, max_searches: int, budget_s: float) -> dict:
    """Run the stale check of the prepared rebuild; seconds, marks and memory."""
    old = json.loads((workdir / "old_manifest.json").read_text())
    new = open_index(workdir / "index")
    settings = StaleSettings(max_searches=max_searches, budget_s=budget_s)
    # The check runs on copies, so the prepared database stays unmarked and the check can be repeated.
    run_db, traced_db = _copy_db(workdir, "run"), _copy_db(workdir, "traced")
    store = AnswerStore(run_db)
    new.embedder.encode(["warm up"])  # the model's first call is not the check's cost
    rss_before = _rss_mb()
    sampler = _PeakRss()
    started = time.perf_counter()
    report = check_after_rebuild(store, old["documents"], new, settings)
    seconds = time.perf_counter() - started
    rss_after = sampler.stop()
    tracemalloc.start()
    check_after_rebuild(AnswerStore(traced_db), old["documents"], new, settings)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    result = report.to_json()
    result.update(from_version=old["version"], wall_seconds=round(seconds, 2), rss_before_mb=round(rss_before),
                  peak_rss_growth_mb=round(rss_after - rss_before, 1),
                  python_peak_mb=round(traced_peak / 2**20, 1), max_searches=max_searches)
    result.pop("examples", None)
    return result


def _copy_db(workdir: Path, name: str) -> Path:
    target = workdir / f"answers-{name}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        source, copy = Path(f"{workdir / 'answers.sqlite'}{suffix}"), Path(f"{target}{suffix}")
        if source.exists():
            shutil.copyfile(source, copy)
        elif copy.exists():
            copy.unlink()
    return target


def _rss_mb() -> float:
    """The process's resident memory now (Linux /proc), in MB."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


class _PeakRss:
    """The highest resident memory seen, sampled every 10 ms in a thread until ``stop()``."""

    def __init__(self) -> None:
        self.peak = _rss_mb()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._done.wait(0.01):
            self.peak = max(self.peak, _rss_mb())

    def stop(self) -> float:
        self._done.set()
        self._thread.join()
        return max(self.peak, _rss_mb())
