"""A dosing question's regimen (session 45, unseen clinician questions): what it asks (an amount, a course's length,
how often), which statements state it, and a bottom line that says plainly when no quoted statement does ("What dose
of amoxicillin is used for otitis media in children?" opened with amoxicillin-clavulanate advice as if it answered).
"How long ...?" and "What dose ...?" are one reading, not two."""
from __future__ import annotations


from index.search import Index
from service.answer.lead import on_aspect, regimen_unstated
from service.answer.models import Audience
from service.answer.pipeline import answer_question
from service.answer.question import read_question
from service.answer.regimen import regimen_asked, states_amount, states_regimen
from service.answer.scoring import Candidate
from tests.service.candidates import direct_candidate

FIRST_LINE = "Zorbicillin is the recommended first-line antibiotic for gizmo otitis when an antibiotic is needed."
DOSED = "Zorbicillin is given at 80 mg per kilogram per day in two divided doses."
FIVE_DAYS = "A course of zorbicillin for five days is usually enough."
RISE = "Haemoglobin should rise by about 20 grams per litre within three to four weeks of starting zorbiron."


def _direct(text: str) -> Candidate:
    return direct_candidate(text)


def test_what_a_dosing_question_asks_of_its_regimen() -> None:
    assert regimen_asked("What dose of zorbicillin is used for gizmo otitis in children?") == "dose"
    assert regimen_asked("How much zorbicillin should a child take?") == "dose"
    assert regimen_asked("How long should zorbicillin be given for gizmo otitis?") == "course"
    # A length asked in units of time is a course's length, not an amount (session 48).
    assert regimen_asked("How many days of zorbicillin for gizmo otitis?") == "course"
    assert regimen_asked("How many mg of zorbicillin for gizmo otitis?") == "dose"
    # How long to wait before an act is a wait, not a course's length (session 59).
    assert regimen_asked("How long should we wait before giving the backup zorbicillin?") is None
    assert regimen_asked("How long to delay zorbicillin for gizmo otitis?") == "course"


def test_a_span_of_something_is_how_long_it_went_on() -> None:
    # Session 48: "The statements quoted here do not state how long to continue conservative care" above "... persist
    # despite about three to six months of conservative care".
    assert states_regimen("For patients whose symptoms persist despite about three to six months of gizmo care, "
                          "clinicians should consider zorbicillin.", "course")
    assert not states_regimen("Review zorbicillin after about six months.", "course")
    assert regimen_asked("How often should zorbiron be taken?") == "frequency"
    assert regimen_asked("How should zorbiron be taken?") == "any"
    # an amount of anything, not a dose given: a share states it ("at least 5 to 10 percent of body weight")
    assert regimen_asked("How much weight loss improves function in gizmo arthritis?") == "amount"
    assert regimen_asked("How much exercise is needed for gizmo arthritis?") == "amount"


def test_an_amount_of_anything_is_stated_by_a_share_and_leads() -> None:
    share = "Weight loss of at least 5 to 10 percent of body weight is associated with better function."
    advice = "Clinicians should offer weight-loss support to people with gizmo arthritis who are overweight."
    q = read_question("How much weight loss improves function in overweight people with gizmo arthritis?")
    assert states_regimen(share, "amount") and not states_regimen(share, "dose")
    assert regimen_unstated(q, [_direct(advice), _direct(share)]) is None
    assert [c.text for c in on_aspect(q, [_direct(advice), _direct(share)])] == [share]


def test_an_amount_is_stated_in_a_unit_of_dose_not_as_a_concentration_or_a_course() -> None:
    assert states_amount(DOSED) and not states_amount(RISE) and not states_amount(FIRST_LINE)
    assert states_regimen(FIVE_DAYS, "course") and not states_regimen(FIVE_DAYS, "dose")
    assert states_regimen(DOSED, "dose") and states_regimen(FIVE_DAYS, "any")


def test_a_dose_question_leads_with_an_amount_and_is_told_when_none_is_quoted() -> None:
    q = read_question("What dose of zorbicillin is used for gizmo otitis in children?")
    assert q.type == "dosing"
    # an amount before a course's length, though both are a regimen
    assert [c.text for c in on_aspect(q, [_direct(FIVE_DAYS), _direct(DOSED), _direct(FIRST_LINE)])] == [DOSED]
    assert regimen_unstated(q, [_direct(DOSED)]) is None
    assert regimen_unstated(q, [_direct(FIRST_LINE), _direct(FIVE_DAYS)]) == "dose"
    # how long, asked and stated; a yes/no question on a dose is answered by its verdict
    assert regimen_unstated(read_question("How long should zorbicillin be given for gizmo otitis?"),
                            [_direct(FIVE_DAYS)]) is None
    assert regimen_unstated(read_question("Is 80 mg of zorbicillin the right dose for gizmo otitis?"),
                            [_direct(FIRST_LINE)]) is None


def test_a_dose_named_by_its_unit_or_kind_is_still_a_dose_of_the_thing() -> None:
    # Session 71 (unseen set): "What mg/kg loading dose of IV X ...?" read no intervention, so its quotes, which give
    # no dose, were the answer's closest evidence with no word that none states a dose. Any two words may name the
    # dose's unit or kind before "dose of", not a closed list of adjectives.
    for asked in ("What mg/kg loading dose of IV zorbicillin should be used for gizmo otitis?",
                  "What loading dose of zorbicillin is used for gizmo otitis?",
                  "What weight-based dose of zorbicillin for gizmo otitis?"):
        q = read_question(asked)
        assert q.type == "dosing" and q.intervention and q.intervention.endswith("zorbicillin"), asked
        assert regimen_asked(asked) == "dose", asked
        assert regimen_unstated(q, [_direct(FIRST_LINE)]) == "dose", asked
        assert regimen_unstated(q, [_direct(DOSED)]) is None, asked


def test_amoxicillin_dose_for_ear_infections_is_not_stated(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "What dose of amoxicillin is used for otitis media in children?",
                             Audience.CLINICIAN)
    statements = answer.bottom_line.statements
    assert statements[0].origin == "template" and "do not state a dose of amoxicillin" in statements[0].text
    assert statements[1].text == "Closest evidence:"
    first = next(s.text for s in statements if s.origin == "source")
    assert first.startswith("Amoxicillin is the recommended first-line antibiotic")


def test_a_course_length_not_given_is_said_before_the_statement_on_duration(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "How long should antibiotics be given for ear infections in children?",
                             Audience.CLINICIAN)
    statements = answer.bottom_line.statements
    assert "do not state how long to continue antibiotics" in statements[0].text
    assert "duration" in next(s.text for s in statements if s.origin == "source")
    # stated, the course leads with no notice
    answer = answer_question(loaded_index, "How long should antibiotics be taken for community-acquired pneumonia?",
                             Audience.CLINICIAN)
    assert answer.bottom_line.statements[0].origin == "source"
    assert "five days" in answer.bottom_line.statements[0].text


def test_how_many_sessions_is_a_count_of_sittings() -> None:
    from service.answer.regimen import regimen_asked, states_regimen
    assert regimen_asked("How many sessions are needed?") == "sessions"
    assert regimen_asked("How many injections of corticosteroid are given?") == "sessions"
    assert states_regimen("Each patient received two treatment sessions about two weeks apart.", "sessions")
    assert states_regimen("Three to five sessions are usual.", "sessions")
    assert not states_regimen("Each session usually delivers between 1,000 and 3,000 shocks.", "sessions")


def test_how_long_is_it_taken_asks_a_course() -> None:
    from service.answer.question import question_type
    for text in ("How long is it taken?", "How long is varenicline taken?", "How long are antibiotics given?"):
        assert question_type(text) == "dosing", text
    assert question_type("How long does recovery take after shockwave therapy?") != "dosing"


def test_a_course_asked_of_a_condition_alone(loaded_index: Index) -> None:
    from service.answer.pipeline import answer_question
    first = answer_question(loaded_index, "Which antibiotic is used for community-acquired pneumonia in adults?")
    then = answer_question(loaded_index, "How long should treatment last?", follows=first)
    assert then.bottom_line.text.startswith("A total antibiotic course of five days")
