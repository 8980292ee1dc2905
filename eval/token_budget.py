"""Measuring the chunker's token estimate against the embedder's real tokenizer.

The chunker packs sentences to a budget in estimated tokens (ingest.chunking.estimate_tokens) so that it
need not tokenize the corpus twice; this checks that chunks stay inside the model's window.
Run: ``medcite-eval token-budget --corpus ../shared/data/guidelines [--files 150]``.
"""
from __future__ import annotations

import random
from pathlib import Path

import numpy as np

from index.embedder import torch_model
from index.errors import ModelLoadError
from ingest.chunking import ChunkingParams, chunk_document, estimate_tokens
from ingest.corpus import corpus_files
from ingest.errors import UnreadableFile
from ingest.readers import reader_for


def measure(corpus: Path, files: int = 150, params: ChunkingParams = ChunkingParams(), seed: int = 1) -> dict:
    """Real/estimated token ratios and real chunk lengths over a sample of the corpus's files."""
    paths = corpus_files(corpus)
    random.Random(seed).shuffle(paths)
    chunks = []
    for path in paths[:files]:
        reader = reader_for(path)  # corpus_files lists only files with a reader
        try:
            docs = reader(path, corpus).documents if reader else []
        except UnreadableFile:
            continue
        chunks += [c for d in docs for c in chunk_document(d, params)]
    # The fp32 model's own tokenizer and window (the default int8 embedder has a bare tokenizer without them).
    model = torch_model()
    tokenizer, window = model.tokenizer, model.max_seq_length
    if window is None:
        raise ModelLoadError("the model states no maximum sequence length")
    real = np.array([len(tokenizer(c.text, add_special_tokens=False).input_ids) for c in chunks])
    ratio = real / np.array([max(estimate_tokens(c.text), 1) for c in chunks])
    return {
        "chunks": len(chunks), "max_tokens": params.max_tokens, "model_window": window,
        "real_over_estimate": {"mean": round(float(ratio.mean()), 3), "p50": round(float(np.median(ratio)), 3),
                               "p95": round(float(np.quantile(ratio, 0.95)), 3)},
        "real_tokens": {"p50": int(np.median(real)), "p95": int(np.quantile(real, 0.95)), "max": int(real.max())},
        "share_truncated": round(float(np.mean(real > window - 2)), 4),
    }
