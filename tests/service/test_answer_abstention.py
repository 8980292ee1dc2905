"""The direct-evidence check (service.answer.abstention): its features, its decision and the judgement it
leaves, on hand-built statements; and its training's operating point on hand-counted rows."""
from __future__ import annotations

import math
from dataclasses import replace

import pytest

from eval.abstention_training import (EvidenceRows, add_rows, cross_validated, evidence_example, evidence_statements,
                                      operating_point)
from index.search import Hit, Index
from ingest.models import DocumentKind
from service.answer.abstention import (FEATURES, AbstentionModel, abstention_model, direct_evidence,
                                       evidence_features, without_direct)
from service.answer.evidence import Judgement
from service.answer.pipeline import answer_question
from service.answer.relevance import FEATURES as STATEMENT_FEATURES
from service.answer.scoring import Candidate
from tests.service.candidates import document, hit


def _statement(doc: str, score: float, dense: float, coverage: float = 0.5, term_share: float = 0.6,
               n: int = 0) -> Candidate:
    values = dict.fromkeys(STATEMENT_FEATURES, 0.0) | {"coverage": coverage, "term_share": term_share,
                                                       "bigram_share": 0.25, "dense": dense}
    h = replace(hit(document(doc), f"Drug X reduced outcome Y in study {doc} {n}.", n), dense=dense)
    return Candidate(h.chunk.text, h, score, coverage, frozenset(), True, True, True,
                     tuple(values[f] for f in STATEMENT_FEATURES), anchored=True)


def _features(hits: list[Hit], direct: list[Candidate]) -> dict[str, float]:
    return dict(zip(FEATURES, evidence_features(hits, direct)))


def test_features_count_sources_not_statements_and_read_the_best_statement() -> None:
    a1, a2 = _statement("a", 0.95, 0.7, coverage=0.8, term_share=0.9), _statement("a", 0.5, 0.6, n=1)
    b = _statement("b", 0.6, 0.5)
    other = replace(hit(document("c"), "Unrelated passage."), dense=0.75)
    f = _features([a1.hit, a2.hit, b.hit, other], [a1, a2, b])
    assert f["direct_docs"] == 2.0
    assert f["direct_count_log"] == pytest.approx(math.log(4))
    assert f["direct_sum"] == pytest.approx(0.95 + 0.6)  # each source's best statement once
    assert (f["best_term_share"], f["best_dense"]) == (0.9, 0.7)
    # Sources by closeness: c 0.75, a 0.7 (its best passage), b 0.5; two reach CLOSE (0.7).
    assert f["top_dense"] == 0.75 and f["second_dense"] == 0.7 and f["close_docs"] == 2.0


def test_one_source_alone_has_no_second_and_a_hit_without_a_dense_score_is_skipped() -> None:
    a = _statement("a", 0.9, 0.6)
    lexical_only = replace(hit(document("z"), "A lexical hit."), dense=None)
    f = _features([a.hit, lexical_only], [a])
    assert f["top_dense"] == 0.6 and f["second_dense"] == 0.0 and f["close_docs"] == 0.0


def _model(threshold: float) -> AbstentionModel:
    # z = -3 + 4 * direct_sum: P >= 0.5 exactly when the sources' best direct relevances add up to 0.75.
    weights = tuple(4.0 if f == "direct_sum" else 0.0 for f in FEATURES)
    return AbstentionModel(FEATURES, weights, -3.0, threshold)


def test_the_model_decides_at_its_threshold() -> None:
    agreeing = [_statement("a", 0.6, 0.6), _statement("b", 0.5, 0.6)]  # sum 1.1: z = 1.4, P = 0.80
    lone = [_statement("a", 0.6, 0.6)]  # sum 0.6: z = -0.6, P = 0.354
    hits = [c.hit for c in agreeing]
    assert direct_evidence(hits, agreeing, _model(0.5))
    assert not direct_evidence(hits, lone, _model(0.5))
    assert direct_evidence(hits, lone, _model(0.35)) and not direct_evidence(hits, lone, _model(0.36))
    assert not direct_evidence(hits, [], _model(0.0))  # nothing that looks direct is never direct evidence


def test_a_guideline_advice_on_the_topic_passes_where_a_lone_finding_would_not() -> None:
    lone = _statement("a", 0.6, 0.6)  # P = 0.354 under _model, below 0.5
    h = replace(hit(document("g", DocumentKind.GUIDELINE), "Drug X should be avoided in pregnancy."), dense=0.6)
    advice = replace(lone, text=h.chunk.text, hit=h)
    assert not direct_evidence([lone.hit], [lone], _model(0.5))
    assert direct_evidence([h], [advice], _model(0.5))
    statement = replace(lone, text="Drug X was studied in pregnancy.", hit=replace(h, chunk=h.chunk))
    assert not direct_evidence([h], [statement], _model(0.5))  # a guideline's sentence that advises nothing


def test_a_lone_guideline_caution_answers_a_safety_question_on_the_default_corpus(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Is topiramate safe in pregnancy?")
    assert answer.evidence.level != "indirect" and answer.verdict == "no"
    assert "must be avoided in pregnancy" in answer.bottom_line.text


def test_a_judgement_that_fails_the_check_is_indirect_and_keeps_its_sources() -> None:
    j = Judgement(level="moderate", sources=["a", "b"], research=["a", "b"], designs=["randomized trial"],
                  direct_sources=["a"], direct_findings=["a", "b"], direct_designs=["randomized trial"],
                  null_findings=["b"])
    out = without_direct(j)
    assert out.level == "indirect" and not out.direct and out.direct_designs == [] and out.null_findings == []
    assert out.sources == ["a", "b"] and out.designs == ["randomized trial"]
    assert without_direct(Judgement(level="none")).level == "none"


def test_the_shipped_model_matches_the_code() -> None:
    model = abstention_model()
    assert model is not None and model.features == FEATURES and 0.0 < model.threshold < 1.0
    assert "dev half" in model.trained_on


def test_the_operating_point_is_the_lowest_threshold_reaching_the_abstention_share() -> None:
    # 10 questions per index. Full index (label 1): 8 look direct; reduced (label 0): 3 look direct, so 7
    # abstain already. At 0.5 two of the three reduced ones fall (9 of 10 abstain), one full one falls.
    rows = EvidenceRows(x=[()] * 11, y=[1] * 8 + [0] * 3, group=[""] * 11, questions={0: 10, 1: 10})
    p = [0.9] * 7 + [0.45] + [0.4, 0.45, 0.7]
    t, figures = operating_point(rows, p, grid=(0.3, 0.5, 0.8))
    # 0.3 leaves 7/10 abstaining, 0.5 gives 9/10 (< 0.93), 0.8 gives 10/10: the lowest reaching is 0.8.
    assert t == 0.8 and figures["abstains_without_gold"] == 1.0 and figures["direct_with_gold"] == 0.7
    assert figures["abstains_without_gold_before"] == 0.7 and figures["direct_with_gold_before"] == 0.8


@pytest.mark.parametrize("question", ["Is shockwave therapy effective for calcific tendinopathy?",
                                      "Does vitamin D supplementation prevent fractures in older adults?"])
def test_the_default_corpus_direct_answers_pass_the_shipped_check(loaded_index: Index, question: str) -> None:
    x = evidence_example(loaded_index, question)
    model = abstention_model()
    assert x is not None and model is not None
    print(f"{question}: P(direct evidence) {model.probability(x):.3f}, threshold {model.threshold}")
    assert model.probability(x) >= model.threshold


def test_the_reference_question_has_nothing_that_looks_direct(loaded_index: Index) -> None:
    assert evidence_example(loaded_index, "Can vitamin K2 be used to treat tendon calcification?") is None


def test_cross_validation_scores_each_fold_with_a_model_trained_on_the_others() -> None:
    # Two folds of 10 questions per index. Each: 8 full-index rows at x = 1, 2 reduced-index rows at x = 0 (8
    # abstain already). Fold 1 holds one more reduced-index row at x = 1, a near miss: the model trained on
    # fold 0 alone passes it, so one of fold 1's ten reduced-index questions does not abstain.
    rows = EvidenceRows()
    for fold, near_miss in ((0, 0), (1, 1)):
        rows.fold_questions[fold] = {0: 10, 1: 10}
        for x, y in [(1.0, 1)] * 8 + [(0.0, 0)] * 2 + [(1.0, 0)] * near_miss:
            rows.x.append((x,))
            rows.y.append(y)
            rows.quotes_gold.append(y == 1 and fold == 1)  # only fold 1's full-index rows quote a gold snippet
            rows.group.append(f"q{fold}")
            rows.fold.append(fold)
    rows.questions = {0: 20, 1: 20}
    assert rows.without_fold(0).questions == {0: 10, 1: 10} and len(rows.without_fold(0).y) == 11
    figures = cross_validated(rows)
    assert figures["folds"] == 2
    assert figures["abstains_without_gold"] == 0.95
    assert figures["direct_with_gold"] < 0.8  # fold 0, scored by a model that learned the near miss, keeps less
    assert figures["direct_quoting_gold"] == 0.4  # fold 1's eight, passed by fold 0's model, of 20 questions


def test_rows_know_their_fold_and_whether_their_statements_quote_a_gold_snippet(loaded_index: Index) -> None:
    question = "Is shockwave therapy effective for calcific tendinopathy?"
    found = evidence_statements(loaded_index, question)
    assert found is not None
    rows = EvidenceRows()
    add_rows(rows, loaded_index, [("a", question), ("b", question)], 1, fold=2,
             snippets={"a": [found[1][0].text], "b": ["A sentence that no source of the corpus holds."]})
    assert rows.quotes_gold == [True, False] and rows.fold == [2, 2] and rows.fold_questions == {2: {0: 0, 1: 2}}
