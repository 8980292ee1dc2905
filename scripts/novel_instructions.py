"""The answer's own instructions (callgrind) on questions the process has not answered before, beside
``answer_instructions.py``'s figure on the bench questions repeated (whose every per-question memory is filled).

Usage: PYTHONPATH=. python scripts/novel_instructions.py INDEX_DIR

The list questions (``list_answers.questions``, chains and bench questions left out) are encoded with the index's
embedder (each query and the concept phrases it encodes, recorded as ``answer_instructions.save_bench_vectors`` does),
then answered under ``valgrind --tool=callgrind`` from those vectors: the first ``WARM`` uncounted (the corpus's
readings filled, as in a serving process), the next ``COUNTED`` counted, each once. Takes ~10 minutes.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from answer_instructions import StoredVectors  # noqa: E402
from list_answers import questions  # noqa: E402

from eval.bench_questions import BUILTIN_QUESTIONS  # noqa: E402

WARM, COUNTED = 150, 60  # questions answered before counting, and counted (each answered once)


def asked() -> tuple[list[str], list[str]]:
    """The questions answered first, and those counted."""
    found = [q for q in questions([]) if " >> " not in q and q not in BUILTIN_QUESTIONS]
    return found[:WARM], found[WARM:WARM + COUNTED]


def save(index_dir: str, path: str) -> None:
    """Answer every question once with the real model, keeping each text it encodes (query or phrase) at ``path``."""
    from index.search import open_index
    from service.answer.pipeline import answer_question
    index = open_index(index_dir)
    stored: dict[str, np.ndarray] = {}
    encode, encode_query = index.embedder.encode, index.embedder.encode_query

    def recording(phrases: list[str], **options: object) -> np.ndarray:
        out = encode(phrases, **options)  # type: ignore[arg-type]
        stored.update(zip(phrases, out))
        return out

    def recording_query(text: str) -> np.ndarray:
        vector = stored[text] = encode_query(text)
        return vector

    index.embedder.encode = recording  # type: ignore[method-assign]
    index.embedder.encode_query = recording_query  # type: ignore[method-assign]
    warm, counted = asked()
    for q in warm + counted:
        answer_question(index, q)
    np.savez(path, texts=np.array(list(stored)), vectors=np.stack(list(stored.values())))


def measured(index_dir: str, vectors: str) -> None:
    """Under callgrind: the first questions uncounted, then the counted ones with instrumentation on."""
    from index.location import current_version
    from index.manifest import read_manifest
    from index.search import open_index
    from service.answer.pipeline import answer_question
    fingerprint = read_manifest(current_version(Path(index_dir))).model.get("fingerprint", "")
    index = open_index(index_dir, embedder=StoredVectors(vectors, fingerprint))  # type: ignore[arg-type]
    warm, counted = asked()
    for q in warm:
        answer_question(index, q)
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], check=True, capture_output=True)
    for q in counted:
        answer_question(index, q)
    subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], check=True, capture_output=True)


def main(index_dir: str) -> None:
    """Record the vectors, run ``measured`` under callgrind, print instructions per novel answer."""
    with tempfile.TemporaryDirectory() as folder:
        vectors = f"{folder}/vectors.npz"
        save(index_dir, vectors)
        run = subprocess.run(
            ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={folder}/callgrind.out",
             sys.executable, __file__, "--measured", index_dir, vectors],
            capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    found = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode != 0 or found is None:
        sys.exit(f"callgrind run failed:\n{run.stderr[-2000:]}")
    per_answer = int(found.group(1)) / COUNTED / 1e6
    print(f"{COUNTED} novel questions after {WARM}: {per_answer:.2f} M instructions per answer without the encoder")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--measured":
        measured(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 2:
        main(sys.argv[1])
    else:
        sys.exit(__doc__)
