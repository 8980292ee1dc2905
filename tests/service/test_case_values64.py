"""The case's values and state read against the rule a verdict rests on (session 63's blind test: a yes to a 300 mg
load at 80 from the branch for those 75 or younger; a yes to removing an 8 mm polyp from the rule for polyps over 10
mm; a yes to a second-line drug after two months of one laxative from the rule for six months of two; DHE in
pregnancy answered from its efficacy while the same guideline says it must not be given in pregnancy). Every topic
and name here is made up."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.models import DocumentKind
from service.answer.bounds import asked_values, ranges, thresholds
from service.answer.case_against import for_the_case, names_thing
from service.answer.case_values import (age_bands, asked_age, branch_for_case, falls_inside, misses_condition,
                                       verdict_for_values)
from tests.service.candidates import scored
from tests.service.corpora import answered, background_guidelines, built, guideline_file

LOAD = ("Aspirix (100- to 200-mg loading dose) and plavorel (600-mg loading dose for patients ≤70 years of age, "
        "150-mg dose for patients >70 years of age) should be given to patients with zorbic infarction who receive "
        "clot-busting therapy.")


def test_the_asked_dose_of_the_branch_for_other_ages_is_a_no_where_the_case_branch_gives_another() -> None:
    assert asked_age("78yo zorbic infarction on clot-busting therapy - plavorel 600 mg load?") == 78.0
    assert branch_for_case("78yo zorbic infarction on clot-busting therapy - plavorel 600 mg load?", LOAD) == "other"
    # (The same dose asked at 64 is the case's own branch; the other dose asked at 78 is too.)
    assert branch_for_case("64yo zorbic infarction on clot-busting therapy - plavorel 600 mg load?", LOAD) is None
    assert branch_for_case("78yo zorbic infarction on clot-busting therapy - plavorel 150 mg?", LOAD) is None
    # (No age given: no branch is read as the case's.)
    assert branch_for_case("zorbic infarction on clot-busting therapy - plavorel 600 mg load?", LOAD) is None


def test_a_dose_given_for_other_ages_only_is_no_yes() -> None:
    only = "Give quindex 40 mg daily to adults aged under 60 years, with monitoring of the liver."
    assert branch_for_case("72 year old with glumosis - quindex 40 mg?", only) == "unmet"


def test_a_size_or_span_the_case_falls_short_of_misses_the_rule() -> None:
    big = "The panel suggests that people without symptoms who have a wibble cyst larger than 20 mm undergo removal."
    assert thresholds(big) == frozenset({(("mm", ""), "gt", 20.0)})
    assert misses_condition("asymptomatic 15 mm wibble cyst - removal?", big)
    assert not misses_condition("asymptomatic 25 mm wibble cyst - removal?", big)
    failed = "Zelbitone is an option for adults in whom at least 2 softeners, each for at least 6 months, have failed."
    assert (("month", ""), 2.0) in asked_values("only tried one softener x2 months - zelbitone?")
    assert misses_condition("only tried one softener x2 months - zelbitone?", failed)
    assert not misses_condition("tried two softeners for 9 months - zelbitone?", failed)


def test_the_row_whose_range_holds_the_case_value_is_read_as_its_own() -> None:
    row = "People without symptoms with a wibble cyst 10 mm to 20 mm in size should be followed by yearly ultrasound."
    assert ranges(row) == frozenset({(("mm", ""), 10.0, 20.0)})
    assert falls_inside("asymptomatic 15 mm wibble cyst - removal?", row)
    assert not falls_inside("asymptomatic 25 mm wibble cyst - removal?", row)
    # (A range's two ends in two units is no range.)
    assert ranges("from 3 days to 5 weeks") == frozenset()


def test_an_age_band_of_the_people_is_read_against_the_case_age() -> None:
    band = "Moderate evidence supports knee rebuilding in active young adult (18-35) knob-tearers."
    assert age_bands(band) == [(18.0, 35.0)]
    assert falls_inside("24yo footballer, torn knob - rebuild?", band)
    assert misses_condition("52yo footballer, torn knob - rebuild?", band)
    # (A count of doses is no age band.)
    assert age_bands("Give gizmol to patients 2-3 times daily.") == []


def test_verdict_for_values_turns_only_a_guideline_yes() -> None:
    rule = scored(LOAD, 0.9, "g1", kind=DocumentKind.GUIDELINE)
    study = scored(LOAD, 0.9, "s1")
    asked = "78yo zorbic infarction on clot-busting therapy - plavorel 600 mg load?"
    assert verdict_for_values(asked, "yes", rule) == "no"
    assert verdict_for_values(asked, "yes", study) == "yes"
    assert verdict_for_values(asked, "uncertain", rule) == "uncertain"
    big = scored("Removal is suggested for people with a wibble cyst larger than 20 mm.", 0.9, "g1",
                 kind=DocumentKind.GUIDELINE)
    assert verdict_for_values("asymptomatic 15 mm wibble cyst - removal?", "yes", big) == "uncertain"
    assert verdict_for_values("asymptomatic 25 mm wibble cyst - removal?", "yes", big) == "yes"


def test_a_listed_state_after_a_lead_in_and_a_state_after_during_are_the_case() -> None:
    listed = "Gorbamine must not be given to people with the following conditions: Pregnancy or breastfeeding."
    found = for_the_case("30F 18 wks pregnant, long flump attack - can I give IV gorbamine?", listed)
    assert found is not None and found[0] == frozenset({"pregnanc"})
    assert for_the_case("30M, long flump attack - can I give IV gorbamine?", listed) is None
    # ("breast" is no form of "breastfeeding": the shared start is too short.)
    assert for_the_case("past breast lump, long flump attack - gorbamine?", listed) is None
    during = "Do not carry out trelloplasty for knobbly veins during pregnancy except in rare cases."
    assert for_the_case("26F 30 wks pregnant, knobbly veins - trelloplasty?", during) is not None
    assert for_the_case("26F knobbly veins - trelloplasty?", during) is None
    # (A route named with the thing asked of does not keep advice naming the thing alone from naming it.)
    assert names_thing((frozenset({"iv", "gorbamin"}),), frozenset({"gorbamin", "must", "given"}))
    assert not names_thing((frozenset({"iv"}),), frozenset({"gorbamin"}))


FLUMP = guideline_file("Flump headache in adults", (
    "Intravenous gorbamine is the method most often used to end a long flump attack. The gorbamine protocol ends a "
    "long flump attack in most patients within two days. Gorbamine must not be given to people with the following "
    "conditions: Pregnancy or breastfeeding. Gorbamine must not be given to people with the following conditions: "
    "History of heart attack. Rest in a dark room helps many patients with flump headache."))
INFARCT = guideline_file("Zorbic infarction", (
    f"{LOAD} Aspirix should be continued indefinitely in patients with zorbic infarction. Zorbic infarction causes "
    "chest pain and breathlessness."))
CYST = guideline_file("Wibble cysts of the gallbladder", (
    "The panel recommends that people with a wibble cyst and symptoms undergo removal of the gallbladder. The panel "
    "suggests that people without symptoms who have a wibble cyst larger than 20 mm undergo removal of the "
    "gallbladder. Wibble cysts are found by chance on many scans."))
VEINS = guideline_file("Knobbly veins in the legs", (
    "Do not offer snug stockings to treat knobbly veins unless vein sealing is unsuitable. Do not carry out vein "
    "sealing for knobbly veins during pregnancy except in rare circumstances. Consider snug stockings for "
    "relief of leg swelling with knobbly veins during pregnancy. Offer vein sealing to people with knobbly veins and "
    "trunk reflux."))
BACKGROUND = background_guidelines("Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults",
                                  "Asthma in children", "Eczema in children")


@pytest.fixture(scope="module")
def case_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    files = {"flump.md": FLUMP, "infarct.md": INFARCT, "cyst.md": CYST, "veins.md": VEINS, **BACKGROUND}
    return built(tmp_path_factory, "casevalues64", files)


def test_advice_against_in_pregnancy_from_a_listed_lead_in_leads_and_says_no(case_index: Path) -> None:
    a = answered(case_index, "30F 18 wks pregnant, long flump attack for 3 days - can I give IV gorbamine?")
    statements = [s.text for s in a.bottom_line.statements if s.origin == "source"]
    assert statements and "Pregnancy or breastfeeding" in statements[0]
    assert a.verdict == "no"


def test_the_asked_load_from_the_branch_for_younger_patients_is_a_no_at_78(case_index: Path) -> None:
    old = answered(case_index, "78yo zorbic infarction getting clot-busting therapy - plavorel 600 mg load?")
    assert old.verdict == "no"
    young = answered(case_index, "64yo zorbic infarction getting clot-busting therapy - plavorel 600 mg load?")
    assert young.verdict != "no"


def test_a_rule_for_larger_cysts_gives_no_yes_for_a_smaller_one_and_says_why(case_index: Path) -> None:
    small = answered(case_index, "asymptomatic 12 mm wibble cyst of the gallbladder - removal of the gallbladder?")
    assert small.verdict != "yes"
    assert "the rule quoted is for other values" in small.bottom_line.text
    large = answered(case_index, "asymptomatic 26 mm wibble cyst of the gallbladder - removal of the gallbladder?")
    assert "the rule quoted is for other values" not in large.bottom_line.text


def test_advice_for_the_thing_in_the_stated_state_leads_over_advice_against_it_at_large(case_index: Path) -> None:
    a = answered(case_index, "31F 26 wks pregnant, aching knobbly veins - snug stockings?")
    statements = [s.text for s in a.bottom_line.statements if s.origin == "source"]
    assert statements and statements[0].startswith("Consider snug stockings for relief of leg swelling")
    assert a.verdict == "yes"


def test_advice_against_the_thing_during_the_stated_state_says_no(case_index: Path) -> None:
    a = answered(case_index, "31F 26 wks pregnant, aching knobbly veins - can I offer vein sealing?")
    statements = [s.text for s in a.bottom_line.statements if s.origin == "source"]
    assert statements and statements[0].startswith("Do not carry out vein sealing for knobbly veins during pregnancy")
    assert a.verdict == "no"


def test_a_route_is_dropped_only_where_the_statement_names_none() -> None:
    # ("Oral gizmoferr ..." does not name "intravenous gizmoferr": the route is what tells them apart.)
    assert not names_thing((frozenset({"intraven", "gizmoferr"}),), frozenset({"oral", "gizmoferr", "first"}))
    assert names_thing((frozenset({"intraven", "gizmoferr"}),), frozenset({"gizmoferr", "must", "given"}))
