"""A follow-up asks something anew (session 62's blind test on shared guidelines: "and if she gets no relief from
those?" quoted again the two first-line options its question's answer had just given, where the source's next step
for those not responding answers): its answer does not quote the answer before again unless that statement speaks to
what it adds, and a source's "For those <people> who ..." (those defined after it) is quotable, not a sentence that
leans on the one before."""
from __future__ import annotations

import pytest

from index.search import Index, open_index
from service.answer.anaphora import leans_back
from service.answer.quoted_before import answers_anew, own_terms
from tests.service.chains import chain
from tests.service.corpora import background_guidelines, built, guideline_file, lead_text

WOBBLE = guideline_file("Night wobbles in older adults", """\
For adults with bothersome night wobbles who cannot take gizmone, the panel recommends drugx or drugy as the first
drugs to try. For those adults with night wobbles who are not responding to or cannot tolerate drugx or drugy, the
panel suggests a trial of drugz. Night wobbles often ease with a cooler bedroom and lighter bedding. Drugz may lower
the blood pressure, so check it before the first dose.""")


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    files = {"wobble.md": WOBBLE,
             **background_guidelines("Iron deficiency anaemia in adults", "Eczema in children", "Migraine prevention")}
    return open_index(built(tmp_path_factory, "anew63", files))


def test_those_defined_after_it_does_not_lean_back() -> None:
    assert not leans_back("For those adults with gizmosis who are not responding to drugx, the panel suggests drugz.")
    assert not leans_back("Those taking drugx should have their blood counts checked every month.")
    assert leans_back("Those patients did better at one year.")  # pointing at patients named before
    assert leans_back("In those trials, fewer people died.")


def test_own_terms_are_what_the_follow_up_adds() -> None:
    own = own_terms("what if he has now started gizmodialysis?", "T2DM w gizmo disease - should I start drugx?")
    assert own == frozenset({"gizmodialysi"})  # not "he", "now", nor "start", which the first question said
    assert own_terms("and if she gets no relief from those?", "which drug for night wobbles?") == frozenset({"relief"})


def test_a_statement_quoted_before_answers_anew_only_by_what_the_follow_up_adds() -> None:
    own = own_terms("and how often should levels be rechecked?", "at what level do I refer?")
    assert answers_anew("Levels should be measured every 4 weeks.", "and how often should levels be rechecked?", own)
    own = own_terms("what if he has now started gizmodialysis?", "should I start drugx?")
    assert not answers_anew("Start drugx in people with gizmo disease stage 4.", "what if he has now started "
                            "gizmodialysis?", own)


def test_the_next_step_after_no_relief_is_quoted_not_the_first_answer_again(index: Index) -> None:
    first = chain(index, "night wobbles, gizmone cannot be taken - which drug?")
    assert "drugx or drugy as the first" in first.bottom_line.text
    later = chain(index, "night wobbles, gizmone cannot be taken - which drug?", "and if she gets no relief from those?")
    assert "trial of drugz" in lead_text(later)
    assert "as the first drugs to try" not in later.bottom_line.text
