"""Dose and duration lines that name no drug, and codes of another gene (session 56, blind test 56d).

A guideline named its first-choice antibiotic once, then listed "Children:", "- Dosing: <5 years, 70 mg/kg/day ...",
"- Duration 4-8 days: ..." under it: the lines never name the drug, so "What amoxicillin dose ...?" led with
another drug's dose. A labelled regimen line is quoted from the sentence that introduces it, and the line labelled by
what was asked leads. "Amitriptyline in a CYP2D6 ultrarapid metabolizer?" led with advice for CYP2C19 metabolizers."""
from __future__ import annotations

from dataclasses import replace

from index.lexical import query_terms
from service.answer.lead import misses_shape, on_aspect
from service.answer.lead_in import labels_in, lead_in, regimen_lead_in
from service.answer.markers import of_other_code, on_asked_codes
from service.answer.question import read_question
from service.answer.regimen import on_regimen, regimen_asked, states_length, states_regimen
from service.answer.scoring import statements
from tests.service.candidates import direct_candidate, passage

FIRST = "Zorbicillin is the preferred first antibiotic in every case of gizmo otitis."
DOSING = "Dosing: <5 years, 70 mg/kg/day in two doses; 5 years or older, 30-50 mg/kg/day."
DURATION = "Duration 4-8 days: 4 days is often enough, though 8 days lowers the rate of relapse."
OTHER = ("Treat gizmo otitis that is unresponsive to zorbicillin after 72 hours with zorbiclav 70 mg/kg/day for "
         "8 days.")


def test_a_regimen_line_is_quoted_from_the_sentence_that_introduces_it() -> None:
    text, spans = passage(FIRST, "Children:", DOSING, DURATION)
    quoted = [s for s, _ in statements(text, spans)]
    # "Dosing: ..." alone names no drug: quoted from the first-choice sentence, past the bare label "Children:"
    assert f"{FIRST} Children: {DOSING}" in quoted
    assert DOSING not in quoted
    # ... and "Duration ...:" past the list's other labelled line too
    assert regimen_lead_in([FIRST, "Children:", DOSING, DURATION], 3) == 0
    # a line labelled by no regimen, or one that names all its lead-in names, is left as it is
    assert regimen_lead_in([FIRST, "Adults: zorbicillin 875 mg twice a day."], 1) is None
    assert labels_in(f"{FIRST} Children: {DOSING}") == ["Children", "Dosing"]


def test_the_line_labelled_by_what_was_asked_leads() -> None:
    q = read_question("What dose of zorbicillin is used for gizmo otitis in children?")
    joined = direct_candidate(f"{FIRST} Children: {DOSING}")
    other = direct_candidate(OTHER)
    terms = frozenset(query_terms(q.text))
    assert [c.text for c in on_regimen([other, joined], "dose", question_terms=terms)] == [joined.text]
    assert [c.text for c in on_aspect(q, [other, joined])] == [joined.text]
    # without the question's terms, as before
    assert [c.text for c in on_regimen([other, joined], "dose")] == [other.text, joined.text]


def test_a_duration_line_states_a_course_and_its_frame_is_asked_without_a_topic() -> None:
    assert states_length(DURATION, lasting=True)
    assert states_regimen("If a gizmo is needed, a 40% reduction of the standard dose may be weighed.", "dose")
    assert regimen_asked("How many days of zorbicillin does a 6-year-old with gizmo otitis need?") == "course"
    q = read_question("How many days of zorbicillin does a 6-year-old with gizmo otitis need?")
    assert q.type == "dosing"
    assert misses_shape(FIRST, q) and not misses_shape(f"{FIRST} {DURATION}", q)


def test_a_statement_inherits_the_terms_of_the_sentence_before_it() -> None:
    before = "Adverse effects are more likely in widget poor processors."
    after = "If a gizmo is needed, a 40% reduction of the standard dose may be weighed."
    text, spans = passage(before, after)
    c = replace(direct_candidate(after), hit=replace(direct_candidate(after).hit, chunk=replace(
        direct_candidate(after).hit.chunk, text=text, sentences=spans)))
    assert lead_in(c) == before


def test_a_statement_on_another_code_of_the_asked_family_does_not_lead() -> None:
    question = "Gizmoline in a WDG2D6 ultrarapid metabolizer?"
    other = direct_candidate("If gizmoline is administered to a WDG2C19 ultrarapid metabolizer, monitoring is "
                             "recommended.")
    asked = direct_candidate("WDG2D6 ultrarapid metabolizers are more likely to fail on gizmoline, so other "
                             "agents are preferred.")
    both = direct_candidate("Caution is needed with poor or ultrarapid phenotypes, such as a WDG2D6 poor metabolizer "
                            "also having WDG2C19 ultrarapid metabolism.")
    assert of_other_code(question, other.text)
    assert not of_other_code(question, asked.text) and not of_other_code(question, both.text)
    assert not of_other_code("Gizmoline in ultrarapid metabolizers?", other.text)  # no code asked
    assert [c.text for c in on_asked_codes(question, [other, asked, both])] == [asked.text, both.text]
    assert on_asked_codes(question, [other]) == [other]  # nothing else left: as it was


def test_without_a_topic_the_frame_picks_statements_only_where_one_states_it() -> None:
    q = read_question("gizmoline dose WDG2C19 poor metabolizer")
    assert not (q.intervention or q.condition) and q.type == "dosing"
    named = direct_candidate("Gizmoline dosing is routinely directed by drug monitoring.")
    other = direct_candidate("Choose an alternative agent in poor metabolizers.")
    stated = direct_candidate("Poor metabolizers should take gizmoline 50 mg once a day.")
    assert [c.text for c in on_aspect(q, [named, other])] == [named.text, other.text]
    assert [c.text for c in on_aspect(q, [named, other, stated])] == [stated.text]
