"""A follow-up asks something anew (session 62's blind test on shared guidelines: "and if she gets no relief from
those?" quoted again the two first-line options its question's answer had just given, where the source's next step
for those not responding answers): its answer does not quote the answer before again unless that statement speaks to
what it adds, and a source's "For those <people> who ..." (those defined after it) is quotable, not a sentence that
leans on the one before."""
from __future__ import annotations

import pytest

from index.search import Index, open_index
from service.answer.anaphora import leans_back
from service.answer.bounds import asked_values
from service.answer.quoted_before import answers_anew, own_terms
from tests.service.chains import chain
from tests.service.corpora import background_guidelines, built, guideline_file, lead_text

WOBBLE = guideline_file("Night wobbles in older adults", """\
For adults with bothersome night wobbles who cannot take gizmone, the panel recommends drugx or drugy as the first
drugs to try. For those adults with night wobbles who are not responding to or cannot tolerate drugx or drugy, the
panel suggests a trial of drugz. Night wobbles often ease with a cooler bedroom and lighter bedding. Drugz may lower
the blood pressure, so check it before the first dose.""")


SCREEN = guideline_file("Screening for plonk bowel growths", """\
The panel recommends screening adults aged 50 to 74 years for plonk bowel growths with a stool test every two years.
The panel recommends not screening adults aged 80 years and older for plonk bowel growths. Adults between 75 and 79
years may be offered screening after a talk about the likely gain.""")

ZORB = guideline_file("Biologic drugs for zorbic joint disease", """\
Drugq, in combination with drugm, is advised as a choice for adults with severe zorbic joint disease whose
disease has not responded to two conventional drugs. Drugq can be used alone for adults with zorbic joint disease who
cannot take drugm because of intolerance, when the same criteria are met. Check the blood count of adults starting
drugq monthly during the first three months.""")


CALM = guideline_file("Calming drugs for people on breathing machines", """\
Drugc; Adverse Effects: Low blood pressure, slow breathing, raised blood fats, pain at the injection site.
Drugd; Adverse Effects: Slow breathing, low blood pressure.
Drugf; Adverse Effects: Slow heart rate, low blood pressure.
The panel suggests calming with drugc or drugf rather than drugd for adults on breathing machines.
The panel suggests that for adults on breathing machines who are muddled not from stopping drink or sleeping pills,
drugf infusions rather than drugd infusions be used to shorten the muddled spell.""")


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    files = {"wobble.md": WOBBLE, "screen.md": SCREEN, "zorb.md": ZORB, "calm.md": CALM,
             **background_guidelines("Iron deficiency anaemia in adults", "Eczema in children", "Migraine prevention")}
    return open_index(built(tmp_path_factory, "anew63", files))


def test_those_defined_after_it_does_not_lean_back() -> None:
    assert not leans_back("For those adults with gizmosis who are not responding to drugx, the panel suggests drugz.")
    assert not leans_back("Those taking drugx should have their blood counts checked every month.")
    assert leans_back("Those patients did better at one year.")  # pointing at patients named before
    assert leans_back("In those trials, fewer people died.")
    # One of two groups just described, set against the other: it leans on the sentence that described them.
    assert leans_back("Those with gizmosis were more likely to wobble than those without it.")


def test_own_terms_are_what_the_follow_up_adds() -> None:
    own = own_terms("what if he has now started gizmodialysis?", "T2DM w gizmo disease - should I start drugx?")
    assert own == frozenset({"gizmodialysi"})  # not "he", "now", nor "start", which the first question said
    assert own_terms("and if she gets no relief from those?", "which drug for night wobbles?") == frozenset({"relief"})


def test_a_statement_quoted_before_answers_anew_only_by_what_the_follow_up_adds() -> None:
    own = own_terms("and how often should levels be rechecked?", "at what level do I refer?")
    assert answers_anew("Levels should be checked every 4 weeks.", "and how often should levels be rechecked?", own)
    own = own_terms("what if he has now started gizmodialysis?", "should I start drugx?")
    assert not answers_anew("Start drugx in people with gizmo disease stage 4.", "what if he has now started "
                            "gizmodialysis?", own)


def test_the_next_step_after_no_relief_is_quoted_not_the_first_answer_again(index: Index) -> None:
    first = chain(index, "night wobbles, gizmone cannot be taken - which drug?")
    assert "drugx or drugy as the first" in first.bottom_line.text
    later = chain(index, "night wobbles, gizmone cannot be taken - which drug?",
                  "and if she gets no relief from those?")
    assert "trial of drugz" in lead_text(later)
    assert "as the first drugs to try" not in later.bottom_line.text


def test_an_age_said_of_the_person_is_an_age() -> None:
    assert asked_values("and once she is 81?") == frozenset({(("age", ""), 81.0)})
    assert asked_values("pt is 90 - full dose?") == frozenset({(("age", ""), 90.0)})
    assert not any(what == "age" for (what, _), _ in asked_values("she is 5 mg short"))


def test_a_new_age_is_answered_by_the_advice_whose_age_bound_it_meets(index: Index) -> None:
    # "81" is no word of the advice for those aged 80 and older: the follow-up, searched with the first question's
    # words, kept only statements naming a word of its own, and found nothing.
    later = chain(index, "average risk 60yo woman - plonk bowel growth screening test and interval?",
                  "and once she is 81?")
    assert "not screening adults aged 80 years and older" in later.bottom_line.text


def test_a_state_said_of_her_keeps_the_case_before(index: Index) -> None:
    # "she cannot tolerate drugm" read as the follow-up's own condition lost the zorbic joint disease: nothing found.
    # (Still not found: the advice on drugq alone, which "drugq alone" read as one name does not match.)
    later = chain(index, "zorbic joint disease, severe, failed two conventional drugs - can I start drugq?",
                  "she cannot tolerate drugm - is drugq alone ok?")
    assert later.evidence.level != "none" and "zorbic joint disease" in later.bottom_line.text


def test_the_closest_statements_open_with_what_the_follow_up_adds(index: Index) -> None:
    # The first question's words rank the rows of adverse effects first; the advice for the muddled patient names
    # all that the follow-up adds ("muddled", "drink", "stopping").
    later = chain(index, "adult on a breathing machine needs ongoing calming - drugc or drugd?",
                  "and if he becomes muddled, not from stopping drink?")
    assert "drugf infusions rather than drugd infusions" in lead_text(later)
