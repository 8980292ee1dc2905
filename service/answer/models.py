"""The answer contract: pydantic models that the API returns and the OpenAPI schema publishes."""
from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field

from ingest.models import Flag

ReviewStatus = Literal["submitted", "under_review", "approved", "changes_requested"]
EvidenceLevel = Literal["none", "indirect", "limited", "moderate", "strong"]
Verdict = Literal["yes", "no", "uncertain", "insufficient"]


class Audience(StrEnum):
    """Who an answer is written for: the words around the quoted sources (headings, labels, disclaimer)
    differ, the sources do not."""

    CLINICIAN = "clinician"
    PATIENT = "patient"


class Grade(BaseModel):
    """The grade a guideline states for a recommendation, normalised, with the guideline's own words."""

    strength: Literal["strong", "conditional", "against", "insufficient", "not stated"] = Field(
        description="Strength of the recommendation: strong, conditional (weak, qualified, optional), against "
        "(recommends against), insufficient (evidence insufficient to recommend), or not stated.")
    certainty: Literal["high", "moderate", "low", "very low", "not stated"] = Field(
        description="Certainty (quality, level) of the evidence behind it, or 'not stated'.")
    text: str = Field(description="The grade as the guideline words it, e.g. 'Grade 1B' or 'Strong "
                      "recommendation, low quality of evidence'.")


class Statement(BaseModel):
    """One sentence of an answer: quoted from a source (``origin='source'``) or a filled template."""

    text: str
    citations: list[int] = Field(default_factory=list, description="Reference numbers (1-based).")
    origin: Literal["source", "template"]
    grade: Grade | None = Field(None, description="For a quoted guideline recommendation: the grade its source "
                                "states for it (null when the source states none).")


class Section(BaseModel):
    """One titled part of the answer, e.g. Mechanism of Action."""

    key: str
    heading: str
    statements: list[Statement]


class BottomLine(BaseModel):
    """The one-paragraph answer at the top: the best direct source's own sentence, quoted and cited, with a
    templated qualifier (or, with no direct source, a templated statement of what is missing)."""

    text: str
    citations: list[int] = Field(default_factory=list)
    verdict: Verdict | None = Field(None, description="The answer's verdict, repeated here for yes/no questions.")
    statements: list[Statement] = Field(
        default_factory=list, description="The bottom line's parts in order, each with its origin and citations.")


class Passage(BaseModel):
    """A passage of a reference that the answer quotes from."""

    chunk_id: str
    text: str
    page: int | None = None


class Reference(BaseModel):
    """A numbered source, in order of first citation."""

    n: int
    kind: Literal["Guideline", "Research"]
    title: str
    source: str
    year: int | None = None
    url: str = ""
    doc_id: str
    passages: list[Passage]
    flags: list[Flag] = Field(default_factory=list, description="Notices on the source: 'retracted' (listed, "
                              "never quoted), 'retraction notice', 'erratum'.")
    design: str | None = Field(None, description="Research sources: the study design named in the text or "
                               "publication types, e.g. 'Randomized trial', 'Meta-analysis', 'Animal study'.")
    participants: int | None = Field(None, description="Research sources: the number of participants the text "
                                     "states ('enrolled 144 patients', 'n = 2,114').")
    outdated: bool = Field(False, description="True when a guideline is older than the configured age "
                           "(MEDCITE_OUTDATED_YEARS, default 10): its advice 'may be outdated'.")


class Evidence(BaseModel):
    """What the cited evidence is: how much, which kinds, which designs, and whether it is direct."""

    level: EvidenceLevel
    sources: int = 0
    guidelines: int = 0
    research: int = 0
    designs: list[str] = Field(default_factory=list)
    direct: bool = False
    direct_sources: int = 0
    laboratory_only: bool = Field(False, description="Every direct finding is from animal or laboratory studies and "
                                  "none speaks of people: a yes or a no rests on no evidence in patients.")
    conflicting: bool = Field(False, description="The direct findings disagree (effect vs none, or guidelines "
                              "for vs against); the level is one step lower for it.")


class Review(BaseModel):
    """Editorial review state of a stored answer."""

    status: ReviewStatus = "submitted"
    notes: list[dict] = Field(default_factory=list, description="{status, note, at} entries, oldest first.")


class Answer(BaseModel):
    """A complete, stored answer."""

    id: str
    question: str
    audience: Audience = Audience.CLINICIAN
    title: str
    bottom_line: BottomLine
    sections: list[Section]
    references: list[Reference]
    evidence: Evidence
    disclaimer: str
    follows: str | None = None
    review: Review = Field(default_factory=Review)
    created_at: datetime
    updated_at: datetime
    index_version: str
    intervention: str | None = Field(None, description="What the question was read to be about.")
    condition: str | None = None
    question_type: str = "general"
    read_as: str | None = Field(
        None, description="The whole question the answer was read as, where it differs from the question as asked: "
        "a follow-up that named only what changes ('What about weight loss?') as the question it follows with that "
        "change made, which a further follow-up is read against.")
    verdict: Verdict | None = Field(
        None, description="For a yes/no question: what the cited statements say (yes, no, uncertain) or "
        "'insufficient' when no direct source was found; null for other questions.")

    def all_statements(self) -> list[Statement]:
        """Every statement in reading order: the bottom line's parts, then each section's."""
        return [*self.bottom_line.statements, *(st for section in self.sections for st in section.statements)]


class AskRequest(BaseModel):
    """POST /v1/answers body."""

    question: str = Field(..., description="The clinical question (1-2,000 characters).")
    audience: Audience = Audience.CLINICIAN
    follows: str | None = Field(None, description="Id of the answer this question follows up.")


class ReviewRequest(BaseModel):
    """POST /v1/answers/{id}/review body."""

    status: ReviewStatus
    note: str = Field("", max_length=5000)
