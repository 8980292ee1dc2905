"""The severity a question names outranks the wording its frame looks for (``lead.shaped_keeping_degree``): asked the
first-line treatment for a mild case, advice worded as the frame reads it ("... is recommended for ...") but given
for a moderate step does not push aside the statement on the mild case, which then leads. Invented words."""
from __future__ import annotations

from service.answer.lead import answering, shaped_keeping_degree
from service.answer.question import read_question
from tests.service.candidates import guideline_candidate

_EVERYONE = "Every adult with gorbitis should receive a frelozine-containing treatment rather than plumadol alone."
_MILD = "For mild gorbitis, as-needed low-dose trazamil is a suggested reliever option that also carries frelozine."
_MODERATE = "Maintenance therapy with a single trazamil puffer is recommended for many patients at moderate steps."


def _statements() -> list:
    """The guideline's three statements as the relevance model might score them: the mild case's below the best."""
    return [guideline_candidate(_EVERYONE, 0.82, "gorb"), guideline_candidate(_MILD, 0.806, "gorb"),
            guideline_candidate(_MODERATE, 0.79, "gorb")]


def test_the_asked_severity_is_kept_over_the_frame() -> None:
    q = read_question("What is the first-line treatment for mild persistent gorbitis?")
    found = answering(q, _statements())
    assert [c.text for c in found] == [_MILD]


def test_the_frame_still_narrows_without_a_severity_asked() -> None:
    """Asked no severity, the frame's wording still picks among the statements: only the advice it reads is kept."""
    q = read_question("What is the first-line treatment for persistent gorbitis?")
    assert [c.text for c in shaped_keeping_degree(q, _statements())] == [_MODERATE]
