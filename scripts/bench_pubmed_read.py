"""Read speed and memory of the PubMed XML reader on a synthetic baseline-sized file (see BENCHMARKS.md).

    python scripts/bench_pubmed_read.py write 30000   # writes /tmp/medcite-pubmed-30000.xml.gz
    python scripts/bench_pubmed_read.py read 30000    # reads it in a fresh process: time and peak RSS

The citations are made up (the tests' PubMed writer): eight authors, twelve MeSH headings and a four-part
labelled abstract of about 2,400 characters each, close to a real PubMed record's indexed content.
"""
from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

WORDS = "vitamin calcification arterial stiffness haemodialysis randomized placebo outcome patients months".split()


def _text(i: int, k: int) -> str:
    return " ".join(WORDS[(i + j) % len(WORDS)] for j in range(k)) + "."


def main(mode: str, n: int) -> None:
    path = Path(f"/tmp/medcite-pubmed-{n}.xml.gz")
    if mode == "write":
        from pubmed_xml import article_set, citation, write
        labels = ("BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS")
        write(path, article_set([citation(
            str(30000000 + i), _text(i, 14), [(label, _text(i + j, 60)) for j, label in enumerate(labels)],
            authors=tuple((f"Author{j}", "AB") for j in range(8)), mesh=tuple(f"Heading {j}" for j in range(12)),
            pub_types=("Journal Article", "Randomized Controlled Trial"), doi=f"10.1000/x.{i}") for i in range(n)]))
        print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")
        return
    from ingest.readers.pubmed import read_pubmed
    start_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    read = read_pubmed(path, path.parent)
    seconds = time.perf_counter() - started
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    chars = sum(len(s.text) for d in read.documents for s in d.sections) / max(len(read.documents), 1)
    print(f"{len(read.documents)} citations ({chars:.0f} abstract chars each): {seconds:.1f} s, "
          f"{len(read.documents) / seconds:,.0f} citations/s; peak RSS {peak_rss / 1024:.0f} MB "
          f"(at start {start_rss / 1024:.0f} MB)")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
