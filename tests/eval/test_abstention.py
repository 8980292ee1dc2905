"""Abstention: the reduced index loses exactly the gold documents, keeps every other vector, and the
answers on it are counted as abstaining when they say there is no or insufficient evidence."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from eval.abstention import abstains, gold_documents, reduced_index, sample_questions, write_reduced_corpus
from eval.cache import cached_index
from eval.datasets import load_dataset
from index.embedder import load_embedder
from index.search import open_index
from service.answer.pipeline import answer_question
from service.answer.models import Answer, BottomLine, Evidence
from service.answer.phrasing import NO_EVIDENCE

DOCS = {
    "met1": ("Metformin in type 2 diabetes", "In a randomized trial, metformin reduced HbA1c by 1.1 percent "
             "compared with placebo in adults with type 2 diabetes."),
    "met2": ("Metformin and weight", "Metformin use was associated with modest weight loss in adults with "
             "type 2 diabetes in a cohort study."),
    "statin": ("Statins for cardiovascular prevention", "Statins reduced major cardiovascular events by 25 "
               "percent in a meta-analysis of randomized trials."),
    "asthma": ("Inhaled corticosteroids in asthma", "Inhaled corticosteroids reduce exacerbations in persistent "
               "asthma in randomized trials."),
    "gout": ("Allopurinol in gout", "Allopurinol lowers serum urate and prevents gout flares over time."),
}
QRELS = {"q1": {"met1": 1, "met2": 1}, "q2": {"statin": 1}, "q3": {"asthma": 0}}
QUERIES = {"q1": "Is metformin effective for type 2 diabetes?", "q2": "Do statins prevent cardiovascular events?",
           "q3": "Do inhaled corticosteroids reduce asthma exacerbations?"}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):
    """The tiny data set, its cached index and the embedder (the module's only full index)."""
    root = tmp_path_factory.mktemp("abstention")
    data_dir = root / "tiny"
    (data_dir / "qrels").mkdir(parents=True)
    (data_dir / "corpus.jsonl").write_text("".join(
        json.dumps({"_id": i, "title": t, "text": x}) + "\n" for i, (t, x) in DOCS.items()))
    (data_dir / "queries.jsonl").write_text("".join(
        json.dumps({"_id": q, "text": t}) + "\n" for q, t in QUERIES.items()))
    (data_dir / "qrels" / "test.tsv").write_text("query-id\tcorpus-id\tscore\n" + "".join(
        f"{q}\t{d}\t{g}\n" for q, docs in QRELS.items() for d, g in docs.items()))
    data = load_dataset(data_dir)
    embedder = load_embedder(None)
    index_dir, _ = cached_index(data.corpus_path, data.name, root / "cache", embedder)
    return data, index_dir, embedder, root


def test_the_sample_is_fixed_and_only_holds_questions_with_gold_documents(world) -> None:
    data = world[0]
    sample = sample_questions(data, 5)
    assert sorted(q.id for q in sample) == ["q1", "q2"]  # q3 has only a 0-graded judgement
    assert [q.id for q in sample_questions(data, 5)] == [q.id for q in sample]
    assert len(sample_questions(data, 1)) == 1
    assert gold_documents(data, "q1") == {"met1", "met2"}


def test_the_reduced_corpus_drops_exactly_the_gold_lines_and_keeps_the_rest_byte_for_byte(world, tmp_path) -> None:
    data = world[0]
    target = tmp_path / "corpus.jsonl"
    assert write_reduced_corpus(data.corpus_path, {"met1", "met2"}, target) == 2
    kept = target.read_text().splitlines()
    original = data.corpus_path.read_text().splitlines()
    assert kept == [line for line in original if json.loads(line)["_id"] not in {"met1", "met2"}]


def test_the_reduced_index_has_no_chunk_of_the_removed_documents_and_reuses_every_vector(world) -> None:
    data, index_dir, embedder, root = world
    stages: list[str] = []
    removed = {"met1", "met2"}
    reduced = reduced_index(index_dir, data.corpus_path, removed, root / "reduced", embedder,
                            progress=lambda stage, done, total: stages.append(stage))
    assert reduced.built_now and "embed" not in stages  # nothing new to embed
    small = open_index(reduced.path, embedder=embedder)
    try:
        assert set(small.manifest.documents) == set(DOCS) - removed
        for mode in ("bm25", "dense", "hybrid"):
            hits = small.search("metformin type 2 diabetes HbA1c", k=10, mode=mode)
            assert not {h.document.id for h in hits} & removed
        assert {h.document.id for h in small.search("metformin", k=10, mode="dense")} == set(DOCS) - removed
        # With its evidence gone, the metformin question gets no answer dressed up from other sources.
        assert abstains(answer_question(small, QUERIES["q1"]))
    finally:
        small.close()
    full = open_index(index_dir, embedder=embedder)
    try:
        assert set(full.manifest.documents) == set(DOCS)  # the cached index is untouched
        assert not abstains(answer_question(full, QUERIES["q1"]))
    finally:
        full.close()
    again = reduced_index(index_dir, data.corpus_path, removed, root / "reduced", embedder)
    assert not again.built_now


def _answer(level: str, bottom: str) -> Answer:
    now = datetime.now(timezone.utc)
    return Answer(id="a", question="q", title="t", bottom_line=BottomLine(text=bottom), sections=[], references=[],
                  evidence=Evidence(level=level), disclaimer="", created_at=now, updated_at=now, index_version="v")


@pytest.mark.parametrize("level, bottom, expected", [
    ("none", NO_EVIDENCE, True),
    ("indirect", "There is insufficient evidence to recommend X for Y.", True),
    ("indirect", "No source was found that addresses X directly.", True),
    ("limited", "Evidence from 1 source addresses X; medcite rates this evidence as limited.", False),
    ("moderate", "Evidence from 2 sources addresses X.", False),
])
def test_abstaining_answers_are_counted(level: str, bottom: str, expected: bool) -> None:
    assert abstains(_answer(level, bottom)) is expected


def test_the_check_is_trained_on_each_question_with_and_without_its_gold_documents(world) -> None:
    from eval.abstention_cli import abstention_rows, sliced_rows

    data, index_dir, embedder, root = world
    full = open_index(index_dir, embedder=embedder)
    try:
        rows = abstention_rows(data, full, index_dir, root / "cache", embedder, 2)
        # Both questions asked of both indexes; only answers that look direct give a row, and the
        # metformin question looks direct with its trial there and not without it.
        assert rows.questions == {0: 2, 1: 2}
        assert len(rows.x) == len(rows.y) == len(rows.group) and rows.y.count(1) >= 1
        assert ("q1", 1) in zip(rows.group, rows.y) and ("q1", 0) not in zip(rows.group, rows.y)
        assert (root / "cache" / f"{index_dir.parent.name}-abstain-2" / "reduced.json").exists()
        # In slices of one, each question loses only its own gold documents (a reduced index per slice).
        sliced = sliced_rows(data, full, index_dir, root / "cache", embedder, 1)
        assert sliced.questions == {0: 2, 1: 2}
        assert (root / "cache" / f"{index_dir.parent.name}-abstain-1-from-1" / "reduced.json").exists()
    finally:
        full.close()
