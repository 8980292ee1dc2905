"""Service and CLI settings, read from the environment (MEDCITE_*) with pydantic-settings."""
from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def default_data_dir() -> Path:
    """Where medcite keeps its index and answer database unless told otherwise."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "medcite"


class Settings(BaseSettings):
    """Everything the service and CLI read from the environment."""

    model_config = SettingsConfigDict(env_prefix="MEDCITE_")

    data_dir: Path = Field(default_factory=default_data_dir)
    index: Path | None = None
    db: Path | None = None
    corpus: Path = REPO_CORPUS
    model: str | None = None
    admin_token: str | None = None
    max_question_chars: int = Field(2000, gt=0)
    # The largest request body read at all (a 2,000-character question is at most ~8 kB of JSON; a review
    # note of 5,000 characters at most ~20 kB): bigger ones are a 413 before any parsing.
    max_body_bytes: int = Field(65_536, gt=0)
    # Questions one client (by address) may ask per minute; 0 turns the limit off (the default: behind a
    # proxy every client has the proxy's address, so the limit belongs there unless medcite faces users).
    rate_limit_per_minute: int = Field(0, ge=0)

    @property
    def index_path(self) -> Path:
        """The index directory (MEDCITE_INDEX, else DATA_DIR/index)."""
        return self.index or self.data_dir / "index"

    @property
    def db_path(self) -> Path:
        """The answer database (MEDCITE_DB, else DATA_DIR/answers.sqlite)."""
        return self.db or self.data_dir / "answers.sqlite"
