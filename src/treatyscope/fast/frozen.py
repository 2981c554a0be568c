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


# The most cells of the zero-padded block of rows whose squares are summed at once (32 MB).
_L2_BLOCK = 1 << 22


def normalize_rows_l2(X) -> None:
    """sklearn's ``inplace_csr_row_normalize_l2``: each row's squares summed one after the
    other from the first stored value (the same rounding as its loop), rows of zeros left.

    The rows, longest first, are laid out in zero-padded blocks whose squares are summed by
    ``np.add.accumulate`` along each row: a running sum in stored order, as sklearn's loop
    adds them (adding the padding's zeros changes no sum).
    """
    lengths = np.diff(X.indptr)
    if not len(lengths) or not lengths.any():
        return
    data = X.data
    squares = data * data
    sums = np.zeros(len(lengths))
    starts = X.indptr[:-1].astype(np.int64)
    order = np.argsort(-lengths, kind="stable")  # rows by length, longest first
    ordered = lengths[order]
    first = 0
    while first < len(order) and ordered[first]:
        width = int(ordered[first])
        last = min(len(order), first + max(1, _L2_BLOCK // width))
        rows, widths = order[first:last], ordered[first:last]
        within = np.arange(width)
        taken = within < widths[:, None]
        block = np.zeros((len(rows), width))
        block[taken] = squares[(starts[rows][:, None] + within)[taken]]
        sums[rows] = np.add.accumulate(block, axis=1)[:, -1]
        first = last
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
