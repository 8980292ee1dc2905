"""manifest.json: what an index directory holds and which model made it; checked on every load."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import NotRequired, TypedDict

from index.errors import IndexFormatError

# 2: chunks carry the grades of guideline recommendations (a column an index of version 1 lacks).
FORMAT_VERSION = 2
MANIFEST = "manifest.json"


class ModelRecord(TypedDict):
    """The embedder an index was built with: a query embedder must have the same fingerprint."""

    name: str
    path: str
    fingerprint: str
    dimension: int


class VectorsRecord(TypedDict):
    """How the vectors are searched."""

    kind: str  # flat | hnsw (index.vectors.index_kind) | milvus-hnsw
    exact_max: NotRequired[int]  # local builds: the chunk count up to which search is exact
    bm25: NotRequired[dict[str, float]]  # Milvus builds: k1, b and the tokenizer version of the server's BM25


@dataclass
class Manifest:
    """The self-description of one built index."""

    format_version: int
    model: ModelRecord
    chunking: dict[str, int]  # ingest.chunking.ChunkingParams as a dict: max_tokens, overlap_sentences
    counts: dict[str, int]  # documents, chunks (and sentences, in local builds)
    vectors: VectorsRecord
    built_at: str
    build_seconds: float
    documents: dict[str, str] = field(default_factory=dict)  # doc id -> sha256

    def write(self, folder: Path) -> None:
        """Write manifest.json into ``folder``."""
        (folder / MANIFEST).write_text(json.dumps(asdict(self), indent=1, sort_keys=True))


def read_reusable_manifest(folder: Path) -> Manifest:
    """A manifest of this or an older format version, for an incremental build that reuses its vectors
    (chunks are cut anew, so an older layout lends its embeddings instead of forcing a full re-embed)."""
    try:
        data = json.loads((folder / MANIFEST).read_text())
        version = int(data["format_version"])
        data["format_version"] = FORMAT_VERSION
        manifest = Manifest(**{k: data[k] for k in Manifest.__dataclass_fields__})
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise IndexFormatError(f"no reusable manifest in {folder}: {exc}") from None
    if version > FORMAT_VERSION:  # a newer layout this code does not know: nothing is taken from it
        raise IndexFormatError(f"index format version {version} in {folder} is newer than {FORMAT_VERSION}")
    return manifest


def read_manifest(folder: Path) -> Manifest:
    """Read and check a manifest; a missing, damaged or foreign-version one is an IndexFormatError."""
    path = folder / MANIFEST
    try:
        data = json.loads(path.read_text())
    except FileNotFoundError:
        raise IndexFormatError(f"not a medcite index (no {MANIFEST} in {folder})") from None
    except (OSError, ValueError) as exc:
        raise IndexFormatError(f"damaged {MANIFEST} in {folder}: {exc}") from None
    version = data.get("format_version") if isinstance(data, dict) else None
    if version != FORMAT_VERSION:
        raise IndexFormatError(
            f"index format version {version} in {folder} is not supported (this medcite reads version "
            f"{FORMAT_VERSION}); rebuild it with `medcite index build`"
        )
    try:
        return Manifest(**{k: data[k] for k in Manifest.__dataclass_fields__})
    except KeyError as exc:
        raise IndexFormatError(f"damaged {MANIFEST} in {folder}: missing {exc}") from None
