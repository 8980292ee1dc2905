"""Whether a statement names the asked thing in the very form a question asks it can take: "Single-gizmo Q-seq detects
... in individual gizmos" for "Can Q-seq be employed in single-gizmo mode?" names a single-gizmo Q-seq that does
something, so the asked form exists and the answer to whether it can be is no "no" (session 54: a held-out BioASQ
question got "No." above such a quote; the verdict model, learned from how research questions are framed, leaned no
on words that deny nothing). Grammar only: the question's own words, a closed list of nouns of form ("mode",
"level", "format"), and negators."""
from __future__ import annotations

import re

from service.answer.negation import NEGATORS

# "Can X be <verb>ed in|at|on|for|with (a|the) F?": whether X can take the form F. (The possibility asked in so many
# words: "can", "could", "may".)
_ASKED_IN_FORM = re.compile(r"^\s*(?:can|could|may)\s+(?P<thing>[^?,;]+?)\s+be\s+(?:\w+ly\s+)?"
                            r"(?P<verb>\w+(?:ed|en)|used|done|run|made|put)\s+(?:in|at|on|for|with)\s+"
                            r"(?:(?:an?|the)\s+)?(?P<form>[^?,;]+?)\s*\?*\s*$", re.I)
# Nouns that say only that the words before them name a form, not a thing of their own ("single-cell mode").
_FORM_NOUNS = frozenset("mode modes level levels format formats form forms setting settings resolution scale manner "
                        "fashion way version versions".split())
_ARTICLES = frozenset("a an the".split())
_TOKEN = re.compile(r"[a-z0-9]+")
_CLAUSE_END = re.compile(r"[.;:!?]|,\s+(?:but|whereas|although|however)\b|\s+(?:but|whereas|although)\s+", re.I)
MIN_FORM_WORDS = 1


def _tokens(text: str) -> list[str]:
    """Lower-case word pieces (hyphenated words split), a plural's final "s" dropped where the word is long."""
    return [w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w
            for w in _TOKEN.findall(text.lower())]


def asked_form(question: str) -> tuple[list[str], list[str]] | None:
    """The asked thing's words and the words of the form the question asks it can take ("Can Q-seq be employed in
    single-gizmo mode?" -> ([q, seq], [single, gizmo])), or None for a question that asks no such thing."""
    found = _ASKED_IN_FORM.match(question)
    if found is None:
        return None
    thing = [w for w in _tokens(found.group("thing")) if w not in _ARTICLES]
    form = _tokens(found.group("form"))
    while form and form[-1] in _FORM_NOUNS:
        form.pop()
    if not thing or len(form) < MIN_FORM_WORDS or found.group("form").split()[-1].lower() not in _FORM_NOUNS:
        # (Only a form named as one, "... in single-gizmo mode": "Can drugx be used in children?" asks of people, and
        # "children drugx" names no such thing.)
        return None
    return thing, form


def _contains(words: list[str], part: list[str]) -> bool:
    n = len(part)
    return any(words[i:i + n] == part for i in range(len(words) - n + 1))


def names_in_asked_form(question: str, statements: list[str]) -> bool:
    """Whether a statement names the asked thing with the asked form's words right before it ("single-gizmo Q-seq")
    in a clause that negates nothing: the form exists, so the question's "can it be" is no "no"."""
    asked = asked_form(question)
    if asked is None:
        return False
    thing, form = asked
    for text in statements:
        for clause in _CLAUSE_END.split(text):
            words = _tokens(clause)
            if _contains(words, form + thing) and not any(w in NEGATORS for w in _TOKEN.findall(clause.lower())):
                return True
    return False
