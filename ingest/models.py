"""The data that crosses ingest's stages: documents read from files, and the chunks cut from them."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

# A citation's study design, read from its publication types (PubMed); strongest evidence first.
Design = Literal["meta-analysis", "systematic review", "randomized trial", "clinical trial", "observational study",
                 "case report", "review"]
DESIGNS: tuple[Design, ...] = ("meta-analysis", "systematic review", "randomized trial", "clinical trial",
                               "observational study", "case report", "review")
# Notices a citation carries: it was retracted, it is itself a retraction notice, or it is an erratum.
Flag = Literal["retracted", "retraction notice", "erratum"]


class DocumentKind(StrEnum):
    """What a source is: a guideline (its recommendations are advice, graded) or a research report.

    A ``StrEnum``, so a kind read back from the store as plain text compares equal to its member.
    """

    GUIDELINE = "guideline"
    RESEARCH = "research"


@dataclass(frozen=True)
class DocumentSection:
    """A run of text under one heading path (e.g. ("Treatment", "Shockwave therapy"))."""

    heading: tuple[str, ...]
    text: str
    page: int | None = None


@dataclass(frozen=True)
class Document:
    """One source text of the corpus with its bibliographic facts."""

    id: str
    title: str
    kind: DocumentKind
    source: str
    year: int | None
    authors: str
    url: str
    path: str
    sha256: str
    sections: tuple[DocumentSection, ...]
    pages: int | None = None
    doi: str = ""
    publication_types: tuple[str, ...] = ()  # as the source names them (PubMed: "Randomized Controlled Trial")
    mesh: tuple[str, ...] = ()  # MeSH descriptor names
    design: Design | None = None
    flags: tuple[Flag, ...] = ()

    @property
    def retracted(self) -> bool:
        """The source was retracted: it may be listed, never quoted as support."""
        return "retracted" in self.flags


@dataclass(frozen=True)
class Grade:
    """The grade a guideline gives one recommendation, normalised, with the guideline's own words.

    ``strength``: strong | conditional | against | insufficient | not stated;
    ``certainty`` (of the evidence): high | moderate | low | very low | not stated.
    """

    strength: str
    certainty: str
    text: str


@dataclass(frozen=True)
class Chunk:
    """A retrieval unit: consecutive sentences of one section, with sentence offsets into ``text``."""

    id: str
    doc_id: str
    heading: tuple[str, ...]
    text: str
    sentences: tuple[tuple[int, int], ...]
    page: int | None = None
    # (sentence index, grade) for the sentences a guideline grades (see ingest.grades).
    grades: tuple[tuple[int, Grade], ...] = ()

    def grade_of(self, sentence: int) -> Grade | None:
        """The grade stated for the chunk's ``sentence``-th sentence, if any."""
        return next((g for i, g in self.grades if i == sentence), None)

    def sentence_texts(self) -> list[str]:
        """The chunk's sentences as strings, in order."""
        return [self.text[a:b] for a, b in self.sentences]


@dataclass(frozen=True)
class Skipped:
    """A file that could not be read, with a one-line reason."""

    path: str
    reason: str


@dataclass
class CorpusRead:
    """The result of reading a corpus folder: documents plus the files that were skipped."""

    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    # Ids withdrawn by the file (PubMed DeleteCitation); for a whole corpus, the ids that were removed.
    deleted: list[str] = field(default_factory=list)
    # The file's documents replace earlier documents of the same id from a revising reader (PubMed update
    # files carry revised citations), instead of being reported as duplicates.
    revises: bool = False
