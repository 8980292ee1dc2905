""""Is X affected by Y?" asks what "Does Y affect X?" asks: read as its active, it has a topic, and a follow-up to it
inherits that topic."""
from __future__ import annotations

from index.search import Index
from service.answer.passive_effect import as_active_effect
from service.answer.pipeline import answer_question
from service.answer.question import read_question
from tests.service.corpora import lead_text


def test_the_passive_of_effect_is_read_as_its_active() -> None:
    assert as_active_effect("Is gizmodol affected by zorb intake?") == "Does zorb intake affect gizmodol?"
    assert as_active_effect("Which tendon is most often affected by gizmo disease?") == \
        "Which tendon is most often affected by gizmo disease?"
    q = read_question("Is gizmodol affected by zorb intake?")
    assert (q.intervention, q.condition, q.yes_no) == ("zorb intake", "gizmodol", True)
    assert q.text == "Is gizmodol affected by zorb intake?"  # the question keeps its words


def test_the_follow_up_inherits_the_topic(loaded_index: Index) -> None:
    # The default corpus: the first question read no topic, so the follow-up had none and answered "insufficient".
    first = answer_question(loaded_index, "Is warfarin affected by vitamin K intake?")
    answer = answer_question(loaded_index, "Should patients stop eating vegetables?", follows=first)
    assert answer.verdict == "no"
    assert lead_text(answer).startswith("Patients taking warfarin do not need to avoid green vegetables")
