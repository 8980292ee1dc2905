"""Typed errors of the index: the ``MedciteIndexError`` family of ``MedciteError``."""
from __future__ import annotations

from os import PathLike

from ingest.errors import MedciteError


class MedciteIndexError(MedciteError):
    """Base class: the index cannot be used as asked (not the builtin ``IndexError`` of sequences)."""


class IndexOptionError(MedciteIndexError):
    """An option the caller gave is not one the index offers (an unknown search mode or backend, a Milvus
    backend without a server, a build option whose extra is not installed)."""


class IndexMissingError(MedciteIndexError):
    """No index at the given path."""


class IndexFormatError(MedciteIndexError):
    """The index was written by another format version, or its files are damaged."""


class IndexWriteError(MedciteIndexError):
    """The index directory cannot be written (its parent is a file, no permission, read-only disk)."""


class ModelMismatchError(MedciteIndexError):
    """The index was built with a different embedding model than the one offered."""


class ModelLoadError(MedciteIndexError):
    """The embedding model cannot be loaded from the given path."""


class IndexStoreError(MedciteIndexError):
    """The chunk store of a loaded index cannot be read (the file was damaged or removed under it)."""

    def __init__(self, message: str, path: str | PathLike[str] | None = None) -> None:
        super().__init__(message)
        self.path = path  # the store file that failed
