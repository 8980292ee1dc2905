"""Advice that says whom it does not apply to: "This advice covers only adults at average risk of gizmosis. It does
not apply to women who are pregnant or to adults with a raised risk ...". Asked of people it names so ("Should pregnant
women be routinely screened ...?"), the advice says nothing for them: its yes or its no is not theirs, and the
verdict is "uncertain" (the guideline leaves them out of its scope; it neither advises for nor against).

Grammar of scope ("does not apply to", "is not intended for", "excludes"), and the words a question names its people
by; no topic.
"""
from __future__ import annotations

import re
from functools import lru_cache

from index.lexical import tokenize
from service.answer.concepts import QUESTION_WORDS
from service.answer.question import PEOPLE_WORDS, QUESTIONS_KEPT

# A statement of whom advice leaves out, and the people it names, to the end of the clause or a list's "such as".
_NOT_APPLYING = re.compile(r"\b(?:(?:does|do)\s+not\s+apply|(?:is|are)\s+not\s+(?:intended|meant)|(?:is|are)\s+not\s+"
                           r"applicable)\s+(?:to|for)\s+(?P<who>[^.;:]+?)(?=\s*(?:,?\s*(?:such\s+as|e\.g\.|including)"
                           r"\b|[.;:]|$))", re.I)
# The groups a list of people joins ("pregnant women or to adults with a raised risk").
_GROUPS = re.compile(r"\s*(?:,\s*(?:or|and)?|\bor\b|\band\b)\s*", re.I)
_PEOPLE = re.compile(rf"^(?:{PEOPLE_WORDS}|patient|person|individual|adult|child|woman|man)$", re.I)
# Words that name people in any group, and relative-clause grammar: what sets a group apart is the rest.
_GENERIC = frozenset(tokenize("who whom whose are is were those have has had at for of with in a an the any all"))


@lru_cache(maxsize=4096)
def left_out_groups(text: str) -> tuple[frozenset[str], ...]:
    """The groups of people a statement says its advice does not apply to, each as the terms that set it apart (its
    people nouns and grammar words left out): ("pregnant",) and ("rais", "risk", ...) of "It does not apply to
    women who are pregnant or to adults with a raised risk ..."."""
    out: list[frozenset[str]] = []
    for found in _NOT_APPLYING.finditer(text):
        for group in _GROUPS.split(found.group("who")):
            words = [w for w in re.findall(r"[\w\-]+", group) if not _PEOPLE.match(w)]
            terms = frozenset(t for w in words for t in tokenize(w)) - _GENERIC - QUESTION_WORDS
            if terms:
                out.append(terms)
    return tuple(out)


def left_out_asked(question: str, topic: frozenset[str], statements: list[str]) -> bool:
    """Whether one of ``statements`` (the verdict's statement and what its source says right after it) says its advice
    does not apply to people the question asks of: a group whose every term, besides the asked topic's (``topic``),
    the question names ("pregnant" of "pregnant women" for "Should pregnant women be routinely screened ...?"; not
    "adults with a raised risk" for a low-risk adult, the question naming "risk" but not "raised")."""
    asked = frozenset(tokenize(question)) - QUESTION_WORDS
    for text in statements:
        for group in left_out_groups(text):
            rest = group - topic
            if rest and rest <= asked:
                return True
    return False


def following(text: str, chunk_text: str, reach: int = 2) -> list[str]:
    """The statement ``text`` and up to ``reach`` sentences after it in its passage (``chunk_text``), where a
    recommendation's scope is stated ("This recommendation applies only to ... It does not apply to ...")."""
    at = chunk_text.find(text)
    if at < 0:
        return [text]
    rest = chunk_text[at + len(text):]
    after = [s for s in re.split(r"(?<=[.;!?])\s+", rest.strip()) if s][:reach]
    return [text, *after]


# What may stand before a statement of scope and say nothing of its own: a label ("Note:"), then a subject that points
# back at the advice around it ("These recommendations", "This guideline", "It also"). Grammar, no topic.
_LABEL = re.compile(r"^\s*[A-Za-z]+\s*:\s*")
_POINTING_BACK = re.compile(r"^(?:this|these|that|those|it|they|such)\b", re.I)
_SUBJECT_WORDS = 3
# After the people a scope names, only its examples may follow ("..., such as people who ...").
_EXAMPLES_TAIL = re.compile(r"^\s*(?:,?\s*(?:such\s+as|e\.g\.|including)\b[^.;]*)?[.;:]?\s*$", re.I)
# A question on scope itself ("Does this advice apply to ...?"): a scope statement is its answer.
_ASKS_SCOPE = re.compile(r"\b(?:apply|applies|applicable|intended|meant)\b", re.I)


@lru_cache(maxsize=4096)
def scope_only(text: str) -> bool:
    """Whether a statement's whole news is whom the advice around it does not apply to: each of its sentences is a
    scope statement (``_NOT_APPLYING``) whose subject points back at that advice ("Note: This advice is not meant for
    adults who are ..., such as ...", "It also does not apply to ..."). Such a statement advises nothing and
    finds nothing: it carries no yes or no, nor does it lead. (A subject of its own, "The dose limit does not apply to
    children", says something of that thing: not scope only.)"""
    sentences = [s for s in re.split(r"(?<=[.;!?])\s+", text.strip()) if s]
    return bool(sentences) and all(_scope_sentence(s) for s in sentences)


def _scope_sentence(sentence: str) -> bool:
    found = _NOT_APPLYING.search(sentence)
    if found is None:
        return False
    subject = _LABEL.sub("", sentence[:found.start()]).strip()
    return (bool(_POINTING_BACK.match(subject)) and len(subject.split()) <= _SUBJECT_WORDS
            and not re.search(r"[,;]", subject) and bool(_EXAMPLES_TAIL.match(sentence[found.end():])))


@lru_cache(maxsize=QUESTIONS_KEPT)
def asks_scope(question: str) -> bool:
    """Whether a question asks whom advice applies to ("Does the advice apply to ...?"), which a scope statement
    answers. Remembered per question (asked of it twice or more an answer)."""
    return bool(_ASKS_SCOPE.search(question))
