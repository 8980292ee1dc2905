import numpy as np

from eval.scaling import bench_vectors, recall_at_k, synthetic_texts, synthetic_vectors


def test_recall_at_k_counts_shared_ids_per_query():
    exact = np.array([[1, 2, 3, 4], [5, 6, 7, 8]])
    found = np.array([[4, 3, 9, 1], [5, -1, -1, -1]])
    # query 1: 3 of 4 found; query 2: 1 of 4 (the -1 padding never counts)
    assert recall_at_k(found, exact, k=4) == (3 + 1) / 8


def test_recall_at_k_looks_only_at_the_top_k():
    assert recall_at_k(np.array([[9, 1, 2]]), np.array([[1, 2, 3]]), k=2) == 0.5


def test_synthetic_vectors_are_unit_length_and_clustered():
    v = synthetic_vectors(2000, dim=32, clusters=4, spread=0.5)
    np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, rtol=1e-5)
    nearest = np.sort(v @ v.T, axis=1)[:, -2]  # best other point
    assert nearest.mean() > 0.8  # a clustered cloud, not uniform noise (~0.5 at dim 32)


def test_synthetic_texts_have_a_zipfian_head():
    words = " ".join(synthetic_texts(200, vocab=1000, mean_len=50)).split()
    counts = {w: words.count(w) for w in {"w1", "w500"}}
    assert counts["w1"] > 20 * max(1, counts["w500"])


def test_bench_vectors_reports_exact_recall_for_flat(tmp_path):
    results = bench_vectors(3000, kinds=("flat",), workdir=tmp_path, log=lambda _: None)
    assert [r.kind for r in results] == ["flat"]
    assert results[0].recall_at_10 == 1.0 and results[0].file_mb > 0
