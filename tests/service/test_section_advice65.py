"""A guideline's advice on the asked thing for the asked people, quoted in one of the answer's own sections, gives the
verdict where the closest evidence gives none (``verdict_closest_advice.section_advice``, session 65). The answer said
"insufficient" above a committee's discussion of the thing, with "Do not routinely start ..." one section down."""
from __future__ import annotations

from dataclasses import replace

from ingest.models import DocumentKind
from index.lexical import tokenize
from service.answer.question import read_question
from service.answer.scoring import Candidate, sentence_terms
from service.answer.polarity import stance
from service.answer.verdict_closest_advice import advised_way, follow_up_advice, section_advice
from tests.service.candidates import candidate, hit

_TITLE = "Care of people with wobble fever in their final weeks"
_QUESTION = "wobble fever pt, final weeks, restless at night, pulse 70 - put on zentaline?"


def _said(text: str, title: str = _TITLE) -> Candidate:
    """A guideline statement of a source titled ``title``, its terms stemmed as scoring gives them."""
    c = candidate(text, DocumentKind.GUIDELINE)
    return replace(c, hit=hit(replace(c.hit.document, title=title), text), terms=sentence_terms(text))


_DISCUSSION = _said("The group talked about zentaline in people whose breathing drive is weak in their final weeks.")
_AGAINST = _said("Do not routinely start zentaline to settle restlessness at night.")


def test_a_sections_advice_against_the_thing_gives_the_no() -> None:
    q = read_question(_QUESTION)
    given = section_advice(q, [_DISCUSSION], [_AGAINST], ())
    assert given is not None and given[0] == "no" and given[1] is _AGAINST
    # (Advice for it, in the same words, gives the yes.)
    advised = _said("Offer zentaline to settle restlessness at night.")
    found = section_advice(q, [_DISCUSSION], [advised], ())
    assert found is not None and found[0] == "yes"


def test_advice_both_ways_or_on_another_thing_gives_none() -> None:
    q = read_question(_QUESTION)
    advised = _said("Consider zentaline to settle restlessness at night if other measures fail.")
    assert section_advice(q, [_DISCUSSION], [_AGAINST, advised], ()) is None
    # ... advice the other way quoted as closest evidence still weighs against the section's
    assert section_advice(q, [advised, _DISCUSSION], [_AGAINST], ()) is None
    other = _said("Do not routinely start morvaxin to settle restlessness at night.")
    assert section_advice(q, [_DISCUSSION], [other], ()) is None
    # (A guideline on another condition, naming no word of the case, gives none.)
    stray = _said("Do not routinely start zentaline in adults.", "Knee pain: assessment")
    assert section_advice(q, [_DISCUSSION], [stray], ()) is None


def test_closest_evidence_that_already_settles_it_is_not_passed_over() -> None:
    q = read_question(_QUESTION)
    assert section_advice(q, [_AGAINST], [_said("Offer zentaline at night.")], ()) is None
    assert section_advice(q, [_DISCUSSION], [], ()) is None


def test_a_finding_in_a_section_is_no_advice() -> None:
    q = read_question(_QUESTION)
    finding = _said("Zentaline lowered restlessness at night in one small series of people in their final weeks.")
    assert section_advice(q, [_DISCUSSION], [finding], (frozenset(tokenize("zentaline")),)) is None


def test_only_advice_of_a_source_the_closest_evidence_quotes() -> None:
    q = read_question(_QUESTION)
    elsewhere = _said("Do not routinely start zentaline to settle restlessness at night.")
    elsewhere = replace(elsewhere, hit=hit(replace(elsewhere.hit.document, id="other-source"), elsewhere.text))
    assert section_advice(q, [_DISCUSSION], [elsewhere], ()) is None
    assert section_advice(q, [], [_AGAINST], ()) is None


def test_an_advisers_recommending_avoiding_a_thing_is_advice_against_it() -> None:
    # "the panel recommends avoiding X" was read as advice for X (its "recommends"), and gave "yes" to "is X ok?".
    topic = frozenset(tokenize("quellex patches"))
    assert advised_way("B - In women with raised glimmer antibodies, the panel recommends avoiding quellex patches "
                       "because of clot risk.", topic) == "against"
    assert stance("The working group suggests avoiding quellex patches in smokers.", topic) == "against"
    # (A purpose's "to avoid" stays no advice against the thing given.)
    assert stance("Quellex patches are recommended to avoid night sweats.", topic) != "against"


def test_advice_narrowed_to_people_not_asked_of_is_passed_over() -> None:
    q = read_question(_QUESTION)
    narrowed = _said("Do not routinely start zentaline in pregnant women to settle restlessness at night.")
    assert section_advice(q, [_DISCUSSION], [narrowed], ()) is None


def test_a_follow_up_naming_no_thing_is_answered_by_advice_naming_its_words() -> None:
    # A follow-up read with no thing ("on it"): advice of the source the answer before quoted, naming most of its own
    # words, gives its yes or no as asked.
    q = read_question("do I need to check serum quorbate levels on it?")
    said = _said("Routine monitoring of serum quorbate levels is not recommended.")
    before = frozenset({said.hit.document.id})
    given = follow_up_advice(q, [said], before)
    assert given is not None and given[0] == "no"
    # (Not from a source the answer before did not quote, nor advice naming too few of its words.)
    assert follow_up_advice(q, [said], frozenset({"another-source"})) is None
    assert follow_up_advice(q, [_said("Routine monitoring is not recommended in the clinic.")], before) is None
    # (A follow-up a reading takes a thing from, or one with nothing of its own, is left to the other readings.)
    assert follow_up_advice(read_question("ok?"), [said], before) is None


def test_a_sections_advice_must_name_the_whole_asked_condition() -> None:
    q = read_question("Is stretching recommended for elbow bursitis pain?")
    near = _said("Stretching was studied in people with joint pain.", "Pain in joints: care")
    other = _said("For people with lasting wrist pain, the panel suggests stretching.", "Pain in joints: care")
    forms = (frozenset(tokenize("stretching")),)
    assert section_advice(q, [near], [other], forms) is None
    whole = _said("For people with elbow bursitis pain, the panel suggests stretching.", "Pain in joints: care")
    found = section_advice(q, [near], [whole], forms)
    assert found is not None and found[0] == "yes"


def _passage(c: Candidate, text: str) -> Candidate:
    """Statement ``c`` standing in a passage that reads ``text``."""
    return replace(c, hit=replace(c.hit, chunk=replace(c.hit.chunk, text=text)))


def test_a_follow_ups_advice_fits_the_earlier_questions_people() -> None:
    # The case is the chain's: advice narrowed to children gives no answer in a chain about an adult, though the
    # follow-up itself names no one.
    q = read_question("do I need to check serum quorbate levels on it?")
    said = _said("Routine monitoring of serum quorbate levels is not recommended in children.")
    before = frozenset({said.hit.document.id})
    earlier = "58M with glumosis - start flemaxin?"
    assert follow_up_advice(q, [said], before, earlier, "flemaxin") is None
    # (... and one sex's advice is no answer to a chain naming none.)
    women = _said("Routine monitoring of serum quorbate levels is not recommended in women.")
    assert follow_up_advice(q, [women], before, "glumosis - start flemaxin?", "flemaxin") is None
    # (Advice for everyone still answers.)
    plain = _said("Routine monitoring of serum quorbate levels is not recommended.")
    given = follow_up_advice(q, [plain], before, earlier, "flemaxin")
    assert given is not None and given[0] == "no"
    # (... and the earlier question's severity is the case's, not a condition the advice must repeat.)
    given = follow_up_advice(q, [plain], before, "severe glumosis at 30 weeks - flemaxin?", "flemaxin")
    assert given is not None and given[0] == "no"


def test_a_follow_ups_advice_on_another_thing_taken_gives_none() -> None:
    q = read_question("do I need to check serum quorbate levels on it?")
    before = frozenset({_said("x").hit.document.id})
    earlier = "58M with glumosis - start flemaxin?"
    other = _said("Routine monitoring of serum quorbate levels is not recommended in people taking drugz.")
    assert follow_up_advice(q, [other], before, earlier, "flemaxin") is None
    # (... nor where its passage names it.)
    plain = _said("Routine monitoring of serum quorbate levels is not recommended.")
    elsewhere = _passage(plain, "For people receiving drugz: " + plain.text)
    assert follow_up_advice(q, [elsewhere], before, earlier, "flemaxin") is None
    # (Naming the earlier answer's thing answers.)
    own = _said("Routine monitoring of serum quorbate levels is not recommended in people taking flemaxin.")
    given = follow_up_advice(q, [own], before, earlier, "flemaxin")
    assert given is not None and given[0] == "no"


def test_a_sections_advice_for_one_sex_does_not_answer_a_question_naming_none() -> None:
    q = read_question(_QUESTION)
    women = _said("Do not routinely start zentaline in women to settle restlessness at night.")
    assert section_advice(q, [_DISCUSSION], [women], ()) is None
