"""PubMed/MEDLINE citation XML (``.xml``, ``.xml.gz``): one document per ``PubmedArticle``, streamed.

The NLM publishes PubMed as baseline and daily update files in this format (``PubmedArticleSet`` of
``PubmedArticle`` / ``MedlineCitation``, and ``DeleteCitation`` lists in update files). A file is parsed
with ``iterparse`` and every citation is cleared once read, so memory per file stays constant however
many citations it holds. Parsing goes through defusedxml: a file that declares entities or points at
external resources is refused, never expanded or fetched.

Document id: the plain PMID (``"12345"``), the id BEIR/BioASQ corpora built from PubMed use, so their
relevance judgements match and the same citation in a JSONL file and an XML file is one document. The URL
is the citation's PubMed page. Publication types give the kind (a Practice Guideline or Guideline is a
guideline, anything else research), the design and the flags (retracted, retraction notice, erratum).
"""
from __future__ import annotations

import gzip
import io
import json
import re
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import TypedDict, TypeVar
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_et
from defusedxml import DefusedXmlException

from ingest.errors import UnreadableFile
from ingest.metadata import parse_year, sha256_of
from ingest.models import DESIGNS, CorpusRead, Design, Document, DocumentKind, DocumentSection, Flag, Skipped

PUBMED_URL = "https://pubmed.ncbi.nlm.nih.gov/{pmid}/"

# NLM publication types (https://www.nlm.nih.gov/mesh/pubtypes.html) that make a citation a guideline.
GUIDELINE_TYPES = frozenset({"Practice Guideline", "Guideline"})

# Publication types that name a study design; a citation with several takes the strongest (DESIGNS order).
DESIGN_OF_TYPE: dict[str, Design] = {
    "Meta-Analysis": "meta-analysis",
    "Network Meta-Analysis": "meta-analysis",
    "Systematic Review": "systematic review",
    "Randomized Controlled Trial": "randomized trial",
    "Randomized Controlled Trial, Veterinary": "randomized trial",
    "Equivalence Trial": "randomized trial",
    "Controlled Clinical Trial": "clinical trial",
    "Pragmatic Clinical Trial": "clinical trial",
    "Clinical Trial": "clinical trial",
    "Clinical Trial, Phase I": "clinical trial",
    "Clinical Trial, Phase II": "clinical trial",
    "Clinical Trial, Phase III": "clinical trial",
    "Clinical Trial, Phase IV": "clinical trial",
    "Clinical Trial, Veterinary": "clinical trial",
    "Observational Study": "observational study",
    "Observational Study, Veterinary": "observational study",
    "Case Reports": "case report",
    "Review": "review",
    "Scoping Review": "review",
}

# Publication types that are notices about the citation itself.
FLAG_OF_TYPE: dict[str, Flag] = {
    "Retracted Publication": "retracted",
    "Retraction of Publication": "retraction notice",
    "Published Erratum": "erratum",
}
# A CommentsCorrections link "RetractionIn" (the notice that retracts this article) marks it retracted too,
# in case its publication types have not caught up.
_RETRACTED_BY = "RetractionIn"


class _Facts(TypedDict):
    """A citation's bibliographic facts: hashed together with its text, then passed on to Document."""

    title: str
    kind: DocumentKind
    source: str
    year: int | None
    authors: str
    doi: str
    publication_types: tuple[str, ...]
    mesh: tuple[str, ...]
    design: Design | None
    flags: tuple[Flag, ...]

_SPACE = re.compile(r"\s+")


def read_pubmed(path: Path, root: Path) -> CorpusRead:
    """Read every citation of a PubMed XML file, plain or gzipped.

    A citation without a PMID, or without both title and abstract, is skipped with its reason; the
    file's ``DeleteCitation`` PMIDs are returned in ``deleted``. A truncated or corrupt gzip stream,
    malformed XML, a file that is not a ``PubmedArticleSet`` or a file with no citation at all is an
    UnreadableFile: the whole file is skipped, not half of it kept.
    """
    rel = path.relative_to(root).as_posix()
    out = CorpusRead(revises=True)
    try:
        with _open(path) as stream:
            _parse(stream, rel, out)
    except EOFError:
        raise UnreadableFile("truncated gzip file (the compressed stream ends early)") from None
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise UnreadableFile(f"not a valid gzip file ({exc})") from None
    except ParseError as exc:
        raise UnreadableFile(f"malformed XML ({exc})") from None
    except DefusedXmlException as exc:
        raise UnreadableFile(f"XML refused: {type(exc).__name__} (entity declarations and external "
                             "references are not allowed)") from None
    if not out.documents and not out.deleted:
        raise UnreadableFile(out.skipped[0].reason if out.skipped else "no citations in PubMed XML file")
    return out


def _open(path: Path) -> io.BufferedIOBase:
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")


def _parse(stream: io.BufferedIOBase, rel: str, out: CorpusRead) -> None:
    top: Element | None = None
    for event, elem in safe_et.iterparse(stream, events=("start", "end")):
        if top is None:
            if elem.tag != "PubmedArticleSet":
                raise UnreadableFile(f"not a PubMed citation file (root element <{elem.tag}>, "
                                     "expected <PubmedArticleSet>)")
            top = elem
            continue
        if event != "end" or elem.tag not in ("PubmedArticle", "DeleteCitation", "PubmedBookArticle"):
            continue
        if elem.tag == "PubmedArticle":
            try:
                out.documents.append(citation_document(elem, rel))
            except UnreadableFile as exc:
                pmid = _text(elem.find("MedlineCitation/PMID"))
                out.skipped.append(Skipped(path=f"{rel}:{pmid or '?'}", reason=str(exc)))
        elif elem.tag == "DeleteCitation":
            out.deleted.extend(p for p in (_text(e) for e in elem.iterfind("PMID")) if p)
        # Book chapters (PubmedBookArticle) have another structure and are not read.
        top.clear()  # the citation is read: drop it so memory does not grow with the file


def citation_document(article: Element, rel: str) -> Document:
    """One ``PubmedArticle`` element as a Document (see the module docstring for the fields)."""
    citation = article.find("MedlineCitation")
    pmid = _text(citation.find("PMID")) if citation is not None else ""
    if citation is None or not pmid:
        raise UnreadableFile("citation has no PMID")
    art = citation.find("Article")
    if art is None:
        raise UnreadableFile(f"PMID {pmid} has no Article element")
    title = _text(art.find("ArticleTitle")) or _text(art.find("VernacularTitle"))
    sections = abstract_sections(art.find("Abstract"))
    if not sections:
        if not title:
            raise UnreadableFile(f"PMID {pmid} has no title and no abstract")
        sections = (DocumentSection(heading=(), text=title),)  # a citation without abstract: its title is its text
    types = _unique(_text(t) for t in art.iterfind("PublicationTypeList/PublicationType"))
    flags = [FLAG_OF_TYPE[t] for t in types if t in FLAG_OF_TYPE]
    if any(c.get("RefType") == _RETRACTED_BY for c in citation.iterfind("CommentsCorrectionsList/CommentsCorrections")):
        flags.append("retracted")
    facts = _Facts(
        title=title or f"PMID {pmid}",
        kind=DocumentKind.GUIDELINE if GUIDELINE_TYPES & set(types) else DocumentKind.RESEARCH,
        source=_text(art.find("Journal/Title")) or _text(citation.find("MedlineJournalInfo/MedlineTA")),
        year=_year(art, article),
        authors=", ".join(_unique(_author(a) for a in art.iterfind("AuthorList/Author") if a.get("ValidYN") != "N")),
        doi=_doi(art, article),
        publication_types=tuple(types),
        mesh=tuple(_unique(_text(d) for d in citation.iterfind("MeshHeadingList/MeshHeading/DescriptorName"))),
        design=_design(types),
        flags=tuple(_unique(flags)),
    )
    # A citation has no bytes of its own in a file of thousands: its hash is that of what medcite reads from
    # it, so a revised record changes it and a record repeated unchanged in an update file does not.
    content = json.dumps([pmid, [[s.heading, s.text] for s in sections], facts], sort_keys=True)
    return Document(id=pmid, url=PUBMED_URL.format(pmid=pmid), path=rel, sha256=sha256_of(content.encode("utf-8")),
                    sections=sections, **facts)


def abstract_sections(abstract: Element | None) -> tuple[DocumentSection, ...]:
    """The abstract's parts as sections headed by their label (BACKGROUND, METHODS, ...); consecutive
    unlabelled paragraphs are one section without heading."""
    if abstract is None:
        return ()
    parts: list[tuple[str, list[str]]] = []
    for node in abstract.iterfind("AbstractText"):
        text = _text(node)
        if not text:
            continue
        label = (node.get("Label") or "").strip()
        if parts and parts[-1][0] == label == "":
            parts[-1][1].append(text)
        else:
            parts.append((label, [text]))
    return tuple(DocumentSection(heading=(label,) if label else (), text="\n\n".join(texts)) for label, texts in parts)


def _design(types: list[str]) -> Design | None:
    named = {DESIGN_OF_TYPE[t] for t in types if t in DESIGN_OF_TYPE}
    return next((d for d in DESIGNS if d in named), None)


def _year(art: Element, article: Element) -> int | None:
    for where in ("Journal/JournalIssue/PubDate/Year", "Journal/JournalIssue/PubDate/MedlineDate", "ArticleDate/Year"):
        year = parse_year(_text(art.find(where)) or None)
        if year:
            return year
    return parse_year(_text(article.find("PubmedData/History/PubMedPubDate[@PubStatus='pubmed']/Year")) or None)


def _author(author: Element) -> str:
    collective = _text(author.find("CollectiveName"))
    if collective:
        return collective
    last = _text(author.find("LastName"))
    initials = _text(author.find("Initials")) or _text(author.find("ForeName"))
    return f"{last} {initials}".strip()


def _doi(art: Element, article: Element) -> str:
    for node in art.iterfind("ELocationID[@EIdType='doi']"):
        if node.get("ValidYN") != "N" and _text(node):
            return _text(node)
    return _text(article.find("PubmedData/ArticleIdList/ArticleId[@IdType='doi']"))


def _text(node: Element | None) -> str:
    """All text under ``node`` (inline markup such as <i> or <sup> included), whitespace collapsed."""
    if node is None:
        return ""
    return _SPACE.sub(" ", "".join(node.itertext())).strip()


_T = TypeVar("_T")


def _unique(items: Iterable[_T]) -> list[_T]:
    return [x for x in dict.fromkeys(items) if x]
