"""The lead's sentence roles: a finding of its own leads before earlier work's suggestion or a sentence that adds to
one before it, and a statement naming the whole asked intervention before one that names part of it or names it
only as what another thing is compared with."""
from __future__ import annotations

from dataclasses import replace

from index.lexical import tokenize
from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind
from service.answer.concepts import concept
from service.answer.lead import (answering, causes_in_verb, choose_lead, lead_tier, naming_condition, secondary,
                                 share_named)
from service.answer.pipeline import closest_statements
from service.answer.question import read_question
from service.answer.scoring import Candidate, sentence_terms
from tests.service.candidates import candidate


def _candidate(text: str, score: float = 0.9, doc: str = "d1", title: str = "A meta-analysis of trials") -> Candidate:
    document = Document(id=doc, title=title, kind="research", source="Test", year=2020, authors="", url="", path=doc,
                        sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, score, 0.8, sentence_terms(text), True, True, True, anchored=True)


def test_a_finding_leads_before_what_an_earlier_trial_had_suggested() -> None:
    # s35a: "Do calcium supplements raise the risk of myocardial infarction?" opened with the background sentence.
    earlier = _candidate("A randomized trial had earlier raised the possibility that drug X increases the risk of "
                         "stroke.", 0.99)
    finding = _candidate("Drug X was associated with an increase of about 30 percent in the risk of stroke.", 0.92)
    salient = {earlier.text: 1.25, finding.text: 1.14}  # the background is the more salient, as in the list answer
    assert choose_lead([earlier, finding], salient=salient) is finding
    assert choose_lead([earlier], salient=salient) is earlier  # nothing else answers


def test_a_sentence_that_adds_to_another_does_not_lead() -> None:
    # s35a: "How does matrix Gla protein stop calcification?" opened with "... also needs serine phosphorylation".
    added = _candidate("Protein X also needs phosphorylation to be fully active.", 0.97)
    stated = _candidate("Protein X is one of the strongest natural inhibitors of calcification.", 0.94)
    assert choose_lead([added, stated], salient={added.text: 1.6, stated.text: 1.5}) is stated


def test_roles_read_by_grammar() -> None:
    assert secondary("Previous studies have suggested that X lowers Y.")
    assert secondary("In addition, X lowered Y.")
    assert not secondary("X lowered Y by 30 percent.")
    assert not secondary("X lowers Y and also Z.")  # two parts of one sentence


def test_the_whole_asked_intervention_leads_before_a_statement_sharing_some_of_its_words() -> None:
    # s35a: "Does vitamin K supplementation slow vascular calcification ...?" opened with a trial of continuing a
    # vitamin K antagonist against switching to another drug.
    asked = frozenset(tokenize("vitamin K supplementation"))
    other = _candidate("A randomized trial found no difference in calcification between continuing a vitamin K "
                       "antagonist and switching to drug Z.", 0.60, doc="a")
    whole = _candidate("Most meta-analyses found no significant effect of vitamin K supplementation on "
                       "calcification.", 0.50, doc="b")
    salient = {other.text: 1.03, whole.text: 0.91}
    assert choose_lead([other, whole], salient=salient, intervention_terms=asked) is whole
    assert choose_lead([other, whole], salient=salient) is other  # no intervention asked: salience decides


def test_an_intervention_named_only_as_the_comparator_is_not_what_the_sentence_is_about() -> None:
    asked = frozenset(tokenize("nicotine replacement therapy"))
    assert share_named("Electronic cigarettes are more effective than nicotine replacement therapy in trials.",
                       asked) == 0.0
    assert share_named("Nicotine replacement therapy increases quit rates compared with placebo.", asked) == 1.0


def test_statements_naming_as_much_of_the_asked_name_keep_their_salience_order() -> None:
    # s22a: "Does menaquinone-7 supplementation reduce arterial stiffness ...?" keeps its lead on stiffness, which
    # names menaquinone-7 as the biomarker finding does (two of the name's three terms each).
    asked = frozenset(tokenize("menaquinone-7 supplementation"))
    stiffness = _candidate("Over three years, stiffness improved in the menaquinone-7 group compared with placebo.",
                           0.9)
    marker = _candidate("Menaquinone-7 at 180 micrograms per day lowered a marker by about 50 percent.", 0.9)
    assert share_named(stiffness.text, asked) == share_named(marker.text, asked) == 2 / 3  # menaquinon, 7
    salient = {stiffness.text: 1.2, marker.text: 1.1}
    assert choose_lead([marker, stiffness], salient=salient, intervention_terms=asked) is stiffness


def test_also_in_a_relative_clause_or_giving_another_name_adds_nothing_before_it() -> None:
    assert not secondary("As-needed drug X is a reliever option that also delivers a corticosteroid.")
    assert not secondary("Needle lavage, also called barbotage, rinses the deposit.")


def _advice(text: str, score: float) -> Candidate:
    """A guideline sentence, direct through its guideline's title."""
    return replace(candidate(text, DocumentKind.GUIDELINE, i=True, c=True), terms=frozenset(tokenize(text)),
                   score=score)


def test_a_recommendation_naming_the_kind_asked_for_competes_down_to_the_guideline_margin() -> None:
    # "What is the first-line drug for hypertension ...?" opened with lifestyle advice the relevance model ranked
    # higher (0.966) than "Four drug classes are recommended as first-line treatment ..." (0.766, below 0.8 of it).
    q = read_question("What kind of exercise is recommended for cellulitis?")
    weight = _advice("People with cellulitis who are overweight should be offered support to lose weight.", 1.0)
    exercise = _advice("Gentle exercise of the affected limb is recommended for people with cellulitis.", 0.6)
    assert naming_condition(q, concept("cellulitis"), [weight, exercise]) == [exercise]
    far = replace(exercise, score=0.4)  # below half the best, as for the lead
    assert naming_condition(q, concept("cellulitis"), [weight, far]) == [weight, far]


def _closest(text: str, score: float) -> Candidate:
    return replace(candidate(text, i=True), terms=frozenset(tokenize(text)), score=score)


def test_closest_evidence_opens_with_a_finding_before_a_studys_background_or_aim() -> None:
    # s35a: "Does metformin lower the risk of myocardial infarction ...?" quoted the trial's background and aim.
    q = read_question("Does drug X lower the risk of stroke in type 2 diabetes?")
    background = _closest("The Big Diabetes Study was a large long-term trial of glucose control in type 2 "
                          "diabetes.", 0.99)
    aim = _closest("The report examined whether drug X as the main treatment reduced complications.", 0.98)
    finding = _closest("Drug X reduced diabetes-related death by about 42 percent compared with usual care.", 0.96)
    salient = {background.text: 1.08, aim.text: 1.05, finding.text: 1.03}
    assert closest_statements([background, aim, finding], q, salient=salient)[0] is finding


def test_closest_evidence_puts_a_harm_off_the_asked_aspect_after_what_the_drug_does() -> None:
    # s35a: "Does topiramate reduce how often migraines happen?" opened with the drug's side effects.
    q = read_question("Does drug X reduce migraine attacks?")
    harms = _closest("Drug X can cause tingling, weight loss and kidney stones.", 0.98)
    use = _closest("Drug X is an effective first-line alternative.", 0.92)
    assert closest_statements([harms, use], q, salient={harms.text: 1.03, use.text: 0.97})[0] is use
    # a question on its harms keeps them first
    safety = read_question("What are the side effects of drug X?")
    assert closest_statements([harms, use], safety, salient={harms.text: 1.03, use.text: 0.97})[0] is harms


def test_also_after_an_aside_does_not_make_a_sentence_an_addition() -> None:
    # BioASQ dev "Which disease is Dasatinib used to treat?": its answer sits in the aside before "has also shown".
    assert not secondary("Drug X, a kinase inhibitor with a known profile in leukemia patients, has also shown "
                         "antifibrotic effects.")
    assert secondary("Drug X also needs phosphorylation to be fully active.")


def test_a_result_said_to_come_from_the_asked_cause_states_that_it_causes() -> None:
    agent = frozenset(tokenize("high doses of drug X"))
    assert causes_in_verb("Hypercalcaemia from drug X most often results from prolonged very high doses, or from "
                          "dosing errors.", agent)
    assert not causes_in_verb("Hypercalcaemia from drug X is uncommon at doses up to 4000 units per day.", agent)


def test_a_question_whether_high_doses_cause_something_is_not_narrowed_to_amounts() -> None:
    # session 34: "Can high doses of vitamin D cause high calcium?" is read as a dosing question; its lead was the
    # only statement with an amount ("uncommon at doses up to 4000 international units per day").
    q = read_question("Can high doses of vitamin D cause high calcium?")
    amount = _candidate("Hypercalcaemia from vitamin D supplements is uncommon at doses up to 4000 international "
                        "units per day in adults.", 0.95)
    cause = _candidate("Hypercalcaemia from vitamin D most often results from prolonged very high doses.", 0.94)
    assert answering(q, [amount, cause]) == [cause]


def test_a_trials_method_ranks_no_higher_than_its_sources_finding_which_leads_before_it() -> None:
    # s46: "Does vitamin K slow vascular calcification in haemodialysis patients?" opened "No. The Valkyrie trial,
    # reported in 2020, randomized 132 haemodialysis patients ... to continue ... or switch ..." (ranked as a trial by
    # its named design) above its source's finding "Most haemodialysis trials found no significant difference ...".
    title = "Overview: drug C trials in kidney failure"
    method = _candidate("The Zeta trial, reported in 2020, randomized 132 patients with kidney failure to continue "
                        "drug A, switch to drug B, or switch to drug B plus drug C for 18 months.", 0.65, title=title)
    finding = _candidate("Most trials in kidney failure found no significant difference between drug C and control in "
                         "progression of calcification.", 0.73, title=title)
    assert lead_tier(method) < lead_tier(finding)  # on its own, the method sentence's design ranks it higher
    assert choose_lead([method, finding], salient={method.text: 1.10, finding.text: 1.21}) is finding
    assert choose_lead([method]) is method  # nothing else answers
    # A finding of another source keeps its own tier: the trial's statement leads before it.
    other = _candidate(finding.text, 0.73, doc="b", title="Overview: drug C in kidney failure")
    assert choose_lead([method, other], salient={method.text: 1.10, other.text: 1.21}) is method
