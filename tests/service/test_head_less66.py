"""Session 66, blind test S6: a clinician's acronym that adds one capital to an acronym the corpus defines ("on the
XYZP" where the source writes "xeno yarrow zapper (XYZ)") is read as that long form (``Lexicon._defined_head_less``,
through ``Lexicon.learned_written``). Read as written, the acronym named nothing the corpus writes, so the question was
matched on its plain words alone and another file that shared one of them ("smokes") was quoted."""
from __future__ import annotations

import pytest

from index.lexical import tokenize
from service.answer import abbreviations
from service.answer.abbreviations import LearnedAbbreviations
from service.answer.concepts import Lexicon, text_counts, text_passages

TEXTS = [
    "Blended quiet gizmotherapy (BQG) should be stopped in people who vape after the age of fifty.",
    "Blended quiet gizmotherapy is a first choice for people with wobble fever.",
    "A tidal ribbon test (TRT) is done every year.",
]


def _lexicon(texts: list[str], definitions: dict[str, list[str]]) -> Lexicon:
    return Lexicon(definitions, counts=text_counts(texts), passages=text_passages(texts),
                   vocabulary={t for text in texts for t in tokenize(text)}, texts=lambda: texts)


@pytest.fixture(autouse=True)
def _no_learned(monkeypatch: pytest.MonkeyPatch) -> None:
    """No long form learned from other text: the corpus's own definition is what reads the acronym."""
    monkeypatch.setattr(abbreviations, "learned", lambda: LearnedAbbreviations({}))


def test_an_acronym_one_capital_longer_than_a_defined_one_is_read_as_its_long_form() -> None:
    lexicon = _lexicon(TEXTS, {"BQG": ["blended quiet gizmotherapy"], "TRT": ["tidal ribbon test"]})
    assert lexicon.learned_written("52F vapes, on BQGT for years - keep it going?") == \
        ("52F vapes, on blended quiet gizmotherapy for years - keep it going?", ("blended quiet gizmotherapy",))


def test_not_where_the_corpus_writes_it_nor_a_short_rest_nor_two_long_forms() -> None:
    written = _lexicon([*TEXTS, "BQGT is rarely given."], {"BQG": ["blended quiet gizmotherapy"]})
    assert written.learned_written("on BQGT - keep it?") == ("on BQGT - keep it?", ())
    # (a rest of two capitals names too many things: "TR" of "TRX")
    short = _lexicon(TEXTS, {"TR": ["tidal ribbon"]})
    assert short.learned_written("on TRX - keep it?") == ("on TRX - keep it?", ())
    # (a rest the corpus defines two ways says nothing of which one is meant)
    two = _lexicon(TEXTS, {"BQG": ["blended quiet gizmotherapy", "blue quartz gel"]})
    assert two.learned_written("on BQGT - keep it?") == ("on BQGT - keep it?", ())
    # (nor a plain word in capitals: "TRAIN" is no "TRAI" with a letter added, wherever the corpus defines "TRAI")
    plain = _lexicon(TEXTS, {"TRAI": ["tidal ribbon adult index"]})
    assert plain.learned_written("TRAIN first?") == ("TRAIN first?", ())
