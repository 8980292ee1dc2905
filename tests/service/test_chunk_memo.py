"""service.answer.chunk_memo: one entry per chunk id, new when the chunk's text, spans or the tuning lengths
change, and a full memo starting again empty."""
from __future__ import annotations

from ingest.models import Chunk
from service.answer.chunk_memo import chunk_entry
from service.answer.tuning import AnswerTuning


def _chunk(cid: str, text: str) -> Chunk:
    return Chunk(id=cid, doc_id="d", heading=(), text=text, sentences=((0, len(text)),))


def test_an_entry_is_kept_for_the_same_chunk_and_renewed_when_it_changes() -> None:
    memo: dict[str, list] = {}
    tuning = AnswerTuning()
    first = chunk_entry(memo, _chunk("d#0", "Drugx lowered pain."), tuning, 2)
    assert first[4:] == [None, None]
    first[4] = True
    assert chunk_entry(memo, _chunk("d#0", "Drugx lowered pain."), tuning, 2)[4] is True  # same text: kept
    assert chunk_entry(memo, _chunk("d#0", "Drugx raised pain."), tuning, 2)[4] is None  # a rebuilt index's text
    assert chunk_entry(memo, _chunk("d#0", "Drugx raised pain."), AnswerTuning(min_chars=1), 2)[4] is None


def test_a_full_memo_starts_again_empty() -> None:
    memo: dict[str, list] = {}
    for n in range(3):
        chunk_entry(memo, _chunk(f"d#{n}", "Drugx lowered pain."), AnswerTuning(), 1, limit=3)
    assert len(memo) == 3
    chunk_entry(memo, _chunk("d#3", "Drugx lowered pain."), AnswerTuning(), 1, limit=3)
    assert list(memo) == ["d#3"]
