"""A short acronym the corpus never writes, two capitals ("knee OA", "IV iron") or capitals and a lower-case letter
("ACEi"), is read as the corpus's phrase it spells beside the same neighbour word (``concepts.spell_beside``,
``Lexicon.spelled_short``): session 51's testers asked "Does exercise help knee OA pain?" and "Should ACEi and ARB be
combined?" and got no answer the written-out words get. Two capitals alone spell too many phrases to guess."""
from __future__ import annotations

from index.lexical import tokenize
from index.search import Index
from service.answer.concepts import Lexicon, spell_beside
from service.answer.pipeline import answer_question

TEXTS = [
    "Exercise helps gizmosis of the knee. Knee gizmoarthrosis is common in older adults.",
    "Knee gizmoarthrosis pain improves with exercise. Oral anticoagulants were not studied.",
    "Intravenous drugx is given when oral drugx fails. Intravenous drugx can cause rash.",
    "ZAP inhibitors lower pressure. ZAP inhibitors and drugx should not be combined.",
    "Greater improvement was seen. A greater improvement in pain followed. Upset stomachs occurred.",
    "Most trials ran in the UK.",
]
VOCABULARY = sorted({t for text in TEXTS for t in tokenize(text)})


def _lexicon() -> Lexicon:
    return Lexicon({}, texts=lambda: TEXTS, vocabulary=VOCABULARY)


def test_two_capitals_are_spelled_beside_their_neighbour() -> None:
    assert spell_beside("ga", TEXTS, "knee", None) == ("gizmoarthrosis",)  # letters inside one word
    assert spell_beside("iv", TEXTS, None, "drugx") == ("intravenous",)
    assert spell_beside("ga", TEXTS, None, "pain") == ()  # written once beside "pain": no check
    lexicon = _lexicon()
    assert lexicon.spelled_short("Does exercise help knee GA pain?") == \
        "Does exercise help knee gizmoarthrosis pain?"
    assert lexicon.spelled_short("Is IV drugx first line?") == "Is intravenous drugx first line?"


def test_capitals_with_a_lower_case_letter_are_the_written_capitals_and_the_word_after() -> None:
    assert _lexicon().spelled_short("Should ZAPi and drugx be combined?") == \
        "Should ZAP inhibitors and drugx be combined?"


def test_two_capitals_without_a_telling_neighbour_or_written_by_the_corpus_stay() -> None:
    lexicon = _lexicon()
    # "GI" alone spells "greater improvement" twice in this corpus: never guessed without a neighbour
    assert lexicon.spelled_short("Is GI upset common?") == "Is GI upset common?"
    assert lexicon.spelled_short("Is it used in the UK?") == "Is it used in the UK?"
    assert lexicon.spelled_short("What is the pH?") == "What is the pH?"


def test_on_the_default_corpus(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Does exercise help knee OA pain?")
    assert answer.verdict == "yes"
    assert answer.question == "Does exercise help knee OA pain?"
    assert "angiotensin receptor blockers should not be combined" in \
        answer_question(loaded_index, "Should ACEi and ARB be combined for BP control?").bottom_line.text
