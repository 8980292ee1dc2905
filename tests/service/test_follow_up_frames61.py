"""Follow-ups of session 60's blind test that ask how often, how long in total, when to stop, or what a new state of
the patient adds: each is answered by the statement that gives that interval, length, stopping rule or added test,
not by the first question's answer again. "and how often should levels be rechecked?" is answered by "... measured
every 4 weeks ...", which names neither "often" nor "recheck"; "if no effect, when should it be stopped?" by the rule
to stop at 6 weeks, not the review at 3 to 4 weeks; "what if she is pregnant, anything extra to test for?" by the
test advised in pregnancy, not the first test again; "and how long ... in total?" by the advice on the whole course,
not a trial's 12-week arm. Each chain here lost that before."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.search import Index, open_index
from service.answer.asked_shape import shape_asked
from service.answer.follow_up import Previous, as_whole_question
from service.answer.regimen import frame_stated, states_length
from service.answer.scoring import quotable
from service.settings import Settings
from tests.conftest import wait_ready
from tests.service.chains import chain
from tests.service.corpora import background_guidelines, built, lead_text, guideline_file


ZORP = guideline_file("Zorp antibodies in pregnancy", """\
Referral to a fetal medicine team should be made once zorp antibody levels are above 9 units per ml. A zorp level
above 25 units per ml carries a high risk of fetal blood disease. Zorp and blip antibody levels should be measured
every 4 weeks up to 30 weeks of pregnancy and then every 2 weeks until birth.""")

TEMPER = guideline_file("Angry outbursts in adults with a thinking disability", """\
Drugq should first be prescribed by a specialist who should start with a low dose. The specialist should review how
well drugq works and its side effects after 3 to 4 weeks. The specialist should stop drugq if there is no sign of a
response at 6 weeks and think again about the behaviour and other help. Offer drugq only together with talking help
for the person.""")

SHUTDOWN = guideline_file("Sudden kidney shutdown in adults", """\
In adults presenting with sudden kidney shutdown, the group suggests testing for blorp virus. In pregnant women
presenting with sudden kidney shutdown, the group suggests testing for zeta virus. In adults presenting with sudden
kidney shutdown, the group suggests against a routine kidney biopsy.""")

ZONK = guideline_file("Drugz after surgery for zonk-positive gut cancer", """\
The administration of drugz at the same time as drugA is not recommended because of harm to the heart. The ZIP trial
of drugB with drugz weekly for 12 weeks followed by drugz reported excellent 3-year survival in a low-risk
zonk-positive population. Patients should receive 1 year total of adjuvant drugz, with regular checks of heart
function during that period.*""")


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    files = {"zorp.md": ZORP, "temper.md": TEMPER, "shutdown.md": SHUTDOWN, "zonk.md": ZONK,
             **background_guidelines("Iron deficiency anaemia in adults", "Eczema in children", "Fever in children",
                                     "Migraine prevention")}
    return built(tmp_path_factory, "frames61", files)


@pytest.fixture(scope="module")
def index(index_dir: Path) -> Index:
    return open_index(index_dir)


def test_how_often_through_the_api_follows_the_stored_answer(index_dir: Path, tmp_path: Path) -> None:
    # The HTTP follow-up path reads the stored answer it follows, as the chain above does.
    from fastapi.testclient import TestClient

    from service.api.app import create_app
    settings = Settings(data_dir=tmp_path, index=index_dir, db=tmp_path / "answers.sqlite", corpus=tmp_path,
                        model=None, admin_token="t", max_question_chars=2000)
    with TestClient(create_app(settings)) as client:
        wait_ready(client)
        first = client.post("/v1/answers", json={"question": "pregnant, zorp antibodies found at booking - at what "
                                                              "level do I refer to the fetal team?"})
        assert first.status_code == 201
        follow = client.post("/v1/answers", json={"question": "and how often should levels be rechecked?",
                                                  "follows": first.json()["id"]})
        assert follow.status_code == 201
        assert "every 4 weeks" in follow.json()["bottom_line"]["text"], follow.json()["bottom_line"]["text"]


def test_how_often_after_a_case_is_answered_by_the_interval(index: Index) -> None:
    answer = chain(index, "pregnant, zorp antibodies found at booking - at what level do I refer to the fetal team?",
                   "and how often should levels be rechecked?")
    assert "every 4 weeks" in lead_text(answer), answer.bottom_line.text


def test_how_often_asked_alone_wants_a_frequency_not_a_threshold() -> None:
    stated = shape_asked("how often should zorp antibody levels be checked in pregnancy?")
    assert stated is not None and stated.search("Zorp levels should be measured every 3 weeks up to 30 weeks.")
    assert not stated.search("Refer once zorp antibody levels are above 9 units per ml.")


def test_when_to_stop_if_no_effect_is_answered_by_the_stopping_rule(index: Index) -> None:
    answer = chain(index, "adult w thinking disability, angry outbursts - just start drugq on its own?",
                   "if no effect, when should it be stopped?")
    assert "6 weeks" in lead_text(answer), answer.bottom_line.text


def test_anything_extra_in_a_new_state_asks_what_the_state_adds(index: Index) -> None:
    answer = chain(index, "pt w sudden kidney shutdown - send blorp virus testing?",
                   "what if she is pregnant, anything extra to test for?")
    assert "zeta virus" in lead_text(answer), answer.bottom_line.text


def test_how_long_in_total_is_answered_by_the_advised_course(index: Index) -> None:
    answer = chain(index, "zonk-positive gut cancer, plan drugA then drugB - can drugz run together with drugA?",
                   "and how long should adjuvant drugz go in total?")
    assert "1 year total" in lead_text(answer), answer.bottom_line.text


def test_the_added_state_drops_the_first_test_and_keeps_the_condition() -> None:
    previous = Previous("Should blorp testing be done in sudden kidney shutdown?", "blorp testing",
                        "sudden kidney shutdown")
    whole = as_whole_question("what if she is pregnant, anything extra to test for?", previous)
    assert whole == "What extra to test for in sudden kidney shutdown in a person who is pregnant?"
    # (Without a word of "more", the state narrows the question before as it did.)
    assert "blorp" in as_whole_question("what if she is pregnant?", previous)


def test_an_occasion_then_a_question_of_its_own_is_not_glued_to_the_question_before() -> None:
    previous = Previous("Should drugq be started on its own for angry outbursts?", "drugq", "angry outbursts")
    assert as_whole_question("if no effect, when should it be stopped?", previous) == (
        "if no effect, when should it be stopped?")
    # (An occasion alone still asks the question before on that occasion.)
    assert as_whole_question("and if she is also pregnant?", previous).startswith("Should drugq be started")


def test_a_follow_up_frame_is_stated_in_other_words() -> None:
    assert frame_stated("how often should levels be rechecked?")("Levels should be measured every 3 weeks.")
    assert frame_stated("if no effect, when should it be stopped?")("Stop it if there is no response at 6 weeks.")
    assert not frame_stated("if no effect, when should it be stopped?")("Review it after 3 to 4 weeks.")
    assert frame_stated("what dose should she take?")("Give 500 mg twice daily.")
    assert frame_stated("is it safe?") is None


def test_a_whole_course_in_years_is_a_length_and_follow_up_years_are_not() -> None:
    assert states_length("Patients should receive 1 year total of drugz.", lasting=True)
    assert states_length("Give drugz for a total of two years.", lasting=True)
    assert not states_length("The patients were followed for 5 years.", lasting=True)


def test_a_sentence_with_a_footnote_mark_after_its_stop_is_quotable() -> None:
    assert quotable("Patients should receive 1 year total of adjuvant drugz, with checks during that period.*")
