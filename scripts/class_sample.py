"""Print a random sample of the learned member-to-class lexicon (weights/classes.json), to judge its precision by eye.

Usage: PYTHONPATH=TREE python scripts/class_sample.py [N] [SEED]

Session 69's reading of 30 pairs (seed 11): 25 right, 5 wrong (a clause caught as the member, a feature as the class);
see eval/class_mining.py.
"""
from __future__ import annotations

import random
import sys

from service.answer.learned_classes import learned


def main(n: int, seed: int) -> None:
    pairs = sorted((member, name, count) for member, named in learned().classes.items()
                   for name, count in named.items())
    for member, name, count in random.Random(seed).sample(pairs, min(n, len(pairs))):
        print(f"{member}\t{name}\t{count}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30, int(sys.argv[2]) if len(sys.argv) > 2 else 11)
