"""Reading PDFs: page text without running headers, metadata precedence, and one-line reasons for bad files."""
from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from ingest.errors import UnreadableFile
from ingest.readers.pdf import read_pdf, remove_running_lines

HEADER = "Society of Imaginary Medicine - Practice Guideline 12"
PAGES = [
    [
        "Scope",
        "This guideline covers adults with chronic tendon",
        "pain. Imaging may show calcifi-",
        "cation of the tendon in some cases.",
        "",
        "A second paragraph starts after a blank line.",
    ],
    [
        "Treatment Options",
        "Offer shockwave therapy when rest has failed.",
        "- Use 2000 pulses per session",
        "- Repeat weekly for three weeks",
    ],
    [
        "Review the patient at six weeks and record the",
        "outcome in the notes.",
    ],
]


def _draw_pages(path: Path, pages: list[list[str]], *, header: str | None = HEADER, footer: bool = True) -> None:
    """A letter-size PDF with a running header, a "Page N" footer and the given body lines."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    for number, lines in enumerate(pages, start=1):
        if header:
            pdf.drawString(72, 750, header)
        y = 700
        for line in lines:
            pdf.drawString(72, y, line or " ")  # a blank text line is what pypdf reports as a paragraph break
            y -= 14
        if footer:
            pdf.drawString(280, 40, f"Page {number}")
        pdf.showPage()
    pdf.save()


def _with_info(path: Path, info: dict[str, str]) -> None:
    writer = PdfWriter(clone_from=str(path))
    writer.add_metadata(info)
    with path.open("wb") as out:
        writer.write(out)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    return root


@pytest.fixture
def good_pdf(corpus: Path) -> Path:
    path = corpus / "sub" / "tendon.pdf"
    _draw_pages(path, PAGES)
    _with_info(path, {"/Title": "Calcific Tendinopathy", "/Author": "A. Author; B. Author", "/CreationDate": "D:20190301120000Z"})
    return path


def _reason(path: Path, root: Path) -> str:
    with pytest.raises(UnreadableFile) as info:
        read_pdf(path, root)
    return str(info.value)


def test_pages_are_kept_and_running_lines_removed(good_pdf: Path, corpus: Path) -> None:
    doc = read_pdf(good_pdf, corpus)
    assert doc.pages == 3
    assert {s.page for s in doc.sections} == {1, 2, 3}
    text = "\n".join(s.text for s in doc.sections)
    assert HEADER not in text
    assert not re.search(r"Page \d", text)


def test_hyphenated_breaks_joined_and_paragraph_lines_merged(good_pdf: Path, corpus: Path) -> None:
    first = read_pdf(good_pdf, corpus).sections[0]
    assert first.text == (
        "This guideline covers adults with chronic tendon pain. Imaging may show calcification of the tendon"
        " in some cases.\n\nA second paragraph starts after a blank line."
    )


def test_heading_lines_become_section_headings_and_carry_over(good_pdf: Path, corpus: Path) -> None:
    sections = read_pdf(good_pdf, corpus).sections
    assert [(s.page, s.heading) for s in sections] == [
        (1, ("Scope",)),
        (2, ("Treatment Options",)),
        (3, ("Treatment Options",)),
    ]
    assert sections[1].text == (
        "Offer shockwave therapy when rest has failed.\n- Use 2000 pulses per session\n- Repeat weekly for three weeks"
    )


def test_metadata_from_pdf_info(good_pdf: Path, corpus: Path) -> None:
    doc = read_pdf(good_pdf, corpus)
    assert (doc.id, doc.path) == ("sub/tendon.pdf", "sub/tendon.pdf")
    assert doc.title == "Calcific Tendinopathy"
    assert doc.authors == "A. Author; B. Author"
    assert doc.year == 2019
    assert len(doc.sha256) == 64


def test_sidecar_metadata_wins(good_pdf: Path, corpus: Path) -> None:
    good_pdf.with_name("tendon.pdf.yaml").write_text(
        "id: tendon-2021\ntitle: Tendon guideline\ntype: guideline\nsource: Imaginary Society\nyear: 2021\n"
        "authors: [C. One, D. Two]\ndoi: 10.1000/xyz\n"
    )
    doc = read_pdf(good_pdf, corpus)
    assert (doc.id, doc.title, doc.kind, doc.source, doc.year) == (
        "tendon-2021", "Tendon guideline", "guideline", "Imaginary Society", 2021
    )
    assert doc.authors == "C. One, D. Two"
    assert doc.url == "https://doi.org/10.1000/xyz"
    assert doc.path == "sub/tendon.pdf"


def test_defaults_without_metadata(corpus: Path) -> None:
    path = corpus / "plain.pdf"
    _draw_pages(path, [["Just one line of text."]], header=None, footer=False)
    doc = read_pdf(path, corpus)
    assert (doc.id, doc.title, doc.pages) == ("plain.pdf", "plain", 1)
    assert doc.sections[0].heading == ()
    assert doc.sections[0].text == "Just one line of text."


def test_encrypted_pdf_is_refused(good_pdf: Path, corpus: Path) -> None:
    writer = PdfWriter(clone_from=str(good_pdf))
    writer.encrypt(user_password="secret", owner_password="owner")
    locked = corpus / "locked.pdf"
    with locked.open("wb") as out:
        writer.write(out)
    assert _reason(locked, corpus) == "encrypted PDF (password protected)"


def test_encrypted_pdf_with_empty_user_password_is_read(good_pdf: Path, corpus: Path) -> None:
    writer = PdfWriter(clone_from=str(good_pdf))
    writer.encrypt(user_password="", owner_password="owner")
    opened = corpus / "owner-only.pdf"
    with opened.open("wb") as out:
        writer.write(out)
    doc = read_pdf(opened, corpus)
    assert doc.pages == 3
    assert "calcification" in doc.sections[0].text


def test_image_only_pdf_has_no_text_layer(corpus: Path) -> None:
    path = corpus / "scan.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.rect(72, 72, 300, 400, fill=1)
    pdf.showPage()
    pdf.save()
    assert _reason(path, corpus) == "no text layer (scanned or image-only PDF)"


def test_truncated_pdf_is_corrupt(good_pdf: Path, corpus: Path) -> None:
    data = good_pdf.read_bytes()
    cut = corpus / "cut.pdf"
    cut.write_bytes(data[: len(data) // 2])
    assert _reason(cut, corpus).startswith("corrupt PDF: ")


def test_garbled_pdf_is_corrupt_and_pypdf_stays_quiet(corpus: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = corpus / "garbled.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nnonsense\n%%EOF\n")
    with caplog.at_level(logging.DEBUG):
        reason = _reason(path, corpus)
    assert reason.startswith("corrupt PDF: ")
    assert "\n" not in reason
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]


def test_damaged_xref_is_repaired_without_log_noise(
    good_pdf: Path, corpus: Path, caplog: pytest.LogCaptureFixture
) -> None:
    damaged = corpus / "damaged.pdf"
    damaged.write_bytes(re.sub(rb"startxref\s+\d+", b"startxref\n99", good_pdf.read_bytes()))
    with caplog.at_level(logging.DEBUG):
        doc = read_pdf(damaged, corpus)
    assert doc.pages == 3
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]
    assert logging.getLogger("pypdf").level == logging.NOTSET  # the silencing is undone


def test_html_saved_as_pdf(corpus: Path) -> None:
    path = corpus / "error.pdf"
    path.write_text("<!DOCTYPE html><html><body>Not found</body></html>")
    assert _reason(path, corpus) == "not a PDF file (starts with '<!DOCTYPE html><html><bo')"


def test_empty_file(corpus: Path) -> None:
    path = corpus / "empty.pdf"
    path.write_bytes(b"")
    assert _reason(path, corpus) == "empty file"


def test_running_lines_and_page_numbers_but_not_table_numbers() -> None:
    pages = [
        ["Journal of Things 2019; 4: 1-9", "Body one", "8", "12"],
        ["Journal of Things 2019; 4: 1-9", "Body two", "- 13 -"],
        ["Journal of Things 2019; 4: 1-9", "3", "Body three", "Page 14 of 20"],
    ]
    assert remove_running_lines(pages) == [["Body one", "8"], ["Body two"], ["3", "Body three"]]


SHARED_PDFS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "pdfs"
BAD_REASONS = {
    "bad-image-only.pdf": "no text layer",
    "bad-truncated.pdf": "corrupt PDF",
    "bad-encrypted.pdf": "encrypted PDF",
    "bad-not-a-pdf.pdf": "not a PDF file",
}


@pytest.mark.skipif(not SHARED_PDFS.is_dir(), reason=f"shared PDF samples not found at {SHARED_PDFS}")
def test_shared_sample_pdfs() -> None:
    good = sorted(SHARED_PDFS.glob("ngc-*.pdf"))
    assert good, "no ngc-*.pdf samples"
    for path in good:
        doc = read_pdf(path, SHARED_PDFS)
        first_line = PdfReader(path).pages[1].extract_text().splitlines()[0].strip()
        text = "\n".join(s.text for s in doc.sections)
        assert first_line not in text, path.name  # the running header
        assert not re.search(r"\bPage \d+\b", text), path.name
        assert {s.page for s in doc.sections} == set(range(1, doc.pages + 1)), path.name
    for name, reason in BAD_REASONS.items():
        with pytest.raises(UnreadableFile, match=f"^{re.escape(reason)}"):
            read_pdf(SHARED_PDFS / name, SHARED_PDFS)
