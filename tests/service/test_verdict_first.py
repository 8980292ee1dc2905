"""Whether a thing comes first (service.answer.verdict.on_first; session 46): a ranking that advises another thing
first "before" it answers no, while whether it may be used at all keeps the advice's yes."""
from __future__ import annotations

from index.lexical import tokenize
from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.verdict import on_first

ORAL, TOPICAL = frozenset(tokenize("oral gizmols")), frozenset(tokenize("topical gizmols"))
RANKING = "Topical gizmols are recommended as the first drug treatment for wheezitis before oral gizmols."


def test_a_thing_ranked_after_another_is_not_first() -> None:
    assert on_first("Are oral gizmols the first drug for wheezitis?", "yes", RANKING, ORAL) \
        == "no"
    assert on_first("Are topical gizmols the first drug for wheezitis?", "yes", RANKING,
                    TOPICAL) == "yes"
    # not a question of order: the ranking says nothing against using it
    assert on_first("Can oral gizmols be used for wheezitis?", "yes", RANKING, ORAL) == "yes"


def test_oral_nsaids_are_not_the_first_drug_for_knee_osteoarthritis(loaded_index: Index) -> None:
    second = answer_question(loaded_index, "Are oral NSAIDs the first drug for knee osteoarthritis?")
    assert second.verdict == "no", second.bottom_line.text
    first = answer_question(loaded_index, "Are topical NSAIDs the first drug for knee osteoarthritis?")
    assert first.verdict == "yes", first.bottom_line.text
    assert answer_question(loaded_index, "Can oral NSAIDs be used for knee osteoarthritis?").verdict == "yes"


LATER = "If wheezitis remains uncontrolled on three drugs, clinicians should consider adding blorvastat."
INTOLERANT = ("Intravenous gizmols are recommended when oral gizmols are not tolerated, or when rapid repletion is "
              "needed.")


def test_advice_given_once_another_treatment_failed_is_not_first() -> None:
    blorvastat = frozenset(tokenize("blorvastat"))
    assert on_first("Is blorvastat a first-line drug for wheezitis?", "yes", LATER, blorvastat) == "no"
    assert on_first("Are intravenous gizmols the first treatment for wheezitis?", "yes", INTOLERANT,
                    frozenset(tokenize("intravenous gizmols"))) == "no"
    # the failed thing itself is named only in the occasion: nothing is said of its rank
    assert on_first("Are oral gizmols the first treatment for wheezitis?", "yes", INTOLERANT, ORAL) == "yes"
    # a statement that ranks the thing first itself keeps its yes
    assert on_first("Is blorvastat a first-line drug for wheezitis?", "yes",
                    "Blorvastat is the first-line drug, and if it fails, add gizmols.", blorvastat) == "yes"
    # not a question of order
    assert on_first("Can blorvastat be used for wheezitis?", "yes", LATER, blorvastat) == "yes"


def test_spironolactone_is_not_a_first_line_drug_for_hypertension(loaded_index: Index) -> None:
    later = answer_question(loaded_index, "Is spironolactone a first-line drug for hypertension?")
    assert later.verdict == "no", later.bottom_line.text
    assert answer_question(loaded_index, "Is oral iron first-line for iron-deficiency anaemia?").verdict == "yes"


def test_a_state_named_uncontrolled_or_a_failure_named_as_a_disease_is_no_failed_treatment() -> None:
    gizmols = frozenset(tokenize("oral gizmols"))
    caution = "Oral gizmols are recommended if the patient has no contraindication such as uncontrolled heart failure."
    assert on_first("Are oral gizmols first-line for wheezitis?", "yes", caution, gizmols) == "yes"


def test_asked_of_people_for_whom_treatment_failed_the_later_advice_is_their_first() -> None:
    blorvastat = frozenset(tokenize("blorvastat"))
    for asked in ("Is blorvastat first-line for resistant wheezitis?",
                  "Is blorvastat the first choice for wheezitis uncontrolled on three drugs?",
                  "Is blorvastat first-line after several drugs have failed?"):
        assert on_first(asked, "yes", LATER, blorvastat) == "yes", asked


def test_another_occasion_the_advice_holds_in_is_asked_of() -> None:
    intravenous = frozenset(tokenize("intravenous gizmols"))
    assert on_first("Are intravenous gizmols first-line when rapid repletion is needed?", "yes", INTOLERANT,
                    intravenous) == "yes"
    assert on_first("Are intravenous gizmols the first treatment for wheezitis?", "yes", INTOLERANT,
                    intravenous) == "no"


RESERVED = "Blorvastat carries warnings about tendon rupture, is reserved for patients without suitable alternatives."


def test_use_reserved_for_some_people_is_not_first() -> None:
    blorvastat = frozenset(tokenize("blorvastat"))
    assert on_first("Is blorvastat first-line for wheezitis?", "yes", RESERVED, blorvastat) == "no"
    # asked of the very people it is reserved for
    assert on_first("Is blorvastat first-line for patients without suitable alternatives?", "yes", RESERVED,
                    blorvastat) == "yes"
    # not a question of order: reserved use is still use
    assert on_first("Can blorvastat be used for wheezitis?", "yes", RESERVED, blorvastat) == "yes"


def test_fluoroquinolones_are_not_first_line_for_pneumonia(loaded_index: Index) -> None:
    reserved = answer_question(loaded_index, "Are fluoroquinolones first-line for pneumonia?")
    assert reserved.verdict == "no", reserved.bottom_line.text
    assert answer_question(loaded_index, "Is amoxicillin first-line for community-acquired pneumonia?").verdict \
        == "yes"
