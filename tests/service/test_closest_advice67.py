"""A guideline's advice on the asked thing, quoted as the closest evidence, gives its verdict
(``verdict_closest_advice``, session 67) where a case note names the thing in what the patient asks for and asks only
leave to act after its dash ("asks for X or Y tablets - prescribe?", "wants an X to screen for Y - worth doing?"),
where the asked part holds a hyphenated word ("as first-line?"), where the asked thing's word repeating the case's is
named by the source's title ("knee OA - knee sleeve?") and where only the statement's passage names the asked
severity. It gives none for advice on the thing in another role than asked (after other treatments failed, for a
first-line use; alone, for an add-on), nor for advice naming one of two alternatives asked. The answers said
"insufficient" beside advice that clinicians not offer oral therapy with ..., "... recommends against screening for
..." and advice against bracing as the first treatment."""
from __future__ import annotations

from dataclasses import replace

from ingest.models import Chunk, DocumentKind
from index.lexical import tokenize
from service.answer.question import read_question
from service.answer.scoring import Candidate, sentence_terms
from service.answer.verdict_closest_advice import closest_advice, dashed_reading
from tests.service.candidates import candidate, hit


def _said(text: str, title: str, passage: str = "", closest_only: bool = False,
          cut: tuple[bool, bool] = (False, False)) -> Candidate:
    """A closest guideline statement of a source titled ``title`` (its passage ``passage``, else itself), its terms
    stemmed as scoring gives them."""
    c = candidate(text, DocumentKind.GUIDELINE)
    h = hit(replace(c.hit.document, title=title), text)
    if passage:
        h = replace(h, chunk=Chunk(id=h.chunk.id, doc_id=h.chunk.doc_id, heading=(), text=passage,
                                   sentences=((0, len(passage)),)))
    return replace(c, hit=h, terms=sentence_terms(text), closest_only=closest_only, cut=cut)


_TWO_PILLS = ("Clinicians should not offer oral treatment with gizmoferol, wobblinex, coenzyme Z or a mixture of "
              "gizmoferol with plumbitine.")
_PLAQUE_TITLE = "Crooked digit disease: an urological society guideline"


def test_a_bare_verb_after_the_dash_asks_of_what_the_case_requests() -> None:
    found = dashed_reading("61M crooked digit disease, asks for gizmoferol or wobblinex pills - prescribe?")
    assert found is not None and found.thing == frozenset(tokenize("gizmoferol wobblinex pills"))
    assert found.alternatives == (frozenset(tokenize("gizmoferol")), frozenset(tokenize("wobblinex pills")))
    q = read_question("61M crooked digit disease, asks for gizmoferol or wobblinex pills - prescribe?")
    given = closest_advice(q, [_said(_TWO_PILLS, _PLAQUE_TITLE)], ())
    assert given is not None and given[0] == "no"


def test_advice_on_one_of_two_alternatives_asked_gives_no_verdict() -> None:
    q = read_question("61M crooked digit disease, asks for gizmoferol or wobblinex pills - prescribe?")
    one = _said("Clinicians should not offer oral treatment with gizmoferol.", _PLAQUE_TITLE)
    assert closest_advice(q, [one], ()) is None


def test_a_test_asked_to_screen_is_named_by_advice_on_that_screening() -> None:
    q = "59F ex-smoker with diabetes, no symptoms, wants a renal duplex to screen for narrowing - worth doing?"
    found = dashed_reading(q)
    assert found is not None and found.thing == frozenset(tokenize("renal duplex"))
    assert found.purpose == frozenset(tokenize("screen"))
    said = _said("The task force recommends against screening for silent renal artery narrowing in adults.",
                 "Screening for renal artery narrowing: recommendation statement", closest_only=True)
    given = closest_advice(read_question(q), [said], ())
    assert given is not None and given[0] == "no"
    # (A whole sentence found only by the fallbacks still advises; one cut at an end may have lost its "unless".)
    assert closest_advice(read_question(q), [replace(said, cut=(False, True))], ()) is None
    # (Screening advice naming no word of the test is no advice on it.)
    other = _said("The task force recommends against screening for silent bowel polyps in adults.",
                  "Screening for bowel polyps: recommendation statement")
    assert closest_advice(read_question(q), [other], ()) is None


_KNEE_PASSAGE = ("A knee sleeve may be tried after exercise has failed for people with mild to moderate knee "
                 "osteoarthritis. Do not use a sleeve as the first line of care.")
_KNEE_TITLE = "Knee pain: knee osteoarthritis clinical practice guideline"


def test_a_first_line_use_asked_is_answered_by_advice_naming_that_line() -> None:
    q = "71M knee OA, moderate pain on stairs - offer a knee sleeve as first-line?"
    found = dashed_reading(q)
    assert found is not None and found.role == frozenset(tokenize("first line"))
    later = _said("A knee sleeve may be tried after exercise has failed for people with mild to moderate knee "
                  "osteoarthritis.", _KNEE_TITLE, _KNEE_PASSAGE)
    first = _said("Do not use a sleeve as the first line of care.", _KNEE_TITLE, _KNEE_PASSAGE)
    given = closest_advice(read_question(q), [later, first], ())
    assert given is not None and given[0] == "no"
    # (The later use alone gives no yes to a first-line use, worded as advice or not.)
    assert closest_advice(read_question(q), [later], ()) is None
    advised_later = _said("Clinicians may use a knee sleeve after exercise has failed for people with mild to "
                          "moderate knee osteoarthritis.", _KNEE_TITLE, _KNEE_PASSAGE)
    assert closest_advice(read_question(q), [advised_later], ()) is None
    # (Advice naming the asked line answers before advice on the thing in general.)
    general = _said("Offer a knee sleeve to people with moderate knee osteoarthritis.", _KNEE_TITLE)
    given = closest_advice(read_question(q), [general, first], ())
    assert given is not None and given[0] == "no"
    # (Without the passage naming the moderate case, advice naming no severity does not fit it.)
    bare = _said("Do not use a sleeve as the first line of care.", _KNEE_TITLE)
    assert closest_advice(read_question(q), [bare], ()) is None


def test_a_use_asked_that_no_advice_names_leaves_the_general_advice() -> None:
    said = _said("In people whose Moss syndrome is in remission after surgery, the panel suggests against using "
                 "plumbazine.", "Management of Moss syndrome")
    q = read_question("40M Moss syndrome, surgery last month, now in remission - plumbazine as postop upkeep?")
    given = closest_advice(q, [said], ())
    assert given is not None and given[0] == "no"


def test_advice_on_a_thing_alone_does_not_answer_adding_it() -> None:
    said = _said("The working group suggests against treating Moss syndrome with plumbazine or zorbaxone as "
                 "monotherapy.", "Management of Moss syndrome")
    added = read_question("Moss syndrome on flumisone 10 weeks, half better - add plumbazine?")
    assert closest_advice(added, [said], ()) is None
    alone = read_question("Moss syndrome, nothing tried yet - start plumbazine?")
    given = closest_advice(alone, [said], ())
    assert given is not None and given[0] == "no"


def test_a_judgement_of_a_plan_asks_of_what_the_case_says_is_suggested_or_wanted() -> None:
    found = dashed_reading("52M gout, no flares in a year - rheumatologist suggests gizmopurinol - is it a good idea?")
    assert found is not None and found.thing == frozenset(tokenize("gizmopurinol"))
    found = dashed_reading("mum would like a gizmo scan to check for reflux - reasonable?")
    assert found is not None and found.thing == frozenset(tokenize("gizmo scan"))
    assert found.purpose == frozenset(tokenize("check"))
    # (A note naming its thing after the dash keeps it; one that names none and asks for none reads nothing.)
    found = dashed_reading("52M gout, wants gizmopurinol - start plumbazine instead?")
    assert found is not None and found.thing == frozenset(tokenize("plumbazine"))
    assert dashed_reading("52M gout, no flares in a year - worth doing?") is None


def test_the_part_naming_the_asked_thing_gives_the_way_and_evidence_that_suggests_advises_nothing() -> None:
    q = read_question("3yo in nappies, needs a urine test - is a gizmo pouch collection ok?")
    both = _said("Findings are labelled \"recommended,\" \"not recommended,\" or \"no recommendation either "
                 "way\" and cover samples taken without a needle: if a non-invasive sample is planned, "
                 "clean-catch collection after washing is recommended and "
                 "collection with gizmo pouches or from nappies is not recommended.",
                 "Urine sampling in young children", closest_only=True)
    given = closest_advice(q, [both], ())
    assert given is not None and given[0] == "no"
    finding = _said("Data from six small series suggest that gizmo pouch collection is less accurate than clean-catch "
                    "collection.", "Urine sampling in young children", closest_only=True)
    given = closest_advice(q, [both, finding], ())
    assert given is not None and given[0] == "no"
    assert closest_advice(q, [finding], ()) is None
