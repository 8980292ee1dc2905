"""The ``medcite-eval`` command: retrieval and answer evaluations, and benchmarks.

Each command family lives in its own module with a ``register(app)`` function; adding one is adding
a module and a line in COMMANDS.
"""
from __future__ import annotations

import importlib

import typer

app = typer.Typer(help="Evaluate and benchmark medcite.", no_args_is_help=True, add_completion=False,
                  pretty_exceptions_enable=False)

COMMANDS = ("eval.retrieval_cli", "eval.answers_cli", "eval.bench_cli", "eval.scaling_cli")

for name in COMMANDS:
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        continue
    module.register(app)
