"""An overview's evidence section is its findings (session 45, unseen clinician questions): "Can barbotage relieve
calcific shoulder tendinopathy?" read the overview's background, limitations and advice (its quota of passages) and
never its trial's result, under "Evidence from clinical studies", and opened "Yes." above when lavage is offered. A
verdict on use ("Is X used for Y in Japan?") is not taken back by what trials found elsewhere or of its effect."""
from __future__ import annotations

from index.search import Index
from ingest.models import Chunk
from service.answer.lead import in_asked_setting
from service.answer.models import Audience
from service.answer.pipeline import answer_question
from service.answer.polarity import asks_use
from service.answer.scoring import reports_evidence, reports_findings
from tests.service.candidates import candidate


def _chunk(heading: str) -> Chunk:
    return Chunk(id="d#2", doc_id="d", heading=("Overview", heading), text="A trial found X.", sentences=((0, 16),))


def test_an_evidence_section_is_read_as_findings_for_retrieval_only() -> None:
    for heading in ("Evidence from clinical studies", "Evidence", "What the evidence shows", "Results"):
        assert reports_evidence(_chunk(heading)), heading
    assert not reports_findings(_chunk("Evidence from clinical studies"))  # nor for outcomes named as the title's
    assert not reports_evidence(_chunk("Background")) and not reports_evidence(_chunk("Limitations"))


def test_statements_on_elsewhere_and_questions_on_use() -> None:
    inside = candidate("Zorbinol has been approved in Gizmoland for the treatment of osteoporosis.", i=True, c=True)
    outside = candidate("Trials of zorbinol outside Gizmoland are few and have not shown fracture reduction.",
                        i=True, c=True)
    question = "Is zorbinol used for osteoporosis in Gizmoland?"
    assert in_asked_setting(question, [inside, outside]) == [inside]
    assert in_asked_setting("Is zorbinol used for osteoporosis?", [inside, outside]) == [inside, outside]
    assert in_asked_setting("Is zorbinol used outside Gizmoland?", [inside, outside]) == [inside, outside]
    assert in_asked_setting(question, [outside]) == [outside]  # alone, it is what there is
    assert asks_use(question) and asks_use("Is amitriptyline used to prevent migraine?")
    assert not asks_use("Should zorbinol be used to treat osteoporosis?") and not asks_use("Does zorbinol work?")


def test_barbotage_is_answered_by_its_trial(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Can barbotage relieve calcific shoulder tendinopathy?", Audience.CLINICIAN)
    assert answer.verdict == "yes"
    first = next(s.text for s in answer.bottom_line.statements if s.origin == "source")
    # the trial's result, as the overview states it ("the lavage group had better shoulder function scores") or, since
    # session 47 read "barbotage" as the needle lavage a guideline names, as the guideline states it ("... needle
    # lavage combined with a subacromial corticosteroid injection gave better shoulder function at one year ...")
    assert "better shoulder function" in first and "2013" in answer.bottom_line.text


def test_an_approval_in_the_asked_country_answers_whether_it_is_used_there(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Is menatetrenone used for osteoporosis in Japan?", Audience.CLINICIAN)
    assert answer.verdict == "yes"
    assert "outside Japan" not in answer.bottom_line.text


def test_the_lead_is_not_a_statement_on_outside_the_asked_place(loaded_index: Index) -> None:
    # review 45: the verdict and the support left out what lies outside the place asked, the lead did not
    a = answer_question(loaded_index, "Is vitamin K2 used to treat osteoporosis in Japan?")
    assert a.verdict == "yes", a.bottom_line.text
    assert a.bottom_line.text.startswith("Yes. Menatetrenone has been approved in Japan")


def test_a_question_of_advice_is_not_one_of_use() -> None:
    # review 45: "Is X recommended ...?" asks for advice, which trials bear on; only use, giving or approval is a fact
    assert asks_use("Is menatetrenone used for osteoporosis in Japan?")
    assert asks_use("Is menatetrenone approved for osteoporosis?")
    assert not asks_use("Is menaquinone-7 recommended to reduce arterial stiffness?")
    assert not asks_use("Is vitamin K2 advised for tendon calcification?")
