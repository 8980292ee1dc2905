"""frozen_instance builds what the frozen dataclasses' own __init__ builds (search's Hit, scoring's Candidate)."""
from __future__ import annotations

from dataclasses import FrozenInstanceError, fields, replace

import pytest

from index.frozen import frozen_instance
from index.search import Hit
from ingest.models import Chunk, Document
from service.answer.scoring import Candidate


def _hit_values() -> dict:
    document = Document(id="d1", title="A study", kind="research", source="Test", year=2020, authors="", url="",
                        path="d1", sha256="", sections=())
    chunk = Chunk(id="d1#0", doc_id="d1", heading=(), text="Drug X reduced relapse.", sentences=((0, 23),))
    return {"chunk": chunk, "document": document, "rank": 3, "score": 0.25, "lexical": None, "dense": 0.8}


@pytest.mark.parametrize("cls", [Hit, Candidate])
def test_the_instance_equals_the_one_init_builds_and_stays_frozen(cls: type) -> None:
    hit = Hit(**_hit_values())
    values = _hit_values() if cls is Hit else {
        "text": "Drug X reduced relapse.", "hit": hit, "score": 0.7, "coverage": 0.5, "terms": frozenset({"drug"}),
        "mentions_intervention": True, "mentions_condition": False, "direct": True, "features": (1.0, 0.5),
        "anchored": True, "closest_only": True, "cut": (True, False), "stand_in": True}
    assert set(values) == {f.name for f in fields(cls)}  # every field named, as frozen_instance requires
    built, fast = cls(**values), frozen_instance(cls, **values)
    assert type(fast) is cls and fast == built and hash(fast) == hash(built) and vars(fast) == vars(built)
    with pytest.raises(FrozenInstanceError):
        fast.score = 0.0
    assert replace(fast, score=0.0) == replace(built, score=0.0)
