"""The answer's own work as it runs in place, right after the query encoder has filled the CPU caches with its own
data: instructions and cache misses under valgrind's cache simulation, a figure the load of a shared machine does not
move (answer_over_floor.py's times do, by more than a few per cent).

Usage: PYTHONPATH=. python scripts/answer_cold_cycles.py INDEX_DIR [PASSES]

As answer_instructions.py, the bench questions are answered with query vectors computed beforehand (no model under
valgrind). Before each counted answer a 16 MB array is read, which empties the simulated last-level cache (1 MB, a
core's L2, which the encoder's weights and activations fill in the real run); the reads alone are counted in a pass of
their own and taken off. Prints per answer: instructions, L1 misses, last-level misses (of code and of data), and an
estimate of cycles, ``Ir + 50 x last-level misses`` (an L3 hit costs some 50 cycles; the estimate matches the in-place
answer's excess over the warm one, ~0.6 ms, in size). Compare two versions of the answer code on the same index: a
change that saves instructions but reads more distinct code or data can cost more in place than it saves warm.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from eval.bench_questions import BUILTIN_QUESTIONS
from index.location import current_version
from index.manifest import read_manifest
from index.search import open_index
from scripts.answer_instructions import StoredVectors, save_bench_vectors
from service.answer.pipeline import answer_question

EVICTION_DOUBLES = 2 * 1024 * 1024  # a 16 MB array of float64: 16 times the simulated last-level cache
LAST_LEVEL = "1048576,16,64"  # valgrind's --LL: size, associativity, line size
MISS_CYCLES = 50


def measured(index_dir: str, vectors: str, passes: int) -> None:
    """Under callgrind: a warm-up pass, then the evictions alone (dumped as part 1), then each answer after an
    eviction (part 2), ``passes`` passes each."""
    fingerprint = read_manifest(current_version(Path(index_dir))).model.get("fingerprint", "")
    index = open_index(index_dir, embedder=StoredVectors(vectors, fingerprint))  # type: ignore[arg-type]
    evicting = np.ones(EVICTION_DOUBLES)
    for question in BUILTIN_QUESTIONS:
        answer_question(index, question)
    pid = str(os.getpid())

    def control(*options: str) -> None:
        subprocess.run(["callgrind_control", *options, pid], check=True, capture_output=True)

    control("-i", "on")
    for _ in range(passes):
        for _question in BUILTIN_QUESTIONS:
            evicting.sum()
    control("-d")
    for _ in range(passes):
        for question in BUILTIN_QUESTIONS:
            evicting.sum()
            answer_question(index, question)
    control("-d")
    control("-i", "off")


def _totals(path: Path) -> dict[str, int]:
    """The event totals of one callgrind dump."""
    text = path.read_text()
    events = re.search(r"^events: (.*)$", text, re.M)
    totals = re.search(r"^totals: (.*)$", text, re.M)
    if events is None or totals is None:
        sys.exit(f"no totals in {path}")
    return dict(zip(events.group(1).split(), map(int, totals.group(1).split())))


def main(index_dir: str, passes: int) -> None:
    """Encode the questions, run ``measured`` under callgrind's cache simulation, print the figures per answer."""
    with tempfile.TemporaryDirectory() as folder:
        vectors = str(Path(folder) / "vectors.npz")
        save_bench_vectors(index_dir, vectors)
        run = subprocess.run(
            ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--cache-sim=yes", f"--LL={LAST_LEVEL}",
             f"--callgrind-out-file={folder}/callgrind.out", sys.executable, __file__, "--measured", index_dir,
             vectors, str(passes)],
            capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
        parts = {p.suffix: p for p in Path(folder).glob("callgrind.out.*")}
        if run.returncode != 0 or ".1" not in parts or ".2" not in parts:
            sys.exit(f"callgrind run failed:\n{run.stderr[-2000:]}")
        evictions, answers = _totals(parts[".1"]), _totals(parts[".2"])
    count = passes * len(BUILTIN_QUESTIONS)
    own = {event: (answers[event] - evictions[event]) / count for event in answers}
    first = own["I1mr"] + own["D1mr"] + own["D1mw"]
    last_code, last_data = own["ILmr"], own["DLmr"] + own["DLmw"]
    print(f"{len(BUILTIN_QUESTIONS)} questions x {passes}, each after an eviction: {own['Ir'] / 1e6:.3f} M "
          f"instructions, {first / 1e3:.1f} k L1 misses, {(last_code + last_data) / 1e3:.1f} k last-level misses (code "
          f"{last_code / 1e3:.1f} k, data {last_data / 1e3:.1f} k) per answer; estimated "
          f"{(own['Ir'] + MISS_CYCLES * (last_code + last_data)) / 1e6:.3f} M cycles")


if __name__ == "__main__":
    if sys.argv[1] == "--measured":
        measured(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1)
