"""Ten clinical questions that a guideline of the shared guideline set answers, asked of an index of that set,
with each answer's verdict, evidence level and bottom line printed for a person to read (BENCHMARKS.md, "After
all of session 16": how many bottom lines state the guideline's recommendation). The questions are written
for this check; the judgement is a reader's, not a metric's.

Usage: PYTHONPATH=. python scripts/guideline_questions.py INDEX_DIR
       (INDEX_DIR built with `medcite index build ../shared/data/guidelines --index INDEX_DIR`)
"""
from __future__ import annotations

import sys

from index.search import open_index
from service.answer.pipeline import answer_question

QUESTIONS = (
    "Is apremilast recommended for moderate to severe plaque psoriasis?",
    "Should women at increased risk of breast cancer be offered risk-reducing medications such as tamoxifen or "
    "raloxifene?",
    "Are topical antimicrobial drops recommended for acute otitis externa?",
    "Should oral anticoagulants be used to prevent stroke in nonvalvular atrial fibrillation?",
    "Are antibiotics recommended for acute bacterial sinusitis in adults?",
    "Should tympanostomy tubes be offered for otitis media with effusion in children?",
    "Is peginterferon alfa with ribavirin recommended for chronic hepatitis C?",
    "Is routine imaging recommended for acute low back pain?",
    "Is allopurinol recommended as first-line urate-lowering therapy for gout?",
    "Should pressure ulcers be treated with protein or amino acid supplementation?",
)


def main(index_dir: str) -> None:
    """Print each question's verdict, level, topic as read, and bottom line."""
    index = open_index(index_dir)
    for question in QUESTIONS:
        answer = answer_question(index, question)
        print(f"Q: {question}\n   verdict {answer.verdict}, level {answer.evidence.level}, "
              f"topic {answer.intervention} / {answer.condition}\n   {answer.bottom_line.text}\n")


if __name__ == "__main__":
    main(sys.argv[1])
