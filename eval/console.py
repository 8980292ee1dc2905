"""The one place where medcite-eval's known errors become a one-line message and exit code 2."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterator

import typer

from ingest.errors import MedciteError


@contextmanager
def user_errors() -> Iterator[None]:
    """Print ``medcite-eval: error: ...`` on stderr and exit 2 for medcite's own errors (``MedciteError``: a
    data set, option, corpus, index or setting) and file errors. Anything else (a ``ValueError`` from a bug)
    is left to show its traceback."""
    try:
        yield
    except (MedciteError, OSError) as exc:
        print(f"medcite-eval: error: {exc}", file=sys.stderr)
        raise typer.Exit(2) from None
