"""The one place where library errors become a one-line CLI message and an exit code."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterator

import typer

from index.errors import IndexError_
from ingest.errors import CorpusError


class UserError(Exception):
    """A mistake in what the user asked for (bad option value, missing file)."""


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn known errors into ``medcite: error: ...`` on stderr and exit code 2, without a traceback."""
    try:
        yield
    except (CorpusError, IndexError_, UserError, ValueError) as exc:
        print(f"medcite: error: {exc}", file=sys.stderr)
        raise typer.Exit(2) from None
    except OSError as exc:  # a full disk, a permission, a vanished file: the system's own words suffice
        where = f": {exc.filename}" if exc.filename else ""
        print(f"medcite: error: {exc.strerror or exc}{where}", file=sys.stderr)
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        print("medcite: interrupted", file=sys.stderr)
        raise typer.Exit(130) from None
