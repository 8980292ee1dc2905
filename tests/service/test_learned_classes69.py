"""A question names one drug ("add quibrazol?") where the corpus advises on its class ("selective glimmer blockers") and
never lists the drug under it: the class is learned from abstracts (eval.class_mining, shipped as weights/classes.json)
and counts as the corpus's own lists do (``Lexicon.classes_named``), only where the corpus writes the class as a kind.
The lexicon is given to the pipeline by replacing ``learned_classes.learned``."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.class_mining import appositives, mine, train_classes
from index.lexical import tokenize
from service.answer import learned_classes
from service.answer.concepts import Lexicon, text_counts
from service.answer.learned_classes import LearnedClasses
from service.answer.retrieval import class_facets
from tests.service.test_concept_classes import _coverage

# -- mining ---------------------------------------------------------------------------------------------------------

MINED = ["Quibrazol, a selective glimmer blocker, was given to forty adults with frettle disorder.",
         "The safety of plonkitide, a novel wobble agonist (NWA), was studied.",
         "In this study, a total of ten adults, were seen twice.",
         "Glimmer blockers such as quibrazol, zorbitan and the rest relieve pain in several trials."]


def test_an_apposition_names_a_members_class() -> None:
    assert appositives(MINED[0]) == [("Quibrazol", "selective glimmer blocker")]
    # the member is the name the phrase ends on, not "the safety of"; a determiner opens no name
    assert appositives(MINED[1]) == [("plonkitide", "novel wobble agonist")]
    assert appositives(MINED[2]) == []


def test_mining_keeps_an_apposition_once_and_a_list_only_when_stated_in_two_texts() -> None:
    lexicon = mine(MINED)
    assert lexicon["quibrazol"] == {"selective glimmer blocker": 1}
    assert "zorbitan" not in lexicon  # listed once, in one text
    twice = mine(["Glimmer blockers (e.g., zorbitan) relieve pain.", "Glimmer blockers (e.g., zorbitan) work."])
    assert twice["zorbitan"] == {"glimmer blockers": 2}


def test_the_train_part_writes_a_lexicon_the_service_reads(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    (shared / "pubmedqa").mkdir(parents=True)
    rows = [{"title": "Quibrazol", "text": MINED[0]}, {"title": "", "text": MINED[1]}]
    (shared / "pubmedqa" / "corpus.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "classes.json"
    assert train_classes(shared, out)["members"] == 2
    read = LearnedClasses.from_json(json.loads(out.read_text(encoding="utf-8")))
    assert read.written_forms()["quibrazol"] == {"selective glimmer blocker", "selective glimmer blockers"}


# -- reading --------------------------------------------------------------------------------------------------------

_CHUNKS = [
    "We recommend against selective glimmer blockers for frettle disorder.",
    "Selective glimmer blockers cause weight gain in some adults.",
    "Offer spindle therapy at night for frettle disorder.",
] + [f"Filler chunk number {n} on frettle disorder care." for n in range(200)]

_CLASS_TERMS = frozenset(tokenize("selective glimmer blockers"))
LEARNED = LearnedClasses({"quibrazol": {"selective glimmer blocker": 3}, "melvoxine": {"trellic agent": 2}})


@pytest.fixture()
def learned(monkeypatch: pytest.MonkeyPatch) -> LearnedClasses:
    monkeypatch.setattr(learned_classes, "learned", lambda: LEARNED)
    return LEARNED


def _lexicon() -> Lexicon:
    return Lexicon({}, counts=text_counts(_CHUNKS), texts=lambda: _CHUNKS)


def test_a_learned_class_the_corpus_writes_covers_the_member(learned: LearnedClasses) -> None:
    named = _lexicon().classes_named("frettle disorder, 34F - start quibrazol?")
    assert named == ((frozenset({"quibrazol"}), (_CLASS_TERMS,)),)
    advice = "We recommend against selective glimmer blockers for frettle disorder."
    for question in ("frettle disorder, 34F - start quibrazol?", "frettle disorder 34F. start quibrazol?",
                     "Should an adult with frettle disorder start quibrazol?"):
        assert _coverage(advice, question, _lexicon()) > _coverage(advice, question, Lexicon({}))


def test_a_learned_class_the_corpus_never_writes_ties_nothing(learned: LearnedClasses) -> None:
    assert _lexicon().classes_named("frettle disorder - start melvoxine?") == ()


def test_without_the_lexicon_the_member_is_tied_to_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned_classes, "learned", lambda: LearnedClasses())
    assert _lexicon().classes_named("frettle disorder - start quibrazol?") == ()


def test_the_question_is_searched_with_the_learned_class_in_the_members_place(learned: LearnedClasses) -> None:
    facets = class_facets("frettle disorder - start quibrazol?", _lexicon())
    assert facets == [("frettle disorder - start selective glimmer blockers?",
                       _CLASS_TERMS)]
