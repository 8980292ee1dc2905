"""The fixed words of an answer, per audience: section headings, labels and disclaimers.

One table each, so the assembly (which fills ``Section.heading`` and ``Answer.disclaimer``) and the
renderers (which print labels around them) never disagree about what a patient or a clinician reads.
"""
from __future__ import annotations

from service.answer.models import Audience

# How the audience choices are named on the pages, in the order they are offered (the first is the default).
AUDIENCE_NAMES: dict[Audience, str] = {Audience.CLINICIAN: "Clinicians", Audience.PATIENT: "Patients"}

HEADINGS: dict[Audience, dict[str, str]] = {
    Audience.CLINICIAN: {
        "current_evidence": "Current Evidence",
        "mechanism": "Mechanism of Action",
        "clinical_studies": "Evidence from Clinical Studies",
        "limitations": "Limitations of Current Evidence",
        "safety": "Safety Considerations",
        "recommendations": "Practical Recommendations",
        "conclusion": "Conclusion",
    },
    Audience.PATIENT: {
        "current_evidence": "What the evidence says",
        "mechanism": "How it works",
        "clinical_studies": "What studies found",
        "limitations": "What we don't know yet",
        "safety": "Safety and side effects",
        "recommendations": "What the guidelines advise",
        "conclusion": "In summary",
    },
}

DISCLAIMERS: dict[Audience, str] = {
    Audience.CLINICIAN: (
        "This summary is for healthcare professionals. It is assembled automatically from sentences of the "
        "cited sources, is not a systematic review, and does not replace clinical judgement or the full "
        "guidance it cites; check the original sources before acting on it."
    ),
    Audience.PATIENT: (
        "This information is not medical advice. It is put together automatically from the sources listed "
        "and may be incomplete or out of date. Please talk to your doctor, nurse or pharmacist before you "
        "start, stop or change any treatment."
    ),
}

# Where a quoted excerpt's sentence is cut off in its source (a template part of the bottom line beside it).
ELLIPSIS = "…"

# Labels the renderers print around the answer's own text.
LABELS: dict[Audience, dict[str, str]] = {
    Audience.CLINICIAN: {
        "bottom_line": "Bottom line",
        "references": "References",
        "review": "Review status",
        "updated": "Last updated",
        "follows": "Follow-up to",
        "passages": "Passages quoted",
    },
    Audience.PATIENT: {
        "bottom_line": "In short",
        "references": "Sources",
        "review": "Review status",
        "updated": "Last updated",
        "follows": "Follow-up to",
        "passages": "Passages quoted",
    },
}

# Badges of a reference's notices (Reference.flags), the same for both audiences.
FLAG_LABELS: dict[str, str] = {
    "retracted": "Retracted",
    "retraction notice": "Retraction notice",
    "erratum": "Erratum",
}

REVIEW_STATUS_LABELS: dict[str, str] = {
    "submitted": "Submitted (not yet reviewed)",
    "under_review": "Under review",
    "approved": "Approved by a reviewer",
    "changes_requested": "Changes requested by a reviewer",
}


def heading(audience: Audience, key: str) -> str:
    """The heading of section ``key`` for ``audience`` (the key itself for a section the table lacks)."""
    return HEADINGS.get(audience, HEADINGS[Audience.CLINICIAN]).get(key, key.replace("_", " ").capitalize())


def label(audience: Audience, name: str) -> str:
    """A renderer label (``bottom_line``, ``references``, ...) for ``audience``."""
    return LABELS.get(audience, LABELS[Audience.CLINICIAN])[name]
