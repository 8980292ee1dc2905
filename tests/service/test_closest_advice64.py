"""A guideline's advice on the asked thing for the asked people, quoted as the closest evidence, gives its verdict
(``verdict_closest_advice``, session 64) where the question names those people by an acronym the guideline's title
spells out, where an appropriateness rating's row judges the thing "appropriate" for a case of the asked details, and
where a note asks to "put her on" the thing; and a dosing question whose closest quote states the dose is not called
insufficient or uncertain (``pipeline.regimen_quoted``). The answers said "insufficient" beside "Do not offer ...",
"... alone would be appropriate" and "... should be avoided ...", and "uncertain" beside the dose asked."""
from __future__ import annotations

from dataclasses import replace

from ingest.models import DocumentKind
from index.lexical import tokenize
from service.answer.pipeline import regimen_quoted
from service.answer.question import read_question
from service.answer.scoring import Candidate, sentence_terms
from service.answer.verdict_closest_advice import advised_way, closest_advice, dashed_thing
from tests.service.candidates import candidate, hit


def _said(text: str, title: str) -> Candidate:
    """A closest guideline statement of a source titled ``title``, its terms stemmed as scoring gives them."""
    c = candidate(text, DocumentKind.GUIDELINE)
    return replace(c, hit=hit(replace(c.hit.document, title=title), text), terms=sentence_terms(text))


def _forms(name: str) -> tuple[frozenset[str], ...]:
    """The forms of an asked thing of one name, as its concept gives them."""
    return (frozenset(tokenize(name)),)


def test_an_acronym_of_the_condition_is_named_by_the_title_that_spells_it() -> None:
    q = read_question("ZD pt with troubling visions, no memory loss - is flumazine ok?")
    said = _said("Do not offer flumazine to treat visions and delusions in people with Zorbin's disease.",
                 "Zorbin's disease in adults")
    given = closest_advice(q, [said], _forms("flumazine"))
    assert given is not None and given[0] == "no"
    # (A title whose words spell another acronym, and a guideline on other people, name no "ZD".)
    other = _said("Do not offer flumazine to treat visions and delusions in people with Zorbin's palsy.",
                  "Zorbin's palsy in adults")
    assert closest_advice(q, [other], _forms("flumazine")) is None
    elsewhere = _said("Do not offer flumazine to treat visions in people with memory clinics' dementia.",
                      "Dementia: assessment and care")
    assert closest_advice(q, [elsewhere], _forms("flumazine")) is None


def test_two_words_of_a_rated_row_never_come_from_its_two_letter_neighbours() -> None:
    # A statement's own words spell a two-letter acronym by chance ("patients discontinuing" for "PD"): not the
    # condition, so advice of a guideline on something else gives no verdict.
    q = read_question("PD pt with troubling visions - is flumazine ok?")
    said = _said("Do not offer flumazine to patients discontinuing treatment for troubling sleep.",
                 "Sleep problems in adults")
    assert closest_advice(q, [said], _forms("flumazine")) is None


def test_an_appropriateness_judgement_is_advice_for_or_against() -> None:
    topic = frozenset(tokenize("radiowave alone"))
    assert advised_way("Given the long interval and good ECOG, radiowave alone would be appropriate.", topic) == "for"
    assert advised_way("Radiowave alone is usually not appropriate in this variant.", topic) == "against"
    assert advised_way("Radiowave alone is inappropriate here.", topic) == "against"
    # (A finding is still no advice.)
    assert advised_way("Radiowave alone lengthened survival in one series.", topic) is None


def test_a_rated_row_for_the_case_details_gives_the_verdict() -> None:
    q = read_question("71M gizmoma, resection 2 yrs ago, radiowave for one lesion 6 mo ago, now new 1 cm lesion, "
                      "good ECOG - radiowave alone reasonable?")
    row = _said("Radiowave alone 8 Given the interval, good ECOG, small lesion and harms of whole-organ beams, "
                "radiowave alone would be appropriate.", "Appropriateness criteria: retreatment of gizmoma lesions")
    given = closest_advice(q, [row], _forms("radiowave alone"))
    assert given is not None and given[0] == "yes"
    # (A row of a guideline on something else, naming one word of the case, gives none.)
    stray = _said("Radiowave alone would be appropriate given good ECOG.", "Appropriateness criteria: joint pain")
    assert closest_advice(q, [stray], _forms("radiowave alone")) is None


def test_putting_the_patient_on_a_thing_asks_of_that_thing() -> None:
    q = "old man w night cramps, nothing else helped - ok to just put him on gizmoquine?"
    found = dashed_thing(q)
    assert found is not None and found[0] == frozenset(sentence_terms("gizmoquine"))
    said = _said("Gizmoquine salts should be avoided as a routine remedy for night cramps because of toxicity.",
                 "Treatment of night cramps")
    given = closest_advice(read_question(q), [said], ())
    assert given is not None and given[0] == "no"


def test_a_dosing_question_quoting_the_dose_it_asks_is_answered() -> None:
    q = read_question("68F admitted with flare of wheezitis - gizmolone dose and duration, need a taper?")
    giving = candidate("A dose of gizmolone, 30 mg by mouth daily for a 7-day course, suits most patients, and a "
                       "taper is not needed.", DocumentKind.GUIDELINE)
    assert regimen_quoted(q, [giving])
    general = candidate("Most patients admitted with a wheezitis flare should get systemic steroids.",
                        DocumentKind.GUIDELINE)
    assert not regimen_quoted(q, [general])
    # (A yes/no question on use, not on a dose, is not one: "Is gizmolone ok in wheezitis?")
    assert not regimen_quoted(read_question("is gizmolone ok in a wheezitis flare?"), [giving])


def test_a_judgement_of_another_subject_is_no_advice_on_the_asked_thing() -> None:
    topic = frozenset(tokenize("screening wobble"))
    # The tool is judged appropriate, not the screening asked of.
    assert advised_way("The GZS scale is also appropriate for screening for wobble.", topic) is None


def test_a_comparison_naming_a_dose_is_no_dosing_question_answered_by_a_dose() -> None:
    q = read_question("Does gizmolone lower the wobble score more than the same dose of fizzolone?")
    giving = candidate("Gizmolone 30 mg daily lowered the wobble score more than fizzolone 30 mg daily.",
                       DocumentKind.RESEARCH)
    assert not regimen_quoted(q, [giving])


def test_anything_for_a_purpose_is_answered_by_advice_for_a_thing_that_serves_it() -> None:
    q = read_question("9yo starting gizmo-chemo with a high blister risk - anything to prevent mouth blisters?")
    title = "Guideline for preventing mouth blisters in children having gizmo-chemo"
    said = _said("The panel suggests that ice chips may be offered to cooperative children having gizmo-chemo with a "
                 "high rate of mouth blisters.", title)
    given = closest_advice(q, [said], ())
    assert given is not None and given[0] == "yes"
    # (Advice against one thing says nothing of the others; advice on another purpose names none of this one.)
    against = _said("Do not offer honey rinses to children having gizmo-chemo to prevent mouth blisters.", title)
    assert closest_advice(q, [against], ()) is None
    other = _said("The panel suggests that ice chips may be offered to children having gizmo-chemo for nausea.",
                  "Guideline for nausea in children having gizmo-chemo")
    assert closest_advice(q, [other], ()) is None


def test_advice_in_a_guideline_for_the_asked_age_group_fits_a_child_of_that_age() -> None:
    # The title is on children; the sentence says "children" again: the asked 8-year-old is among them.
    q = read_question("8yo with wobble fever, mild - ok to give gizmocillin?")
    said = _said("Offer gizmocillin to children with mild wobble fever.", "Wobble fever in children")
    given = closest_advice(q, [said], _forms("gizmocillin"))
    assert given is not None and given[0] == "yes"
    # (A guideline on adults still contradicts the child asked of.)
    adults = _said("Offer gizmocillin to people with mild wobble fever.", "Wobble fever in adults")
    assert closest_advice(q, [adults], _forms("gizmocillin")) is None


def test_a_title_on_children_with_another_condition_does_not_fit_the_asked_child() -> None:
    # Advice for undernourished children, in a guideline on malnutrition in children: no answer for a child's ear ache.
    q = read_question("Do children with ear aches need gizmocillin straight away?")
    said = _said("Children who are undernourished should not routinely receive gizmocillin unless they show signs of "
                 "ear aches.", "Management of malnutrition in infants and children")
    assert closest_advice(q, [said], _forms("gizmocillin")) is None


def test_a_studys_dose_is_not_the_dose_asked() -> None:
    q = read_question("68F admitted with flare of wheezitis - gizmolone dose and duration, need a taper?")
    trial = candidate("Patients received gizmolone 30 mg by mouth daily for a 7-day course.", DocumentKind.RESEARCH)
    assert not regimen_quoted(q, [trial])
