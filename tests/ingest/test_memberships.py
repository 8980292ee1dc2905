"""Members a text lists of a class (ingest.kinds.memberships), read from sentences written for these tests."""
from __future__ import annotations

from ingest.kinds import corpus_memberships, memberships


def test_a_list_with_a_comma_before_and_other_names_each_item_a_member() -> None:
    text = "Avoid treatment with zorbitan, melvoxine, and other glimmer blockers (except for trell) in frail adults."
    assert sorted(memberships(text)) == [("melvoxine", "glimmer blockers"), ("zorbitan", "glimmer blockers")]


def test_a_parenthesis_of_examples_names_members_of_the_class_before_it() -> None:
    assert list(memberships("Offer a spindle agent (e.g., quorafen) at night.")) == [("quorafen", "spindle agent")]
    assert sorted(memberships("The benefit of PLGs (i.e., dravomab, kelsinate, or ortivan) is small.")) == [
        ("dravomab", "PLGs"), ("kelsinate", "PLGs"), ("ortivan", "PLGs")]


def test_a_parenthesis_without_a_word_of_example_lists_no_member() -> None:
    # A grade, one abbreviation, a bare list (risk factors of what comes before as often as members of it).
    assert list(memberships("Use zorbitan in adults (weak recommendation, low certainty in the estimates).")) == []
    assert list(memberships("A glimmer blocker (GB) is given first.")) == []
    assert list(memberships("Screen for frettle (smoking, obesity, or old age) yearly.")) == []


def test_the_corpus_table_goes_from_member_to_class_as_written() -> None:
    table = corpus_memberships(["Zorbitan, melvoxine, and other GBs were stopped.",
                                "Sleep improved with spindle agents, including quorafen and zelmitol."])
    assert table == {"zorbitan": {"GBs"}, "melvoxine": {"GBs"}, "quorafen": {"spindle agents"},
                     "zelmitol": {"spindle agents"}}
