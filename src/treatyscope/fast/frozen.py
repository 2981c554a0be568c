"""A fitted classifier as plain data, used without importing scikit-learn or skops.

Importing scikit-learn (with the SciPy and pandas modules it loads) and skops takes about
2.3 s of CPU, more than half of a cold ``treatyscope label``. A treatyscope model uses few
of their fitted values: each text vectorizer's vocabulary, settings and idf weights, the
column weights, and each logistic regression's coefficients and intercept. :func:`freeze`
writes those as arrays (a NumPy ``.npz`` archive, read with ``allow_pickle=False``) and
their settings as JSON; :func:`thaw` reads them back, checked, into the small classes
below, which stand where sklearn's fitted estimators stood:

- :class:`FrozenVectorizer`: ``CountVectorizer`` / ``TfidfVectorizer`` (``transform``,
  ``vocabulary_``, ``idf_``, the analyzer's parts that :class:`~.vectorize.KnownGrams` reads);
- :class:`FrozenTfidf`: ``TfidfTransformer.transform`` (sublinear tf, idf, L2 rows, in
  the order of sklearn's operations, so the numbers are the same to the last bit);
- :class:`FrozenColumns`: ``ColumnTransformer`` of text columns;
- :class:`FrozenRegressions`: ``OneVsRestClassifier`` of binary ``LogisticRegression``;
- :class:`FrozenPipeline`: ``Pipeline([("features", ...), ("model", ...)])``.

The computation itself is :mod:`.vectorize`'s, the one the sklearn estimators go through as
well; ``tests/test_model_cache.py`` compares the two forms' features, probabilities and labels.
A model of any other make (another estimator, a projection step, other vectorizer settings)
is not frozen (:class:`FrozenError`) and keeps being read by skops.
"""

from __future__ import annotations

import io
import json
import math
import re
from functools import partial
from typing import Any

import numpy as np
import scipy.sparse as sp

FORMAT = "treatyscope-frozen-model/1"
LABELERS = ("tiers", "safeguards")
RULES = frozenset({"classifier", "union", "patterns"})
_DTYPES = {"float64": np.float64, "int64": np.int64}
# Every constructor parameter of sklearn's CountVectorizer and TfidfVectorizer (get_params).
COUNT_PARAMS = ("input", "encoding", "decode_error", "strip_accents", "lowercase", "preprocessor", "tokenizer",
                "stop_words", "token_pattern", "ngram_range", "analyzer", "max_df", "min_df", "max_features",
                "vocabulary", "binary", "dtype")
TFIDF_PARAMS = ("norm", "use_idf", "smooth_idf", "sublinear_tf")


class FrozenError(ValueError):
    """A model that cannot be frozen, or a frozen copy that is not one (the reason)."""


def _preprocess(doc: str, lower: bool) -> str:
    return doc.lower() if lower else doc  # sklearn's _preprocess without accent stripping


class FrozenTfidf:
    """sklearn's ``TfidfTransformer.transform`` for a fitted transformer (float64 counts)."""

    def __init__(self, idf: np.ndarray | None, norm: str | None, sublinear_tf: bool):
        self.idf_ = idf
        self.norm = norm
        self.sublinear_tf = sublinear_tf

    def transform(self, X, copy: bool = True):
        if not sp.isspmatrix_csr(X) or X.dtype not in (np.float64, np.float32):
            X = sp.csr_matrix(X, dtype=np.float64)
        elif copy:
            X = X.copy()
        if self.sublinear_tf:
            np.log(X.data, X.data)
            X.data += 1.0
        if self.idf_ is not None:
            X.data *= self.idf_[X.indices]
        if self.norm == "l2":
            normalize_rows_l2(X)
        return X


def normalize_rows_l2(X) -> None:
    """sklearn's ``inplace_csr_row_normalize_l2``: each row's squares summed one after the
    other from the first stored value (the same rounding as its loop), rows of zeros left."""
    lengths = np.diff(X.indptr)
    if not len(lengths):
        return
    data = X.data
    squares = data * data
    sums = np.zeros(len(lengths))
    starts = X.indptr[:-1].astype(np.int64)
    order = np.argsort(-lengths, kind="stable")  # rows by length, longest first
    ordered = lengths[order]
    for k in range(int(ordered[0]) if len(ordered) else 0):
        rows = order[:np.count_nonzero(ordered > k)]
        sums[rows] += squares[starts[rows] + k]
    norms = np.sqrt(sums)
    row_of = np.repeat(np.arange(len(lengths)), lengths)
    keep = sums[row_of] != 0.0
    data[keep] /= norms[row_of[keep]]


class FrozenVectorizer:
    """A fitted ``CountVectorizer`` or ``TfidfVectorizer`` (``tfidf``), for ``transform``."""

    _white_spaces = re.compile(r"\s\s+")

    def __init__(self, params: dict[str, Any], vocabulary: dict[str, int], tfidf: FrozenTfidf | None):
        self.params = params
        for key, value in params.items():
            setattr(self, key, value)
        self.dtype = _DTYPES[params["dtype"]]
        self.ngram_range = tuple(params["ngram_range"])
        self.vocabulary_ = vocabulary
        self.fixed_vocabulary_ = False
        self.tfidf = tfidf is not None
        if tfidf is not None:
            self._tfidf = tfidf
            if tfidf.idf_ is not None:
                self.idf_ = tfidf.idf_

    def get_params(self, deep: bool = False) -> dict[str, Any]:
        return {**self.params, "dtype": self.dtype, "ngram_range": self.ngram_range}

    def get_stop_words(self):
        return None

    def decode(self, doc):
        if isinstance(doc, bytes):
            doc = doc.decode(self.encoding, self.decode_error)
        if doc is np.nan:
            raise ValueError("np.nan is an invalid document, expected byte or unicode string.")
        return doc

    def build_preprocessor(self):
        return partial(_preprocess, lower=self.lowercase)

    def build_analyzer(self):
        preprocess = self.build_preprocessor()
        if self.analyzer == "char_wb":
            return lambda doc: self._char_wb_ngrams(preprocess(self.decode(doc)))
        if self.analyzer == "char":
            return lambda doc: self._char_ngrams(preprocess(self.decode(doc)))
        tokenize = re.compile(self.token_pattern).findall
        return lambda doc: self._word_ngrams(tokenize(preprocess(self.decode(doc))))

    # sklearn's _VectorizerMixin n-grams, as they are
    def _word_ngrams(self, tokens):
        min_n, max_n = self.ngram_range
        if max_n != 1:
            original_tokens = tokens
            if min_n == 1:
                tokens = list(original_tokens)
                min_n += 1
            else:
                tokens = []
            n_original_tokens = len(original_tokens)
            for n in range(min_n, min(max_n + 1, n_original_tokens + 1)):
                for i in range(n_original_tokens - n + 1):
                    tokens.append(" ".join(original_tokens[i: i + n]))
        return tokens

    def _char_ngrams(self, text_document):
        text_document = self._white_spaces.sub(" ", text_document)
        text_len = len(text_document)
        min_n, max_n = self.ngram_range
        if min_n == 1:
            ngrams = list(text_document)
            min_n += 1
        else:
            ngrams = []
        for n in range(min_n, min(max_n + 1, text_len + 1)):
            for i in range(text_len - n + 1):
                ngrams.append(text_document[i: i + n])
        return ngrams

    def _char_wb_ngrams(self, text_document):
        text_document = self._white_spaces.sub(" ", text_document)
        min_n, max_n = self.ngram_range
        ngrams = []
        for w in text_document.split():
            w = " " + w + " "
            w_len = len(w)
            for n in range(min_n, max_n + 1):
                offset = 0
                ngrams.append(w[offset: offset + n])
                while offset + n < w_len:
                    offset += 1
                    ngrams.append(w[offset: offset + n])
                if offset == 0:
                    break
        return ngrams

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        return np.asarray(sorted(self.vocabulary_, key=self.vocabulary_.__getitem__), dtype=object)

    def transform(self, raw_documents):
        from .vectorize import vectorize

        return vectorize(self, list(raw_documents))


class FrozenColumns:
    """A fitted ``ColumnTransformer`` of text vectorizers, one column each, the rest dropped."""

    remainder = "drop"
    sparse_output_ = True

    def __init__(self, transformers: list[tuple[str, FrozenVectorizer, str]], weights: dict[str, float] | None,
                 sparse_threshold: float):
        self.transformers_ = transformers
        self.named_transformers_ = {name: vec for name, vec, _ in transformers}
        self.transformer_weights = weights
        self.sparse_threshold = sparse_threshold

    def transform(self, X):
        from .vectorize import transform

        return transform(self, X)


class FrozenLogistic:
    """A fitted binary ``LogisticRegression``: what its probabilities need."""

    classes_ = np.array([0, 1])

    def __init__(self, coef: np.ndarray, intercept: np.ndarray):
        self.coef_ = coef
        self.intercept_ = intercept


class FrozenRegressions:
    """A fitted multi-label ``OneVsRestClassifier`` of binary logistic regressions."""

    multilabel_ = True

    def __init__(self, estimators: list[FrozenLogistic]):
        self.estimators_ = estimators

    def predict_proba(self, features) -> np.ndarray:
        from .vectorize import probabilities

        features = sp.csr_matrix(features, dtype=np.float64)
        if features.shape[1] != self.estimators_[0].coef_.shape[1]:
            raise ValueError(f"{features.shape[1]} features, the model expects {self.estimators_[0].coef_.shape[1]}")
        return probabilities(self, features)


class FrozenPipeline:
    """``Pipeline([("features", FrozenColumns), ("model", FrozenRegressions)])``."""

    def __init__(self, features: FrozenColumns, model: FrozenRegressions):
        self.named_steps = {"features": features, "model": model}

    def predict_proba(self, X) -> np.ndarray:
        from .vectorize import probabilities, transform

        return probabilities(self.named_steps["model"], transform(self.named_steps["features"], X))


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
    from ..model_trust import _VECTORIZER_ATTRIBUTES

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
    from ..labelmodel import FrozenLabeler
    from ..model_trust import MAX_VOCABULARY, ModelTrustError, check_archive

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
