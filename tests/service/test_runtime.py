"""The index runtime of one server worker: it follows the index link when another process swaps in a
new version, and keeps serving the old one meanwhile."""
from __future__ import annotations

import shutil
import time

from index.location import current_version, new_version, swap_in
from service.runtime import IndexRuntime
from service.settings import REPO_CORPUS


def test_a_worker_follows_a_version_another_worker_swapped_in(index_copy):
    runtime = IndexRuntime(index_copy, REPO_CORPUS)
    runtime.load()
    before = runtime.index()
    # What a rebuild in another worker leaves behind: a new version folder and the link moved to it.
    fresh = new_version(index_copy)
    fresh.rmdir()
    shutil.copytree(current_version(index_copy), fresh)
    swap_in(index_copy, fresh)
    runtime._next_follow = 0.0  # do not wait for the once-a-second check
    assert runtime.index() is before  # the request that notices the move still gets the old version
    deadline = time.monotonic() + 60
    while runtime.index().path == before.path and time.monotonic() < deadline:
        runtime._next_follow = 0.0
        time.sleep(0.05)
    assert runtime.index().path == fresh.resolve()
    assert runtime.index().embedder is before.embedder  # the model is not loaded twice
