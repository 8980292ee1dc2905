"""Guideline questions read from grammar, session 19's second round: a neutral recommendation ("insufficient
evidence to recommend for or against", an I statement) read as neither, a clause supposing the intervention
decided, a headline ending with a colon before its list, a word spelled one vowel apart from the corpus's
spelling, the people a passive question asks about, "Is X recommended to prevent Y in Z?", a long subject
headed by the intervention, "the treatment of choice", and a question quoted as if it were a finding. The
topics are invented; the corpora are written by the tests."""
from __future__ import annotations

import dataclasses

import pytest

from index.embedder import load_embedder
from index.search import Index, open_index
from service.answer import guideline
from service.answer.concepts import Lexicon, concept, text_counts
from service.answer.evidence import answers_directly, reports_finding
from service.answer.lead import choose_lead
from service.answer.pipeline import answer_question
from service.answer.question import read_question, subject_population
from service.answer.routing import NEUTRAL, route
from service.answer.scoring import introduces_list, statements
from service.answer.tuning import AnswerTuning
from service.answer.verdict import decide
from tests.service.corpora import built, lead_text
from tests.service.test_concepts import UNRELATED
from tests.service.test_guideline_lead import _candidate
from tests.service.candidates import passage

I_STATEMENT = ("The Task Force concludes that the current evidence is insufficient to assess the balance of benefits "
               "and harms of screening for zorbedema in children aged 1 to 2 years.")


@pytest.mark.parametrize("text", [
    "There is insufficient evidence to recommend for or against the use of zorbinol in gizmoitis.",
    "The work group is unable to recommend for or against zorbinol for patients with gizmoitis.",
    "The College neither recommends for nor against routine zorbinol in gizmoitis.",
    "No recommendation can be made for or against zorbinol in gizmoitis.",
    I_STATEMENT,
])
def test_a_neutral_recommendation_is_read_from_its_grammar(text: str) -> None:
    assert guideline.is_neutral(text)
    assert not guideline.says_against(text)  # "against" in "for or against" is not advice against
    assert not guideline.is_caution(text)  # "harms" weighed against benefits is not a harms caution
    assert guideline.gives_advice(text) and reports_finding(text)  # what the guideline says on the question


@pytest.mark.parametrize("text", [
    "We recommend zorbinol for adults with gizmoitis.",
    "The panel recommends against zorbinol in gizmoitis.",
    "The panel made recommendations for or against each gizmo treatment.",  # no insufficiency: not neutral
    "Zorbinol should be offered to adults with gizmoitis.",
])
def test_advice_for_or_against_is_not_neutral(text: str) -> None:
    assert not guideline.is_neutral(text)


def test_a_neutral_recommendation_has_the_verdict_uncertain_and_is_routed_as_advice() -> None:
    lead = _candidate("The work group is unable to recommend for or against zorbinol for patients with gizmoitis.", 0.9)
    assert guideline.is_recommendation(lead)
    assert guideline.verdict_of("yes", lead) == "uncertain" and guideline.verdict_of("no", lead) == "uncertain"
    plain = _candidate("We recommend zorbinol for adults with gizmoitis.", 0.9)
    assert guideline.verdict_of("no", plain) == "yes"  # the rule for advice that is not neutral is unchanged
    assert route(_candidate(I_STATEMENT, 0.9)) == "recommendations"  # not Safety for its "harms"
    assert guideline.neutral_on(I_STATEMENT, guideline.topic_terms("screening", None))
    assert not guideline.neutral_on(I_STATEMENT, guideline.topic_terms("zorbinol", None))
    assert NEUTRAL.search(I_STATEMENT) is not None
    # the verdict model's path too: a neutral best statement is "uncertain", whatever its words weigh
    research = _candidate("There is insufficient evidence to recommend for or against zorbinol in gizmoitis.", 0.9,
                          kind="research")
    assert decide("Is zorbinol effective for gizmoitis?", [research])[0] == "uncertain"


def test_a_clause_supposing_the_intervention_decided_does_not_lead() -> None:
    supposing = _candidate("If GP is recommended for zorb fractures, it should be used for patients who have failed "
                           "conservative management.", 0.95, doc="a")
    own = _candidate("Percutaneous gizmoplasty is recommended as an option for treating zorb fractures in adults.",
                     0.7, doc="b")
    assert guideline.supposes(supposing.text) and not guideline.supposes(own.text)
    assert not guideline.supposes("Gizmoplasty should be offered if pain persists, and not otherwise.")
    terms = guideline.topic_terms("gizmoplasty", None)
    assert choose_lead([supposing, own], AnswerTuning(), None, terms) is own


def test_a_headline_before_its_list_is_quotable_by_its_form() -> None:
    head = "Percutaneous gizmoplasty is recommended as an option for treating zorb fractures only in people:"
    # the list is one sentence cut into items: the headline and its items, verbatim, to the stop
    text, spans = passage(head, "who have severe pain after a recent fracture and",
                           "in whom the pain is confirmed at the fracture by imaging.")
    quoted = [s for s, _ in statements(text, spans)]
    assert quoted == [text]
    # items that are sentences of their own: the headline alone, its colon marking the list left out
    text, spans = passage(head, "Gizmoplasty should be done by trained operators.", "Imaging should come first.")
    quoted = [s for s, _ in statements(text, spans)]
    assert quoted[0] == head and introduces_list(quoted[0])
    # a headline that only names whom its list is for says nothing quoted alone: its items are quoted instead
    who = "For people who develop zorb fractures despite gizmo therapy:"
    text, spans = passage(who, "Gizmoplasty should be done by trained operators.")
    assert [s for s, _ in statements(text, spans)] == ["Gizmoplasty should be done by trained operators."]
    # a heading with a colon is no sentence; nor is a headline with nothing after it
    text, spans = passage("Summary:", "Gizmoplasty should be done by trained operators.")
    assert [s for s, _ in statements(text, spans)] == ["Gizmoplasty should be done by trained operators."]
    assert statements(head, ((0, len(head)),)) == []
    # a sentence with a label glued to it by the splitter is no headline
    text, spans = passage("Two gizmo variants were found in trans in the probands of two families (GZ).CONCLUSION:",
                           "Gizmo variants cause zorb disease in both probands.")
    assert [s for s, _ in statements(text, spans)] == ["Gizmo variants cause zorb disease in both probands."]


def test_a_cross_reference_or_a_question_is_not_quoted() -> None:
    # It sends the reader elsewhere and states nothing; advice to see or consult a person is a statement.
    pointers = ['Note: See the "Major Gizmo Recommendations" field for interventions that were not recommended.',
                "Refer to the \"Rationale\" sections of the original guideline document for a discussion of benefits.",
                "See the original guideline document for more information on zorb education."]
    advice = ["See a doctor if the zorb pain lasts more than six weeks after the gizmo injection.",
              "Consult the prescriber before starting gizmo supplements in zorb disease."]
    # nor is a question the document asks itself (a key question): it says nothing
    pointers.append("Should gizmo therapy be continued in patients who develop zorb disease?")
    text, spans = passage(*pointers, *advice)
    assert [s for s, _ in statements(text, spans)] == advice


def test_a_word_is_named_by_the_corpus_spelling_one_vowel_apart_when_the_embedder_agrees() -> None:
    texts = ["Screening for zorbedema in children was studied.", "A plan for gizmo care was written."]
    lexicon = Lexicon({}, counts=text_counts(texts), encode=load_embedder().encode)
    assert lexicon.spellings("zorboedema in children") == ["zorbedema in children"]
    assert concept("zorboedema", lexicon).mentioned_in({"zorbedema"})
    # one vowel apart, in the corpus, but another word: the embedder keeps "plain" and "plan" apart
    assert lexicon.spellings("plain gizmo care") == []
    # a respelling whose stem is another word's ("retinoal" stems to the "retino" of "retinoic"): not a spelling
    retina = Lexicon({}, counts=text_counts(["Retinoic acid was given to the gizmo cells."]),
                     encode=load_embedder().encode)
    assert retina.spellings("retinal gizmo degeneration") == []
    # nothing is guessed without the corpus's counts or the embedder
    assert Lexicon({}, counts=text_counts(texts)).spellings("zorboedema") == []


def test_the_people_a_passive_question_asks_about_and_the_prevent_shape() -> None:
    question = "Should women with recurrent gizmo loss be tested for inherited zorbophilias?"
    assert subject_population(question) == "women"
    assert read_question(question).condition == "inherited zorbophilias"
    tumours = "Should the tumours of all patients with gizmo cancer be tested for zorb syndrome?"
    assert subject_population(tumours) is None
    assert subject_population("Is zorbinol recommended for gizmoitis?") is None
    q = read_question("Should adults be screened for gizmo cancer by their primary care clinician?")
    assert (q.intervention, q.condition) == ("screening", "gizmo cancer")  # "by ..." is the agent
    q = read_question("Is zorb prophylaxis recommended to prevent gizmo infection in men who have sex with men?")
    assert (q.intervention, q.condition) == ("zorb prophylaxis", "gizmo infection in men who have sex with men")


def test_a_subject_headed_by_the_intervention_takes_its_passive_advice() -> None:
    testing = guideline.topic_terms("testing", None)
    against = ("Testing for inherited zorbophilias in women who have experienced recurrent gizmo loss or placental "
               "abruption is not recommended.")
    assert guideline.advises_on(against, testing)
    # the same words with the intervention deep in the subject, not its head: not advice on it
    assert not guideline.advises_on("Recurrent gizmo loss in women who had testing for inherited zorbophilias at one "
                                    "of the regional clinics is not recommended reading.", testing)


def test_the_treatment_of_choice_is_a_guideline_recommendation_and_a_question_is_no_finding() -> None:
    assert guideline.gives_advice("Oral zorbomycin is the treatment of choice in patients with severe gizmoitis.")
    assert not reports_finding("Key Question 6: How effective is zorbinol in preventing gizmoitis?")
    assert reports_finding("Zorbinol reduced gizmoitis by 40% in the trial.")
    # nor does a question answer directly when the question asked names no topic
    asked = dataclasses.replace(_candidate("Should zorb sealants be used on the gizmo molars of children?", 0.9),
                                anchored=False)
    assert not answers_directly(asked)
    assert answers_directly(dataclasses.replace(_candidate("Zorb sealants should be used on gizmo molars.", 0.9),
                                                anchored=False))


def _filler(name: str, n: int) -> str:
    return (f"## {name}\n\nReport {n} described zorbedema in young children and the iron stores of those children "
            f"over one year. Zorbedema and its blood tests were described together in report {n}.\n")


CORPUS = {
    "zorbedema-screening.md": f"""---
title: "Screening for zorbedema in young children: Test Task Force recommendation statement"
type: guideline
source: "Test Task Force"
year: 2021
---
# Screening for zorbedema in young children

## Recommendations

{I_STATEMENT}

{_filler("Background", 1)}
{_filler("Epidemiology", 2)}
""",
    "gizmoplasty.md": """---
title: "Percutaneous gizmoplasty for treating zorb compression fractures"
type: guideline
source: "Test Institute"
year: 2020
---
# Percutaneous gizmoplasty for treating zorb compression fractures

## Recommendations

Percutaneous gizmoplasty is recommended as an option for treating zorb compression fractures only in people:

- who have severe ongoing pain after a recent zorb compression fracture and
- in whom the pain has been confirmed at the level of the fracture by imaging.
""",
    "zorb-criteria.md": """---
title: "Criteria for the management of zorb compression fractures"
type: guideline
source: "Test College"
year: 2019
---
# Criteria for the management of zorb compression fractures

## Recommendations

If GP is recommended for zorb compression fractures, it should be used for patients who have failed or cannot
tolerate conservative management of their zorb compression fractures with gizmoplasty (GP).
""",
    "other.md": UNRELATED,
}


@pytest.fixture(scope="module")
def second_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    path = built(tmp_path_factory, "second-round", CORPUS)
    return open_index(path)


def test_an_i_statement_asked_in_british_spelling_leads_as_neither(second_index: Index) -> None:
    answer = answer_question(second_index, "Should young children be screened for zorboedema?")
    assert answer.verdict == "uncertain"
    assert lead_text(answer) == I_STATEMENT


def test_the_guideline_recommendation_leads_over_a_supposing_clause(second_index: Index) -> None:
    answer = answer_question(second_index, "Is gizmoplasty recommended for zorb compression fractures?")
    lead = lead_text(answer)
    assert lead.startswith("Percutaneous gizmoplasty is recommended as an option for treating zorb compression "
                           "fractures only in people:")
    assert answer.verdict == "yes"


def test_what_may_be_offered_is_advice() -> None:
    # s24a: "Is a steroid injection useful for calcific tendinitis?" opened with a trial of lavage against the
    # injection under "No." while the guideline's "A subacromial corticosteroid injection may be offered for
    # short-term pain relief ..." ranked as a plain finding.
    assert guideline.gives_advice("A subacromial zorb injection may be offered for short-term gizmo pain relief.")
    assert not guideline.gives_advice("A subacromial zorb injection was offered to 48 patients in the trial.")
