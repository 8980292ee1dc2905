"""End to end over PubMed XML: `medcite index build` reads a folder of citation files, `medcite ask` cites
PMIDs with their PubMed pages, a retracted citation is listed with its flag and never quoted, and a
DeleteCitation update removes a citation from the next answer."""
from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index.embedder import load_embedder
from ingest.chunking import clean_sentences
from tests.pubmed_xml import article_set, citation, generated_citations, write
from service.cli import app

QUESTION = "Does vitamin K2 reduce vascular calcification in haemodialysis patients?"
TRIAL, META, RETRACTED, GUIDELINE, NOTICE = "32000001", "32000002", "32000003", "32000004", "32000005"
RETRACTED_ABSTRACT = ("Vitamin K2 completely reversed vascular calcification in every haemodialysis patient within "
                      "six months. Vitamin K2 should therefore be given to all haemodialysis patients with "
                      "vascular calcification.")
TRIAL_ABSTRACT = [
    ("BACKGROUND", "Vascular calcification progresses quickly in patients on haemodialysis."),
    ("METHODS", "We randomly assigned 120 haemodialysis patients to vitamin K2 (menaquinone-7) or placebo "
                "for eighteen months."),
    ("RESULTS", "Vitamin K2 slowed the progression of vascular calcification in haemodialysis patients compared "
                "with placebo (coronary calcium score rise 12% versus 27%)."),
    ("CONCLUSIONS", "In haemodialysis patients, vitamin K2 supplementation slowed vascular calcification."),
]
# Written for this test: a small topic among a few hundred made-up citations on other drugs and conditions.
TOPIC = [
    citation(TRIAL, "Menaquinone-7 and vascular calcification in haemodialysis patients: a randomized trial",
             TRIAL_ABSTRACT, journal="Journal of Example Nephrology", year=2021, pub_types=("Journal Article", "Randomized Controlled Trial"),
        mesh=("Renal Dialysis", "Vascular Calcification", "Vitamin K 2"), doi="10.1000/jen.2021.7"),
    citation(META, "Vitamin K supplementation and vascular calcification in haemodialysis: a meta-analysis",
             "In this meta-analysis of six randomized trials, vitamin K2 supplementation reduced the progression of "
             "vascular calcification in haemodialysis patients. The trials were small and the certainty of the "
             "evidence was low.", journal="Example Reviews in Nephrology", year=2023,
             pub_types=("Journal Article", "Meta-Analysis", "Systematic Review")),
    citation(RETRACTED, "Vitamin K2 reverses vascular calcification in haemodialysis patients", RETRACTED_ABSTRACT,
             journal="Example Letters in Nephrology", year=2019,
             pub_types=("Journal Article", "Randomized Controlled Trial", "Retracted Publication")),
    citation(GUIDELINE, "Mineral and bone disorder in chronic kidney disease: practice guideline",
             "In haemodialysis patients with vascular calcification, vitamin K2 supplementation is not recommended "
             "outside clinical trials. Control phosphate and avoid calcium-based binders in these patients.",
             journal="Example Kidney Society", year=2022, pub_types=("Practice Guideline",)),
    # The retraction notice: it names the retracted claim, which must not be quoted from it either.
    citation(NOTICE, "Retraction notice", "The editors retract the report that high-dose vitamin K2 cleared "
             "vascular calcification from haemodialysis patients, because its data could not be verified.",
             journal="Example Letters in Nephrology", year=2020, pub_types=("Retraction of Publication",)),
]


def invoke(*args) -> str:
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict]:
    """A folder of PubMed files (300 generated citations plus the topic, one truncated download), indexed
    with `medcite index build`."""
    load_embedder()  # the packaged model, loaded once; the CLI finds it in the cache
    root = tmp_path_factory.mktemp("pubmed-e2e")
    corpus = root / "corpus"
    write(corpus / "pubmed26n0001.xml.gz", article_set(generated_citations(150)))
    write(corpus / "pubmed26n0002.xml.gz", article_set(generated_citations(150, first_pmid=20000150) + TOPIC))
    whole = gzip.compress(article_set(generated_citations(5, first_pmid=20001000)).encode())
    (corpus / "pubmed26n0003.xml.gz").write_bytes(whole[:-40])  # a download cut short
    report = json.loads(invoke("index", "build", corpus, "--index", root / "index", "--json").splitlines()[-1])
    return corpus, root / "index", report


def _ask(index: Path) -> dict:
    return json.loads(invoke("ask", QUESTION, "--index", index, "--format", "json"))


def _statements(answer: dict) -> list[dict]:
    """The bottom line (a template) and every section statement, each with its origin."""
    return ([{**answer["bottom_line"], "origin": "template"}]
            + [s for section in answer["sections"] for s in section["statements"]])


@pytest.fixture(autouse=True)
def _no_medcite_environment(monkeypatch):
    for name in [n for n in os.environ if n.startswith("MEDCITE_")]:
        monkeypatch.delenv(name)


def test_the_folder_indexes_and_the_truncated_download_is_reported(built):
    _, _, report = built
    assert report["documents"] == 305
    assert [(s["path"], s["reason"]) for s in report["skipped"]] == [
        ("pubmed26n0003.xml.gz", "truncated gzip file (the compressed stream ends early)")]


def test_answers_cite_pmids_with_their_pubmed_pages(built):
    _, index, _ = built
    answer = _ask(index)

    refs = {r["doc_id"]: r for r in answer["references"]}
    cited = {n for s in _statements(answer) for n in s["citations"]}
    assert {TRIAL, META} <= set(refs)
    for pmid in (TRIAL, META):
        assert refs[pmid]["url"] == f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/"
        assert refs[pmid]["n"] in cited and refs[pmid]["flags"] == []
    quoted = [s["text"] for s in _statements(answer) if s["origin"] == "source"]
    trial_sentences = {s for _, text in TRIAL_ABSTRACT for s in clean_sentences(text)}
    assert any(q in trial_sentences for q in quoted)  # quoted word for word from the trial's abstract


def test_a_retracted_citation_is_flagged_and_never_quoted(built):
    _, index, _ = built
    answer = _ask(index)

    ref = next(r for r in answer["references"] if r["doc_id"] == RETRACTED)
    assert ref["flags"] == ["retracted"] and ref["passages"] == []
    notes = [s for s in _statements(answer) if ref["n"] in s["citations"]]
    assert [s["origin"] for s in notes] == ["template"]
    assert "retracted" in notes[0]["text"]
    retracted_sentences = clean_sentences(RETRACTED_ABSTRACT)
    assert not any(r in s["text"] for s in _statements(answer) for r in retracted_sentences)
    assert NOTICE not in {r["doc_id"] for r in answer["references"]}  # a notice is not evidence either
    markdown = invoke("ask", QUESTION, "--index", index)
    assert f"**[Retracted]** {ref['title']}." in markdown


def test_a_delete_citation_update_removes_the_pmid_from_the_next_answer(built, tmp_path):
    corpus, index, first = built
    assert TRIAL in {r["doc_id"] for r in _ask(index)["references"]}
    update = write(corpus / "pubmed26n0004.xml.gz", article_set([], deleted=(TRIAL,)))
    try:
        report = json.loads(invoke("index", "build", corpus, "--index", index, "--json").splitlines()[-1])
        answer = _ask(index)
    finally:
        update.unlink()
        invoke("index", "build", corpus, "--index", index)  # the module's index as it was, for other tests
    assert (report["documents"], report["deleted"], report["embedded"]) == (first["documents"] - 1, 1, 0)
    refs = {r["doc_id"] for r in answer["references"]}
    assert TRIAL not in refs and META in refs
