"""Where index versions live and how a new one replaces the old atomically.

``INDEX_DIR`` is a symlink to ``.INDEX_DIR.versions/<build-id>/``. A build writes a new version folder,
then swaps the link with one rename(2): a reader resolves the link once and sees either the whole old
index or the whole new one, and a build killed midway leaves the link on the old version.
"""
from __future__ import annotations

import fcntl
import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from index.errors import IndexFormatError, IndexMissingError, IndexWriteError
from index.manifest import MANIFEST

# The files of one index version, beside its manifest: the chunk store, the FAISS vectors and the bm25s
# folder. Here, not in index.build, so reading an index needs none of the build code.
STORE = "store.sqlite"
VECTORS = "vectors.faiss"
BM25_DIR = "bm25"


def versions_dir(index_dir: Path) -> Path:
    """The hidden sibling folder that holds the built versions of ``index_dir``."""
    return index_dir.parent / f".{index_dir.name}.versions"


def current_version(index_dir: Path) -> Path:
    """The folder the index path points at now (resolved once, so a later swap cannot mix versions)."""
    if not index_dir.exists():
        raise IndexMissingError(f"no index at {index_dir} (build one with `medcite index build`)")
    resolved = index_dir.resolve()
    if not (resolved / MANIFEST).exists():
        raise IndexFormatError(f"not a medcite index (no {MANIFEST} in {index_dir})")
    return resolved


@contextmanager
def build_lock(index_dir: Path) -> Iterator[None]:
    """Hold an exclusive lock for one build of ``index_dir``; a second build waits for the first."""
    folder = versions_dir(index_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fh = open(folder / ".lock", "w")
    except OSError as exc:
        raise IndexWriteError(f"cannot write an index at {index_dir}: {exc.strerror or exc}") from None
    with fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def new_version(index_dir: Path) -> Path:
    """A fresh, empty folder for a build in progress."""
    folder = versions_dir(index_dir) / f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 10**6}"
    folder.mkdir(parents=True)
    return folder


def check_replaceable(index_dir: Path) -> None:
    """Refuse to replace a path that holds something other than a medcite index or an empty folder."""
    if index_dir.is_symlink() or not index_dir.exists():
        return
    if index_dir.is_dir() and (not any(index_dir.iterdir()) or (index_dir / MANIFEST).exists()):
        return
    raise IndexFormatError(f"{index_dir} exists and is not a medcite index; choose another --index path")


def swap_in(index_dir: Path, version: Path) -> None:
    """Point ``index_dir`` at ``version`` atomically, then drop versions older than the previous one."""
    check_replaceable(index_dir)
    if index_dir.exists() and not index_dir.is_symlink():
        # A plain folder from an older layout (or an empty one): move it aside first.
        legacy = versions_dir(index_dir) / f"legacy-{time.strftime('%Y%m%dT%H%M%S')}"
        if any(index_dir.iterdir()):
            index_dir.rename(legacy)
        else:
            index_dir.rmdir()
    previous = index_dir.resolve() if index_dir.is_symlink() else None
    link = index_dir.parent / f".{index_dir.name}.link-{os.getpid()}"
    if link.is_symlink():
        link.unlink()
    link.symlink_to(os.path.relpath(version, index_dir.parent))
    os.replace(link, index_dir)
    _prune(index_dir, keep={version.resolve(), previous})


def _prune(index_dir: Path, keep: set) -> None:
    for folder in versions_dir(index_dir).iterdir():
        if folder.is_dir() and folder.resolve() not in keep:
            shutil.rmtree(folder, ignore_errors=True)
