"""A detail of the case read against the rule an answer quotes (session 64's blind test: a yes to treating through a
tunneled line from a rule whose own "although" clause sets tunnel infections apart; "keep going?" after a 3% loss
answered from the starting criteria while the rule to go on "only if" 5% was lost; a two-part question's yes read as a
yes to the chest x-ray the guideline advises against; a woman's screening question opened with the statement on men).
Every topic and name here is made up."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.models import DocumentKind
from service.answer.case_values import only_condition_missed, verdict_for_values
from service.answer.lead import fit
from service.answer.qualifiers import qualifiers
from service.answer.second_ask import advice_against_last_ask, last_ask_thing
from service.answer.set_apart import sets_apart_case
from tests.service.candidates import scored
from tests.service.corpora import answered, background_guidelines, built, guideline_file

PORT = ("Most skin sores around a wibble port heal with drugx alone without taking the port out, although port removal "
        "is usually needed for deep pocket infections.")


def test_a_rule_whose_clause_of_exception_names_a_case_detail_sets_the_case_apart() -> None:
    assert sets_apart_case("sore over a deep pocket wibble port - can I treat with drugx alone?", PORT)
    # (No detail of the case in the exception: the rule is the case's.)
    assert not sets_apart_case("skin sore around a wibble port - can I treat with drugx alone?", PORT)
    # (A remark after "although" that advises nothing sets nothing apart.)
    assert not sets_apart_case("sore over a deep pocket wibble port - drugx alone?",
                               "Most sores heal with drugx alone, although deep pocket data are few.")
    # (A detail the question denies is no detail of its case.)
    assert not sets_apart_case("no deep pocket, sore around a wibble port - drugx alone?", PORT)
    # (With no case before a dash the question's words are what it asks: a clause naming them answers it.)
    assert not sets_apart_case("Can people on zorbin drink fizzy juice?",
                               "People on zorbin need not give up fizzy juice, but should not change how much they "
                               "drink from day to day.")
    assert not sets_apart_case("Does a woman on gorbamate need a blood test each month?",
                               "Gorbamate works well, but women taking it need a blood test every month.")
    # (A clause that is itself the rule for the case, its subject left out or advising the same way, sets none apart.)
    assert not sets_apart_case("55M with old flonk disease - zorbin?", "Zorbin is not advised to ward off flonk "
                               "disease, but is advised for people with old flonk disease.")
    assert not sets_apart_case("55M with old flonk disease - zorbin?", "Zorbin is not advised to ward off flonk "
                               "disease, but it is recommended for people with old flonk disease.")
    # (Numbers and times are the case's values, not details a rule sets cases apart by.)
    assert not sets_apart_case("on zorbin 3 months - keep going?", "Zorbin can be kept up, but a review is needed "
                               "at 3 months.")


FALL = "Continue zorbin beyond 6 weeks only if the wobble score has fallen by at least 30% since starting treatment."


def test_the_only_condition_of_a_rule_missed_by_the_case_is_a_no_to_doing_it() -> None:
    assert only_condition_missed("on zorbin 6 weeks, wobble score fallen by 10% - keep going?", FALL)
    assert not only_condition_missed("on zorbin 6 weeks, wobble score fallen by 40% - keep going?", FALL)
    # (A case short of the rule's own time before "only", or of no stated time, is not yet under it: no "no".)
    assert not only_condition_missed("on zorbin 2 days, wobble score fallen by 10% - keep going?", FALL)
    assert not only_condition_missed("wobble score fallen by 10% - keep going on zorbin?", FALL)
    rule = scored(FALL, 0.9, "g1", kind=DocumentKind.GUIDELINE)
    assert verdict_for_values("on zorbin 6 weeks, wobble score fallen by 10% - keep going?", "yes", rule) == "no"
    assert verdict_for_values("on zorbin 6 weeks, wobble score fallen by 40% - keep going?", "yes", rule) == "yes"
    # (A threshold with no "only": a rule for other values, no yes, but not a no.)
    plain = scored("Continue zorbin when the wobble score has fallen by at least 30%.", 0.9, "g1",
                   kind=DocumentKind.GUIDELINE)
    assert verdict_for_values("on zorbin 6 weeks, wobble score fallen by 10% - keep going?", "yes", plain) == \
        "uncertain"


def test_the_case_sex_contradicts_a_statement_for_the_other_sex_only() -> None:
    asked = qualifiers("23yo F, no symptoms - test for flork?")
    assert asked["sex"] == frozenset({"female"})
    terms = frozenset({"flork", "test"})
    men = scored("Evidence is too thin to judge testing men for flork.", 0.9, "g1", kind=DocumentKind.GUIDELINE)
    women = scored("Test sexually active women for flork once a year.", 0.9, "g1", kind=DocumentKind.GUIDELINE)
    anyone = scored("Test people at risk for flork once a year.", 0.9, "g1", kind=DocumentKind.GUIDELINE)
    assert fit(asked, men, terms).contradicts
    assert not fit(asked, women, terms).contradicts and not fit(asked, anyone, terms).contradicts
    # (A sex named where the question names none narrows nothing; a temperature in Fahrenheit is no sex.)
    assert not fit(qualifiers("no symptoms - test for flork?"), women, terms).narrows
    assert "sex" not in qualifiers("temp 101F - test for flork?")
    # (A unit or shorthand letter after a number is no sex: months, metres, follow-up.)
    assert "sex" not in qualifiers("3 m/o, 12 M old, 6 m walk, 2 F/U visits - test for flork?")
    assert qualifiers("58M, no symptoms - test for flork?")["sex"] == frozenset({"male"})


def test_the_thing_of_a_last_yes_no_ask_and_the_advice_against_it() -> None:
    asked = "60M ex-smoker - wobble screening? is a yearly GZX enough?"
    assert last_ask_thing(asked) == frozenset({"gzx"})
    # (Numbers and words of time say when, not what: no thing, so no advice against it.)
    assert last_ask_thing("30F - wobble screening? is every 3 years ok?") == frozenset()
    assert last_ask_thing("60M ex-smoker - is wobble screening enough?") == frozenset()
    against = scored("Gizmo x-rays (GZX) should not be used for wobble screening.", 0.5, "g1",
                     kind=DocumentKind.GUIDELINE)
    other = scored("Offer wobble screening to former smokers between 55 and 74.", 0.9, "g1",
                   kind=DocumentKind.GUIDELINE)
    assert advice_against_last_ask(asked, [other, against]) is against
    assert advice_against_last_ask("60M ex-smoker - wobble screening?", [other, against]) is None
    # (A statement must name the thing's rarest term: one that names only its commoner words is about another thing.)
    plain = "60M ex-smoker - wobble screening? is a gizmo scan enough?"
    common = scored("Gizmo tests should not be used for wobble screening.", 0.5, "g1", kind=DocumentKind.GUIDELINE)
    assert advice_against_last_ask(plain, [common], lambda term: 5.0 if term == "scan" else 1.0) is None
    assert advice_against_last_ask(plain, [common]) is common


ZORBIN = guideline_file("Wobble disease: zorbin treatment", (
    "Zorbin belongs in a wider wobble plan and suits grown-ups whose wobble score is 20 or higher. Set aims for the "
    "zorbin course together with the patient and look at them again now and then. Keep zorbin treatment beyond 3 "
    "months only if the wobble score has dropped by 5% or more since zorbin began. Zorbin may loosen the bowels."))
FLARP = guideline_file("Flarp cancer screening", (
    "Talk through flarp cancer screening with long-time smokers between 55 and 74 who gave up smoking in the last "
    "15 years. Annual low-dose flarp scans are the screening test. Gizmo "
    "radiographs (GZR) should not be used for flarp cancer screening."))
PORTS = guideline_file("Wibble ports in adults with flarp disease", (
    "Swabs of the skin around the wibble port should be taken before drugx is started. Most skin sores around a "
    "wibble port heal with drugx alone without taking the port out, although port removal is usually needed for "
    "deep pocket infections. Flush the wibble port with saline every week."))
BACKGROUND = background_guidelines("Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults",
                                  "Asthma in children", "Eczema in children")


@pytest.fixture(scope="module")
def detail_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "casedetail65", {"zorbin.md": ZORBIN, "flarp.md": FLARP, "ports.md": PORTS,
                                                   **BACKGROUND})


def test_going_on_after_a_fall_short_of_the_only_condition_is_no_with_that_rule_quoted(detail_index: Path) -> None:
    a = answered(detail_index, "on zorbin 3 months, wobble score fallen by 2% - keep going?")
    statements = [s.text for s in a.bottom_line.statements if s.origin == "source"]
    assert a.verdict == "no"
    assert statements and statements[0].startswith("Keep zorbin treatment beyond 3 months only if")


def test_a_two_part_question_quotes_the_advice_against_its_last_ask_and_gives_no_yes(detail_index: Path) -> None:
    a = answered(detail_index, "63M, smoked 30 yrs, quit 8 yrs ago - flarp cancer screening? is a yearly GZR enough?")
    statements = [s.text for s in a.bottom_line.statements if s.origin == "source"]
    assert a.verdict not in ("yes", "no")  # one yes or no would answer only one of the two asks
    assert any(s.startswith("Gizmo radiographs (GZR) should not be used") for s in statements)


def test_a_yes_from_a_rule_that_sets_the_case_apart_is_uncertain_and_says_why(detail_index: Path) -> None:
    for asked in ("Flork growing in swabs from a deep pocket wibble port - can I treat through the port?",
                  "deep pocket wibble port sore - drugx alone without taking the port out?"):
        a = answered(detail_index, asked)
        assert a.verdict == "uncertain"
        assert "the rule quoted sets apart cases like it" in a.bottom_line.text
    # (A case the exception does not name keeps the rule's yes.)
    assert answered(detail_index, "skin sore around a wibble port - drugx alone without taking the port out?"
                    ).verdict == "yes"
