"""A digest of the answers to the built-in bench questions, to show that a change left every answer as it was.

Usage: PYTHONPATH=. python scripts/answer_digest.py INDEX_DIR [--each] [--candidates]

Answers every question of ``eval.bench_questions.BUILTIN_QUESTIONS`` for both audiences and prints the md5 of
their JSON, with what differs between two runs of the same code left out (the answer's id and its
timestamps). Run it before and after a change on the same index: equal digests mean byte-identical answers.
``--each`` also prints one digest per question and audience, to find which answer moved. ``--candidates``
adds a second digest over every scored statement of every question (its text, its features and its
score, as ``repr`` so the last bit of a float counts): a stricter check for changes to the scoring itself,
which could move a score without moving any answer today.
"""
from __future__ import annotations

import argparse
import hashlib
import json

from eval.bench_questions import BUILTIN_QUESTIONS
from index.search import open_index
from service.answer.models import Answer, Audience

_VARYING = {"id", "created_at", "updated_at"}  # differ between two runs of the same code


def answer_json(answer: Answer) -> str:
    """The answer's JSON without its id and timestamps, keys in a fixed order."""
    return json.dumps(answer.model_dump(mode="json", exclude=_VARYING), sort_keys=True, ensure_ascii=False)


def candidates_text(index_dir: str) -> str:
    """Every scored statement of every built-in question, floors off, as text: one line per statement
    with its document, text, features and score (``repr``, exact to the bit)."""
    from service.answer.concepts import question_concepts
    from service.answer.corpus_stats import corpus_stats
    from service.answer.question import read_question
    from service.answer.retrieval import retrieve
    from service.answer.scoring import candidates

    index = open_index(index_dir)
    lines: list[str] = []
    for question in BUILTIN_QUESTIONS:
        q = read_question(question)
        stats = corpus_stats(index)
        hits = retrieve(index, q)
        i_concept, c_concept = question_concepts(q, stats.lexicon, stats.idf)
        for floors in (True, False):
            for c in candidates(q, hits, stats, i_concept, c_concept, floors=floors):
                lines.append(repr((question, floors, c.doc_id, c.text, c.score, c.coverage, c.features,
                                   c.direct, c.mentions_intervention, c.mentions_condition, c.anchored)))
    return "\n".join(lines)


def main() -> None:
    """Print the answers' digest (and optionally each answer's, and the candidates')."""
    from service.answer.pipeline import answer_question

    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("index_dir")
    parser.add_argument("--each", action="store_true", help="one digest per question and audience too")
    parser.add_argument("--candidates", action="store_true", help="a digest of every scored statement too")
    args = parser.parse_args()
    index = open_index(args.index_dir)
    whole = hashlib.md5()
    for audience in (Audience.CLINICIAN, Audience.PATIENT):
        for question in BUILTIN_QUESTIONS:
            text = answer_json(answer_question(index, question, audience))
            whole.update(text.encode())
            if args.each:
                print(f"{hashlib.md5(text.encode()).hexdigest()}  {audience.value}  {question}")
    print(f"answers {len(BUILTIN_QUESTIONS)} questions x 2 audiences: {whole.hexdigest()}")
    if args.candidates:
        print(f"candidates: {hashlib.md5(candidates_text(args.index_dir).encode()).hexdigest()}")


if __name__ == "__main__":
    main()
