"""Session 58 (speed): what an answer reads from the corpus alone, or from one statement's text alone, is found once
and remembered, not found again for every question: the corpus's spelling of a question's word (``Lexicon.respelled``)
and of a name of capitals and digits (``Lexicon.hyphen_written``), per word for the lexicon of one index version
(``corpus_stats``); a statement's warnings (``subgroup._warnings``) and its words before advice against
(``pipeline._before_advice_against``), per statement. Each memo gives what the direct reading gives. Made-up names."""
from __future__ import annotations

from index.lexical import tokenize
from service.answer.concepts import Lexicon, Passages, text_passages


def _counted(texts: list[str]) -> tuple[Passages, list[frozenset[str]]]:
    """The corpus's passages of ``texts``, and the list of every look-up made of them."""
    passages, asked = text_passages(texts), []

    def counted(terms: frozenset[str]) -> list[str]:
        asked.append(terms)
        return passages(terms)

    return counted, asked


def test_a_name_s_hyphen_is_read_from_the_corpus_once_per_index_version() -> None:
    texts = ["the two-item GZQ-2 first", "then the GZQ-9"]
    passages, asked = _counted(texts)
    lexicon = Lexicon({}, passages=passages, vocabulary={t for text in texts for t in tokenize(text)})
    assert lexicon.hyphen_written("GZQ2 positive what next") == "GZQ-2 positive what next"
    read = len(asked)
    assert read > 0
    # the same name in another question: the corpus is not read again, the spelling is the same
    assert lexicon.hyphen_written("is GZQ2 enough?") == "is GZQ-2 enough?"
    assert len(asked) == read
    # another name is read from the corpus on its own, once
    assert lexicon.hyphen_written("GZQ9 score") == "GZQ-9 score"
    assert len(asked) > read
    read = len(asked)
    assert lexicon.hyphen_written("GZQ9 and GZQ2") == "GZQ-9 and GZQ-2"
    assert len(asked) == read
    # another index version (another lexicon) reads its own corpus: nothing is shared between them
    other_passages, other_asked = _counted(["GZQ2 and GZQ-2"])
    other = Lexicon({}, passages=other_passages, vocabulary={"gzq2", "gzq", "2"})
    assert other.hyphen_written("GZQ2 positive") == "GZQ2 positive"
    assert other_asked


def test_a_misspelled_word_is_looked_up_once_per_index_version() -> None:
    lexicon = Lexicon({}, vocabulary=["is", "gizmo", "recommend", "stop", "vascular", "calcif"])
    found: list[str] = []
    direct = lexicon._respellings_of

    def counting(word: str) -> tuple[str, ...]:
        found.append(word)
        return direct(word)

    lexicon._respellings_of = counting  # type: ignore[method-assign]
    assert lexicon.respelled("is gizmo recomended?") == "is gizmo recommended?"
    assert lexicon.respelled("gizmo recomended for vascular calcification?") == \
        "gizmo recommended for vascular calcification?"
    assert found.count("recomended") == 1  # the second question reads the remembered spelling
    # the memo holds what the direct reading finds, word by word
    for word in ("recomended", "gizmo", "vascular", "calcification"):
        assert lexicon._respellings[word] == direct(word)
    fresh = Lexicon({}, vocabulary=["is", "gizmo", "recommend"])
    assert not fresh._respellings  # a new index version starts empty
    assert fresh.respelled("is gizmo recomended?") == "is gizmo recommended?"


def test_a_statement_s_warnings_are_read_once_and_as_before() -> None:
    from service.answer.subgroup import _warnings
    text = "Gizmocillins can cause wobble fever and can prolong the zorble interval."
    first = _warnings(text)
    assert first and first is _warnings(text)  # remembered: the same tuple again
    assert any("wobble fever" in " ".join(items) for _, _, items in first)
    assert _warnings("Gizmocillins do not cause wobble fever.") == ()  # under a negation: no warning


def test_the_words_before_advice_against_are_read_once_and_as_before() -> None:
    from service.answer.pipeline import _before_advice_against, _subject_named
    text = "Gizmocillin should not be taken by anyone with wobble fever."
    before = _before_advice_against(text)
    assert before is _before_advice_against(text)
    assert before == frozenset(tokenize("Gizmocillin"))
    assert _subject_named(text, (frozenset(tokenize("gizmocillin")),))
    assert not _subject_named("Wobble fever: do not use gizmocillin.", (frozenset(tokenize("gizmocillin")),))
    assert _before_advice_against("Gizmocillin is a first choice.") == frozenset()


def test_a_reading_of_the_corpus_is_found_once_per_index_version() -> None:
    from service.answer.corpus_stats import CorpusStats
    from service.answer.pipeline import _words_before
    texts = ["Check the gizmo level when the gizmo level is unstable.", "Aim for lower gizmo level targets."]
    passages, asked = _counted(texts)
    stats = CorpusStats(idf=lambda term: 1.0, lexicon=Lexicon({}))
    heads = frozenset(tokenize("level"))

    def find() -> dict[str, int]:
        return _words_before(heads, passages)

    first = stats.remembered(("words before", heads), find)
    assert first == {"gizmo": 3}  # the corpus's words right before "level", with how often
    read = len(asked)
    assert stats.remembered(("words before", heads), find) is first  # kept: the chunks are not read again
    assert len(asked) == read
    assert first == _words_before(heads, text_passages(texts))  # what the direct reading finds
    # another index version (its own stats) reads its corpus again
    again = CorpusStats(idf=lambda term: 1.0, lexicon=Lexicon({})).remembered(("words before", heads), find)
    assert again == first and len(asked) > read


def test_the_names_defined_for_a_phrase_are_found_once_and_given_as_a_new_list() -> None:
    lexicon = Lexicon({"GZF": {"gizmo fever"}, "ZQT": {"zorble quench therapy"}})
    first = lexicon._defined("gizmo fever")
    assert first == ["GZF"] == lexicon._find_defined("gizmo fever")
    first.append("changed by a caller")
    assert lexicon._defined("gizmo fever") == ["GZF"]  # the kept names are not the caller's list
    assert "gizmo fever" in lexicon._defined_names
    assert lexicon._defined("GZF") == lexicon._find_defined("GZF") == ["gizmo fever"]
