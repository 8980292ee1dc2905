"""A question naming a drug the corpus never writes is answered from what the corpus says of the drug's class
(``drug_classes``: drug -> class pairs learned from medical texts by Hearst's patterns, and a drug those texts lack
given the class of drugs whose names end alike; ``concepts.Lexicon.drug_classes`` keeps the class the corpus writes;
``retrieval.retrieve`` searches it). Made-up names throughout."""
from __future__ import annotations

import pytest

from index.lexical import tokenize
from index.search import Index, open_index
from service.answer import drug_classes
from service.answer.drug_classes import DrugClasses, class_pairs, class_phrase, learned
from service.answer.pipeline import answer_question
from tests.service.corpora import background_guidelines, built

COINED = frozenset("deltafrobnacin zetaquuxamide "
                   "alphafrobnacin betafrobnacin gammafrobnacin frobnacins frobnacin zorblats zorblat quuxamide "
                   "glimmerol".split())


def is_name(word: str) -> bool:
    """The learner's test of a drug's name, for made-up words: a word English lacks."""
    return word in COINED


def terms(phrase: str) -> frozenset[str]:
    return frozenset(tokenize(phrase))


def test_the_patterns_that_name_members_beside_their_class() -> None:
    read = {(name, phrase) for name, phrase, _ in class_pairs(
        "Frobnacins such as alphafrobnacin or betafrobnacin prolong the QT interval. Treatment with zorblats (e.g., "
        "quuxamide) is advised. Glimmerol and other zorblats may be used. Gammafrobnacin, a frobnacin, is new.",
        is_name)}
    assert {("alphafrobnacin", "frobnacins"), ("betafrobnacin", "frobnacins"), ("quuxamide", "zorblats"),
            ("glimmerol", "zorblats"), ("gammafrobnacin", "frobnacin")} <= read
    # A list ends at an item that opens with no drug's name.
    assert not any(name == "exercise" for name, _ in read)
    assert class_phrase("treatment with angry zorblats") == "angry zorblats"
    # Doses between the names of a bracketed list are passed over.
    dosed = {name for name, _, _ in class_pairs("Higher doses of zorblats (quuxamide, 50 mg; glimmerol, 25 mg) were "
                                                 "studied.", is_name)}
    assert dosed == {"quuxamide", "glimmerol"}


def test_classes_need_a_coined_word_and_two_drugs() -> None:
    pairs = [("alphafrobnacin", "frobnacins", True), ("betafrobnacin", "frobnacins", True),
             ("quuxamide", "common agents", True), ("glimmerol", "common agents", True),
             ("glimmerol", "zorblats", True)]  # one drug only
    found = learned(pairs, is_name, terms)
    assert found == {"alphafrobnacin": {"frobnacins": 1}, "betafrobnacin": {"frobnacins": 1}}


def test_a_name_not_learned_takes_the_class_of_names_that_end_alike() -> None:
    classes = DrugClasses({"alphafrobnacin": {"frobnacins": 2}, "betafrobnacin": {"frobnacins": 1},
                           "quuxamide": {"zorblats": 1}})
    assert classes.classes_of("gammafrobnacin") == ("frobnacins",)
    assert classes.classes_of("glimmerol") == ()
    # An ending of eight letters or more says the class on one known drug's word ("-frobnacin" of "alphafrobnacin").
    one = DrugClasses({"alphafrobnacin": {"frobnacins": 1}, "quuxamide": {"zorblats": 1}})
    assert one.alike("deltafrobnacin") == ("frobnacins",)
    # An ending leaves three letters of its drug's name before it: a whole name ("quuxamide") is no ending, and
    # "-xamide" is too short to say a class on one drug.
    assert one.alike("zetaquuxamide") == ()


GUIDELINE = """---
title: "Antibiotics for community-acquired pneumonia in adults"
type: guideline
year: 2024
---
# Antibiotics for community-acquired pneumonia in adults

## Recommendations

Adults with community-acquired pneumonia should receive an antibiotic within four hours of diagnosis. Amoxicillin is
the first-line antibiotic for adults with low-severity community-acquired pneumonia. A macrolide may be added for
adults with moderate-severity community-acquired pneumonia.

## Safety

Frobnacins carry warnings about tendon rupture and aortic aneurysm and are reserved for patients without suitable
alternatives. Amoxicillin commonly causes diarrhoea.
"""

OTHERS = background_guidelines(
    "Exercise for knee osteoarthritis",
    "Iron deficiency anaemia in adults",
    "Migraine prevention",
    "Asthma in children",
    "Eczema in children",
    "Fever in children",
)


@pytest.fixture(scope="module")
def guideline(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return open_index(built(tmp_path_factory, "drug-classes", {"cap.md": GUIDELINE, **OTHERS}))


def test_a_drug_the_corpus_never_writes_gets_its_class_sentence(guideline: Index,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    learned_pairs = DrugClasses({"alphafrobnacin": {"frobnacins": 2}, "betafrobnacin": {"frobnacins": 1}})
    monkeypatch.setattr(drug_classes, "_shipped", lambda: learned_pairs)
    answer = answer_question(guideline, "Is gammafrobnacin safe for pneumonia in a patient with an aortic aneurysm?")
    quoted = [s.text for s in answer.bottom_line.statements if s.origin == "source"]
    assert any(text.startswith("Frobnacins carry warnings about tendon rupture and aortic aneurysm") for text in quoted)
