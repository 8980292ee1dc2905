#!/usr/bin/env python3
"""Render the project's own PDF corpus document from its Markdown source.

Reads scripts/pdf_source/calcific-tendinopathy-eswt.md (YAML front matter + Markdown body with
'#'/'##' headings and plain paragraphs) and writes:

* corpus/calcific-tendinopathy-eswt.pdf       - the rendered PDF (running header, "Page N" footer,
                                                 Title/Author/Subject metadata)
* corpus/calcific-tendinopathy-eswt.pdf.yaml  - sidecar with the bibliographic front-matter keys

The source is kept outside corpus/ so the text is indexed once, through the PDF. Output is
deterministic: reportlab's invariant mode fixes timestamps and document ids, so re-running the
script reproduces the same bytes. Takes no arguments.
"""
from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

import yaml
from reportlab import rl_config

rl_config.invariant = 1  # fixed dates/ids -> byte-identical output between runs

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "scripts" / "pdf_source" / "calcific-tendinopathy-eswt.md"
OUT_PDF = ROOT / "corpus" / "calcific-tendinopathy-eswt.pdf"
OUT_SIDECAR = ROOT / "corpus" / "calcific-tendinopathy-eswt.pdf.yaml"
AUTHOR = "medcite project"
SIDECAR_KEYS = ("id", "title", "type", "source", "year", "provenance")


def read_source(path: Path) -> tuple[dict, str]:
    """Split a Markdown file into its YAML front matter (dict) and body text."""
    text = path.read_text(encoding="utf-8")
    match = re.match(r"^---\s*\n(.*?)\n---\s*\n(.*)$", text, re.S)
    if not match:
        raise SystemExit(f"{path}: no YAML front matter")
    meta = yaml.safe_load(match.group(1)) or {}
    for key in SIDECAR_KEYS:
        if key not in meta:
            raise SystemExit(f"{path}: front matter lacks {key!r}")
    return meta, match.group(2)


def blocks(body: str) -> list[tuple[str, str]]:
    """(kind, text) blocks: 'h1', 'h2' or 'p'; consecutive non-blank lines form one paragraph."""
    out: list[tuple[str, str]] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            out.append(("p", " ".join(para)))
            para.clear()

    for raw in body.splitlines():
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith("## "):
            flush()
            out.append(("h2", line[3:].strip()))
        elif line.startswith("# "):
            flush()
            out.append(("h1", line[2:].strip()))
        else:
            para.append(line)
    flush()
    return out


def build(meta: dict, body: str) -> None:
    styles = getSampleStyleSheet()
    h1 = ParagraphStyle("h1", parent=styles["Title"], fontSize=14, leading=18, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=styles["Heading2"], fontSize=12, leading=15, spaceBefore=8, spaceAfter=4,
                        keepWithNext=1)
    p = ParagraphStyle("p", parent=styles["BodyText"], fontName="Times-Roman", fontSize=11, leading=14.5,
                       spaceAfter=6)

    title = str(meta["title"])
    short = str(meta.get("short_title") or title)

    def decorate(canvas, doc) -> None:
        width, height = A4
        canvas.saveState()
        canvas.setFont("Helvetica", 8.5)
        canvas.drawString(20 * mm, height - 13 * mm, f"medcite corpus | {short}")
        canvas.setLineWidth(0.4)
        canvas.line(20 * mm, height - 15 * mm, width - 20 * mm, height - 15 * mm)
        canvas.drawCentredString(width / 2, 12 * mm, f"Page {doc.page}")
        canvas.restoreState()

    story = []
    for kind, text in blocks(body):
        style = {"h1": h1, "h2": h2, "p": p}[kind]
        # paragraphs are never split across pages, so no sentence is cut by a page break
        flowable = Paragraph(escape(text), style)
        story.append(KeepTogether([flowable]) if kind == "p" else flowable)
        if kind == "h1":
            story.append(Spacer(1, 3 * mm))

    OUT_PDF.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(OUT_PDF), pagesize=A4,
        leftMargin=22 * mm, rightMargin=22 * mm, topMargin=24 * mm, bottomMargin=22 * mm,
        title=title, author=AUTHOR, subject=str(meta["source"]), creator="scripts/make_corpus_pdf.py",
        invariant=1,
    )
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


def write_sidecar(meta: dict) -> None:
    side = {key: meta[key] for key in SIDECAR_KEYS}
    OUT_SIDECAR.write_text(yaml.safe_dump(side, sort_keys=False, allow_unicode=True, width=1000),
                           encoding="utf-8")


def main() -> None:
    meta, body = read_source(SOURCE)
    build(meta, body)
    write_sidecar(meta)
    print(f"wrote {OUT_PDF.relative_to(ROOT)} and {OUT_SIDECAR.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
