"""The frozen copy of a model (the fitted values as plain arrays, in the user cache folder): the
same model back, the same features, probabilities and labels to the last bit as scikit-learn's
own estimators, read without importing skops or scikit-learn, written once per checksum, and
never a way around the checks (a damaged or crafted copy is ignored and written again from the
model file)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import numpy as np
import pytest

from treatyscope.model_copy import FrozenError, thaw
from treatyscope.features import FEATURE_COLUMNS, frame
from treatyscope.labelmodel import Columns
from treatyscope.model_store import cache_path, has_frozen_copy, load_model, skops_copy_path
from treatyscope.paths import sample_draft, shipped_model_dir

FIXTURES = os.path.join(os.path.dirname(__file__), "fixtures")


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("TREATYSCOPE_MODEL_CACHE", str(folder))
    return folder


def sha() -> str:
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
        if not np.array_equal(x.thresholds_, y.thresholds_) or list(x.rules_) != list(y.rules_) \
                or not np.array_equal(x.active_, y.active_) or tuple(x.labels) != tuple(y.labels):
            return False
    return True


def test_the_copy_gives_the_same_model(cache):
    direct = load_model(cache=False)
    assert not cache.exists() and not has_frozen_copy()
    first = load_model()  # reads the model file, writes the copy
    assert cache_path(sha()).is_file() and has_frozen_copy()
    assert not skops_copy_path(sha()).exists()  # a model that can be frozen keeps no skops copy
    second = load_model()  # reads the copy
    assert not direct.frozen and not first.frozen and second.frozen
    assert same_model(direct, first) and same_model(direct, second)
    assert all(isinstance(v, dict) and v for v in vocabularies(second))


@pytest.fixture(scope="module")
def feature_rows():
    """The feature rows of every English clause of the sample draft and five fixture treaties."""
    from treatyscope.features import clause_features
    from treatyscope.ingest import read_document
    from treatyscope.pipeline import label_document, load_pipeline

    nlp = load_pipeline(cached=False)
    component = nlp.get_pipe("treatyscope_classifier")
    rows, label = [], component._label

    def capture(docs):
        rows.extend(clause_features(d) for d in docs)
        return label(docs)

    component._label = capture
    for path in (sample_draft(), *(os.path.join(FIXTURES, f) for f in
                                   ("docmodel_draft.txt", "mini_convention.md", "reach_un_draft.txt",
                                    "reach_coe_draft.md", "precedents_draft.txt"))):
        label_document(read_document(path), nlp=nlp)
    assert len(rows) > 100
    return rows


def test_the_frozen_model_computes_what_scikit_learn_computes(cache, feature_rows):
    reference, _ = load_model(cache=False), load_model()
    frozen = load_model()
    assert frozen.frozen
    X, columns = frame(feature_rows), Columns(feature_rows, FEATURE_COLUMNS)
    for role in ("tiers", "safeguards"):
        ref, fro = getattr(reference, role), getattr(frozen, role)
        # scikit-learn's own transform and probabilities, against the frozen model's
        expected = ref.pipeline_.named_steps["features"].transform(X).tocsr()
        got = fro.pipeline_.named_steps["features"].transform(columns)
        expected.sort_indices()
        got.sort_indices()
        assert expected.shape == got.shape
        assert np.array_equal(expected.indptr, got.indptr) and np.array_equal(expected.indices, got.indices)
        assert np.array_equal(expected.data, got.data)  # bit for bit
        assert np.array_equal(ref.pipeline_.named_steps["model"].predict_proba(expected),
                              fro.pipeline_.named_steps["model"].predict_proba(got))
        assert np.array_equal(ref.predict(X), fro.predict(columns))
        for j in range(len(ref.labels)):
            assert [ref.top_words(j, r["words"], 3) for r in feature_rows] == \
                [fro.top_words(j, r["words"], 3) for r in feature_rows]
    assert reference.decide(X) == frozen.decide(columns)
    assert reference.reasons(X.iloc[:40]) == frozen.reasons(Columns(feature_rows[:40], FEATURE_COLUMNS))


def _label_in_a_fresh_process(cache_folder, output):
    """Label the sample draft with the CLI in a new interpreter; which of the heavy modules it
    imported."""
    script = ("import sys\nfrom treatyscope.cli import main\n"
              f"sys.argv = ['treatyscope', 'label', '-f', 'jsonl', '-o', {str(output)!r}]\n"
              "try:\n    main()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
              "print(' '.join(sorted({m.split('.')[0] for m in sys.modules} & {'sklearn', 'skops', 'pandas'})))\n")
    env = {**os.environ, "TREATYSCOPE_MODEL_CACHE": str(cache_folder)}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_labelling_from_the_copy_imports_no_scikit_learn_and_gives_the_same_labels(cache, tmp_path):
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    assert "skops" in _label_in_a_fresh_process(cache, first)  # reads the model file, writes the copy
    assert _label_in_a_fresh_process(cache, second) == []  # no sklearn, skops or pandas
    assert first.read_bytes() == second.read_bytes() and first.stat().st_size > 1000


def test_off_keeps_no_copy(tmp_path, monkeypatch):
    monkeypatch.setenv("TREATYSCOPE_MODEL_CACHE", "off")
    assert cache_path(sha()) is None and skops_copy_path(sha()) is None
    assert not has_frozen_copy()
    load_model()


def _arrays(data: bytes) -> dict[str, np.ndarray]:
    with np.load(io.BytesIO(data), allow_pickle=False) as archive:
        return {name: archive[name] for name in archive.files}


def _npz(arrays: dict[str, np.ndarray], **kwargs) -> bytes:
    out = io.BytesIO()
    np.savez(out, **arrays, **kwargs)
    return out.getvalue()


def _with_meta(data: bytes, change) -> bytes:
    arrays = _arrays(data)
    meta = json.loads(arrays["meta"].tobytes())
    change(meta)
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
    return _npz(arrays)


def _pattern(meta):
    meta["labelers"]["tiers"]["transformers"][0]["params"]["token_pattern"] = r"(a+)+$"


def _tokenizer(meta):
    meta["labelers"]["tiers"]["transformers"][0]["params"]["tokenizer"] = "os.system"


def _other_model(meta):
    meta["sha256"] = "0" * 64


def _lying_ends(data):
    arrays = _arrays(data)
    arrays["v0.ends"] = arrays["v0.ends"] * 2
    return _npz(arrays)


def _short_coefficients(data):
    arrays = _arrays(data)
    arrays["tiers.coef"] = arrays["tiers.coef"][:, :-1].copy()
    return _npz(arrays)


def _pickled(data):
    arrays = _arrays(data)
    return _npz(arrays, extra=np.array([{"a": 1}], dtype=object))


@pytest.mark.parametrize("damage", [
    lambda data: b"not a zip file",  # unreadable
    lambda data: data[: len(data) // 2],  # cut short
    lambda data: _with_meta(data, _pattern),  # a catastrophic regular expression
    lambda data: _with_meta(data, _tokenizer),  # a custom tokenizer
    lambda data: _with_meta(data, _other_model),  # the copy of another model
    _lying_ends,  # a vocabulary whose ends do not fit its bytes
    _short_coefficients,  # coefficients that do not fit the features
    _pickled,  # an object array (a pickle)
], ids=["garbage", "cut", "pattern", "tokenizer", "other-model", "ends", "coefficients", "pickle"])
def test_a_bad_copy_is_ignored_and_written_again(cache, damage):
    reference = load_model(cache=False)
    load_model()
    path = cache_path(sha())
    good = path.read_bytes()
    bad = damage(good)
    with pytest.raises(FrozenError):
        thaw(bad, sha())
    path.write_bytes(bad)
    loaded = load_model()
    assert not loaded.frozen and same_model(reference, loaded)  # from the model file
    assert path.read_bytes() == good  # written again, clean
    assert load_model().frozen


def test_a_model_with_a_projection_step_keeps_a_skops_copy(cache, tmp_path):
    """A model of a make the frozen copy does not hold (here: with the ``vectors`` feature
    group, a projection step) is not frozen: its copy is a skops file, as before, and the
    model read back from it labels as the one read from the model file."""
    from treatyscope.evaluate import fit_full, prepare
    from treatyscope.model_store import save_model
    from treatyscope.representations import fit_projection, projection_feature, save_projection

    from test_classify import synthetic_records

    records = synthetic_records(n_docs=3, per_doc=20)
    save_projection(fit_projection([r["text"] for r in records], dimensions=3, max_words=50, min_df=1),
                    tmp_path / "vectors")
    model = fit_full(records, feature_groups=("function", "facts", "vectors"),
                     projection=projection_feature(tmp_path / "vectors"))
    save_model(model, tmp_path / "m")
    sha = json.loads((tmp_path / "m" / "model.json").read_text())["sha256"]
    first = load_model(tmp_path / "m")  # from the model file: no frozen copy, a skops copy
    assert not cache_path(sha).exists() and skops_copy_path(sha).is_file()
    assert not has_frozen_copy(tmp_path / "m")
    second = load_model(tmp_path / "m")  # from the skops copy
    assert not second.frozen
    X = prepare(records).X
    assert first.decide(X) == second.decide(X) == load_model(tmp_path / "m", cache=False).decide(X)
