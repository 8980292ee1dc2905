"""An answer does not depend on the questions the process answered before it: the same questions asked in two orders,
each on a freshly opened index of the default corpus, and again on an index that answered them all, give the same
answers. The server runs several workers, each with its own history, so a clinician asking twice must read the same
answer. Any memory that is not a function of its full input (a vector that moved with the texts encoded beside it,
a cache keyed by less than what it was computed from) fails this test.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from index.embedder import load_embedder
from index.search import Index, open_index
from service.answer.concepts import Lexicon
from service.answer.pipeline import answer_question

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from answer_digest import answer_json  # noqa: E402

# Questions of several topics of the default corpus sharing describing words ("mild", "acute", "persistent",
# "first-line"): a phrase a later question encodes may already have been met beside another question's phrases.
QUESTIONS = [
    "Should antibiotics be withheld in mild acute otitis media?",
    "What is the first-line treatment for mild persistent asthma?",
    "Is a short-acting beta agonist alone enough for mild asthma?",
    "How long should amoxicillin be given for otitis media in young children?",
    "Does vitamin K2 reduce arterial calcification?",
    "Is shockwave therapy effective for calcific tendinopathy of the shoulder?",
    "What is the first-line treatment for moderate persistent asthma?",
    "Should antibiotics be withheld in severe acute otitis media?",
]


def answers_in(index: Index, questions: list[str]) -> dict[str, str]:
    """Each question's whole answer (JSON without its id and timestamps), asked in the given order."""
    return {q: answer_json(answer_question(index, q)) for q in questions}


def test_a_phrase_vector_does_not_depend_on_what_was_encoded_before() -> None:
    """A lexicon gives a phrase the same vector whether or not another question's lookup encoded it first, beside other
    phrases: int8 quantizes a batch by its whole range (the vector of "mild persistent" batched beside an ear
    infection's phrases is 0.985 of its own)."""
    encode = load_embedder().encode
    fresh = Lexicon({}, encode=encode)._vectors_of(["mild persistent", "persistent"])
    lexicon = Lexicon({}, encode=encode)
    lexicon._vectors_of(["severe relapsing remitting", "mild persistent", "acute ear infection in young children"])
    after = lexicon._vectors_of(["mild persistent", "persistent"])
    assert float(fresh[0] @ after[0]) == pytest.approx(1.0, abs=1e-6)
    assert float(fresh[0] @ fresh[1]) == pytest.approx(float(after[0] @ after[1]), abs=1e-6)


def test_answers_do_not_depend_on_the_questions_asked_before(corpus_index: Path) -> None:
    forward = open_index(corpus_index)
    backward = open_index(corpus_index)
    try:
        first = answers_in(forward, QUESTIONS)
        reversed_order = answers_in(backward, QUESTIONS[::-1])
        again = answers_in(forward, QUESTIONS[::-1])  # every question asked a second time, after all the others
    finally:
        forward.close()
        backward.close()
    moved = [q for q in QUESTIONS if not first[q] == reversed_order[q] == again[q]]
    assert not moved, json.dumps({q: [json.loads(first[q])["bottom_line"]["text"][:80],
                                      json.loads(reversed_order[q])["bottom_line"]["text"][:80]] for q in moved})
