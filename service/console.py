"""The one place where medcite's errors become a one-line CLI message and an exit code."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterator

import typer

from ingest.errors import MedciteError


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn medcite's own errors (``MedciteError``: a bad option, corpus, index or setting) into
    ``medcite: error: ...`` on stderr and exit code 2, without a traceback. Anything else (a ``ValueError``
    or ``KeyError`` from a bug) is left to show its traceback."""
    try:
        yield
    except MedciteError as exc:
        print(f"medcite: error: {exc}", file=sys.stderr)
        raise typer.Exit(2) from None
    except OSError as exc:  # a full disk, a permission, a vanished file: the system's own words suffice
        where = f": {exc.filename}" if exc.filename else ""
        print(f"medcite: error: {exc.strerror or exc}{where}", file=sys.stderr)
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        print("medcite: interrupted", file=sys.stderr)
        raise typer.Exit(130) from None
