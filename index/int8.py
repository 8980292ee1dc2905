"""The int8 embedder, medcite's default: the packaged all-MiniLM-L6-v2 traced to one ONNX graph
(transformer + mean pooling + normalization) with its MatMul weights dynamically quantized to int8 per
channel by onnxruntime.

Its hybrid nDCG@10 on the shared BioASQ set is within 0.3 points of fp32 (BENCHMARKS.md, "int8 default"),
so ``load_embedder()`` without a model path loads it, exporting it once into a cache folder named by the
fp32 weights' fingerprint (the export is deterministic: every machine gets the same int8 fingerprint).
Naming a model folder (``--model``, ``MEDCITE_MODEL``) still loads that folder, the fp32 one included.
"""
from __future__ import annotations

import fcntl
import logging
import os
import shutil
import tempfile
import warnings
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from index.embedder import INT8_FILE, default_model_path, torch_model, weights_fingerprint
from index.errors import ModelLoadError

if TYPE_CHECKING:
    import torch


def default_int8_folder(cache: Path | None = None) -> Path:
    """The cache folder of the default int8 model (exported on first use by ``ensure_default_int8``)."""
    base = cache or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "medcite" / "models"
    return base / f"all-MiniLM-L6-v2-int8-{_fp32_fingerprint()}"


@lru_cache(maxsize=1)
def _fp32_fingerprint() -> str:
    return weights_fingerprint(default_model_path())


def ensure_default_int8(cache: Path | None = None) -> Path:
    """The default int8 model folder, exported there first if it is missing (one process exports, the
    others wait on a lock; the folder appears whole, by rename)."""
    folder = default_int8_folder(cache)
    if (folder / INT8_FILE).is_file():
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    with open(folder.parent / f".{folder.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / INT8_FILE).is_file():
            staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
            try:
                root, level = logging.getLogger(), logging.getLogger().level
                with warnings.catch_warnings():  # the tracer's and quantizer's notes are not the user's
                    warnings.simplefilter("ignore")
                    root.setLevel(max(level, logging.ERROR))
                    try:
                        export_int8(default_model_path(), staging)
                    finally:
                        root.setLevel(level)
                if folder.exists():  # a leftover without the graph: replaced whole
                    shutil.rmtree(folder)
                os.replace(staging, folder)
            except ImportError as exc:
                raise ModelLoadError(f"the default int8 embedder needs onnx and onnxruntime ({exc.name} is "
                                     "missing): pip install onnx onnxruntime") from None
            finally:
                shutil.rmtree(staging, ignore_errors=True)
    return folder


_MODEL_FILES = ("config.json", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.txt",
                "sentence_bert_config.json", "modules.json", "config_sentence_transformers.json")


def export_int8(source: Path, out: Path, per_channel: bool = True, ops: tuple[str, ...] = ("MatMul",)) -> Path:
    """Write an int8 copy of the sentence-transformers model in ``source`` into the folder ``out``.

    The torch model (transformer + mean pooling + normalization) is traced to one ONNX graph, then its
    MatMul weights are dynamically quantized to int8 by onnxruntime; tokenizer and configs are copied
    beside it, the fp32 weights are not, so ``load_embedder(out)`` picks the onnx-int8 backend and the
    fingerprint (over the int8 graph) differs from the fp32 model's. Needs ``onnx`` and ``onnxruntime``.
    """
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    source, out = Path(source), Path(out)
    model = torch_model(source)
    auto_model = model[0].auto_model
    if not isinstance(auto_model, torch.nn.Module):  # the Hugging Face model the pooled graph wraps
        raise ModelLoadError(f"the model in {source} has no transformer to export")
    graph = _PooledGraph(auto_model.eval())
    sample = model.tokenizer(["a short one", "and a somewhat longer second sentence"], padding=True,
                             return_tensors="pt")
    names = [n for n in ("input_ids", "attention_mask", "token_type_ids") if n in sample]
    (out / INT8_FILE).parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "model.onnx"
        with torch.no_grad():
            torch.onnx.export(graph, tuple(sample[n] for n in names), str(fp32), input_names=names,
                              output_names=["sentence_embedding"], opset_version=17, dynamo=False,
                              dynamic_axes={**{n: {0: "batch", 1: "tokens"} for n in names},
                                            "sentence_embedding": {0: "batch"}})
        quantize_dynamic(str(fp32), str(out / INT8_FILE), weight_type=QuantType.QInt8, per_channel=per_channel,
                         op_types_to_quantize=list(ops))
    for name in _MODEL_FILES:
        if (source / name).is_file():
            shutil.copy2(source / name, out / name)
    if (source / "1_Pooling").is_dir():
        shutil.copytree(source / "1_Pooling", out / "1_Pooling", dirs_exist_ok=True)
    return out


def _pooled_graph_class() -> type[torch.nn.Module]:
    import torch

    class PooledGraph(torch.nn.Module):
        """Transformer + mean pooling over real tokens + L2 normalization, as all-MiniLM-L6-v2 is defined."""

        def __init__(self, transformer: torch.nn.Module) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                    token_type_ids: torch.Tensor | None = None) -> torch.Tensor:
            hidden = self.transformer(input_ids=input_ids, attention_mask=attention_mask,
                                      token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, dim=-1)

    return PooledGraph


def _PooledGraph(transformer: torch.nn.Module) -> torch.nn.Module:  # noqa: N802 - a deferred class
    """The pooled graph around ``transformer``; the class is made on first use, so importing this module
    needs no torch."""
    return _pooled_graph_class()(transformer)


