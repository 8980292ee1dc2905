"""Two things taken together for a condition ("Should ACE inhibitors and ARBs be combined for hypertension?",
session 45): the question asks of the combination, so a statement answers it only where it names both sides taken
together. The answer "Yes." above first-line advice that lists the two as alternatives was dangerous: the guideline
says they should not be combined."""
from __future__ import annotations

from index.lexical import tokenize
from index.search import Index
from service.answer.concepts import EMPTY_LEXICON, Concept, combination, concept, joins, question_concepts
from service.answer.pipeline import answer_question
from service.answer.question import read_question


def test_two_things_combined_for_a_condition_are_the_intervention() -> None:
    q = read_question("Should ACE inhibitors and ARBs be combined for hypertension?")
    assert (q.intervention, q.condition, q.combined) == ("ACE inhibitors with ARBs", "hypertension", True)
    q = read_question("Can calcium and vitamin D be taken together to prevent fractures?")
    assert (q.intervention, q.condition, q.combined) == ("calcium with vitamin D", "fractures", True)
    assert q.title == "Calcium with Vitamin D for Fracture Prevention"
    q = read_question("Do calcium supplements taken with vitamin D raise cardiovascular risk?")
    assert (q.intervention, q.combined) == ("calcium supplements with vitamin D", True)
    # Two taken together with no purpose keep their own reading: the second stands in the condition's place.
    q = read_question("Can vitamin D and vitamin K be taken together?")
    assert (q.intervention, q.condition, q.together, q.combined) == ("vitamin D", "vitamin K", True, False)
    assert not read_question("Does vitamin D prevent fractures?").combined


def test_joining_words_and_their_absence() -> None:
    calcium, vitamin_d = concept("calcium"), concept("vitamin D")
    ace, arb = concept("ACE inhibitors"), concept("angiotensin receptor blockers")
    assert joins("Trials that combined calcium with vitamin D were excluded.", (calcium, vitamin_d))
    assert joins("ACE inhibitors and angiotensin receptor blockers should not be combined with each other.", (ace, arb))
    assert not joins("An ACE inhibitor or angiotensin receptor blocker is recommended for patients with diabetes.",
                     (ace, arb))
    assert not joins("Calcium supplements without vitamin D were associated with myocardial infarction.",
                     (calcium, vitamin_d))
    assert not joins("The analysis included trials in which calcium was given without co-administered vitamin D.",
                     (calcium, vitamin_d))
    # review 45: the joining word must join the two, not something else in the sentence; a comparator "alone" does
    # not undo the combination; a hyphenated product names both; a third thing joined after is more than the pair
    assert not joins("Calcium is taken with meals, and vitamin D levels were measured in all patients.",
                     (calcium, vitamin_d))
    assert not joins("Patients with low calcium intake and vitamin D deficiency were given combination therapy.",
                     (calcium, vitamin_d))
    assert joins("Combining calcium and vitamin D reduced fractures.", (calcium, vitamin_d))
    assert joins("Needle lavage combined with a subacromial corticosteroid injection gave better function than a "
                 "corticosteroid injection alone.", (concept("needle lavage"), concept("corticosteroid injection")))
    assert joins("As-needed low-dose budesonide-formoterol is a recommended reliever.",
                 (concept("budesonide"), concept("formoterol")))
    assert not joins("A beta-lactam such as amoxicillin-clavulanate or ceftriaxone combined with a macrolide is "
                     "commonly recommended.", (concept("amoxicillin"), concept("clavulanate")))


def _names(c: Concept, text: str) -> bool:
    return c.mentioned_in(frozenset(tokenize(text)), text=text)


def test_a_combination_is_named_only_with_both_sides_joined() -> None:
    name = "calcium supplements with vitamin D"
    whole = concept(name)
    joint = combination(whole, name, EMPTY_LEXICON, None)
    assert len(joint.sides) == 2
    assert _names(joint, "Trials that combined calcium with vitamin D were excluded from the main analysis.")
    for text in ("Large randomized trials have not shown that vitamin D supplements prevent fractures.",
                 "Calcium supplements without vitamin D were associated with an increase in myocardial infarction.",
                 "Calcium supplements are widely taken by older adults."):
        assert not _names(joint, text), text
    # a phrase that joins nothing stays as it was
    assert combination(concept("vitamin D"), "vitamin D", EMPTY_LEXICON, None) == concept("vitamin D")


def test_question_concepts_make_the_combination() -> None:
    intervention, condition = question_concepts(read_question("Can calcium and vitamin D be taken together to prevent "
                                                              "fractures?"))
    assert intervention is not None and len(intervention.sides) == 2
    assert condition is not None and condition.name == "fractures"
    plain, _ = question_concepts(read_question("Does vitamin D prevent fractures?"))
    assert plain is not None and not plain.sides


def test_combining_ace_inhibitors_and_arbs_answers_no(loaded_index: Index) -> None:
    for text in ("Should ACE inhibitors and ARBs be combined for hypertension?",
                 "Can ACE inhibitors be combined with ARBs for hypertension?"):
        a = answer_question(loaded_index, text)
        assert a.verdict == "no", (text, a.verdict, a.bottom_line.text)
        assert "should not be combined" in a.bottom_line.text
        assert "An ACE inhibitor or angiotensin receptor blocker is recommended" not in a.bottom_line.text


def test_a_statement_on_one_side_does_not_answer_the_combination(loaded_index: Index) -> None:
    # The guideline's "vitamin D supplements have not shown to prevent fractures" is about vitamin D alone: no "No."
    # for calcium and vitamin D taken together.
    for text in ("Can calcium and vitamin D be taken together to prevent fractures?",
                 "Should vitamin D be given with calcium to prevent fractures?"):
        a = answer_question(loaded_index, text)
        assert a.verdict != "no", (text, a.bottom_line.text)


def test_two_things_joined_by_plus_are_a_combination(loaded_index: Index) -> None:
    q = read_question("Should dual RAS blockade with an ACE inhibitor plus an ARB be used in hypertension?")
    assert q.combined
    intervention, _ = question_concepts(q)
    assert intervention is not None and [s.name for s in intervention.sides] == ["an ACE inhibitor", "an ARB"]
    a = answer_question(loaded_index, q.text)
    assert a.verdict == "no" and "should not be combined" in a.bottom_line.text


def test_combining_as_the_act_asked(loaded_index: Index) -> None:
    q = read_question("Does combining behavioural support with medication improve quit rates?")
    assert (q.intervention, q.combined) == ("behavioural support with medication", True)
    a = answer_question(loaded_index, q.text)
    # "medication" and "medicine" stem apart ("medic", "medicin"): a side is met by a longer stem that opens with it
    assert a.verdict == "yes"
    assert a.bottom_line.text.startswith("Yes. Combining behavioural support with a stop-smoking")


def test_combining_x_and_y_has_two_sides() -> None:
    for text in ("Does combining calcium and vitamin D prevent fractures?",
                 "Is a combination of calcium and vitamin D effective for fracture prevention?"):
        q = read_question(text)
        intervention, _ = question_concepts(q)
        assert q.combined and intervention is not None, text
        assert [side.name for side in intervention.sides] == ["calcium", "vitamin D"], text
