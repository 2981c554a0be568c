"""The fast-loading copy of a model: the same model back, written once per checksum, and never a
way around the checks (a damaged or crafted copy is ignored and written again from the model file)."""

from __future__ import annotations

import fractions

import numpy as np
import pytest

from treatyscope.model_store import cache_path, load_model
from treatyscope.paths import shipped_model_dir


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("TREATYSCOPE_MODEL_CACHE", str(folder))
    return folder


def sha() -> str:
    import json

    return json.loads((shipped_model_dir() / "model.json").read_text())["sha256"]


def vocabularies(model) -> list[dict[str, int]]:
    return [vec.vocabulary_ for labeler in (model.tiers, model.safeguards)
            for _, vec, _ in labeler.pipeline_.named_steps["features"].transformers_]


def same_model(a, b) -> bool:
    if vocabularies(a) != vocabularies(b):
        return False
    for x, y in ((a.tiers, b.tiers), (a.safeguards, b.safeguards)):
        coefs = [e.coef_ for e in x.pipeline_.named_steps["model"].estimators_]
        if not all(np.array_equal(c, e.coef_) for c, e in zip(coefs, y.pipeline_.named_steps["model"].estimators_)):
            return False
        if not np.array_equal(x.thresholds_, y.thresholds_):
            return False
    return True


def test_the_copy_gives_the_same_model(cache):
    direct = load_model(cache=False)
    assert not cache.exists()
    first = load_model()  # reads the model file, writes the copy
    assert cache_path(sha()).is_file()
    second = load_model()  # reads the copy
    assert same_model(direct, first) and same_model(direct, second)
    assert all(isinstance(v, dict) and v for v in vocabularies(second))


def test_off_keeps_no_copy(tmp_path, monkeypatch):
    monkeypatch.setenv("TREATYSCOPE_MODEL_CACHE", "off")
    assert cache_path(sha()) is None
    load_model()


@pytest.mark.parametrize("damage", [
    lambda path: path.write_bytes(b"not a zip file"),  # unreadable
    lambda path: path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2]),  # cut short
    "crafted",  # a well-formed skops file holding a type that is not allowed
])
def test_a_bad_copy_is_ignored_and_written_again(cache, damage):
    import skops.io as sio

    reference = load_model(cache=False)
    load_model()
    path = cache_path(sha())
    if damage == "crafted":
        sio.dump({"tiers": reference.tiers, "safeguards": reference.safeguards, "x": fractions.Fraction(1, 3)}, path)
    else:
        damage(path)
    loaded = load_model()
    assert same_model(reference, loaded)
    assert not [t for t in sio.get_untrusted_types(file=path) if "Fraction" in t]  # written again, clean
