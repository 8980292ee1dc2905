"""Checks of the settings ``medcite serve`` needs, run before the server starts: each wrong one is a
SettingError whose one-line message names the setting, its value and what is wrong with it."""
from __future__ import annotations

import errno
import socket
import sqlite3
from pathlib import Path

from service.errors import SettingError
from service.settings import Settings
from service.store import AnswerStore


def check_serve(settings: Settings, host: str, port: int, local_index: bool = True) -> None:
    """Everything ``serve`` can find wrong before it starts: the answer database, the index location
    (a local index folder; ``local_index=False`` for a Milvus collection, which the server itself checks),
    the corpus (when the index must be built), the model folder, and the listening address."""
    check_database(settings)
    if local_index:
        check_index_location(settings)
    check_model(settings)
    check_port(host, port)


def check_database(settings: Settings) -> None:
    """The answer database can be created or opened, and is a medcite answer database."""
    name, path = _name(settings.db, "MEDCITE_DB", settings.db_path)
    if path.is_dir():
        raise SettingError(f"{name}={path}: is a folder, not a database file")
    parent = _first_existing(path.parent)
    if parent is not None and not parent.is_dir():
        raise SettingError(f"{name}={path}: {parent} is a file, so no folder can be made there")
    try:
        AnswerStore(path).close()
    except sqlite3.DatabaseError as exc:
        raise SettingError(f"{name}={path}: not a usable SQLite database ({exc})") from None
    except OSError as exc:
        raise SettingError(f"{name}={path}: cannot be created ({exc.strerror or exc})") from None


def check_index_location(settings: Settings) -> None:
    """An index exists at the index path, or one can be built there from an existing corpus folder."""
    name, path = _name(settings.index, "MEDCITE_INDEX", settings.index_path)
    if path.exists() or path.is_symlink():
        return
    parent = _first_existing(path.parent)
    if parent is not None and not parent.is_dir():
        raise SettingError(f"{name}={path}: {parent} is a file, so no index can be built there")
    if not settings.corpus.is_dir():
        raise SettingError(f"MEDCITE_CORPUS={settings.corpus}: no such folder (the index at {path} must be built "
                           "from it)")


def check_model(settings: Settings) -> None:
    """A model given by path is a folder."""
    if settings.model and not Path(settings.model).expanduser().is_dir():
        raise SettingError(f"MEDCITE_MODEL={settings.model}: no such model folder")


def check_port(host: str, port: int) -> None:
    """The address can be listened on (uvicorn's own failure would be a traceback)."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
        try:
            sock.bind((host, port))
        except OSError as exc:
            problem = "already in use" if exc.errno == errno.EADDRINUSE else (exc.strerror or str(exc))
            raise SettingError(f"--port {port} (--host {host}): the address {host}:{port} is {problem}"
                               if exc.errno == errno.EADDRINUSE else
                               f"--host {host} --port {port}: cannot listen there ({problem})") from None


def _name(given: Path | None, variable: str, path: Path) -> tuple[str, Path]:
    """The setting a path came from: its own variable when set, else the data folder it derives from."""
    return (variable, path) if given is not None else ("MEDCITE_DATA_DIR", path)


def _first_existing(path: Path) -> Path | None:
    """``path`` or its nearest ancestor that exists (None when none does)."""
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return None
