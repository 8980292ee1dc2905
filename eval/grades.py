"""How often the grade extractor finds a grade in guideline recommendations, and a sample to check by hand.

    medcite-eval grades --corpus ../shared/data/guidelines --sample 50 --out /tmp/grade-sample.tsv

Counts the sentences of each document's "Major Recommendations" section (up to its "Definitions" part, as
the chunker sees them, less the lines that only state a grade for another sentence) and the share that
carry a grade; "recommendation sentences" are those the answer
router would file under Practical Recommendations (they advise something). The sample (seeded, graded
sentences only) is written as TSV with the previous sentence for context, and an empty ``correct`` column
to fill in by reading.
"""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path

from ingest.chunking import clean_sentence
from ingest.corpus import read_corpus
from ingest.grades import is_grade_line, section_grades, starts_definitions
from ingest.models import DocumentKind
from service.answer.routing import RECOMMENDATION

SECTION = "Major Recommendations"


@dataclass
class Coverage:
    """Counts over the Major Recommendations sentences of a corpus."""

    documents: int = 0
    sentences: int = 0
    graded: int = 0
    recommendations: int = 0
    graded_recommendations: int = 0
    documents_with_grades: int = 0

    def lines(self) -> list[str]:
        """The report, one figure a line."""
        def share(a: int, b: int) -> str:
            return f"{a}/{b} = {a / b:.1%}" if b else "0/0"
        return [f"documents: {self.documents} ({share(self.documents_with_grades, self.documents)} with a grade)",
                f"Major Recommendations sentences with a grade: {share(self.graded, self.sentences)}",
                f"recommendation sentences (advice wording) with a grade: "
                f"{share(self.graded_recommendations, self.recommendations)}"]


def measure(corpus: Path, sample: int, seed: int = 9) -> tuple[Coverage, list[dict]]:
    """Coverage over the corpus and a random sample of graded sentences."""
    read = read_corpus(corpus)
    cov = Coverage()
    graded_rows: list[dict] = []
    for doc in read.documents:
        if doc.kind != DocumentKind.GUIDELINE:
            continue
        cov.documents += 1
        found = False
        for section, graded in zip(doc.sections, section_grades(doc)):
            if section.heading[:1] != (SECTION,):
                continue
            previous = ""
            for raw, grade in graded:
                if starts_definitions(raw):
                    break
                text = clean_sentence(raw)
                if not text or is_grade_line(text):
                    continue  # a line that only states a grade grades another sentence
                advice = bool(RECOMMENDATION.search(text))
                cov.sentences += 1
                cov.recommendations += advice
                if grade is not None:
                    found = True
                    cov.graded += 1
                    cov.graded_recommendations += advice
                    graded_rows.append({"doc": doc.id, "previous": previous[:200], "sentence": text[:400],
                                        "strength": grade.strength, "certainty": grade.certainty,
                                        "words": grade.text, "correct": ""})
                previous = text
        cov.documents_with_grades += found
    rows = random.Random(seed).sample(graded_rows, min(sample, len(graded_rows)))
    return cov, rows


def write_sample(rows: list[dict], out: Path) -> None:
    """The sample as TSV, a header first, for checking by hand (the ``correct`` column left to fill in)."""
    with out.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["doc"], delimiter="\t")
        writer.writeheader()
        writer.writerows(rows)
