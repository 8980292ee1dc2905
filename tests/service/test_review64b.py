"""Wrong answers a review of session 64's merge found, each in invented words: a judgement of "appropriate" doubted
or denied read as advice for the thing (``advised_way``); a two-letter acronym named by any two title words; a dose
quote of another drug, or beside advice against, dropping the verdict; "anything to ...?" answered from advice for
people without the case's condition."""
from __future__ import annotations

from dataclasses import replace

from ingest.models import DocumentKind
from index.lexical import tokenize
from service.answer.pipeline import regimen_quoted
from service.answer.question import read_question
from service.answer.scoring import Candidate, sentence_terms
from service.answer.verdict_closest_advice import advised_way, closest_advice
from tests.service.candidates import candidate, hit


def _said(text: str, title: str) -> Candidate:
    """A closest guideline statement of a source titled ``title``, its terms stemmed as scoring gives them."""
    c = candidate(text, DocumentKind.GUIDELINE)
    return replace(c, hit=hit(replace(c.hit.document, title=title), text), terms=sentence_terms(text))


def _forms(name: str) -> tuple[frozenset[str], ...]:
    """The forms of an asked thing of one name, as its concept gives them."""
    return (frozenset(tokenize(name)),)


def test_a_doubted_or_denied_judgement_of_fit_is_no_advice_for() -> None:
    topic = frozenset(tokenize("zentiprol"))
    assert advised_way("Zentiprol is appropriate for older walkers.", topic) == "for"
    for doubted in ("It remains unclear whether zentiprol is appropriate for older walkers.",
                    "Zentiprol is appropriate only if the tremor is mild."):
        assert advised_way(doubted, topic) is None, doubted
    for denied in ("Zentiprol may not be appropriate for older walkers.",
                   "Zentiprol would not be appropriate in this setting.",
                   "Zentiprol is never appropriate for children.",
                   "Zentiprol is rarely appropriate after a fall.",
                   "Zentiprol is not usually appropriate."):
        assert advised_way(denied, topic) == "against", denied


def test_a_doubted_rated_row_gives_no_yes() -> None:
    q = read_question("64F quiverosis, one small new patch, good function - coldbeam alone reasonable?")
    row = _said("Given the single small patch and good function, it is unclear whether coldbeam alone is appropriate.",
                "Appropriateness criteria: quiverosis patches")
    given = closest_advice(q, [row], _forms("coldbeam alone"))
    assert given is None or given[0] != "yes"


def test_a_two_letter_acronym_is_named_by_an_eponym_not_by_any_two_words() -> None:
    q = read_question("QF pt with troubling visions, no memory loss - is flumazine ok?")
    advice = "Do not offer flumazine to treat visions and delusions in older people."
    # Two title words that merely open with the letters name no "QF": no verdict from advice for other people.
    for title in ("Quadriceps fracture: management", "Quiet feeding in care homes"):
        assert closest_advice(q, [_said(advice, title)], _forms("flumazine")) is None, title
    # An eponym's possessive spells it: the guideline is on the asked condition.
    given = closest_advice(q, [_said(advice, "Quenby's fever in adults")], _forms("flumazine"))
    assert given is not None and given[0] == "no"


def test_a_dose_quoted_is_the_asked_things_and_not_advised_against() -> None:
    q = read_question("70M with a wobble flare - quellazine dose and duration?")
    own = candidate("Quellazine 2 mg twice daily for 5 days is suitable for a wobble flare.", DocumentKind.GUIDELINE)
    assert regimen_quoted(q, [own])
    # Another drug's regimen is no dose of the asked one; the verdict is not dropped beside it.
    other = candidate("Brantomab 10 mg/kg every 2 weeks for 6 months is suitable for adults with a wobble flare.",
                      DocumentKind.GUIDELINE)
    assert not regimen_quoted(q, [other])
    tapered = read_question("70M with a wobble flare - quellazine dose, need a taper?")
    assert not regimen_quoted(tapered, [other]) and regimen_quoted(tapered, [own])
    # A dose beside advice against the thing: that advice may answer the case, so it is not a dose quoted.
    barred = candidate("Quellazine 2 mg twice daily for 5 days is suitable; do not use in severe liver failure.",
                       DocumentKind.GUIDELINE)
    assert not regimen_quoted(read_question("70M, liver failure, wobble flare - quellazine dose and duration?"),
                              [barred])


def test_anything_for_a_purpose_is_not_answered_by_advice_for_people_without_the_case() -> None:
    q = read_question("40M with glimmerosis - anything to prevent night cramps?")
    left_out = _said("Offer stretching drills to prevent night cramps in men without glimmerosis.", "Night cramps")
    assert closest_advice(q, [left_out], ()) is None
    # (The same advice for everyone answers it.)
    given = closest_advice(q, [_said("Offer stretching drills to prevent night cramps in men.", "Night cramps")], ())
    assert given is not None and given[0] == "yes"
