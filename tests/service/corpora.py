"""Test corpora: a folder of files the test writes, indexed by the real build."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.build import build_index
from index.search import open_index
from service.answer.pipeline import answer_question
from service.answer.models import Answer


def built(tmp_path_factory: pytest.TempPathFactory, name: str, files: dict[str, str]) -> Path:
    """The index directory of a corpus folder holding ``files`` (file name -> text), built by the real build."""
    folder = tmp_path_factory.mktemp(f"{name}-corpus")
    for file_name, text in files.items():
        (folder / file_name).write_text(text, encoding="utf-8")
    path = tmp_path_factory.mktemp(f"{name}-index") / "index"
    build_index(folder, path)
    return path


def lead_text(answer: Answer) -> str:
    """The first quoted source statement of an answer's bottom line: its lead."""
    return next(s.text for s in answer.bottom_line.statements if s.origin == "source")


def answered(index_dir: Path, question: str) -> Answer:
    """The answer to ``question`` from the index at ``index_dir``, opened for this one question and closed."""
    index = open_index(index_dir)
    try:
        return answer_question(index, question)
    finally:
        index.close()


# Guidelines on other topics, so that a test corpus's word weights are a corpus's: in one guideline alone every word of
# its condition is in every passage and weighs nothing. Title -> text.
BACKGROUND = {
    "Exercise for knee osteoarthritis": "Clinicians should offer therapeutic exercise to every person with knee "
    "osteoarthritis. Weight loss is recommended for people with knee osteoarthritis who are overweight.",
    "Iron deficiency anaemia in adults": "Oral iron is the first-line treatment for iron deficiency anaemia. Oral "
    "iron commonly causes nausea and constipation.",
    "Migraine prevention": "Preventive treatment should be offered to adults with frequent migraine attacks. "
    "Drugy can cause drowsiness and weight gain as side effects.",
    "Asthma in children": "Inhaled corticosteroids are recommended for children with persistent asthma. Side "
    "effects of inhaled corticosteroids in children include oral thrush and hoarseness.",
    "Eczema in children": "Emollients are recommended for every child with eczema. Topical steroids have few side "
    "effects in children when used as directed.",
    "Fever in children": "Paracetamol or ibuprofen may be offered to children with fever who are distressed. Side "
    "effects of ibuprofen in children are uncommon at usual doses.",
}


def background_guidelines(*titles: str) -> dict[str, str]:
    """Files ``other0.md``, ``other1.md``, ... holding the ``BACKGROUND`` guidelines of ``titles``, in that order."""
    return {f"other{n}.md": f"""---
title: "{title}"
type: guideline
year: 2023
---
# {title}

{BACKGROUND[title]}
""" for n, title in enumerate(titles)}


# A children's guideline whose advice names age bounds and sides ("under 2 years with infection in both ears"): the
# fixture of the tests on advice for the asked people (test_verdict_people, test_people_exact).
EAR_GUIDELINE = """---
title: "Gizmo ear infection in children"
type: guideline
year: 2023
---
# Gizmo ear infection in children

## Recommendations

Clinicians should offer pain relief to every child with gizmo ear infection. Watchful waiting without immediate drugx
is an appropriate option for many children older than 6 months with non-severe illness. Immediate drugx is
recommended for children under 6 months, for children with severe symptoms such as high fever or severe ear pain, and
for children with ear discharge. Immediate drugx is also recommended for children under 2 years with infection in both
ears.
"""


def guideline_file(title: str, body: str) -> str:
    """A guideline file of one recommendations section, as the chain tests write their corpora."""
    return f"""---
title: "{title}"
type: guideline
source: "Test Guideline Group"
year: 2023
---
# {title}

## Recommendations

{body}
"""


def guideline_index(tmp_path_factory: pytest.TempPathFactory, name: str, title: str, body: str) -> Path:
    """The index of one guideline of one recommendations section (``guideline_file``) beside four ``BACKGROUND``
    guidelines, so that its words weigh as in a corpus: the corpus most single-guideline tests build."""
    files = {f"{name}.md": guideline_file(title, body),
             **background_guidelines("Exercise for knee osteoarthritis", "Migraine prevention", "Asthma in children",
                                     "Fever in children")}
    return built(tmp_path_factory, name, files)
