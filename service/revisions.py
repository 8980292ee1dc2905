"""Answer revisions and editorial review: the stored shape of an answer, its review workflow and the
difference between two revisions.

An answer is never edited in place: re-answering the same question adds a revision under the same answer
id (revision 1, 2, ...), each with its own index version, creation time and review status. These models
are what the store returns and the API sends; the plain ``Answer`` (what the pipeline builds) is inside.
"""
from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from service.answer.models import Answer, ReviewStatus
from service.errors import ReviewTransitionError

STALE_SINCE_APPROVAL = "evidence changed since approval"

# The workflow the review page walks: submitted -> under review -> approved or changes requested, and
# back to under review to reopen. Staying on the same status is allowed: that is a note without a move.
NEXT_STATUSES: dict[str, tuple[ReviewStatus, ...]] = {
    "submitted": ("under_review",),
    "under_review": ("approved", "changes_requested"),
    "approved": ("under_review",),
    "changes_requested": ("under_review",),
}

AuditKind = Literal["review", "stale", "refresh"]


class Staleness(BaseModel):
    """Why a revision no longer matches the index: its cited evidence changed, or a new source appeared."""

    reason: str
    since: datetime = Field(description="When the stale check marked it.")
    index_version: str = Field(description="The index version whose rebuild made it stale.")
    since_approval: bool = Field(description="Whether the revision was approved when it went stale.")
    notice: str | None = Field(None, description=f"'{STALE_SINCE_APPROVAL}' when it was approved.")


class StoredAnswer(Answer):
    """An answer as stored: one revision of it, with its place in the history and its staleness."""

    revision: int = Field(1, description="This revision's number (1 = the first answer).")
    previous_revision: int | None = Field(None, description="The revision this one re-answers.")
    latest_revision: int = Field(1, description="The newest revision of this answer.")
    stale: Staleness | None = Field(None, description="Set when an index rebuild changed its evidence.")

    def answer(self) -> Answer:
        """The plain answer, without the store's revision fields."""
        return Answer.model_validate(self.model_dump(include=set(Answer.model_fields)))


class RevisionInfo(BaseModel):
    """One line of GET /v1/answers/{id}/revisions."""

    revision: int
    previous_revision: int | None
    index_version: str
    created_at: datetime
    updated_at: datetime
    review_status: ReviewStatus
    stale: Staleness | None = None


class AuditEntry(BaseModel):
    """One append-only record of the audit trail: a review move, a stale mark or a refresh."""

    seq: int
    answer_id: str
    revision: int
    kind: AuditKind
    from_status: ReviewStatus | None
    status: ReviewStatus
    reviewer: str
    note: str
    at: datetime


class QueueItem(BaseModel):
    """One answer in the review queue (its newest revision)."""

    id: str
    question: str
    audience: str
    review_status: ReviewStatus
    revision: int
    created_at: datetime
    updated_at: datetime
    stale: Staleness | None = None


class ReferenceChange(BaseModel):
    """A reference added or removed between two revisions."""

    doc_id: str
    title: str


class RevisionDiff(BaseModel):
    """What changed from one revision to another: statements and references added and removed."""

    answer_id: str
    from_revision: int
    to_revision: int
    bottom_line_changed: bool
    statements_added: list[str]
    statements_removed: list[str]
    references_added: list[ReferenceChange]
    references_removed: list[ReferenceChange]


def check_transition(current: str, target: str) -> None:
    """Refuse a review move the workflow does not allow (ReviewTransitionError says which ones it does)."""
    if target == current or target in NEXT_STATUSES.get(current, ()):
        return
    allowed = ", ".join(NEXT_STATUSES.get(current, ())) or "none"
    raise ReviewTransitionError(f"an answer that is {current} cannot move to {target} (next: {allowed})")


def diff_revisions(old: StoredAnswer, new: StoredAnswer) -> RevisionDiff:
    """Statements (bottom line and every section, by text) and references (by document) that ``new`` adds
    to or drops from ``old``, each in the order the reader meets it."""
    old_statements, new_statements = _statements(old), _statements(new)
    old_set, new_set = set(old_statements), set(new_statements)
    old_refs = {r.doc_id: r.title for r in old.references}
    new_refs = {r.doc_id: r.title for r in new.references}
    return RevisionDiff(
        answer_id=new.id, from_revision=old.revision, to_revision=new.revision,
        bottom_line_changed=old.bottom_line.text != new.bottom_line.text,
        statements_added=[s for s in new_statements if s not in old_set],
        statements_removed=[s for s in old_statements if s not in new_set],
        references_added=[ReferenceChange(doc_id=d, title=t) for d, t in new_refs.items() if d not in old_refs],
        references_removed=[ReferenceChange(doc_id=d, title=t) for d, t in old_refs.items() if d not in new_refs],
    )


def _statements(answer: Answer) -> list[str]:
    texts = [answer.bottom_line.text] + [st.text for section in answer.sections for st in section.statements]
    return list(dict.fromkeys(texts))
