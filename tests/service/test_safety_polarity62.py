"""Safety verdicts that pointed against their own source (session 62, blind set g61): a case told first, then "can I
stop the work-up?", answered "leans yes" above the advice to test further; a contraindication list naming the
patient's state ("Contraindications to X are: ... (including S)") never read, and the eligibility sentence said yes.
Fixtures are invented (gizmo words), in the tests' own wording."""
from __future__ import annotations

from dataclasses import replace

from index.lexical import tokenize
from index.search import Hit
from ingest.models import Chunk, DocumentKind
from service.answer.pipeline import people_states
from service.answer.polarity import AGAINST, advises_going_on, against_use, as_asked, asks_to_stop
from service.answer.question import read_question
from service.answer.scoring import Candidate, sentence_terms, statements
from service.answer.subgroup import against_for_them
from service.answer.verdict import on_stopping
from tests.service.candidates import document, passage


def test_a_case_then_can_i_stop_asks_against_going_on() -> None:
    for asked in ("suspected gizmo dyskinesia, typical history but the first swab normal - can I stop the work-up?",
                  "frobnitis well settled on gizmolol for a year - can we stop it?",
                  "child with a wobbly knee, x-ray normal - ok to skip the MRI?",
                  "toddler with a mild ear rash: should I hold off the gizmo drops?"):
        assert asks_to_stop(asked), asked
        assert as_asked(asked, "yes") == "no", asked


def test_a_case_then_can_i_start_asks_for_it() -> None:
    for asked in ("resected gizmoma, no other illness - can I start gizmomab?",
                  "smoker with frobnitis - can I help him stop smoking?",
                  "Does gizmo counselling help people stop smoking?"):
        assert not asks_to_stop(asked), asked


def test_advice_to_test_further_says_no_to_stopping_the_work_up() -> None:
    advice = ("The panel suggests that children whose gizmo story is typical should undergo further testing, even if "
              "the first swab is normal (weak recommendation).")
    assert advises_going_on(advice)
    asked = "suspected gizmo dyskinesia, typical history but the first swab normal - can I stop the work-up?"
    # Closest evidence only, whose reversed reading was no ground ("uncertain"): advice to go on is a no.
    assert on_stopping(asked, "yes", [advice], closest_only=True) == "no"


def test_advice_that_no_further_testing_is_needed_is_no_advice_to_go_on() -> None:
    assert not advises_going_on("Further gizmo scans are not recommended once the first swab is normal.")
    assert not advises_going_on("Gizmolol is recommended as a first-line drug for frobnitis.")


_HEAD = "Contraindications to gizmomab are:"
_ITEMS = ("Known allergy to the wobble proteins",
          "Recent heart attack (within the last 3 months)",
          "Severe mood disorders (including major depression)",
          "Active liver failure",
          "Pregnant women should be counselled on gizmomab before the first cycle.")


def test_a_short_contraindication_head_is_quoted_with_its_items() -> None:
    text, spans = passage(_HEAD, *_ITEMS)
    said = [s for s, _ in statements(text, spans)]
    assert any(s.startswith(_HEAD) and "Severe mood disorders (including major depression)" in s for s in said), said


def test_a_short_head_of_another_kind_is_not_joined_to_its_list() -> None:
    text, spans = passage("Options here are:", "Gizmo drops twice daily", "Warm compresses for a week",
                          "Frobnitis clinics review every child within a month.")
    assert not any(s.startswith("Options here are:") for s, _ in statements(text, spans))


def _listed_candidate() -> Candidate:
    """The contraindication list quoted from its passage (head and items), as the scorer returns it."""
    text, spans = passage(_HEAD, *_ITEMS)
    quoted = next(s for s, _ in statements(text, spans) if s.startswith(_HEAD))
    doc = document("g-gizmo", DocumentKind("guideline"))
    chunk = Chunk(id="g-gizmo#0", doc_id=doc.id, heading=(), text=text, sentences=spans)
    hit = Hit(chunk=chunk, document=doc, rank=1, score=1.0, dense=0.8)
    return Candidate(quoted, hit, 1.0, 0.5, sentence_terms(quoted), True, False, False, anchored=True)


def test_a_listed_item_naming_the_patients_state_is_advice_against_it_for_them() -> None:
    c = _listed_candidate()
    forms = (frozenset(tokenize("gizmomab")),)
    assert against_for_them([c], "resected gizmoma with history of major depression", forms,
                            ("major depression",)) is c
    assert against_for_them([c], "resected gizmoma with active liver failure", forms, ("active liver failure",)) is c


def test_a_state_the_list_does_not_name_gets_no_advice_against() -> None:
    c = _listed_candidate()
    forms = (frozenset(tokenize("gizmomab")),)
    assert against_for_them([c], "resected gizmoma with asthma", forms, ("asthma",)) is None
    # ... nor does the list answer for another thing than the one its head names.
    other = replace(c, terms=c.terms)
    assert against_for_them([other], "gizmoma with major depression", (frozenset(tokenize("wobbleplatin")),),
                            ("major depression",)) is None


def test_a_history_told_after_a_comma_is_the_patients_state() -> None:
    q = read_question("resected stage II gizmoma, hx of major depression - can I start adjuvant gizmomab?")
    assert q.intervention == "adjuvant gizmomab"
    assert "major depression" in people_states(q)


def test_a_recommendation_with_its_grade_after_the_stop_is_quotable() -> None:
    text, spans = passage("The panel does not suggest that gizmolol be given to prevent frobnitis in adults. (-2C)",
                          "The panel recommends early walking in adults to lower the rate of frobnitis. (+1B)")
    said = [s for s, _ in statements(text, spans)]
    assert said == ["The panel does not suggest that gizmolol be given to prevent frobnitis in adults. (-2C)",
                    "The panel recommends early walking in adults to lower the rate of frobnitis. (+1B)"]


def test_an_advisers_does_not_suggest_or_recommend_is_advice_against() -> None:
    assert against_use("The panel does not suggest that gizmolol be given to prevent frobnitis in adults.")
    assert against_use("The working group does not recommend giving wobblex to shorten frobnitis.")
    assert against_use("We do not suggest using gizmo drops in children.")
    # ... not a finding's "does not suggest" (what data imply).
    assert not against_use("These results do not suggest a benefit of gizmolol.")
    assert not against_use("The trial does not suggest that gizmolol is harmful.")


def test_a_prevention_adjective_is_the_asked_purpose_not_the_things_name() -> None:
    q = read_question("Should prophylactic gizmolol be given to prevent frobnitis in ventilated adults?")
    assert q.intervention == "gizmolol"
    # (kept where no prevention is asked: "prophylactic" then tells which use of it)
    assert read_question("Is prophylactic gizmolol safe in pregnancy?").intervention == "prophylactic gizmolol"


def test_a_case_then_start_x_to_prevent_y_asks_of_x() -> None:
    q = read_question("ventilated adult pt, no frobnitis yet - start prophylactic gizmolol to prevent frobnitis?")
    assert q.intervention == "gizmolol"
    assert q.condition == "frobnitis"


def test_a_notes_fx_is_a_fracture() -> None:
    from service.answer.question import as_note_written
    assert as_note_written("older pt w wobbly wrist fx - cast or splint?") == \
        "older pt with wobbly wrist fracture - cast or splint?"


def test_research_a_comparison_or_a_finding_is_no_advice_to_go_on_or_against() -> None:
    # The review of the session's change: "Further research is needed" is no advice to go on testing, nor a finding's
    # "does not suggest worsening outcomes" advice against, nor "hold her" a stop question.
    assert not advises_going_on("Further research is needed on gizmo swabs.")
    assert not advises_going_on("Additional studies are required before gizmo testing is widened.")
    assert not advises_going_on("Children should have more than one gizmo sign before testing.")
    assert advises_going_on("Further gizmo imaging is recommended where the first swab is normal.")
    assert not AGAINST.search("These data do not suggest worsening outcomes with gizmo flushing.")
    assert AGAINST.search("The panel does not suggest that gizmo flushing be given to prevent wobble.")
    assert not asks_to_stop("Newborn in the gizmo unit, can we hold her skin to skin during flushing?")
    assert asks_to_stop("gizmo flushing for a week, wobble settled - can we hold off the next flush?")
