"""The deciding sentence of a case leads the closest evidence: the advice whose threshold the case's value meets
(however the threshold's verb or unit prefix is written), and a rule for everyone that gives another group's variant
in a bracketed aside (session 66: blind65g S9, S2)."""
from __future__ import annotations

from dataclasses import replace

from ingest.models import DocumentKind
from service.answer.asked_shape import ranks_first_asked
from service.answer.cutoffs import cutoffs, meets_named_threshold
from service.answer.people_clause import speaks_of_others
from service.answer.pipeline import closest_statements
from service.answer.question import read_question
from tests.service.candidates import scored

RULE = "Start a low-gizmo diet in infants whose blood gizmo exceeds 250 μmol/L."


def test_a_verb_of_exceeding_sets_a_threshold_that_a_value_typed_in_umol_meets() -> None:
    assert {(c.direction, c.limit, c.unit) for c in cutoffs(RULE)} == {("gt", 250.0, "umol/l")}
    assert meets_named_threshold("infant, blood gizmo 310 umol/L - start the diet?", RULE)
    assert not meets_named_threshold("infant, blood gizmo 190 umol/L - start the diet?", RULE)


def test_a_negated_verb_of_exceeding_is_a_cap_not_a_threshold_a_dose_meets() -> None:
    capped = "A day's total of wobblamol must not exceed 3 g in any adult."
    assert cutoffs(capped) == frozenset()
    assert not meets_named_threshold("man taking wobblamol 5 g a day - fine?", capped)
    assert cutoffs("Over a day, wobblamol should never exceed 3 g.") == frozenset()
    assert cutoffs("Doses of wobblamol shouldn't exceed 3 g.") == frozenset()


def test_the_advice_whose_threshold_the_case_meets_is_quoted_first_however_low_it_scores() -> None:
    q = read_question("infant, blood gizmo 310 umol/L - start the diet?")
    general = [scored("Plan every meal of a child on the diet with a trained dietitian.", 0.92, "g1",
                      DocumentKind.GUIDELINE, i=False, c=False),
               scored("Teach families how to count gizmo in everyday foods.", 0.90, "g1", DocumentKind.GUIDELINE,
                      i=False, c=False)]
    rule = scored(RULE, 0.55, "g1", DocumentKind.GUIDELINE, i=False, c=False)
    quoted = closest_statements([*general, rule], q)
    assert quoted[0].text == RULE


STORM = ("Patients with a suspected gizmo storm should be given 40 mg (10 mg/kg for children) of zolpam at once; "
         "dosing by weight is needed in children.")


def test_a_bracketed_variant_for_children_leaves_a_rule_for_everyone_that_holds_for_an_adult() -> None:
    q = "adult with a gizmo storm - how much zolpam now?"
    storm = scored(STORM, 0.8, "g2", DocumentKind.GUIDELINE)
    assert not speaks_of_others(q, storm)
    # (Advice whose main clause names children stays advice on others, its aside or not.)
    children = replace(storm, text="In children (under 12 years), give 10 mg/kg of zolpam at once.")
    assert speaks_of_others(q, children)


MOST_APT = "For a painless lump on one wrist, an ultrasound of that wrist is the most appropriate first test."


def test_the_statement_naming_the_most_appropriate_test_leads_a_which_imaging_first_question() -> None:
    q = read_question("40M painless wrist lump on one side, no trauma - which imaging first?")
    define = scored("A wrist lump may be described as a firm or soft swelling under the skin.", 0.90, "g3",
                    DocumentKind.GUIDELINE, i=False, c=False)
    other = scored("Plain films may show calcification in some wrist lumps.", 0.86, "g3", DocumentKind.GUIDELINE,
                   i=False, c=False)
    apt = scored(MOST_APT, 0.55, "g3", DocumentKind.GUIDELINE, i=False, c=False)
    quoted = closest_statements([define, other, apt], q)
    assert quoted[0].text == MOST_APT


def test_a_heading_that_asks_for_the_best_test_ranks_nothing_first() -> None:
    q = "40M painless wrist lump on one side, no trauma - which imaging first?"
    assert ranks_first_asked(MOST_APT, q)
    assert not ranks_first_asked("What Is the Best Test to Image a Wrist Lump?", q)

