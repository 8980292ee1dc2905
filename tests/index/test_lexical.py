"""The BM25 tokenizer on compounds and hyphens, the question-word filter, and IDF from the postings."""
from __future__ import annotations

import math

import numpy as np
import pytest

from index.lexical import (bm25_scores, bm25_search, build_bm25, idf, load_bm25, query_terms, rows_with, save_bm25,
                           tokenize, vocabulary)


@pytest.mark.parametrize("text,terms", [
    # A compound with a digit gives the joined form and its parts, so "IL-6" matches "IL6" and "IL 6".
    ("IL-6", ["il6", "il", "6"]),
    ("MK-7", ["mk7", "mk", "7"]),
    ("COVID-19 vaccines", ["covid19", "covid", "19", "vaccin"]),
    # Without a digit only the (stemmed) parts: "anti-inflammatory" also matches "inflammatory".
    ("anti-inflammatory", ["anti", "inflammatori"]),
    ("Non-steroidal", ["non", "steroid"]),
    # A slash joins like a hyphen.
    ("TNF-alpha/beta", ["tnf", "alpha", "beta"]),
    # Single letters and alphanumerics stay; stop words go.
    ("vitamin D and K2", ["vitamin", "d", "k2"]),
    # A compound longer than 12 characters keeps its parts only.
    ("abcdefghij-12", ["abcdefghij", "12"]),
    # Stop-word parts are dropped like stop words; an underscore separates words.
    ("of-the", []),
    ("foo_bar", ["foo", "bar"]),
])
def test_tokenize(text: str, terms: list[str]) -> None:
    assert tokenize(text) == terms


def test_tokenize_drops_the_given_words_before_stemming() -> None:
    assert tokenize("role of IL-6", drop=frozenset({"role"})) == ["il6", "il", "6"]


def test_tokenize_is_its_definition_on_random_texts() -> None:
    # tokenize reads the words with findall (no match objects): the same words, in order, as each match of the
    # word pattern, split at its joiners, stemmed, stop words and dropped words out.
    import random
    import re

    import Stemmer
    from bm25s.stopwords import STOPWORDS_EN

    stem, stop = Stemmer.Stemmer("english").stemWord, set(STOPWORDS_EN)

    def defined(text: str, drop: frozenset[str]) -> list[str]:
        out = []
        for match in re.finditer(r"[^\W_]+(?:[-/][^\W_]+)*", text.lower()):
            word = match.group(0)
            if word in drop:
                continue
            parts = re.split(r"[-/]", word)
            if len(parts) > 1 and any(p.isdigit() for p in parts) and len(word) <= 12:
                out.append("".join(parts))
            out.extend(stem(p) for p in parts if p not in stop)
        return out

    rng = random.Random(22)
    pieces = ["IL", "-", "/", "6", "k2", " ", "_", "the", "of", "Vitamin", "é", "trials", "?", ".", "--", "MK", "ß",
              "role", "12", "abcdefghij"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        drop = frozenset({"role", "the"}) if rng.random() < 0.5 else frozenset()
        assert tokenize(text, drop) == defined(text, drop), text


def test_query_terms_leave_out_question_framing_words() -> None:
    assert query_terms("What is the role of IL-6?") == ["il6", "il", "6"]


def test_a_question_made_only_of_framing_words_keeps_them() -> None:
    assert query_terms("What is it used for?") == ["what", "use"]


def test_idf_is_the_lucene_form_over_document_frequencies() -> None:
    model = build_bm25(["warfarin and vitamin K", "aspirin daily", "aspirin and warfarin interaction"])
    n = 3
    assert idf(model, "warfarin") == pytest.approx(math.log(1 + (n - 2 + 0.5) / (2 + 0.5)))
    assert idf(model, "daili") == pytest.approx(math.log(1 + (n - 1 + 0.5) / (1 + 0.5)))  # stemmed "daily"
    assert idf(model, "never-seen") == pytest.approx(math.log(1 + (n + 0.5) / 0.5))
    assert idf(model, "never-seen") > idf(model, "daili") > idf(model, "warfarin")


def test_the_vocabulary_is_every_term_the_texts_use() -> None:
    model = build_bm25(["warfarin and vitamin K", "aspirin daily"])
    # stemmed, stop words ("and") left out, single letters kept (as ``tokenize``)
    assert vocabulary(model) == {"warfarin", "vitamin", "k", "aspirin", "daili"}


def test_bm25_scores_equal_bm25s_scores_to_the_bit() -> None:
    texts = ["Vitamin K2 and vitamin D in older adults with fractures.", "Shockwave therapy for calcific tendinopathy.",
             "Calcific tendinopathy of the shoulder: vitamin K2 was not studied.", "Warfarin and vitamin K.",
             "Fractures in older adults; fracture prevention with vitamin D supplements of 800 IU daily."] * 3
    model = build_bm25(texts)
    queries = [["vitamin"], ["vitamin", "k2", "vitamin"], ["calcif", "tendinopathi", "shoulder"], ["absent", "warfarin"],
               ["absent"], tokenize(" ".join(texts))]
    for terms in queries:
        expected, got = model.get_scores(terms), bm25_scores(model, terms)
        assert got.dtype == expected.dtype and got.tobytes() == expected.tobytes(), terms
    assert bm25_scores(model, ["vitamin", "k2", "vitamin"]).tobytes() != bm25_scores(model, ["vitamin", "k2"]).tobytes()


def test_rows_with_are_the_chunks_naming_every_term() -> None:
    model = build_bm25(["persistent asthma in adults", "asthma in children", "persistent cough", "asthma persists"])
    assert rows_with(model, ["asthma"]).tolist() == [0, 1, 3]
    assert rows_with(model, ["persist", "asthma"]).tolist() == [0, 3]  # "persists" and "persistent" stem alike
    assert rows_with(model, ["asthma", "unknownword"]).tolist() == []
    assert rows_with(model, []).tolist() == []


def test_bm25_scores_and_search_answer_alike_once_the_postings_are_remembered(tmp_path) -> None:
    # Each term's postings are remembered per model after the first query: a second pass, and a model loaded
    # from disk (memory-mapped), must give the same bits, and bm25_search the same rows in the same order
    # (the texts repeat, so scores tie) as the partition and stable sort it has always done.
    texts = ["Vitamin K2 and vitamin D in older adults with fractures.", "Shockwave therapy for calcific tendinopathy.",
             "Warfarin and vitamin K.", "Fractures in older adults; vitamin D supplements of 800 IU daily."] * 4
    built = build_bm25(texts)
    save_bm25(built, tmp_path / "bm25")
    loaded = load_bm25(tmp_path / "bm25")
    queries = ["vitamin K2 fractures", "vitamin vitamin", "calcific shockwave", "nothing here", "warfarin"]
    for model in (built, loaded, built):
        for query in queries:
            terms = query_terms(query)
            assert bm25_scores(model, terms).tobytes() == model.get_scores(terms).tobytes()
            scores = model.get_scores(terms)
            k = min(6, len(scores))
            top = np.argpartition(-scores, k - 1)[:k]
            top = top[np.argsort(-scores[top], kind="stable")]
            top = top[scores[top] > 0]
            rows, found = bm25_search(model, query, 6)
            assert rows.tolist() == top.tolist() and found.tobytes() == scores[top].astype(np.float32).tobytes()


def test_tokenize_remembers_short_texts_and_hands_out_a_new_list_each_time() -> None:
    from index import lexical

    text = "Menaquinone-7 and vitamin K2 in 12 trials of tendon calcification"
    first = tokenize(text)
    first.append("changed by a caller")
    assert tokenize(text) == lexical._tokenize(text, frozenset()) == ["menaquinon", "7", "vitamin", "k2", "12",
                                                                       "trial", "tendon", "calcif"]
    assert tokenize(text, drop=frozenset({"tendon"})) == ["menaquinon", "7", "vitamin", "k2", "12", "trial",
                                                          "calcif"]  # each drop its own entry
    assert lexical._remembered_tokens.cache_info().maxsize == lexical.TOKENS_KEPT
    assert tokenize(text, drop={"tendon"}) == tokenize(text, drop=frozenset({"tendon"}))  # type: ignore[arg-type]


def test_a_text_longer_than_tokens_text_chars_is_tokenized_without_being_remembered() -> None:
    from index import lexical

    text = "Warfarin-treated patients " * (lexical.TOKENS_TEXT_CHARS // 10)
    assert len(text) > lexical.TOKENS_TEXT_CHARS
    before = lexical._remembered_tokens.cache_info()
    assert tokenize(text) == ["warfarin", "treat", "patient"] * (lexical.TOKENS_TEXT_CHARS // 10)
    after = lexical._remembered_tokens.cache_info()
    assert (after.hits, after.misses, after.currsize) == (before.hits, before.misses, before.currsize)
