"""A hyphenated range of stages in a question ("zorb disease stage 2a-3") is tokenised whole ("2a3") beside its parts
("2a", "3"). Unseen, the whole token is the rarest term of the condition, the one a statement must write to name it
in part, and a corpus that writes the range its own way ("stages 2a to 3") never does: no statement named the
condition, and the answer was "insufficient" above the trial of it (blind59a: a stage range of kidney disease). Such
a joined term the corpus never writes is never the required one (``concepts._unwritten_join``)."""
from __future__ import annotations

from index.lexical import tokenize
from service.answer.concepts import Lexicon, concept

STATEMENT = "Adults with zorb kidney disease stages 2a to 3 took drugx for a year."
OTHER = "Zorb kidney disease was common in the cohort."


def _idf(term: str) -> float:
    """Unseen terms weigh most, as an index's IDF does."""
    seen = set(tokenize(STATEMENT)) | set(tokenize(OTHER))
    return 1.0 if term in seen else 2.0


def test_a_joined_term_the_corpus_never_writes_is_not_required() -> None:
    vocabulary = sorted(set(tokenize(STATEMENT)) | set(tokenize(OTHER)))
    asked = concept("zorb kidney disease stage 2a-3", Lexicon({}, vocabulary=vocabulary), _idf, condition=True)
    said = frozenset(tokenize(STATEMENT))
    assert asked.mentioned_in(said, parts=True)
    # Without the corpus's words the joined term stays the rarest, and the statement does not name the condition.
    blind = concept("zorb kidney disease stage 2a-3", Lexicon({}), _idf, condition=True)
    assert not blind.mentioned_in(said, parts=True)


def test_a_joined_term_the_corpus_writes_stays_required() -> None:
    written = "Adults with zorb kidney disease stage 2a-3 took drugx."
    vocabulary = sorted(set(tokenize(written)) | set(tokenize(STATEMENT)))
    asked = concept("zorb kidney disease stage 2a-3", Lexicon({}, vocabulary=vocabulary), _idf, condition=True)
    assert asked.weights[0][0][0] == "2a3"
