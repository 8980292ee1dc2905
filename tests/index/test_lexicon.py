"""The corpus lexicon an index build writes: defined abbreviations, frequent phrases and their vectors."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np

from index.build import build_index
from index.embedder import Embedder
from index.lexicon import LEXICON, LEXICON_VECTORS, build_lexicon, read_lexicon
from ingest.abbreviations import definitions
from ingest.collocations import frequent_phrases, phrases

DOCS = [
    ("a", "Cognitive behavioural therapy (CBT) reduced insomnia severity. Sleep hygiene alone did not."),
    ("b", "Cognitive behavioural therapy improved chronic insomnia; sleep hygiene was the control."),
    ("c", "Chronic insomnia is common in older adults."),
]


def test_phrases_stay_inside_a_clause_and_do_not_end_on_function_words() -> None:
    found = phrases("Sleep hygiene alone did not help, and cognitive behavioural therapy of the elderly")
    assert "sleep hygiene" in found and "cognitive behavioural therapy" in found
    assert not any(p.endswith((" the", " of", " and")) or p.startswith(("and ", "of ")) for p in found)
    assert "help and" not in found and "not help" not in found  # a comma ends the clause; "not" is a function word


def test_frequent_phrases_need_several_documents() -> None:
    frequent = frequent_phrases(DOCS, limit=50)
    assert "cognitive behavioural therapy" in frequent and "chronic insomnia" in frequent and "sleep hygiene" in frequent
    assert "insomnia severity" not in frequent  # one document's wording


def test_a_long_form_does_not_reach_back_over_a_sentence_end() -> None:
    text = "Intake comes from cheese and dairy products. Medium chain triglycerides (MCT) were given."
    assert list(definitions(text)) == [("MCT", "Medium chain triglycerides")]


def test_build_writes_the_lexicon_files(tmp_path: Path, embedder: Embedder) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc_id, text in DOCS:
        (folder / f"{doc_id}.md").write_text(f"# Sleep note {doc_id}\n\n{text}\n", encoding="utf-8")
    build_index(folder, tmp_path / "index", embedder=embedder)
    version = (tmp_path / "index").resolve()
    assert (version / LEXICON).exists() and (version / LEXICON_VECTORS).exists()
    lexicon = read_lexicon(version)
    assert lexicon is not None and lexicon.model == embedder.fingerprint
    assert lexicon.definitions == {"CBT": ["cognitive behavioural therapy"]}
    assert "chronic insomnia" in lexicon.phrases
    assert lexicon.vectors.shape == (len(lexicon.phrases), embedder.dimension)
    row = lexicon.phrases.index("chronic insomnia")
    # The index's own model made it (float16 on disk; the int8 model's activations scale per batch).
    assert float(lexicon.vectors[row] @ embedder.encode(["chronic insomnia"])[0]) > 0.97


def test_a_rebuild_reuses_phrase_vectors_of_the_same_model_only(embedder: Embedder) -> None:
    first = build_lexicon(DOCS, embedder)
    marked = first.vectors.copy()
    marked[0] = 0.0  # a vector no embedding would give: it survives only if reused
    previous = replace(first, vectors=marked)
    assert np.all(build_lexicon(DOCS, embedder, previous).vectors[0] == 0.0)
    other_model = replace(previous, model="another-model")
    assert np.any(build_lexicon(DOCS, embedder, other_model).vectors[0] != 0.0)


def test_missing_or_mismatched_files_read_as_no_lexicon(tmp_path: Path, embedder: Embedder) -> None:
    assert read_lexicon(tmp_path) is None
    from index.lexicon import write_lexicon

    write_lexicon(tmp_path, build_lexicon(DOCS, embedder))
    np.save(tmp_path / LEXICON_VECTORS, np.zeros((1, 3), dtype=np.float16))
    assert read_lexicon(tmp_path) is None  # phrases and vectors disagree: ignored, not trusted


def test_a_numbered_name_defines_its_short_form_when_the_letters_do_not_spell_it() -> None:
    # The "K" of "MK-7" stands for vitamin K, not for a letter of "menaquinone": the number and the first letter tie them.
    assert list(definitions("Trials gave menaquinone-7 (MK-7) daily.")) == [("MK-7", "menaquinone-7")]
    assert list(definitions("Trials gave menaquinone-7 (MK7) daily.")) == [("MK7", "menaquinone-7")]


def test_a_numbered_word_is_no_long_form_of_a_longer_short_form_or_another_number() -> None:
    assert list(definitions("Inhibitors of polymerase-1 (PARP1) were tested.")) == []  # the last word of a longer name
    assert list(definitions("Trials gave menaquinone-7 (MK-4) daily.")) == []


def test_a_name_given_in_words_defines_its_other_names() -> None:
    text = ("Punctal plugs, also known as lacrimal occlusion devices or tear duct plugs, block tear drainage. "
            "Triple X rash, also called Kessel erythema, is rare.")
    assert list(definitions(text)) == []  # no parentheses: no abbreviation
    from ingest.abbreviations import corpus_definitions, other_names

    assert list(other_names(text)) == [("lacrimal occlusion devices", "Punctal plugs"),
                                       ("tear duct plugs", "Punctal plugs"),
                                       ("Kessel erythema", "Triple X rash")]  # the "X" is a name's, not an article
    assert corpus_definitions([text])["Kessel erythema"] == {"triple x rash"}


def test_a_name_is_read_back_only_to_its_clause_and_only_when_short() -> None:
    from ingest.abbreviations import other_names

    # Back to the article, never over a line break or a sentence end.
    assert list(other_names("Patients then had the cold probe treatment, also called cryotherapy, twice.")) == [
        ("cryotherapy", "cold probe treatment")]
    assert list(other_names("## Results\nCold therapy, also called cryotherapy, helped.")) == [
        ("cryotherapy", "Cold therapy")]
    # Five words with no clause start before the comma: which of them make the name cannot be told.
    assert list(other_names("Very long winding name words here, also called X-thing.")) == []


def test_an_incremental_rebuild_keeps_the_composites_of_every_chunk(tmp_path: Path, embedder: Embedder) -> None:
    # A rebuild reuses the vectors of unchanged chunks but reads the composites of all of them, new and reused.
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.md").write_text("# Trial A\n\nThe end point was major adverse cardiac events, a composite of "
                                 "myocardial infarction and stroke.\n", encoding="utf-8")
    build_index(folder, tmp_path / "index", embedder=embedder)
    (folder / "b.md").write_text("# Trial B\n\nThe end point was the renal outcome, a composite of dialysis and "
                                 "doubling of creatinine.\n", encoding="utf-8")
    report = build_index(folder, tmp_path / "index", embedder=embedder)
    lexicon = read_lexicon((tmp_path / "index").resolve())
    assert report.reused == 1 and lexicon is not None
    assert lexicon.composites == {"major adverse cardiac events": ["myocardial infarction", "stroke"],
                                  "renal outcome": ["dialysis", "doubling of creatinine"]}
    (folder / "a.md").unlink()
    build_index(folder, tmp_path / "index", embedder=embedder)
    lexicon = read_lexicon((tmp_path / "index").resolve())
    assert lexicon is not None and lexicon.composites == {"renal outcome": ["dialysis", "doubling of creatinine"]}
