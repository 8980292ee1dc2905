"""The replay of closest evidence under other orders (eval/closest_training.py, session 19) on hand-computed
cases: which statement each order makes ``pipeline.closest_statements`` quote (its floor and quotable share of
the best still apply), the ROUGE-2 of the bottom line it would write, and the rows a learned order trains on."""
from __future__ import annotations

import math

from eval.answers import rouge2_f
from eval.closest_training import (ClosestQuestion, by_names_all, by_oracle, by_salience, choice_features,
                                   choose, eligible, names_all, replay, rows)
from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind
from service.answer.phrasing import CLOSEST
from service.answer.question import read_question
from service.answer.relevance import FEATURES
from service.answer.scoring import Candidate, sentence_terms
from service.answer.tuning import AnswerTuning

Q = read_question("Is drug X effective for disease Y?")
TUNING = AnswerTuning(closest_statements=1)


def _candidate(text: str, score: float, doc: str, both: bool, closest: bool = False,
               cut: tuple[bool, bool] = (False, False)) -> Candidate:
    document = Document(id=doc, title="", kind=DocumentKind.RESEARCH, source="Test", year=2020, authors="",
                        url="", path=doc, sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8, lexical=2.0)
    features = tuple(1.0 if (f == "direct" and both) else 0.0 for f in FEATURES)
    return Candidate(text, hit, score, 0.5, sentence_terms(text), True, both, False, features=features,
                     anchored=True, closest_only=closest, cut=cut)


NAMES_BOTH = _candidate("Drug X lowered relapse rates in adults with disease Y over two years.", 0.85, "a", True)
NAMES_ONE = _candidate("Drug X binds receptor R on circulating immune cells in healthy volunteers.", 0.95, "b", False)


def test_names_all_reads_the_direct_feature() -> None:
    assert names_all(NAMES_BOTH) and not names_all(NAMES_ONE)
    assert not names_all(Candidate("text", NAMES_ONE.hit, 0.9, 0.5, frozenset(), True, True))  # no features


def _item(pool: list[Candidate], refs: list[str]) -> ClosestQuestion:
    salient = {c.text: c.score for c in pool}
    item = ClosestQuestion("q1", "test", Q, pool, salient, refs)
    item.rouge = {c.text: rouge2_f(c.text, refs) for c in eligible(pool)}
    return item


REFS = ["Drug X lowered relapse rates in adults with disease Y."]


def test_each_order_chooses_under_closest_statements_rules() -> None:
    item = _item([NAMES_ONE, NAMES_BOTH], REFS)
    assert choose(item, by_salience, TUNING) == [NAMES_ONE]  # 0.95 > 0.85
    assert choose(item, by_names_all, TUNING) == [NAMES_BOTH]  # names both concepts
    assert choose(item, by_names_all, AnswerTuning(closest_statements=2)) == [NAMES_BOTH, NAMES_ONE]
    # 0.5 < 0.7 x 0.95 (support_margin of the best): not quotable, whatever the order says.
    weak = _candidate("Drug X and disease Y were both mentioned in a registry of adults.", 0.5, "c", True)
    assert eligible([NAMES_ONE, weak]) == [NAMES_ONE]
    assert choose(_item([NAMES_ONE, weak], REFS), by_names_all, TUNING) == [NAMES_ONE]
    # The best statement below the closest floor (0.8): nothing is quoted for a question naming a topic.
    low = _candidate("Drug X lowered relapse rates in adults with disease Y over one year.", 0.7, "d", True)
    assert choose(_item([low], REFS), by_oracle, TUNING) == []


def test_replay_scores_the_caveat_and_the_statement_each_order_chooses() -> None:
    refs = REFS
    item = _item([NAMES_ONE, NAMES_BOTH], refs)
    tuning = AnswerTuning(closest_statements=1)
    # Salience quotes NAMES_ONE (0.95), names_all first and the oracle quote NAMES_BOTH.
    assert replay([item], by_salience, tuning) == rouge2_f(f"{CLOSEST} {NAMES_ONE.text}", refs)
    expected = rouge2_f(f"{CLOSEST} {NAMES_BOTH.text}", refs)
    assert replay([item], by_names_all, tuning) == expected == replay([item], by_oracle, tuning)
    assert expected > replay([item], by_salience, tuning)
    # By hand (rouge-score drops punctuation, lower-cases and stems): the line "indirect evid drug x lower relaps
    # rate in adult with diseas y over two year" has 15 tokens, 14 bigrams; the reference's 10 tokens give 9
    # bigrams, all 9 in the line -> P 9/14, R 9/9, F = 2 x 9 / (14 + 9).
    assert math.isclose(expected, 2 * 9 / (14 + 9))


def test_rows_centre_each_questions_targets_and_add_the_statements_own_features() -> None:
    refs = ["Drug X lowered relapse rates in adults with disease Y."]
    aim = _candidate("We evaluated drug X in adults with disease Y.", 0.9, "e", True, closest=True)
    item = _item([NAMES_ONE, aim, NAMES_BOTH], refs)
    x, y, group = rows([item])
    assert x.shape == (3, len(FEATURES) + 5) and group == [0, 0, 0]
    assert math.isclose(float(y.sum()), 0.0, abs_tol=1e-12)  # centred on the question's mean
    assert list(y).index(max(y)) == 2  # NAMES_BOTH holds most of the reference's word pairs
    row = choice_features(aim, 0.9)
    assert row[-5:] == (0.9, 0.9, 0.0, 1.0, math.log(1 + 9))  # probability, salience, not cut, an aim, 9 words


def test_fit_returns_weights_over_the_raw_features() -> None:
    import numpy as np

    from eval.closest_training import CHOICE_FEATURES, fit

    width = len(CHOICE_FEATURES)
    x = np.zeros((4, width))
    x[:, 0] = [0.0, 1.0, 2.0, 3.0]  # y = 0.5 x0 - 1 on raw values, whatever the standardisation inside
    y = 0.5 * x[:, 0] - 1.0
    model = fit(x, y, alpha=1e-9)
    assert math.isclose(model.weights[0], 0.5, abs_tol=1e-4) and math.isclose(model.intercept, -1.0, abs_tol=1e-4)
    assert all(w == 0.0 for w in model.weights[1:])  # constant columns get no weight
