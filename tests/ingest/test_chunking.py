"""Chunking invariants: spans index into the text, chunks stay inside a section, respect the budget, overlap
by exactly the configured sentences, and lose no sentence of the document."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from ingest.chunking import ChunkingParams, chunk_document, clean_sentences, estimate_tokens
from ingest.models import Chunk, Document, DocumentSection
from ingest.readers.markdown import read_markdown

SHARED_GUIDELINES = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "guidelines"

WORDS = ("calcific tendinopathy shockwave deposit rotator cuff pain vitamin warfarin INR menaquinone trial "
         "randomized placebo cohort patients were given 90 micrograms daily for 12 months and outcomes improved "
         "significantly compared with controls e.g. ibuprofen (p < 0.05) extracorporeal electrohydraulic").split()


def _sentence(rng: random.Random, length: int) -> str:
    words = [rng.choice(WORDS) for _ in range(length)]
    return words[0].capitalize() + " " + " ".join(words[1:]) + rng.choice([".", ".", ".", "?", "!"])


def _document(rng: random.Random, sections: int = 4) -> Document:
    """A document of several sections; some sentences are very long, some sections are lists."""
    out = []
    for n in range(sections):
        sentences = []
        for _ in range(rng.randint(1, 25)):
            length = rng.choice([3, 6, 10, 15, 25]) if rng.random() > 0.05 else rng.randint(120, 200)
            sentences.append(_sentence(rng, length))
        if n % 3 == 2:
            text = "\n".join(f"- {s}" for s in sentences)
        else:
            text = "\n\n".join(" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3))
        out.append(DocumentSection(heading=("Part", f"Section {n}"), text=text, page=n + 1 if n % 2 else None))
    return Document(id="doc", title="A title", kind="research", source="", year=None, authors="", url="",
                    path="doc.md", sha256="0" * 64, sections=tuple(out))


def check_invariants(doc: Document, chunks: list[Chunk], params: ChunkingParams) -> None:
    """Every promise of chunk_document, checked on one document."""
    assert [c.id for c in chunks] == [f"{doc.id}#{n}" for n in range(len(chunks))]
    assert all(c.doc_id == doc.id for c in chunks)
    by_section: dict[tuple[str, ...], list[Chunk]] = {}
    for chunk in chunks:
        # Spans index into the text and are the sentences, in order, without overlap.
        sentences = chunk.sentence_texts()
        assert sentences and all(sentences)
        assert all(0 <= a < b <= len(chunk.text) for a, b in chunk.sentences)
        assert all(b1 <= a2 for (_, b1), (a2, _) in zip(chunk.sentences, chunk.sentences[1:]))
        assert " ".join(sentences) == chunk.text
        # The budget holds unless one sentence alone is longer.
        if sum(estimate_tokens(s) for s in sentences) > params.max_tokens:
            assert len(sentences) == 1
        by_section.setdefault(chunk.heading, []).append(chunk)
    assert list(by_section) == [s.heading for s in doc.sections if clean_sentences(s.text)]
    for section in doc.sections:
        expected = clean_sentences(section.text)
        if not expected:
            continue
        section_chunks = by_section[section.heading]
        assert all(c.page == section.page for c in section_chunks)
        rebuilt: list[str] = []
        for previous, chunk in zip([None, *section_chunks], section_chunks):
            sentences = chunk.sentence_texts()
            # A chunk is a run of its own section's sentences: it never crosses into another section.
            start = len(rebuilt)
            repeated = 0
            if previous is not None and params.overlap_sentences:
                tail = previous.sentence_texts()[-params.overlap_sentences:]
                if sentences[:len(tail)] == tail and len(previous.sentences) > params.overlap_sentences:
                    repeated = len(tail)
                    start -= repeated
            assert sentences == expected[start:start + len(sentences)]
            rebuilt.extend(sentences[repeated:])
        # Every sentence of the section appears, in order, exactly once outside the overlaps.
        assert rebuilt == expected


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize(("max_tokens", "overlap"), [(200, 1), (60, 0), (60, 2), (25, 1), (400, 3)])
def test_invariants_hold_on_generated_documents(seed, max_tokens, overlap):
    params = ChunkingParams(max_tokens=max_tokens, overlap_sentences=overlap)
    doc = _document(random.Random(seed))
    check_invariants(doc, chunk_document(doc, params), params)


@pytest.mark.parametrize("overlap", [1, 2, 3])
def test_overlap_repeats_exactly_the_configured_sentences(overlap):
    sentences = [f"Sentence number {n} says one short thing." for n in range(30)]
    doc = Document(id="d", title="t", kind="research", source="", year=None, authors="", url="", path="d.md",
                   sha256="", sections=(DocumentSection(heading=(), text=" ".join(sentences)),))
    params = ChunkingParams(max_tokens=50, overlap_sentences=overlap)

    chunks = chunk_document(doc, params)

    assert len(chunks) > 3
    for previous, chunk in zip(chunks, chunks[1:]):
        assert chunk.sentence_texts()[:overlap] == previous.sentence_texts()[-overlap:]
        assert chunk.sentence_texts()[overlap] not in previous.sentence_texts()


def test_no_overlap_means_chunks_partition_the_sentences():
    sentences = [f"Sentence number {n} says one short thing." for n in range(30)]
    doc = Document(id="d", title="t", kind="research", source="", year=None, authors="", url="", path="d.md",
                   sha256="", sections=(DocumentSection(heading=(), text=" ".join(sentences)),))
    chunks = chunk_document(doc, ChunkingParams(max_tokens=50, overlap_sentences=0))
    assert [s for c in chunks for s in c.sentence_texts()] == sentences


def test_overlap_never_crosses_a_section_boundary():
    doc = Document(id="d", title="t", kind="research", source="", year=None, authors="", url="", path="d.md",
                   sha256="", sections=(DocumentSection(heading=("A",), text="Alpha one. Alpha two. Alpha three."),
                                        DocumentSection(heading=("B",), text="Beta one. Beta two.")))
    chunks = chunk_document(doc, ChunkingParams(max_tokens=200, overlap_sentences=2))
    assert [(c.heading, c.sentence_texts()) for c in chunks] == [
        (("A",), ["Alpha one.", "Alpha two.", "Alpha three."]),
        (("B",), ["Beta one.", "Beta two."]),
    ]


def test_a_sentence_longer_than_the_budget_is_a_chunk_of_its_own():
    long = "Word " * 150 + "ends here."
    doc = Document(id="d", title="t", kind="research", source="", year=None, authors="", url="", path="d.md",
                   sha256="", sections=(DocumentSection(heading=(), text=f"Short before. {long} Short after."),))
    chunks = chunk_document(doc, ChunkingParams(max_tokens=40, overlap_sentences=1))
    assert [len(c.sentences) for c in chunks] == [1, 1, 1]
    assert chunks[1].text == " ".join(long.split())


def test_list_markers_and_line_breaks_do_not_reach_the_chunk_text():
    doc = Document(id="d", title="t", kind="research", source="", year=None, authors="", url="", path="d.md",
                   sha256="", sections=(DocumentSection(heading=(), text="Options:\n- Rest the\n  shoulder.\n2. Ice packs."),))
    (chunk,) = chunk_document(doc)
    assert chunk.sentence_texts() == ["Options:", "Rest the shoulder.", "Ice packs."]


def test_default_chunks_fit_the_model_window_on_the_default_corpus():
    corpus = Path(__file__).resolve().parents[2] / "corpus"
    docs = [read_markdown(p, corpus) for p in sorted(corpus.glob("*.md"))]
    assert docs
    for doc in docs:
        chunks = chunk_document(doc)
        check_invariants(doc, chunks, ChunkingParams())
        assert all(estimate_tokens(c.text) <= 256 for c in chunks)


@pytest.mark.skipif(not SHARED_GUIDELINES.is_dir(), reason="shared data ../shared/data/guidelines is absent")
def test_invariants_hold_on_real_guidelines():
    files = sorted(SHARED_GUIDELINES.glob("*.md"))[::50]
    assert files
    for path in files:
        doc = read_markdown(path, SHARED_GUIDELINES)
        check_invariants(doc, chunk_document(doc), ChunkingParams())
