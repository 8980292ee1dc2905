"""A condition asked for particular people ("ear infections in kids who are allergic to penicillin") is named by a
statement on those very people in the corpus's words ("children with penicillin allergy" under a title on acute
otitis media): session 42."""
from __future__ import annotations

from index.search import Index
from service.answer.concepts import Lexicon, asked_people, concept, people_terms
from service.answer.pipeline import answer_question
from service.answer.scoring import sentence_terms

_ASKED = "ear infections in kids who are allergic to penicillin"
_TITLE = "Overview of management of acute otitis media in children"
_LEXICON = Lexicon({}, kinds={"ear infections": ["acute otitis media"]})


def test_people_a_condition_is_asked_for_are_read_by_grammar() -> None:
    # "who" follows a noun for persons: "kids" names people though no list of people nouns has it.
    assert asked_people(_ASKED) == ("ear infections", "kids who are allergic to penicillin")
    assert asked_people("stress urinary incontinence in women") == ("stress urinary incontinence", "women")
    assert asked_people("calcification in tendons") is None  # a place, not people
    assert asked_people("bleeding in surgery who") is None  # "who" must follow a noun that it relates
    assert people_terms("kids who are allergic to penicillin") == frozenset({"kid"})
    assert people_terms("older women with osteoporosis") == frozenset({"women"})


def test_a_statement_on_the_asked_people_names_the_condition_its_title_names() -> None:
    condition = concept(_ASKED, _LEXICON, condition=True)
    title = condition.present(sentence_terms(_TITLE))
    macrolide = "A macrolide or another alternative is used for children with penicillin allergy."
    assert condition.mentioned_in(sentence_terms(macrolide), title, parts=True, text=macrolide)
    # The people are part of what is asked: advice on the condition for everyone, or on other people, does not
    # name it, and the same people without the condition's name or the title's do not either.
    for other in ("Amoxicillin is the recommended first-line antibiotic for acute otitis media.",
                  "Immediate antibiotics are recommended for children under 6 months with severe symptoms."):
        assert not condition.mentioned_in(sentence_terms(other), title, parts=True, text=other), other
    assert not condition.mentioned_in(sentence_terms(macrolide), None, parts=True, text=macrolide)


def test_the_rare_word_for_the_people_is_not_the_word_a_statement_must_have() -> None:
    # Without the title's kind of ear infection: "kids" is the rarest term, yet a statement on ear infections in
    # children allergic to penicillin names the asked condition for the asked people.
    condition = concept(_ASKED, Lexicon({}), lambda term: 6.0 if term == "kid" else 3.0, condition=True)
    said = "Children with an ear infection who are allergic to penicillin are given a macrolide."
    assert condition.mentioned_in(sentence_terms(said), text=said)


def test_the_default_corpus_answers_the_allergic_kids_with_the_alternative(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Is amoxicillin still first choice for ear infections in kids who are "
                                           "allergic to penicillin?")
    quoted = [s.text for s in answer.bottom_line.statements if s.origin == "source"]
    assert quoted and quoted[0] == "A macrolide or another alternative is used for children with penicillin allergy.", \
        answer.bottom_line.text
