""""How long / when / what minimum" questions lost the number their guideline states (session 53, blind clinician
test on guideline summaries medcite was never tuned on): a recommendation tagged after its stop ("... [new 2015]")
was no sentence; "When should I start X in Y?", "How long can X be used after Y?", "How long should a programme
last?" and "How long can I wait before X?" named no topic; "at least six months in duration" and "use beyond 30 days"
were no course's length; "metformin3" (a footnote mark) did not name metformin; a "when" question was led by advice
with no time; "higher than this minimum threshold" was quoted without the value it points back to. The corpus here is
the project's own words, a made-up drug and condition."""
from __future__ import annotations

from dataclasses import replace

from ingest.models import DocumentKind
from service.answer.anaphora import leans_back, names_antecedent
from service.answer.lead import TIME_UNSTATED, names_itself, of_shape_asked, unstated_asked
from service.answer.question import read_question
from service.answer.lead import regimen_of
from service.answer.regimen import states_length
from service.answer.scoring import quotable, sentence_terms, statements
from tests.service.candidates import candidate, direct_candidate, sentence_spans


def test_a_recommendation_tagged_after_its_stop_is_a_sentence() -> None:
    tagged = "Offer zorbicillin to people with gizmo fever if the fever stays high after 1 to 2 weeks. [new 2015]"
    assert quotable(tagged)
    assert quotable("Agree on a plan for zorbicillin with every person who has gizmo fever. [2008, amended 2015]")
    assert not quotable("Zorbicillin for gizmo fever [new 2015]")  # a heading with a tag is still no sentence


def test_when_should_i_start_reads_what_is_started_and_for_what() -> None:
    q = read_question("When should I start zorbicillin in gizmo fever?")
    assert (q.intervention, q.condition) == ("zorbicillin", "gizmo fever")


def test_how_long_can_a_thing_be_used_asks_its_course() -> None:
    q = read_question("How long can zorbicillin be used after a gizmo injury?")
    assert q.type == "dosing" and q.intervention == "zorbicillin" and q.condition == "gizmo injury"
    assert regimen_of(q) == "course"


def test_how_long_should_a_programme_last_asks_its_course() -> None:
    q = read_question("How long should a family wobble training programme last?")
    assert q.type == "dosing" and q.intervention == "family wobble training programme"
    assert regimen_of(q) == "course"
    treated = read_question("How long should treatment of gizmo fever last?")
    assert treated.condition == "gizmo fever" and not treated.intervention
    # A condition's own course stays its prognosis.
    assert read_question("How long does gizmo fever last?").aspect == "course"


def test_how_long_can_i_wait_before_a_test_asks_how_soon_it_is_done() -> None:
    q = read_question("How long can I wait before gizmoscopy in a wobbly patient?")
    assert q.intervention == "gizmoscopy" and q.condition == "wobbly patient"


def test_a_span_said_long_or_beyond_is_a_course_length() -> None:
    assert states_length("The wobble training programme should be at least six months in duration.", lasting=True)
    assert states_length("Zorbicillin (use beyond 30 days after a gizmo injury is not recommended)", lasting=True)
    assert not states_length("Review the wobble training after 6 months.", lasting=True)


def test_a_footnote_mark_on_the_name_still_names_it() -> None:
    c = replace(candidate("Offer zorbicillin3 to people with gizmo fever if the fever lasts beyond 1 week.",
                          DocumentKind.GUIDELINE, i=True, c=True))
    c = replace(c, terms=sentence_terms(c.text))
    assert names_itself(c, frozenset(sentence_terms("zorbicillin")))


def test_a_when_question_is_led_by_the_statement_that_gives_a_time() -> None:
    q = read_question("When should I start zorbicillin in gizmo fever?")
    other = direct_candidate("Offer plumbomycin instead of zorbicillin if zorbicillin is not tolerated.")
    timed = direct_candidate("Offer zorbicillin if the fever has not settled with rest within 1 to 2 weeks.")
    assert [c.text for c in of_shape_asked(q, [other, timed])] == [timed.text]


def test_a_when_question_no_statement_times_is_led_by_one_that_names_an_occasion() -> None:
    # "where" answers no "when": advice on where it is given lost the lead to advice on when (session 55).
    q = read_question("When should intravenous gizmozumab be given?")
    where = direct_candidate("Intravenous gizmozumab should be given where resuscitation facilities are available.")
    when = direct_candidate("Intravenous gizmozumab is recommended when oral zorbicillin is not tolerated.")
    assert [c.text for c in of_shape_asked(q, [where, when])] == [when.text]


def test_a_how_soon_question_above_quotes_giving_no_time_says_so() -> None:
    # Closest evidence on treating gizmo fever at all is no answer to how soon to review it: said so before the quotes.
    q = read_question("45F started gizmozumab for gizmo fever - how soon review?")
    untimed = direct_candidate("Gizmozumab is recommended for moderate to severe gizmo fever.")
    assert unstated_asked(q, [untimed]) == TIME_UNSTATED
    timed = direct_candidate("Review people who start gizmozumab within 2 weeks.")
    assert unstated_asked(q, [untimed, timed]) is None


def test_a_value_pointed_back_to_is_quoted_with_the_sentence_that_states_it() -> None:
    pointing = "In younger children the best intake of zorbicillin may be much higher than this minimum threshold."
    stating = "The panel recommends a minimum zorbicillin intake of 1.5 mg/kg/d in children with gizmo fever."
    assert leans_back(pointing)
    assert names_antecedent(pointing, stating)
    assert not leans_back("Set a threshold of 5 mg and treat above this threshold only in children.")
    text = f"{stating} {pointing}"
    quoted = [s for s, _ in statements(text, sentence_spans(text))]
    assert pointing not in quoted  # never alone, without the number
    assert any(s.startswith(stating) and s.endswith(pointing) for s in quoted)
