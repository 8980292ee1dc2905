"""Guideline questions read from their grammar (session 19): advice asked in the passive with any verb, the act
named by the corpus's noun for it, a condition's population and conjuncts, the asked population, a class's
members and a later course among recommendations, and guideline authors giving advice. The corpora here are
written by the tests, on invented topics the default corpus lacks."""
from __future__ import annotations

import pytest

from index.search import Index, open_index
from service.answer import guideline
from service.answer.anaphora import opens_with_anaphor
from service.answer.concepts import Lexicon, concept, parts_of, question_concepts, text_counts
from service.answer.lead import choose_lead
from service.answer.pipeline import answer_question
from service.answer.question import gerund, population_of, read_question
from service.answer.tuning import AnswerTuning
from tests.service.corpora import built
from tests.service.test_concepts import UNRELATED
from tests.service.test_guideline_lead import _candidate


@pytest.mark.parametrize(("question", "intervention", "condition"), [
    # a condition or population after the verb: what is acted on is the intervention
    ("Should flumoxabine antagonists be urgently reversed in patients with gizmo haemorrhage?",
     "flumoxabine antagonists", "gizmo haemorrhage"),
    ("Should zorbumin be given after large-volume gizmocentesis in cirrhosis?", "zorbumin",
     "large-volume gizmocentesis in cirrhosis"),
    # nothing after it but when: the act is the intervention, what it acts on the condition
    ("Should gizmo fractures in polytrauma patients be fixed within 24 hours?", "fixing",
     "gizmo fractures in polytrauma patients"),
    ("Should gizmo cysts be drained?", "draining", "gizmo cysts"),
])
def test_passive_advice_questions_are_read_with_any_verb(question: str, intervention: str, condition: str) -> None:
    q = read_question(question)
    assert (q.intervention, q.condition) == (intervention, condition)


def test_passive_reading_leaves_other_shapes_and_verbs_of_giving_alone() -> None:
    # a verb of giving never makes its subject the condition; "treated" keeps its own shapes
    assert read_question("Should zorbumin be given?").intervention is None
    assert read_question("Should gizmo fractures be treated surgically?").intervention is None
    assert (read_question("Should drugx be given to adults with condition Y?").intervention ==
            "drugx")  # the session-17 shape still reads it first
    assert read_question("Should gizmo fractures in polytrauma patients be fixed within 24 hours?").title == \
        "Fixing Gizmo Fractures in Polytrauma Patients"


def test_gerund_of_participles() -> None:
    assert [gerund(p) for p in ("fixed", "reversed", "applied", "taken")] == ["fixing", "reversing", "applying",
                                                                                "taking"]
    assert gerund(None) is None


def test_population_of_a_condition() -> None:
    assert population_of("urinary gizmoitis in women") == ("urinary gizmoitis", "women")
    assert population_of("gizmoitis in patients with cancer") == ("gizmoitis", "patients with cancer")
    assert population_of("gizmoitis in the knee") is None  # not people
    assert population_of("gizmoitis") is None and population_of(None) is None


def test_parts_of_a_condition() -> None:
    assert parts_of("urinary gizmoitis in women") == ("urinary gizmoitis",)
    assert parts_of("gizmo disease and anaemia") == ("gizmo disease", "anaemia")
    # a population with its own condition is not left out (only the noun for them); coordinated modifiers are not
    # conditions
    assert parts_of("mortality in patients with gizmo injury") == ("mortality with gizmo injury",)
    assert parts_of("acute and chronic gizmoitis") == ()
    assert parts_of("gizmo disease and anaemia of pregnancy") == ()


def test_a_statement_on_one_conjunct_or_without_the_population_names_the_condition() -> None:
    both = concept("gizmo disease and anaemia", condition=True)
    assert both.mentioned_in({"gizmo", "diseas"})
    assert not concept("gizmo disease and anaemia").mentioned_in({"gizmo", "diseas"})  # only a condition
    women = concept("urinary gizmoitis in women", condition=True)
    assert women.mentioned_in({"urinari", "gizmoiti"})


TEXTS = [
    "Early operative fixation of gizmo fractures reduced complications in the trial.",
    "Gizmo fixation within a day was compared with delayed surgery.",
    "These guidelines are not fixed protocols.",
]


def test_the_act_is_named_by_the_corpus_noun_for_it() -> None:
    lexicon = Lexicon({}, counts=text_counts(TEXTS))
    assert lexicon.act_nouns("fixing") == ["fixation"]
    fixing = concept("fixing", lexicon)
    assert fixing.mentioned_in({"fixat", "gizmo"})
    # the verb's own stem no longer names it once the corpus has a noun: "fixed protocols" is not fixation
    assert not fixing.mentioned_in({"fix", "protocol"})
    # without the corpus's counts nothing is guessed
    assert Lexicon({}).act_nouns("fixing") == []
    assert concept("fixing").mentioned_in({"fix"})


def test_the_question_concepts_of_a_passive_act_question() -> None:
    lexicon = Lexicon({}, counts=text_counts(TEXTS))
    q = read_question("Should gizmo fractures in polytrauma patients be fixed within 24 hours?")
    i, c = question_concepts(q, lexicon)
    assert i is not None and c is not None
    assert i.mentioned_in({"fixat"}) and c.mentioned_in({"gizmo", "fractur"})


def test_the_recommendation_for_the_asked_population_leads() -> None:
    men = _candidate("Offer supervised gizmo training to men with urinary gizmoitis caused by surgery.", 0.95,
                     doc="m")
    women = _candidate("The College recommends first-line gizmo training in women with urinary gizmoitis.", 0.80,
                       doc="w")
    terms = guideline.topic_terms("gizmo training", None)
    population = guideline.population_terms("urinary gizmoitis in women")
    assert population == frozenset({"women"})
    assert choose_lead([men, women], AnswerTuning(), None, terms, population) is women
    assert choose_lead([men, women], AnswerTuning(), None, terms) is men  # without the population: by score
    # a guideline whose title names the population is for it
    titled = _candidate("Offer supervised gizmo training for urinary gizmoitis.", 0.7, doc="t",
                        title="Urinary gizmoitis in women")
    assert guideline.for_population(titled, population) and not guideline.for_population(men, population)


def test_a_class_by_its_listed_members_and_a_later_course_after_the_first_line() -> None:
    title = "Zorb inhibitors for gizmo spondylitis"
    later = _candidate("Treatment with another zorb inhibitor is recommended for people whose disease has not "
                       "responded to the first zorb inhibitor.", 0.9, doc="z", title=title)
    members = _candidate("Zorbumab, zorbicept and zorbolimumab are recommended as options for treating severe gizmo "
                         "spondylitis.", 0.8, doc="z", title=title)
    terms = guideline.topic_terms("zorb inhibitors", None)
    assert guideline.advises_on_members(members, terms)
    assert not guideline.advises_on_members(members, guideline.topic_terms("gizmo surgery", None))
    assert guideline.later_line(later.text, terms) and not guideline.later_line(members.text, terms)
    assert choose_lead([later, members], AnswerTuning(), None, terms) is members


@pytest.mark.parametrize("setting", [
    "For patients whose wheezitis is not controlled on low-dose drugq, clinicians should step up to low-dose drugq "
    "combined with drugr.",
    "Patients taking drugq whose symptoms persist should have drugr added to drugq.",
    "After drugq fails, clinicians should offer drugq combined with drugr.",
])
def test_advice_for_people_already_on_the_intervention_leads_after_advice_to_give_it(setting: str) -> None:
    # unseen45: "Is an inhaled corticosteroid the preferred controller in persistent asthma?" opened with the step-up
    # advice, where the asked treatment is only what the patients failed on, before "Every adult ... should receive
    # an inhaled corticosteroid-containing treatment"
    later = _candidate(setting, 0.95, doc="q", title="Drugq for wheezitis in adults")
    first = _candidate("Every adult with wheezitis should receive a drugq-containing treatment rather than drugs "
                       "alone.", 0.85, doc="q", title="Drugq for wheezitis in adults")
    terms = guideline.topic_terms("drugq", None)
    assert guideline.later_line(later.text, terms) and not guideline.later_line(first.text, terms)
    assert choose_lead([later, first], AnswerTuning(), None, terms) is first
    # advice to go on taking it is advice on it, not for people already on it
    assert not guideline.later_line("Patients should continue taking drugq every day.", terms)


def test_guideline_authors_giving_advice_are_not_an_anaphor() -> None:
    assert not opens_with_anaphor("The authors recommend urgent reversal of zorb antagonists in gizmo haemorrhage.")
    assert not opens_with_anaphor("The panel suggests early operative fixation of gizmo fractures.")
    assert opens_with_anaphor("The authors found no difference in gizmo outcomes.")  # whose authors?
    assert opens_with_anaphor("The trial recommended nothing.")


def _filler(name: str, n: int) -> str:
    return (f"## {name}\n\nReport {n} described gizmo fractures in adults after high-energy trauma and their "
            f"outcomes over one year. Gizmo fractures and their imaging were described together in report {n}.\n")


GUIDE = {
    "gizmo-trauma.md": f"""---
title: "Management of gizmo fractures in trauma"
type: guideline
source: "Test Society"
year: 2022
---
# Management of gizmo fractures in trauma

{_filler("Background", 1)}
{_filler("Epidemiology", 2)}
## Recommendations

In trauma patients with open or closed gizmo fractures, the panel suggests early (within 24 hours) operative
fracture fixation.
""",
    "other.md": UNRELATED,
}


@pytest.fixture(scope="module")
def trauma_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    path = built(tmp_path_factory, "gizmo-trauma", GUIDE)
    return open_index(path)


def test_a_passive_act_question_opens_with_the_recommendation(trauma_index: Index) -> None:
    answer = answer_question(trauma_index, "Should gizmo fractures in polytrauma patients be fixed within 24 hours?")
    assert (answer.intervention, answer.condition) == ("fixing", "gizmo fractures in polytrauma patients")
    lead = next(s for s in answer.bottom_line.statements if s.origin == "source")
    assert lead.text.startswith("In trauma patients with open or closed gizmo fractures, the panel suggests")
    assert answer.verdict == "yes"
