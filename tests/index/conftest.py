"""Fixtures of the index tests: the packaged embedder (loaded once) and a tiny corpus of six documents."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import pytest

from index.embedder import Embedder, load_embedder

# Written for these tests in the project's own words; each document has one topic and a distinctive phrase.
DOCS: dict[str, str] = {
    "shockwave.md": """---
id: shockwave
title: Extracorporeal shockwave therapy for calcific tendinopathy of the shoulder
type: research
source: Journal of Imaginary Orthopaedics
year: 2019
---
# Extracorporeal shockwave therapy for calcific tendinopathy of the shoulder

## Background
Calcium deposits in the rotator cuff cause pain and stiffness. Many deposits resorb without treatment.

## Treatment
High-energy shockwave sessions fragmented the deposits in most shoulders. Pain scores fell by half after
three sessions. The zebrafinch protocol used 2000 pulses per session.
""",
    "warfarin.md": """---
id: warfarin
title: Warfarin and dietary vitamin K
type: guideline
publisher: Society of Example Anticoagulation
year: 2021
---
# Warfarin and dietary vitamin K

Patients taking warfarin should keep their vitamin K intake steady. Large changes in leafy green
vegetables shift the INR. Supplements with menaquinone can lower the anticoagulant effect.
""",
    "asthma.md": """---
id: asthma
title: Inhaled corticosteroids in childhood asthma
type: guideline
year: 2018
---
# Inhaled corticosteroids in childhood asthma

## Recommendations
Offer a low-dose inhaled corticosteroid to children with persistent wheeze. Check inhaler technique
at every visit. The marmalade-spacer device suits children under five.
""",
    "otitis.txt": """Amoxicillin for acute otitis media in children

Most ear infections in children resolve within three days. Amoxicillin shortens fever and ear pain
when symptoms are severe. Watchful waiting suits mild cases with reliable follow-up.
""",
}
JSONL: list[dict] = [
    {"_id": "pm1", "title": "Metformin and lactic acidosis in renal impairment",
     "text": "Metformin rarely causes lactic acidosis. The risk rises when kidney function is poor.",
     "metadata": {"journal": "Example Kidney Journal", "year": "2015"}},
    {"_id": "pm2", "title": "Oral ferrous sulfate for iron deficiency anaemia",
     "text": "Oral iron restores haemoglobin within weeks. Alternate-day dosing causes less nausea.",
     "metadata": {"journal": "Example Blood Reports", "year": "2020"}},
]
DOC_IDS = ("shockwave", "warfarin", "asthma", "otitis.txt", "pm1", "pm2")


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The default embedder (the packaged all-MiniLM-L6-v2 as int8), loaded once for the session
    (load_embedder also caches it)."""
    return load_embedder()


def write_corpus(folder: Path, docs: dict[str, str] | None = None, jsonl: list[dict] | None = None) -> Path:
    """Write the tiny corpus (or the given files) into ``folder`` and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (DOCS if docs is None else docs).items():
        (folder / name).write_text(text, encoding="utf-8")
    records = JSONL if jsonl is None else jsonl
    if records:
        (folder / "pubmed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return folder


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A fresh copy of the six-document corpus (four files plus a two-line JSONL)."""
    return write_corpus(tmp_path / "corpus")


@pytest.fixture(scope="session")
def make_corpus() -> Callable[..., Path]:
    """write_corpus, for tests that need their own files."""
    return write_corpus


@pytest.fixture(scope="session")
def doc_ids() -> tuple[str, ...]:
    """The ids of the six documents of the tiny corpus."""
    return DOC_IDS


@pytest.fixture
def jsonl_records() -> list[dict]:
    """Copies of the JSONL records of the tiny corpus, free to change."""
    return [dict(r) for r in JSONL]
