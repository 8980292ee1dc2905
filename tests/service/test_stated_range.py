"""A value or a size a question asks of outside a range a statement states on the same measure ("an INR of 1.5"
against "The INR target ... is 2.0 to 3.0", "small deposits" against "medium to large deposits") gets no yes; one
inside it keeps its yes."""
from __future__ import annotations

from index.search import Index
from service.answer.bounds import inside_range, outside_range, ranges, states_norm_asked
from service.answer.pipeline import answer_question


def test_a_value_outside_the_stated_target_range_is_no_yes(loaded_index: Index) -> None:
    for value in ("1.5", "3.5"):
        outside = answer_question(loaded_index, f"Is an INR of {value} within the usual warfarin target?")
        assert outside.verdict != "yes", outside.bottom_line.text
    inside = answer_question(loaded_index, "Is an INR of 2.5 within the usual warfarin target?")
    assert inside.verdict == "yes", inside.bottom_line.text


def test_a_size_outside_the_stated_range_of_sizes_is_no_yes(loaded_index: Index) -> None:
    small = answer_question(loaded_index, "Is needle lavage effective for small deposits?")
    assert small.verdict != "yes", small.bottom_line.text
    large = answer_question(loaded_index, "Is needle lavage effective for large deposits?")
    assert large.verdict == "yes", large.bottom_line.text


def test_ranges_are_read_in_the_unit_after_them_or_of_the_name_before_them() -> None:
    dose = "Typical widget supplements contain 45 to 200 micrograms of gizmo, enough to matter."
    assert ranges(dose) == {(("microgram", ""), 45.0, 200.0)}
    assert outside_range("Is 1000 micrograms of gizmo a day a usual dose?", dose)
    assert not outside_range("Is 100 micrograms of gizmo a day a usual dose?", dose)
    assert not outside_range("Is 1000 milligrams of gizmo a day a usual dose?", dose)  # another unit
    target = "The ABC target for most uses of drugx is 2.0 to 3.0."
    assert outside_range("Is an ABC of 1.5 within the target?", target)
    assert not outside_range("Is an ABC of 2 within the target?", target)
    assert outside_range("Is a review after 24 months right?", "Review between 6 and 12 months of good control.")
    assert not outside_range("Is a review after 9 months right?", "Review between 6 and 12 months of good control.")
    assert not ranges("Men aged 40 and 60 people were enrolled.")  # a list, no range
    sizes = "Lavage is an option for medium to large deposits."
    assert outside_range("Is lavage effective for small deposits?", sizes)
    assert not outside_range("Is lavage effective for medium deposits?", sizes)
    assert not outside_range("Is lavage effective for small trials?", sizes)  # another noun


def test_a_value_outside_the_usual_range_said_beside_the_lead_is_no_yes(loaded_index: Index) -> None:
    # The lead is a trial's range that holds 1000; the statement on what supplements usually contain does not.
    usual = answer_question(loaded_index, "Is 1000 micrograms of menaquinone-7 a day within the usual supplement "
                                          "range?")
    assert usual.verdict != "yes", usual.bottom_line.text
    inside = answer_question(loaded_index, "Is 100 micrograms of menaquinone-7 a day within the usual supplement "
                                           "range?")
    assert inside.verdict == "yes", inside.bottom_line.text


def test_the_norm_asked_of_decides_over_ranges_of_other_uses() -> None:
    assert states_norm_asked("Is 150 micrograms a typical dose?", "Typically 90 to 360 micrograms are used.")
    assert not states_norm_asked("Is 150 micrograms used in trials?", "Typically 90 to 360 micrograms are used.")
    assert inside_range("Is 150 micrograms a typical dose?", "Typical doses are 45 to 200 micrograms.")
    assert not inside_range("Is 500 micrograms a typical dose?", "Typical doses are 45 to 200 micrograms.")


def test_sizes_singled_out_after_a_word_of_emphasis_leave_out_the_others() -> None:
    # "... especially for large or soft deposits" led "Is needle lavage effective for small deposits?" to a yes on a
    # CPU where the statement of "medium to large deposits" was not close enough to be read (session 51).
    said = "Drugx is recommended as a second-line treatment, especially for large or soft gizmos."
    assert outside_range("Is drugx effective for small gizmos?", said)
    assert not outside_range("Is drugx effective for large gizmos?", said)
    assert not outside_range("Is drugx effective for small gizmos?", "Drugx helps, mainly for large people with gizmos.")
    assert not outside_range("Is drugx effective for small gizmos?", "Drugx is effective, especially for gizmos.")
