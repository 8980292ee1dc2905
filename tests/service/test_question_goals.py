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
    assert noun.title == "Screening for Depression in Adults"
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


def test_how_much_an_effect_is_asks_the_effect_not_a_dose() -> None:
    # "does a change" was read as the intervention, and the question as one of dosing (session 36's known miss).
    assert _reading("How much does a change in vitamin K intake affect the INR?") == (
        "general", "vitamin K intake", "INR")
    assert _reading("How much does exercise reduce knee pain?") == ("therapy", "exercise", "knee pain")
    assert not read_question("How much does exercise reduce knee pain?").yes_no
    # An amount of the thing given is still a dose.
    assert _reading("How much vitamin D should I take?") == ("dosing", "vitamin D", None)


def test_which_things_do_an_effect_asks_for_them_on_the_condition() -> None:
    # As "Which drugs are used to prevent migraine?" reads.
    assert _reading("Which drugs prevent migraine?") == ("therapy", None, "migraine")
    assert read_question("Which drugs prevent migraine?").title == "Prevention of Migraine"
    assert _reading("What antibiotic treats pneumonia in adults?") == ("therapy", None, "pneumonia in adults")
    assert _reading("Which medicines help people stop smoking?")[2] == "stop smoking"
    assert read_question("Which tablets lower blood pressure first?").condition == "blood pressure"
    # The episodes of a condition are the condition: a statement on "a preventive drug for migraine" answers.
    assert _reading("Which drugs prevent migraine attacks?")[2] == "migraine"
    # Not what a thing does ("What does X treat?") nor a biology's control or cause.
    assert _reading("What does retapamulin treat?")[1:] == (None, None)
    assert _reading("Which gene controls the consistency of ear wax?")[1:] == (None, None)


def test_the_treatment_asked_without_a_rank_reads_its_condition() -> None:
    assert _reading("What is the treatment for calcific tendinitis of the shoulder?") == (
        "therapy", None, "calcific tendinitis of the shoulder")
    assert _reading("What are the treatment options for iron deficiency anaemia?")[2] == "iron deficiency anaemia"
    assert _reading("How is migraine prevented?")[2] == "migraine"
    assert _reading("How should iron deficiency be investigated in a man?")[2] == "iron deficiency"
    assert _reading("When is surgery needed for calcific tendinopathy?")[1:] == ("surgery", "calcific tendinopathy")
