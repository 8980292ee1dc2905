"""pipeline._rerank (a bonus for statements that speak to what the question type favours: a dose, a harm, advice)
against its rule written out with the type's pattern searched afresh for each statement: the bonus read is
remembered per statement text and type (``pipeline.type_bonus``), which must not carry one type's reading to
another type."""
from __future__ import annotations

import random
from dataclasses import replace

from service.answer.pipeline import _TYPE_BONUS, _rerank
from service.answer.question import read_question
from service.answer.tuning import TUNING
from tests.service.candidates import candidate


def test_rerank_orders_as_the_type_bonus_searched_afresh_for_each_statement() -> None:
    rng = random.Random(22)
    parts = ["warfarin", "5 mg daily", "was recommended", "caused bleeding", "should be given", "in adults",
             "adverse events", "reduced risk", "10 units", "no effect"]
    texts = sorted({" ".join(rng.sample(parts, rng.randint(1, 4))) + "." for _ in range(80)})
    questions = [read_question(q) for q in ("What dose of warfarin should be given?",
                                            "What are the side effects of warfarin?",
                                            "How should warfarin be managed before surgery?",
                                            "What is warfarin?")]
    assert [q.type for q in questions] == ["dosing", "safety", "therapy", "general"]
    for _ in range(200):
        ranked = [replace(candidate(t), score=round(rng.random(), 2)) for t in rng.sample(texts, rng.randint(0, 12))]
        for q in rng.sample(questions, len(questions)):  # the types in a random order, so a reading is reused
            search = _TYPE_BONUS.get(q.type)
            expected = ranked if search is None else sorted(
                ranked, key=lambda c: -(c.score + (TUNING.type_bonus if search(c.text) else 0.0)))
            assert _rerank(q, ranked, TUNING) == expected
    differ = sum(len({bool(search(t)) for search in _TYPE_BONUS.values()}) > 1 for t in texts)
    assert differ > 10  # texts the types read differently, so a reading carried across types would show
