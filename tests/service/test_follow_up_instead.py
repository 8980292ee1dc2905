"""A follow-up asking what to use "instead" of the treatment asked before ("Can I start an ACE inhibitor in a woman
who is 10 weeks pregnant with hypertension? >> What should I use instead?"): it asks a replacement for that treatment
(``Question.instead_of``), so no statement offering it is quoted, as the lead or as the closest evidence (session 51's
tester: the follow-up quoted "Four drug classes are recommended as first-line treatment for hypertension:
angiotensin-converting enzyme (ACE) inhibitors, ..." for a pregnant woman). A statement preferring another treatment
to it ("... rather than a short-acting beta-agonist alone") still answers."""
from __future__ import annotations

import pytest

from index.search import Index, open_index
from service.answer.pipeline import _read_follow_up, answer_question
from tests.service.corpora import built

GUIDELINE = """---
title: "Drug treatment of gizmosis in adults"
type: guideline
source: "Test Guideline Group"
year: 2023
---
# Drug treatment of gizmosis in adults

## Recommendations

Three drug classes are recommended as first-line treatment for gizmosis: drugx inhibitors, zorb blockers and
thiazoid diuretics. A drugx inhibitor is recommended for patients with gizmosis and diabetes with albuminuria.
Drugx inhibitors and zorb blockers should not be combined with each other.

## Safety

Drugx inhibitors and zorb blockers should not be used in pregnancy because they can harm the fetus. Drugx
inhibitors can cause a dry cough.
"""

WHEEZITIS = """---
title: "Treatment of wheezitis in adults"
type: guideline
source: "Another Guideline Group"
year: 2022
---
# Treatment of wheezitis in adults

## Recommendations

Treatment with drugq alone is no longer recommended, because it does not treat inflammation. Every adult with
wheezitis should receive a gizmolide-containing treatment rather than drugq alone.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return open_index(built(tmp_path_factory, "followinstead", {"gizmosis.md": GUIDELINE,
                                                                "wheezitis.md": WHEEZITIS}))


FIRST = "Can I start a drugx inhibitor in a woman who is 10 weeks pregnant with gizmosis?"


@pytest.mark.parametrize("follow_up", ["What should I use instead?", "What can I use instead?",
                                       "What is the alternative?", "Which drug instead?"])
def test_instead_asks_a_replacement_for_the_treatment_before(index: Index, follow_up: str) -> None:
    first = answer_question(index, FIRST)
    asked = _read_follow_up(index, follow_up, first)
    assert asked.instead_of == first.intervention
    answer = answer_question(index, follow_up, follows=first)
    quoted = " ".join(s.text for s in answer.bottom_line.statements if s.origin == "source")
    assert "first-line" not in quoted and "is recommended for patients" not in quoted, answer.bottom_line.text
    assert "an alternative to" in answer.bottom_line.text or not quoted, answer.bottom_line.text


def test_a_follow_up_naming_no_replacement_is_read_as_before(index: Index) -> None:
    first = answer_question(index, FIRST)
    assert _read_follow_up(index, "Does it cause a cough?", first).instead_of is None


def test_a_statement_preferring_another_to_it_still_answers(index: Index) -> None:
    first = answer_question(index, "Should adults with wheezitis use drugq alone?")
    answer = answer_question(index, "What should they use instead?", follows=first)
    assert "rather than drugq alone" in answer.bottom_line.text, answer.bottom_line.text


def test_on_the_default_corpus(loaded_index: Index) -> None:
    first = answer_question(loaded_index, "Can I start an ACE inhibitor in a woman who is 10 weeks pregnant with "
                                          "hypertension?")
    answer = answer_question(loaded_index, "What should I use instead?", follows=first)
    assert "first-line" not in answer.bottom_line.text, answer.bottom_line.text
    assert "is recommended for patients with hypertension" not in answer.bottom_line.text
    first = answer_question(loaded_index, "Should adults with asthma use a SABA alone?")
    answer = answer_question(loaded_index, "What should they use instead?", follows=first)
    assert "rather than a short-acting beta-agonist alone" in answer.bottom_line.text, answer.bottom_line.text
