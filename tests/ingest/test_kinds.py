"""Kinds a text names of broader things (Hearst patterns), read from sentences written for these tests."""
from __future__ import annotations

from ingest.kinds import corpus_kinds, kinds


def test_such_as_names_each_listed_kind_of_what_comes_before() -> None:
    text = "Loop diuretics such as furosemide, bumetanide and torasemide were stopped before surgery."
    assert list(kinds(text)) == [("furosemide", "Loop diuretics"), ("bumetanide", "Loop diuretics"),
                                 ("torasemide", "Loop diuretics")]


def test_and_other_a_form_of_and_a_collective_name() -> None:
    assert list(kinds("Heparin and other anticoagulants are stopped before surgery.")) == [
        ("Heparin", "anticoagulants")]
    assert list(kinds("Calcitriol, a form of vitamin D, is given in kidney failure.")) == [
        ("Calcitriol", "vitamin D")]
    assert list(kinds("Retinoids is the collective name for the retinols and retinoic acids.")) == [
        ("retinols", "Retinoids"), ("retinoic acids", "Retinoids")]


def test_no_kind_is_read_where_the_broader_name_cannot_be_told() -> None:
    # After a comma the list may be of anything in the clause before it; five words back are no short name.
    assert list(kinds("Soft tissues that do not normally mineralise, such as skin, calcify.")) == []
    assert list(kinds("Patients took many different daily tablet regimens such as aspirin.")) == []


def test_the_corpus_table_is_lower_case_and_one_way() -> None:
    table = corpus_kinds(["Loop diuretics such as furosemide are used.", "Furosemide and other diuretics can help."])
    assert table == {"loop diuretics": {"furosemide"}, "diuretics": {"furosemide"}}
    assert "furosemide" not in table  # a kind is not what its broader name is a kind of


def test_a_name_read_forwards_runs_to_a_function_word() -> None:
    # Without a function word the verb stays in the name: a name no question asks, not a wrong kind.
    assert list(kinds("Heparin and other anticoagulants raise the risk.")) == [("Heparin", "anticoagulants raise")]


def test_a_word_before_other_types_of_names_a_kind_of_the_head() -> None:
    # "renal and other types of cysts": the kind is a renal cyst, not "renal" (a modifier, no name).
    assert corpus_kinds(["Renal, hepatic and other types of cysts were imaged."]) == {"cysts": {"hepatic cysts"}}


def test_a_sentence_that_says_what_a_name_is_names_a_kind_of_that_thing() -> None:
    # "X is an N of the M": X is a kind of "M N", written as one noun phrase with its head last
    assert list(kinds("Cystitis is an infection of the urinary bladder that is common in women.")) == [
        ("Cystitis", "urinary bladder infection")]
    assert list(kinds("Pain was mild. Plantar fasciitis is the inflammation of the plantar fascia.")) == [
        ("Plantar fasciitis", "plantar fascia inflammation")]


def test_a_sentence_that_says_what_a_name_is_part_or_cause_of_names_no_kind() -> None:
    assert list(kinds("Vitamin E is a family of fat-soluble compounds.")) == []  # a set, not what it is
    assert list(kinds("Obesity is a cause of knee pain.")) == []  # a relation to the thing after "of"
    assert list(kinds("They are an infection of the skin.")) == []  # no name opens the sentence
    assert list(kinds("Pterygium is a disease of mostly unknown origin.")) == []  # no plain name after "of"
