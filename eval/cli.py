"""The ``medcite-eval`` command: retrieval and answer evaluations, benchmarks and component checks.

Each command family lives in its own module with a ``register(app)`` function; adding one is adding
a module and a line here.
"""
from __future__ import annotations

import typer

from eval import answers_cli, bench_cli, checks_cli, ingest_cli, retrieval_cli, scaling_cli, stale_cli, train_cli

app = typer.Typer(help="Evaluate and benchmark medcite.", no_args_is_help=True, add_completion=False,
                  pretty_exceptions_enable=False)

for module in (retrieval_cli, answers_cli, bench_cli, ingest_cli, stale_cli, scaling_cli, checks_cli, train_cli):
    module.register(app)


if __name__ == "__main__":  # python -m eval.cli, which runs the worktree's code, not the installed script
    app()
