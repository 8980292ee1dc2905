"""A condition named in part (``concepts.parts_of``: without the population it is asked for, or one side of
"and") counts in a guideline's advice: a recommendation for the broader group speaks to the asked one. A study of
another group does not (session 19 review: a postpartum trial answered a question on cancer patients "Yes"); a
study's statement on the condition without its population (``Concept.core``) that names no other group of people
(nor animals or cells) does (session 29: "Do calcium supplements increase the risk of myocardial infarction in older
women?" had no direct statement beside the meta-analysis's "... increase the risk of myocardial infarction")."""
from __future__ import annotations

from index.lexical import tokenize
from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind
from service.answer.concepts import Lexicon, concept
from service.answer.corpus_stats import CorpusStats
from service.answer.question import read_question
from service.answer.relevance import FEATURES, LinearModel
from service.answer.scoring import candidates


def _terms(text: str) -> frozenset[str]:
    return frozenset(tokenize(text))


def test_a_part_of_the_condition_counts_only_where_parts_are_allowed() -> None:
    asked = concept("gizmo pain in dialysis patients", condition=True)
    part = _terms("Gizmo pain fell in postpartum women.")
    assert asked.mentioned_in(part)  # a guideline's advice may name the condition without its population
    assert not asked.mentioned_in(part, parts=False)
    assert asked.mentioned_in(_terms("Gizmo pain fell in dialysis patients."), parts=False)  # the whole
    both = concept("gizmo failure and zorb anaemia", condition=True)
    assert both.mentioned_in(_terms("Iron corrected zorb anaemia in pregnant women."))
    assert not both.mentioned_in(_terms("Iron corrected zorb anaemia in pregnant women."), parts=False)
    plain = concept("gizmo pain", condition=True)
    assert plain.whole is None  # nothing to name in part
    # Without its population, the condition itself; never one side of "and".
    assert asked.mentioned_in(part, parts=False, core=True)
    assert not both.mentioned_in(_terms("Iron corrected zorb anaemia in pregnant women."), parts=False, core=True)


def _hit(doc: str, text: str, kind: DocumentKind, title: str = "") -> Hit:
    document = Document(id=doc, title=title, kind=kind, source="Test", year=2020, authors="", url="", path=doc,
                        sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    return Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8, lexical=2.0)


def test_only_a_guideline_names_the_asked_condition_by_its_part() -> None:
    q = read_question("Is drugx beneficial for gizmo pain in dialysis patients?")
    stats = CorpusStats(idf=lambda term: 1.0, lexicon=Lexicon({}))
    model = LinearModel(FEATURES, tuple(0.0 for _ in FEATURES), 0.0, "test")
    research = _hit("r", "Drugx reduced gizmo pain by a third in postpartum women in a randomized trial.",
                    DocumentKind.RESEARCH)
    advice = _hit("g", "Drugx is recommended for adults with gizmo pain that lasts more than six weeks.",
                  DocumentKind.GUIDELINE)
    i_concept = concept(q.intervention or "")
    c_concept = concept(q.condition or "", condition=True)
    found = {c.doc_id: c for c in candidates(q, [research, advice], stats, i_concept, c_concept, model=model,
                                            floors=False)}
    assert found["g"].mentions_condition and found["g"].direct
    assert not found["r"].mentions_condition and not found["r"].direct


def test_a_study_whose_title_names_the_asked_population_answers_for_it() -> None:
    # Session 21: "Does metformin reduce diabetes-related death in overweight patients?" had no direct statement
    # beside "Metformin reduced diabetes-related death by about 42 percent ..." of a study titled "... in
    # overweight patients with type 2 diabetes": the title says whom every finding of the abstract is of.
    q = read_question("Does drugx reduce gizmo death in overweight patients?")
    population = _terms("overweight patients")  # rare words, so the sentence alone does not name the condition
    stats = CorpusStats(idf=lambda term: 5.0 if term in population else 1.0, lexicon=Lexicon({}))
    model = LinearModel(FEATURES, tuple(0.0 for _ in FEATURES), 0.0, "test")
    titled = _hit("t", "Drugx reduced gizmo death by about 40 percent compared with usual care.",
                  DocumentKind.RESEARCH, title="Effect of drugx on complications in overweight patients")
    other = _hit("o", "Drugx reduced gizmo death by about 40 percent compared with usual care.",
                 DocumentKind.RESEARCH, title="Effect of drugx on complications in postpartum women")
    i_concept = concept(q.intervention or "", idf=stats.idf)
    c_concept = concept(q.condition or "", idf=stats.idf, condition=True)
    assert not c_concept.mentioned_in(_terms(titled.chunk.text), parts=False)
    found = {c.doc_id: c for c in candidates(q, [titled, other], stats, i_concept, c_concept, model=model,
                                            floors=False)}
    assert found["t"].direct
    assert "o" not in found or not found["o"].direct  # a study of other people does not answer for these


def test_a_finding_under_a_title_naming_the_condition_must_name_some_of_it() -> None:
    # "Metformin reduced all-cause mortality ..." under "... in overweight patients with type 2 diabetes"
    # answers "Is metformin associated with lower mortality in overweight type 2 diabetes?"; a finding on
    # something else under that title does not (session 21).
    q = read_question("Is drugx associated with lower mortality in overweight gizmo diabetes?")
    assert q.condition == "mortality in overweight gizmo diabetes"
    stats = CorpusStats(idf=lambda term: 1.0, lexicon=Lexicon({}))
    model = LinearModel(FEATURES, tuple(0.0 for _ in FEATURES), 0.0, "test")
    title = "Effect of drugx on complications in overweight patients with gizmo diabetes"
    mortality = _hit("m", "Drugx reduced all-cause mortality by about 36 percent.", DocumentKind.RESEARCH, title)
    weight = _hit("w", "Drugx reduced body weight by about 3 kilograms.", DocumentKind.RESEARCH, title)
    # A title that does not name the asked intervention is not the study of it: "In theory, better carboxylation
    # of matrix Gla protein in tendon tissue could slow ..." under "Vitamin K2 and tendon calcification" is no
    # answer on matrix Gla protein in calcific tendinopathy.
    other = _hit("o", "Drugx reduced all-cause mortality by about 30 percent.", DocumentKind.RESEARCH,
                 "Complications in overweight patients with gizmo diabetes")
    i_concept = concept(q.intervention or "", idf=stats.idf)
    c_concept = concept(q.condition or "", idf=stats.idf, condition=True)
    found = {c.hit.document.id: c for c in candidates(q, [mortality, weight, other], stats, i_concept, c_concept,
                                                      model=model, floors=False)}
    assert found["m"].direct
    assert not found["w"].direct
    assert not found["o"].direct


def test_a_study_naming_no_other_group_answers_for_the_asked_population() -> None:
    q = read_question("Does drugx increase the risk of gizmo pain in older women?")
    stats = CorpusStats(idf=lambda term: 1.0, lexicon=Lexicon({}))
    model = LinearModel(FEATURES, tuple(0.0 for _ in FEATURES), 0.0, "test")
    anyone = _hit("a", "Drugx increased the risk of gizmo pain by about 30 percent compared with placebo.",
                  DocumentKind.RESEARCH, title="Effect of drugx on gizmo pain: meta-analysis")
    asked = _hit("w", "Drugx increased the risk of gizmo pain by a third in older women.", DocumentKind.RESEARCH)
    men = _hit("m", "Drugx increased the risk of gizmo pain by a third in younger men.", DocumentKind.RESEARCH)
    titled = _hit("t", "Drugx increased the risk of gizmo pain by about a quarter.", DocumentKind.RESEARCH,
                  title="Drugx and gizmo pain in adolescents")
    rats = _hit("r", "Drugx increased gizmo pain in rats given a high dose.", DocumentKind.RESEARCH)
    i_concept = concept(q.intervention or "")
    c_concept = concept(q.condition or "", condition=True)
    found = {c.doc_id: c for c in candidates(q, [anyone, asked, men, titled, rats], stats, i_concept, c_concept,
                                            model=model, floors=False)}
    assert found["a"].direct and found["w"].direct
    for other in "mtr":  # another group of people, in the statement or its title, or animals
        assert other not in found or not found[other].direct
