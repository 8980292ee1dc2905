"""Which statements a bottom line quotes: ranked by what a summary of the retrieved evidence needs.

The relevance model says whether a statement answers the question; among statements that do, a short
summary should prefer the one that covers more of what was asked and that says what the other sources say
too (centrality, as in LexRank: a sentence whose word pairs recur in other sources' statements states the
shared finding rather than one source's detail). Both come from the statements themselves; no topic list.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import chain

from service.answer.evidence import describes_study, reports_finding
from service.answer.question import Question
from service.answer.scoring import Candidate, asked_terms, word_pairs
from service.answer.tuning import TUNING, AnswerTuning


@lru_cache(maxsize=50_000)
def pair_keys(text: str) -> frozenset[str]:
    """``word_pairs`` of a statement, each pair as one string ("a b": a term holds no space, so two pairs give
    two strings): a string keeps its hash once computed, a tuple computes it again at every count and look-up."""
    return frozenset(f"{a} {b}" for a, b in word_pairs(text))


def centrality(pool: Sequence[Candidate]) -> dict[str, float]:
    """For each statement of ``pool`` (by text): the summed share of its word pairs that each statement of
    another source repeats. Statements of the same source do not vote for each other."""
    pairs = [pair_keys(c.text) for c in pool]
    # How many statements hold each pair, in all and per source: a statement's votes are the first less the
    # second (the same sums as intersecting it with every other source's statement, in one pass).
    # (Integer counts: the two sums subtracted give what the per-pair differences summed gave.)
    # (Each count made by one Counter over the chained pairs: counted in C, not one update call per statement.)
    sources = [c.doc_id for c in pool]
    everywhere: Counter[str] = Counter(chain.from_iterable(pairs))
    grouped: dict[str, list[frozenset[str]]] = {}
    for source, own in zip(sources, pairs):
        grouped.setdefault(source, []).append(own)
    # A source with one statement in the pool holds each of its pairs once: its own votes are its number of
    # pairs, with no count to make (most sources of a pool have one statement).
    by_source = {source: Counter(chain.from_iterable(held)) for source, held in grouped.items() if len(held) > 1}
    out: dict[str, float] = {}
    for c, source, own in zip(pool, sources, pairs):
        if not own:
            out[c.text] = 0.0
            continue
        alike = by_source.get(source)
        out[c.text] = (sum(map(everywhere.__getitem__, own))
                       - (sum(map(alike.__getitem__, own)) if alike is not None else len(own))) / len(own)
    return out


def salience(pool: Sequence[Candidate], tuning: AnswerTuning = TUNING) -> dict[str, float]:
    """How well each statement of ``pool`` (by text) would stand in a bottom line: its relevance, plus
    ``tuning.summary_coverage`` times its coverage of the question's weighted terms, plus
    ``tuning.summary_centrality`` times its centrality among the other sources' statements of ``pool``."""
    central = centrality(pool[:tuning.summary_pool])
    return {c.text: c.score + tuning.summary_coverage * c.coverage
            + tuning.summary_centrality * central.get(c.text, 0.0) for c in pool}


def repeated_pairs(text: str, before: Sequence[str]) -> float:
    """The share of ``text``'s word pairs (``pair_keys``) that the statements ``before`` it already hold: how
    much of it a reader has just read (another source's paraphrase of the lead repeats most of its pairs)."""
    own = pair_keys(text)
    if not own:
        return 0.0
    seen = frozenset().union(*map(pair_keys, before)) if before else frozenset()
    return len(own & seen) / len(own)


def without_restatements(quotes: Sequence[Candidate], share: float = TUNING.restated_pairs) -> list[Candidate]:
    """``quotes`` (a bottom line's, in order) without those that restate the ones kept before them: another
    source's statement repeating at least ``share`` of its word pairs (``repeated_pairs``). The first is kept."""
    kept: list[Candidate] = []
    for c in quotes:
        if kept and all(o.doc_id != c.doc_id for o in kept) and \
                repeated_pairs(c.text, [o.text for o in kept]) >= share:
            continue
        kept.append(c)
    return kept


# A question that asks to name something opens with a word that asks for one: a determiner ("Which gene ...?",
# "What drug ...?": "which" or "what" before anything but a verb that asks about its subject), a question word for a
# person, time or place, one for a number or a length of time ("How many ...?", "How often ...?"), or a bid for a
# list ("List ...", "Name ..."). Grammatical words, naming no topic.
_ASKS_TO_NAME = re.compile(
    r"^\W*(?:(?:in|for|of|from|by|to|at|with|on|against|during) )?(?:which|whom?|whose|when|where"
    r"|how (?:many|much|often|long|soon|far|old)|(?:please )?(?:list|name)\b"
    r"|what (?!(?:is|are|was|were|do|does|did|can|could|should|would|will|may|might|must|has|have|had|happens?"
    r"|causes?|makes?|explains?)\b))", re.IGNORECASE)


def naming_more_asked(quotes: Sequence[Candidate], asked: frozenset[str],
                      passed_over: Callable[[str], bool]) -> list[Candidate]:
    """``quotes`` (a bottom line's, in order) without those after the first that name none of the ``asked`` terms
    the quotes kept before them leave out (``Candidate.terms``, the question's as ``scoring.asked_terms`` gives
    them) and whose text is of the kind ``passed_over`` tells. The first is kept."""
    kept: list[Candidate] = []
    named: set[str] = set()
    for c in quotes:
        own = c.terms & asked
        if kept and own <= named and passed_over(c.text):
            continue
        kept.append(c)
        named |= own
    return kept


# A result stated in a study's statistical words ("significantly lower in ...", "p < 0.001", "95% CI", "did not alter
# recurrence"), which ``evidence.reports_finding`` does not always read as one: grammatical and statistical words only.
_STATED_RESULT = re.compile(r"\bsignifican|\bp\s*[<=>≤]\s*0?\.\d|\b95\s*%|\bnot\s+(?:alter|change|affect|differ)", re.I)


def _reports_nothing(text: str) -> bool:
    """Whether a statement reports no finding: neither ``evidence.reports_finding`` nor a result in statistical words
    (``_STATED_RESULT``)."""
    return not reports_finding(text) and not _STATED_RESULT.search(text)


def on_more_of_the_question(q: Question, quotes: Sequence[Candidate], tuning: AnswerTuning = TUNING,
                            closest: bool = False) -> list[Candidate]:
    """A bottom line's quotes (its lead and supporting statements, or with ``closest`` its closest statements, in
    order) as a yes/no question keeps them: a quote after the first that names no part of the question the quotes
    before it leave out (the comparator, the population, the outcome asked: ``naming_more_asked``) is left out when
    it reports no finding of its own (``evidence.reports_finding``: no result, null result, advice or safety point;
    what a disease is, what earlier work suggested), or, among closest statements, when it only says how a study was
    done (``evidence.describes_study``: "Adults were randomly assigned to X or placebo"). A yes/no question asks one
    thing and the first quote answers it; such a quote on the same words is background or method to read past.
    Closest statements are not confirmed answers, so any finding or description among them may be the one that
    answers and only a study's method is passed over there. Other questions' quotes, and all with
    ``tuning.yes_no_names_more`` off, as they are: an account of a topic or a name asked for is served by what the
    sources say around it too."""
    if not (q.yes_no and tuning.yes_no_names_more):
        return list(quotes)
    return naming_more_asked(quotes, frozenset(asked_terms(q.text)), describes_study if closest else _reports_nothing)


def asks_account(q: Question) -> bool:
    """Whether a question asks for an account of its topic ("What is X?", "What is the mechanism of action of X?",
    "Describe X", "How does X work?") rather than a yes or a no or the name of something ("Which gene ...?", "How
    many ...?", "List ..."). What the best sources found on such a topic takes more than one sentence to say, so its
    bottom line quotes more of them (``AnswerTuning.account_support``, ``account_closest``). A choice between
    alternatives ("Is X or Y the better first drug for Z?", ``Question.choice``) asks which, no account."""
    return not q.yes_no and not q.choice and not _ASKS_TO_NAME.search(q.text)


def within_words(quotes: Sequence[Candidate], keep: int, budget: int) -> list[Candidate]:
    """``quotes`` (a bottom line's, in order): the first ``keep`` always, each later one only while all quoted so far
    hold at most ``budget`` words: the quotes an account question takes beyond the others' counts
    (``AnswerTuning.account_words``) must leave a bottom line short enough to read."""
    out: list[Candidate] = []
    words = 0
    for i, c in enumerate(quotes):
        words += len(c.text.split())
        if i >= keep and words > budget:
            break
        out.append(c)
    return out
