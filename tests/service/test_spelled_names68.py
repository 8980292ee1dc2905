"""Session 68: a question's acronym spelled by the corpus's own words where the corpus never writes nor defines it
(``Lexicon.spelled``, ``pipeline._topic_spelled``). A spelling the long forms learned from text disagree with is a
chance run of initials and is not taken ("BPH" read as a phrase on public health in a corpus that writes one);
one that takes a single letter inside a word ("total intravenous anaesthesia" of "TIVA") is taken for a question
read as no topic, which read as written found nothing. Invented words throughout."""
from __future__ import annotations

import pytest

from index.lexical import tokenize
from service.answer import abbreviations
from service.answer.abbreviations import LearnedAbbreviations, learned_disagrees
from service.answer.concepts import Lexicon, text_counts, text_passages
from service.answer.pipeline import _topic_spelled
from service.answer.question import read_question

TEXTS = [
    "A broad plonk harm review is held every year.",
    "Broad plonk harm budgets were cut in two regions.",
    "Flurbic zorbal glumination is advised in all patients receiving it.",
    "Patients receiving flurbic zorbal glumination are at no higher risk.",
    "Flurbic zorbal glumination is often chosen for day cases.",
]


def _lexicon(texts: list[str]) -> Lexicon:
    return Lexicon({}, counts=text_counts(texts), passages=text_passages(texts),
                   vocabulary={t for text in texts for t in tokenize(text)}, texts=lambda: texts)


@pytest.fixture()
def learned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(abbreviations, "learned",
                        lambda: LearnedAbbreviations({"BPH": {"benign pluvial hypertrophy": 7}}))


def test_a_spelling_the_learned_lexicon_disagrees_with_is_not_taken(learned: None) -> None:
    lexicon = _lexicon(TEXTS)
    # "broad plonk harm" spells B-P-H one initial a word and is written twice; the learned long form shares no word.
    assert lexicon.spelled("BPH") == []
    asked = "65M BPH, worse at night - gizmotide?"
    q = read_question(asked)
    assert not q.intervention and not q.condition
    assert _topic_spelled(q, asked, lexicon) == asked


def test_without_the_learned_lexicon_the_corpus_spelling_stands(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(abbreviations, "learned", lambda: LearnedAbbreviations())
    assert _lexicon(TEXTS).spelled("BPH") == ["broad plonk harm"]


def test_learned_disagrees_only_where_the_lexicon_knows_the_short_form(learned: None) -> None:
    assert learned_disagrees("BPH", "broad plonk harm")
    assert not learned_disagrees("BPH", "benign pluvial hypertrophies")  # most of its words in the long form: agrees
    assert learned_disagrees("BPH", "benign plonk harm")  # one word of three shared: a chance run still
    assert not learned_disagrees("ZQX", "zorbal quint xenia")  # unknown: nothing to disagree with


def test_an_acronym_taking_one_letter_inside_a_word_is_spelled_for_a_question_with_no_topic(learned: None) -> None:
    lexicon = _lexicon(TEXTS)
    # F-Z-G-L: the "l" is inside "glumination"; three words for four letters.
    assert lexicon.spelled("FZGL") == ["flurbic zorbal glumination"]
    asked = "day case under FZGL, otherwise well - should I add a plinkometer?"
    q = read_question(asked)
    assert not q.intervention and not q.condition
    assert _topic_spelled(q, asked, lexicon) == \
        "day case under flurbic zorbal glumination, otherwise well - should I add a plinkometer?"


def test_three_letters_are_not_spelled_by_two_words_for_a_question_with_no_topic(learned: None) -> None:
    texts = [*TEXTS, "No zorbal scores were noted.", "Zorbal scores rose."]
    lexicon = _lexicon(texts)
    assert lexicon.spelled("ZRS") == ["zorbal scores"]  # the "r" inside "zorbal": two words for three letters
    asked = "day case, ZRS high - should I add a plinkometer?"
    q = read_question(asked)
    assert not q.intervention and not q.condition
    assert _topic_spelled(q, asked, lexicon) == asked


# Three long forms learned for one short form, each defined as often in text at large; the corpus writes one of them
# as a phrase in three chunks, another once, and the third's words only apart.
SETTLED = [
    "Chest pain with a suspected zorbic coronary syndrome needs a plinkonin test.",
    "A second plinkonin sample rules out a zorbic coronary syndrome early.",
    "Zorbic coronary syndrome is common in older adults.",
    "Zorbic chest syndrome is a crisis of the wobble cell disease.",
    "The Zealand wobble society funds cancer research.",
]
AMBIGUOUS = {"ZCS": {"zorbic coronary syndrome": 5, "zorbic chest syndrome": 5, "zealand cancer society": 5}}


def test_the_corpus_settles_which_learned_long_form_it_writes_as_a_phrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(abbreviations, "learned", lambda: LearnedAbbreviations(AMBIGUOUS))
    asked = "ED chest pain ?ZCS, first plinkonin sent - when is the second sample?"
    assert _lexicon(SETTLED).learned_written(asked) == (
        "ED chest pain ?zorbic coronary syndrome, first plinkonin sent - when is the second sample?",
        ("zorbic coronary syndrome",))
    # Written as phrases about as often (two chunks each): the corpus does not settle it, and the acronym stays.
    even = [*SETTLED[:2], SETTLED[3], "Zorbic chest syndrome needs oxygen."]
    assert _lexicon(even).learned_written(asked) == (asked, ())
