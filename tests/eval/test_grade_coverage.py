"""The grade coverage measure: counts by hand on a two-file corpus."""
from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from eval.cli import app
from eval.grades import measure

GUIDELINE = """---
id: g{n}
title: Guideline {n}
type: guideline
year: 2020
---
## Major Recommendations

- Offer X to adults (Grade 1B).
- Clinicians should consider Y.
- Background sentence without advice.

Definitions:

Strong (grade 1): benefits clearly outweigh risks.
"""


def test_coverage_counts_major_recommendation_sentences_up_to_the_definitions(tmp_path: Path):
    for n in (1, 2):
        (tmp_path / f"g{n}.md").write_text(GUIDELINE.format(n=n))
    cov, rows = measure(tmp_path, sample=1)
    # per file: 3 sentences, 1 graded; 2 of them give advice ("Offer" is not advice wording, "should" is)
    assert (cov.documents, cov.sentences, cov.graded, cov.documents_with_grades) == (2, 6, 2, 2)
    assert len(rows) == 1 and rows[0]["words"] == "Grade 1B"


def test_a_missing_folder_is_a_one_line_error(tmp_path: Path):
    result = CliRunner().invoke(app, ["grades", "--corpus", str(tmp_path / "absent")])
    assert result.exit_code == 2
    assert "Invalid value for '--corpus'" in result.output and "Traceback" not in result.output
