import numpy as np
import pytest

from index.vectors import build_vectors, cosines, index_kind, load_vectors, save_vectors, stored_rows, vector_search


@pytest.fixture
def vectors():
    rng = np.random.default_rng(0)
    v = rng.standard_normal((300, 16), dtype=np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_flat_up_to_the_threshold_and_hnsw_above(vectors):
    assert index_kind(build_vectors(vectors, exact_max=300)) == "flat"
    assert index_kind(build_vectors(vectors, exact_max=299)) == "hnsw"


def test_hnsw_finds_what_exact_search_finds(vectors):
    exact, approx = build_vectors(vectors, exact_max=1000), build_vectors(vectors, exact_max=10)
    for q in vectors[:20]:
        assert vector_search(approx, q, 5)[0].tolist() == vector_search(exact, q, 5)[0].tolist()


@pytest.mark.parametrize("exact_max", [1000, 10])
def test_memory_mapped_index_answers_like_the_read_one(vectors, tmp_path, exact_max):
    path = tmp_path / "vectors.faiss"
    save_vectors(build_vectors(vectors, exact_max=exact_max), path)
    mapped, read = load_vectors(path, mmap=True), load_vectors(path, mmap=False)
    for q in vectors[:10]:
        rows_m, scores_m = vector_search(mapped, q, 10)
        rows_r, scores_r = vector_search(read, q, 10)
        assert rows_m.tolist() == rows_r.tolist()
        np.testing.assert_allclose(scores_m, scores_r)


def test_empty_index_returns_nothing():
    index = build_vectors(np.zeros((0, 8), dtype=np.float32))
    rows, scores = vector_search(index, np.ones(8, dtype=np.float32), 3)
    assert len(rows) == len(scores) == 0


@pytest.mark.parametrize("exact_max", [1000, 10])
@pytest.mark.parametrize("mmap", [True, False])
def test_stored_rows_are_the_vectors_the_index_holds(vectors, tmp_path, exact_max, mmap):
    path = tmp_path / "vectors.faiss"
    save_vectors(build_vectors(vectors, exact_max=exact_max), path)
    index = load_vectors(path, mmap=mmap)
    stored = stored_rows(index)
    assert stored is not None and stored.shape == vectors.shape
    rows = np.array([7, 0, 299, 42], dtype=np.int64)
    assert np.array_equal(stored[rows], index.reconstruct_batch(rows))
    assert np.array_equal(stored, vectors)


def test_no_stored_rows_for_an_empty_index():
    assert stored_rows(build_vectors(np.zeros((0, 8), dtype=np.float32))) is None


def test_cosines_are_each_rows_dot_product_to_the_bit():
    # The search gives hits the dense list missed these cosines; one row at a time they were float(row @ q),
    # and a score that moves in its last bit can reorder an answer's statements.
    rng = np.random.default_rng(7)
    for dim in (3, 8, 384, 1000):
        stored = rng.standard_normal((50, dim)).astype(np.float32)
        for _ in range(20):
            q = rng.standard_normal(dim).astype(np.float32)
            rows = rng.choice(50, size=int(rng.integers(1, 50)), replace=False)
            got = cosines(stored[rows], q)
            want = [float(row @ q) for row in stored[rows]]
            assert [np.float64(g).tobytes() for g in got] == [np.float64(w).tobytes() for w in want]
    assert cosines(np.zeros((0, 4), dtype=np.float32), np.ones(4, dtype=np.float32)) == []
