"""Writing small files in the PubMed citation XML format for tests (the layout of the NLM's baseline and
update files, with only the elements medcite reads)."""
from __future__ import annotations

import gzip
from pathlib import Path
from xml.sax.saxutils import escape

HEADER = ('<?xml version="1.0" encoding="utf-8"?>\n'
          '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
          '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n')


def citation(pmid: str, title: str, abstract: str | list[tuple[str, str]] = "", *, journal: str = "Journal of Examples",
             year: int = 2020, authors: tuple[tuple[str, str], ...] = (("Example", "A"),),
             pub_types: tuple[str, ...] = ("Journal Article",), mesh: tuple[str, ...] = (), doi: str = "") -> str:
    """One <PubmedArticle>; ``abstract`` is plain text or (label, text) parts."""
    parts = [(None, abstract)] if isinstance(abstract, str) else abstract
    texts = "".join(f'<AbstractText{f" Label={_attr(label)}" if label else ""}>{escape(text)}</AbstractText>'
                    for label, text in parts if text)
    author_list = "".join(f"<Author ValidYN=\"Y\"><LastName>{escape(last)}</LastName><Initials>{escape(ini)}</Initials>"
                          "</Author>" for last, ini in authors)
    types = "".join(f"<PublicationType>{escape(t)}</PublicationType>" for t in pub_types)
    headings = "".join(f"<MeshHeading><DescriptorName>{escape(m)}</DescriptorName></MeshHeading>" for m in mesh)
    eloc = f'<ELocationID EIdType="doi" ValidYN="Y">{escape(doi)}</ELocationID>' if doi else ""
    return (f'<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">{pmid}</PMID>'
            f'<Article PubModel="Print"><Journal><JournalIssue><PubDate><Year>{year}</Year></PubDate></JournalIssue>'
            f"<Title>{escape(journal)}</Title></Journal><ArticleTitle>{escape(title)}</ArticleTitle>{eloc}"
            f"{f'<Abstract>{texts}</Abstract>' if texts else ''}<AuthorList>{author_list}</AuthorList>"
            f"<PublicationTypeList>{types}</PublicationTypeList></Article>"
            f"{f'<MeshHeadingList>{headings}</MeshHeadingList>' if headings else ''}</MedlineCitation>"
            "<PubmedData><PublicationStatus>ppublish</PublicationStatus></PubmedData></PubmedArticle>\n")


def article_set(citations: list[str], deleted: tuple[str, ...] = ()) -> str:
    """A whole file: the citations, then a DeleteCitation list when ``deleted`` names PMIDs."""
    delete = ("<DeleteCitation>" + "".join(f'<PMID Version="1">{p}</PMID>' for p in deleted) + "</DeleteCitation>\n"
              if deleted else "")
    return HEADER + "<PubmedArticleSet>\n" + "".join(citations) + delete + "</PubmedArticleSet>\n"


def write(path: Path, text: str) -> Path:
    """Write ``text`` to ``path``, gzipped when the name ends in .gz."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


def _attr(value: str) -> str:
    return '"' + escape(value, {'"': "&quot;"}) + '"'
