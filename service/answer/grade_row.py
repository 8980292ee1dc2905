"""The row of a guideline's advice for the grade a case names, as the lead of a question asking what to do for it.

A guideline writes one row of advice per stage or grade: "Remove stage II gizmoma with a 20 mm rim", "Think about a
5 mm rim when removing stage 0 gizmoma", "If removal of stage 0 gizmoma leaves an inadequate rim, ...". Asked "stage
II gizmoma - what margin?", the row naming stage II answers; the relevance model, which weighs how many of the
question's words a sentence shares, put the stage 0 rows above it, and only they passed its bar for a direct answer.
Asked again of stage 0 in a follow-up, the row that gives the margin answers before the one conditioned on a failure
the case does not state. Grammar of grades (``case_state.grades``) and of a conditional clause, no topic.
"""
from __future__ import annotations

import re
from dataclasses import replace

from service.answer import guideline
from service.answer.after_failure import states_failure
from service.answer.case_state import grades
from service.answer.question import Question
from service.answer.scoring import Candidate

# A rule conditioned on something not achieved or failing, in a clause that opens it ("If the removal does not leave a
# clear rim, ...", "When X fails, ..."): advice for a case in which something went wrong. Grammar of a
# conditional clause and of negation, no topic.
_CONDITIONED_ON_FAILURE = re.compile(r"^\W*(?:if|when|where|once|in\s+case)\b[^,;:]*?\b(?:not|no|never|fails?|failed|"
                                     r"failing|unable|cannot|inadequate|unsuccessful|incomplete)\b[^,;:]*[,;:]", re.I)
# Words a question states something did not go as it should with (``conditioned_on_failure`` of its case). Grammar.
_NEGATED = re.compile(r"\b(?:not|no|never|n't|fails?|failed|unable|cannot|inadequate|unsuccessful|incomplete)\b",
                      re.I)


def conditioned_on_failure(text: str, question: str) -> bool:
    """Whether a statement's rule opens on a condition of something not achieved or failing
    (``_CONDITIONED_ON_FAILURE``) while the question states no such thing (neither a treatment's failure,
    ``after_failure.states_failure``, nor a negation): such a rule is for a case that went wrong, not the asked one."""
    return (bool(_CONDITIONED_ON_FAILURE.search(text)) and not states_failure(question)
            and not _NEGATED.search(question))


def asked_grades(q: Question) -> dict[str, frozenset[int]]:
    """The grades a question asks of: those its own typed words name ("and if it were only stage 0?" after a question
    on stage II), else those of the question as read."""
    return grades(q.as_asked or "") or grades(q.text)


def _names_asked_only(text: str, asked: dict[str, frozenset[int]]) -> bool:
    """Whether a statement names an asked grade's noun with an asked value, and that noun with no other value."""
    said = grades(text)
    return any(noun in said and said[noun] <= values for noun, values in asked.items())


def grade_row_lead(q: Question, ranked: list[Candidate], lead: Candidate | None, margin: float) -> Candidate | None:
    """The lead of a question that asks no yes or no and names a grade (``asked_grades``): a guideline's advice scoring
    at least ``margin`` of the best statement that names the asked grade and no other value of it
    (``_names_asked_only``), one that is not conditioned on a failure the case does not state
    (``conditioned_on_failure``) first, then the best scoring; the lead is kept where it is such advice and fits as
    well. ``lead`` for any other question, or where no such advice scores so well."""
    asked = asked_grades(q)
    if q.yes_no or not asked or not ranked:
        return lead
    question = q.as_asked or q.text
    best = max(c.score for c in ranked)
    rows = [c for c in ranked if c.score >= margin * best and guideline.is_advice(c)
            and _names_asked_only(c.text, asked)]
    if not rows:
        return lead
    chosen = min(rows, key=lambda c: (conditioned_on_failure(c.text, question), -c.score))
    if lead is not None and _names_asked_only(lead.text, asked) and (
            conditioned_on_failure(lead.text, question) <= conditioned_on_failure(chosen.text, question)):
        return lead
    return replace(chosen, direct=True)


def _names_other_only(text: str, asked: dict[str, frozenset[int]]) -> bool:
    """Whether a statement names an asked grade's noun with none of its asked values ("For TASC B lesions, ..." asked
    of TASC C)."""
    said = grades(text)
    return any(noun in said and not said[noun] & values for noun, values in asked.items())


def without_other_rows(q: Question, lead: Candidate | None, support: list[Candidate]) -> list[Candidate]:
    """``support`` less the rows for another grade of what the question asks (``_names_other_only``) where the lead is
    the row for the asked grade (``_names_asked_only``): beside "... (TASC C) - Primary stenting: usually appropriate",
    the row "For TASC B lesions, ..." answers another case. Unchanged for a question naming no grade, or a lead that is
    no such row."""
    asked = asked_grades(q)
    if not asked or lead is None or not _names_asked_only(lead.text, asked):
        return support
    return [c for c in support if not _names_other_only(c.text, asked)]
