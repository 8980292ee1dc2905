"""Session 61: the bottom line's lead is the statement that answers what was asked (made-up names): a sentence that
points to criteria written above it ("... does not meet the above criteria") never stands without them; "what scan
first?" is answered by the statement that ranks one kind first ("... is generally the preferred modality"), not by
the closer-scoring sentences on what another kind may show; "which steroid regimen?" by a statement of a dose and
course; and a case giving a value ("GZC ~20") by the advice whose threshold for the asked drug the value meets."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.answer.anaphora import leans_back, names_antecedent, points_above
from service.answer.asked_shape import first_asked, ranks_first_asked
from service.answer.cutoffs import meets_named_threshold, threshold_met
from service.answer.lead import misses_shape, names_sibling_only
from service.answer.pipeline import closest_statements
from service.answer.question import read_question
from service.answer.scoring import statements
from tests.service.candidates import guideline_candidate, passage
from tests.service.corpora import answered, background_guidelines, built, lead_text

CONTINUE = ("People already taking gizmab whose illness does not meet the above criteria may go on with it until they "
            "and their doctor decide to stop.")


def test_a_sentence_pointing_to_text_above_leans_back() -> None:
    for sentence in (CONTINUE, "Plan the care of each person on the criteria listed above, with the family.",
                     "Treat a second flare as outlined above, with a longer course.",
                     "Give zorbicin only to people meeting the aforementioned conditions."):
        assert points_above(sentence) and leans_back(sentence), sentence
    # "above" as a bound points to no text
    for sentence in ("Adults aged 65 or above should be offered gizmab yearly.",
                     "Start zorbicin if gizmo levels above 30 persist for a week.",
                     "Values rose above the normal range in three people.",
                     "Stop all gizmo pills on admission, except drugw as above."):
        assert not points_above(sentence), sentence


def test_criteria_pointed_to_above_need_a_sentence_that_names_them() -> None:
    assert not names_antecedent(CONTINUE, "Gizmab works by blocking the gizmo receptor in the eye.")
    assert names_antecedent(CONTINUE, "Gizmab is recommended only for people meeting three criteria listed here.")


def test_criteria_listed_above_are_quoted_with_the_sentence_that_points_to_them() -> None:
    # The items of the list end without a full stop (not quotable alone), as a guideline's bullets read.
    text, spans = passage("After a gizmo vein blockage in the eye", "After a side-branch blockage only if laser "
                          "treatment has not helped, or when laser is unsuitable because of bleeding", CONTINUE)
    quoted = statements(text, spans)
    assert (CONTINUE, False) not in quoted
    assert (text, True) in quoted


def test_a_passage_opening_with_criteria_pointed_to_above_quotes_nothing_of_it() -> None:
    text, spans = passage(CONTINUE, "Gizmab is given as an injection into the eye once a month.")
    assert [t for t, _ in statements(text, spans) if "above criteria" in t] == []


def test_what_kind_first_asks_where_to_begin() -> None:
    assert first_asked("12 wks pregnant, spotting - what scan first?")
    assert first_asked("which test first for a limping toddler?")
    assert not first_asked("which scan in the first trimester?")
    assert not first_asked("first bout of gizmo fever - which drug?")
    assert ranks_first_asked("Pelvic sonography is generally the preferred modality.", "what scan first?")
    assert ranks_first_asked("Sonography is the primary imaging modality for spotting in early pregnancy.",
                             "what scan first?")
    assert not ranks_first_asked("Gizmo tomography is not the preferred modality in pregnancy.", "what scan first?")
    assert not ranks_first_asked("Pelvic sonography is generally the preferred modality.", "which scan is safest?")


def test_what_scan_first_quotes_the_one_ranked_first_before_what_another_scan_may_show() -> None:
    q = read_question("12 wks pregnant, spotting - what scan first?")
    shows = [guideline_candidate("Gizmo tomography may show a pregnancy outside the womb, though most such findings "
                                 "were made by chance.", 0.78, "g"),
             guideline_candidate("An early pregnancy may be seen on gizmo tomography when the belly is scanned for "
                                 "another reason.", 0.72, "g")]
    preferred = guideline_candidate("Pelvic sonography is generally the preferred modality.", 0.5, "g")
    quoted = closest_statements([*shows, preferred], q)
    assert quoted[0] is preferred


SCAN_GUIDELINE = """---
title: "Imaging for spotting in early pregnancy"
type: guideline
year: 2022
---
# Imaging for spotting in early pregnancy

## Recommendations

Gizmo tomography may show a pregnancy outside the womb, but most such findings were made by chance in women not
known to be pregnant.

An early pregnancy may be seen on gizmo tomography, usually when the belly was scanned for another reason.

Retained tissue may be seen on gizmo tomography, though gizmo tomography adds little to its diagnosis.

Pelvic sonography is generally the preferred modality.

Women who are unstable should not wait for any scan before emergency care.
"""


@pytest.fixture(scope="module")
def scan_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    files = {"scan.md": SCAN_GUIDELINE, **background_guidelines("Exercise for knee osteoarthritis",
                                                                "Migraine prevention", "Asthma in children")}
    return built(tmp_path_factory, "scan61", files)


def test_the_answer_to_what_scan_first_leads_with_the_one_preferred(scan_index: Path) -> None:
    answer = answered(scan_index, "12 wks pregnant w spotting - what scan first?")
    assert lead_text(answer) == "Pelvic sonography is generally the preferred modality."


def test_a_regimen_asked_as_such_is_answered_by_a_statement_stating_one() -> None:
    q = read_question("gizmo flare, can't see well since 4 days - which steroid regimen?")
    assert q.type == "dosing"
    pathways = guideline_candidate("Set up local pathways so that gizmo flares are treated in good time.", 0.82, "g")
    discuss = guideline_candidate("Generalists should talk over whether to treat a gizmo flare with a specialist, as "
                                  "not every flare needs steroids.", 0.79, "g")
    dose = guideline_candidate("Never give steroids below zorbisone 0.4 g daily for 3 days for a gizmo flare.", 0.6,
                               "g")
    assert misses_shape(pathways.text, q) and not misses_shape(dose.text, q)
    assert closest_statements([pathways, discuss, dose], q)[0] is dose


def test_thresholds_side_by_side_for_other_drugs_are_not_the_asked_drugs() -> None:
    rule = ("If the kidneys fail badly: do not use drugx, drugy or drugz (gizmo clearance [GZC] <15 mL/min for drugx "
            "and drugy, GZC <25 mL/min for drugz).")
    assert threshold_met("gizmo heart, GZC ~20 - ok to start drugz?", rule) == "met"
    assert threshold_met("gizmo heart, GZC ~20 - ok to start drugy?", rule) == "unmet"
    assert threshold_met("gizmo heart, GZC 10 - ok to start drugy?", rule) == "met"


def test_closest_evidence_quotes_first_the_advice_whose_threshold_the_asked_value_meets() -> None:
    q = read_question("gizmo heart, GZC ~20 - ok to start drugz?")
    better = guideline_candidate("Drugz works better than a plain pill for people who cannot take drugw.", 0.9, "g")
    listed = guideline_candidate("Drugw, drugx, drugy and drugz are all given to prevent a second gizmo attack.",
                                 0.85, "g")
    rule = guideline_candidate("If the kidneys fail badly: do not use drugx, drugy or drugz (gizmo clearance [GZC] "
                               "<15 mL/min for drugx and drugy, GZC <25 mL/min for drugz).", 0.77, "g")
    assert closest_statements([better, listed, rule], q)[0] is rule


GUIDELINE = """---
title: "Gizmab for swelling after a gizmo vein blockage in the eye"
type: guideline
year: 2022
---
# Gizmab for swelling after a gizmo vein blockage in the eye

## Recommendations

Gizmab is an option for poor sight caused by swelling in the eye:

- After a main gizmo vein blockage or

- After a side-branch gizmo vein blockage only if laser has not helped, or when bleeding makes laser unsuitable

People already taking gizmab whose illness does not meet the above criteria may go on with it until they and their
doctor decide to stop.

## Side effects

Gizmab can raise the pressure in the eye for a short while after each injection.
"""


@pytest.fixture(scope="module")
def eye_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    files = {"gizmab.md": GUIDELINE, **background_guidelines("Exercise for knee osteoarthritis", "Migraine prevention",
                                                             "Asthma in children")}
    return built(tmp_path_factory, "eye61", files)


def test_an_answer_never_leads_with_criteria_it_does_not_show(eye_index: Path) -> None:
    # (A guard of the whole pipeline: with its list's lead-in read, base quoted the criteria too; the statements tests
    # above fail without the change.)
    answer = answered(eye_index, "side-branch gizmo vein blockage - gizmab straight away or laser first?")
    assert "only if laser has not helped" in answer.bottom_line.text
    assert not answer.bottom_line.text.removeprefix("Closest evidence: ").startswith("People already taking")


def test_a_sibling_of_the_asked_designated_name_comes_after_the_asked_one() -> None:
    q = read_question("pregnant, anti-q antibody on the first screen - at what level do I refer to a specialist?")
    sibling = guideline_candidate("Referral to a specialist should be made once anti-Z levels are >4 units/ml.", 0.88,
                                  "g")
    asked = guideline_candidate("Referral to a specialist should be made once anti-q levels are >7.5 units/ml.", 0.85,
                                "g")
    assert names_sibling_only(q.text, sibling.text) and not names_sibling_only(q.text, asked.text)
    assert closest_statements([sibling, asked], q)[0] is asked
    # (a word joined by a hyphen is no designated name: "follow-up" has no siblings in "first-line"; and where the
    # question asks of two, a statement on one of them is no sibling's)
    assert not names_sibling_only("how do GZ-4 and GZ-7 differ?", "GZ-7 is made by bacteria.")
    assert not names_sibling_only("follow-up after a gizmo stroke?", "First-line care is drugx.")


def test_a_span_before_is_no_text_above() -> None:
    assert not points_above("Offer a gizmo check to anyone with a fall in the preceding year.")


def test_a_value_to_go_on_until_is_no_threshold_of_the_case() -> None:
    bridge = "Go on with drugw until the gizmo ratio (GR) is >2.5 or for at least four days."
    assert not meets_named_threshold("what to do for a GR of 9 without bleeding on drugv?", bridge)


def test_the_drugs_of_a_named_regimen_are_no_regimen_asked() -> None:
    q = read_question("Which drugs are included in the GIZMO chemotherapy regimen for zorboma?")
    assert not misses_shape("The GIZMO regimen combines drugw, drugx and drugy.", q)
