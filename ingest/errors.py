"""The root of medcite's errors, and the typed errors of ingestion.

``MedciteError`` lives here, in the lowest layer, because imports only point down (eval -> service ->
index -> ingest): every package's family derives from it (``IngestError`` here, ``MedciteIndexError`` in
``index.errors``, ``ServiceError`` in ``service.errors``, ``EvalError`` in ``eval.errors``). The HTTP status
table and the CLIs' ``user_errors()`` map these classes only, so any other exception (a ``ValueError``
from a bug) surfaces as a bug: a 500 in the API, a traceback in the CLI.
"""


class MedciteError(Exception):
    """Root of every error medcite raises on purpose; the message is one line meant for the user."""


class IngestError(MedciteError):
    """Base class of ingestion's errors: a corpus or one of its files cannot be read."""


class CorpusError(IngestError):
    """The corpus folder itself is unusable (missing, not a folder, nothing readable)."""


class UnreadableFile(IngestError):
    """One file cannot be read; the message is the one-line reason shown to the user."""
