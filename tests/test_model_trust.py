"""A model file from elsewhere is trusted only as far as docs/security.md says: crafted files,
each consistent with its card (a forger rewrites the checksum too), are refused before they
are loaded or used, whatever skops would have trusted by default."""

from __future__ import annotations

import copy
import hashlib
import io
import json
import zipfile
from pathlib import Path

import numpy as np
import pytest
import skops.io as sio
from numpy.lib import format as npformat
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer

from treatyscope.errors import ModelError
from treatyscope.evaluate import fit_full
from treatyscope.model_store import cache_path, load_model, save_model
from treatyscope.model_trust import (ALLOWED_TYPES, MAX_UNPACKED, ModelTrustError, check_schema,
                                     check_skops_bytes, parse_schema)
from treatyscope.paths import shipped_model_dir
from treatyscope.representations import ClauseProjection, read_projection

from test_classify import synthetic_records


@pytest.fixture(scope="module")
def model():
    return fit_full(synthetic_records(), seed=3)


def forge(folder: Path, data: bytes) -> Path:
    """Write a model file and a card whose checksum matches it."""
    card = json.loads((folder / "model.json").read_text())
    (folder / "model.skops").write_bytes(data)
    card["sha256"] = hashlib.sha256(data).hexdigest()
    (folder / "model.json").write_text(json.dumps(card))
    return folder


def saved(model, tmp_path) -> Path:
    folder = tmp_path / "m"
    save_model(model, folder)
    return folder


def dumps(tiers, safeguards, **extra) -> bytes:
    return sio.dumps({"tiers": tiers, "safeguards": safeguards, **extra})


def rezip(data: bytes, replace: dict[str, bytes]) -> bytes:
    """The same skops archive with some members' bytes replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
    return out.getvalue()


def vectorizers(labeler):
    return [vec for _, vec, _ in labeler.pipeline_.named_steps["features"].transformers_]


# -- what the shipped models hold -------------------------------------------------------------

def test_the_shipped_model_holds_only_allowed_types_and_passes_every_check():
    data = (shipped_model_dir() / "model.skops").read_bytes()
    check_skops_bytes(data)
    # skops' own listing of what it does not trust by default is within the allow-list too
    assert set(sio.get_untrusted_types(data=data)) <= ALLOWED_TYPES
    loaded = load_model(cache=False)
    assert loaded.tiers.pipeline_ is not None


def test_the_shipped_projection_reads_and_a_model_using_it_loads(tmp_path):
    from treatyscope.paths import models_dir
    from treatyscope.representations import projection_feature

    projection = read_projection(models_dir() / "treatyscope-vectors" / "projection.npz")
    assert projection.components.shape[1] == len(projection.vocabulary)
    feature = projection_feature(models_dir() / "treatyscope-vectors")
    m = fit_full(synthetic_records(), seed=3, feature_groups=("function", "facts", "vectors"), projection=feature)
    save_model(m, tmp_path / "v")
    loaded = load_model(tmp_path / "v", cache=False)
    assert [type(v).__name__ for v in vectorizers(loaded.tiers)][-1] == "ClauseProjection"


# -- a function or an estimator skops trusts by default ---------------------------------------

def test_a_function_transformer_of_numpy_sin_is_refused(model, tmp_path):
    data = dumps(model.tiers, model.safeguards, extra=FunctionTransformer(np.sin))
    assert set(sio.get_untrusted_types(data=data)) <= ALLOWED_TYPES  # skops alone, given the list, would load it
    folder = forge(saved(model, tmp_path), data)
    with pytest.raises(ModelError, match=r"contains functions that are not allowed \(numpy.sin\) and types that are not allowed "
                       r"\(sklearn.preprocessing._function_transformer.FunctionTransformer\); refusing to load"):
        load_model(folder, cache=False)


def test_a_bare_function_attached_to_an_estimator_is_refused(model, tmp_path):
    tiers = copy.deepcopy(model.tiers)
    tiers.hook = np.exp
    folder = forge(saved(model, tmp_path), dumps(tiers, model.safeguards))
    with pytest.raises(ModelError, match=r"contains functions that are not allowed \(numpy.exp\); refusing to load"):
        load_model(folder, cache=False)


def test_an_estimator_outside_the_list_is_refused(model, tmp_path):
    from sklearn.ensemble import RandomForestClassifier

    data = dumps(model.tiers, model.safeguards, extra=RandomForestClassifier())
    assert set(sio.get_untrusted_types(data=data)) <= ALLOWED_TYPES
    folder = forge(saved(model, tmp_path), data)
    with pytest.raises(ModelError, match=r"types that are not allowed \(sklearn.ensemble._forest.RandomForestClassifier, "
                       r"sklearn.tree._classes.DecisionTreeClassifier\); refusing to load"):
        load_model(folder, cache=False)


@pytest.mark.parametrize("node, message", [
    ({"__class__": "loads", "__module__": "pickle", "__loader__": "FunctionNode", "__id__": 1}, "functions that are not allowed"),
    ({"__class__": "Random", "__module__": "random", "__loader__": "ReduceNode", "__id__": 1}, r"types that are not allowed \(random.Random\)"),
    ({"__class__": "dict", "__module__": "builtins", "__loader__": "ReduceNode"}, r"not allowed \(builtins.dict\)"),
    ({"__class__": "system", "__module__": "os", "__loader__": "TypeNode", "__id__": 1}, "types that are not allowed"),
    ({"__module__": "os", "__loader__": "ObjectNode"}, "without its loader, module and class"),
    ({"__class__": None, "__module__": None, "__loader__": "CachedNode", "__id__": 7},
     r"a reference to an object stored earlier \(CachedNode\)"),
])
def test_every_node_of_the_schema_is_checked_at_any_depth(node, message):
    deep: object = node
    for _ in range(3000):  # deeper than Python's recursion limit
        deep = [deep]
    with pytest.raises(ModelTrustError, match=message):
        check_schema({"__class__": "dict", "__module__": "builtins", "__loader__": "DictNode",
                      "content": {"x": deep}}, set())


# -- parameters that make running the model slow or reach outside its input --------------------

@pytest.mark.parametrize("attribute, value, message", [
    ("token_pattern", r"(a+)+$", "token_pattern='\\(a\\+\\)\\+\\$'"),  # catastrophic backtracking
    ("token_pattern", r"(\w|\w)*x", "token_pattern"),
    ("ngram_range", (1, 100_000), "ngram_range"),
    ("ngram_range", (3, 1), "ngram_range"),
    ("analyzer", "chars", "analyzer"),
    ("input", "filename", "input='filename'"),  # would open files named by the clause text
    ("stop_words", ["the"] * 3, "stop_words"),
    ("surprise", 1, "surprise"),
    ("dtype", Pipeline, "dtype=<class 'sklearn.pipeline.Pipeline'>"),  # an allowed type, but no dtype
])
def test_a_vectorizer_with_an_abusable_parameter_is_refused(model, tmp_path, attribute, value, message):
    tiers = copy.deepcopy(model.tiers)
    setattr(vectorizers(tiers)[0], attribute, value)
    folder = forge(saved(model, tmp_path), dumps(tiers, model.safeguards))
    with pytest.raises(ModelError, match=message):
        load_model(folder, cache=False)


def test_a_vocabulary_beyond_the_bound_is_refused(model):
    from treatyscope.model_trust import MAX_VOCABULARY, check_estimators

    tiers = copy.deepcopy(model.tiers)
    vectorizers(tiers)[1].vocabulary_ = {f"w{i}": i for i in range(MAX_VOCABULARY + 1)}
    with pytest.raises(ModelTrustError, match="TfidfVectorizer with vocabulary_="):
        check_estimators({"tiers": tiers})
    vectorizers(tiers)[1].vocabulary_ = {f"w{i}": i for i in range(MAX_VOCABULARY)}
    check_estimators({"tiers": tiers})


def test_parallel_workers_in_a_model_are_refused(model, tmp_path):
    tiers = copy.deepcopy(model.tiers)
    tiers.pipeline_.named_steps["features"].n_jobs = -1
    folder = forge(saved(model, tmp_path), dumps(tiers, model.safeguards))
    with pytest.raises(ModelError, match=r"ColumnTransformer with n_jobs=-1"):
        load_model(folder, cache=False)


def test_a_catastrophic_pattern_hidden_in_the_fast_loading_copy_is_ignored(model, tmp_path, monkeypatch):
    from treatyscope.model_copy import thaw

    monkeypatch.setenv("TREATYSCOPE_MODEL_CACHE", str(tmp_path / "cache"))
    folder = saved(model, tmp_path)
    load_model(folder)  # writes the copy (the frozen arrays and their settings)
    sha = json.loads((folder / "model.json").read_text())["sha256"]
    path = cache_path(sha)
    with np.load(io.BytesIO(path.read_bytes()), allow_pickle=False) as archive:
        arrays = {name: archive[name] for name in archive.files}
    meta = json.loads(arrays["meta"].tobytes())
    meta["labelers"]["tiers"]["transformers"][0]["params"]["token_pattern"] = r"(a+)+$"
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
    out = io.BytesIO()
    np.savez(out, **arrays)
    path.write_bytes(out.getvalue())
    loaded = load_model(folder)  # the copy is refused and written again from the model file
    assert not loaded.frozen and vectorizers(loaded.tiers)[0].token_pattern == r"\S+"
    assert vectorizers(thaw(path.read_bytes(), sha)["tiers"])[0].token_pattern == r"\S+"
    assert load_model(folder).frozen


# -- sizes ---------------------------------------------------------------------------------------

def test_an_unpacked_size_bomb_is_refused_from_the_central_directory(model, tmp_path):
    data = dumps(model.tiers, model.safeguards)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
        with dst.open("999.npy", "w", force_zip64=True) as member:  # zeros: packs about 1000 to 1
            header = io.BytesIO()
            npformat.write_array_header_1_0(header, {"descr": "|u1", "fortran_order": False,
                                                     "shape": (MAX_UNPACKED,)})
            member.write(header.getvalue())
            chunk = bytes(1 << 20)
            for _ in range(MAX_UNPACKED >> 20):
                member.write(chunk)
    bomb = out.getvalue()
    assert len(bomb) < MAX_UNPACKED // 500
    folder = forge(saved(model, tmp_path), bomb)
    with pytest.raises(ModelError, match=r"would unpack to [\d,]+ bytes \(at most [\d,]+\); refusing to load"):
        load_model(folder, cache=False)


@pytest.mark.parametrize("make, message", [
    ("fifo", r"m: not a treatyscope model \(needs model.json and model.skops\)"),
    ("huge", r"model.skops: not a model file \(a regular file of at most [\d,]+ bytes\)"),
])
def test_a_model_file_that_is_no_regular_file_or_too_big_is_refused_before_it_is_read(model, tmp_path, make,
                                                                                        message):
    import os

    folder = saved(model, tmp_path)
    path = folder / "model.skops"
    path.unlink()
    if make == "fifo":
        os.mkfifo(path)  # reading it would wait for ever
    else:
        with open(path, "wb") as f:
            f.truncate(MAX_UNPACKED + 1)  # sparse: no disk used
    with pytest.raises(ModelError, match=message):
        load_model(folder)


def npy_header(descr: str, shape: tuple[int, ...]) -> bytes:
    buf = io.BytesIO()
    npformat.write_array_header_1_0(buf, {"descr": descr, "fortran_order": False, "shape": shape})
    return buf.getvalue()


@pytest.mark.parametrize("descr, shape, message", [
    ("<f8", (800_000_000,), r"array of shape \(800000000,\) needs 6,400,000,000 bytes"),  # 6.4 GB declared
    ("<f8", (40_000, 40_000), "needs 12,800,000,000 bytes"),
    ("<U100000000", (10,), "strings of 100,000,000 characters"),
    ("|O", (3,), "dtype '\\|O' not allowed"),
    ("<f8", (-1,), "shape"),
])
def test_an_array_declaring_more_than_it_holds_is_refused_before_it_is_allocated(model, tmp_path, descr, shape,
                                                                                 message):
    data = dumps(model.tiers, model.safeguards)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        target = next(n for n in z.namelist() if n.endswith(".npy"))
    try:
        crafted = rezip(data, {target: npy_header(descr, shape) + bytes(64)})
    except ValueError:  # numpy will not write a negative shape: write the header by hand
        raw = npy_header("<f8", (7,)).replace(b"(7,)", b"(-1,)")
        crafted = rezip(data, {target: raw + bytes(64)})
    folder = forge(saved(model, tmp_path), crafted)
    with pytest.raises(ModelError, match=message):
        load_model(folder, cache=False)


def test_a_schema_nested_beyond_the_recursion_limit_is_one_error(model, tmp_path):
    data = dumps(model.tiers, model.safeguards)
    folder = forge(saved(model, tmp_path), rezip(data, {"schema.json": b"[" * 200_000 + b"]" * 200_000}))
    with pytest.raises(ModelError, match="schema.json nested too deeply|unreadable schema.json"):
        load_model(folder, cache=False)


def test_an_unexpected_member_is_refused(model):
    data = dumps(model.tiers, model.safeguards)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
        dst.writestr("payload.bin", b"\x00" * 10)
    with pytest.raises(ModelTrustError, match="unexpected member 'payload.bin'"):
        check_skops_bytes(out.getvalue())


# -- the projection file a model names ------------------------------------------------------------

def test_a_projection_naming_a_device_is_refused_without_reading_it():
    step = ClauseProjection(source="/dev/zero", sha256="0" * 64)
    with pytest.raises(ValueError, match="not a regular file"):
        step.fit()


def test_a_model_naming_a_device_as_its_projection_is_refused_when_loaded(tmp_path):
    from treatyscope.paths import models_dir
    from treatyscope.representations import projection_feature

    feature = projection_feature(models_dir() / "treatyscope-vectors")
    m = fit_full(synthetic_records(), seed=3, feature_groups=("vectors",), projection=feature)
    folder = saved(m, tmp_path)
    for labeler in (m.tiers, m.safeguards):
        for step in vectorizers(labeler):
            if isinstance(step, ClauseProjection):
                step.source = "/dev/zero"
    forge(folder, dumps(m.tiers, m.safeguards))
    with pytest.raises(ModelError, match=r"/dev/zero: the projection file the model names is not a regular file; "
                                         r"refusing to load"):
        load_model(folder, cache=False)


def test_a_projection_file_declaring_a_huge_array_is_refused(tmp_path):
    path = tmp_path / "projection.npz"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("words.npy", npy_header("<U5", (2,)) + "ab   cd   ".encode("utf-32-le"))
        z.writestr("idf.npy", npy_header("<f4", (2,)) + bytes(8))
        z.writestr("components.npy", npy_header("<f4", (100_000, 100_000)) + bytes(64))
    with pytest.raises(ValueError, match=r"not a projection file \(components.npy: array of shape"):
        read_projection(path)


def test_parse_schema_refuses_what_is_not_json():
    with pytest.raises(ModelTrustError, match="unreadable schema.json"):
        parse_schema(b"{not json")


def test_a_member_that_unpacks_to_more_than_it_declares_is_refused(model, tmp_path):
    """A central directory can declare a small size for a member whose compressed data
    inflates to far more; the zip reader inflates it all in one call before cutting it to
    the declared size. The check inflates with the output capped and refuses it."""
    import struct
    import zlib

    data = dumps(model.tiers, model.safeguards)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
        dst.writestr("9.npy", npy_header("|u1", (960,)) + bytes(10 * 2**20))  # 10 MB of zeros
    lying = bytearray(out.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(lying))) as z:
        info = z.getinfo("9.npy")
    declared = npy_header("|u1", (960,)) + bytes(960)
    crc = zlib.crc32(declared)
    for pos in [i for i in range(len(lying)) if lying.startswith(b"PK\x01\x02", i)]:
        name_len = struct.unpack_from("<H", lying, pos + 28)[0]
        if bytes(lying[pos + 46:pos + 46 + name_len]) == b"9.npy":
            struct.pack_into("<L", lying, pos + 16, crc)
            struct.pack_into("<L", lying, pos + 24, len(declared))
    struct.pack_into("<L", lying, info.header_offset + 14, crc)
    struct.pack_into("<L", lying, info.header_offset + 22, len(declared))
    with zipfile.ZipFile(io.BytesIO(bytes(lying))) as z:
        assert z.read("9.npy") == declared  # the zip reader accepts it (after inflating 10 MB)
    with pytest.raises(ModelTrustError, match="9.npy: unpacks to more than the 1,088 bytes it declares"):
        check_skops_bytes(bytes(lying))
