"""Typed errors of the service layer, the ``ServiceError`` family of ``MedciteError`` (ingest.errors). Each is
raised where the fault is found; service.api.app maps them to HTTP status codes in one table, and
service.console turns every ``MedciteError`` into a one-line message."""
from __future__ import annotations

from ingest.errors import MedciteError


class ServiceError(MedciteError):
    """Base class of the errors below."""


class UserError(ServiceError):
    """A value the user gave is not one the service accepts (an unknown option or filter, an empty query): 422
    in the API, a one-line message in the CLI."""


class SettingError(ServiceError):
    """A setting (a MEDCITE_* variable, or an option of ``medcite serve``) that makes the service unable to
    start; the message names the setting, its value and what is wrong with it."""


class AnswerNotFoundError(ServiceError):
    """No stored answer has the given id."""


class QuestionError(UserError):
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
