"""The corpus lexicon of an index version, written at build time beside the manifest.

Two files: ``lexicon.json`` (the abbreviations and other names the corpus defines, the kinds it names of
broader things, ingest.kinds, the composite outcomes it defines, ingest.composites, and the phrases it names
things with: those long forms and its frequent multiword terms, ingest.collocations) and ``lexicon-vectors.npy``
(each phrase embedded with the index's own model, float16, normalized). The answer side reads them once per
index version to widen a question's concepts with their other names, the defined ones and the near
neighbours in the embedding space, with no model call of its own. An index built before these files
existed has neither; the answer side then reads the definitions from the store's texts (no neighbours).
"""
from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from index.embedder import Embedder
from ingest.abbreviations import corpus_definitions
from ingest.composites import corpus_composites
from ingest.kinds import corpus_kinds
from ingest.collocations import frequent_phrases

log = logging.getLogger(__name__)

LEXICON = "lexicon.json"
LEXICON_VECTORS = "lexicon-vectors.npy"
LEXICON_VERSION = 1
# How many frequent phrases are embedded: a share of the chunks, so the step stays a small part of a
# build's embedding time (phrases are a few tokens, chunks a few hundred), within fixed bounds.
PHRASES_PER_CHUNK = 0.25
MIN_PHRASES, MAX_PHRASES = 200, 5000


@dataclass(frozen=True)
class CorpusLexicon:
    """What a corpus calls its concepts: short form -> long forms, embedded phrases, what it names kinds of
    -> those kinds (ingest.kinds), and the composite outcomes it defines -> their members (ingest.composites; None
    for a lexicon written before composites were read, see read_lexicon)."""

    definitions: dict[str, list[str]]
    phrases: list[str]
    vectors: np.ndarray  # (len(phrases), dimension) float32, rows normalized
    model: str = ""  # fingerprint of the embedder that made the vectors
    kinds: dict[str, list[str]] = field(default_factory=dict)
    composites: dict[str, list[str]] | None = field(default_factory=dict)

    def vector_of(self) -> dict[str, np.ndarray]:
        """Phrase -> its vector."""
        return dict(zip(self.phrases, self.vectors))


def build_lexicon(documents: Sequence[tuple[str, str]], embedder: Embedder,
                  previous: CorpusLexicon | None = None) -> CorpusLexicon:
    """The lexicon of (document id, chunk text) pairs: definitions, phrases, and the phrases' vectors
    (reused from ``previous`` when the same model made them, so an incremental build embeds only new ones)."""
    texts = [text for _, text in documents]
    definitions = {short: sorted(longs) for short, longs in sorted(corpus_definitions(texts).items())}
    limit = int(min(MAX_PHRASES, max(MIN_PHRASES, PHRASES_PER_CHUNK * len(texts))))
    long_forms = list(dict.fromkeys(lf for longs in definitions.values() for lf in longs))
    phrases = list(dict.fromkeys(long_forms[:limit] + frequent_phrases(documents, limit)))
    known = previous.vector_of() if previous is not None and previous.model == embedder.fingerprint else {}
    todo = [p for p in phrases if p not in known]
    fresh = dict(zip(todo, embedder.encode(todo))) if todo else {}
    vectors = np.zeros((len(phrases), embedder.dimension), dtype=np.float32)
    for i, phrase in enumerate(phrases):
        vectors[i] = known[phrase] if phrase in known else fresh[phrase]
    kinds = {broad: sorted(named) for broad, named in sorted(corpus_kinds(texts).items())}
    # Read from every chunk, new and reused alike, as the definitions and kinds are: a rebuild keeps them whole.
    composites = dict(sorted(corpus_composites(texts).items()))
    return CorpusLexicon(definitions=definitions, phrases=phrases, vectors=vectors, model=embedder.fingerprint,
                         kinds=kinds, composites=composites)


def write_lexicon(folder: Path, lexicon: CorpusLexicon) -> None:
    """Write the two lexicon files into an index version folder."""
    (folder / LEXICON).write_text(json.dumps({
        "version": LEXICON_VERSION, "model": lexicon.model, "definitions": lexicon.definitions, "kinds": lexicon.kinds,
        "composites": lexicon.composites, "phrases": lexicon.phrases}, ensure_ascii=False))
    with open(folder / LEXICON_VECTORS, "wb") as fh:
        np.save(fh, lexicon.vectors.astype(np.float16))


def read_lexicon(folder: Path) -> CorpusLexicon | None:
    """The lexicon of an index version folder; None when it has none (built before lexicons were
    written) or when the files are unreadable, so the caller can fall back to the store's texts."""
    try:
        data = json.loads((folder / LEXICON).read_text())
        if data.get("version") != LEXICON_VERSION:
            return None
        vectors = np.load(folder / LEXICON_VECTORS).astype(np.float32)
        phrases = [str(p) for p in data["phrases"]]
        if vectors.shape[0] != len(phrases):
            raise ValueError(f"{len(phrases)} phrases but {vectors.shape[0]} vectors")
        definitions = {str(k): [str(v) for v in vs] for k, vs in data["definitions"].items()}
        # (A lexicon written before kinds were read has none: it reads as naming no kinds.)
        kinds = {str(k): [str(v) for v in vs] for k, vs in data.get("kinds", {}).items()}
        # A lexicon written before composites were read has no "composites": None, not {} (none defined), so the
        # answer side reads them from the store's texts instead (service.answer.concepts.Lexicon.composites).
        written = data.get("composites")
        composites = None if written is None else {str(k): [str(v) for v in vs] for k, vs in written.items()}
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.warning("ignoring the unreadable lexicon in %s: %s", folder, exc)
        return None
    return CorpusLexicon(definitions=definitions, phrases=phrases, vectors=vectors, model=str(data.get("model", "")),
                         kinds=kinds, composites=composites)
