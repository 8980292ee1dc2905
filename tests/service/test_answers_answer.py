"""The questions of issue 8 on the default corpus, asked over the API: bottom lines that state what the
sources found, with citations, and no statement off the question."""
from __future__ import annotations

import re

from service.answer.models import Answer
from service.answer.routing import SECTION_ORDER

SHOCKWAVE = "Is shockwave therapy effective for calcific tendinopathy?"
VITAMIN_D = "Does vitamin D supplementation prevent fractures in older adults?"
REFERENCE = "Can vitamin K2 be used to treat tendon calcification?"


def _ask(client, question: str) -> Answer:
    response = client.post("/v1/answers", json={"question": question})
    assert response.status_code == 201, response.text
    return Answer.model_validate(response.json())


def _section(answer: Answer, key: str) -> list[str]:
    return [st.text for s in answer.sections if s.key == key for st in s.statements]


def _quoted_lead(answer: Answer) -> str:
    quoted = [s for s in answer.bottom_line.statements if s.origin == "source"]
    assert quoted and quoted[0].citations, answer.bottom_line.text
    return quoted[0].text


def test_shockwave_bottom_line_states_the_finding(client) -> None:
    answer = _ask(client, SHOCKWAVE)
    lead = _quoted_lead(answer)
    assert re.search(r"shock ?wave", lead, re.I) and re.search(r"calcific|deposit", lead, re.I)
    assert answer.evidence.direct and answer.evidence.direct_sources >= 1
    assert "insufficient" not in answer.bottom_line.text.lower()
    assert answer.verdict in ("yes", "uncertain")
    off_topic = [t for key in ("limitations", "safety") for t in _section(answer, key) if "vitamin k" in t.lower()]
    assert off_topic == []


def test_vitamin_d_bottom_line_reports_the_null_trials(client) -> None:
    answer = _ask(client, VITAMIN_D)
    assert answer.title == "Vitamin D Supplementation for Fracture Prevention in Older Adults"
    lead = _quoted_lead(answer)
    assert "fracture" in lead.lower() and "vitamin d" in lead.lower()
    assert "insufficient evidence" not in answer.bottom_line.text.lower()
    assert answer.verdict in ("no", "uncertain")
    every_section = [st.text for s in answer.sections for st in s.statements]
    assert [t for t in every_section if "tendin" in t.lower()] == []  # the same supplement, another condition


def test_the_reference_question_gives_no_verdict_beside_insufficient_evidence(client) -> None:
    answer = _ask(client, REFERENCE)
    assert "insufficient evidence" in answer.bottom_line.text.lower()
    assert answer.evidence.level == "indirect"
    assert answer.verdict == "insufficient" and answer.bottom_line.verdict == "insufficient"
    assert [s.key for s in answer.sections] == list(SECTION_ORDER)  # all seven, the mechanism included


def test_the_reference_bottom_line_quotes_the_source_that_says_the_use_is_untested(client) -> None:
    # Session 42: the bottom line said "medcite found no indexed source that addresses this application directly",
    # and Limitations "no guideline recommendation ... among the indexed guidelines", beside a guideline sentence that
    # names vitamin K2 and calcific tendinopathy together and says no trial has tested it.
    answer = _ask(client, REFERENCE)
    quoted = [s for s in answer.bottom_line.statements if s.origin == "source"]
    assert len(quoted) == 1 and quoted[0].citations
    assert "vitamin k2" in quoted[0].text.lower() and "no clinical trial" in quoted[0].text.lower()
    cited = next(r for r in answer.references if r.n == quoted[0].citations[0])
    assert cited.kind == "Guideline"
    said = " ".join([answer.bottom_line.text, *(st.text for s in answer.sections for st in s.statements)]).lower()
    assert "addresses this application directly" not in said
    assert "no guideline recommendation" not in said and "none addresses this use directly" not in said


def test_a_yes_no_answer_shows_its_verdict_in_markdown_and_page(client) -> None:
    answer = _ask(client, SHOCKWAVE)
    markdown = client.get(f"/v1/answers/{answer.id}?format=md").text
    page = client.get(f"/v1/answers/{answer.id}?format=html").text
    assert f"Verdict: {answer.verdict}" in markdown
    assert f"Verdict: {answer.verdict}" in page


def test_an_approval_answers_whether_a_drug_is_used_for_a_condition(client) -> None:
    # The corpus's overview says menatetrenone is approved in Japan for osteoporosis; before session 22 an
    # approval was no finding, and the answer was closest evidence on the approved dose.
    answer = _ask(client, "Is menatetrenone used for osteoporosis in Japan?")
    assert answer.evidence.direct and answer.verdict == "yes"
    assert "approved in Japan" in _quoted_lead(answer)


def test_a_trial_named_as_the_source_need_not_be_named_by_its_finding(client) -> None:
    # s31a: "... in the VITAL trial?" was indirect, its verdict resting on design sentences that name VITAL, while
    # the trial's finding ("did not lower the incidence of major cardiovascular events") does not repeat the name.
    answer = _ask(client, "Did vitamin D reduce cardiovascular events in the VITAL trial?")
    assert answer.verdict == "no"
    assert answer.evidence.direct
    assert "did not lower the incidence of major cardiovascular events" in _quoted_lead(answer)


def test_a_harms_question_opens_with_a_harm_of_the_asked_intervention(client) -> None:
    # s31a: the guideline passage whose title names needle lavage also cautions against shockwave therapy; that
    # caution, not the lavage harm, had opened the answer on lavage's complications.
    answer = _ask(client, "What are the complications of needle lavage for calcific tendinitis?")
    assert _quoted_lead(answer).startswith("Needle lavage can cause post-procedure pain")


def test_whether_a_drug_is_well_tolerated_is_answered_as_whether_it_is_safe(client) -> None:
    # Session 38: "Is varenicline well tolerated?" read no intervention; read as X's safety but not as a question
    # whose yes says it is safe, it answered "No." above "... no significant increase in serious neuropsychiatric
    # adverse events with varenicline ...". It is answered as "Is varenicline safe?" is.
    tolerated, safe = _ask(client, "Is varenicline well tolerated?"), _ask(client, "Is varenicline safe?")
    assert tolerated.intervention == "varenicline"
    assert tolerated.verdict == safe.verdict and tolerated.verdict != "no"


def test_a_risk_asked_in_a_named_trial_is_answered_by_the_trials_finding(client) -> None:
    # Session 44: "cancer risk in the VITAL trial" was read as the condition "cancer risk", which the trial's
    # finding does not name, so the answer said "insufficient" beside the very sentence that settles it.
    answer = _ask(client, "Did vitamin D supplements lower cancer risk in the VITAL trial?")
    assert answer.verdict == "no"
    assert answer.evidence.direct
    assert "did not lower the incidence of invasive cancer" in answer.bottom_line.text
    assert "insufficient" not in answer.bottom_line.text.lower()


def test_a_second_question_joined_by_and_is_answered_from_the_firsts_topic(client) -> None:
    # Session 44: "... and who gets it?" was read into the condition; the answer found "no relevant evidence"
    # though the corpus gives the condition's prevalence, ages and sex.
    answer = _ask(client, "How common is calcific tendinitis of the shoulder and who gets it?")
    assert answer.condition == "calcific tendinitis of the shoulder"
    assert answer.evidence.direct
    assert re.search(r"more common in women|prevalence", answer.bottom_line.text)
    assert answer.question == "How common is calcific tendinitis of the shoulder and who gets it?"  # as asked


def test_advice_on_taking_vitamin_k_is_not_answered_by_a_vitamin_k_antagonist_trial(client) -> None:
    # Session 44: "a vitamin K antagonist" named vitamin K, and a trial of continuing warfarin-like drugs led the answer.
    answer = _ask(client, "Should haemodialysis patients take vitamin K to prevent vascular calcification?")
    assert answer.verdict == "no"
    assert "antagonist" not in _quoted_lead(answer)


def test_vitamin_k2_for_dialysis_calcification_is_answered_by_the_trial_of_menaquinone_7(client) -> None:
    # Session 44: the haemodialysis overview's passage naming menaquinone-7 ranked past the overview's quota of
    # passages, so the answer said "insufficient" though the Valkyrie trial's menaquinone-7 arm found no difference.
    answer = _ask(client, "Does vitamin K2 help dialysis patients with vascular calcification?")
    assert answer.verdict == "no"
    assert answer.evidence.direct
    assert "menaquinone-7" in answer.bottom_line.text
    assert "no significant difference" in answer.bottom_line.text
