"""Grades of guideline recommendations: the fixed forms, per-document schemes, heading and trailing lines."""
from __future__ import annotations

import pytest

from ingest.chunking import chunk_document
from ingest.grades import find_grade, grade_sentences, learn_scheme, RatingScheme
from ingest.models import Document, DocumentSection


@pytest.mark.parametrize("sentence, strength, certainty", [
    ("Offer X (Grade: strong recommendation; moderate-quality evidence).", "strong", "moderate"),
    ("Offer X (1A).", "strong", "high"),
    ("Offer X (2C).", "conditional", "low"),
    ("Offer X. Level B", "not stated", "moderate"),
    ("Screen adults for X (A recommendation).", "strong", "not stated"),
    ("Do not screen for X (D recommendation).", "against", "not stated"),
    ("The evidence on X is insufficient (I statement).", "insufficient", "not stated"),
    ("Offer X (Conditional recommendation, low-quality evidence).", "conditional", "low"),
    ("Offer X (strong, low).", "strong", "low"),
    ("Offer X (Class I, Level of Evidence: A).", "strong", "high"),
    ("Offer X (LE=2, GR=C).", "conditional", "moderate"),
    ("Offer X (1|++OO).", "strong", "low"),
    ("Offer X (Expert Opinion).", "not stated", "very low"),
    ("Class IIa Recommendation: offer X to adults.", "conditional", "not stated"),  # a leading grade
    ("Offer X (Weak Against).", "against", "not stated"),
    ("Offer X (Option based on randomized controlled trials with minor limitations and observational studies).",
     "conditional", "moderate"),
])
def test_the_listed_forms_are_read_and_normalised(sentence, strength, certainty):
    grade = find_grade(sentence)
    assert grade is not None
    assert (grade.strength, grade.certainty) == (strength, certainty)
    assert grade.text in sentence  # the source's own words are kept


@pytest.mark.parametrize("sentence", [
    "Offer X to adults with gout [new 2013].",  # a recency tag, not a grade
    "Offer X [2013, amended 2014].",
    "Give dexamethasone with intravenous (IV) chemotherapy.",  # an abbreviation, not Level IV
    "Offer X (Smith et al., 2004).",
    "Offer X (see Table 2 in the original guideline document).",
    "Take the tablets (or equivalent volumes for children with low body weight).",
    "Falls are common (against a background of frailty).",
    "Rhinoplasty (Recommendation 5) is discussed below.",  # a recommendation's number, not its grade
])
def test_what_is_not_a_grade_is_not_read_as_one(sentence):
    assert find_grade(sentence) is None


def _guideline(text: str) -> Document:
    return Document(id="g", title="G", kind="guideline", source="", year=2020, authors="", url="", path="g.md",
                    sha256="", sections=(DocumentSection(heading=("Major Recommendations",), text=text),))


def test_a_documents_own_definitions_decide_what_a_letter_means():
    # In this guideline "B" is a recommendation that rests on limited evidence, not "moderate" by default.
    doc = _guideline("- Offer X (Level B).\n\nDefinitions:\n\nLevel A — Recommendations are based on good and "
                     "consistent scientific evidence.\n\nLevel B — Recommendations are based on expert opinion.")
    scheme = learn_scheme(doc)
    assert find_grade("Offer X (Level B).", scheme).certainty == "very low"
    assert find_grade("Offer X (Level B).", RatingScheme()).certainty == "moderate"


def test_a_heading_grades_the_list_under_it_and_a_trailing_line_the_sentence_before():
    lines = ["Class IIa", "- Offer X to adults.", "- Offer Y to children. (Level of evidence C)", "Other topics",
             "Clinicians should do Z.", "Strong recommendation based on observational studies."]
    grades = grade_sentences(lines, RatingScheme())
    assert grades[0] is None and grades[3] is None and grades[5] is None  # grade-only and heading lines
    assert (grades[1].strength, grades[1].certainty) == ("conditional", "not stated")
    assert (grades[2].strength, grades[2].certainty) == ("conditional", "low")
    assert (grades[4].strength, grades[4].certainty) == ("strong", "low")


def test_questions_and_profile_fields_take_no_grade():
    lines = ["Clinicians should do X.", "Is X useful in children?", "(Grade B)", "- Benefit: fewer flares",
             "- Aggregate evidence quality: Grade C"]
    assert grade_sentences(lines, RatingScheme()) == [None] * 5
    # A question that opens a list item is not graded with the answer that follows it.
    grades = grade_sentences(["- Key question 3: when is X appropriate?", "Offer X to adults.", "(Grade B)"],
                             RatingScheme())
    assert grades[0] is None and grades[1] is not None


def test_chunks_carry_the_grade_of_each_sentence():
    doc = _guideline("- Offer X to adults with gout (Grade 1B).\n- Ask about diet.\n- Offer Y (2C).")
    chunks = chunk_document(doc)
    graded = {chunks[0].sentence_texts()[i]: g for i, g in chunks[0].grades}
    assert set(graded) == {"Offer X to adults with gout (Grade 1B).", "Offer Y (2C)."}
    assert graded["Offer Y (2C)."].text == "2C"


def test_research_documents_get_no_grades():
    doc = Document(id="r", title="R", kind="research", source="", year=2020, authors="", url="", path="r.md",
                   sha256="", sections=(DocumentSection(heading=("Abstract",), text="Patients improved (Level B)."),))
    assert chunk_document(doc)[0].grades == ()
