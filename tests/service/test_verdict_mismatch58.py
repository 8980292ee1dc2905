"""A statement that repeats a question's claim with one slot filled otherwise is a "no" (``mismatch``): the opposite
direction, another value after the same word. Made-up names."""
from __future__ import annotations

import pytest

from service.answer.mismatch import one_slot_otherwise, slot
from service.answer.verdict import direction_of


@pytest.mark.parametrize(("word", "sign"), [
    ("suppresses", -1), ("down-regulated", -1), ("restricting", -1), ("decreased", -1),
    ("activate", 1), ("favoring", 1), ("increased", 1), ("upregulates", 1),
    # a noun of an agent or a state names no change
    ("activity", 0), ("promoter", 0), ("inhibitors", 0), ("affect", 0),
])
def test_the_direction_of_a_word(word: str, sign: int) -> None:
    assert direction_of(word) == sign


@pytest.mark.parametrize(("question", "sentence", "reading"), [
    # the opposite direction, near what is acted on
    ("Does gizmozumab activate the wobble axis?", "Gizmozumab suppressed the wobble axis in healthy volunteers.", -1),
    ("Is frobnin usually decreased in gloomitis?", "Serum frobnin levels are usually increased in gloomitis.", -1),
    ("Does the binding of ZIB4 and ZAB2 promote Q7 transposition?",
     "ZIB4 binds ZAB2, and the pair is needed for restricting Q7 transposition.", -1),
    # another value after the same word
    ("Is wobble syndrome caused by a deletion in chromosome 12, yes or no?",
     "Deletions of chromosome 14q2 are found in most people with wobble syndrome.", -1),
    # a word of the same ending after another prefix is no reading (the prefix swap was dropped: "effective" and
    # "selective" share six letters, and two "Yes." became "No.")
    ("Is gizmotrol effective for wobble psychosis?",
     "Gizmotrol is a selective inverse agonist approved for the treatment of wobble psychosis.", 0),
    # a value after a bound or a preposition is an amount, and a decimal one number ("over 70" holds 75; "2.5" is no
    # "5" after "2"): no reading (the full suite caught both as "No.")
    ("Should adults over 75 take 800 units of gizmo a day?",
     "The panel set 800 units of gizmo per day for people over 70 years.", 0),
    ("Is an ABC of 2.5 within the usual drugx target?", "The ABC target for most uses of drugx is 2.0 to 3.0.", 0),
    # the slot filled as asked
    ("Does nursing give protection from type I wobbleosis?",
     "Nursing gives protection from both type 1 and type 2 wobbleosis.", 1),
    ("Does gizmozumab activate the wobble axis?", "Gizmozumab activated the wobble axis in healthy volunteers.", 1),
    ("Is wobble syndrome caused by a deletion in chromosome 12, yes or no?",
     "Wobble syndrome is caused by deletions of chromosome 12.", 1),
    # the opposite direction of another thing, a more specific term, a negation, a comparison: no reading
    ("Does drugx reduce mortality?", "Drugx increased survival in people with gloomitis.", 0),
    ("Is drugx a therapy for gloomitis?", "Drugx chemotherapy for gloomitis.", 0),
    ("Does gizmozumab activate the wobble axis?", "Gizmozumab did not suppress the wobble axis.", 0),
    ("Is frobnin higher in gloomitis than in wobbleosis?", "Frobnin is lower in wobbleosis than in gloomitis.", 0),
    ("Does drugx lower wobble pressure?", "Drugx has no known activity on the wobble pump.", 0),
    # "I" the pronoun, not a numeral
    ("Can I stop gizmolol when I feel well?", "You can stop gizmolol when 2 weeks of feeling well have passed.", 0),
    # the opposite word on another subject, not on what is acted on ("reduce it"): the asked claim is not reversed
    ("Does gizmin lack promote wobble hardening in rats?",
     "In rats gizmin lack worsens wobble hardening and gizmin supplements can reduce it.", 0),
])
def test_how_a_sentence_fills_the_claims_slot(question: str, sentence: str, reading: int) -> None:
    assert slot(question, sentence) == reading


def test_a_statement_behind_filling_the_slot_as_asked_keeps_the_yes() -> None:
    question = "Does gizmozumab activate the wobble axis?"
    first = "Gizmozumab suppressed the wobble axis in healthy volunteers."
    assert one_slot_otherwise(question, first, [first])
    assert not one_slot_otherwise(question, first, [first, "At high doses, gizmozumab activates the wobble axis."])
