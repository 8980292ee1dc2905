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
from tests.service.corpora import answered, built
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


# -- end to end: advice against the class is a "no" for the member ---------------------------------------------------

FRETTLE = """---
title: "Frettle bowel disorder in adults"
type: guideline
year: 2023
---
# Frettle bowel disorder in adults

Frettle bowel disorder causes belly pain and urgency in adults.

## Recommendations

Selective glimmer blockers are not recommended for adults with frettle bowel disorder.

The panel suggests using spindle tablets for adults with frettle bowel disorder.

Selective glimmer blockers did not improve global symptoms of frettle bowel disorder in trials.

## Other notes

Selective glimmer blockers are also used for low mood in adults.
"""


def _filler(n: int) -> str:
    """A guideline on a topic of its own, so that the class is written in few of the corpus's chunks (``Lexicon
    ._class_kept``), as in a corpus of many guidelines."""
    return f"""---
title: "Plain care topic {n}"
type: guideline
year: 2023
---
# Plain care topic {n}

## Recommendations

Clinicians should offer routine review number {n} to adults with condition {n}. Review {n} helps condition {n}.

## Background

Condition {n} affects many adults and is followed by review {n} each year.
"""


@pytest.fixture(scope="module")
def frettle_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "learned69", {"frettle.md": FRETTLE, **{f"fill{n}.md": _filler(n) for n in range(60)}})


def test_advice_against_the_learned_class_answers_no_for_the_member(frettle_index: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    question = "Should an adult with frettle bowel disorder take quibrazol?"
    monkeypatch.setattr(learned_classes, "learned", lambda: LearnedClasses())
    assert answered(frettle_index, question).verdict != "no"  # no tie: nothing said of quibrazol
    monkeypatch.setattr(learned_classes, "learned", lambda: LEARNED)
    # (Asked as a plain sentence, and as a case note with its ask after a dash, where the answer had no closest
    # evidence and the class advice stood in its sections only.)
    for asked in (question, "frettle bowel disorder, 34F - should she take quibrazol?"):
        answer = answered(frettle_index, asked)
        assert answer.verdict == "no", asked
        assert "Selective glimmer blockers are not recommended" in answer.bottom_line.text


def test_a_learned_class_the_corpus_never_writes_gives_no_verdict(frettle_index: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned_classes, "learned",
                        lambda: LearnedClasses({"quibrazol": {"trellic agent": 4}}))
    assert answered(frettle_index, "Should an adult with frettle bowel disorder take quibrazol?").verdict != "no"
