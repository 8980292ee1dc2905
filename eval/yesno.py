"""Reading a medcite answer as a yes / no verdict, for yes/no questions (BioASQ ``yesno``, PubMedQA).

medcite never writes "yes" or "no": its bottom line is a template about the evidence. The reading is
therefore a rule over what the answer does say, in this order:

1. A bottom line that states an explicit verdict ("Yes, ..." / "No, ...") is read as that verdict.
2. A bottom line that says there is no or insufficient evidence, or that no source addresses the
   question directly (evidence level ``none`` or ``indirect``), is **undecided**: the answer declines to
   answer, which is neither yes nor no. (Reading it as "no" is reported as a separate variant, since
   "there is insufficient evidence to recommend X" is close to "no" for therapy questions.)
3. Otherwise the answer quotes direct evidence and its polarity is read from the first quoted source
   statements of the evidence sections (Current Evidence, Evidence from Clinical Studies, Limitations):
   **no** when most of them report a null or negative finding ("no significant", "did not", "not
   associated", ...), else **yes**.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from service.answer.models import Answer

Verdict = Literal["yes", "no"]
BottomLineReading = Literal["yes", "no", "insufficient", "evidence"]

EVIDENCE_SECTIONS = ("current_evidence", "clinical_studies", "limitations")
POLARITY_STATEMENTS = 3  # how many quoted statements vote on the polarity

_EXPLICIT_YES = re.compile(r"^\s*yes\b", re.I)
_EXPLICIT_NO = re.compile(r"^\s*no\s*[,.;:]", re.I)
# A bottom line that declines to answer: the one pattern for the yes/no reading and false_insufficient.
INSUFFICIENT = re.compile(
    r"\b(insufficient evidence|no relevant evidence|no evidence|cannot give an evidence-based answer|"
    r"not enough evidence|no source was found that addresses|does not answer|do not answer|"
    r"(does|do) not (specifically |directly )?address|any conclusion is indirect)\b", re.I)
_NEGATIVE = re.compile(
    r"\b(no (statistically )?significant|not (statistically )?significant(ly)?|non-?significant|"
    r"did not|does not|do not|was not|were not|is not|are not|has not|have not|cannot|could not|"
    r"failed to|fails to|no (\w+ ){0,2}(effects?|benefits?|differences?|different|associations?|correlations?|"
    r"relationships?|changes?|improvements?|advantages?|impact|role|evidence|increase|decrease|reduction)|"
    r"not (significantly )?different|"
    r"not (associated|correlated|related|linked)|unrelated|independent of|neither|unaffected|"
    r"similar (in|between|to)|comparable|no longer|not? (superior|inferior))\b", re.I)


@dataclass(frozen=True)
class YesNoReading:
    """The verdict read from an answer (None: undecided) and which rule gave it."""

    verdict: Verdict | None
    rule: str  # explicit | insufficient | polarity | no-statements


def read_bottom_line(text: str) -> BottomLineReading:
    """What a bottom line says on its own: an explicit yes/no, insufficient evidence, or evidence found."""
    if _EXPLICIT_YES.search(text):
        return "yes"
    if _EXPLICIT_NO.search(text):
        return "no"
    if says_insufficient(text):
        return "insufficient"
    return "evidence"


def says_insufficient(text: str) -> bool:
    """A text that says there is no or insufficient evidence, or that no source addresses the question."""
    return bool(INSUFFICIENT.search(text))


def negative_finding(text: str) -> bool:
    """A sentence that reports a null or negative result ("did not differ", "no significant effect")."""
    return bool(_NEGATIVE.search(text))


def read_yesno(answer: Answer) -> YesNoReading:
    """The answer's verdict on a yes/no question (see the module notes for the rules)."""
    said = read_bottom_line(answer.bottom_line.text)
    if said in ("yes", "no"):
        return YesNoReading(said, "explicit")
    if said == "insufficient" or answer.evidence.level in ("none", "indirect"):
        return YesNoReading(None, "insufficient")
    quoted = [s.text for sec in answer.sections if sec.key in EVIDENCE_SECTIONS
              for s in sec.statements if s.origin == "source"][:POLARITY_STATEMENTS]
    if not quoted:
        return YesNoReading(None, "no-statements")
    negatives = sum(negative_finding(t) for t in quoted)
    return YesNoReading("no" if 2 * negatives > len(quoted) else "yes", "polarity")


def gold_yesno(kind: str | None, exact_answer: object, decision: str | None) -> str | None:
    """The gold verdict of a reference answer: 'yes', 'no', 'maybe' (PubMedQA), or None (not yes/no)."""
    if decision:
        value = decision.strip().lower()
        return value if value in ("yes", "no", "maybe") else None
    if kind == "yesno" and isinstance(exact_answer, str):
        value = exact_answer.strip().lower()
        return value if value in ("yes", "no") else None
    return None
