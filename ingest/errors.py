"""Typed errors of ingestion."""


class CorpusError(Exception):
    """The corpus folder itself is unusable (missing, not a folder, nothing readable)."""


class UnreadableFile(Exception):
    """One file cannot be read; the message is the one-line reason shown to the user."""
