"""Reading Markdown and plain text: front matter, heading paths, and one-line reasons for unreadable files."""
from __future__ import annotations

import hashlib
import os
import random
from pathlib import Path

import pytest

from ingest.corpus import read_corpus
from ingest.errors import UnreadableFile
from ingest.readers import READERS
from ingest.readers.markdown import read_markdown

WITH_FRONT_MATTER = """---
id: k2-tendon
title: Vitamin K2 and tendon calcification
type: guideline
publisher: Example Society of Tendons
year: 2021
authors: [A. Author, B. Author]
doi: 10.1000/k2
---
# Vitamin K2 and tendon calcification

Vitamin K2 activates matrix Gla protein. Evidence in tendons is limited.

## Mechanism
Matrix Gla protein binds calcium crystals.

### In animals
Rats given warfarin calcify their arteries.

## Dosing
Doses of 90 to 180 micrograms a day were studied.
"""


def _write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_front_matter_gives_the_bibliographic_facts(tmp_path):
    path = _write(tmp_path, "k2.md", WITH_FRONT_MATTER)
    doc = read_markdown(path, tmp_path)

    assert doc.id == "k2-tendon"
    assert doc.title == "Vitamin K2 and tendon calcification"
    assert doc.kind == "guideline"
    assert doc.source == "Example Society of Tendons"
    assert doc.year == 2021
    assert doc.authors == "A. Author, B. Author"
    assert doc.url == "https://doi.org/10.1000/k2"
    assert doc.path == "k2.md"
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_heading_paths_nest_and_an_h1_equal_to_the_title_is_not_a_level(tmp_path):
    doc = read_markdown(_write(tmp_path, "k2.md", WITH_FRONT_MATTER), tmp_path)

    assert [s.heading for s in doc.sections] == [(), ("Mechanism",), ("Mechanism", "In animals"), ("Dosing",)]
    assert doc.sections[0].text.startswith("Vitamin K2 activates matrix Gla protein.")
    assert doc.sections[2].text == "Rats given warfarin calcify their arteries."
    assert all("---" not in s.text and "doi:" not in s.text for s in doc.sections)


def test_an_h1_that_differs_from_the_title_is_a_level(tmp_path):
    text = "---\ntitle: Asthma care\n---\n# Children\nUse a spacer.\n## Under five\nUse a mask.\n# Adults\nCheck technique.\n"
    doc = read_markdown(_write(tmp_path, "asthma.md", text), tmp_path)

    assert [s.heading for s in doc.sections] == [("Children",), ("Children", "Under five"), ("Adults",)]


def test_without_front_matter_the_path_is_the_id_and_the_first_heading_the_title(tmp_path):
    path = _write(tmp_path, "sub/otitis.md", "# Acute otitis media\n\nMost cases resolve in three days.\n")
    doc = read_markdown(path, tmp_path)

    assert doc.id == "sub/otitis.md"
    assert doc.title == "Acute otitis media"
    assert doc.kind == "research"
    assert (doc.source, doc.year, doc.url) == ("", None, "")
    assert [s.heading for s in doc.sections] == [()]


def test_a_file_without_headings_is_titled_by_its_name(tmp_path):
    doc = read_markdown(_write(tmp_path, "iron-notes.md", "Oral iron restores haemoglobin.\n"), tmp_path)
    assert doc.title == "iron-notes"
    assert doc.sections[0].text == "Oral iron restores haemoglobin."


def test_txt_files_are_read_like_markdown(tmp_path):
    path = _write(tmp_path, "notes.txt", "---\ntitle: Smoking cessation\nyear: 2017\n---\nOffer varenicline. Arrange follow-up.\n")
    doc = READERS[".txt"](path, tmp_path).documents[0]
    assert (doc.id, doc.title, doc.year) == ("notes.txt", "Smoking cessation", 2017)
    assert doc.sections[0].text == "Offer varenicline. Arrange follow-up."


def test_windows_line_endings_and_a_byte_order_mark_are_accepted(tmp_path):
    text = "---\r\ntitle: Migraine prophylaxis\r\nyear: 2012\r\n---\r\n## Drugs\r\nConsider propranolol.\r\n"
    doc = read_markdown(_write(tmp_path, "m.md", b"\xef\xbb\xbf" + text.encode()), tmp_path)
    assert (doc.title, doc.year) == ("Migraine prophylaxis", 2012)
    assert [s.heading for s in doc.sections] == [("Drugs",)]
    assert doc.sections[0].text.strip() == "Consider propranolol."


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ("---\ntitle: [unclosed\nyear: 2020\n---\nBody text.\n", "invalid YAML front matter"),
        ("---\ntitle: a: b: c\n---\nBody text.\n", "invalid YAML front matter"),
        ("---\n- just\n- a list\n---\nBody text.\n", "front matter is not a YAML mapping"),
        ("---\ntitle: Only metadata\n---\n# Only metadata\n## Empty section\n", "no text besides front matter"),
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"caf\xe9 au lait is not UTF-8", "not UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
    ids=["yaml-unclosed", "yaml-colons", "yaml-list", "headings-only", "empty", "blank", "latin-1", "binary"],
)
def test_unreadable_files_raise_a_one_line_reason(tmp_path, data, reason):
    path = _write(tmp_path, "bad.md", data)
    with pytest.raises(UnreadableFile) as info:
        read_markdown(path, tmp_path)
    message = str(info.value)
    assert reason in message
    assert "\n" not in message and len(message) < 200


def test_malformed_yaml_names_the_line(tmp_path):
    path = _write(tmp_path, "bad.md", "---\ntitle: Fine\nyear: [2020\n---\nBody.\n")
    with pytest.raises(UnreadableFile, match=r"invalid YAML front matter \(line \d+\)"):
        read_markdown(path, tmp_path)


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes_are_skipped_with_a_one_line_reason_and_the_rest_is_kept(tmp_path, seed):
    rng = random.Random(seed)
    _write(tmp_path, "garbage.txt", bytes(rng.randrange(256) for _ in range(4096)))
    _write(tmp_path, "good.md", "# Good\nA readable sentence.\n")

    read = read_corpus(tmp_path)

    assert [d.id for d in read.documents] == ["good.md"]
    assert [s.path for s in read.skipped] == ["garbage.txt"]
    reason = read.skipped[0].reason
    assert reason and "\n" not in reason
    assert "binary" in reason or "not UTF-8" in reason


def test_urandom_garbage_is_skipped(tmp_path):
    _write(tmp_path, "garbage.txt", os.urandom(4096))
    _write(tmp_path, "good.txt", "Readable text.")
    read = read_corpus(tmp_path)
    assert [d.id for d in read.documents] == ["good.txt"]
    assert [s.path for s in read.skipped] == ["garbage.txt"]


def test_malformed_front_matter_is_skipped_through_the_corpus_with_its_reason(tmp_path):
    _write(tmp_path, "bad.md", "---\ntitle: [unclosed\n---\nBody text.\n")
    _write(tmp_path, "good.md", WITH_FRONT_MATTER)

    read = read_corpus(tmp_path)

    assert [d.id for d in read.documents] == ["k2-tendon"]
    assert len(read.skipped) == 1
    assert read.skipped[0].path == "bad.md"
    assert read.skipped[0].reason.startswith("invalid YAML front matter")


def test_front_matter_states_the_sources_design(tmp_path):
    # An overview says it is a review, so the trials its text names are not read as its design.
    _write(tmp_path, "overview.md", "---\ntitle: Overview of drugx trials\ndesign: Review\n---\nTwo trials ...\n")
    _write(tmp_path, "typo.md", "---\ntitle: A trial\ndesign: randomised\n---\nWe randomized 40 patients.\n")
    _write(tmp_path, "plain.md", "---\ntitle: Notes\n---\nNo design stated.\n")

    read = read_corpus(tmp_path)

    assert {d.id: d.design for d in read.documents} == {"overview.md": "review", "plain.md": None}
    assert [s.path for s in read.skipped] == ["typo.md"]
    assert read.skipped[0].reason.startswith("unknown design 'randomised' in metadata; use one of: meta-analysis")


def test_control_characters_in_front_matter_do_not_cost_the_document(tmp_path):
    """Real citations carry mojibake ("\u00e2\\x80\\x93" for an en dash); YAML refuses C1 controls, the reader must not."""
    text = '---\ntitle: "Endometrial cancer follow-up"\nsource: "Panel on Women\'s Imaging \u00e2\x80\x93 Gynecology"\nyear: 2011\n---\nFollow up yearly.\n'
    doc = read_markdown(_write(tmp_path, "ngc.md", text), tmp_path)
    assert (doc.title, doc.year) == ("Endometrial cancer follow-up", 2011)
    assert doc.source == "Panel on Women's Imaging \u00e2 Gynecology"
