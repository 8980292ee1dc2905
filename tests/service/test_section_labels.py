"""Section labels of structured abstracts (service.answer.section_labels): which openings are labels, and an
answer that quotes a labelled sentence without its label while reading it, and citing it, as before."""
from __future__ import annotations

import json
from pathlib import Path

from index.build import build_index
from index.search import open_index
from service.answer.models import Answer
from service.answer.pipeline import answer_question
from service.answer.section_labels import label_length, quoted_text


def test_a_label_is_capitals_before_a_colon_or_a_capitalised_word_or_in_markup() -> None:
    assert quoted_text("BACKGROUND: Drugx is an oral inhibitor of kinase K.") == \
        "Drugx is an oral inhibitor of kinase K."
    assert quoted_text("CONCLUSIONS Drugx lowered relapse.") == "Drugx lowered relapse."
    assert quoted_text("CONCLUSION A single dose was well tolerated.") == "A single dose was well tolerated."
    assert quoted_text("PATIENTS AND METHODS: Forty adults took part.") == "Forty adults took part."
    assert quoted_text("BACKGROUND AND PURPOSE Drugx is new.") == "Drugx is new."
    assert quoted_text("<b>Summary</b>: Tool T is a framework.") == "Tool T is a framework."
    assert label_length("RESULTS: 12 of 40 adults relapsed.") == len("RESULTS: ")


def test_acronyms_names_and_lower_case_text_after_capitals_are_not_labels() -> None:
    for sentence in ("HIV: Offer testing to every adult.",  # a colon after a short acronym: a topic, kept
                     "PANDAS Syndrome is rare.",  # six capitals without a colon: a name
                     "USPSTF: methods and processes.",  # lower case after the colon: a heading line
                     "SAD PERSONS did not predict attempts.",  # lower case after the capitals
                     "DNA methylation is altered in tumours."):
        assert label_length(sentence) == 0, sentence
        assert quoted_text(sentence) == sentence


def test_markup_that_opens_a_sentence_is_part_of_its_label() -> None:
    assert quoted_text("<br><b>CONCLUSION</b>: A single dose was safe.") == "A single dose was safe."
    assert quoted_text('<AbstractText Label="CASE PRESENTATION" NlmCategory="METHODS">We describe a boy.') == (
        "We describe a boy.")
    assert quoted_text('</AbstractText> <AbstractText Label="X">RESULTS: 12 of 40 relapsed.') == "12 of 40 relapsed."
    assert quoted_text("<br /> Our results differ.") == "Our results differ."
    assert quoted_text("CASE PRESENTATION: We describe a boy.") == "We describe a boy."
    assert quoted_text("DATA SOURCES AND SELECTION: Medline was searched.") == "Medline was searched."
    assert quoted_text("<B>CONCLUSIONS</B> A single dose was safe.") == "A single dose was safe."


def test_markup_of_the_sentences_own_words_or_markup_alone_is_no_label() -> None:
    for sentence in ("<i>MIR137</i> is a small gene.",  # the subject in italics
                     "<b>Drugx</b> lowered relapse.",
                     "<br>",  # nothing after the markup
                     '<AbstractText Label="RESULTS">',
                     "HIV AIDS: Offer testing.",  # a short acronym first: a topic
                     "Lesions <or =5 lesions> were seen."):
        assert quoted_text(sentence) == sentence, sentence


def test_markup_that_ends_a_sentence_without_words_after_it_is_not_quoted() -> None:
    assert quoted_text("It is sold as (trade name, Drugx<br>") == "It is sold as (trade name, Drugx"
    assert quoted_text('<AbstractText Label="X">We describe a boy.</AbstractText> <br/>') == "We describe a boy."
    kept_label = "CONCLUSIONS: The authors conclude it works."
    assert quoted_text(kept_label + "<br>") == kept_label
    for sentence in ("It grew in <i>E. coli</i>",  # the closing tag closes the sentence's own words
                     "</AbstractText>"):  # nothing but markup
        assert quoted_text(sentence) == sentence, sentence


def test_a_label_before_an_anaphor_stays_so_the_sentence_never_leans_on_nothing() -> None:
    labelled = "CONCLUSIONS: The authors conclude that drugx is not effective."
    assert quoted_text(labelled) == labelled


ABSTRACT = """---
title: "Drugx for lateral gizmoitis: a randomized trial"
type: research
source: "Test Journal"
year: 2022
---
BACKGROUND: Lateral gizmoitis is a painful swelling of the outer gizmo in adults.

METHODS: Two hundred adults with lateral gizmoitis were randomly assigned to drugx or placebo for twelve weeks.

RESULTS: Gizmo pain fell by half with drugx and by a tenth with placebo after twelve weeks of lateral gizmoitis.

CONCLUSIONS: Drugx reduced pain and swelling of lateral gizmoitis compared with placebo in adults.
"""


def _answer(tmp_path: Path, name: str, text: str, question: str) -> Answer:
    """The answer to ``question`` over a corpus folder holding one file, built by the real build."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / name).write_text(text)
    build_index(folder, tmp_path / "index")
    index = open_index(tmp_path / "index")
    try:
        return answer_question(index, question)
    finally:
        index.close()


def test_an_answer_quotes_a_labelled_conclusion_without_its_label_and_cites_it(tmp_path: Path) -> None:
    answer = _answer(tmp_path, "drugx-trial.md", ABSTRACT, "Is drugx effective for lateral gizmoitis?")
    quoted = [s for s in answer.bottom_line.statements if s.origin == "source"]
    assert quoted, answer.bottom_line
    assert quoted[0].text in ("Drugx reduced pain and swelling of lateral gizmoitis compared with placebo in adults.",
                              "Gizmo pain fell by half with drugx and by a tenth with placebo after twelve weeks of "
                              "lateral gizmoitis.")
    assert quoted[0].citations  # still a verbatim, cited part of the source
    every = [s.text for s in answer.bottom_line.statements] + [
        s.text for section in answer.sections for s in section.statements if s.origin == "source"]
    assert {"Drugx reduced", "Gizmo pain fell"} <= {text[:len("Drugx reduced")] if text.startswith("Drugx")
                                                    else text[:len("Gizmo pain fell")] for text in every}, every
    assert not any(text.startswith(("BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS")) for text in every)


RUN_ON = {"_id": "p1", "title": "Drugx for lateral gizmoitis in infants",
          "text": "Lateral gizmoitis is a painful swelling of the outer gizmo in infants.METHODS: Two hundred infants "
                  "with lateral gizmoitis took drugx or placebo for twelve weeks.<br><b>CONCLUSION</b>: Drugx reduced "
                  "pain and swelling of lateral gizmoitis compared with placebo in infants.",
          "metadata": {"type": "research"}}


def test_an_abstract_with_run_on_labels_and_markup_is_quoted_sentence_by_sentence(tmp_path: Path) -> None:
    answer = _answer(tmp_path, "corpus.jsonl", json.dumps(RUN_ON) + "\n",
                     "Is drugx effective for lateral gizmoitis in infants?")
    every = [s.text for s in answer.bottom_line.statements if s.origin == "source"] + [
        s.text for section in answer.sections for s in section.statements if s.origin == "source"]
    assert "Drugx reduced pain and swelling of lateral gizmoitis compared with placebo in infants." in every, every
    for text in every:  # one sentence each, no label, no markup, still a verbatim part of the passage
        assert "<" not in text and "METHODS" not in text and "CONCLUSION" not in text, text
        assert text in RUN_ON["text"], text


def test_a_subject_in_markup_is_not_a_label() -> None:
    for sentence in ("<i>KRAS</i> mutations predict resistance to drugx.",  # italics: a gene's name, the subject
                     "<b>BRCA1</b> carriers should be offered counselling.",  # bold, but an acronym
                     "<i>GIZMO</i> variants were found in 12 of 40 families."):
        assert quoted_text(sentence) == sentence
    assert quoted_text("<b>CONCLUSIONS</b> Drugx lowered relapse.") == "Drugx lowered relapse."
    assert quoted_text("<i>Summary</i>: Tool T is a framework.") == "Tool T is a framework."


def test_a_label_naming_what_the_question_asks_stays_in_the_quote() -> None:
    heading = "GIZMOCILLIN: Continue in adults whose kidney function is above a third of normal."
    assert quoted_text(heading, "Should gizmocillin be continued in kidney disease?") == heading  # the label's word
    assert quoted_text(heading, "Is drugx safe in kidney disease?") == \
        "Continue in adults whose kidney function is above a third of normal."
