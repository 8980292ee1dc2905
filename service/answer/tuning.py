"""The answer pipeline's tuning numbers, in one frozen object, each with the reason or measurement behind it.

Stages take the object (or the one field they need) as an argument; ``TUNING`` is the shipped default.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class AnswerTuning:
    """Every number the answer pipeline is tuned with."""

    # Retrieval for answers.
    retrieve_depth: int = 60  # chunks read from the hybrid ranking
    chunks_per_doc: int = 3  # quotable chunks per document, so one long source cannot crowd out the others
    facet_k: int = 12  # lexical passages on the intervention alone and on the condition's treatment

    # Sentence relevance. Calibrated on real questions against the default and the shared guideline
    # corpora: below min_dense a passage is not about the question (see BENCHMARKS.md).
    min_dense: float = 0.35
    min_coverage: float = 0.25
    # Without an intervention or condition to anchor it, a sentence must cover half the question's weight
    # ... unless its passage is this close to the question in the embedding space.
    min_coverage_unanchored: float = 0.5
    close_dense: float = 0.6
    min_chars: int = 40
    max_chars: int = 600
    # A concept of three or more terms is mentioned when the terms present carry this share of its IDF
    # weight, its rarest term among them: "fractures in older adults" is met by "fractures in adults".
    concept_share: float = 0.6
    # Without an intervention or condition, a statement answers the question directly when it covers this
    # share of the question's weighted terms (and passes the relevance model's lead floor).
    unanchored_direct: float = 0.5

    # Selection. A dosing, safety or therapy question lifts the statements that give a dose, a safety
    # point or advice by this much probability (half the old hand-set 0.3 on a score twice as wide).
    type_bonus: float = 0.15
    section_caps: dict[str, int] = field(default_factory=lambda: {
        "current_evidence": 3, "mechanism": 3, "clinical_studies": 4, "limitations": 3, "safety": 3,
        "recommendations": 4})
    per_source_in_section: int = 2
    per_source: int = 4
    near_duplicate_jaccard: float = 0.6

    # Bottom line: sentences scoring within this share of the best direct one compete by source strength
    # (guideline recommendation, then meta-analysis or trial, then other findings).
    bottom_line_margin: float = 0.8


TUNING = AnswerTuning()
