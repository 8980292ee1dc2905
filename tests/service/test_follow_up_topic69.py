"""Follow-ups that name no topic of their own ("for how long?", "which drug and what dose?", "stop it?") after a case
note typed "case. ask?", and a follow-up's new lab values written short ("creat 1.4"): each is answered by the
statement that gives the course's end, the dose, or the advice whose threshold the new value meets, not by "no
relevant evidence" nor by the earlier answer's quote again. Session 68's blind chains lost each of these."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.search import Index, open_index
from service.answer.cutoffs import threshold_met
from service.answer.follow_up import regimen_of_two_asks
from service.answer.regimen import states_length
from tests.service.chains import chain
from tests.service.corpora import background_guidelines, built, guideline_file, lead_text

WOBBLE = guideline_file("Wobble bleeding in adults", """\
Offer drugt to patients with suspected wobble bleeding at presentation. Stop treatment after the bleeding has settled
for good, or after 5 days, unless some other reason to give it remains.

Offer protective zapcillin on arrival to people with suspected or proven wobble bleeding.""")

LABOUR = guideline_file("Early flimsy labour", """\
Women with flimsy labour at a fitting stage of pregnancy should be given a course of grumoids to help the baby's lungs.

Pharmacologic management of flimsy labour

The usual dosage regimen is blorpamethasone 12 mg intramuscularly (IM) at once, then repeat in 24 hours.

Give flimsy labour pain relief as the woman asks.""")


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    files = {"wobble.md": WOBBLE, "labour.md": LABOUR,
             **background_guidelines("Iron deficiency anaemia in adults", "Eczema in children", "Fever in children",
                                     "Migraine prevention")}
    return open_index(built(tmp_path_factory, "topic69", files))


@pytest.mark.parametrize("first", [
    "suspected wobble bleeding, in ED now. start drugt now?",
    "suspected wobble bleeding, in ED now - start drugt now?",
    "suspected wobble bleeding in ED now, should I start drugt?",
])
def test_how_long_after_a_case_note_is_answered_by_when_to_stop(index: Index, first: str) -> None:
    answer = chain(index, first, "for how long?")
    assert "after 5 days" in lead_text(answer), answer.bottom_line.text


def test_which_drug_and_what_dose_after_a_dotted_case_is_answered_by_the_dose(index: Index) -> None:
    answer = chain(index, "30/40 flimsy labour, cx 3 cm. grumoids?", "which drug and what dose?")
    assert "12 mg" in answer.bottom_line.text, answer.bottom_line.text


def test_a_stop_rule_with_a_time_gives_the_course_length() -> None:
    assert states_length("Stop treatment after the bleeding has settled, or after 5 days.", lasting=True)
    assert not states_length("Review the patient after 6 months.", lasting=True)
    # (A time to review, with a stop said after it, is no course's end.)
    assert not states_length("Review the need for drugq after about 6 to 12 months of calm, when a slow withdrawal "
                             "can be considered.", lasting=True)


def test_two_asks_of_which_thing_and_its_regimen_read_as_the_regimen_ask() -> None:
    assert regimen_of_two_asks("which drug and what dose?") == "What dose?"
    assert regimen_of_two_asks("which drug, and for how long?") == "For how long?"
    assert regimen_of_two_asks("what dose?") is None  # one ask
    assert regimen_of_two_asks("which drug is best for wobble fever and what dose?") is None  # a topic of its own


def test_a_clipped_lab_name_is_the_measure_a_threshold_is_set_on() -> None:
    advice = ("Patients with wobble fever who also have a serum blorpinine >1 mg/dL or total flurbin >4 mg/dL should "
              "receive 1.5 g drugalb per kg.")
    # (The blorpinine meets its threshold, the flurbin misses its own: advice of alternatives is not set aside.)
    assert threshold_met("blorp 1.4 and flurbin 2 - add drugalb?", advice) != "unmet"
    assert threshold_met("blorp 0.8 and flurbin 2 - add drugalb?", advice) == "unmet"

