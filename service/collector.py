"""The garbage collector kept off what a serving worker loaded once.

Python's cyclic collector walks every object its oldest generation holds whenever it collects that generation. In a
worker, nearly all of them are alive for the process's life: the modules and the loaded index (~270,000 objects
after loading the default corpus and answering a few questions). Such a full collection came once in ~120 questions
new to the process and took 210-240 ms of CPU in the answer that met it, 15% of those answers' mean time
(BENCHMARKS.md, "Answer latency, session 25"). ``settle`` moves what is alive after an index load into the
permanent generation (``gc.freeze``), which collections do not walk; objects made later (the answers' memories)
are collected as before. It first puts the frozen objects back (``gc.unfreeze``) and collects, so that what a
swap replaced (the old index's objects in reference cycles) is freed, not kept frozen for ever."""
from __future__ import annotations

import gc


def settle(old: object | None = None, new: object | None = None) -> None:
    """Collect, then freeze every object alive: an index runtime's swap listener (``old`` and ``new`` are the
    replaced and the loaded index, unused), called after the first load and after every swap."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
