"""Typed errors of the service layer. Each is raised where the fault is found; service.api.app maps them to
HTTP status codes in one table, and service.console turns the CLI-relevant ones into one-line messages."""
from __future__ import annotations


class ServiceError(Exception):
    """Base class of the errors below."""


class AnswerNotFoundError(ServiceError):
    """No stored answer has the given id."""


class QuestionError(ServiceError, ValueError):
    """The question is empty, too long, or otherwise not answerable as given."""


class IndexNotReadyError(ServiceError):
    """The index is still loading, or failed to load (the message says which)."""


class RebuildRunningError(ServiceError):
    """A rebuild was requested while another one is still running."""


class AdminDisabledError(ServiceError):
    """An admin endpoint was called but no admin token is configured."""


class UnauthorizedError(ServiceError):
    """The admin token is missing or wrong."""


class ReviewTransitionError(ServiceError):
    """A review move the workflow does not allow (e.g. submitted straight to approved)."""


class RevisionNotFoundError(AnswerNotFoundError):
    """The answer exists but has no revision with the given number."""


class RevisionConflictError(ServiceError):
    """A review names a revision that is no longer the newest one (another reviewer refreshed it)."""


class RateLimitedError(ServiceError):
    """A client asked more questions per minute than the rate limit allows."""

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ShuttingDownError(ServiceError):
    """The server is shutting down: it finishes the answers in flight and takes no new ones."""


class AnswerStoreError(ServiceError):
    """The answer database cannot be read or written (damaged, removed, disk full, locked too long)."""
