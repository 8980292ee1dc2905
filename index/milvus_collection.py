"""The Milvus collection of an index: its schema, its properties, and the client calls that read and write it.

One collection holds everything a search needs: the chunk (id, document id, heading, text, sentence
offsets, page), its document's bibliographic record, the dense vector (HNSW, inner product on normalized
vectors) and a BM25 function field. The BM25 input is the passage's terms as medcite's own tokenizer makes
them (``index.lexical.tokenize``: stemmed, stop words out, compounds joined), space-separated, so Milvus's
standard analyzer only splits on the spaces: both backends score the same terms, whatever analyzers a
Milvus server offers. The index version and the manifest live in the collection's properties.

pymilvus is an optional dependency (``pip install 'medcite[scale]'``): importing this module without it
works, connecting says what to install.
"""
from __future__ import annotations

import json
from dataclasses import asdict, fields
from typing import TYPE_CHECKING, Any, Iterator

from index.errors import IndexMissingError, MedciteIndexError
from index.vectors import HNSW_EF_CONSTRUCTION, HNSW_M
from ingest.models import Chunk, Document, DocumentKind

if TYPE_CHECKING:
    from pymilvus import MilvusClient

DEFAULT_COLLECTION = "medcite"
# Property keys (strings, as Milvus stores them).
VERSION_KEY = "medcite.version"
MANIFEST_KEY = "medcite.manifest"
MAX_TEXT = 65_535  # Milvus's VARCHAR limit, in bytes
WRITE_BATCH = 256

# The fields a search returns (the vector too: hits carry their dense cosine, as the local backend's do).
OUTPUT_FIELDS = ["id", "doc_id", "chunk", "document", "text", "vector"]


class MilvusUnavailableError(MedciteIndexError):
    """The Milvus server cannot be reached, or pymilvus is not installed."""


def connect(uri: str, token: str | None = None) -> MilvusClient:
    """A pymilvus MilvusClient for ``uri`` (``http://host:19530``; a milvus-lite ``.db`` path also works)."""
    try:
        from pymilvus import MilvusClient
    except ImportError:
        raise MilvusUnavailableError("the Milvus backend needs pymilvus: pip install 'medcite[scale]'") from None
    try:
        # No keepalive pings on idle connections: gRPC servers with default settings (milvus-lite's among
        # them) answer a ping every 10 s from an idle client with GOAWAY "too_many_pings", and pymilvus
        # shares that broken channel with every later client of the same URI.
        return MilvusClient(uri=uri, token=token or "", timeout=60,
                            grpc_options={"grpc.keepalive_permit_without_calls": False})
    except Exception as exc:  # an unreachable server or a bad URI is the user's to fix, not a crash
        raise MilvusUnavailableError(f"cannot connect to Milvus at {uri}: {_reason(exc)}") from None


def create_collection(client: MilvusClient, name: str, dimension: int, bm25_k1: float, bm25_b: float) -> None:
    """Create the collection with its HNSW and BM25 indexes (it must not exist)."""
    from pymilvus import DataType, Function, FunctionType

    schema = client.create_schema(auto_id=False, enable_dynamic_field=False)
    schema.add_field("id", DataType.VARCHAR, is_primary=True, max_length=1024)
    schema.add_field("doc_id", DataType.VARCHAR, max_length=1024)
    schema.add_field("doc_sha256", DataType.VARCHAR, max_length=64)
    schema.add_field("text", DataType.VARCHAR, max_length=MAX_TEXT)
    schema.add_field("chunk", DataType.JSON)  # heading, sentence offsets, page
    schema.add_field("document", DataType.JSON)  # the document's record, without its sections
    schema.add_field("terms", DataType.VARCHAR, max_length=MAX_TEXT, enable_analyzer=True, enable_match=True,
                     analyzer_params={"tokenizer": "standard"})
    schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
    schema.add_field("vector", DataType.FLOAT_VECTOR, dim=dimension)
    schema.add_function(Function(name="terms_bm25", function_type=FunctionType.BM25,
                                 input_field_names=["terms"], output_field_names=["sparse"]))
    params = client.prepare_index_params()
    params.add_index(field_name="vector", index_type="HNSW", metric_type="IP",
                     params={"M": HNSW_M, "efConstruction": HNSW_EF_CONSTRUCTION})
    params.add_index(field_name="sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25",
                     params={"bm25_k1": bm25_k1, "bm25_b": bm25_b})
    client.create_collection(name, schema=schema, index_params=params)


def properties(client: MilvusClient, name: str) -> dict[str, str]:
    """The collection's properties; IndexMissingError when there is no such collection."""
    if not client.has_collection(name):
        raise IndexMissingError(f"no Milvus collection {name!r} (build one with "
                                "`medcite index build DIR --backend milvus --milvus-uri URI`)")
    return dict(client.describe_collection(name).get("properties") or {})


def set_properties(client: MilvusClient, name: str, version: str, manifest: dict) -> None:
    """Record a finished build: its version id and its manifest (as JSON)."""
    client.alter_collection_properties(name, properties={VERSION_KEY: version, MANIFEST_KEY: json.dumps(manifest)})


def stored_documents(client: MilvusClient, name: str) -> dict[str, tuple[str, list[str]]]:
    """doc id -> (content hash, chunk ids) of every document in the collection."""
    out: dict[str, tuple[str, list[str]]] = {}
    for row in _iterate(client, name, ["id", "doc_id", "doc_sha256"]):
        sha, ids = out.setdefault(row["doc_id"], (row["doc_sha256"], []))
        ids.append(row["id"])
    return out


def _iterate(client: MilvusClient, name: str, output_fields: list[str]) -> Iterator[dict]:
    iterator = client.query_iterator(name, batch_size=1000, filter="", output_fields=output_fields)
    try:
        while True:
            rows = iterator.next()
            if not rows:
                return
            yield from rows
    finally:
        iterator.close()


def upsert_chunks(client: MilvusClient, name: str, rows: list[dict]) -> None:
    """Write rows (from ``chunk_row``) in batches; a row with an existing id replaces it."""
    for start in range(0, len(rows), WRITE_BATCH):
        client.upsert(name, rows[start:start + WRITE_BATCH])


def delete_chunks(client: MilvusClient, name: str, ids: list[str]) -> None:
    """Delete chunks by id, in batches."""
    for start in range(0, len(ids), WRITE_BATCH):
        client.delete(name, ids=ids[start:start + WRITE_BATCH])


def chunk_row(chunk: Chunk, document: Document, terms: list[str], vector: list[float]) -> dict:
    """One collection row."""
    return {
        "id": chunk.id, "doc_id": chunk.doc_id, "doc_sha256": document.sha256, "text": chunk.text,
        "chunk": {"heading": list(chunk.heading), "sentences": [list(s) for s in chunk.sentences], "page": chunk.page},
        "document": document_record(document), "terms": " ".join(terms), "vector": vector,
    }


def document_record(document: Document) -> dict:
    """The document's fields without its sections (JSON-ready): what a hit's reference shows."""
    return {k: v for k, v in asdict(document).items() if k != "sections"}


def chunk_of(entity: dict) -> Chunk:
    """The Chunk of a returned row."""
    c = entity["chunk"]
    return Chunk(id=entity["id"], doc_id=entity["doc_id"], heading=tuple(c["heading"]), text=entity["text"],
                 sentences=tuple(tuple(s) for s in c["sentences"]), page=c.get("page"))


_DOC_FIELDS = {f.name for f in fields(Document)}


def document_of(record: dict) -> Document:
    """The Document of a stored record (without sections; lists back to tuples, unknown keys ignored)."""
    values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in record.items() if k in _DOC_FIELDS}
    values["sections"] = ()
    values["kind"] = DocumentKind(values["kind"])
    return Document(**values)


def _reason(exc: Exception) -> str:
    return str(getattr(exc, "message", "") or exc).splitlines()[0] if str(exc) else type(exc).__name__
