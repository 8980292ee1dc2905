"""Builds whose reading and embedding run as a Ray Data pipeline on a local Ray cluster (127.0.0.1, 2 CPUs):
the same index as a local build, and the same incremental reuse."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from index.build import build_index
from index.manifest import read_manifest
from index.search import open_index
from index.store import ChunkStore
from index.vectors import load_vectors
from tests.conftest import require_extra

require_extra("ray")

from index.ray_ingest import RayIngest  # noqa: E402

QUERIES = ["zebrafinch protocol", "warfarin vitamin K", "children with persistent wheeze", "kidney function",
           "blood thinner and leafy greens"]


@pytest.fixture(scope="module")
def cluster() -> RayIngest:
    """One local Ray cluster for the module (starting one takes seconds)."""
    with RayIngest(actors=2) as ray_cluster:
        yield ray_cluster


def _contents(index_dir: Path) -> tuple[list, np.ndarray, dict]:
    folder = index_dir.resolve()
    store = ChunkStore(folder / "store.sqlite")
    vectors = load_vectors(folder / "vectors.faiss", mmap=False)
    chunks = list(store.chunks(list(range(vectors.ntotal))).items())
    store.close()
    manifest = read_manifest(folder).__dict__.copy()
    for varying in ("built_at", "build_seconds"):
        manifest.pop(varying)
    return chunks, vectors.reconstruct_n(0, vectors.ntotal), manifest


def test_a_ray_build_is_the_same_index_as_a_local_build(cluster, embedder, corpus, tmp_path):
    local = build_index(corpus, tmp_path / "local", embedder=embedder)
    remote = build_index(corpus, tmp_path / "ray", embedder=embedder, runner=cluster.runner)
    assert (remote.documents, remote.chunks, remote.embedded) == (local.documents, local.chunks, local.embedded)
    local_chunks, local_vectors, local_manifest = _contents(tmp_path / "local")
    ray_chunks, ray_vectors, ray_manifest = _contents(tmp_path / "ray")
    assert ray_chunks == local_chunks
    assert ray_manifest == local_manifest
    np.testing.assert_allclose(ray_vectors, local_vectors, atol=1e-5)
    a, b = open_index(tmp_path / "local", embedder=embedder), open_index(tmp_path / "ray", embedder=embedder)
    for query in QUERIES:
        assert [h.chunk.id for h in b.search(query, k=5)] == [h.chunk.id for h in a.search(query, k=5)]
    a.close(), b.close()


def test_an_incremental_ray_build_reuses_unchanged_documents_vectors(cluster, embedder, corpus, tmp_path):
    target = tmp_path / "index"
    first = build_index(corpus, target, embedder=embedder, runner=cluster.runner)
    before = _by_chunk_id(target)
    (corpus / "asthma.md").write_text((corpus / "asthma.md").read_text() + "\nA peak-flow diary helps.\n")
    second = build_index(corpus, target, embedder=embedder, runner=cluster.runner)
    assert second.reused == first.chunks - 1 and second.embedded == 1
    after = _by_chunk_id(target)
    assert after.keys() == before.keys()
    # Reused vectors are the stored ones, bit for bit; only the changed document was embedded again.
    for chunk_id, vector in after.items():
        assert np.array_equal(vector, before[chunk_id]) == (not chunk_id.startswith("asthma#")), chunk_id


def _by_chunk_id(index_dir: Path) -> dict[str, np.ndarray]:
    chunks, vectors, _ = _contents(index_dir)
    return {chunk.id: vectors[row] for row, chunk in chunks}


def test_the_cli_builds_with_ray(cluster, embedder, corpus, tmp_path, monkeypatch):
    from service.cli import app

    monkeypatch.delenv("MEDCITE_INDEX", raising=False)
    result = CliRunner().invoke(app, ["index", "build", str(corpus), "--index", str(tmp_path / "index"), "--ray",
                                      "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[-1])["chunks"] > 0
    assert open_index(tmp_path / "index", embedder=embedder).search("zebrafinch protocol", k=1)[0].document.id == "shockwave"


def test_a_ray_read_applies_pubmed_updates_as_a_local_read_does(cluster, tmp_path):
    """Files are read in parallel Ray tasks but merged in name order by the same CorpusMerge as a local
    read: a later record revises a citation, a DeleteCitation withdraws one, a duplicate id is skipped."""
    from ingest.corpus import read_corpus
    from tests.pubmed_xml import write, write_baseline_and_update

    write_baseline_and_update(tmp_path)
    write(tmp_path / "z-note.md", "---\nid: \"1\"\n---\nA note that reuses an id.\n")

    local = read_corpus(tmp_path)
    seen: list[str] = []
    remote = cluster.read(tmp_path, lambda path: seen.append(path.name))

    assert [(d.id, d.title) for d in remote.documents] == [("1", "Kept"), ("2", "Revised title")]
    assert remote.deleted == ["3"] and [s.path for s in remote.skipped] == ["z-note.md"]
    assert (remote.documents, remote.deleted, remote.skipped) == (local.documents, local.deleted, local.skipped)
    assert sorted(seen) == ["pubmed26n0001.xml.gz", "pubmed26n0002.xml.gz", "z-note.md"]
