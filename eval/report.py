"""Writing a retrieval evaluation out: TREC run files, report.md, report.json and the Recall@k plot."""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from eval.retrieval import METRICS, RetrievalResult, Run

LABELS = {"ndcg@10": "nDCG@10", "recall@10": "R@10", "recall@100": "R@100", "mrr@10": "MRR@10",
          "map@100": "MAP@100"}


def write_report(result: RetrievalResult, runs: dict[str, Run], out: Path) -> dict[str, Path]:
    """Write every artefact of one evaluation into ``out`` (created if needed); returns name -> path."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, run in runs.items():
        written[f"run.{name}"] = write_trec_run(run, name, out / f"{name}.trec")
    written["report.json"] = out / "report.json"
    written["report.json"].write_text(json.dumps(report_json(result), indent=1, sort_keys=True))
    written["report.md"] = out / "report.md"
    written["report.md"].write_text(markdown(result))
    written["recall_at_k.png"] = plot_recall(result, out / "recall_at_k.png")
    return written


def write_trec_run(run: Run, name: str, path: Path) -> Path:
    """A run in the six-column TREC format (query Q0 doc rank score tag), best first per query."""
    with Path(path).open("w") as fh:
        for qid, docs in run.items():
            ranked = sorted(docs.items(), key=lambda kv: -kv[1])
            for rank, (doc, score) in enumerate(ranked, start=1):
                fh.write(f"{qid} Q0 {doc} {rank} {score:.6f} {name}\n")
    return Path(path)


def report_json(result: RetrievalResult) -> dict:
    """The machine-readable report: the metrics per retriever plus comparison, timings and settings."""
    data = asdict(result)
    data["recall_at_k"] = {r: {str(k): v for k, v in c.items()} for r, c in result.recall_at_k.items()}
    return data


def markdown(result: RetrievalResult) -> str:
    """A Markdown table (one row per retriever) with significance marks and the settings used."""
    names = list(result.metrics)
    letters = {name: chr(ord("a") + i) for i, name in enumerate(names)}
    head = "| retriever | " + " | ".join(LABELS.get(m, m) for m in METRICS) + " | query time (s) |"
    rule = "| --- " * (len(METRICS) + 2) + "|"
    rows = []
    for name in names:
        cells = []
        for metric in METRICS:
            value = result.metrics[name].get(metric, float("nan"))
            beats = result.comparison[name].beats.get(metric, ()) if name in result.comparison else ()
            marks = "".join(letters[b] for b in beats)
            cells.append(f"{value:.3f}" + (f"<sup>{marks}</sup>" if marks else ""))
        rows.append(f"| ({letters[name]}) {name} | " + " | ".join(cells)
                    + f" | {result.seconds.get(name, 0.0):.1f} |")
    lines = [
        f"# Retrieval: {result.dataset} ({result.split}, {result.queries} queries)", "",
        head, rule, *rows, "",
        "Document level: a document scores as its best chunk. A superscript letter marks a retriever this "
        "row beats significantly (paired Student's t-test, p < 0.01, via ranx.compare).", "",
        "![Recall@k](recall_at_k.png)", "",
        "## Settings", "", "```json", json.dumps(result.settings, indent=1, sort_keys=True), "```", "",
    ]
    return "\n".join(lines)


def plot_recall(result: RetrievalResult, path: Path) -> Path:
    """Recall@k against k (log scale), one line per retriever, as a PNG (matplotlib, Agg backend)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4), dpi=120)
    for name, curve in result.recall_at_k.items():
        ks = sorted(curve)
        ax.plot(ks, [curve[k] for k in ks], marker="o", label=name)
    ax.set_xscale("log")
    ax.set_xlabel("k (documents)")
    ax.set_ylabel("Recall@k")
    ax.set_ylim(0, 1.02)
    ax.grid(True, which="both", alpha=0.3)
    ax.set_title(f"{result.dataset}: Recall@k")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return Path(path)
