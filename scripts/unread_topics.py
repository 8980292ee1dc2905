"""How many first questions of question files the reader finds no topic in (neither an intervention nor a condition,
``question.read_question``): the share of questions whose deciding statements can only be direct through the
relevance model's lead floor. Prints one line per file.

    PYTHONPATH=. python scripts/unread_topics.py [--first N] FILE [FILE ...]

A file holds one question per line ("#" lines are comments; a chain's " >> " follow-ups are left out); ``--first N``
counts only its first N questions (the blind sets' 30 singles and 6 chains before their unanswerable six).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from service.answer.question import read_question


def first_questions(path: Path) -> list[str]:
    """The first question of each line of ``path``, comments and blank lines aside."""
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line.split(" >> ")[0] for line in lines if line and not line.startswith("#")]


def unread(questions: list[str]) -> int:
    """How many of ``questions`` read neither an intervention nor a condition."""
    return sum(1 for q in questions if not (read_question(q).intervention or read_question(q).condition))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--first", type=int, default=None, help="count only each file's first N questions")
    args = parser.parse_args()
    for path in args.files:
        questions = first_questions(path)[:args.first]
        print(f"{path}: {unread(questions)} of {len(questions)} read no topic")


if __name__ == "__main__":
    main()
