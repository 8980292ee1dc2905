"""A question on what a condition does of itself, asked of the default corpus over the API: the statement of its
course answers it directly (issue 8: it was quoted as "Indirect evidence" above a verdict read from it)."""
from __future__ import annotations

from fastapi.testclient import TestClient

from service.answer.models import Answer


def _ask(client: TestClient, question: str) -> Answer:
    response = client.post("/v1/answers", json={"question": question})
    assert response.status_code == 201, response.text
    return Answer.model_validate(response.json())


def test_a_statement_of_the_course_answers_whether_it_resolves_untreated(client: TestClient) -> None:
    for question in ("Does calcific tendinitis resolve without treatment?",
                     "Do calcific deposits in the rotator cuff resolve on their own?"):
        answer = _ask(client, question)
        assert answer.verdict == "yes", question
        assert answer.evidence.direct, question
        assert answer.bottom_line.text.startswith("Yes. Calcific tendinopathy of the rotator cuff often resolves "
                                                  "spontaneously"), answer.bottom_line.text


def test_what_happens_untreated_is_answered_by_a_statement_of_the_course(client: TestClient) -> None:
    # Its frame ("What happens to ...", "without treatment", "if left untreated", "the natural history of") counted
    # as terms a statement must cover, which no source writes, and every statement of the course fell under the
    # coverage floor: "medcite found no relevant evidence" or "Indirect evidence" (session 38).
    for question in ("What happens to calcific deposits without treatment?",
                     "What happens to calcific tendinopathy if left untreated?",
                     "What is the natural history of calcific tendinopathy?"):
        answer = _ask(client, question)
        assert answer.evidence.direct, question
        assert "spontaneous" in answer.bottom_line.text, answer.bottom_line.text
