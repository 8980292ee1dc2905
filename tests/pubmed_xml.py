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


def write_baseline_and_update(folder: Path) -> None:
    """A baseline file of citations 1-3 and an update file that revises 2 and deletes 3 (and 404, which was
    never read): what a folder of PubMed baseline and update files looks like to the corpus reader."""
    write(folder / "pubmed26n0001.xml.gz", article_set([
        citation("1", "Kept", "Unchanged abstract."),
        citation("2", "Old title", "Old abstract."),
        citation("3", "Withdrawn", "Deleted abstract."),
    ]))
    write(folder / "pubmed26n0002.xml.gz", article_set([citation("2", "Revised title", "Revised abstract.")],
                                                       deleted=("3", "404")))


def _attr(value: str) -> str:
    return '"' + escape(value, {'"': "&quot;"}) + '"'


_DRUGS = ("metformin", "atorvastatin", "lisinopril", "amoxicillin", "sertraline", "salbutamol", "ibuprofen",
          "omeprazole", "levothyroxine", "warfarin", "insulin glargine", "prednisolone", "ferrous sulfate",
          "melatonin", "zinc", "folic acid", "allopurinol", "bisoprolol", "montelukast", "naproxen")
_CONDITIONS = ("type 2 diabetes", "hypercholesterolaemia", "hypertension", "otitis media", "depression", "asthma",
               "osteoarthritis", "reflux disease", "hypothyroidism", "atrial fibrillation", "gout", "insomnia",
               "iron deficiency", "heart failure", "migraine")
_OUTCOMES = ("symptom scores", "hospital admissions", "quality of life", "adverse events", "mortality",
             "time to recovery")
_TYPES = (("Journal Article", "Randomized Controlled Trial"), ("Journal Article", "Observational Study"),
          ("Journal Article", "Review"), ("Journal Article",), ("Case Reports",))


def generated_citations(n: int, first_pmid: int = 20000000) -> list[str]:
    """``n`` varied, made-up citations (drug x condition x outcome), one short unlabelled abstract each."""
    out = []
    for i in range(n):
        drug = _DRUGS[i % len(_DRUGS)]
        condition = _CONDITIONS[(i // len(_DRUGS)) % len(_CONDITIONS)]
        outcome = _OUTCOMES[i % len(_OUTCOMES)]
        change = 5 + (i * 7) % 40
        out.append(citation(
            str(first_pmid + i), f"{drug.capitalize()} in adults with {condition}: effect on {outcome}",
            f"Adults with {condition} received {drug} or usual care for {6 + i % 18} months. "
            f"{drug.capitalize()} changed {outcome} by {change}% compared with usual care in {40 + i} patients.",
            journal=f"Example Journal of {condition.title()}", year=1990 + i % 35, pub_types=_TYPES[i % len(_TYPES)],
            mesh=(condition.title(), drug.title())))
    return out
