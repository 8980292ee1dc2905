"""A question on a treatment's harms opens with the harm its source states of a class the source says the treatment
is one of ("Antibiotics for otitis media commonly cause diarrhoea and rash" beside "Drugx is the recommended
first-line antibiotic for otitis media"), not with the advice to give it (``class_harms``; ``retrieval.retrieve``
takes a guideline's passage on harms past its quota for such a question; ``lead.on_aspect`` reads harms named with
a condition as harms asked)."""
from __future__ import annotations

import pytest

from index.lexical import tokenize
from index.search import Index, open_index
from service.answer.class_harms import classes_said, states_class_harm
from service.answer.pipeline import answer_question
from service.answer.question import asks_harms_named
from tests.service.corpora import BACKGROUND, background_guidelines, built, lead_text

DRUGX = frozenset(tokenize("drugx"))


def test_the_class_a_statement_says_the_treatment_is() -> None:
    assert classes_said("Drugx is the recommended first-line antibiotic for otitis media.", DRUGX) == \
        ((frozenset(tokenize("recommended first-line")), tokenize("antibiotic")[0]),)
    said = classes_said("Drugx is a vitamin K antagonist that blocks an enzyme.", DRUGX)
    assert [noun for _, noun in said] == tokenize("antagonist")
    # Not of another subject, nor a noun of relation ("the mainstay of"), nor a participle.
    assert classes_said("Drugy is the recommended first-line antibiotic.", DRUGX) == ()
    assert classes_said("Drugx is the mainstay of treatment.", DRUGX) == ()
    assert classes_said("Drugx is recommended when an antibiotic is needed.", DRUGX) == ()


def test_a_harm_stated_of_the_class() -> None:
    noun, modifiers = tokenize("antibiotic")[0], frozenset(tokenize("recommended first-line"))
    assert states_class_harm("Antibiotics for otitis media commonly cause diarrhoea and rash.", noun, modifiers)
    assert not states_class_harm("Antibiotics for otitis media shorten pain by a day.", noun, modifiers)  # no harm
    assert not states_class_harm("Macrolide antibiotics cause diarrhoea.", noun, modifiers)  # another class's
    antagonist = tokenize("antagonist")[0]
    assert states_class_harm("Vitamin K antagonists cause bleeding.", antagonist, frozenset(tokenize("vitamin K")))
    assert not states_class_harm("Calcium channel antagonists cause ankle swelling.", antagonist,
                                 frozenset(tokenize("vitamin K")))


GUIDELINE = """---
title: "Management of acute otitis media in children"
type: guideline
year: 2024
---
# Management of acute otitis media in children

## Background

Acute otitis media is an infection of the middle ear that is most common in young children. Acute otitis media is
caused by viruses and bacteria. Most cases of acute otitis media resolve without treatment within about three days.

## Diagnosis

Clinicians should diagnose acute otitis media when the eardrum bulges or there is new ear discharge. Ear pain and
fever support the diagnosis of acute otitis media but are not specific.

## Recommendations

Clinicians should offer pain relief to every child with acute otitis media. Watchful waiting is an appropriate
option for many older children with mild acute otitis media. Immediate antibiotics are recommended for infants and
for children with severe acute otitis media. Drugx is the recommended first-line antibiotic for acute otitis media
when an antibiotic is needed. Drugx with clavulanate is recommended if the child has received drugx in the previous
month.

## Follow-up

Parents should be told to seek review if the child with acute otitis media does not improve within three days.
Clinicians should check hearing in children whose middle ear fluid lasts more than three months.

## Safety

Antibiotics for acute otitis media commonly cause diarrhoea and rash. Serious complications are rare.

## Limitations

Trials show only a modest benefit of antibiotics on pain in acute otitis media.
"""


# Other sources, so that the corpus's word weights are a corpus's (``corpora.BACKGROUND``).
OTHERS = background_guidelines(*BACKGROUND)


@pytest.fixture(scope="module")
def guideline(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return open_index(built(tmp_path_factory, "class-harms", {"ear.md": GUIDELINE, **OTHERS}))


def test_the_side_effects_question_opens_with_the_class_harm(guideline: Index) -> None:
    answer = answer_question(guideline, "What are the side effects of drugx in children with acute otitis media?")
    assert lead_text(answer) == "Antibiotics for acute otitis media commonly cause diarrhoea and rash."


def test_which_questions_name_harms_as_what_they_ask() -> None:
    assert asks_harms_named("What are the side effects of drugx in children with otitis media?")
    assert asks_harms_named("What are the complications of needle lavage?")
    # A judgement asked on the whole, or a risk of an outcome, names no harm of the treatment as what is asked.
    assert not asks_harms_named("Is drugx safe for the shoulder?")
    assert not asks_harms_named("What is the risk of stroke with drugx?")
