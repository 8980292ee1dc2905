"""The design-sentence model's training: headings to kinds, cutting an abstract into its sections, and the
train command's part on a tiny PubMedQA-shaped folder the test writes."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from typer.testing import CliRunner

from eval.cli import app
from eval.datasets import query_half
from eval.design_training import Abstract, heading_class, proportional, segment
from service.answer.design import DesignModel


def test_headings_name_the_kind_of_their_sentences() -> None:
    assert heading_class("PATIENTS AND METHODS") == "method"
    assert heading_class("MAIN OUTCOME MEASURES") == "method"
    assert heading_class("RESULTS") == "result"
    assert heading_class("MEASUREMENTS AND MAIN RESULTS") == "result"
    assert heading_class("BACKGROUND AND AIMS") == "background"
    assert heading_class("METHODS AND RESULTS") is None
    assert heading_class("CASE REPORT") is None


def test_an_abstract_is_cut_into_its_sections_in_order_where_the_model_reads_them_best() -> None:
    a = Abstract("1", "dev", ("s1", "s2", "s3", "s4"), ("method", "result"))
    assert proportional(a) == ["method", "method", "result", "result"]
    # columns: background, method, result; s2 reads as a result, s3 too: the cut falls after s1
    log_p = np.log(np.array([[0.1, 0.8, 0.1], [0.1, 0.3, 0.6], [0.1, 0.2, 0.7], [0.1, 0.1, 0.8]]))
    assert segment(a, log_p) == ["method", "result", "result", "result"]
    # every section keeps one sentence at least, even when the model reads all as results
    log_p = np.log(np.array([[0.1, 0.1, 0.8]] * 4))
    assert segment(a, log_p) == ["method", "result", "result", "result"]


_METHODS = ("Adults with gizmo disease were randomly assigned to drugx or placebo.",
            "Participants were followed for twelve months after enrolment.")
_RESULTS = ("Pain scores were lower in the drugx group than in the placebo group.",
            "Gizmo scores did not differ between the groups.")


def test_the_train_command_writes_a_design_model_that_reads_methods(tmp_path: Path) -> None:
    folder = tmp_path / "pubmedqa"
    (folder / "qrels").mkdir(parents=True)
    docs, qrels = [], ["query-id\tcorpus-id\tscore"]
    for n in range(60):
        docs.append({"_id": str(n), "title": "", "text": " ".join(_METHODS + _RESULTS),
                     "metadata": {"sections": ["METHODS", "RESULTS"]}})
        qrels.append(f"pqa-{n}\t{n}\t1")
    (folder / "corpus.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs))
    (folder / "qrels" / "test.tsv").write_text("\n".join(qrels) + "\n")
    assert {query_half(f"pqa-{n}") for n in range(60)} == {"dev", "heldout"}
    out = tmp_path / "weights"
    result = CliRunner().invoke(app, ["train", "--bioasq", str(tmp_path), "--pubmedqa", str(folder),
                                      "--out", str(out), "--only", "design", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output.strip().splitlines()[-1])["design"]
    assert report["trained_on"].startswith("PubMedQA dev half")
    model = DesignModel.from_json(json.loads((out / "design.json").read_text()))
    assert model.method_over_result(_METHODS[0]) > model.method_over_result(_RESULTS[0])
    assert report["heldout_first_and_last_sentences"]["recall"] == 1.0
