"""Typed errors of the index."""
from os import PathLike


class IndexError_(Exception):
    """Base class: the index cannot be used as asked."""


class IndexMissingError(IndexError_):
    """No index at the given path."""


class IndexFormatError(IndexError_):
    """The index was written by another format version, or its files are damaged."""


class IndexWriteError(IndexError_):
    """The index directory cannot be written (its parent is a file, no permission, read-only disk)."""


class ModelMismatchError(IndexError_):
    """The index was built with a different embedding model than the one offered."""


class ModelLoadError(IndexError_):
    """The embedding model cannot be loaded from the given path."""


class IndexStoreError(IndexError_):
    """The chunk store of a loaded index cannot be read (the file was damaged or removed under it)."""

    def __init__(self, message: str, path: str | PathLike[str] | None = None) -> None:
        super().__init__(message)
        self.path = path  # the store file that failed
