"""A source that bounds the asked use to another severity than the one asked answers no yes for the asked one (review
46: "Is watchful waiting appropriate for severe acute otitis media?" was "Yes." from a sentence on antibiotics' harms
that names no severity, while the guideline's watchful waiting is for "non-severe illness"), as an age bound does for
an exact age asked."""
from __future__ import annotations

from index.search import Index
from service.answer.pipeline import answer_question


def test_a_use_bounded_to_non_severe_illness_gives_no_yes_for_severe_illness(loaded_index: Index) -> None:
    a = answer_question(loaded_index, "Is watchful waiting appropriate for severe acute otitis media?")
    assert a.verdict != "yes", a.bottom_line.text
    assert not a.bottom_line.text.startswith("Yes")
    assert "non-severe illness" in a.bottom_line.text


def test_the_asked_severity_inside_the_bound_keeps_the_yes(loaded_index: Index) -> None:
    a = answer_question(loaded_index, "Is watchful waiting appropriate for non-severe acute otitis media?")
    assert a.verdict == "yes", a.bottom_line.text
    assert a.bottom_line.text.startswith("Yes. Watchful waiting without immediate antibiotics is an appropriate")


def test_a_thing_named_only_after_without_is_not_bounded_by_that_advice(loaded_index: Index) -> None:
    # "Watchful waiting without immediate antibiotics ... non-severe illness" sets no severity on immediate antibiotics.
    a = answer_question(loaded_index, "Should children with severe acute otitis media get immediate antibiotics?")
    assert a.verdict == "yes", a.bottom_line.text
    assert "children with severe symptoms" in a.bottom_line.text
