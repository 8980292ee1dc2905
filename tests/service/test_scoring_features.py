"""The relevance features of statements, computed for a whole answer at once (service.answer.scoring), and
the two shortcuts that computation takes: the model's scores of a matrix, and concept mentions with the
title's terms found once."""
from __future__ import annotations

import math
import struct
from dataclasses import replace

import numpy as np
import pytest

from index.search import Hit
from ingest.models import Chunk, Document
from service.answer.concepts import Lexicon, concept
from service.answer.corpus_stats import CorpusStats
from service.answer.question import read_question
from service.answer.relevance import FEATURES, LinearModel
from service.answer.scoring import (TEXT_FEATURES, asked_terms, candidates, passage_mentions,
                                    passage_statements)

SENTENCES = ("Nanopore sequencing of bacterial genomes is now routine in many laboratories.",
             "Short reads remain cheaper for large surveys of many samples.",
             "Reported error rates for bacterial isolates fell below one percent in 2023.")


def _hit() -> Hit:
    text = " ".join(SENTENCES)
    spans, start = [], 0
    for sentence in SENTENCES:
        spans.append((start, start + len(sentence)))
        start += len(sentence) + 1
    document = Document(id="d1", title="Nanopore sequencing", kind="research", source="Test", year=2020,
                        authors="", url="", path="d1", sha256="", sections=())
    chunk = Chunk(id="d1#0", doc_id="d1", heading=(), text=text, sentences=tuple(spans))
    return Hit(chunk=chunk, document=document, rank=2, score=1.0, dense=0.8, lexical=3.0)


def _titled(title: str) -> Hit:
    hit = _hit()
    return replace(hit, document=replace(hit.document, title=title))


def test_each_statement_gets_its_own_named_features() -> None:
    # Question terms (IDF 1 each): accur, nanopor, sequenc, bacteri, genom. The title has nanopor, sequenc.
    q = read_question("How accurate is nanopore sequencing of bacterial genomes?")
    stats = CorpusStats(idf=lambda term: 1.0, lexicon=Lexicon({}))
    model = LinearModel(FEATURES, tuple(0.0 for _ in FEATURES), 0.0, "test")
    found = {c.text: dict(zip(FEATURES, c.features))
             for c in candidates(q, [_hit()], stats, None, None, model=model, floors=False)}
    first, second, third = (found[s] for s in SENTENCES)
    assert (first["coverage"], second["coverage"], third["coverage"]) == (0.8, 0.0, 0.2)
    assert (first["title_coverage"], second["title_coverage"], third["title_coverage"]) == (0.0, 0.4, 0.4)
    assert (first["term_share"], third["term_share"]) == (0.8, 0.2)
    assert first["bigram_share"] == 0.75 and second["bigram_share"] == 0.0  # 3 of the question's 4 pairs
    assert [f["first_sentence"] for f in (first, second, third)] == [1.0, 0.0, 0.0]
    assert [f["position"] for f in (first, second, third)] == [0.0, 0.5, 1.0]
    assert (first["number"], third["number"]) == (0.0, 1.0)
    assert first["log_length"] == math.log(len(SENTENCES[0])) / 6.0
    for f in (first, second, third):  # the passage's own scores, the same for each of its statements
        assert (f["dense"], f["inv_rank"], f["lexical"], f["anchored"], f["has_i"]) == (0.8, 0.5, 1.0, 0.0, 0.0)
        assert f["coverage_x_dense"] == f["coverage"] * 0.8
    # Without a concept, a statement covering half the question or more answers it directly.
    assert (first["direct"], second["direct"], third["direct"]) == (1.0, 0.0, 0.0)


def test_a_passages_text_features_are_its_statements_in_order() -> None:
    hit = _hit()
    passage = passage_statements(hit.chunk.text, hit.chunk.sentences)
    assert passage.texts == SENTENCES
    assert [len(row) for row in passage.text_features] == [len(TEXT_FEATURES)] * 3
    assert [row[TEXT_FEATURES.index("position")] for row in passage.text_features] == [0.0, 0.5, 1.0]


def test_the_scores_of_a_matrix_equal_each_rows_score_to_the_bit() -> None:
    rng = np.random.default_rng(7)
    model = LinearModel(FEATURES, tuple(rng.normal(0.0, 3.0, len(FEATURES)).tolist()), -1.3, "test")
    rows = rng.random((500, len(FEATURES))) * rng.choice([0.0, 1.0, 7.0], (500, len(FEATURES)))
    assert model.probabilities(rows) == [model.probability(tuple(row)) for row in rows.tolist()]


def test_logits_past_thirty_either_way_are_clamped_as_one_rows_score_clamps_them() -> None:
    # probabilities clamps the whole column of logits with two ufuncs; probability clamps one logit in Python.
    rng = np.random.default_rng(22)
    model = LinearModel(FEATURES, tuple(rng.normal(0.0, 1.0, len(FEATURES)).tolist()), 0.0, "test")
    rows = rng.normal(0.0, 12.0, (400, len(FEATURES)))
    logits = rows @ np.array(model.weights)
    assert (logits > 31).sum() > 20 and (logits < -31).sum() > 20 and (abs(logits) < 29).sum() > 20
    assert model.probabilities(rows) == [model.probability(tuple(row)) for row in rows.tolist()]


def test_the_packed_and_the_converted_matrix_score_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    # An answer's rows are packed as C doubles; a larger batch (training) is converted by np.fromiter.
    from service.answer import relevance

    rng = np.random.default_rng(5)
    model = LinearModel(FEATURES, tuple(rng.normal(0.0, 3.0, len(FEATURES)).tolist()), 0.2, "test")
    rows = [tuple(row) for row in (rng.random((80, len(FEATURES))) * 4.0 - 1.0).tolist()]
    rows[3] = (1, True, *rows[3][2:])  # an int and a bool among the floats, as Python allows
    packed = model.probabilities(rows)
    monkeypatch.setattr(relevance, "_PACKED", 0)
    assert model.probabilities(rows) == packed == [model.probability(row) for row in rows]

def test_rows_in_another_column_order_score_the_same_to_the_bit() -> None:
    # candidates passes rows joined from their parts (match, passage, text features) with the columns of
    # the model's features in them, rather than reordering each row in Python.
    rng = np.random.default_rng(11)
    model = LinearModel(FEATURES, tuple(rng.normal(0.0, 3.0, len(FEATURES)).tolist()), 0.4, "test")
    rows = (rng.random((300, len(FEATURES))) * rng.choice([0.0, 1.0, 5.0], (300, len(FEATURES)))).tolist()
    shuffled = rng.permutation(len(FEATURES)).tolist()  # column j of a shuffled row holds feature shuffled[j]
    columns = [shuffled.index(f) for f in range(len(FEATURES))]
    reordered = [tuple(row[f] for f in shuffled) for row in rows]
    assert columns != list(range(len(FEATURES)))
    assert model.probabilities(reordered, columns) == model.probabilities(rows) == [
        model.probability(tuple(row)) for row in rows]


@pytest.mark.parametrize("sentence, title, expected", [
    ({"pdt", "clear"}, set(), (True, False, False)),  # the abbreviation in the sentence
    ({"clear"}, {"photodynam", "therapi"}, (True, False, False)),  # the name in the title alone
    ({"actin"}, {"keratosi"}, (False, True, False)),  # half in each
    ({"keratos", "clear"}, {"actin"}, (False, True, False)),  # another form of a word (keratosi / keratos)
    ({"fractur"}, {"adult"}, (False, False, True)),  # the weightiest terms, one in each
    ({"older", "clear"}, {"adult"}, (False, False, False)),  # without the rarest term
    ({"clear"}, {"lesion"}, (False, False, False)),  # neither
])
def test_a_title_found_once_counts_as_the_union_of_its_terms_and_the_sentences(
        sentence: set[str], title: set[str], expected: tuple[bool, ...]) -> None:
    lexicon = Lexicon.from_texts(["Photodynamic therapy (PDT) combines a cream with red light."])
    concepts = (concept("photodynamic therapy", lexicon), concept("actinic keratosis"),
                concept("fractures in older adults", idf={"fractur": 3.0, "older": 1.0, "adult": 0.5}.__getitem__))
    terms, title_terms = frozenset(sentence), frozenset(title)
    assert tuple(c.mentioned_in(terms, c.present(title_terms)) for c in concepts) == expected
    assert tuple(c.mentioned_in(terms | title_terms) for c in concepts) == expected


def test_only_the_sentences_that_name_a_concept_answer_a_question_naming_it() -> None:
    # The first and third sentences name bacterial genomes or isolates; the title does not, so the second
    # sentence is not about them, and with the floors on it is not a candidate.
    q = read_question("How accurate is nanopore sequencing of bacterial genomes?")
    stats = CorpusStats(idf=lambda term: 1.0, lexicon=Lexicon({}))
    model = LinearModel(FEATURES, tuple(0.0 for _ in FEATURES), 5.0, "test")
    bacterial = concept("bacterial")
    kept = candidates(q, [_hit()], stats, None, bacterial, model=model)
    assert [c.text for c in kept] == [SENTENCES[0], SENTENCES[2]] and all(c.mentions_condition for c in kept)
    everything = candidates(q, [_hit()], stats, None, bacterial, model=model, floors=False)
    assert [c.mentions_condition for c in everything] == [True, False, True]
    assert candidates(q, [_hit()], stats, None, concept("malaria"), model=model) == []


def test_the_question_terms_are_its_words_once_each_in_order_without_question_words() -> None:
    # "how", "is", "of", "what" frame the question; "genomes" comes back as the stem of "genome" ("genom").
    assert asked_terms("How accurate is nanopore sequencing of genomes, and what of genome assembly?") == (
        "accur", "nanopor", "sequenc", "genom", "assembl")
    assert asked_terms("How accurate is nanopore sequencing?") is asked_terms("How accurate is nanopore sequencing?")


def test_a_passages_text_features_are_packed_once_as_doubles() -> None:
    hit = _hit()
    passage = passage_statements(hit.chunk.text, hit.chunk.sentences)
    assert [struct.unpack(f"{len(TEXT_FEATURES)}d", packed) for packed in passage.packed_text] == list(
        passage.text_features)


def test_a_matrix_built_by_the_caller_scores_as_its_rows_do() -> None:
    rng = np.random.default_rng(3)
    model = LinearModel(FEATURES, tuple(rng.normal(0.0, 3.0, len(FEATURES)).tolist()), -0.7, "test")
    rows = rng.random((60, len(FEATURES))) * 4.0 - 1.0
    assert model.matrix_probabilities(rows) == model.probabilities(rows.tolist()) == [
        model.probability(tuple(row)) for row in rows.tolist()]


def test_the_statements_features_are_the_same_with_the_passage_tests_remembered() -> None:
    # The second answer reads the concept tests of the passage from passage_mentions' memory: the same rows.
    q = read_question("How accurate is nanopore sequencing of bacterial genomes?")
    stats = CorpusStats(idf=lambda term: 1.0, lexicon=Lexicon({}))
    model = LinearModel(FEATURES, tuple(0.0 for _ in FEATURES), 0.0, "test")
    i = concept("nanopore sequencing")
    first = candidates(q, [_hit()], stats, i, None, model=model, floors=False)
    again = candidates(q, [_hit()], stats, i, None, model=model, floors=False)
    assert [(c.text, c.features, c.mentions_intervention) for c in first] == [
        (c.text, c.features, c.mentions_intervention) for c in again]


def test_a_passages_concept_tests_read_its_title_and_are_remembered() -> None:
    hit = _hit()
    passage = passage_statements(hit.chunk.text, hit.chunk.sentences)
    i = concept("nanopore sequencing")
    # Under the title "Nanopore sequencing" every statement speaks of it; under another title only the first,
    # which names it. No condition asked: none mentions one, none pairs the two.
    titled = passage_mentions(passage, i, None, None, None, "Nanopore sequencing", False)
    assert (titled.intervention, titled.condition) == (True, False)
    assert titled.statements == ((True, False, False),) * 3
    assert passage_mentions(passage, i, None, None, None, "Nanopore sequencing", False) is titled
    untitled = passage_mentions(passage, i, None, None, None, "Bacterial isolates", False)
    assert untitled.statements == ((True, False, False), (False, False, False), (False, False, False))
    # A concept no statement names: the passage is screened out whole, its statements not tested one by one.
    assert passage_mentions(passage, concept("gizmo lavage"), None, None, None, "Bacterial isolates",
                            False).statements == ()


def test_a_title_without_question_terms_adds_no_title_coverage() -> None:
    # "Laboratory methods" has none of the question's terms (scoring skips its title set): every statement's
    # title coverage is 0.0, and its other features are those under the title "Nanopore sequencing".
    q = read_question("How accurate is nanopore sequencing of bacterial genomes?")
    stats = CorpusStats(idf=lambda term: 1.0, lexicon=Lexicon({}))
    model = LinearModel(FEATURES, tuple(0.0 for _ in FEATURES), 0.0, "test")
    column = FEATURES.index("title_coverage")

    def features(title: str) -> dict[str, tuple[float, ...]]:
        return {c.text: c.features for c in candidates(q, [_titled(title)], stats, None, None, model=model,
                                                        floors=False)}

    plain, titled = features("Laboratory methods"), features("Nanopore sequencing")
    assert [plain[s][column] for s in SENTENCES] == [0.0, 0.0, 0.0]
    assert [titled[s][column] for s in SENTENCES] == [0.0, 0.4, 0.4]
    for s in SENTENCES:
        assert plain[s][:column] + plain[s][column + 1:] == titled[s][:column] + titled[s][column + 1:]
