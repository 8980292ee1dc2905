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
    assert not learned_disagrees("BPH", "benign prostatic pluvial hypertrophies")  # a shared word agrees
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
