"""Service, CLI and evaluation settings: every MEDCITE_* variable is a field of ``Settings`` (pydantic-settings),
read in one place and passed on as the object. ``load_settings`` turns an invalid one into a one-line
SettingError; ``export_settings`` writes them back as MEDCITE_* variables for ``medcite serve``'s worker
processes, which read their settings from the environment they inherit."""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, MutableMapping

from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from service.errors import SettingError

if TYPE_CHECKING:
    from index.backends import Backend

REPO_CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def default_data_dir() -> Path:
    """Where medcite keeps its index and answer database unless told otherwise."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "medcite"


def default_eval_cache_dir() -> Path:
    """Where ``medcite-eval`` caches the indexes it builds from evaluation corpora unless told otherwise."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "medcite" / "eval"


class Settings(BaseSettings):
    """Everything the service, the CLIs and the evaluation read from the environment: the README's settings
    table lists these fields (tests/service/test_settings.py checks it does)."""

    model_config = SettingsConfigDict(env_prefix="MEDCITE_", hide_input_in_errors=True)  # tokens stay out of errors

    data_dir: Path = Field(default_factory=default_data_dir)
    index: Path | None = None
    db: Path | None = None
    corpus: Path = REPO_CORPUS
    model: str | None = None
    admin_token: str | None = None
    # Several reviewers, each with a token of their own: "alice:tok1,bob:tok2" (the name is what the audit
    # trail records for that token; with MEDCITE_ADMIN_TOKEN alone the name is typed at sign-in).
    admin_tokens: str | None = None
    max_question_chars: int = Field(2000, gt=0)
    # A guideline older than this many years is marked "may be outdated" in answers.
    outdated_years: int = Field(10, ge=0)
    session_hours: float = Field(12.0, gt=0, description="How long a review page sign-in lasts.")
    # The review cookie is Secure by default (browsers still send it to http://127.0.0.1 and localhost);
    # turn it off only behind a plain-HTTP address that is not loopback.
    cookie_secure: bool = True
    # The stale check after a rebuild is bounded: at most this many new-source searches (approved answers
    # first) and this many seconds; what is left is counted as unchecked in its report.
    stale_max_searches: int = Field(2000, ge=0)
    stale_budget_s: float = Field(300.0, gt=0)

    @field_validator("admin_tokens")
    @classmethod
    def _named_tokens(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        parse_named_tokens(value)
        return value

    def reviewer_tokens(self) -> dict[str, str | None]:
        """Every accepted admin token -> the reviewer it names (None for MEDCITE_ADMIN_TOKEN: the name is
        given at sign-in)."""
        tokens: dict[str, str | None] = dict(parse_named_tokens(self.admin_tokens)) if self.admin_tokens else {}
        if self.admin_token:
            tokens.setdefault(self.admin_token, None)
        return tokens
    # The largest request body read at all (a 2,000-character question is at most ~8 kB of JSON; a review
    # note of 5,000 characters at most ~20 kB): bigger ones are a 413 before any parsing.
    max_body_bytes: int = Field(65_536, gt=0)
    # Questions one client (by address) may ask per minute; 0 turns the limit off (the default: behind a
    # proxy every client has the proxy's address, so the limit belongs there unless medcite faces users).
    rate_limit_per_minute: int = Field(0, ge=0)
    # Where the index lives: the local folder above (default) or a Milvus collection on a server.
    backend: Literal["local", "milvus"] = "local"
    milvus_uri: str | None = None
    milvus_collection: str = "medcite"
    milvus_token: str | None = None
    # Threads of one server worker: torch's (and OpenMP's) per process, default cores / workers as set by
    # `medcite serve --threads`; and how many questions it answers at once (`--answer-threads`).
    torch_threads: int | None = Field(None, ge=1)
    answer_threads: int = Field(16, ge=1, le=256)
    # Indexes that `medcite-eval` builds from evaluation corpora (`--cache-dir` overrides it).
    eval_cache_dir: Path = Field(default_factory=default_eval_cache_dir)

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


def parse_named_tokens(text: str) -> dict[str, str]:
    """``"alice:tok1,bob:tok2"`` -> ``{"tok1": "alice", "tok2": "bob"}``; ValueError for an entry without a
    name or a token, or a token given twice."""
    tokens: dict[str, str] = {}
    for n, entry in enumerate(text.split(","), start=1):
        name, sep, token = entry.strip().partition(":")
        if not sep or not name.strip() or not token.strip():
            # The entry itself is not echoed: it may hold a token.
            raise ValueError(f"MEDCITE_ADMIN_TOKENS entries are name:token; entry {n} is not")
        if token.strip() in tokens:
            raise ValueError(f"MEDCITE_ADMIN_TOKENS gives one token to both {tokens[token.strip()]!r} "
                             f"and {name.strip()!r}")
        tokens[token.strip()] = name.strip()
    return tokens


def load_settings(**overrides: Any) -> Settings:  # noqa: ANN401 (any field's value)
    """Settings from the environment (and ``overrides``); SettingError naming the first invalid one."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        first = exc.errors()[0]
        if not first["loc"]:  # a check across settings (MEDCITE_BACKEND=milvus without a URI): its own words
            raise SettingError(str(first["msg"]).removeprefix("Value error, ")) from None
        name = env_name(".".join(str(part) for part in first["loc"]))
        raise SettingError(f"{name}={first.get('input')!s}: {first['msg']}") from None


def env_name(field: str) -> str:
    """The environment variable of a Settings field (``max_body_bytes`` -> ``MEDCITE_MAX_BODY_BYTES``)."""
    return f"MEDCITE_{field.upper()}"


def settings_environ(settings: Settings) -> dict[str, str | None]:
    """Every field of ``settings`` as the MEDCITE_* variable that recreates it (None: the field is unset,
    so is the variable), by the model's own field names: ``Settings()`` in another process reads back an
    equal object."""
    environ: dict[str, str | None] = {}
    for field in Settings.model_fields:
        value = getattr(settings, field)
        if value is None:
            environ[env_name(field)] = None
        elif isinstance(value, bool):
            environ[env_name(field)] = "true" if value else "false"
        else:
            environ[env_name(field)] = str(value)
    return environ


def export_settings(settings: Settings, environ: MutableMapping[str, str] = os.environ) -> None:
    """Write ``settings`` into ``environ`` (default: this process's, which worker processes inherit): the one
    place settings travel through the environment instead of as an object."""
    for name, value in settings_environ(settings).items():
        if value is None:
            environ.pop(name, None)
        else:
            environ[name] = value
