"""The manifest is checked on load: a foreign format version, a damaged index or another model is a clear error."""
from __future__ import annotations

import json
import shutil
from dataclasses import asdict
from pathlib import Path

import pytest

from index.build import build_index
from index.embedder import Embedder, default_model_path, load_embedder
from index.errors import IndexFormatError, IndexMissingError, ModelMismatchError
from index.manifest import FORMAT_VERSION, read_manifest
from index.search import open_index
from ingest.chunking import ChunkingParams


@pytest.fixture(scope="session")
def other_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the packaged model with one weight tensor nudged: a different model to the fingerprint."""
    from safetensors.torch import load_file, save_file

    import torch

    folder = tmp_path_factory.mktemp("models") / "minilm-perturbed"
    shutil.copytree(default_model_path(), folder)
    weights = load_file(folder / "model.safetensors")
    name = next(k for k in sorted(weights) if k.endswith("word_embeddings.weight"))
    generator = torch.Generator().manual_seed(0)
    weights[name] = weights[name] + 0.01 * torch.randn(weights[name].shape, generator=generator)
    save_file(weights, folder / "model.safetensors", metadata={"format": "pt"})
    return folder


@pytest.fixture
def built(corpus: Path, tmp_path: Path, embedder: Embedder) -> Path:
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, embedder=embedder)
    return index_dir


def _edit_manifest(index_dir: Path, change) -> None:
    path = index_dir.resolve() / "manifest.json"
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


def test_the_manifest_says_what_the_index_holds_and_which_model_made_it(built, embedder):
    data = json.loads((built / "manifest.json").read_text())  # plain JSON a person can read

    assert data["format_version"] == FORMAT_VERSION
    assert data["model"]["fingerprint"] == embedder.fingerprint
    assert data["model"]["dimension"] == 384
    assert data["model"]["name"] == embedder.name == "all-MiniLM-L6-v2-int8"  # the default embedder
    assert data["chunking"] == asdict(ChunkingParams())
    assert data["counts"]["documents"] == 6 and data["counts"]["chunks"] >= 6
    assert data["vectors"]["kind"] == "flat"
    assert len(data["documents"]) == 6 and all(len(h) == 64 for h in data["documents"].values())
    assert data["built_at"].endswith("Z")


@pytest.mark.parametrize("version", [FORMAT_VERSION + 1, 0, "1", None])
def test_a_foreign_format_version_is_an_index_format_error(built, version):
    _edit_manifest(built, lambda d: d.update(format_version=version))
    with pytest.raises(IndexFormatError, match="rebuild it with `medcite index build`"):
        open_index(built)


def test_a_damaged_manifest_is_an_index_format_error(built):
    (built.resolve() / "manifest.json").write_text('{"format_version": 1, "model": ')
    with pytest.raises(IndexFormatError, match="damaged manifest.json"):
        open_index(built)


def test_a_manifest_missing_a_field_is_an_index_format_error(built):
    _edit_manifest(built, lambda d: d.pop("counts"))
    with pytest.raises(IndexFormatError, match="missing 'counts'"):
        open_index(built)


def test_a_folder_without_a_manifest_is_not_an_index(built, tmp_path):
    (built.resolve() / "manifest.json").unlink()
    with pytest.raises(IndexFormatError, match="not a medcite index"):
        open_index(built)
    with pytest.raises(IndexMissingError):
        open_index(tmp_path / "never-built")


def test_damaged_index_files_are_an_index_format_error(built):
    (built.resolve() / "vectors.faiss").write_bytes(b"\x00" * 100)
    with pytest.raises(IndexFormatError, match="damaged index file vectors.faiss"):
        open_index(built)


def test_a_foreign_index_is_rebuilt_from_scratch(built, corpus, embedder):
    _edit_manifest(built, lambda d: d.update(format_version=FORMAT_VERSION + 1))
    report = build_index(corpus, built, embedder=embedder)
    assert report.reused == 0 and report.embedded == report.chunks
    assert read_manifest(built.resolve()).format_version == FORMAT_VERSION
    assert open_index(built).search("zebrafinch protocol", k=1)[0].document.id == "shockwave"


def test_other_chunking_parameters_re_embed_everything(built, corpus, embedder):
    report = build_index(corpus, built, embedder=embedder, params=ChunkingParams(max_tokens=40, overlap_sentences=0))
    assert report.reused == 0 and report.embedded == report.chunks
    assert read_manifest(built.resolve()).chunking == {"max_tokens": 40, "overlap_sentences": 0}


def test_loading_with_a_different_model_is_a_model_mismatch_error(built, corpus, embedder, other_model):
    other = load_embedder(other_model)
    assert other.fingerprint != embedder.fingerprint

    with pytest.raises(ModelMismatchError, match="rebuild it or pass the model it was built with"):
        open_index(built, model_path=other_model)
    with pytest.raises(ModelMismatchError):
        open_index(built, embedder=other)

    # Rebuilt with the other model, nothing is reused, and now the packaged model is the mismatch.
    report = build_index(corpus, built, embedder=other)
    assert report.reused == 0 and report.embedded == report.chunks
    assert open_index(built, model_path=other_model).manifest.model["fingerprint"] == other.fingerprint
    with pytest.raises(ModelMismatchError):
        open_index(built, embedder=embedder)


def test_an_older_format_lends_its_vectors_to_the_rebuild(built, corpus, embedder):
    """A format upgrade re-cuts the chunks (newer fields filled) but does not re-embed unchanged text."""
    _edit_manifest(built, lambda d: d.update(format_version=FORMAT_VERSION - 1))
    report = build_index(corpus, built, embedder=embedder)
    assert report.embedded == 0 and report.reused == report.chunks
