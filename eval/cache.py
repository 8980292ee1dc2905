"""A cache of indexes built from evaluation corpora, so a second run of the same evaluation skips the
embedding (minutes on two cores) and goes straight to the queries.

An entry is one medcite index directory, named by the *embedding key*: the corpus bytes, the chunking (its
parameters and the sentence splitter's code), the passage text format, the model fingerprint and the index
format version, i.e. everything the vectors depend on. Beside it a stamp file holds the *full key*, which
adds the lexical settings (BM25 parameters and tokenizer). A change of the full key alone rebuilds in place
and the incremental build keeps every vector; a change of the embedding key starts a new entry.
"""
from __future__ import annotations

import hashlib
import inspect
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from types import ModuleType

from index import lexical, passages
from index import lexicon as lexicon_module
from index.build import Progress, build_index
from index.embedder import Embedder
from index.manifest import FORMAT_VERSION
from index.vectors import EXACT_MAX
from ingest import abbreviations, chunking, kinds, sentences
from ingest.chunking import ChunkingParams
from service.settings import load_settings

KEY_FORMAT = 2  # bump when the meaning of the key changes


@dataclass(frozen=True)
class CacheKey:
    """The two keys of a cached index and the settings they were computed from."""

    embedding: str
    full: str
    settings: dict

    @property
    def stamp(self) -> str:
        """The stamp file's content: the full key and what it is made of, readable by a person."""
        return json.dumps({"key": self.full, "embedding_key": self.embedding, **self.settings},
                          indent=1, sort_keys=True)


def default_cache_dir() -> Path:
    """The cache of the settings (``MEDCITE_EVAL_CACHE_DIR``, else ``$XDG_CACHE_HOME/medcite/eval``, else
    ``~/.cache/medcite/eval``): where ``--cache-dir`` points when it is not given."""
    return load_settings().eval_cache_dir.expanduser()


def file_digest(path: Path) -> str:
    """sha256 of a file's bytes."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def lexical_settings() -> dict:
    """The BM25 and tokenizer settings an index build uses, with a digest of the code that applies them."""
    return {"k1": lexical.BM25_K1, "b": lexical.BM25_B, "tokenizer": lexical.TOKENIZER_VERSION,
            "code": _source_digest(lexical)}


def passage_settings() -> dict:
    """The passage text format (title and heading weighting) that both retrievers index."""
    return {"version": passages.PASSAGE_VERSION, "code": _source_digest(passages)}


def chunking_settings(params: ChunkingParams, splitter: str | None = None) -> dict:
    """How the corpus is cut: the chunking parameters and digests of the sentence splitter's and the chunker's
    code (they decide every chunk's text, so a change to either must rebuild the index, not reuse it)."""
    return {**asdict(params), "sentences": splitter if splitter is not None else _source_digest(sentences),
            "chunker": _source_digest(chunking)}


def cache_key(corpus_file: Path, params: ChunkingParams, model_fingerprint: str,
              lexical: dict | None = None, passage: dict | None = None,
              exact_max: int = EXACT_MAX, splitter: str | None = None) -> CacheKey:
    """The keys of the index built from ``corpus_file`` with these settings (see the module notes);
    ``splitter`` stands for the sentence splitter's code digest (default: the code's own)."""
    embedding_part = {
        "key_format": KEY_FORMAT, "corpus_sha256": file_digest(corpus_file),
        "chunking": chunking_settings(params, splitter), "model": model_fingerprint,
        "passage": passage if passage is not None else passage_settings(),
    }
    # A new index format rebuilds in place: the incremental build re-cuts chunks and keeps their vectors.
    full_part = {**embedding_part, "index_format": FORMAT_VERSION,
                 "lexical": lexical if lexical is not None else lexical_settings(), "exact_max": exact_max,
                 # the corpus lexicon files written beside the index, and the reader of the abbreviations they hold
                 "lexicon": _source_digest(lexicon_module), "abbreviations": _source_digest(abbreviations),
                 "kinds": _source_digest(kinds)}
    return CacheKey(embedding=_digest(embedding_part), full=_digest(full_part), settings=full_part)


def cached_index(corpus_file: Path, name: str, cache_dir: Path, embedder: Embedder,
                 params: ChunkingParams = ChunkingParams(), progress: Progress | None = None,
                 rebuild: bool = False) -> tuple[Path, bool]:
    """The index directory of ``corpus_file``, built with the project's own ``build_index`` unless the
    cache already holds it. Returns (index directory, whether it was built now)."""
    key = cache_key(corpus_file, params, embedder.fingerprint)
    entry = Path(cache_dir) / f"{name}-{key.embedding[:16]}"
    index_dir, stamp = entry / "index", entry / "key.json"
    if not rebuild and index_dir.exists() and _stamped_key(stamp) == key.full:
        return index_dir, False
    corpus_dir = entry / "corpus"
    corpus_dir.mkdir(parents=True, exist_ok=True)
    _link(corpus_file, corpus_dir / "corpus.jsonl")
    stamp.unlink(missing_ok=True)
    build_index(corpus_dir, index_dir, params=params, progress=progress, embedder=embedder)
    stamp.write_text(key.stamp)
    return index_dir, True


def _stamped_key(stamp: Path) -> str | None:
    try:
        return json.loads(stamp.read_text()).get("key")
    except (OSError, ValueError, AttributeError):
        return None


def _link(source: Path, target: Path) -> None:
    # The build reads a folder, and the data set folder holds other .jsonl files (queries, answers), so
    # the corpus gets a folder of its own; a symlink avoids a copy, a copy serves where links fail.
    source = Path(source).resolve()
    if target.is_symlink() or target.exists():
        if target.is_symlink() and target.resolve() == source:
            return
        target.unlink()
    try:
        target.symlink_to(source)
    except OSError:
        target.write_bytes(source.read_bytes())


def _source_digest(module: ModuleType) -> str:
    return hashlib.sha256(inspect.getsource(module).encode()).hexdigest()[:16]


def _digest(data: dict) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()
