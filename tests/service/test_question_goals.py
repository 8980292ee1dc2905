"""Question shapes that name their goal in other words: death from a cause, screening as a noun, a need, how much."""
from service.answer.question import read_question


def _reading(text: str) -> tuple[str, str | None, str | None]:
    q = read_question(text)
    return q.type, q.intervention, q.condition


def test_dying_from_a_cause_is_that_cause_death() -> None:
    # The corpus says "a possible reduction in cancer death": the question names the same outcome.
    assert _reading("Does vitamin D reduce the risk of dying from cancer?") == ("therapy", "vitamin D", "cancer death")
    assert read_question("Does metformin reduce the risk of dying of stroke?").condition == "stroke death"
    assert read_question("Does aspirin prevent deaths from heart disease in older adults?").condition == \
        "heart disease death in older adults"
    assert read_question("Does aspirin reduce death from cardiovascular causes?").condition == "cardiovascular death"


def test_death_from_any_cause_is_no_cause_death() -> None:
    assert read_question("Does aspirin reduce death from any cause?").condition == "death from any cause"


def test_screening_asked_as_a_noun_reads_as_its_passive() -> None:
    passive = read_question("Should adults be screened for depression?")
    noun = read_question("Is screening for depression in adults recommended?")
    assert (noun.intervention, noun.condition, noun.subject) == ("screening", "depression", "adults")
    assert (noun.intervention, noun.condition, noun.subject) == (passive.intervention, passive.condition,
                                                                 passive.subject)
    assert noun.title == "Screening for Depression"
    assert _reading("Is screening for depression recommended?")[1:] == ("screening", "depression")


def test_a_need_for_a_condition_in_people_reads_as_a_recommendation() -> None:
    needed = read_question("Is amoxicillin-clavulanate needed for ear infections in children?")
    assert (needed.type, needed.intervention, needed.condition) == \
        ("therapy", "amoxicillin-clavulanate", "ear infections in children")
    assert _reading("Are antibiotics required for acute otitis media in children?") == \
        _reading("Are antibiotics recommended for acute otitis media in children?")


def test_a_need_said_of_a_biology_is_left_alone() -> None:
    # A gene's part in a process, the BioASQ sense of "necessary for": no treatment, no condition.
    assert _reading("Is SATB1 necessary for T-cell maturation?") == ("general", None, None)


def test_how_much_is_needed_for_a_condition_asks_the_dose_for_it() -> None:
    assert _reading("How much exercise is needed for knee osteoarthritis?") == ("dosing", "exercise",
                                                                                  "knee osteoarthritis")
    q = read_question("How much vitamin D is needed to prevent fractures?")
    assert (q.type, q.intervention, q.condition, q.verb) == ("dosing", "vitamin D", "fractures", "prevent")
    # A dose asked alone keeps its reading.
    assert _reading("How much vitamin K2 is safe to take?")[1:] == ("vitamin K2", None)


def test_two_treatments_offered_as_alternatives_are_read_apart() -> None:
    q = read_question("Are antidepressants or psychotherapy recommended for adolescent depression?")
    assert (q.intervention, q.condition) == ("antidepressants or psychotherapy", "adolescent depression")
    assert q.alternatives == ("antidepressants", "psychotherapy")
    assert read_question("Are ACE inhibitors or ARBs recommended for hypertension?").alternatives == \
        ("ACE inhibitors", "ARBs")
    # One treatment given two ways, and an "or" inside a phrase, offer no alternatives.
    assert read_question("Is oral or intravenous iron recommended for anaemia in pregnancy?").alternatives == ()
    assert read_question("Do exon 38 or 39 KMT2D missense variants cause Kabuki syndrome?").alternatives == ()
    assert read_question("Is metformin recommended for type 2 diabetes?").alternatives == ()
