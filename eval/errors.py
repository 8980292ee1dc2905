"""Typed errors of the evaluation: the ``EvalError`` family of ``MedciteError`` (ingest.errors), each a
one-line message for ``medcite-eval`` (eval.console)."""
from __future__ import annotations

from ingest.errors import MedciteError


class EvalError(MedciteError):
    """Base class of the evaluation's errors."""


class DatasetError(EvalError):
    """A data set folder is missing, incomplete or malformed; the message is one line for the CLI."""


class EvalOptionError(EvalError):
    """An option or input of an evaluation command is not usable (an unknown ``--half`` or retriever, a
    half with no question of the data set, a questions file with none in it)."""


class BenchServerError(EvalError):
    """The server the benchmark started failed (exited, never became ready, or kept failing its warm-up)."""
