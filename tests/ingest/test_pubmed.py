"""The PubMed/MEDLINE XML reader: citations become documents with their bibliographic facts, update files
revise and delete citations, and damaged files are reported and skipped."""
from __future__ import annotations

import gzip
import tracemalloc
from pathlib import Path

import pytest

from ingest.corpus import corpus_files, read_corpus
from ingest.errors import UnreadableFile
from ingest.readers.pubmed import read_pubmed
from tests.pubmed_xml import HEADER, article_set, citation, write, write_baseline_and_update

# Written for these tests, in the layout of a PubMed baseline file: a labelled abstract with inline markup,
# a guideline, a retracted trial (by publication type), an article retracted only by its correction link,
# a MedlineDate, a collective author, and a citation without abstract.
HAND_WRITTEN = HEADER + """<PubmedArticleSet>
<PubmedArticle>
  <MedlineCitation Status="MEDLINE" Owner="NLM">
    <PMID Version="1">30000001</PMID>
    <Article PubModel="Print-Electronic">
      <Journal>
        <ISSN IssnType="Electronic">1234-5678</ISSN>
        <JournalIssue CitedMedium="Internet"><Volume>12</Volume><PubDate><Year>2019</Year><Month>Mar</Month></PubDate></JournalIssue>
        <Title>Journal of Imaginary Endocrinology</Title>
        <ISOAbbreviation>J Imag Endocrinol</ISOAbbreviation>
      </Journal>
      <ArticleTitle>Menaquinone-7 and arterial stiffness in <i>postmenopausal</i> women: a randomised trial.</ArticleTitle>
      <ELocationID EIdType="pii" ValidYN="Y">S0000-0000(19)00001-1</ELocationID>
      <ELocationID EIdType="doi" ValidYN="Y">10.1000/jie.2019.001</ELocationID>
      <Abstract>
        <AbstractText Label="BACKGROUND" NlmCategory="BACKGROUND">Arterial stiffness rises after menopause.</AbstractText>
        <AbstractText Label="METHODS" NlmCategory="METHODS">Women took 180 &#181;g MK-7 or placebo for three years.</AbstractText>
        <AbstractText Label="RESULTS" NlmCategory="RESULTS">Stiffness fell in the MK-7 group (P&lt;0.05).</AbstractText>
        <AbstractText Label="CONCLUSIONS" NlmCategory="CONCLUSIONS">MK-7 improved arterial stiffness.</AbstractText>
        <CopyrightInformation>Copyright 2019 Nobody.</CopyrightInformation>
      </Abstract>
      <AuthorList CompleteYN="Y">
        <Author ValidYN="Y"><LastName>Knapen</LastName><ForeName>Marjo</ForeName><Initials>MH</Initials></Author>
        <Author ValidYN="N"><LastName>Mistake</LastName><Initials>X</Initials></Author>
        <Author ValidYN="Y"><CollectiveName>Example Vitamin K Study Group</CollectiveName></Author>
      </AuthorList>
      <PublicationTypeList>
        <PublicationType UI="D016428">Journal Article</PublicationType>
        <PublicationType UI="D016449">Randomized Controlled Trial</PublicationType>
        <PublicationType UI="D017418">Meta-Analysis</PublicationType>
      </PublicationTypeList>
    </Article>
    <MedlineJournalInfo><MedlineTA>J Imag Endocrinol</MedlineTA></MedlineJournalInfo>
    <MeshHeadingList>
      <MeshHeading><DescriptorName UI="D005260" MajorTopicYN="N">Female</DescriptorName></MeshHeading>
      <MeshHeading><DescriptorName UI="D059289" MajorTopicYN="Y">Vascular Stiffness</DescriptorName>
        <QualifierName UI="Q000187" MajorTopicYN="N">drug effects</QualifierName></MeshHeading>
    </MeshHeadingList>
  </MedlineCitation>
  <PubmedData><ArticleIdList><ArticleId IdType="pubmed">30000001</ArticleId></ArticleIdList></PubmedData>
</PubmedArticle>
<PubmedArticle>
  <MedlineCitation Status="MEDLINE" Owner="NLM">
    <PMID Version="1">30000002</PMID>
    <Article PubModel="Print">
      <Journal><JournalIssue><PubDate><MedlineDate>1998 Dec-1999 Jan</MedlineDate></PubDate></JournalIssue>
        <Title>Bulletin of Example Guidance</Title></Journal>
      <ArticleTitle>Warfarin and vitamin K intake: practice guideline.</ArticleTitle>
      <Abstract><AbstractText>Keep vitamin K intake steady.</AbstractText><AbstractText>Check the INR after changes.</AbstractText></Abstract>
      <PublicationTypeList>
        <PublicationType UI="D016431">Guideline</PublicationType>
        <PublicationType UI="D017065">Practice Guideline</PublicationType>
      </PublicationTypeList>
    </Article>
  </MedlineCitation>
  <PubmedData><ArticleIdList><ArticleId IdType="doi">10.1000/beg.1998.7</ArticleId></ArticleIdList></PubmedData>
</PubmedArticle>
<PubmedArticle>
  <MedlineCitation Status="MEDLINE" Owner="NLM">
    <PMID Version="1">30000003</PMID>
    <Article PubModel="Print">
      <Journal><JournalIssue><PubDate><Year>2015</Year></PubDate></JournalIssue><Title>Example Trials</Title></Journal>
      <ArticleTitle>Vitamin K2 reverses valve calcification.</ArticleTitle>
      <Abstract><AbstractText>Calcification regressed in every patient.</AbstractText></Abstract>
      <PublicationTypeList>
        <PublicationType UI="D016449">Randomized Controlled Trial</PublicationType>
        <PublicationType UI="D016441">Retracted Publication</PublicationType>
      </PublicationTypeList>
    </Article>
  </MedlineCitation>
</PubmedArticle>
<PubmedArticle>
  <MedlineCitation Status="MEDLINE" Owner="NLM">
    <PMID Version="1">30000004</PMID>
    <Article PubModel="Print">
      <Journal><JournalIssue><PubDate><Year>2016</Year></PubDate></JournalIssue><Title>Example Reports</Title></Journal>
      <ArticleTitle>A case of calciphylaxis treated with vitamin K.</ArticleTitle>
      <PublicationTypeList><PublicationType UI="D002363">Case Reports</PublicationType></PublicationTypeList>
    </Article>
    <CommentsCorrectionsList>
      <CommentsCorrections RefType="RetractionIn"><RefSource>Example Reports. 2017;1:1</RefSource><PMID Version="1">30000099</PMID></CommentsCorrections>
    </CommentsCorrectionsList>
  </MedlineCitation>
</PubmedArticle>
</PubmedArticleSet>
"""


def _read(tmp_path: Path, name: str, text: str):
    path = write(tmp_path / name, text)
    return read_pubmed(path, tmp_path)


@pytest.fixture
def docs(tmp_path):
    read = _read(tmp_path, "pubmed26n0001.xml", HAND_WRITTEN)
    assert read.skipped == [] and read.deleted == []
    return {d.id: d for d in read.documents}


def test_every_citation_is_a_document_with_its_pmid_as_id_and_its_pubmed_page_as_url(docs):
    assert list(docs) == ["30000001", "30000002", "30000003", "30000004"]
    assert docs["30000001"].url == "https://pubmed.ncbi.nlm.nih.gov/30000001/"
    assert all(d.path == "pubmed26n0001.xml" for d in docs.values())


def test_bibliographic_facts_are_read(docs):
    doc = docs["30000001"]
    assert doc.title == "Menaquinone-7 and arterial stiffness in postmenopausal women: a randomised trial."
    assert doc.source == "Journal of Imaginary Endocrinology"
    assert doc.year == 2019
    assert doc.authors == "Knapen MH, Example Vitamin K Study Group"  # the invalid author is left out
    assert doc.doi == "10.1000/jie.2019.001"  # the DOI, not the pii
    assert doc.mesh == ("Female", "Vascular Stiffness")
    assert doc.publication_types == ("Journal Article", "Randomized Controlled Trial", "Meta-Analysis")


def test_a_labelled_abstract_keeps_its_parts_as_sections(docs):
    sections = docs["30000001"].sections
    assert [s.heading for s in sections] == [("BACKGROUND",), ("METHODS",), ("RESULTS",), ("CONCLUSIONS",)]
    assert sections[1].text == "Women took 180 \u00b5g MK-7 or placebo for three years."
    assert sections[2].text == "Stiffness fell in the MK-7 group (P<0.05)."


def test_unlabelled_paragraphs_are_one_section_and_the_doi_may_come_from_the_article_ids(docs):
    doc = docs["30000002"]
    assert [(s.heading, s.text) for s in doc.sections] == [((), "Keep vitamin K intake steady.\n\nCheck the INR after changes.")]
    assert doc.doi == "10.1000/beg.1998.7"
    assert doc.year == 1998  # from the MedlineDate


def test_publication_types_give_kind_design_and_flags(docs):
    assert [(d.kind, d.design, d.flags) for d in docs.values()] == [
        ("research", "meta-analysis", ()),  # the strongest of the designs named
        ("guideline", None, ()),
        ("research", "randomized trial", ("retracted",)),
        ("research", "case report", ("retracted",)),  # retracted by its RetractionIn link
    ]
    assert docs["30000003"].retracted and not docs["30000001"].retracted


def test_a_citation_without_abstract_is_its_title(docs):
    doc = docs["30000004"]
    assert [(s.heading, s.text) for s in doc.sections] == [((), "A case of calciphylaxis treated with vitamin K.")]


def test_notices_are_flagged(tmp_path):
    read = _read(tmp_path, "n.xml", article_set([
        citation("1", "Retraction: Vitamin K2 reverses valve calcification.", pub_types=("Retraction of Publication",)),
        citation("2", "Erratum in table 2.", pub_types=("Published Erratum",)),
    ]))
    assert [d.flags for d in read.documents] == [("retraction notice",), ("erratum",)]


def test_gzipped_files_read_the_same_and_the_content_hash_is_stable(tmp_path):
    plain = _read(tmp_path, "a.xml", HAND_WRITTEN).documents
    zipped = _read(tmp_path, "b.xml.gz", HAND_WRITTEN).documents
    assert [(d.id, d.sha256, d.sections) for d in plain] == [(d.id, d.sha256, d.sections) for d in zipped]
    assert len({d.sha256 for d in plain}) == len(plain)


def test_a_citation_without_title_and_abstract_is_skipped_alone(tmp_path):
    read = _read(tmp_path, "a.xml", article_set([citation("7", ""), citation("8", "Kept title.")]))
    assert [d.id for d in read.documents] == ["8"]
    assert [(s.path, s.reason) for s in read.skipped] == [("a.xml:7", "PMID 7 has no title and no abstract")]


@pytest.mark.parametrize("name, data, reason", [
    ("truncated.xml.gz", gzip.compress(article_set([citation("1", "T", "Some text.")] * 50).encode())[:-300],
     "truncated gzip file (the compressed stream ends early)"),
    ("notgzip.xml.gz", b"<PubmedArticleSet></PubmedArticleSet>", "not a valid gzip file"),
    ("malformed.xml", (HEADER + "<PubmedArticleSet><PubmedArticle><MedlineCitation></PubmedArticle>").encode(),
     "malformed XML (mismatched tag: line 3, column"),
    ("other.xml", b"<?xml version='1.0'?><rss><channel/></rss>",
     "not a PubMed citation file (root element <rss>, expected <PubmedArticleSet>)"),
    ("empty-set.xml", (HEADER + "<PubmedArticleSet></PubmedArticleSet>").encode(), "no citations in PubMed XML file"),
    ("bomb.xml", b'<?xml version="1.0"?><!DOCTYPE PubmedArticleSet [<!ENTITY a "aaaaaaaaaa">]>'
     b"<PubmedArticleSet>&a;</PubmedArticleSet>", "XML refused: EntitiesForbidden"),
    ("external.xml", b'<?xml version="1.0"?><!DOCTYPE PubmedArticleSet [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
     b"<PubmedArticleSet>&x;</PubmedArticleSet>", "XML refused: EntitiesForbidden"),
])
def test_a_damaged_or_foreign_file_is_unreadable_with_a_one_line_reason(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UnreadableFile) as caught:
        read_pubmed(path, tmp_path)
    assert str(caught.value).startswith(reason) and "\n" not in str(caught.value)


def test_the_corpus_walk_reads_xml_and_xml_gz_and_skips_bad_files(tmp_path):
    write(tmp_path / "pubmed26n0001.xml.gz", article_set([citation("1", "One", "First abstract.")]))
    write(tmp_path / "PUBMED26N0002.XML", article_set([citation("2", "Two", "Second abstract.")]))
    (tmp_path / "pubmed26n0003.xml.gz").write_bytes(gzip.compress(HAND_WRITTEN.encode())[:200])
    (tmp_path / "pubmed26n0004.xml").write_text("<PubmedArticleSet><PubmedArticle>")
    (tmp_path / "archive.tar.gz").write_bytes(b"not a corpus file")

    assert [p.name for p in corpus_files(tmp_path)] == [
        "PUBMED26N0002.XML", "pubmed26n0001.xml.gz", "pubmed26n0003.xml.gz", "pubmed26n0004.xml"]
    read = read_corpus(tmp_path)

    assert sorted(d.id for d in read.documents) == ["1", "2"]
    assert {s.path: s.reason.split(" (")[0] for s in read.skipped} == {
        "pubmed26n0003.xml.gz": "truncated gzip file", "pubmed26n0004.xml": "malformed XML"}


def test_update_files_revise_and_delete_citations_in_file_order(tmp_path):
    write_baseline_and_update(tmp_path)

    read = read_corpus(tmp_path)

    assert [(d.id, d.title) for d in read.documents] == [("1", "Kept"), ("2", "Revised title")]
    assert read.deleted == ["3"]  # 404 was never read: nothing to delete
    assert read.skipped == []


def test_a_delete_citation_removes_only_citations_read_from_pubmed_files(tmp_path):
    write(tmp_path / "a-notes.md", "---\nid: \"3\"\n---\nA Markdown note whose id looks like a PMID.\n")
    write(tmp_path / "pubmed26n0002.xml", article_set([citation("4", "Other", "Other abstract.")], deleted=("3",)))

    read = read_corpus(tmp_path)

    assert [d.id for d in read.documents] == ["3", "4"] and read.deleted == []


def test_parser_memory_does_not_grow_with_the_file(tmp_path):
    """What the parse needs beyond the documents it returns (peak minus what is still held at the end) is
    about the same for 500 and 4,000 citations: the file is streamed, not loaded as one tree."""
    def transient(n: int) -> int:
        path = write(tmp_path / f"big{n}.xml", article_set(
            [citation(str(i), f"Title {i}", "An abstract sentence. " * 20) for i in range(n)]))
        tracemalloc.start()
        read = read_pubmed(path, tmp_path)
        held, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert len(read.documents) == n
        return peak - held

    small, large = transient(500), transient(4000)
    assert large < 2 * small
