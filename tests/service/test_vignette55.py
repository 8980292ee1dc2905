"""Session 55: a case said first and what is asked of it after ("pregnant woman on a gizmopril for blood pressure. is
that safe?", "18 month old with gizmo fever in both ears - immediate gizmocillin?"), read as the question asked in
that case (``question.as_case_on_fine``, ``question.as_dash_question``). Made-up names throughout."""
from __future__ import annotations

from index.search import Index
from service.answer.question import as_case_on_fine, as_dash_question, read_question
from tests.service.chains import chain


def test_case_on_thing_asked_fine_reads_the_thing_in_the_person() -> None:
    assert as_case_on_fine("pregnant woman on a gizmopril for blood pressure. is that safe?") == \
        "Is a gizmopril safe for blood pressure in a pregnant woman?"
    assert as_case_on_fine("32-year-old woman pregnant, on gizmopril for BP. is that safe?") == \
        "Is gizmopril safe for BP in a 32-year-old pregnant woman?"
    assert as_case_on_fine("elderly man taking drugx - is it ok?") == "Is drugx ok in an elderly man?"
    q = read_question("pregnant woman on a gizmopril for blood pressure. is that safe?")
    assert q.intervention == "gizmopril" and q.condition and "pregnant" in q.condition and q.type == "safety"


def test_case_on_thing_other_shapes_kept() -> None:
    for text in ("pregnant woman on gizmopril. what dose?", "Is gizmopril safe in pregnancy?",
                 "woman on gizmopril - is that the right dose?"):
        assert as_case_on_fine(text) == text


def test_case_then_treatment_named_after_a_dash() -> None:
    assert as_dash_question("18 month old with bilateral gizmo fever - immediate gizmocillin?") == \
        "Should immediate gizmocillin be given to an 18 month old with bilateral gizmo fever?"
    assert as_dash_question("children with gizmo fever - high dose gizmocillin?") == \
        "Should high dose gizmocillin be given to children with gizmo fever?"
    q = read_question("18 month old with bilateral gizmo fever - immediate gizmocillin?")
    assert q.intervention == "immediate gizmocillin" and q.condition == "bilateral gizmo fever"


def test_dash_treatment_other_shapes_kept() -> None:
    for text in ("3-year-old with gizmo fever - gizmocillin or wait?", "child with gizmo fever - what dose?",
                 "gizmo fever in children - first line treatment?", "gizmo fever - immediate gizmocillin"):
        assert as_dash_question(text) == text


def test_note_shorthand_for_with_and_history_is_written_out() -> None:
    from service.answer.question import as_note_written
    assert as_note_written("gizmopropion in pt w hx of seizures ok?") == \
        "gizmopropion in pt with history of seizures ok?"
    assert as_note_written("pt w/ h/o gizmo palsy") == "pt with history of gizmo palsy"
    assert as_note_written("vitamin W deficiency") == "vitamin W deficiency"
    q = read_question("gizmopropion for gizmo cessation in pt w hx of seizures ok?")
    assert q.type == "safety" and q.intervention == "gizmopropion"


def test_suitable_asks_as_ok_does() -> None:
    q = read_question("Is gizmomate suitable in a woman with gizmo palsy?")
    assert q.type == "safety" and q.intervention == "gizmomate"


def test_thing_asked_fine_or_case_asked_does_after_a_dash() -> None:
    assert as_dash_question("gizmo prophylaxis in patient with asthma - drugx ok?") == \
        "Is drugx ok for gizmo prophylaxis in patient with asthma?"
    assert as_dash_question("normal gizmitin in patient with active RA - does that rule out gizmo deficiency?") == \
        "Does normal gizmitin rule out gizmo deficiency in patient with active RA?"
    for text in ("PHQ-2 positive - what next?", "gizmo palsy - what is safe?", "child with gizmo - safe?"):
        assert as_dash_question(text) == text


def test_a_word_one_doubled_letter_off_is_read_as_the_corpus_word() -> None:
    from service.answer.concepts import Lexicon
    lexicon = Lexicon({}, vocabulary=["is", "gizmo", "recommend", "stop", "vascular", "calcif"])
    assert lexicon.respelled("is gizmo recomended for vascular calcification?") == \
        "is gizmo recommended for vascular calcification?"
    assert lexicon.respelled("is gizmo stoped?") == "is gizmo stopped?"
    assert lexicon.respelled("is gizmoxyz safe?") == "is gizmoxyz safe?"  # nothing it is one letter from
    assert Lexicon({}).respelled("is gizmo recomended?") == "is gizmo recomended?"  # no vocabulary: as written


def test_a_case_then_a_noun_for_choices_asks_no_yes_or_no() -> None:
    from service.answer.question import asks_yes_or_no
    assert not asks_yes_or_no("patient on gizmarin, gizmo level all over the place - options?")
    assert not asks_yes_or_no("gizmo fever: treatment options?")
    assert asks_yes_or_no("Is gizmarin an option?")
    assert asks_yes_or_no("gizmarin in pregnancy - safe?")


def test_a_bare_condition_after_an_open_question_asks_no_yes_or_no(loaded_index: Index) -> None:
    first = chain(loaded_index, "gizmarin, gizmo level all over the place - options?")
    assert first.verdict is None
    assert chain(loaded_index, "gizmarin, gizmo level all over the place - options?",
                 "and if they have a gizmo valve?").verdict is None
