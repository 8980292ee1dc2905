"""The one place where medcite-eval's known errors become a one-line message and exit code 2."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterator

import typer

from eval.datasets import DatasetError
from index.errors import IndexError_
from ingest.errors import CorpusError


@contextmanager
def user_errors() -> Iterator[None]:
    """Print ``medcite-eval: error: ...`` on stderr and exit 2 for data set, corpus, index and file errors."""
    try:
        yield
    except (DatasetError, CorpusError, IndexError_, ValueError, OSError) as exc:
        print(f"medcite-eval: error: {exc}", file=sys.stderr)
        raise typer.Exit(2) from None
