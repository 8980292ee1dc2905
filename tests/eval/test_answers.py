"""Answer evaluation: the citation checker, the yes/no reader, ROUGE, and the command's JSON report."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eval.answers import check_citations, rouge2_f
from eval.cli import app
from eval.yesno import negative_finding, read_bottom_line, read_yesno
from service.answer.models import Answer, BottomLine, Evidence, Passage, Reference, Section, Statement
from service.answer.phrasing import NO_EVIDENCE

PASSAGE = "Metformin lowered HbA1c by 1.1 percent in a randomized trial. It is the usual first-line drug."
DOCS = {
    "met": ("Metformin in type 2 diabetes", "Metformin is recommended as first-line therapy for type 2 diabetes. "
            "In a randomized trial, metformin reduced HbA1c by 1.1 percent compared with placebo in adults with "
            "type 2 diabetes."),
    "vitd": ("Vitamin D and fractures in older adults", "Vitamin D supplementation did not reduce fractures in "
             "a large randomized trial of older adults. Fracture rates were similar in the vitamin D and placebo "
             "groups."),
    "statin": ("Statins for cardiovascular prevention", "Statins reduced major cardiovascular events by 25 "
               "percent in a meta-analysis of randomized trials. Statin therapy is recommended for adults with "
               "high LDL cholesterol."),
    "asthma": ("Inhaled corticosteroids in asthma", "Inhaled corticosteroids reduce exacerbations in persistent "
               "asthma. Oral candidiasis is a common local side effect of inhaled corticosteroids."),
    "gout": ("Allopurinol in gout", "Allopurinol lowers serum urate and prevents gout flares over time. "
             "Allopurinol hypersensitivity is more common in carriers of HLA-B*5801."),
}
QUESTIONS = {
    "q1": ("Is metformin effective for type 2 diabetes?", "met", "yes",
           "Yes, metformin lowers HbA1c in type 2 diabetes and is the first-line drug."),
    "q2": ("Does vitamin D supplementation prevent fractures in older adults?", "vitd", "no",
           "No, vitamin D supplementation did not reduce fractures in older adults."),
}


def write_dataset(root: Path) -> Path:
    """A five-document BEIR data set with two yes/no questions and BioASQ-style answers."""
    (root / "qrels").mkdir(parents=True)
    (root / "corpus.jsonl").write_text("".join(
        json.dumps({"_id": i, "title": t, "text": x, "metadata": {}}) + "\n" for i, (t, x) in DOCS.items()))
    (root / "queries.jsonl").write_text("".join(
        json.dumps({"_id": q, "text": v[0]}) + "\n" for q, v in QUESTIONS.items()))
    (root / "qrels" / "test.tsv").write_text("query-id\tcorpus-id\tscore\n" + "".join(
        f"{q}\t{v[1]}\t1\n" for q, v in QUESTIONS.items()))
    (root / "answers.jsonl").write_text("".join(
        json.dumps({"query-id": q, "type": "yesno", "exact_answer": v[2], "ideal_answer": [v[3]]}) + "\n"
        for q, v in QUESTIONS.items()))
    return root


def answer(statements: list[Statement], references: list[Reference], bottom: BottomLine | None = None,
           level: str = "limited") -> Answer:
    now = datetime.now(timezone.utc)
    return Answer(id="a", question="Is metformin effective?", title="Metformin",
                  bottom_line=bottom or BottomLine(text="Evidence from 1 source addresses metformin.", citations=[1]),
                  sections=[Section(key="clinical_studies", heading="Evidence", statements=statements)],
                  references=references, evidence=Evidence(level=level, sources=len(references)),
                  disclaimer="", created_at=now, updated_at=now, index_version="v")


def reference(n: int, text: str = PASSAGE) -> Reference:
    return Reference(n=n, kind="Research", title="t", source="s", doc_id=f"d{n}",
                     passages=[Passage(chunk_id=f"d{n}#0", text=text)])


def test_a_verbatim_quote_passes_even_with_other_whitespace() -> None:
    quote = Statement(text="Metformin lowered  HbA1c by 1.1\npercent in a randomized trial.", citations=[1],
                      origin="source")
    check = check_citations(answer([quote], [reference(1)]))
    assert (check.source_statements, check.verbatim, check.numbering) == (1, 1, ())
    assert check.valid


def test_a_changed_word_or_a_wrong_citation_is_caught() -> None:
    altered = Statement(text="Metformin lowered HbA1c by 2.1 percent in a randomized trial.", citations=[1],
                        origin="source")
    elsewhere = Statement(text="It is the usual first-line drug.", citations=[2], origin="source")
    check = check_citations(answer([altered, elsewhere], [reference(1), reference(2, "Something else.")]))
    assert check.source_statements == 2 and check.verbatim == 0
    assert set(check.failures) == {altered.text, elsewhere.text}


def test_templates_are_not_checked_but_numbering_is() -> None:
    template = Statement(text="medcite found 2 relevant sources.", citations=[2, 1], origin="template")
    check = check_citations(answer([template], [reference(1), reference(2)], BottomLine(text="x", citations=[])))
    assert check.source_statements == 0
    assert any("order" in problem for problem in check.numbering)
    missing = Statement(text="It is the usual first-line drug.", citations=[1, 3], origin="source")
    check = check_citations(answer([missing], [reference(1), reference(2)]))
    assert check.verbatim == 1  # found in reference 1
    assert any("[3]" in p for p in check.numbering) and any("never cited" in p for p in check.numbering)


@pytest.mark.parametrize("text, reading", [
    (NO_EVIDENCE, "insufficient"),
    ("There is insufficient evidence to recommend vitamin K2 for tendon calcification; the indexed guidelines "
     "do not specifically address this application.", "insufficient"),
    ("No source was found that addresses statins directly; the 3 sources cited speak to related questions only.",
     "insufficient"),
    ("Evidence from 2 sources (2 research reports, including randomized trial) addresses metformin; medcite "
     "rates this evidence as moderate.", "evidence"),
    ("Yes, metformin is effective.", "yes"),
    ("No, it does not.", "no"),
])
def test_bottom_line_readings(text: str, reading: str) -> None:
    assert read_bottom_line(text) == reading


def test_yes_no_verdicts_come_from_the_quoted_findings() -> None:
    positive = Statement(text="Metformin lowered HbA1c by 1.1 percent in a randomized trial.", citations=[1],
                         origin="source")
    negative = Statement(text="Vitamin D did not reduce fractures in a randomized trial.", citations=[1],
                         origin="source")
    assert read_yesno(answer([positive], [reference(1)])).verdict == "yes"
    assert read_yesno(answer([negative], [reference(1)])).verdict == "no"
    assert read_yesno(answer([negative, positive, positive], [reference(1)])).verdict == "yes"
    undecided = answer([positive], [reference(1)], BottomLine(text=NO_EVIDENCE), level="none")
    assert read_yesno(undecided).verdict is None and read_yesno(undecided).rule == "insufficient"
    assert read_yesno(answer([positive], [reference(1)], level="indirect")).verdict is None


@pytest.mark.parametrize("text, negative", [
    ("The cost was no different between patients who received regional or general anesthesia.", True),
    ("The tax increase led to no increase in the retail price of cigarettes.", True),
    ("There was no statistically significant difference in mortality.", True),
    ("Fracture rates were not significantly different between the groups.", True),
    ("Metformin reduced HbA1c by 1.1 percent compared with placebo.", False),
])
def test_null_findings_are_recognised(text: str, negative: bool) -> None:
    assert negative_finding(text) is negative


def test_rouge_takes_the_best_reference_and_scores_empty_text_zero() -> None:
    refs = ["Statins prevent heart attacks.", "Metformin lowers HbA1c in type 2 diabetes."]
    assert rouge2_f("Metformin lowers HbA1c in type 2 diabetes.", refs) == pytest.approx(1.0)
    assert 0 < rouge2_f("Metformin lowers HbA1c a lot.", refs) < 1
    assert rouge2_f("", refs) == 0.0


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path]:
    """One run of the command on the tiny data set (it builds the module's only index)."""
    root = tmp_path_factory.mktemp("answers-eval")
    data = write_dataset(root / "tiny")
    out = root / "out"
    result = CliRunner().invoke(app, ["answers", "--dataset", str(data), "--json", "--abstain", "2",
                                      "--cache-dir", str(root / "cache"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout.strip().splitlines()[-1]), out


def test_the_json_report_has_every_figure(report: tuple[dict, Path]) -> None:
    figures, out = report
    for key in ("dataset", "questions", "citation_validity", "evidence_recall", "rouge2_f", "yesno_accuracy",
                "yesno_coverage", "abstention_accuracy", "abstention_control", "numbering_violations",
                "latency_p50", "levels"):
        assert key in figures
    assert figures["dataset"] == "tiny" and figures["questions"] == 2
    assert figures["citation_validity"] == 1.0 and figures["numbering_violations"] == 0
    assert figures["abstention_questions"] == 2
    assert (out / "report.json").is_file() and (out / "report.md").is_file()
    assert len((out / "answers.jsonl").read_text().splitlines()) == 2


def test_on_topic_answers_cite_their_gold_document(report: tuple[dict, Path]) -> None:
    figures, out = report
    assert figures["evidence_recall"] == 1.0
    # With every gold document gone, nothing in the corpus is about these questions.
    assert figures["abstention_accuracy"] == 1.0
    # The control is the same count on the full index: here both questions are in the sample.
    rows = [json.loads(line) for line in (out / "answers.jsonl").read_text().splitlines()]
    assert figures["abstention_control"] == sum(r["abstained"] for r in rows) / 2
    metformin = next(r for r in rows if r["id"] == "q1")
    assert not metformin["abstained"] and metformin["yesno_read"] == "yes"


def test_a_missing_dataset_is_a_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["answers", "--dataset", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "not found" in result.output
