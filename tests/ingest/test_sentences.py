"""Sentence splitting on the awkward parts of biomedical prose."""
from __future__ import annotations

import random

import pytest

from ingest.sentences import sentence_texts, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Give NSAIDs, e.g. ibuprofen, i.e. a short course. Avoid opioids vs. placebo. Stop.",
            ["Give NSAIDs, e.g. ibuprofen, i.e. a short course.", "Avoid opioids vs. placebo.", "Stop."],
        ),
        (
            "As Smith J. et al. showed, risk rose. Jones et al. (2019) disagreed.",
            ["As Smith J. et al. showed, risk rose.", "Jones et al. (2019) disagreed."],
        ),
        (
            "See Fig. 2 and Ref. 7. Dr. Lee gave approx. 40 doses at ca. 10 sites. Trial No. 5 ended.",
            ["See Fig. 2 and Ref. 7.", "Dr. Lee gave approx. 40 doses at ca. 10 sites.", "Trial No. 5 ended."],
        ),
        (
            "Give 10.5 mg twice daily. The effect was significant (p < 0.05). OR 2.1, 95% CI 1.2-3.4. Inject 0.5 mL. Wait.",
            [
                "Give 10.5 mg twice daily.",
                "The effect was significant (p < 0.05).",
                "OR 2.1, 95% CI 1.2-3.4.",
                "Inject 0.5 mL.",
                "Wait.",
            ],
        ),
        (
            "E. coli and S. aureus were cultured. Carriers of BRCA1. IL-6 rose.",
            ["E. coli and S. aureus were cultured.", "Carriers of BRCA1.", "IL-6 rose."],
        ),
        (
            'She said "halve the dose.") Next, review. Outcomes improved [3]. Then they fell.',
            ['She said "halve the dose.")', "Next, review.", "Outcomes improved [3].", "Then they fell."],
        ),
        (
            "Is it safe? Yes! Results were mixed... Further work is needed.",
            ["Is it safe?", "Yes!", "Results were mixed...", "Further work is needed."],
        ),
        (
            "Options include:\n- rest\n* ice\n1. compression\n2) elevation\n\nFollow-up\nReview at 6 weeks.",
            ["Options include:", "- rest", "* ice", "1. compression", "2) elevation", "Follow-up\nReview at 6 weeks."],
        ),
        (
            "the first line ends here\n\nand a blank line ends it even without a period",
            ["the first line ends here", "and a blank line ends it even without a period"],
        ),
        (
            "Doses differ. 12 patients withdrew. \"Quoted start.\" (Bracketed start.) Done.",
            ["Doses differ.", "12 patients withdrew.", '"Quoted start."', "(Bracketed start.)", "Done."],
        ),
    ],
    ids=["latin", "authors", "refs-and-numbers", "decimals", "species-genes", "closers", "ellipsis", "lists", "blank", "openers"],
)
def test_edge_cases(text: str, expected: list[str]) -> None:
    assert sentence_texts(text) == expected


def test_lowercase_after_period_does_not_split() -> None:
    assert sentence_texts("Use the drug. then stop.") == ["Use the drug. then stop."]


def test_long_table_without_punctuation_is_cut_at_semicolons_or_spaces() -> None:
    table = "; ".join(f"row {i} value {i * 3}" for i in range(300)) + " " + "cell " * 400
    spans = split_sentences(table)
    assert len(spans) > 2
    assert all(end - start <= 1000 for start, end in spans)
    assert table[spans[0][0]:spans[0][1]].endswith(";")


def test_unbroken_run_is_hard_cut() -> None:
    spans = split_sentences("x" * 2500, max_chars=1000)
    assert spans == [(0, 1000), (1000, 2000), (2000, 2500)]


_PIECES = [
    "Dr. Smith J. et al. found it.", "E. coli grew.", "p < 0.05.", "10.5 mg", "\n- bullet", "\n1. item", "\n\n",
    "Why?", "Now!", "wait...", "(Fig. 2).", '"Quoted."', "[3].", " ", "  ", "\n", "\t", "x" * 700, ";", "BRCA1.",
    "Ref.", "No. 5", "approx.", "ca.", "vs.", "e.g.", "A.", "\u2026", "Ä.", "",
]


@pytest.mark.parametrize("seed", range(200))
def test_spans_are_ordered_stripped_and_cover_all_text(seed: int) -> None:
    rng = random.Random(seed)
    text = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 60)))
    spans = split_sentences(text)
    previous_end = 0
    covered = set()
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert end - start <= 1000
        sentence = text[start:end]
        assert sentence == sentence.strip()
        covered.update(range(start, end))
        previous_end = end
    assert {i for i, ch in enumerate(text) if not ch.isspace()} <= covered


def test_empty_and_blank_text() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n\t ") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Data were pooled to ensure robust data.RESULTS: To ease this we built a tool. It worked.",
            ["Data were pooled to ensure robust data.", "RESULTS: To ease this we built a tool.", "It worked."],
        ),
        (
            "Seen in 12 cases.CASE PRESENTATION: We describe a boy. Ratio 2.AIMS/GOALS: Two.",
            ["Seen in 12 cases.", "CASE PRESENTATION: We describe a boy.", "Ratio 2.", "AIMS/GOALS: Two."],
        ),
        (
            "Doses were low in infants.<br><b>CONCLUSION</b>: A single dose was safe.",
            ["Doses were low in infants.", "<br><b>CONCLUSION</b>: A single dose was safe."],
        ),
        (
            "It was well tolerated<br /><br> Our results differ.<br>",
            ["It was well tolerated", "<br /><br> Our results differ.<br>"],
        ),
        (
            'It maps to 1p21.3. <AbstractText Label="CASE PRESENTATION" NlmCategory="METHODS">We describe a boy.',
            ["It maps to 1p21.3.", '<AbstractText Label="CASE PRESENTATION" NlmCategory="METHODS">We describe a boy.'],
        ),
        (
            'We describe a boy.</AbstractText> <AbstractText Label="CONCLUSIONS">Drugx helped.</AbstractText>',
            ["We describe a boy.</AbstractText>", '<AbstractText Label="CONCLUSIONS">Drugx helped.</AbstractText>'],
        ),
        (
            "It hit the <i>MIR137</i> gene only. <i>MIR137</i> is small.",
            ["It hit the <i>MIR137</i> gene only.", "<i>MIR137</i> is small."],
        ),
    ],
    ids=["run-on-label", "run-on-labels-of-several-words", "br-before-label", "br-runs", "abstract-text-tag",
         "closing-tag-stays", "tag-before-capital"],
)
def test_boundaries_marked_by_a_pubmed_abstracts_structure(text: str, expected: list[str]) -> None:
    assert sentence_texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Give it, e.g.METHODS: as below.",  # an abbreviation before the capitals
        "Seen in the U.S.FDA: files.",  # capitals before the stop, three after it
        "Lesions (<or =5 lesions and >2 cm) were seen. in all.",  # "<or =5 ... >" is less than or equal, no tag
        "As Smith et al. <i>Nature</i> reported, it rose.",  # an abbreviation before markup
        "It rose in group a.<b>b</b> and c.",  # lower case after the markup
        "It was 4.RESULTS in the table.",  # capitals without a colon
    ],
)
def test_no_boundary_without_the_whole_form(text: str) -> None:
    assert sentence_texts(text) == [text]


_MARKUP_PIECES = ["<br>", "<br/>", "data.RESULTS: To", "x.CASE PRESENTATION: We", '<AbstractText Label="X" N="Y">',
                  "</AbstractText>", "<b>METHODS</b>:", "<i>MIR137</i>", "<or =5", ">", "<", "end.", "Start", "  ",
                  "\n\n", "e.g.", "A."]


@pytest.mark.parametrize("seed", range(200))
def test_spans_with_markup_stay_within_the_text_and_cover_it(seed: int) -> None:
    rng = random.Random(seed)
    text = rng.choice(["", " "]).join(rng.choice(_MARKUP_PIECES) for _ in range(rng.randint(0, 40)))
    spans = split_sentences(text)
    previous_end = 0
    covered = set()
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        covered.update(range(start, end))
        previous_end = end
    assert {i for i, ch in enumerate(text) if not ch.isspace()} <= covered
