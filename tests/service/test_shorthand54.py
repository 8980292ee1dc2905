"""A clinician's shorthand read as the words sources write (session 54's blind tester, typing like a GP): a clipped word
the corpus never writes read as the corpus's word that opens with it beside the question's other words
(``concepts.unclipped``), a note's age and sex ("55M", "4mo") and its shorthand of no topic ("w/", "tds":
``question.as_note_written``), and the framings "X - what next" and "X wants to start Y - ok?"
(``question.as_next_asked``). Made-up names throughout."""
from __future__ import annotations

from index.lexical import tokenize
from service.answer.concepts import Lexicon, unclipped
from service.answer.question import as_next_asked, as_note_written, read_question

TEXTS = [
    "Gizmotension is common. Drugs for gizmotension lower the risk of stroke.",
    "The first drug for gizmotension in older patients is a blorpine blocker.",
    "Hydroxyzorbamin levels were measured in bone.",
    "Gizmobiotics are recommended for five days in zorbal pneumonia. Absorption was not measured.",
    "Immediate gizmobiotics are recommended for zorbal pneumonia in frail patients.",
    "Patients on warfarin need not avoid green vegetables. Vegetables hold vitamin K.",
    "Green vegetables and warfarin: keep the amount steady.",
    "Clinicians can use the two-question zorb screen (ZQ-2) first.",
]
VOCABULARY = sorted({t for text in TEXTS for t in tokenize(text)})


def _lexicon() -> Lexicon:
    return Lexicon({}, texts=lambda: TEXTS, vocabulary=VOCABULARY)


def test_a_clipped_word_is_the_corpus_word_that_opens_with_it_beside_the_other_words() -> None:
    # "veg": "vegetables", in the chunks on warfarin, twice; "kid" is a word the embedder knows whole.
    lexicon = _lexicon()
    assert lexicon.spelled_short("should she cut out green veg?") == "should she cut out green vegetables?"
    assert lexicon.spelled_short("my kid has zorbal pneumonia") == "my kid has zorbal pneumonia"
    # An acronym is left to its concept's forms (session 54: "ACE" was read as "adverse cardiovascular event").
    assert lexicon.spelled_short("new GTN which drug first") == "new GTN which drug first"


def test_a_note_shorthand_and_letters_run_together_are_left_as_written() -> None:
    # Tried and taken out (session 54): "abx" was read as "abbreviations" over guidelines, "MK7" as "MK-7" led with
    # what supplements contain. A lower-case shorthand and letters run into a number stay as the clinician wrote them.
    lexicon = _lexicon()
    assert lexicon.spelled_short("how many days gbx for zorbal pneumonia") == "how many days gbx for zorbal pneumonia"
    assert lexicon.spelled_short("ZQ2 positive - what next") == "ZQ2 positive - what next"


def test_no_guess_without_a_clear_phrase_or_for_a_word() -> None:
    lexicon = _lexicon()
    # one chunk only beside these words: no check
    assert lexicon.spelled_short("is HZN low in bone") == "is HZN low in bone"
    # "kid" is a word the embedder knows whole, not a short form of anything the corpus writes
    assert lexicon.spelled_short("my kid has zorbal pneumonia") == "my kid has zorbal pneumonia"


def test_a_note_age_sex_and_shorthand_are_written_out() -> None:
    assert as_note_written("55M new gizmotension") == "55-year-old man new gizmotension"
    assert as_note_written("45F on warfarin") == "45-year-old woman on warfarin"
    assert as_note_written("4mo with zorbitis") == "4-month-old with zorbitis"
    assert as_note_written("18 month old w/ zorbitis") == "18 month old with zorbitis"
    assert as_note_written("gizmoferrin tds or od?") == "gizmoferrin three times daily or once daily?"
    assert as_note_written("blorpamol prn") == "blorpamol as needed"
    assert as_note_written("after 5 yrs") == "after 5 years"  # a span of time, no age (its unit written out, s57)
    assert as_note_written("OD risk in the M2 receptor") == "OD risk in the M2 receptor"


def test_what_next_and_wanting_to_start_are_asked_of_the_case() -> None:
    assert as_next_asked("ZQ-2 positive - what next") == "What next after ZQ-2 positive?"
    # (A case in which a treatment failed is asked what is recommended for it, session 55: ``after_failure``.)
    assert as_next_asked("oral gizmoferrin not tolerated whats next") == \
        "What is recommended for oral gizmoferrin not tolerated?"
    assert as_next_asked("what next?") == "what next?"
    assert as_next_asked("45-year-old woman on warfarin wants to start gizmo K2 for her bones - ok?") == \
        "Can a 45-year-old woman on warfarin start gizmo K2?"
    q = read_question("55M afro-caribbean new gizmotension - which drug first?")
    assert "55M" not in q.text


def test_a_thing_then_whether_it_is_fine_is_asked_as_a_safety_question() -> None:
    # "ok" last was read as a word of the condition ("long QT ok"), which no source writes.
    assert as_next_asked("gizmolol in patient with long QT ok?") == "Is gizmolol ok in patient with long QT?"
    assert as_next_asked("drugx for gizmo palsy in asthma - safe?") == "Is drugx safe for gizmo palsy in asthma?"
    question = read_question("gizmolol in a patient with long QT ok?")
    assert question.intervention == "gizmolol" and question.condition == "long QT"
    # A question word opening it asks otherwise.
    assert as_next_asked("What is ok for gizmo palsy?") == "What is ok for gizmo palsy?"
    # "... - is it safe?" asks the same, its "is it" no part of the people.
    assert as_next_asked("gizmowave in a patient on drugx - is it safe?") == "Is gizmowave safe in a patient on drugx?"


def test_a_long_clip_is_the_one_word_that_opens_with_it() -> None:
    texts = ["Blorpines such as gizmocillin can prolong the QT interval.", "Gizmo palsy is common."]
    # One chunk writes it, on nothing else the question asks: a clip of six letters or more is specific.
    assert unclipped("gizmocil", texts, frozenset(tokenize("long qt"))) == ("gizmocillin",)
    # ... but not where two words open with it.
    texts.append("Gizmocilla is another.")
    assert unclipped("gizmocil", texts, frozenset(tokenize("long qt"))) == ()
