"""A case, a dash and a thing asked of in a note's words gives the verdict of the guideline's advice on that thing
quoted as closest evidence (``verdict_closest_advice``, session 63): "can we manage with traction?" asks of traction,
not of managing, and a case that queries its diagnosis ("?gout vs something else") neither ends the question at its
question mark nor compares the thing asked with another. The answers said "uncertain" beside "Treatment of ... with
traction is not recommended" and "joint aspiration ... should be done if ... the clinical situation is ambiguous"."""
from __future__ import annotations

from dataclasses import replace

from ingest.models import DocumentKind
from service.answer.question import read_question
from service.answer.scoring import Candidate, sentence_terms
from service.answer.verdict_closest_advice import closest_advice, dashed_thing
from tests.service.candidates import candidate, hit


def _said(text: str, title: str) -> Candidate:
    """A closest guideline statement of a source titled ``title``, its terms stemmed as scoring gives them."""
    c = candidate(text, DocumentKind.GUIDELINE)
    return replace(c, hit=hit(replace(c.hit.document, title=title), text), terms=sentence_terms(text))


def test_the_thing_a_case_is_managed_with_is_the_thing_asked() -> None:
    found = dashed_thing("trauma pt w wobble-neck split on CT - can we manage with splinting?")
    assert found is not None and found[0] == frozenset(sentence_terms("splinting"))
    said = _said("Treatment of wobble-neck split with splinting is not recommended.", "Wobble-neck split in adults")
    given = closest_advice(read_question("trauma pt w wobble-neck split on CT - can we manage with splinting?"),
                           [said], ())
    assert given is not None and given[0] == "no"


def test_a_queried_diagnosis_with_vs_in_the_case_is_no_comparison_of_the_thing_asked() -> None:
    q = "red puffy ankle, ?flimgout vs something else, diagnosis unclear - should I tap the ankle?"
    found = dashed_thing(q)
    assert found is not None and found[0] == frozenset(sentence_terms("tap the ankle"))
    said = _said("An ankle tap with a look at the fluid is advised where the clinical picture is unclear.",
                 "Diagnosis of flimgout")
    given = closest_advice(read_question(q), [said], ())
    assert given is not None and given[0] == "yes"
    # (A comparison asked after the dash still gives none: advice on one side does not weigh the two.)
    assert closest_advice(read_question("red puffy ankle, ?flimgout - tap the ankle or scan it, which is better?"),
                          [said], ()) is None
