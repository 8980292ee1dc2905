"""The one settings source: the README's table lists exactly the fields of ``Settings`` (with their defaults
where it states one), settings survive the trip through the environment to ``serve``'s workers, and an
invalid one is a one-line SettingError naming its variable."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from service.errors import SettingError
from service.settings import Settings, env_name, export_settings, load_settings, settings_environ

REPO = Path(__file__).resolve().parents[2]
README = REPO / "README.md"


@pytest.fixture(autouse=True)
def _no_medcite_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [n for n in os.environ if n.startswith("MEDCITE_")]:
        monkeypatch.delenv(name)


def readme_settings() -> dict[str, str]:
    """The README's settings table: variable -> its default cell (the table after "Settings come from")."""
    text = README.read_text(encoding="utf-8")
    table = text[text.index("Settings come from the environment"):]
    rows: dict[str, str] = {}
    for line in table.splitlines()[1:]:
        if rows and not line.startswith("|"):
            break
        match = re.match(r"\| `(MEDCITE_[A-Z0-9_]+)` \| ([^|]*) \|", line)
        if match:
            rows[match.group(1)] = match.group(2).strip()
    return rows


def test_the_readme_table_lists_every_setting_and_nothing_else() -> None:
    documented = set(readme_settings())
    fields = {env_name(name) for name in Settings.model_fields}
    assert documented == fields, (f"in the README only: {sorted(documented - fields)}; "
                                  f"in Settings only: {sorted(fields - documented)}")


def _stated(name: str) -> str:
    """A field's default as the README spells it: ``unset``, ``true``, ``2000``, ``local``, or a path with the
    home folder as ``~`` and this repository's folders relative to it (``corpus/``)."""
    info = Settings.model_fields[name]
    default = info.get_default(call_default_factory=True)
    if default is None:
        return "unset"
    if isinstance(default, bool):
        return "true" if default else "false"
    if isinstance(default, float) and default.is_integer():
        return str(int(default))
    if isinstance(default, Path):
        if default.is_relative_to(REPO):
            return f"{default.relative_to(REPO)}/"
        return f"~/{default.relative_to(Path.home())}" if default.is_relative_to(Path.home()) else str(default)
    return str(default)


def _literal(cell: str) -> str | None:
    """The plain value a README default cell opens with (a word, a number, a path in backticks), or None
    when it gives the default in words (``the packaged ...``) or derives it (``$MEDCITE_DATA_DIR/index``)."""
    first = cell.split()[0] if cell.split() else ""
    if first.startswith("`$") or not (first.startswith("`") or first in ("unset", "true", "false")
                                      or re.fullmatch(r"\d+(\.\d+)?", first)):
        return None
    return first.strip("`")


def test_the_readme_states_each_default_as_the_model_has_it(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("XDG_DATA_HOME", "XDG_CACHE_HOME"):  # the defaults the README gives are those without them
        monkeypatch.delenv(name, raising=False)
    table = readme_settings()
    compared, wrong = [], []
    for name in Settings.model_fields:
        cell = table.get(env_name(name), "(missing)")
        stated = _literal(cell)
        if stated is None:  # derived from another setting, or described: e.g. index, db, model
            continue
        compared.append(name)
        if stated != _stated(name):
            wrong.append(f"{env_name(name)}: README {cell!r}, model {_stated(name)!r}")
    assert not wrong, wrong
    assert len(compared) >= len(Settings.model_fields) - 4, compared  # most defaults are stated, and checked


def test_settings_survive_the_trip_through_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    given = Settings(data_dir=tmp_path, index=tmp_path / "idx", model="", admin_tokens="alice:t1,bob:t2",
                     session_hours=1.5, cookie_secure=False, rate_limit_per_minute=30, backend="milvus",
                     milvus_uri="http://127.0.0.1:1", torch_threads=3, answer_threads=5,
                     eval_cache_dir=tmp_path / "cache")
    for name in settings_environ(given):  # recorded, so that monkeypatch restores what the export writes
        monkeypatch.setenv(name, "")
    monkeypatch.setenv("MEDCITE_DB", "/elsewhere/answers.sqlite")  # unset in ``given``: the export removes it
    export_settings(given)
    assert "MEDCITE_DB" not in os.environ
    assert Settings() == given
    assert settings_environ(given)["MEDCITE_COOKIE_SECURE"] == "false"


def test_an_invalid_setting_is_a_setting_error_naming_its_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDCITE_ANSWER_THREADS", "0")
    with pytest.raises(SettingError, match=r"^MEDCITE_ANSWER_THREADS=0: "):
        load_settings()
    monkeypatch.delenv("MEDCITE_ANSWER_THREADS")
    monkeypatch.setenv("MEDCITE_BACKEND", "milvus")
    with pytest.raises(SettingError, match="^MEDCITE_BACKEND=milvus needs MEDCITE_MILVUS_URI"):
        load_settings()
