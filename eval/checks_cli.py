"""``medcite-eval calibrate``, ``grades`` and ``token-budget``: checks of one component each against real
data (the relevance floor, the grade extractor, the chunker's token estimate)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from eval.console import user_errors


def register(app: typer.Typer) -> None:
    """Add the ``calibrate``, ``grades`` and ``token-budget`` commands to the medcite-eval app."""
    app.command("calibrate")(calibrate)
    app.command("grades")(grades)
    app.command("token-budget")(token_budget)


def calibrate(
    dataset: Path = typer.Option(..., "--dataset", exists=True, file_okay=False,
                                 help="A BEIR data set folder (BioASQ)."),
    index: Path = typer.Option(..., "--index", help="Index of the default corpus (off-topic for the data set)."),
    n: int = typer.Option(300, "-n", min=1, help="Questions to sample."),
) -> None:
    """Dense cosines of gold passages against the best off-topic ones: where the relevance floor should sit."""
    from eval.calibration import calibrate as run

    with user_errors():
        print(json.dumps(run(dataset, index, n), indent=1))


def grades(
    corpus: Path = typer.Option(..., "--corpus", exists=True, file_okay=False, help="A folder of guideline files."),
    sample: int = typer.Option(50, "--sample", min=0, help="Graded sentences to write for checking."),
    out: Optional[Path] = typer.Option(None, "--out", help="TSV file for the sample."),
    seed: int = typer.Option(9, "--seed", help="Seed of the sample."),
) -> None:
    """How often the grade extractor finds a grade in guideline recommendations, and a sample to check by hand."""
    from eval.grades import measure, write_sample

    with user_errors():
        coverage, rows = measure(corpus, sample, seed)
        print("\n".join(coverage.lines()))
        if out:
            write_sample(rows, out)
            print(f"sample of {len(rows)} graded sentences written to {out}")


def token_budget(
    corpus: Path = typer.Option(..., "--corpus", exists=True, file_okay=False, help="A corpus folder."),
    files: int = typer.Option(150, "--files", min=1, help="Files to sample."),
) -> None:
    """The chunker's token estimate against the embedder's real tokenizer: do chunks fit the model's window?"""
    from eval.token_budget import measure

    with user_errors():
        print(json.dumps(measure(corpus, files), indent=1))
