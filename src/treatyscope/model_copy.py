"""The model's frozen copy written and read: the fitted numbers of a checked model as a
NumPy ``.npz`` (read with ``allow_pickle=False``) and its settings as JSON, checked as the model
file is (:mod:`treatyscope.model_trust`) and turned into the classes of
:mod:`treatyscope.fast.frozen`, which compute what scikit-learn's fitted estimators compute.
Used by :mod:`treatyscope.model_store` for the user cache folder's copy."""

from __future__ import annotations

import io
import json
import math
from typing import Any

import numpy as np

from .fast.frozen import (_DTYPES, COUNT_PARAMS, FORMAT, LABELERS, RULES, TFIDF_PARAMS, FrozenColumns, FrozenError,
                          FrozenLogistic, FrozenPipeline, FrozenRegressions, FrozenTfidf, FrozenVectorizer)
from .labelmodel import FrozenLabeler
from .model_trust import _VECTORIZER_ATTRIBUTES, MAX_VOCABULARY, ModelTrustError, check_archive

# -- writing and reading ------------------------------------------------------------------------

def _vectorizer_record(vec: Any) -> tuple[dict[str, Any], np.ndarray | None]:
    """The settings of a fitted sklearn vectorizer as JSON values, and its idf weights;
    raises :class:`FrozenError` for settings the frozen vectorizer does not compute."""
    kind = type(vec).__name__
    if type(vec).__module__ != "sklearn.feature_extraction.text" or kind not in ("CountVectorizer", "TfidfVectorizer"):
        raise FrozenError(f"a {kind} is not a text vectorizer")
    tfidf = kind == "TfidfVectorizer"
    params = vec.get_params(deep=False)
    names = COUNT_PARAMS + (TFIDF_PARAMS if tfidf else ())
    if set(params) != set(names):
        raise FrozenError(f"a {kind} with other parameters ({', '.join(sorted(set(params) ^ set(names)))})")
    dtype = {np.float64: "float64", np.int64: "int64"}.get(params["dtype"])
    if dtype is None:
        raise FrozenError(f"a {kind} of dtype {params['dtype']!r}")
    record = {**params, "dtype": dtype, "ngram_range": list(params["ngram_range"])}
    try:
        json.dumps(record, allow_nan=False)
    except (TypeError, ValueError):
        raise FrozenError(f"a {kind} whose parameters are not plain values") from None
    idf = None
    if tfidf:
        transformer = vec._tfidf
        if (transformer.norm, transformer.use_idf, transformer.sublinear_tf) != (vec.norm, vec.use_idf, vec.sublinear_tf):
            raise FrozenError(f"a {kind} whose tf-idf step differs from its parameters")
        if vec.use_idf:
            idf = np.asarray(transformer.idf_, dtype=np.float64)
    record = _checked_params(record, tfidf)
    return record, idf


def _checked_params(record: dict[str, Any], tfidf: bool) -> dict[str, Any]:
    """The settings the frozen vectorizer computes, as sklearn would: no custom tokenizer,
    preprocessor, stop words or accent stripping, one of the allowed token patterns (the
    checks of :mod:`treatyscope.model_trust`); raises :class:`FrozenError`."""
    names = COUNT_PARAMS + (TFIDF_PARAMS if tfidf else ())
    if not isinstance(record, dict) or set(record) != set(names):
        raise FrozenError("vectorizer parameters are not the expected ones")
    values = {**record, "dtype": _DTYPES.get(record["dtype"]) if isinstance(record["dtype"], str) else None}
    ngram = record["ngram_range"]
    values["ngram_range"] = tuple(ngram) if isinstance(ngram, list) else None
    for key, value in values.items():
        if key == "dtype" and value is None:
            raise FrozenError("a vectorizer dtype that is not float64 or int64")
        if not _VECTORIZER_ATTRIBUTES[key](value):
            raise FrozenError(f"a vectorizer with {key}={str(value)[:40]!r}, which is not allowed")
    if record["vocabulary"] is not None or record["analyzer"] not in ("word", "char", "char_wb"):
        raise FrozenError("a vectorizer with a fixed vocabulary or another analyzer")
    if tfidf and record["norm"] not in ("l2", None):
        raise FrozenError(f"a tf-idf vectorizer with norm={record['norm']!r}")
    return record


def _pack_terms(vocabulary: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """A vocabulary as (its terms' UTF-8 bytes end to end, where each ends), in column order."""
    terms = sorted(vocabulary, key=vocabulary.__getitem__)
    if [vocabulary[t] for t in terms] != list(range(len(terms))):
        raise FrozenError("a vocabulary whose columns are not 0 .. n-1")
    encoded = [t.encode("utf-8", "surrogatepass") for t in terms]
    ends = np.cumsum([len(e) for e in encoded], dtype=np.int64)
    return np.frombuffer(b"".join(encoded), dtype=np.uint8).copy(), ends


def _unpack_terms(raw: np.ndarray, ends: np.ndarray, limit: int) -> dict[str, int]:
    if raw.dtype != np.uint8 or raw.ndim != 1 or ends.dtype != np.int64 or ends.ndim != 1 or len(ends) > limit:
        raise FrozenError("a vocabulary that is not two arrays of bytes and ends")
    if len(ends) and (ends[-1] != len(raw) or np.any(np.diff(ends) < 0) or ends[0] < 0):
        raise FrozenError("a vocabulary whose ends do not fit its bytes")
    data, bounds = raw.tobytes(), [0, *ends.tolist()]
    try:
        vocabulary = {data[bounds[i]:bounds[i + 1]].decode("utf-8", "surrogatepass"): i for i in range(len(ends))}
    except UnicodeDecodeError:
        raise FrozenError("a vocabulary that is not UTF-8") from None
    if len(vocabulary) != len(ends):
        raise FrozenError("a vocabulary with a term twice")
    return vocabulary


def freeze(parts: dict[str, Any], sha256: str) -> bytes:
    """The ``.npz`` bytes of a loaded model (``{"tiers": ClauseLabeler, "safeguards": ...}``)
    whose model file has checksum ``sha256``; raises :class:`FrozenError` for a model of
    another make."""
    arrays: dict[str, np.ndarray] = {}
    meta: dict[str, Any] = {"format": FORMAT, "sha256": sha256, "labelers": {}}
    shared: dict[int, str] = {}  # vectorizers with equal settings and vocabulary: stored once
    for role in LABELERS:
        labeler = parts.get(role) if isinstance(parts, dict) else None
        pipeline = getattr(labeler, "pipeline_", None)
        steps = getattr(pipeline, "named_steps", {})
        ct, model = steps.get("features"), steps.get("model")
        if type(ct).__name__ != "ColumnTransformer" or type(model).__name__ != "OneVsRestClassifier" \
                or list(steps) != ["features", "model"]:
            raise FrozenError(f"the {role} model is not a column transformer and one-vs-rest regressions")
        if ct.remainder != "drop" or not getattr(ct, "sparse_output_", False):
            raise FrozenError("a column transformer that keeps columns or gives a dense matrix")
        estimators = getattr(model, "estimators_", [])
        if not getattr(model, "multilabel_", False) or len(estimators) != len(labeler.labels) or len(estimators) < 2 \
                or any(type(e).__name__ != "LogisticRegression" or e.coef_.shape[0] != 1 or len(e.classes_) != 2
                       or list(e.classes_) != [0, 1] for e in estimators):
            raise FrozenError("regressions that are not one binary logistic regression per label")
        transformers = []
        for name, vec, column in ct.transformers_:
            if not isinstance(column, str) or not isinstance(name, str):
                raise FrozenError("a transformer of more than one column")
            record, idf = _vectorizer_record(vec)
            key = json.dumps([record, column], sort_keys=True)
            terms, ends = _pack_terms(vec.vocabulary_)
            found = next((stored for stored in shared.values() if stored[0] == key
                          and np.array_equal(arrays[stored[1] + ".terms"], terms)
                          and np.array_equal(arrays[stored[1] + ".ends"], ends)
                          and ((idf is None and stored[1] + ".idf" not in arrays)
                               or (idf is not None and stored[1] + ".idf" in arrays
                                   and np.array_equal(arrays[stored[1] + ".idf"], idf)))), None)
            if found is None:
                prefix = f"v{len(shared)}"
                arrays[prefix + ".terms"], arrays[prefix + ".ends"] = terms, ends
                if idf is not None:
                    arrays[prefix + ".idf"] = idf
                found = shared[len(shared)] = (key, prefix)
            transformers.append({"name": name, "column": column, "vectorizer": found[1], "params": record,
                                 "tfidf": type(vec).__name__ == "TfidfVectorizer"})
        weights = ct.transformer_weights
        if weights is not None and not (isinstance(weights, dict) and all(
                isinstance(k, str) and isinstance(v, (int, float)) and math.isfinite(v) for k, v in weights.items())):
            raise FrozenError("column weights that are not numbers")
        arrays[f"{role}.coef"] = np.vstack([np.asarray(e.coef_, dtype=np.float64) for e in estimators])
        arrays[f"{role}.intercept"] = np.concatenate([np.asarray(e.intercept_, dtype=np.float64) for e in estimators])
        arrays[f"{role}.thresholds"] = np.asarray(labeler.thresholds_, dtype=np.float64)
        arrays[f"{role}.active"] = np.asarray(labeler.active_, dtype=bool)
        if any(e.intercept_.shape != (1,) for e in estimators):
            raise FrozenError("a regression without one intercept")
        meta["labelers"][role] = {
            "labels": [str(x) for x in labeler.labels], "groups": [str(x) for x in getattr(labeler, "groups", ())],
            "rules": [str(x) for x in labeler.rules_], "transformers": transformers,
            "weights": None if weights is None else {k: float(v) for k, v in weights.items()},
            "sparse_threshold": float(ct.sparse_threshold),
        }
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8)
    out = io.BytesIO()
    np.savez(out, **arrays)
    return out.getvalue()


def thaw(data: bytes, sha256: str) -> dict[str, Any]:
    """The model of a frozen copy's bytes: ``{"tiers": FrozenLabeler, "safeguards": ...}``;
    the copy must name ``sha256``, the checksum of the model file it was made from.
    The archive is checked as the model file is (member count and sizes from the central
    directory, each array's header: numeric arrays only) before any array is read, arrays are
    read with ``allow_pickle=False``, and every setting, shape and value is checked; raises
    :class:`FrozenError` for anything else."""

    try:
        check_archive(data, required=())
    except ModelTrustError as exc:
        raise FrozenError(str(exc)) from None
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as archive:
            arrays = {name: archive[name] for name in archive.files}
    except (ValueError, OSError, EOFError) as exc:
        raise FrozenError(f"unreadable arrays ({type(exc).__name__})") from None
    try:
        meta = json.loads(arrays.pop("meta").tobytes().decode("utf-8"))
    except (KeyError, ValueError, RecursionError):
        raise FrozenError("no readable description") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT or not isinstance(meta.get("labelers"), dict) \
            or set(meta["labelers"]) != set(LABELERS):
        raise FrozenError("not a frozen treatyscope model of this version")
    if meta.get("sha256") != sha256:
        raise FrozenError("a copy of another model")
    vectorizers: dict[str, FrozenVectorizer] = {}
    parts = {}
    for role in LABELERS:
        m = meta["labelers"][role]
        try:
            labels, groups, rules = tuple(m["labels"]), tuple(m["groups"]), m["rules"]
            transformers, weights, threshold = m["transformers"], m["weights"], float(m["sparse_threshold"])
            coef, intercept = arrays[f"{role}.coef"], arrays[f"{role}.intercept"]
            thresholds, active = arrays[f"{role}.thresholds"], arrays[f"{role}.active"]
        except (KeyError, TypeError, ValueError):
            raise FrozenError(f"an incomplete {role} model") from None
        n = len(labels)
        if not all(isinstance(x, str) for x in labels + groups) or not isinstance(rules, list) or len(rules) != n \
                or any(r not in RULES for r in rules) or n < 2:
            raise FrozenError(f"{role}: labels or rules that are not names")
        if thresholds.dtype != np.float64 or thresholds.shape != (n,) or active.dtype != bool or active.shape != (n,) \
                or coef.dtype != np.float64 or coef.ndim != 2 or coef.shape[0] != n \
                or intercept.dtype != np.float64 or intercept.shape != (n,):
            raise FrozenError(f"{role}: arrays of the wrong type or shape")
        if not (np.all(np.isfinite(coef)) and np.all(np.isfinite(intercept)) and np.all(np.isfinite(thresholds))):
            raise FrozenError(f"{role}: numbers that are not finite")
        if weights is not None and not (isinstance(weights, dict) and all(
                isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in weights.values())):
            raise FrozenError(f"{role}: column weights that are not numbers")
        if not isinstance(transformers, list) or not transformers:
            raise FrozenError(f"{role}: no columns")
        columns = []
        for t in transformers:
            try:
                name, column, prefix, params, tfidf = t["name"], t["column"], t["vectorizer"], t["params"], t["tfidf"]
            except (KeyError, TypeError):
                raise FrozenError(f"{role}: an incomplete column") from None
            if not (isinstance(name, str) and isinstance(column, str) and isinstance(prefix, str)
                    and isinstance(tfidf, bool)):
                raise FrozenError(f"{role}: a column without a name")
            params = _checked_params(params, tfidf)
            vec = vectorizers.get(prefix)
            if vec is None or vec.params != params or vec.tfidf != tfidf:
                if f"{prefix}.terms" not in arrays or f"{prefix}.ends" not in arrays:
                    raise FrozenError(f"{role}: no vocabulary for column {name}")
                vocabulary = _unpack_terms(arrays[f"{prefix}.terms"], arrays[f"{prefix}.ends"], MAX_VOCABULARY)
                idf = arrays.get(f"{prefix}.idf")
                if tfidf and params["use_idf"] != (idf is not None):
                    raise FrozenError(f"{role}: idf weights missing or not expected")
                if idf is not None and (idf.dtype != np.float64 or idf.shape != (len(vocabulary),)
                                        or not np.all(np.isfinite(idf))):
                    raise FrozenError(f"{role}: idf weights of the wrong type or shape")
                vec = FrozenVectorizer(params, vocabulary, FrozenTfidf(idf, params["norm"], params["sublinear_tf"])
                                       if tfidf else None)
                if prefix not in vectorizers:
                    vectorizers[prefix] = vec
            columns.append((name, vec, column))
        if coef.shape[1] != sum(len(vec.vocabulary_) for _, vec, _ in columns):
            raise FrozenError(f"{role}: coefficients for {coef.shape[1]} features, the columns give another number")
        regressions = FrozenRegressions([FrozenLogistic(coef[j:j + 1], intercept[j:j + 1]) for j in range(n)])
        parts[role] = FrozenLabeler(
            labels=labels, groups=groups, rules=np.array(rules, dtype=object), thresholds=thresholds, active=active,
            pipeline=FrozenPipeline(FrozenColumns(columns, weights, threshold), regressions))
    return parts
