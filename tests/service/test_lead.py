"""The lead's choice among statements: the asked outcome's own finding before a statement that names it only as one
member of a list of outcomes; on what an intervention does, a statement that names it and states the effect asked
before a guideline's line that names it only through its title or advises on something done around it."""
from __future__ import annotations

from index.lexical import tokenize
from index.search import Hit
from ingest.models import Chunk, Document
from service.answer.lead import (AGE_STATED, advice_around, answering, asks_effect, asked_instance, choose_lead,
                                 closest_order, moves_outcome, names_instance, names_itself, occasion_of_use, on_aspect,
                                 outcome_listed, states_amount)
from service.answer.pipeline import closest_statements
from service.answer.question import read_question
from service.answer.scoring import Candidate, sentence_terms
from service.answer.tuning import AnswerTuning


def _candidate(text: str, score: float = 0.9, doc: str = "d1", title: str = "A meta-analysis of trials",
               kind: str = "research") -> Candidate:
    document = Document(id=doc, title=title, kind=kind, source="Test", year=2020, authors="", url="", path=doc,
                        sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, score, 0.8, sentence_terms(text), True, True, True, anchored=True)


STROKE = frozenset(tokenize("stroke"))


def test_the_asked_outcomes_own_finding_leads_before_a_composite_naming_it() -> None:
    # s38: "Do calcium supplements raise the risk of myocardial infarction?" opened with "... smaller, non-significant
    # increases in stroke and in the composite of myocardial infarction, stroke and sudden death".
    composite = _candidate("Drug X was associated with smaller increases in bleeding and in the composite of stroke, "
                           "heart failure and death.", 0.94)
    own = _candidate("Drug X was associated with an increase of about 30 percent in the risk of stroke compared with "
                     "placebo.", 0.92)
    salient = {composite.text: 1.131, own.text: 1.129}  # the composite the more salient, as in the list answer
    assert choose_lead([composite, own], salient=salient, outcome_terms=STROKE) is own
    assert choose_lead([composite, own], salient=salient) is composite  # no outcome asked: salience decides


def test_an_outcome_is_listed_only_where_every_mention_is_a_list_member() -> None:
    assert outcome_listed("X reduced heart failure, stroke and death.", STROKE)
    assert outcome_listed("X reduced stroke or death.", STROKE)
    assert outcome_listed("X reduced stroke, death and heart failure.", STROKE)
    assert not outcome_listed("X reduced stroke by a third.", STROKE)
    assert not outcome_listed("X reduced stroke, which is common after surgery.", STROKE)  # a clause, not a list
    assert not outcome_listed("In patients with stroke, X reduced death.", STROKE)  # no list follows the comma
    assert not outcome_listed("X reduced stroke and death, and it reduced stroke by a third.", STROKE)  # once alone
    assert not outcome_listed("X reduced death.", STROKE)  # not named at all


GUIDE = "Recommendations on vitamin K intake for patients taking warfarin"
VITAMIN_K = frozenset(tokenize("vitamin K"))
INR = frozenset(tokenize("INR"))


def test_a_guideline_line_named_only_by_its_title_gives_way_to_a_statement_naming_the_intervention() -> None:
    # s38: "Does vitamin K intake affect the INR?" opened with INR-monitoring lines of a guideline whose title names
    # vitamin K, then read "insufficient", while a source says "A decrease in vitamin K intake ... raises the INR".
    q = read_question("Does vitamin K intake affect the INR?")
    monitoring = _candidate("INR should be checked frequently when warfarin is started.", 0.87, "g", GUIDE, "guideline")
    finding = _candidate("A decrease in vitamin K intake increases the effect of warfarin and raises the INR.", 0.67,
                         "r", "Overview of warfarin and vitamin K")
    assert answering(q, [monitoring, finding]) == [finding]
    assert answering(q, [monitoring]) == [monitoring]  # nothing names it: the title's line still answers


def test_names_itself_reads_any_mention_in_a_guideline_line() -> None:
    terms = frozenset(tokenize("short-acting beta agonist"))
    asked = _candidate("Adults should receive an inhaled corticosteroid rather than a short-acting beta-agonist alone.",
                       doc="g", title="Asthma: short-acting beta agonist use", kind="guideline")
    aside = _candidate("Asthma is common.", doc="g", title="Asthma: short-acting beta agonist use", kind="guideline")
    assert names_itself(asked, terms)  # named as what is compared: still named
    assert not names_itself(aside, terms)
    assert names_itself(_candidate("Asthma is common."), terms)  # a study's sentence: not narrowed


def test_on_what_an_intervention_does_advice_around_it_gives_way_to_the_stated_effect() -> None:
    # s38: "Does vitamin K lower the INR in patients taking warfarin?" opened with "If a patient ... starts or stops a
    # vitamin K supplement, the INR should be checked more often ...".
    q = read_question("Does vitamin K lower the INR in patients taking warfarin?")
    assert asks_effect(q)
    assert not asks_effect(read_question("Should vitamin K be given to reverse a high INR?"))
    advice = _candidate("If a patient taking warfarin starts or stops a vitamin K supplement, the INR should be "
                        "checked more often.", 0.89, "g", GUIDE, "guideline")
    cause = _candidate("Dietary vitamin K is the most common dietary cause of INR instability.", 0.98, "g2", GUIDE,
                       "guideline")
    effect = _candidate("An increase in vitamin K intake reduces the effect of warfarin and lowers the INR.", 0.93,
                        "r", "Overview of warfarin and vitamin K")
    assert advice_around(advice, VITAMIN_K)
    salient = {advice.text: 1.15, cause.text: 1.32, effect.text: 1.31}
    pool = [advice, cause, effect]
    assert choose_lead(pool, salient=salient, intervention_terms=VITAMIN_K) is advice  # not asked what it does
    assert choose_lead(pool, salient=salient, intervention_terms=VITAMIN_K, outcome_terms=INR, effect_asked=True,
                       direction=-1) is effect


def test_moves_outcome_in_the_asked_direction() -> None:
    lowers = "An increase in vitamin K intake lowers the INR."
    assert moves_outcome(lowers, INR, VITAMIN_K, -1)
    assert not moves_outcome(lowers, INR, VITAMIN_K, 1)
    assert moves_outcome(lowers, INR, VITAMIN_K)  # a verb of no direction: any way
    assert not moves_outcome("Dietary vitamin K is the most common dietary cause of INR instability.", INR, VITAMIN_K)


def test_a_which_questions_answer_stated_in_its_own_frame_leads_before_a_restatement_on_another_point() -> None:
    # s38, BioASQ dev: a question on which disease a gene's mutations cause opened with a statement on how the
    # mutation type relates to the severity of the disease (its "disease" read as naming one).
    instance = asked_instance("What disease is linked to changes in the GENE1 regulator?")
    severity = _candidate("The kind of GENE1 change is linked to disease severity in Zorb syndrome.", 0.96, "a")
    framed = _candidate("Zorb syndrome (ZS) is linked to changes in the GENE1 regulator.", 0.93, "b")
    assert not names_instance(severity.text, *instance)  # "disease" modifies "severity": no disease named by it
    assert names_instance(framed.text, *instance)
    salient = {severity.text: 1.96, framed.text: 1.87}
    assert choose_lead([severity, framed], salient=salient, instance=instance) is framed
    # The kind's word heading its own phrase still names one near it.
    assert names_instance("Zorb syndrome is a disease of the nerves.", *instance)


def test_how_much_leads_with_an_amount_of_the_asked_outcome() -> None:
    # s38: "How much does metformin reduce diabetes-related death?" opened with the 32 percent on any diabetes-related
    # end point, beside "Metformin reduced diabetes-related death by about 42 percent ...".
    q = read_question("How much does metformin reduce diabetes-related death?")
    end_point = _candidate("Compared with conventional treatment, metformin reduced the risk of any diabetes-related "
                           "end point by about 32 percent.", 0.98)
    death = _candidate("Metformin reduced diabetes-related death by about 42 percent compared with conventional "
                       "treatment.", 0.98)
    no_amount = _candidate("Early addition of metformin to sulfonylurea was associated with increased "
                           "diabetes-related death.", 0.98)
    assert answering(q, [end_point, no_amount, death]) == [death]
    assert answering(q, [no_amount]) == [no_amount]  # no amount stated: the frame picks nothing off the question


def test_states_amount_reads_sizes_of_effect() -> None:
    for text in ("X reduced death by about 42 percent.", "X roughly doubles the risk of bleeding.",
                 "X lowered the INR by about a third.", "Bleeding was two-fold higher.", "X lowered pressure by 5 mm."):
        assert states_amount(text), text
    assert not states_amount("INR should be rechecked after any change in diet.")


def test_at_what_age_leads_with_a_statement_naming_an_age() -> None:
    # s38: "At what age should children with ear infections get antibiotics straight away?" opened with "Amoxicillin
    # is the recommended first-line antibiotic ...".
    q = read_question("At what age should children with ear infections get antibiotics straight away?")
    first_line = _candidate("Amoxicillin is the recommended first-line antibiotic for children with ear infections.",
                            0.91)
    age = _candidate("Immediate antibiotics are recommended for children under 2 years with ear infections in both "
                     "ears.", 0.85)
    assert answering(q, [first_line, age]) == [age]
    assert AGE_STATED.search("many children older than 6 months")
    assert AGE_STATED.search("adults aged 65 years or over")
    assert not AGE_STATED.search("if symptoms do not improve within two to three days")


def test_how_long_continued_leads_with_when_to_stop_when_no_length_is_stated() -> None:
    # s38: "How long should inhaled steroids be continued once asthma is controlled?" opened with "Every adult ...
    # should receive an inhaled corticosteroid-containing treatment ...".
    q = read_question("How long should inhaled steroids be continued once asthma is controlled?")
    start = _candidate("Every adult with asthma should receive inhaled steroids.", 0.91)
    stop = _candidate("Inhaled steroids should not be stopped completely in adults with asthma.", 0.95)
    assert on_aspect(q, [start, stop]) == [stop]
    course = _candidate("Inhaled steroids are usually given for three months before stepping down.", 0.9)
    assert on_aspect(q, [start, stop, course]) == [course]  # a course's length first


def test_a_harm_said_of_the_treated_condition_is_no_harm_of_the_intervention() -> None:
    # s38: "Is barbotage painful?" answered "Yes." above "Needle lavage is usually offered when calcific tendinopathy
    # remains painful ...": the condition is painful, not the procedure.
    q = read_question("Is barbotage painful?")
    occasion = _candidate("Barbotage is usually offered when calcific tendinopathy remains painful after several "
                          "months.")
    harm = _candidate("Barbotage commonly causes pain for a few days after the procedure.")
    assert occasion_of_use(occasion, q) and not occasion_of_use(harm, q)
    assert answering(q, [occasion]) == []
    assert answering(q, [occasion, harm]) == [harm]
    assert not occasion_of_use(occasion, read_question("Is barbotage effective for calcific tendinopathy?"))


def test_closest_evidence_gives_the_frames_answer_and_not_the_occasion_of_use_first() -> None:
    # s38: "How much does varenicline increase quit rates?" quoted a neuropsychiatric-safety trial before "...
    # varenicline roughly doubles to triples the chance of long-term abstinence"; "Is barbotage painful?" quoted the
    # condition's pain ("... when calcific tendinopathy remains painful ...") before the procedure's.
    q = read_question("How much does varenicline increase quit rates?")
    safety = _candidate("A large trial found no significant increase in adverse events with varenicline.", 0.9, "a")
    size = _candidate("Trials show that varenicline roughly doubles the chance of long-term abstinence.", 0.85, "b")
    assert closest_order(safety, q)[2] and not closest_order(size, q)[2]
    assert closest_statements([safety, size], q, AnswerTuning(closest_statements=1),
                              {safety.text: 1.2, size.text: 1.0}) == [size]
    q = read_question("Is barbotage painful?")
    occasion = _candidate("Barbotage is offered when calcific tendinopathy remains painful.", 0.9, "a")
    harm = _candidate("Pain after barbotage, typically lasting a few days, is the most common adverse effect.", 0.85,
                      "b")
    assert closest_statements([occasion, harm], q, AnswerTuning(closest_statements=1),
                              {occasion.text: 1.2, harm.text: 1.0}) == [harm]
