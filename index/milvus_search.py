"""Searching an index held in a Milvus collection, behind the same contract as ``index.search.Index``.

Hybrid search is Milvus's own: one ``hybrid_search`` call with a BM25 request on the sparse field and an
HNSW request on the vector field, fused by Milvus's RRF ranker with the same ``k`` as the local backend.
Hits carry the fused score and their dense cosine (computed from the returned vector, as the local backend
does); Milvus reports no per-list BM25 score for a hybrid hit, so ``lexical`` is set in ``bm25`` mode only.
"""
from __future__ import annotations

import json
import math
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from index.embedder import Embedder
from index.errors import IndexFormatError, IndexOptionError
from index.lexical import query_terms
from index.manifest import FORMAT_VERSION, Manifest
from index.milvus_collection import (MANIFEST_KEY, OUTPUT_FIELDS, VERSION_KEY, MilvusUnavailableError, chunk_of,
                                     connect, document_of, properties)
from index.search import MODES, FusionSettings, Hit, SearchMode, embedder_for
from index.vectors import HNSW_EF_SEARCH

if TYPE_CHECKING:
    from pymilvus import MilvusClient


@dataclass
class MilvusIndex:
    """One version of an index in a Milvus collection, with the embedder that made it."""

    client: MilvusClient
    collection: str
    uri: str
    manifest: Manifest
    version: str
    embedder: Embedder
    fusion: FusionSettings = field(default_factory=FusionSettings)
    _df: dict[str, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def search(self, query: str, k: int = 10, mode: SearchMode = SearchMode.HYBRID,
               query_vector: np.ndarray | None = None) -> list[Hit]:
        """The top-k chunks for ``query`` (see ``index.search.Index.search``: same modes, same hit shape)."""
        if mode not in MODES:
            raise IndexOptionError(f"unknown search mode {mode!r} (choose from {', '.join(MODES)})")
        depth = max(k, self.fusion.depth)
        terms = " ".join(query_terms(query)) if mode in (SearchMode.HYBRID, SearchMode.BM25) else ""
        vector = query_vector
        if mode in (SearchMode.HYBRID, SearchMode.DENSE) and vector is None:
            vector = self.embedder.encode_query(query)
        if mode == SearchMode.BM25 and not terms:
            return []
        try:
            rows = self._request(mode, terms, vector, k, depth)
        except Exception as exc:  # a server gone away mid-request is a service problem, not a crash
            raise MilvusUnavailableError(f"Milvus search failed on {self.collection!r}: {exc}") from None
        hits = []
        for rank, row in enumerate(rows, start=1):
            entity = row["entity"]
            score = abs(float(row["distance"])) if mode == SearchMode.BM25 else float(row["distance"])
            dense = float(np.asarray(entity["vector"], dtype=np.float32) @ vector) if vector is not None else None
            hits.append(Hit(chunk=chunk_of(entity), document=document_of(entity["document"]), rank=rank,
                            score=score, lexical=score if mode == SearchMode.BM25 else None,
                            dense=score if mode == SearchMode.DENSE else dense))
        return hits

    def _request(self, mode: str, terms: str, vector: np.ndarray | None, k: int, depth: int) -> list[dict]:
        from pymilvus import AnnSearchRequest, RRFRanker

        dense = {"data": [vector.astype(np.float32).tolist()] if vector is not None else None,
                 "anns_field": "vector", "param": {"metric_type": "IP", "params": {"ef": max(HNSW_EF_SEARCH, depth)}}}
        # Milvus returns BM25 relevance as a score; milvus-lite as its negation (a distance): abs() reads both.
        lexical = {"data": [terms], "anns_field": "sparse", "param": {"metric_type": "BM25"}}
        if mode in (SearchMode.BM25, SearchMode.DENSE):
            request = lexical if mode == SearchMode.BM25 else dense
            found = self.client.search(self.collection, data=request["data"], anns_field=request["anns_field"],
                                       search_params=request["param"], limit=k, output_fields=OUTPUT_FIELDS)
        else:
            requests = [AnnSearchRequest(limit=depth, **dense)]
            if terms:  # a question of stop words only has no lexical list: dense ranks alone, as locally
                requests.insert(0, AnnSearchRequest(limit=depth, **lexical))
            found = self.client.hybrid_search(self.collection, requests, RRFRanker(self.fusion.rrf_k), limit=k,
                                              output_fields=OUTPUT_FIELDS)
        return list(found[0]) if found else []

    def terms(self) -> frozenset[str]:
        """The collection's vocabulary: none, as Milvus lists no terms (the answer then finds no compounds of a
        question's word, ``service.answer.concepts.Lexicon.compounds``)."""
        return frozenset()

    def idf(self, term: str) -> float:
        """BM25 IDF of one term over the collection's chunks (as ``Index.idf``), counted by Milvus's text
        match on the terms field; counts are cached for the life of this version."""
        with self._lock:
            df = self._df.get(term)
        if df is None:
            df = self._count(f'TEXT_MATCH(terms, "{term}")') if term.isalnum() else 0
            with self._lock:
                self._df[term] = df
        n = max(int(self.manifest.counts.get("chunks", 0)), 1)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def _count(self, expression: str) -> int:
        rows = self.client.query(self.collection, filter=expression, output_fields=["count(*)"])
        return int(rows[0]["count(*)"]) if rows else 0

    def close(self) -> None:
        """Drop the connection."""
        try:
            self.client.close()
        except Exception:  # closing a connection the server already dropped is not an error
            pass


def open_milvus_index(uri: str, collection: str, model_path: str | None = None, embedder: Embedder | None = None,
                      fusion: FusionSettings | None = None, token: str | None = None) -> MilvusIndex:
    """Open the current version of the index in ``collection``, checking its format and model."""
    fusion = fusion or FusionSettings()
    if fusion.method != "rrf" or fusion.lexical_weight != fusion.dense_weight:
        raise IndexOptionError("the Milvus backend fuses with Milvus's RRF ranker (equal weights) only")
    client = connect(uri, token)
    props = properties(client, collection)
    if VERSION_KEY not in props or MANIFEST_KEY not in props:
        raise IndexFormatError(f"Milvus collection {collection!r} holds no finished medcite build")
    try:
        data = json.loads(props[MANIFEST_KEY])
        manifest = Manifest(**{k: data[k] for k in Manifest.__dataclass_fields__ if k != "documents"})
    except (ValueError, KeyError, TypeError) as exc:
        raise IndexFormatError(f"damaged manifest in Milvus collection {collection!r}: {exc}") from None
    if manifest.format_version != FORMAT_VERSION:
        raise IndexFormatError(f"index format version {manifest.format_version} in Milvus collection {collection!r} "
                               f"is not supported (this medcite reads version {FORMAT_VERSION}); rebuild it")
    embedder = embedder_for(manifest, f"Milvus collection {collection!r}", model_path, embedder)
    client.load_collection(collection)
    return MilvusIndex(client=client, collection=collection, uri=uri, manifest=manifest,
                       version=props[VERSION_KEY], embedder=embedder, fusion=fusion)

