"""The answer's own work in CPU instructions (valgrind's callgrind), a figure the load of a shared machine
does not move, unlike time.

Usage: PYTHONPATH=. python scripts/answer_instructions.py INDEX_DIR [PASSES] [--keep CALLGRIND_FILE]

Encodes the built-in bench questions once with the index's embedder, then answers them under
``valgrind --tool=callgrind`` with those query vectors (so the encoder is left out, as in answer_own_time.py):
one warm-up pass uncounted, then PASSES passes counted (instrumentation switched on around them with
``callgrind_control``). Prints the instructions per answer. Needs valgrind; takes a few minutes (callgrind
runs Python some fifty times slower). Compare two versions of the answer code on the same index. ``--keep``
copies callgrind's output file there, for ``callgrind_annotate``.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from eval.bench_questions import BUILTIN_QUESTIONS
from index.location import current_version
from index.manifest import read_manifest
from index.search import open_index
from service.answer.pipeline import answer_question
from service.answer.question import read_question


class StoredVectors:
    """An embedder that answers ``encode_query`` from vectors the real one computed beforehand (with its
    fingerprint, so the index accepts it): no model is loaded under valgrind."""

    def __init__(self, path: str, fingerprint: str) -> None:
        stored = np.load(path)
        self.vectors = dict(zip(stored["texts"].tolist(), stored["vectors"]))
        self.fingerprint = fingerprint

    def encode_query(self, text: str) -> np.ndarray:
        """The stored vector of ``text`` (a KeyError for a text that was not encoded beforehand)."""
        return self.vectors[text]

    def encode(self, texts: list[str], **_: object) -> np.ndarray:
        """The stored vectors of ``texts`` (the concepts' phrases, encoded by the real model beforehand)."""
        return np.stack([self.vectors[text] for text in texts])


def measured(index_dir: str, vectors: str, passes: int) -> None:
    """Under callgrind: a warm-up pass, then ``passes`` passes with instrumentation on."""
    fingerprint = read_manifest(current_version(Path(index_dir))).model.get("fingerprint", "")
    index = open_index(index_dir, embedder=StoredVectors(vectors, fingerprint))  # type: ignore[arg-type]
    for question in BUILTIN_QUESTIONS:
        answer_question(index, question)
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], check=True, capture_output=True)
    for _ in range(passes):
        for question in BUILTIN_QUESTIONS:
            answer_question(index, question)
    subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], check=True, capture_output=True)


def save_bench_vectors(index_dir: str, path: str) -> None:
    """Encode the bench questions with the index's embedder and save their vectors at ``path`` (an ``.npz`` that
    ``StoredVectors`` reads), with the phrases the concepts encode (service.answer.concepts, Lexicon.broader): each
    question is answered once with the real model, keeping what it encodes, so that valgrind needs no model."""
    index = open_index(index_dir)
    texts = sorted({read_question(q).search_text for q in BUILTIN_QUESTIONS})
    stored = {t: index.embedder.encode_query(t) for t in texts}
    encode = index.embedder.encode

    def recording(phrases: list[str], **options: object) -> np.ndarray:
        out = encode(phrases, **options)  # type: ignore[arg-type]
        stored.update(zip(phrases, out))
        return out

    encode_query = index.embedder.encode_query

    def recording_query(text: str) -> np.ndarray:
        # The pipeline may search a question in other words than ``read_question`` gives (the corpus's spelling of
        # a word, a follow-up's reading): each text it encodes is kept.
        vector = stored[text] = encode_query(text)
        return vector

    index.embedder.encode = recording  # type: ignore[method-assign]
    index.embedder.encode_query = recording_query  # type: ignore[method-assign]
    for question in BUILTIN_QUESTIONS:
        answer_question(index, question)
    np.savez(path, texts=np.array(list(stored)), vectors=np.stack(list(stored.values())))


def main(index_dir: str, passes: int, keep: str | None = None) -> None:
    """Encode the questions, run ``measured`` under callgrind, print instructions per answer."""
    with tempfile.TemporaryDirectory() as folder:
        vectors = str(Path(folder) / "vectors.npz")
        save_bench_vectors(index_dir, vectors)
        run = subprocess.run(
            ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={folder}/callgrind.out",
             sys.executable, __file__, "--measured", index_dir, vectors, str(passes)],
            capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
        if keep and Path(f"{folder}/callgrind.out").exists():
            shutil.copyfile(f"{folder}/callgrind.out", keep)
    found = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode != 0 or found is None:
        sys.exit(f"callgrind run failed:\n{run.stderr[-2000:]}")
    answers = passes * len(BUILTIN_QUESTIONS)
    print(f"{len(BUILTIN_QUESTIONS)} questions x {passes}: {int(found.group(1)) / answers / 1e6:.2f} M instructions "
          f"per answer without the encoder")


if __name__ == "__main__":
    if sys.argv[1] == "--measured":
        measured(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        arguments = sys.argv[1:]
        kept = None
        if "--keep" in arguments:
            at = arguments.index("--keep")
            kept = arguments[at + 1]
            del arguments[at:at + 2]
        main(arguments[0], int(arguments[1]) if len(arguments) > 1 else 2, kept)
