"""The evaluation index cache: its key follows the corpus bytes and the settings, and nothing else."""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest


from eval.cache import CacheKey, cache_key, default_cache_dir
from ingest import abbreviations, chunking, kinds, sentences
from ingest.chunking import ChunkingParams

LEXICAL = {"k1": 1.2, "b": 0.75, "tokenizer": 1, "code": "abc"}
PASSAGE = {"version": 1, "code": "def"}


def corpus(tmp_path: Path, text: str = '{"_id": "d1", "title": "", "text": "Statins lower LDL."}\n') -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text(text)
    return path


def key(path: Path, params: ChunkingParams = ChunkingParams(), model: str = "m1",
        lexical: dict = LEXICAL, passage: dict = PASSAGE) -> CacheKey:
    return cache_key(path, params, model, lexical=lexical, passage=passage)


def test_same_bytes_same_key_wherever_and_whenever(tmp_path: Path) -> None:
    path = corpus(tmp_path)
    first = key(path)
    os.utime(path, (1, 1))
    elsewhere = tmp_path / "copy" / "corpus.jsonl"
    elsewhere.parent.mkdir()
    shutil.copy(path, elsewhere)
    assert key(path) == first
    assert key(elsewhere).full == first.full


def test_corpus_bytes_change_both_keys(tmp_path: Path) -> None:
    path = corpus(tmp_path)
    before = key(path)
    path.write_text('{"_id": "d1", "title": "", "text": "Statins lower LDL!"}\n')
    after = key(path)
    assert after.embedding != before.embedding
    assert after.full != before.full


def test_settings_that_change_vectors_change_the_embedding_key(tmp_path: Path) -> None:
    path = corpus(tmp_path)
    base = key(path)
    for changed in (key(path, params=ChunkingParams(max_tokens=128)), key(path, model="m2"),
                    key(path, passage={"version": 2, "code": "def"})):
        assert changed.embedding != base.embedding
        assert changed.full != base.full


def test_the_sentence_splitters_code_is_part_of_the_embedding_key(tmp_path: Path) -> None:
    # the splitter decides every chunk's text: another splitter must build a new entry, never reuse one
    path = corpus(tmp_path)
    base = cache_key(path, ChunkingParams(), "m1", lexical=LEXICAL, passage=PASSAGE, splitter="aaaa")
    other = cache_key(path, ChunkingParams(), "m1", lexical=LEXICAL, passage=PASSAGE, splitter="bbbb")
    assert other.embedding != base.embedding and other.full != base.full
    code = hashlib.sha256(Path(sentences.__file__).read_text().encode()).hexdigest()[:16]
    default = cache_key(path, ChunkingParams(), "m1", lexical=LEXICAL, passage=PASSAGE)
    assert default.settings["chunking"]["sentences"] == code
    assert default == cache_key(path, ChunkingParams(), "m1", lexical=LEXICAL, passage=PASSAGE, splitter=code)


def test_lexical_settings_change_only_the_full_key(tmp_path: Path) -> None:
    path = corpus(tmp_path)
    base = key(path)
    changed = key(path, lexical={**LEXICAL, "k1": 0.9})
    assert changed.embedding == base.embedding
    assert changed.full != base.full


def test_the_abbreviation_readers_code_is_part_of_the_full_key(tmp_path: Path) -> None:
    # the lexicon beside the index holds the abbreviations it reads: a new reader rebuilds the entry in place
    code = hashlib.sha256(Path(abbreviations.__file__).read_text().encode()).hexdigest()[:16]
    assert key(corpus(tmp_path)).settings["abbreviations"] == code
    kinds_code = hashlib.sha256(Path(kinds.__file__).read_text().encode()).hexdigest()[:16]
    assert key(corpus(tmp_path)).settings["kinds"] == kinds_code  # and the kinds it names


def test_default_key_uses_the_code_settings_and_is_stable(tmp_path: Path) -> None:
    path = corpus(tmp_path)
    assert cache_key(path, ChunkingParams(), "m1") == cache_key(path, ChunkingParams(), "m1")
    assert '"k1"' in cache_key(path, ChunkingParams(), "m1").stamp


def test_default_cache_dir_is_the_eval_cache_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("MEDCITE_EVAL_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("MEDCITE_DATA_DIR", str(tmp_path / "data"))  # the service's data: not the eval cache
    assert default_cache_dir() == Path.home() / ".cache" / "medcite" / "eval"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "medcite" / "eval"
    monkeypatch.setenv("MEDCITE_EVAL_CACHE_DIR", str(tmp_path / "mine"))
    assert default_cache_dir() == tmp_path / "mine"


def test_the_chunkers_code_is_part_of_the_embedding_key(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text('{"_id": "1", "text": "x"}\n')
    key = cache_key(path, ChunkingParams(), "m1", lexical=LEXICAL, passage=PASSAGE)
    code = hashlib.sha256(Path(chunking.__file__).read_text().encode()).hexdigest()[:16]
    assert key.settings["chunking"]["chunker"] == code
