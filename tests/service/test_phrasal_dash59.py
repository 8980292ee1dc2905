"""A case, a dash, and whether to wait with a thing asked by a phrasal verb ("6yo with zorb fever, mild - can we hold
off plinkacillin?"): the verb and its particle are one verb, the thing after them its object, and the case the people
it is done in (``question._dash_act``, ``_PARTICLE_FIRST``). Read with the case put between them ("Can we hold <case>
off plinkacillin?") no thing was asked, and the answer was "insufficient" above the advice to wait (blind59a: holding
off a treatment in a child not very ill). A verb of waiting ("hold off on", "put off", "delay", "defer") is read as
the passive of "delay", which the shapes read (``as_passive``)."""
from __future__ import annotations

from service.answer.question import as_dash_question, read_question


def test_a_phrasal_verb_after_a_dash_keeps_its_object() -> None:
    asked = "6yo with zorb fever, mild - can we hold off plinkacillin?"
    assert as_dash_question("6-year-old with zorb fever, mild - can we hold off plinkacillin?") == \
        "Can we hold off plinkacillin in a 6-year-old with zorb fever, mild?"
    q = read_question(asked)
    assert q.intervention == "plinkacillin"
    assert q.condition is not None and q.condition.startswith("zorb fever")


def test_verbs_of_waiting_read_the_thing_asked() -> None:
    for verb in ("hold off on", "put off", "delay", "defer"):
        q = read_question(f"Can we {verb} plinkacillin in a 6-year-old with zorb fever?")
        assert q.intervention == "plinkacillin", verb
        assert q.condition == "zorb fever", verb


def test_a_verb_with_its_object_before_the_preposition_is_read_as_before() -> None:
    # "switch to" moves the case to a thing: the case stays between the verb and the preposition.
    assert as_dash_question("man with zorb fever on drugx - should I switch to drugy?") == \
        "Should I switch man with zorb fever on drugx to drugy?"


def test_a_reason_after_the_object_leaves_the_question_as_typed() -> None:
    # "... hold off plinkacillin because of the wobbles" put the case after the reason: the thing read was
    # "plinkacillin because of the wobbles", the case's details the condition, and an answer that had quoted the advice
    # on the reason as closest evidence said no source addressed it (session 59's unseen guideline set).
    typed = "6-year-old with zorb fever, two wobbles this year - should I hold off plinkacillin because of the wobbles?"
    assert "in a 6-year-old" not in as_dash_question(typed)
