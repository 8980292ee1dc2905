"""Service and CLI settings, read from the environment (MEDCITE_*) with pydantic-settings."""
from __future__ import annotations

import os
from pathlib import Path

from typing import TYPE_CHECKING, Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

if TYPE_CHECKING:
    from index.backends import Backend

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
    max_question_chars: int = 2000
    # Where the index lives: the local folder above (default) or a Milvus collection on a server.
    backend: Literal["local", "milvus"] = "local"
    milvus_uri: str | None = None
    milvus_collection: str = "medcite"
    milvus_token: str | None = None

    @model_validator(mode="after")
    def _milvus_needs_a_server(self) -> "Settings":
        if self.backend == "milvus" and not self.milvus_uri:
            raise ValueError("MEDCITE_BACKEND=milvus needs MEDCITE_MILVUS_URI (e.g. http://127.0.0.1:19530)")
        return self

    @property
    def index_path(self) -> Path:
        """The index directory (MEDCITE_INDEX, else DATA_DIR/index)."""
        return self.index or self.data_dir / "index"

    def index_backend(self) -> "Backend":
        """The index's backend object (index.backends): the local folder or the Milvus collection."""
        from index.backends import make_backend

        return make_backend(self.backend, self.index_path, self.milvus_uri, self.milvus_collection, self.milvus_token)

    @property
    def db_path(self) -> Path:
        """The answer database (MEDCITE_DB, else DATA_DIR/answers.sqlite)."""
        return self.db or self.data_dir / "answers.sqlite"
