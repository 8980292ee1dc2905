"""A question's condition asked at a site, "X of the Y" (session 34): a source that names X without the site speaks
to it where X alone names nearly all the whole says (Lexicon.site_less), not where the site picks one of a family
("fracture of the femur" is no fracture of the wrist). The topics (heel pain, fractures) are not in the default
corpus; the corpora are written by the tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.embedder import load_embedder
from index.lexical import tokenize
from service.answer.concepts import Lexicon, concept, text_counts
from tests.service.corpora import answered, built

HEEL = [
    "Surgery should be reserved for plantar fasciitis that persists after twelve months of conservative care.",
    "Stretching of the calf is the first treatment for most patients.",
]


def test_a_condition_asked_at_its_own_site_is_named_by_the_condition_alone_and_its_names() -> None:
    lexicon = Lexicon({"PF": ["plantar fasciitis"]}, encode=load_embedder().encode)
    assert lexicon.site_less("plantar fasciitis of the foot") == ("plantar fasciitis",)
    # the corpus's short form of the bare condition names the condition asked at the site
    abbreviated = frozenset(tokenize("Surgery should be reserved for PF that persists after a year."))
    assert concept("plantar fasciitis of the foot", lexicon, condition=True).mentioned_in(abbreviated)
    # the site picks one of a family: a statement on a wrist fracture is none on a fracture of the femur
    assert lexicon.site_less("fracture of the femur") == ()
    assert not concept("fracture of the femur", lexicon, condition=True).mentioned_in(
        frozenset(tokenize("Casting is recommended for a fracture of the wrist.")))
    # an intervention keeps its words; and nothing is left out without the embedder
    assert not concept("plantar fasciitis of the foot", lexicon).mentioned_in(abbreviated)
    assert Lexicon({"PF": ["plantar fasciitis"]}).site_less("plantar fasciitis of the foot") == ()


@pytest.fixture(scope="module")
def heel_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "heel", {"heel-pain.md": "# Heel pain\n\n" + " ".join(HEEL) + "\n"})


def test_a_question_naming_the_site_reaches_the_advice_that_does_not(heel_index: Path) -> None:
    # Before: "of the foot" was one more word every statement had to name, and no statement was direct.
    answer = answered(heel_index, "Is surgery needed for plantar fasciitis of the foot?")
    assert "Surgery should be reserved for plantar fasciitis" in answer.bottom_line.text
    assert not answer.bottom_line.text.startswith("Indirect evidence")


# Session 46: where the embedder alone does not say X names the whole ("osteoarthritis" of "osteoarthritis of the
# knee", 0.85 under SITE_MIN_COSINE), the corpus may: a corpus that speaks of X mostly at the site names it by X alone.
# Tested at the hip: the int8 embedder puts "osteoarthritis" 0.85-0.86 from "osteoarthritis of the knee", by CPU,
# astride SITE_MIN_COSINE 0.855; "osteoarthritis of the hip" is some 0.76, between NARROWER_MIN_COSINE 0.7 and it.
HIP_TEXTS = ["Exercise therapy reduces pain in hip osteoarthritis.",
             "Osteoarthritis of the hip is common in older adults.",
             "Weight loss is advised for people with hip osteoarthritis and obesity."]
MIXED_TEXTS = ["Exercise therapy reduces pain in knee osteoarthritis.",
               "Osteoarthritis of the hand limits grip strength.",
               "Weight loss is advised for people with hip osteoarthritis and obesity."]


def test_a_condition_the_corpus_speaks_of_mostly_at_the_asked_site_is_named_by_itself_alone() -> None:
    encode = load_embedder().encode
    at_hip = Lexicon({}, encode=encode, counts=text_counts(HIP_TEXTS))
    assert at_hip.site_less("osteoarthritis of the hip") == ("osteoarthritis",)
    assert concept("osteoarthritis of the hip", at_hip, condition=True).mentioned_in(
        frozenset(tokenize("Radiographs are not needed to confirm typical osteoarthritis.")))
    # a corpus that speaks of it at other sites too: the site picks one of them
    assert Lexicon({}, encode=encode, counts=text_counts(MIXED_TEXTS)).site_less("osteoarthritis of the hip") == ()
    assert Lexicon({}, encode=encode).site_less("osteoarthritis of the hip") == ()  # no corpus, the embedder alone
