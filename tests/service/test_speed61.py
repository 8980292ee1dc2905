"""Shortcuts of session 61 around case-blind scans of every place in a text: each answers as the full scan does,
including on the texts where the shortcut cannot decide (capitals, letters outside ASCII)."""
from __future__ import annotations

from dataclasses import replace

from ingest.models import Chunk
from service.answer.lead import after_first_line
from service.answer.question import without_case_context
from service.answer.scoring import Candidate
from service.answer.source_scope import out_of_scope
from tests.service.candidates import direct_candidate

FIRST_LINE = "What is the first-line treatment for wobblitis?"


def test_a_later_line_is_found_in_capitals_and_beside_letters_outside_ascii() -> None:
    assert after_first_line(FIRST_LINE, "Gizmab may be offered as a SECOND-LINE choice to adults.")
    assert after_first_line(FIRST_LINE, "Gizmab may be offered as a second-line choice to adults \u2265 65 years.")
    assert after_first_line(FIRST_LINE, "Gizmab (if zorbumab was used in FIRST LINE) \u2014 adults only.")


def test_a_statement_without_the_word_line_names_no_later_line() -> None:
    assert not after_first_line(FIRST_LINE, "Gizmab is recommended for adults with wobblitis.")
    assert not after_first_line(FIRST_LINE, "Gizmab is recommended for adults \u2265 65 years with wobblitis.")


def test_a_score_value_is_taken_out_in_any_digits_and_a_text_without_digits_is_kept() -> None:
    assert "17" not in without_case_context("Frob-12 score 17, which drug?")
    assert "\u0661\u0667" not in without_case_context("Wobble score \u0661\u0667, which drug?")  # Arabic-Indic digits
    asked = "Psoriasis failed gizmotrexate, gizmosporin and gizmolol - what next?"
    assert without_case_context(asked) == "Psoriasis failed - what next?"
    assert without_case_context("Which drug for severe wobblitis?") == "Which drug for severe wobblitis?"


def _listed(text: str, sentences: tuple[str, ...]) -> Candidate:
    """A candidate for ``text`` in a chunk of ``sentences`` (joined by one space)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for sentence in sentences:
        spans.append((start, start + len(sentence)))
        start += len(sentence) + 1
    chunk = Chunk(id="g#1", doc_id="g", heading=(), text=" ".join(sentences), sentences=tuple(spans))
    c = direct_candidate(text)
    return replace(c, hit=replace(c.hit, chunk=chunk))


def test_an_item_under_a_scope_note_is_out_of_scope_and_a_passage_without_a_colon_lists_none() -> None:
    noted = ("This guideline does not cover:", "Wobblitis in babies born early.")
    assert out_of_scope(_listed(noted[1], noted))
    plain = ("This guideline covers adults.", "Wobblitis in babies born early is common.")
    assert not out_of_scope(_listed(plain[1], plain))
