"""``medcite-eval stale-bench prepare`` and ``check``: the stale check after a rebuild, on many stored
answers (see eval.stale_bench)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from eval.console import user_errors

stale = typer.Typer(help="Benchmark the stale check after a rebuild on many stored answers.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Add the ``stale-bench`` command group to the medcite-eval app."""
    app.add_typer(stale, name="stale-bench")


@stale.command("prepare")
def prepare(
    workdir: Path = typer.Option(..., "--workdir", help="Folder for the corpus copy, its index and the answers."),
    answers: int = typer.Option(10_000, "--answers", min=1, help="Answers to store."),
) -> None:
    """Build the old index, store the answers, change the corpus and rebuild; print what was made."""
    from eval.stale_bench import prepare as run

    with user_errors():
        print(json.dumps(run(workdir, answers)))


@stale.command("check")
def check(
    workdir: Path = typer.Option(..., "--workdir", exists=True, file_okay=False, help="A prepared --workdir."),
    max_searches: Optional[int] = typer.Option(None, "--max-searches", min=0,
                                               help="Searches at most (default: the service's StaleSettings)."),
    budget: Optional[float] = typer.Option(None, "--budget", min=0.0,
                                           help="Seconds at most (default: the service's StaleSettings)."),
) -> None:
    """Run the stale check of the prepared rebuild in this fresh process; print seconds, marks and memory."""
    from eval.stale_bench import check as run
    from service.staleness import StaleSettings

    defaults = StaleSettings()
    with user_errors():
        out = run(workdir, defaults.max_searches if max_searches is None else max_searches,
                  defaults.budget_s if budget is None else budget)
    print(json.dumps(out))
