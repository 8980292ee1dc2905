"""Session 58, two blind tests: question words the corpus writes otherwise, each read as the corpus's word by a
general reading (no list of topics). A long word one letter from exactly one word the corpus writes, the older
spelling of a drug's name, is read as that word (``Lexicon.respelled``); a compound the corpus never writes, as the
corpus's word it ends in after a known prefix; a slash pair of names, as the one the corpus writes; a short form of
mixed case the learned lexicon holds, as its long form the corpus writes (``Lexicon.learned_written``); a question
read as no topic, with its acronym written as the phrase the corpus spells it by (``pipeline._topic_spelled``); and a
clinical note's "abx" and its dose frequencies in capitals ("BD or TDS dosing") as written out."""
from __future__ import annotations

import pytest

from index.embedder import load_embedder
from index.lexical import tokenize
from service.answer import abbreviations
from service.answer.abbreviations import LearnedAbbreviations
from service.answer.concepts import Lexicon, text_counts, text_passages
from service.answer.pipeline import _topic_spelled
from service.answer.question import as_note_written, read_question

TEXTS = [
    "Gizmoxicillin is the first choice for a child with zorble ear fever.",
    "A second course of gizmoxicillin is given where the first failed.",
    "Gizmouria in adults with sugar disease calls for a plinkopril.",
    "Microvascular harm is slowed by a plinkopril in sugar disease.",
    "Vascular harm is common in sugar disease.",
    "Gizmofen is a good first treatment of knee wobble.",
    "Adults with grumble skin malaise should receive plonkacillin by mouth.",
    "Grumble skin malaise in infants is treated in hospital.",
    "Children with grumble skin malaise who are not unwell are treated at home.",
    "The gizmoglobin level is checked every month until it is normal.",
]


def _lexicon(texts: list[str]) -> Lexicon:
    return Lexicon({}, encode=load_embedder().encode, counts=text_counts(texts), passages=text_passages(texts),
                   vocabulary={t for text in texts for t in tokenize(text)}, texts=lambda: texts)


def test_a_long_word_one_letter_off_is_read_as_the_one_word_the_corpus_writes() -> None:
    lexicon = _lexicon(TEXTS)
    assert lexicon.respelled("had gizmoxycillin 3 weeks ago - which now?") == \
        "had gizmoxicillin 3 weeks ago - which now?"
    # ... not where two words the corpus writes are one letter off, nor a short word, nor a prefix one letter off
    two = _lexicon([*TEXTS, "Gizmoxacillin is an older choice."])
    assert two.respelled("had gizmoxycillin?") == "had gizmoxycillin?"
    assert lexicon.respelled("is gizmo ok?") == "is gizmo ok?"
    assert _lexicon([*TEXTS, "Microwobbling is rare."]).respelled("macrowobbling?") == "macrowobbling?"
    # ... nor a word whose ending is one letter off, another form of one word ("gizmoheld" of "gizmohold")
    assert _lexicon([*TEXTS, "Gizmohold the dose."]).respelled("gizmoheld for a week?") == "gizmoheld for a week?"


def test_a_compound_is_read_as_the_corpus_word_it_ends_in_after_a_known_prefix() -> None:
    lexicon = _lexicon(TEXTS)
    assert lexicon.respelled("sugar disease with microgizmouria - which drug?") == \
        "sugar disease with gizmouria - which drug?"
    # ... not where the corpus tells kinds of the tail apart, nor after a prefix that turns the meaning over
    kinds = _lexicon([*TEXTS, "Macrogizmouria is rare."])
    assert kinds.respelled("sugar disease with microgizmouria?") == "sugar disease with microgizmouria?"
    negated = _lexicon([*TEXTS, "Nonvascular harm is rare."])
    assert negated.respelled("sugar disease with nongizmouria?") == "sugar disease with nongizmouria?"
    # ... nor after a prefix of degree or direction ("under-" of "underprescribe" is not a kind of prescribing)
    under = _lexicon([*TEXTS, "Underestimated harm is common.", "Estimated harm is rare.",
                      "Doctors gizmoscribe often and gizmoscribe well."])
    assert under.respelled("do doctors undergizmoscribe?") == "do doctors undergizmoscribe?"


def test_a_slash_pair_is_read_as_the_name_the_corpus_writes() -> None:
    lexicon = _lexicon(TEXTS)
    assert lexicon.respelled("knee wobble - is gizmofen/gizmophen a good first line?") == \
        "knee wobble - is gizmofen a good first line?"
    # ... and a pair of numbers or "and/or" stays as written
    assert lexicon.respelled("pressure 150/95 and/or wobble?") == "pressure 150/95 and/or wobble?"


def test_a_mixed_case_short_form_the_learned_lexicon_holds_is_read_as_its_long_form(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(abbreviations, "learned", lambda: LearnedAbbreviations({"Gz": {"gizmoglobin": 6}}))
    lexicon = _lexicon(TEXTS)
    assert lexicon.learned_written("on iron, Gz now normal - how long?") == \
        ("on iron, gizmoglobin now normal - how long?", ("gizmoglobin",))


def test_an_acronym_of_a_question_read_as_no_topic_is_written_as_the_corpus_spells_it() -> None:
    lexicon = _lexicon(TEXTS)
    asked = "uncomplicated GSM managed at home - antibiotics?"
    q = read_question(asked)
    assert not q.intervention and not q.condition
    assert _topic_spelled(q, asked, lexicon) == "uncomplicated grumble skin malaise managed at home - antibiotics?"
    # ("... - give antibiotics?" has been read with its topic since session 61: ``question._dash_given``)
    given = read_question("uncomplicated GSM managed at home - give antibiotics?")
    assert given.intervention == "antibiotics" and given.condition


def test_a_notes_abx_and_dose_frequencies_in_capitals_are_written_out() -> None:
    assert as_note_written("how many days abx for gizmo fever") == "how many days antibiotics for gizmo fever"
    assert as_note_written("oral gizmo - BD or TDS dosing better than once daily?") == \
        "oral gizmo - twice daily or three times daily dosing better than once daily?"
    # ... capitals with no word of dosing beside them are left to the corpus's reading ("BD" may name a disorder)
    assert as_note_written("Is BD linked to gizmo?") == "Is BD linked to gizmo?"
