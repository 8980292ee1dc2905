"""Sections quote nothing off the question (service.answer.off_question): advice on another condition a source's title
names, a finding on another thing of the asked one's kind without it, what other things do to the asked one, an aside
of a source on something else; and (routing) no harm or drug's name filed as a mechanism."""
from __future__ import annotations

from dataclasses import replace


from index.lexical import tokenize
from index.search import Index
from ingest.models import DocumentKind
from service.answer.models import Answer
from service.answer.off_question import acted_on_only, off_question, only_without
from service.answer.pipeline import answer_question
from service.answer.question import read_question
from service.answer.scoring import Candidate
from tests.service.candidates import candidate, document, hit

R, G = DocumentKind.RESEARCH, DocumentKind.GUIDELINE


def _under(text: str, title: str, kind: DocumentKind = R, i: bool = False, c: bool = False) -> Candidate:
    """A statement of a source titled ``title``, its terms as the index reads them; ``i``/``c`` as the scorer found."""
    doc = replace(document("doc", kind), title=title)
    return replace(candidate(text, kind, i=i, c=c), hit=hit(doc, text), terms=frozenset(tokenize(text)))


def _section_texts(answer: Answer) -> list[str]:
    return [st.text for s in answer.sections for st in s.statements if st.origin == "source"]


def _in_section(answer: Answer, key: str, start: str) -> bool:
    return any(st.text.startswith(start) for s in answer.sections if s.key == key for st in s.statements)


# Unit: the rules, on hand-built statements (any specialty's words).

def test_advice_for_people_with_another_condition_its_title_names_is_off_the_question() -> None:
    q = read_question("Can a patient on warfarin take vitamin K2 supplements?")
    c = _under("Patients with calcific tendinopathy should be offered treatments with evidence of benefit, such as "
               "physiotherapy.", "Overview: vitamin K2 and tendon calcification", i=True)
    assert off_question(c, q)
    # The same advice under a question on that condition is on it.
    asked = read_question("Can vitamin K2 be used to treat tendon calcification?")
    assert not off_question(replace(c, mentions_condition=True), asked)


def test_advice_naming_the_asked_drug_and_a_studys_enrolment_stay() -> None:
    q = read_question("Is vitamin K2 recommended for fracture prevention?")
    advice = _under("Immediate vitamin K2 is recommended for patients with severe osteoporosis.",
                    "Overview of vitamin K2", G, i=True)
    assert not off_question(advice, q)
    study = _under("The trial enrolled people with newly diagnosed type 2 diabetes.", "A trial of vitamin K2", i=True)
    assert not off_question(study, q)


def test_a_finding_on_something_done_without_the_asked_intervention_is_off() -> None:
    named = frozenset(tokenize("vitamin D supplementation"))
    assert only_without("Calcium supplements without vitamin D were associated with more myocardial infarction.", named)
    assert not only_without("Vitamin D supplements without calcium did not lower fractures.", named)
    # A condition's course without the asked treatment is no other treatment of its kind.
    assert not only_without("Most cases of acute otitis media resolve without antibiotics within about three days.",
                            frozenset(tokenize("antibiotics")))
    q = read_question("Does vitamin D supplementation prevent heart attacks and strokes?")
    c = _under("Calcium supplements without vitamin D were associated with an increase of roughly 30 percent in the "
               "risk of myocardial infarction.", "Calcium supplements and myocardial infarction", i=True, c=True)
    assert off_question(c, q)


def test_what_other_drugs_do_to_the_asked_one_is_off_when_the_asked_condition_is_not_named() -> None:
    named, asked = frozenset(tokenize("vitamin K2 supplements")), frozenset(tokenize("patient warfarin vitamin K2"))
    assert acted_on_only("Bile acid sequestrants and orlistat can reduce absorption of fat-soluble vitamins "
                         "including vitamin K.", named, asked)
    assert not acted_on_only("Vitamin K2 can reduce the effect of warfarin.", named, asked)


def test_an_untitled_sources_statement_on_the_condition_is_no_aside() -> None:
    # A research abstract stored without its title (BioASQ's snippets) says nothing of what it is on: its statement on
    # the asked condition stays, as an alternative or background ("A neuroprotective effect of lithium in ALS ...").
    q = read_question("Is erythropoietin effective for treatment of amyotrophic lateral sclerosis?")
    c = _under("A neuroprotective effect of lithium in amyotrophic lateral sclerosis has been recently reported.", "",
               c=True)
    assert not off_question(c, q)


def test_an_aside_on_the_condition_from_a_source_on_something_else_is_off() -> None:
    q = read_question("Does vitamin D supplementation prevent heart attacks and strokes?")
    aside = _under("The clinical importance of warfarin-related calcification for heart attacks and strokes is "
                   "uncertain.", "Overview: warfarin, vitamin K intake and vascular calcification", c=True)
    assert off_question(aside, q)
    # Not when that source speaks of the asked intervention elsewhere ...
    assert not off_question(aside, q, on_intervention=frozenset({aside.doc_id}))
    # ... nor when it speaks of the asked condition in more than this one statement.
    assert not off_question(aside, q, on_condition=frozenset({aside.doc_id}))
    # ... or of the asked condition in more than this one statement.
    assert not off_question(aside, q, on_condition=frozenset({aside.doc_id}))


# On the default corpus: the answers the clinician-tester read (issue 8, "Statements off the question").

def test_warfarin_and_vitamin_k2_quotes_no_tendinopathy_advice_nor_other_drugs_on_vitamin_k(
        loaded_index: Index) -> None:
    texts = _section_texts(answer_question(loaded_index, "Can a patient on warfarin take vitamin K2 supplements?"))
    assert not any(t.startswith("Patients with calcific tendinopathy should be offered") for t in texts)
    assert not any(t.startswith("Bile acid sequestrants, orlistat and mineral oil") for t in texts)
    assert not any(t.startswith("Recommendations on dietary consistency") for t in texts)


def test_ace_inhibitor_cough_is_no_mechanism(loaded_index: Index) -> None:
    first = answer_question(loaded_index, "Are ACE inhibitors first-line for hypertension?")
    answer = answer_question(loaded_index, "What about in pregnancy?", follows=first)
    assert not _in_section(answer, "mechanism", "ACE inhibitors can cause a dry cough")
    assert _in_section(answer, "safety", "ACE inhibitors can cause a dry cough")


def test_vitamin_d_and_heart_attacks_quotes_no_calcium_alone_nor_warfarin(loaded_index: Index) -> None:
    texts = _section_texts(answer_question(loaded_index, "Does vitamin D supplementation prevent heart attacks and "
                                                         "strokes?"))
    assert not any(t.startswith("Calcium supplements without vitamin D") for t in texts)
    assert not any("warfarin-related calcification" in t for t in texts)


def test_reference_question_keeps_its_tendinopathy_advice_and_shape(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Can vitamin K2 be used to treat tendon calcification?")
    assert answer.verdict == "insufficient" and answer.evidence.level == "indirect"
    assert len(answer.sections) == 7
    assert _in_section(answer, "recommendations", "Patients with calcific tendinopathy should be offered")
