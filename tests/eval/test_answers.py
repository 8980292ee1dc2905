"""Answer evaluation: the citation checker, the yes/no reader, ROUGE, the BioASQ-style figures of a run, and
the command's JSON report."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eval.answers import QuestionResult, check_citations, rouge2_f, score_against_gold, summarize
from eval.cli import app
from eval.datasets import Answer as Gold
from eval.datasets import query_half
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
           "Yes, metformin lowers HbA1c in type 2 diabetes and is the first-line drug.",
           "In a randomized trial, metformin reduced HbA1c by 1.1 percent compared with placebo in adults with "
           "type 2 diabetes."),
    "q2": ("Does vitamin D supplementation prevent fractures in older adults?", "vitd", "no",
           "No, vitamin D supplementation did not reduce fractures in older adults.",
           "Vitamin D supplementation did not reduce fractures in a large randomized trial of older adults."),
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
        json.dumps({"query-id": q, "type": "yesno", "exact_answer": v[2], "ideal_answer": [v[3]],
                    "snippets": [v[4]]}) + "\n"
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


def scored(a: Answer, gold: Gold | None, rouge: dict[str, float] | None = None) -> QuestionResult:
    """One answer scored without an index: what answer_one does after answering."""
    result = QuestionResult(id="q", question=a.question, seconds=0.0, level=a.evidence.level,
                            question_type=a.question_type, references=[r.doc_id for r in a.references],
                            citations=check_citations(a), gold_docs=0, gold_cited=None, rouge=rouge or {})
    return score_against_gold(result, a, gold)


def quote(text: str) -> Statement:
    return Statement(text=text, citations=[1], origin="source")


def test_a_factoid_counts_in_the_bottom_line_only_when_the_bottom_line_names_it() -> None:
    gold = Gold(query_id="q", type="factoid", exact_answer=[["BRCA1", "breast cancer 1"]])
    named = answer([], [reference(1)], BottomLine(text="BRCA1 is the gene most often mutated.", citations=[1]))
    quoted = answer([quote("Breast cancer 1 carriers had more tumours.")], [reference(1)])
    figures = summarize([scored(named, gold), scored(quoted, gold)])
    assert figures["factoid_questions"] == 2
    assert figures["factoid_in_bottom_line"] == 0.5
    assert figures["factoid_in_answer"] == 1.0


def test_list_recall_is_the_share_of_all_items_found() -> None:
    three = Gold(query_id="q", type="list", exact_answer=[["inflammation"], ["hypoxia"], ["telomere erosion"]])
    one = Gold(query_id="q", type="list", exact_answer=[["sepsis", "septicaemia"]])
    figures = summarize([scored(answer([quote("Inflammation raises GDF-15.")], [reference(1)]), three),
                         scored(answer([quote("Septicaemia raises GDF-15.")], [reference(1)]), one)])
    assert (figures["list_questions"], figures["list_items"]) == (2, 4)
    assert figures["list_recall"] == 0.5  # 1 + 1 of 3 + 1 items (not the mean of 1/3 and 1)


def test_snippet_precision_dangling_quotes_and_false_insufficiency() -> None:
    snippet = "Metformin lowered HbA1c by 1.1 percent in a randomized trial."
    gold = Gold(query_id="q", type="yesno", exact_answer="yes", snippets=(snippet,))
    claims_none = answer([quote(snippet), quote("It is the usual first-line drug."),
                          Statement(text="This answer rests on a single source.", citations=[1], origin="template")],
                         [reference(1)], BottomLine(text="There is insufficient evidence to recommend metformin; the "
                                                    "indexed guidelines do not specifically address this.",
                                                    citations=[1]))
    answers_it = answer([quote(snippet)], [reference(1)])
    no_snippets = answer([], [reference(1)], BottomLine(text="No source was found that addresses metformin "
                                                         "directly.", citations=[1]))
    results = [scored(claims_none, gold), scored(answers_it, gold), scored(no_snippets, Gold(query_id="q"))]
    assert [r.false_insufficient for r in results] == [True, False, None]
    figures = summarize(results)
    assert figures["snippet_statements"] == 3 and figures["snippet_precision"] == round(2 / 3, 4)
    assert figures["dangling_statements"] == 1 and figures["dangling_statements_share"] == round(1 / 3, 4)
    assert figures["false_insufficient"] == 0.5 and figures["false_insufficient_answers"] == 1
    assert figures["insufficient_bottom_lines"] == round(2 / 3, 4)


def with_verdict(verdict: str | None, bottom: str = "Evidence from 1 source addresses metformin.") -> Answer:
    return answer([], [reference(1)], BottomLine(text=bottom, citations=[1])).model_copy(update={"verdict": verdict})


def test_yes_no_figures_use_the_verdict_field_once_it_is_filled() -> None:
    golds = [Gold(query_id="q", type="yesno", exact_answer=v) for v in ("yes", "Yes", "no", "no")]
    verdicts = ["yes", "insufficient", "no", "yes"]
    figures = summarize([scored(with_verdict(v), g) for v, g in zip(verdicts, golds)])
    assert figures["yesno_verdict_source"] == "answer.verdict"
    assert figures["yesno_questions"] == 4
    # yes: TP 1, FP 1, FN 1 -> 1/2; no: TP 1, FN 1 -> 2/3
    assert figures["yesno_macro_f1"] == round((1 / 2 + 2 / 3) / 2, 4)
    assert figures["yesno_coverage"] == 0.75 and figures["yesno_accuracy"] == round(2 / 3, 4)
    assert figures["yesno_macro_f1_always_yes"] == round((2 * 2 / (2 * 2 + 2)) / 2, 4)
    assert figures["yesno_verdicts"] == {"yes": 2, "none": 1, "no": 1}
    assert figures["yesno_macro_f1_rule_reading"] == 0.0  # the bottom lines state no verdict, no quotes


def test_yes_no_figures_fall_back_to_the_rule_reading() -> None:
    golds = [Gold(query_id="q", type="yesno", exact_answer="yes")] * 2
    results = [scored(with_verdict(None, "Yes, metformin works."), golds[0]),
               scored(with_verdict(None, "No, it does not."), golds[1])]
    figures = summarize(results)
    assert figures["yesno_verdict_source"] == "eval.yesno"
    assert figures["yesno_macro_f1"] == round((2 / 3 + 0) / 2, 4)  # yes: TP 1, FN 1; no: FP 1
    assert figures["yesno_maybe_macro_f1"] is None  # no 'maybe' in the gold


def test_pubmedqa_maybe_is_left_out_of_the_yes_no_f1_and_scored_as_a_third_class() -> None:
    golds = [Gold(query_id="q", decision=d) for d in ("yes", "no", "maybe")]
    figures = summarize([scored(with_verdict(v), g) for v, g in zip(["yes", "uncertain", "uncertain"], golds)])
    assert figures["yesno_questions"] == 2 and figures["yesno_maybe_excluded"] == 1
    assert figures["yesno_macro_f1"] == 0.5 and figures["yesno_coverage"] == 0.5
    assert figures["yesno_maybe_macro_f1"] == round((1 + 0 + 2 / 3) / 3, 4)


def test_bottom_line_rouge_is_averaged_beside_the_baseline() -> None:
    rouge = [{"source": 0.3, "lead": 0.1, "bottom_line": 0.2, "baseline_top_passage": 0.5},
             {"source": 0.1, "lead": 0.1, "bottom_line": 0.4, "baseline_top_passage": 0.3}]
    figures = summarize([scored(answer([], [reference(1)]), None, r) for r in rouge])
    assert figures["bottom_line_rouge2"] == 0.3 and figures["rouge2_f_baseline_top_passage"] == 0.4


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
                "latency_p50", "levels", "yesno_macro_f1", "yesno_verdict_source", "factoid_in_bottom_line",
                "list_recall", "snippet_precision", "bottom_line_rouge2", "dangling_statements",
                "false_insufficient", "half"):
        assert key in figures
    assert figures["half"] == "all" and figures["snippet_questions"] == 2
    assert figures["yesno_questions"] == 2 and figures["yesno_macro_f1"] is not None
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


def test_one_half_of_the_questions_is_answered_and_named(report: tuple[dict, Path], tmp_path: Path) -> None:
    _, out = report
    cache = out.parent / "cache"  # the module's index, reused
    for half in ("dev", "heldout"):
        expected = sum(1 for q in QUESTIONS if query_half(q) == half)
        assert expected == 1  # q1 and q2 fall into different halves
        result = CliRunner().invoke(app, ["answers", "--dataset", str(out.parent / "tiny"), "--json", "--half",
                                          half, "--abstain", "0", "--cache-dir", str(cache),
                                          "--out", str(tmp_path / half)])
        assert result.exit_code == 0, result.output
        figures = json.loads(result.stdout.strip().splitlines()[-1])
        assert figures["half"] == half and figures["questions"] == expected
        assert figures["settings"]["split"] == f"test/{half}"
        assert f"half: {half}" in (tmp_path / half / "report.md").read_text()


def test_an_unknown_half_is_a_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["answers", "--dataset", str(write_dataset(tmp_path / "tiny")),
                                      "--half", "train"])
    assert result.exit_code == 2 and "unknown --half" in result.output


def test_a_missing_dataset_is_a_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["answers", "--dataset", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "not found" in result.output
