"""A condition asked as two alternatives ("Does X prevent A or B?") is asked of each side: a composite outcome the
corpus defines with one side among its members speaks to the question (``composites.asked_sides``), however the whole
phrase "A or B" sits beside the members in the embedder. Invented words throughout."""
from __future__ import annotations

from index.embedder import load_embedder
from index.lexical import tokenize
from service.answer.composites import asked_sides, composite_outcomes
from service.answer.concepts import QUESTION_WORDS, Lexicon
from service.answer.title_outcomes import TITLE_OUTCOME_MIN_COSINE

_COMPOSITE = "major zentric events"


def test_a_composite_with_one_asked_side_among_its_members_names_the_condition() -> None:
    lexicon = Lexicon({}, encode=load_embedder().encode,
                      composites={_COMPOSITE: ["flenic fever", "grolt", "death from grolt"]})
    found = composite_outcomes("gorbitis or flenic fever", lexicon, TITLE_OUTCOME_MIN_COSINE)
    assert frozenset(tokenize(_COMPOSITE)) - QUESTION_WORDS in found


def test_only_a_plain_either_or_is_split() -> None:
    assert asked_sides("gorbitis or flenic fever") == ("gorbitis", "flenic fever")
    assert asked_sides("gorbitis and flenic fever") == ()
    assert asked_sides("flenic fever in children or adults") == ()
