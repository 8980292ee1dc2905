import importlib.util

import pytest

from index.embedder import INT8_FILE, default_model_path, load_embedder, weights_fingerprint
from index.errors import ModelLoadError


def _folder(tmp_path, name, weights: bytes):
    folder = tmp_path / name
    folder.mkdir()
    (folder / "config.json").write_text("{}")
    (folder / "model.safetensors").write_bytes(weights)
    return folder


def test_fingerprints_differ_for_different_weights_and_agree_for_equal_ones(tmp_path):
    a, b, c = _folder(tmp_path, "a", b"\x00" * 64), _folder(tmp_path, "b", b"\x01" * 64), _folder(tmp_path, "c", b"\x00" * 64)
    assert weights_fingerprint(a) != weights_fingerprint(b)
    assert weights_fingerprint(a) == weights_fingerprint(c)


def test_an_int8_graph_changes_the_fingerprint(tmp_path):
    folder = _folder(tmp_path, "m", b"\x00" * 64)
    before = weights_fingerprint(folder)
    (folder / INT8_FILE).parent.mkdir()
    (folder / INT8_FILE).write_bytes(b"int8")
    assert weights_fingerprint(folder) != before


def test_unknown_backend_is_a_model_error(tmp_path):
    with pytest.raises(ModelLoadError, match="unknown embedder backend"):
        load_embedder(_folder(tmp_path, "m", b"\x00"), backend="tpu")


def test_int8_backend_without_an_int8_graph_says_how_to_make_one(tmp_path):
    with pytest.raises(ModelLoadError, match="medcite-eval int8"):
        load_embedder(_folder(tmp_path, "m", b"\x00"), backend="onnx-int8")


@pytest.mark.skipif(importlib.util.find_spec("onnxruntime") is None or importlib.util.find_spec("onnx") is None,
                    reason="the int8 backend needs onnx and onnxruntime (pip install onnx onnxruntime)")
def test_int8_export_loads_by_folder_and_agrees_with_fp32(tmp_path):
    from index.int8 import export_int8

    embedder = load_embedder(backend="torch")  # the packaged model as shipped (fp32)
    folder = export_int8(default_model_path(), tmp_path / "minilm-int8")
    int8 = load_embedder(folder)  # no backend given: the folder holds only the int8 graph
    assert int8.backend == "onnx-int8" and int8.dimension == embedder.dimension
    assert int8.fingerprint != embedder.fingerprint
    # The export is deterministic: it is the default embedder, with the default's fingerprint.
    assert int8.fingerprint == load_embedder().fingerprint
    texts = ["Warfarin and vitamin K.", "Shockwave therapy fragments calcium deposits in the rotator cuff " * 3,
             "INR"]
    fp32, q8 = embedder.encode(texts), int8.encode(texts, batch_size=2)  # batches of different lengths
    assert q8.shape == fp32.shape
    assert (fp32 * q8).sum(axis=1).min() > 0.97
    # dynamic quantization scales activations per batch, so a text alone and in a batch differ a little
    assert float(int8.encode_query(texts[0]) @ q8[0]) > 0.99


def test_the_default_embedder_is_the_int8_export_and_fp32_stays_one_argument_away():
    default, fp32 = load_embedder(), load_embedder(backend="torch")
    assert (default.backend, default.name) == ("onnx-int8", "all-MiniLM-L6-v2-int8")
    assert (fp32.backend, fp32.name, fp32.path) == ("torch", "all-MiniLM-L6-v2", str(default_model_path()))
    assert load_embedder(default_model_path()).backend == "torch"  # a named fp32 folder loads as fp32
