"""Follow-ups after a case said first (session 59's blind test on shared guidelines): one that swaps one thing keeps
the rest of the question before ("what if he was on drugy instead?" keeps the bleed and its reversal; "what if
blood thinning is contraindicated?" keeps the condition; "what if it is <another case>?" keeps the treatment asked
about); one that names a new thing to do asks it of the same patient or condition ("and what about morning-after
tablets for her?", "and from what age should eye checks start?"), not of the first question's treatment; and "which
drug?" after "treat?" asks of the thing the first answer advised. Each chain here lost that part before: its
follow-up was read alone, or with the whole question before and its first treatment."""
from __future__ import annotations

import pytest

from index.search import Index, open_index
from tests.service.chains import chain
from tests.service.corpora import background_guidelines, built, lead_text, guideline_file


FLUTTER = guideline_file("Zorbic flutter of the heart in adults", """\
Offer blood thinning to people with zorbic flutter and a plonk stroke score of 2 or above, with the bleeding risk
weighed. Consider closing the heart pouch with a gizmo plug if blood thinning is contraindicated or not tolerated.
Check the pulse of people with zorbic flutter at every visit. Work out the plonk stroke score of every man and woman
with new zorbic flutter. Consider blood thinning for men with a plonk stroke score of 1. Do not give blood thinning
to people with a plonk stroke score of 0. Discuss the options for blood thinning with the person.""")

BLEEDING = guideline_file("Bleeding in people on clot drugs", """\
For people on drugx who have a major bleed, give four-factor gizmo concentrate and 5 mg of intravenous vitamin Z to
reverse drugx. There is no specific antidote for drugy: stop drugy, and give activated charcoal if the last dose of
drugy was taken within 2 hours. People taking drugx whose clotting control is poor may be switched to drugy after a
discussion of the benefits and risks.""")

PLINKO = guideline_file("Plinko blood disorder in children", """\
Give daily drugw prophylaxis to children with plinko blood disorder until the age of 5 years. Stop drugw prophylaxis
at the age of 5 years unless the spleen has been removed. Refer people with plinko blood disorder for a dilated eye
check for retinal damage beginning at the age of 10 years. Give drugw prophylaxis as 125 mg twice daily under the age
of 3 years and 250 mg twice daily from the age of 3 years. Before drugw prophylaxis is stopped, check that the child
has had every dose of the plinko vaccine, and start it again at once if not.""")

FROB = guideline_file("Chronic frob liver infection in adults", """\
Treatment is recommended for adults with chronic frob liver infection who are older than 30 years and have raised
liver enzymes. In adults in whom treatment is indicated, the zorbavir analogues which have a high barrier to
resistance (zorbavir or plinkavir) are recommended. Continued monitoring is needed for all people with chronic frob
liver infection who are not treated yet.""")

GLUE = guideline_file("Ear tubes in children", """\
Clinicians should offer ear tubes to children with glue ear in both ears for 3 months or longer with documented poor
hearing. Clinicians should not insert ear tubes in children with repeated ear infections who have no fluid behind
either eardrum at the time of the check. Clinicians should check again every 3 to 6 months children with glue ear who
do not get ear tubes.""")


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    files = {"flutter.md": FLUTTER, "bleeding.md": BLEEDING, "plinko.md": PLINKO, "frob.md": FROB, "glue.md": GLUE,
             **background_guidelines("Iron deficiency anaemia in adults", "Eczema in children", "Fever in children",
                                     "Migraine prevention")}
    return open_index(built(tmp_path_factory, "chains60", files))


def test_a_thing_contraindicated_keeps_the_condition_of_the_case(index: Index) -> None:
    answer = chain(index, "68M new zorbic flutter, plonk stroke score 3 - should he be given blood thinning?",
                   "what if blood thinning is contraindicated?")
    assert "gizmo plug" in lead_text(answer), answer.bottom_line.text


def test_on_another_drug_instead_keeps_the_bleed_and_the_reversal(index: Index) -> None:
    answer = chain(index, "pt on drugx with a major bleed - how do I reverse it?", "what if he was on drugy instead?")
    assert "antidote for drugy" in answer.bottom_line.text, answer.bottom_line.text
    assert "switched" not in lead_text(answer), answer.bottom_line.text


def test_a_new_thing_to_do_is_asked_of_the_condition_not_the_first_treatment(index: Index) -> None:
    answer = chain(index, "child with plinko blood disorder on drugw prophylaxis - when can it be stopped?",
                   "and from what age should eye checks for retinal damage start?")
    assert "dilated eye check" in lead_text(answer), answer.bottom_line.text


def test_which_drug_after_treat_asks_of_what_the_answer_advised(index: Index) -> None:
    answer = chain(index, "chronic frob liver infection, 40 years old, raised liver enzymes - treat?", "which drug?")
    assert "zorbavir analogues" in lead_text(answer), answer.bottom_line.text


def test_it_is_another_case_keeps_the_treatment_asked(index: Index) -> None:
    answer = chain(index, "3 year old with glue ear in both ears for 4 months and poor hearing - ear tubes?",
                   "what if it is repeated ear infections but no fluid at the time of the check?")
    assert "should not insert ear tubes" in lead_text(answer), answer.bottom_line.text
    assert answer.verdict == "no", answer.bottom_line.text
