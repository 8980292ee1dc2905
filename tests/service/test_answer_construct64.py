"""The answer tree is built without pydantic's validation (``model_construct``, a few percent of an answer's own
time): every value must already have its field's type, so that validating the answer's dump gives the very same
answer. A tuple where a list is declared, a plain string for the audience or a missing field would make the two
differ."""
from __future__ import annotations

import warnings

import pytest

from eval.bench_questions import BUILTIN_QUESTIONS
from index.search import Index
from service.answer.models import Answer, Audience
from service.answer.pipeline import answer_question


@pytest.mark.parametrize("audience", [Audience.CLINICIAN, "patient"])
def test_an_unvalidated_answer_equals_its_validated_dump(loaded_index: Index, audience: Audience | str) -> None:
    """Each bench question (and a follow-up of the first), in both audiences: the answer as built equals the one
    pydantic validates from its dump, from its JSON too, and dumping it raises no serialization warning."""
    first = answer_question(loaded_index, BUILTIN_QUESTIONS[0], audience=audience)  # type: ignore[arg-type]
    answers = [first, answer_question(loaded_index, "What about in children?", audience=audience,  # type: ignore[arg-type]
                                      follows=first)]
    answers += [answer_question(loaded_index, q, audience=audience) for q in BUILTIN_QUESTIONS[1:]]  # type: ignore[arg-type]
    for answer in answers:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # pydantic warns when a value does not have its field's type
            dumped, as_json = answer.model_dump(), answer.model_dump_json()
        assert Answer.model_validate(dumped) == answer
        assert Answer.model_validate_json(as_json) == answer
        assert answer.audience is Audience(audience)
        assert all(type(ref.passages) is list for ref in answer.references)
