"""What an answer reads from a chunk's text, remembered per chunk id.

Some 70 hits an answer, and the same chunks come back question after question: one dictionary lookup by the
chunk's id instead of hashing its text and spans into a cache per fact. An entry serves only the same text,
spans and tuning lengths (a rebuilt index may reuse an id); a full memo starts again empty.
"""
from __future__ import annotations

from ingest.models import Chunk
from service.answer.tuning import AnswerTuning

MAX_CHUNKS = 50_000  # as many as the passage caches beneath (scoring's lru_caches) keep: no texts held past them


def chunk_entry(memo: dict[str, list], chunk: Chunk, tuning: AnswerTuning, slots: int,
                limit: int = MAX_CHUNKS) -> list:
    """The chunk's entry in ``memo``: [text, sentence spans, min_chars, max_chars] and then ``slots`` places
    for the caller's facts, None until it fills them; a new entry when the chunk or the lengths changed."""
    entry = memo.get(chunk.id)
    if (entry is None or not (entry[0] is chunk.text or entry[0] == chunk.text)
            or not (entry[1] is chunk.sentences or entry[1] == chunk.sentences)
            or entry[2] != tuning.min_chars or entry[3] != tuning.max_chars):
        if len(memo) >= limit:
            memo.clear()
        entry = memo[chunk.id] = [chunk.text, chunk.sentences, tuning.min_chars, tuning.max_chars,
                                  *([None] * slots)]
    return entry
