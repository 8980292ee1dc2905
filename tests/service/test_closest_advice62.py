"""A guideline's own advice on the asked thing in the asked condition, quoted as the closest evidence, gives the yes or
the no (``verdict_closest_advice``): the answer said "insufficient" beside advice it quoted, where the question's
condition carried case details no statement names ("grumble lung pt just had a flimflam"), or where a case, a dash and
a thing were read with no topic ("housebound resident - wobble ring pillow ...?"). And an acronym typed as a plural
("WCDs") takes the corpus's definition of its singular, not a long form learned from other text
(``concepts._acronym_terms``)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from index.lexical import tokenize
from service.answer import abbreviations
from service.answer.abbreviations import LearnedAbbreviations
from service.answer.concepts import Lexicon
from service.answer.question import read_question
from service.answer.verdict_closest_advice import advice_clause, advised_way, closest_advice, dashed_thing
from ingest.models import DocumentKind
from service.answer.scoring import Candidate, sentence_terms
from tests.service.candidates import candidate, hit
from tests.service.corpora import answered, background_guidelines, built, guideline_file

GRUMBLE = guideline_file("Grumble lung disease: drug treatment", (
    "Grumble lung disease is a long-term narrowing of the small airways. The guideline panel suggests not withholding "
    "heart-selective zorbolols in patients with confirmed grumble lung disease who have a cardiac indication for "
    "zorbolols. Inhaled plinkamide is the first treatment for breathlessness in grumble lung disease."))
HEEL = guideline_file("Prevention of heel sores in adults", (
    "Reposition people at risk of heel sores at least every four hours. Foam wedges, gel cut-outs and wobble-type "
    "pillows were considered but not recommended. Offer a high-specification foam mattress to adults at high risk of "
    "heel sores."))
SQUEEZE = guideline_file("Drug treatment of squeeze hypertension", (
    "Wobble channel blockers such as zorbodipine and flimodipine lower the pressure in responders. The panel suggests "
    "that wobble channel blockers should not be used empirically in squeeze hypertension in the absence of a "
    "positive tilt challenge."))
BACKGROUND = background_guidelines("Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults",
                                  "Migraine prevention", "Asthma in children")


@pytest.fixture(scope="module")
def advice_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "closest62", {"grumble.md": GRUMBLE, "heel.md": HEEL, "squeeze.md": SQUEEZE,
                                                   **BACKGROUND})


def test_advice_not_to_withhold_a_drug_gives_yes_though_the_case_adds_another_state(advice_index: Path) -> None:
    a = answered(advice_index, "grumble lung pt just had a flimflam - ok to start a zorbolol?")
    assert "not withholding" in a.bottom_line.text
    assert a.verdict == "yes"


def test_advice_weighed_and_not_given_gives_no_for_a_dash_thing(advice_index: Path) -> None:
    a = answered(advice_index, "housebound resident - wobble ring pillow to prevent heel sores?")
    assert "were considered but not recommended" in a.bottom_line.text
    assert a.verdict == "no"


def test_advice_on_a_class_the_corpus_says_the_asked_drug_is_of_gives_its_verdict(advice_index: Path) -> None:
    a = answered(advice_index, "squeeze hypertension pt, tilt challenge never done - ok to just start zorbodipine "
                               "empirically?")
    assert "should not be used empirically" in a.bottom_line.text
    assert a.verdict == "no"


def _said(text: str, kind: DocumentKind = DocumentKind.GUIDELINE, title: str = "Heel sores in adults") -> Candidate:
    """A closest statement of a ``kind`` source titled ``title``, with its stemmed terms as scoring gives them."""
    c = candidate(text, kind)
    return replace(c, hit=hit(replace(c.hit.document, title=title), text), terms=sentence_terms(text))


def test_advice_on_another_thing_or_a_finding_gives_no_verdict() -> None:
    weighed = "Foam wedges and wobble-type pillows were considered but not recommended."
    asked = read_question("housebound resident - wobble ring pillow to prevent heel sores?")
    given = closest_advice(asked, [_said(weighed)], ())
    assert given is not None and given[0] == "no"
    other = read_question("housebound resident - plinkamide to prevent heel sores?")
    assert closest_advice(other, [_said(weighed)], ()) is None  # the thing asked is not the thing advised on
    # neither the statement nor its title names the rest of the question
    assert closest_advice(asked, [_said(weighed, title="Pillows")], ()) is None
    assert closest_advice(asked, [_said("Wobble-type pillows lowered heel pressure in housebound adults.")], ()) is None
    assert closest_advice(asked, [_said(weighed, DocumentKind.RESEARCH)], ()) is None  # a study advises nothing


def test_which_way_advice_points() -> None:
    topic = frozenset(tokenize("zorbolol grumble"))
    assert advised_way("B - Do not give zorbolol to children with grumble lung.", topic) == "against"
    assert advised_way("Gel pads and zorbolol were considered but not recommended.", topic) == "against"
    assert advised_way("Consider zorbolol for people with grumble lung only if plinkamide has not helped.",
                       topic) == "for"
    assert advised_way("The panel cannot recommend for or against zorbolol in grumble lung.",
                       topic) is None
    assert advised_way("Zorbolol lowered the heart rate in grumble lung.", topic) is None


def test_the_thing_asked_after_a_dash() -> None:
    thing, rest = dashed_thing("PCOS wanting pregnancy - metformin alone as first line for ovulation induction?") \
        or (frozenset(), frozenset())
    assert thing == frozenset(tokenize("metformin"))
    assert frozenset(tokenize("ovulation induction")) <= rest
    assert dashed_thing("pt in wobble failure - ok to just start zorbolol empirically?") == \
        (frozenset(tokenize("zorbolol")), frozenset(tokenize("pt in wobble failure empirically")))
    assert dashed_thing("Is zorbolol safe in wobble failure?") is None  # no dash
    assert dashed_thing("pre-op for a flimflam repair?") is None  # a hyphen in a word is no dash


def test_a_plural_acronym_takes_its_singulars_definition(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(abbreviations, "learned", lambda: LearnedAbbreviations({"WCD": {"wrist cuff display": 9}}))
    chunks = ["start a wobble calf device (WCD) at induction", "a wobble calf device on each leg",
              "the wrist cuff display reads low"]

    def counts(terms: frozenset[str], _: frozenset[str]) -> tuple[int, int]:
        return sum(terms <= set(tokenize(c)) for c in chunks), 0
    lexicon = Lexicon({"WCD": ["wobble calf device"]}, counts=counts)
    assert lexicon.learned_written("teen for surgery - WCDs from induction?") == \
        ("teen for surgery - WCDs from induction?", ())
    assert lexicon.defined_written("teen for surgery - WCDs from induction?")[1] == ("wobble calf device",)


def test_quoted_advice_both_ways_gives_no_verdict() -> None:
    asked = read_question("housebound resident - wobble ring pillow to prevent heel sores?")
    against = _said("Foam wedges and wobble-type pillows were considered but not recommended.")
    also_for = _said("Wobble ring pillows are recommended for people at high risk of heel sores.")
    assert closest_advice(asked, [against, also_for], ()) is None
    given = closest_advice(asked, [_said("Reposition people at risk of heel sores every four hours."), against], ())
    assert given is not None and given[0] == "no" and given[1] is against


def test_a_condition_word_the_intervention_shares_names_no_condition() -> None:
    asked = read_question("Is oral zinc the first treatment for zinc deficiency rash?")
    advice = _said("Oral zinc should not be given to toddlers without access to clean water.", title="Zinc")
    forms = (frozenset(tokenize("oral zinc")),)
    assert closest_advice(asked, [advice], forms) is None
    named = _said("Oral zinc should not be given for zinc deficiency rash in toddlers.", title="Zinc")
    given = closest_advice(asked, [named], forms)
    assert given is not None and given[0] == "no"


def test_advice_for_other_people_or_on_another_question_gives_no_verdict() -> None:
    forms = (frozenset(tokenize("zorbolols")),)
    advice = _said("Zorbolols should be considered in patients with grumble lung.", title="Grumble lung")
    given = closest_advice(read_question("Are zorbolols recommended for grumble lung?"), [advice], forms)
    assert given is not None and given[0] == "yes"
    # advice without the severity the question names
    assert closest_advice(read_question("Are zorbolols recommended for mild grumble lung?"), [advice], forms) is None
    # a comparison, or an effect asked: advice to use the thing answers neither
    assert closest_advice(read_question("Are zorbolols better than plinkamide for grumble lung?"), [advice],
                          forms) is None
    assert closest_advice(read_question("Can zorbolols cause grumble lung?"), [advice], forms) is None
    assert closest_advice(read_question("Do zorbolols lower the pressure in grumble lung?"), [advice], forms) is None
    # ... but the use advice is for is no effect asked
    rejection = _said("Zorbolol is not recommended for preventing flare rejection in people having a grumble graft.",
                      title="Zorbolol for grumble grafts")
    given = closest_advice(read_question("grumble graft recipient - is zorbolol recommended to prevent rejection?"),
                           [rejection], (frozenset(tokenize("zorbolol")),))
    assert given is not None and given[0] == "no"


def test_advice_that_names_a_condition_word_but_not_its_head_gives_no_verdict() -> None:
    forms = (frozenset(tokenize("plinkacillin")),)
    asked = read_question("Is plinkacillin recommended for outpatient wobble fever?")
    others = _said("Children with grumble wasting managed as outpatients should be given plinkacillin.",
                   title="Grumble wasting in children")
    assert closest_advice(asked, [others], forms) is None
    own = _said("Adults with wobble fever managed as outpatients should be given plinkacillin.", title="Wobble fever")
    given = closest_advice(asked, [own], forms)
    assert given is not None and given[0] == "yes"


def test_two_things_together_or_a_co_medication_unnamed_gives_no_verdict() -> None:
    forms = (frozenset(tokenize("zorbolols")),)
    advice = _said("Zorbolols should be considered in patients with grumble lung.", title="Grumble lung")
    together = read_question("Can zorbolols be combined with plinkamide for grumble lung?")
    assert closest_advice(together, [advice], forms) is None
    taking = read_question("Can a patient taking flimcoumarin have zorbolols for grumble lung?")
    assert closest_advice(taking, [advice], forms) is None
    named = _said("Zorbolols should be considered in patients with grumble lung, including those on flimcoumarin.",
                  title="Grumble lung")
    given = closest_advice(taking, [named], forms)
    assert given is not None and given[0] == "yes"


def test_a_thing_named_only_in_whom_or_when_the_advice_is_for_gives_no_verdict() -> None:
    # The merge's unseen check: "the combined pill" read as "combined", matched in the people an aspirin advice is for,
    # and advice to assess before starting a drug read as a yes to the drug.
    forms = (frozenset(tokenize("zorbolols")),)
    asked = read_question("Are zorbolols recommended for grumble lung?")
    for_people = _said("In grumble lung (alone or with zorbolol intolerance), the panel suggests plinkamide.",
                       title="Grumble lung")
    assert closest_advice(asked, [for_people], forms) is None
    assess_first = _said("In grumble lung, the panel suggests a full cardiac check before starting zorbolols.",
                         title="Grumble lung")
    assert closest_advice(asked, [assess_first], forms) is None
    advised = _said("In grumble lung, the panel suggests zorbolols for breathlessness.", title="Grumble lung")
    given = closest_advice(asked, [advised], forms)
    assert given is not None and given[0] == "yes"


def test_the_clause_that_gives_the_advice() -> None:
    assert advice_clause("In adults with grumble lung, plinkamide is recommended.") == " plinkamide is recommended."
    assert advice_clause("B - Offer plinkamide to adults.") == "Offer plinkamide to adults."
    assert advice_clause("The panel suggests a check before starting plinkamide.") == "The panel suggests a check "


def test_a_case_with_an_age_asking_can_i_add_a_thing_takes_the_advice_on_it() -> None:
    # "can I add X?" after a case's dash names X; advice naming no age is for the asked "72M" too, while advice for
    # another age still sets it apart.
    asked = read_question("72M grumble lung on plinkamide, still breathless - can I add zorbolols?")
    advice = _said("Zorbolols in combination with plinkamide are recommended as an option for grumble lung.",
                   title="Grumble lung")
    given = closest_advice(asked, [advice], ())
    assert given is not None and given[0] == "yes"
    for_children = _said("Zorbolols with plinkamide are recommended for children with grumble lung.",
                         title="Grumble lung")
    assert closest_advice(asked, [for_children], ()) is None


def test_a_childs_age_and_people_words_do_not_stand_for_the_condition() -> None:
    # Advice for children with another illness names "children" and "acute" of "acute flimflam in children": no
    # word of the asked illness, so it gives no verdict; a child's age asked is still set apart by such advice.
    forms = (frozenset(tokenize("zorbicillin")),)
    asked = read_question("Is zorbicillin the first-line antibiotic for acute flimflam in children?")
    other = _said("Children with acute grumble wasting managed at home should be given an antibiotic such as "
                  "zorbicillin.", title="Grumble wasting in children")
    assert closest_advice(asked, [other], forms) is None
    own = _said("Zorbicillin is recommended as the first-line antibiotic for acute flimflam in children.",
                title="Flimflam")
    given = closest_advice(asked, [own], forms)
    assert given is not None and given[0] == "yes"
