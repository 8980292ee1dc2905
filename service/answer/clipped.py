"""A word clipped short, as clinicians type long words in notes ("creat" of "creatinine", "strep" of
"streptococcal"); guidelines write them whole. Grammar of clipping, no word list.
"""
from __future__ import annotations


def clips(short: str, word: str, least: int, growth: float = 1.0) -> bool:
    """Whether ``short`` is ``word`` clipped: letters only, ``least`` letters or more, opening ``word``, which is longer
    and at least ``growth`` times as long (a shorter word that merely opens the same way, "insulin" of "insulinoma", is
    no clip of it where ``growth`` asks for more)."""
    return (short.isalpha() and len(short) >= least and word.startswith(short)
            and len(word) >= max(len(short) + 1, growth * len(short)))
