"""collector.settle, a serving worker's swap listener (session 25): after an index load the objects alive are out
of the garbage collector's walks, and what a later swap leaves behind in reference cycles is still freed."""
from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from service.collector import settle


class _Node:
    """An object that can stand in a reference cycle (a loaded index's objects often do)."""

    def __init__(self) -> None:
        self.other: _Node | None = None


@pytest.fixture
def unfrozen() -> Iterator[None]:
    """The test process's objects back in the collector's reach afterwards."""
    try:
        yield
    finally:
        gc.unfreeze()


def test_what_is_alive_at_a_load_is_frozen_out_of_the_collectors_walks(unfrozen: None) -> None:
    loaded = _Node()
    settle(None, loaded)
    assert gc.get_freeze_count() > 0
    assert not any(found is loaded for found in gc.get_objects())  # no generation holds it


def test_what_a_swap_replaced_is_still_collected(unfrozen: None) -> None:
    old = _Node()
    old.other = _Node()
    old.other.other = old  # a cycle: only the collector frees it
    gone = weakref.ref(old)
    settle(None, old)  # the first load: old is alive, and frozen
    del old
    gc.collect()
    assert gone() is not None  # frozen garbage is not collected ...
    settle(None, _Node())  # ... until the next swap settles
    assert gone() is None


def test_a_serving_worker_settles_after_each_load(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from service.api.app import worker_app

    monkeypatch.setenv("MEDCITE_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("MEDCITE_TORCH_THREADS", raising=False)
    app = worker_app()
    assert settle in app.state.runtime._swap_listeners
