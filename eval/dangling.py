"""Dangling statements: quotes whose subject is in a sentence the answer did not quote.

A source statement dangles when it is a single sentence that opens with an anaphor ("The trial did not
study tendons.", "These patients ..."), by the same rule the answer assembly applies
(``service.answer.anaphora.opens_with_anaphor``). A statement quoted together with its antecedent holds
more than one sentence and does not dangle.
"""
from __future__ import annotations

from ingest.sentences import sentence_texts
from service.answer.anaphora import opens_with_anaphor
from service.answer.models import Answer


def dangles(statement: str) -> bool:
    """Whether a quoted statement is one sentence that opens with an anaphor."""
    return len(sentence_texts(statement)) == 1 and opens_with_anaphor(statement)


def dangling_statements(answer: Answer) -> list[str]:
    """The answer's source statements that dangle, in reading order."""
    return [s.text for s in answer.all_statements() if s.origin == "source" and dangles(s.text)]
