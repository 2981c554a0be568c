"""The trained classifier: clause words, lemmas, context and pattern hits to labels.

Two multi-label scikit-learn models (tiers, safeguards), each a ``Pipeline`` of a
``ColumnTransformer`` (word and lemma n-grams, character n-grams, heading and chapeau
words, the extraction step's pattern hits) and one logistic regression per label.
Thresholds per label are chosen by grouped cross-validation inside the training data.

Models are saved with skops (no code runs on load), with a model card (``model.json``)
that records the data, version, date, metrics and the sha256 of the model file; a file
whose checksum differs, or that contains a type outside :data:`ALLOWED_TYPES`, is refused
before anything in it is loaded.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import weakref
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache, reduce
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np
import scipy.sparse as sp
from scipy.special import expit
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import Pipeline
from sklearn.utils.validation import check_is_fitted
from spacy.attrs import IS_PUNCT, IS_SPACE, LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc

from . import __version__
from .errors import ModelError
from .fileio import atomic_write
from .extract import EVIDENCE_KEY, doc_text, load_pipeline
from .types import SAFEGUARDS, TIERS

MODEL_FILE = "model.skops"
CARD_FILE = "model.json"
DEFAULT_MODEL_NAME = "treatyscope-clf"
FEATURE_COLUMNS = ("words", "lemmas", "raw", "context", "patterns")
THRESHOLD_GRID = tuple(round(x, 2) for x in np.arange(0.10, 0.91, 0.05))

# Every type a treatyscope model file may contain; skops refuses anything else.
ALLOWED_TYPES = [
    "treatyscope.classify.ClauseLabeler",
    "sklearn.pipeline.Pipeline",
    "sklearn.compose._column_transformer.ColumnTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.CountVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.multiclass.OneVsRestClassifier",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.preprocessing._label.LabelBinarizer",
    "sklearn.multiclass._ConstantPredictor",
    "sklearn.compose._column_transformer._RemainderColsList",
    "sklearn.utils._bunch.Bunch",
    "builtins.slice",
    "builtins.object",
    "numpy.float64",
    "numpy.int64",
    "numpy.dtype",
    "numpy.ndarray",
    "builtins.tuple",
    "collections.defaultdict",
    "builtins.int",
    "builtins.float",
    "scipy.sparse._csr.csr_matrix",
]


# ---------------------------------------------------------------------------------------
# Features


def clause_features(doc: Doc) -> dict[str, str]:
    """The feature columns of one processed clause (a spaCy doc from the extraction pipeline)."""
    # The lower forms and lower-cased lemmas of the tokens that are neither space nor
    # punctuation (Token.lower_ and Token.lemma_.lower()), read as arrays. Lower-casing the
    # joined lemmas is lower-casing each: only final sigma looks at its neighbours, and
    # not across a space.
    words = lemmas = ""
    if len(doc):
        strings = doc.vocab.strings
        arr = doc.to_array([LOWER, LEMMA, IS_SPACE, IS_PUNCT])
        kept = arr[(arr[:, 2] == 0) & (arr[:, 3] == 0)]
        words = " ".join(map(strings.__getitem__, kept[:, 0].tolist()))
        lemmas = " ".join(map(strings.__getitem__, kept[:, 1].tolist())).lower()
    hits = []
    for span in doc.spans.get(EVIDENCE_KEY, []):
        hits.append(f"P_{span.label_}")
        if span._.polarity:
            hits.append(f"P_{span.label_}_{span._.polarity}")
    for span in doc.spans.get("treatyscope_raw", []):
        if span.label_.startswith("POLARITY_"):
            hits.append(span.label_)
    for ref in doc._.references or []:
        hits.append(f"R_{ref.kind}")
    context = " ".join(x for x in (doc.user_data.get("heading", ""), doc.user_data.get("chapeau", "")) if x)
    # Marker tokens keep every column's vocabulary non-empty (clauses without context).
    return {"words": words or "w_none", "lemmas": lemmas or "l_none", "raw": doc_text(doc).lower(),
            "context": context.lower() or "ctx_none",
            "patterns": " ".join(sorted(set(hits))) or "P_none"}


def frame(rows: Sequence[dict[str, str]]):
    import pandas as pd

    return pd.DataFrame(list(rows), columns=list(FEATURE_COLUMNS))


def build_pipeline(C: float = 4.0, seed: int = 0) -> Pipeline:
    """The feature union and per-label logistic regressions (unfitted)."""
    features = ColumnTransformer(
        [
            # Vocabulary caps keep the saved model small and quick to load (a few MB).
            ("words", TfidfVectorizer(ngram_range=(1, 2), min_df=2, token_pattern=r"\S+", sublinear_tf=True,
                                      max_features=8000), "words"),
            ("lemmas", TfidfVectorizer(ngram_range=(1, 3), min_df=2, token_pattern=r"\S+", sublinear_tf=True,
                                       max_features=8000), "lemmas"),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=3, sublinear_tf=True,
                                      max_features=8000), "raw"),
            ("context", TfidfVectorizer(ngram_range=(1, 2), min_df=2, token_pattern=r"\S+", sublinear_tf=True,
                                        max_features=2000), "context"),
            ("patterns", CountVectorizer(token_pattern=r"\S+", binary=True, lowercase=False), "patterns"),
        ],
        # Character n-grams catch spelling variants (offence/offense, -ise/-ize) but add
        # little beyond the words (grouped cross-validation, docs/evaluation.md): a half weight.
        transformer_weights={"words": 1.0, "lemmas": 1.0, "chars": 0.5, "context": 0.5, "patterns": 2.0},
    )
    model = OneVsRestClassifier(LogisticRegression(C=C, class_weight="balanced", solver="liblinear",
                                                   random_state=seed, max_iter=2000))
    return Pipeline([("features", features), ("model", model)])


def _slim(pipeline: Pipeline) -> Pipeline:
    """Make a fitted pipeline small to save: drop the vectorizers' ``stop_words_`` (every
    n-gram cut by min_df or max_features, kept only for inspection) and store vocabulary
    indices as plain ints (numpy scalars cost skops an object each)."""
    for _, vec, _ in pipeline.named_steps["features"].transformers_:
        if hasattr(vec, "stop_words_"):
            del vec.stop_words_
        if hasattr(vec, "vocabulary_"):
            vec.vocabulary_ = {term: int(i) for term, i in vec.vocabulary_.items()}
    return pipeline


class ClauseLabeler(ClassifierMixin, BaseEstimator):
    """Multi-label clause classifier with per-label thresholds.

    ``fit(X, Y, groups=...)`` takes feature rows (a DataFrame with :data:`FEATURE_COLUMNS`),
    a 0/1 matrix with one column per label and the treaty of each row; thresholds are
    chosen by grouped cross-validation within that training data only.
    """

    def __init__(self, labels: tuple[str, ...] = TIERS, C: float = 4.0, seed: int = 0, inner_folds: int = 4,
                 min_positives: int = 3):
        self.labels = labels
        self.C = C
        self.seed = seed
        self.inner_folds = inner_folds
        self.min_positives = min_positives

    def fit(self, X, Y, groups=None):
        Y = np.asarray(Y, dtype=int)
        self.active_ = np.asarray(Y.sum(axis=0) >= self.min_positives)
        self.pipeline_ = _slim(build_pipeline(self.C, self.seed).fit(X, self._fit_target(Y)))
        self.thresholds_ = self._choose_thresholds(X, Y, groups)
        return self

    def _fit_target(self, Y: np.ndarray) -> np.ndarray:
        # A label with no positive example still needs a column the regression can fit.
        Y = Y.copy()
        for j in range(Y.shape[1]):
            if Y[:, j].min() == Y[:, j].max():
                Y[0, j] = 1 - Y[0, j]
        return Y

    def _choose_thresholds(self, X, Y: np.ndarray, groups) -> np.ndarray:
        """Per label, the decision rule and threshold with the best F1 on out-of-fold
        predictions within the training data: the classifier alone, or the classifier
        or the patterns (``union``), or the patterns alone where the classifier has too
        little to learn from."""
        thresholds = np.full(Y.shape[1], 0.5)
        self.rules_ = np.array(["classifier"] * Y.shape[1], dtype=object)
        if groups is None:
            return thresholds
        groups = np.asarray(groups)
        n_groups = len(set(groups))
        if n_groups < 2:
            return thresholds
        oof = np.zeros(Y.shape, dtype=float)
        for train, test in GroupKFold(n_splits=min(self.inner_folds, n_groups)).split(X, Y, groups):
            inner = build_pipeline(self.C, self.seed).fit(X.iloc[train], self._fit_target(Y[train]))
            oof[test] = inner.predict_proba(X.iloc[test])
        hits = self.pattern_hits(X)
        for j in range(Y.shape[1]):
            if Y[:, j].sum() == 0:
                continue
            y = Y[:, j].astype(bool)
            candidates = [(_f1(y, hits[:, j]), 0, "patterns", 0.5)]
            for t in THRESHOLD_GRID:
                candidates.append((_f1(y, oof[:, j] >= t), 1, "classifier", t))
                candidates.append((_f1(y, (oof[:, j] >= t) | hits[:, j]), 1, "union", t))
            best = max(candidates, key=lambda c: (c[0], c[1], -abs(c[3] - 0.5)))
            self.rules_[j], thresholds[j] = best[2], best[3]
        return thresholds

    def pattern_hits(self, X) -> np.ndarray:
        """A boolean matrix: did the patterns find evidence for each label in each row."""
        tokens = [set(row.split()) for row in X["patterns"]]
        return np.array([[f"P_{lab}" in t for lab in self.labels] for t in tokens], dtype=bool)

    def predict_proba(self, X) -> np.ndarray:
        check_is_fitted(self, "pipeline_")
        return self.pipeline_.predict_proba(X)

    def predict(self, X, proba: np.ndarray | None = None) -> np.ndarray:
        """0/1 labels; ``proba`` saves recomputing probabilities already at hand."""
        check_is_fitted(self, "pipeline_")
        above = (self.predict_proba(X) if proba is None else proba) >= self.thresholds_
        hits = self.pattern_hits(X)
        out = np.zeros(above.shape, dtype=bool)
        for j, rule in enumerate(self.rules_):
            if rule == "patterns" or not self.active_[j]:
                out[:, j] = hits[:, j]
            elif rule == "union":
                out[:, j] = above[:, j] | hits[:, j]
            else:
                out[:, j] = above[:, j]
        return out.astype(int)

    def top_words(self, label_index: int, words: str, k: int = 1) -> list[str]:
        """The word n-grams of ``words`` that weigh most for one label (evidence for a label
        the patterns did not find)."""
        check_is_fitted(self, "pipeline_")
        offset, names = _word_features(self)
        est = self.pipeline_.named_steps["model"].estimators_[label_index]
        coef = getattr(est, "coef_", None)
        if coef is None:
            return []
        vec = self.pipeline_.named_steps["features"].named_transformers_["words"]
        row = _vectorize(vec, [words])
        weights = [(coef[0, offset + j] * v, j) for j, v in zip(row.indices, row.data)]
        return [names[j] for w, j in sorted(weights, reverse=True)[:k] if w > 0]


# Feature names are sorted out of the vocabulary on every call; keep them per fitted model
# (outside the estimator, so they are never saved with it).
_WORD_FEATURES: "weakref.WeakKeyDictionary[ClauseLabeler, tuple[int, np.ndarray]]" = weakref.WeakKeyDictionary()


def _word_features(clf: ClauseLabeler) -> tuple[int, np.ndarray]:
    """The column offset of the word n-grams in the feature matrix, and their names."""
    if clf not in _WORD_FEATURES:
        ct = clf.pipeline_.named_steps["features"]
        offset = 0
        for name, _, _ in ct.transformers_:
            if name == "words":
                break
            offset += len(ct.named_transformers_[name].get_feature_names_out())
        _WORD_FEATURES[clf] = (offset, ct.named_transformers_["words"].get_feature_names_out())
    return _WORD_FEATURES[clf]


def _f1(y: np.ndarray, pred: np.ndarray) -> float:
    tp = int(np.sum(y & pred))
    fp = int(np.sum(~y.astype(bool) & pred))
    fn = int(np.sum(y.astype(bool) & ~pred))
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)


# ---------------------------------------------------------------------------------------
# The model bundle: two labelers, saved and loaded safely


@dataclass
class LabelModel:
    """The tier and safeguard classifiers and their model card."""

    tiers: ClauseLabeler
    safeguards: ClauseLabeler
    card: dict[str, Any]
    _shared: bool | None = field(default=None, init=False, repr=False)

    def decide(self, X) -> list[dict[str, float]]:
        """For each row: {label: probability} of the labels the classifier assigns."""
        out: list[dict[str, float]] = [dict() for _ in range(len(X))]
        shared = self.shared_features()
        features = None
        for clf in (self.tiers, self.safeguards):
            check_is_fitted(clf, "pipeline_")
            if features is None or not shared:
                features = _transform(clf.pipeline_.named_steps["features"], X)
            probs = _probabilities(clf.pipeline_.named_steps["model"], features)
            preds = clf.predict(X, proba=probs)
            for i in range(len(X)):
                for j, label in enumerate(clf.labels):
                    if preds[i, j]:
                        out[i][label] = float(probs[i, j])
        return out

    def shared_features(self) -> bool:
        """Whether the two classifiers turn rows into the same feature matrix (``train`` fits
        both feature steps on the same rows), so that it is computed once."""
        if self._shared is None:
            self._shared = _same_features(self.tiers.pipeline_.named_steps["features"],
                                          self.safeguards.pipeline_.named_steps["features"])
        return self._shared


class _KnownGrams:
    """A fitted vectorizer's ``transform``, counting only the n-grams in its vocabulary.

    sklearn builds every n-gram of a text as a string and skips those outside the
    vocabulary (a raised and caught KeyError each, most of them); the counts are the same
    when they are never built. Two shortcuts, each for the settings where it gives
    sklearn's n-grams exactly (else the analyzer's own n-grams are looked up):

    - word n-grams of whitespace-separated tokens (``token_pattern`` ``\\S+``, no custom
      tokenizer or stop words): every word of the vocabulary gets a number, a text becomes
      an array of word numbers (-1 for a word in no vocabulary n-gram), and the n-grams of
      a whole batch of texts are looked up at once as integer keys in sorted arrays;
    - ``char_wb``: that analyzer pads and cuts each word on its own, so a text's n-grams are
      its words' n-grams one after the other; each word's are remembered, as vocabulary
      indices.

    The tf-idf weighting is the vectorizer's own.
    """

    def __init__(self, vectorizer: CountVectorizer):
        self.vectorizer = vectorizer
        self.vocabulary = vectorizer.vocabulary_
        self.analyze = vectorizer.build_analyzer()
        self.decode = vectorizer.decode
        self.preprocess = vectorizer.build_preprocessor()
        self.by_word = (vectorizer.analyzer == "char_wb" and hasattr(vectorizer, "_char_wb_ngrams")
                        and hasattr(vectorizer, "_white_spaces"))
        if self.by_word:
            self.word_ngrams = vectorizer._char_wb_ngrams
            self.spaces = vectorizer._white_spaces
        self.known: dict[str, list[int]] = {}
        self.tables = self._word_tables(vectorizer)

    def _word_tables(self, vec: CountVectorizer):
        """For whitespace-token word n-grams: (word numbers, unigram column per word number,
        {n: (sorted n-gram keys, their columns)}, the key base); None for other settings."""
        if (vec.analyzer != "word" or vec.tokenizer is not None or vec.token_pattern != r"\S+"
                or vec.get_stop_words() is not None):
            return None
        min_n, max_n = vec.ngram_range
        numbers: dict[str, int] = {}
        grams: dict[int, list[tuple[list[int], int]]] = {}
        for term, column in self.vocabulary.items():
            parts = term.split(" ")
            if not min_n <= len(parts) <= max_n or "" in parts:
                continue  # never made from whitespace-separated tokens
            grams.setdefault(len(parts), []).append(([numbers.setdefault(w, len(numbers)) for w in parts], column))
        base = max(len(numbers), 1)
        if base ** max_n >= 2 ** 62:
            return None
        unigram = np.full(base, -1, dtype=np.int64)
        by_length: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        for n, items in grams.items():
            if n == 1:
                for (w,), column in items:
                    unigram[w] = column
                continue
            keys = np.array([reduce(lambda k, w: k * base + w, ws, 0) for ws, _ in items], dtype=np.int64)
            columns = np.array([c for _, c in items], dtype=np.int64)
            order = np.argsort(keys, kind="stable")
            by_length[n] = (keys[order], columns[order])
        return numbers, unigram, by_length, base

    def _ids(self, doc: str) -> list[int]:
        """The vocabulary indices of a text's n-grams, in the analyzer's order."""
        vocabulary = self.vocabulary
        if not self.by_word:
            return [vocabulary[g] for g in self.analyze(doc) if g in vocabulary]
        out: list[int] = []
        known = self.known
        for word in self.spaces.sub(" ", self.preprocess(self.decode(doc))).split():
            ids = known.get(word)
            if ids is None:
                if len(known) >= 200_000:
                    known.clear()
                ids = known[word] = [vocabulary[g] for g in self.word_ngrams(word) if g in vocabulary]
            out.extend(ids)
        return out

    def _word_gram_cells(self, docs: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(row, column) of every vocabulary word n-gram in the texts, one pair per occurrence."""
        numbers, unigram, by_length, base = self.tables
        get = numbers.get
        flat: list[int] = []
        lengths = np.empty(len(docs), dtype=np.int64)
        for i, doc in enumerate(docs):
            # str.split() cuts at what the regex \S+ does not match (both use str.isspace).
            words = self.preprocess(self.decode(doc)).split()
            flat.extend([get(w, -1) for w in words])
            flat.append(-1)  # no n-gram runs from one text into the next
            lengths[i] = len(words) + 1
        seq = np.array(flat, dtype=np.int64)
        row_of = np.repeat(np.arange(len(docs), dtype=np.int64), lengths)
        rows, columns = [], []
        min_n, max_n = self.vectorizer.ngram_range
        if min_n == 1:
            at = np.flatnonzero(seq >= 0)
            hit = unigram[seq[at]]
            keep = hit >= 0
            rows.append(row_of[at[keep]])
            columns.append(hit[keep])
        for n in range(max(min_n, 2), max_n + 1):
            if n not in by_length or len(seq) < n:
                continue
            keys_n, columns_n = by_length[n]
            starts = len(seq) - n + 1
            valid = np.ones(starts, dtype=bool)
            key = np.zeros(starts, dtype=np.int64)
            for k in range(n):
                part = seq[k:k + starts]
                valid &= part >= 0
                key = key * base + part
            at = np.flatnonzero(valid)
            key = key[at]
            where = np.searchsorted(keys_n, key)
            where[where == len(keys_n)] = 0
            keep = keys_n[where] == key
            rows.append(row_of[at[keep]])
            columns.append(columns_n[where[keep]])
        if not rows:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        return np.concatenate(rows), np.concatenate(columns)

    def transform(self, docs: list[str]):
        """``vectorizer.transform(docs)``: the same matrix (counts, then tf-idf)."""
        vec = self.vectorizer
        shape = (len(docs), len(self.vocabulary))
        if self.tables is not None:
            rows, columns = self._word_gram_cells(docs)
            counts = sp.csr_matrix((np.ones(len(rows), dtype=vec.dtype), (rows, columns)), shape=shape)
        else:
            indices: list[int] = []
            indptr = [0]
            for doc in docs:
                indices.extend(self._ids(doc))
                indptr.append(len(indices))
            counts = sp.csr_matrix((np.ones(len(indices), dtype=vec.dtype), np.asarray(indices, dtype=np.int32),
                                    np.asarray(indptr, dtype=np.int32)), shape=shape)
        counts.sum_duplicates()  # sorted indices, one entry per n-gram, as sklearn's
        if vec.binary:
            counts.data.fill(1)
        return vec._tfidf.transform(counts, copy=False) if isinstance(vec, TfidfVectorizer) else counts


# The fast transform of each fitted vectorizer met (outside the estimators: a model is
# never changed, and never saved with them).
_KNOWN_GRAMS: "weakref.WeakKeyDictionary[CountVectorizer, _KnownGrams]" = weakref.WeakKeyDictionary()


def _vectorize(vectorizer, docs: list[str]):
    """``vectorizer.transform(docs)``, through :class:`_KnownGrams` for sklearn's text vectorizers."""
    if type(vectorizer) not in (CountVectorizer, TfidfVectorizer) or not hasattr(vectorizer, "vocabulary_") \
            or (isinstance(vectorizer, TfidfVectorizer) and not hasattr(vectorizer, "_tfidf")):
        return vectorizer.transform(docs)
    known = _KNOWN_GRAMS.get(vectorizer)
    if known is None or known.vocabulary is not vectorizer.vocabulary_:  # refitted: start again
        known = _KNOWN_GRAMS[vectorizer] = _KnownGrams(vectorizer)
    return known.transform(docs)


def _transform(features: ColumnTransformer, X):
    """``features.transform(X)`` for a fitted column transformer of text columns, made column
    by column (without the per-call data-frame checks, and with the fast vectorizing)."""
    simple = (features.remainder == "drop" and getattr(features, "sparse_output_", False)
              and all(isinstance(t, CountVectorizer) and isinstance(c, str) for _, t, c in features.transformers_))
    if not simple:
        return features.transform(X)
    weights = features.transformer_weights or {}
    parts = []
    for name, vectorizer, column in features.transformers_:
        part = _vectorize(vectorizer, X[column].tolist())
        weight = weights.get(name)
        parts.append(part if weight is None or weight == 1 else part * weight)
    return sp.hstack(parts).tocsr()


def _probabilities(model, features) -> np.ndarray:
    """``model.predict_proba(features)`` for a fitted multi-label one-vs-rest of logistic
    regressions, computed as each regression's ``predict_proba`` does (the sigmoid of
    ``features @ coef_.T + intercept_``) without sklearn's input checks on every call."""
    estimators = getattr(model, "estimators_", None)
    if (type(model) is not OneVsRestClassifier or not getattr(model, "multilabel_", False) or not estimators
            or len(estimators) < 2 or any(type(e) is not LogisticRegression or e.coef_.shape[0] != 1
                                          or len(e.classes_) != 2 for e in estimators)
            or not sp.issparse(features) or features.format != "csr" or features.dtype != np.float64
            or features.shape[1] != estimators[0].coef_.shape[1]):
        return model.predict_proba(features)
    columns = []
    for e in estimators:
        score = features @ e.coef_.T + e.intercept_
        columns.append(expit(score.reshape(-1)))
    return np.array(columns).T


def _same_features(a: ColumnTransformer, b: ColumnTransformer) -> bool:
    """Whether two fitted column transformers compute the same features."""
    if (a.transformer_weights != b.transformer_weights or a.remainder != b.remainder
            or a.sparse_threshold != b.sparse_threshold or len(a.transformers_) != len(b.transformers_)):
        return False
    for (name_a, ta, cols_a), (name_b, tb, cols_b) in zip(a.transformers_, b.transformers_):
        if name_a != name_b or cols_a != cols_b or type(ta) is not type(tb):
            return False
        if isinstance(ta, str):
            if ta != tb:
                return False
            continue
        if ta.get_params(deep=False) != tb.get_params(deep=False):
            return False
        if getattr(ta, "vocabulary_", None) != getattr(tb, "vocabulary_", None):
            return False
        idf_a, idf_b = getattr(ta, "idf_", None), getattr(tb, "idf_", None)
        if (idf_a is None) != (idf_b is None) or (idf_a is not None and not np.array_equal(idf_a, idf_b)):
            return False
    return True


def train(X, Y_tiers, Y_safeguards, groups, *, C: float = 4.0, seed: int = 0) -> tuple[ClauseLabeler, ClauseLabeler]:
    """Fit the tier and safeguard classifiers."""
    tiers = ClauseLabeler(TIERS, C=C, seed=seed).fit(X, Y_tiers, groups=groups)
    safeguards = ClauseLabeler(SAFEGUARDS, C=C, seed=seed).fit(X, Y_safeguards, groups=groups)
    return tiers, safeguards


def sha256_file(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def save_model(model: LabelModel, folder: Path) -> None:
    """Write ``model.skops`` and ``model.json`` (card with the model file's sha256) atomically."""
    import skops.io as sio

    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{MODEL_FILE}.tmp"
    sio.dump({"tiers": model.tiers, "safeguards": model.safeguards}, tmp, compression=zipfile.ZIP_DEFLATED,
             compresslevel=6)
    card = dict(model.card)
    card["sha256"] = sha256_file(tmp)
    card_tmp = folder / f".{CARD_FILE}.tmp"
    card_tmp.write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, folder / MODEL_FILE)
    os.replace(card_tmp, folder / CARD_FILE)
    atomic_write(folder / "README.md", card_markdown(card))


def card_markdown(card: dict[str, Any]) -> str:
    """The model card as Markdown, for people (``model.json`` is for programs)."""
    lines = [f"# Model card: {card.get('name')}", "",
             f"- treatyscope {card.get('treatyscope_version')}, trained {card.get('created')}",
             f"- data: {card['data']['clauses']} gold clauses from {len(card['data']['documents'])} treaties "
             "(`corpora/gold`), labelled by reading",
             f"- parameters: {json.dumps(card.get('params', {}))}",
             f"- model file sha256: `{card.get('sha256')}` (checked on every load)",
             "- two multi-label scikit-learn pipelines (tiers, safeguards): word, lemma, character and context "
             "n-grams plus the patterns' hits, one logistic regression per label, a decision rule and threshold "
             "per label chosen on training folds", ""]
    metrics = card.get("metrics") or {}
    if metrics:
        lines += ["## Grouped cross-validation by treaty (5 folds)", "",
                  "| system | tiers macro F1 | safeguards macro F1 | all micro F1 |", "|---|---:|---:|---:|"]
        for name, m in metrics.items():
            lines.append(f"| {name} | {m['tiers']['macro_f1']:.3f} | {m['safeguards']['macro_f1']:.3f} | "
                         f"{m['all']['micro_f1']:.3f} |")
        lines += ["", "Per-label figures: `model.json` and `docs/evaluation.md`.", ""]
    lines += [f"Limits: {_few_examples(metrics)}English text only.", ""]
    return "\n".join(lines)


def _few_examples(metrics: dict[str, Any], below: int = 12) -> str:
    """The card's words on labels with fewer than ``below`` gold clauses (the training data
    of a model trained on all gold), read from the per-label support of its figures."""
    support = next(iter(metrics.values()), {}).get("labels", {}) if metrics else {}
    few = [label for label, m in support.items() if m.get("support", below) < below]
    if not few:
        return ""
    kind = "tiers" if set(few) <= set(TIERS) else "safeguards" if set(few) <= set(SAFEGUARDS) else "labels"
    names = " and ".join([", ".join(f"`{x}`" for x in few[:-1]), f"`{few[-1]}`"] if len(few) > 1 else [f"`{few[0]}`"])
    return f"the {kind} {names} rest on fewer than {below} training clauses each; "


def shipped_model_dir() -> Path:
    return Path(str(resources.files("treatyscope.models").joinpath(DEFAULT_MODEL_NAME)))


def load_model(folder: str | os.PathLike | None = None) -> LabelModel:
    """Load a saved model, refusing one that was modified or holds a type not allowed.

    Takes the model folder (default: the shipped model); returns the :class:`LabelModel`.
    Raises :class:`ModelError` for a missing folder or file, a checksum that differs from
    the card's, or any type outside :data:`ALLOWED_TYPES` (checked before loading).
    """
    import skops.io as sio

    folder = Path(folder) if folder else shipped_model_dir()
    card_path, model_path = folder / CARD_FILE, folder / MODEL_FILE
    if not card_path.is_file() or not model_path.is_file():
        raise ModelError(f"{folder}: not a treatyscope model (needs {CARD_FILE} and {MODEL_FILE}); "
                         "train one with 'treatyscope train'")
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
    except (ValueError, OSError) as exc:
        raise ModelError(f"{card_path}: unreadable model card ({exc})") from None
    data = model_path.read_bytes()
    if hashlib.sha256(data).hexdigest() != card.get("sha256"):
        raise ModelError(f"{model_path}: checksum does not match the model card; the file was modified, refusing to load")
    try:
        untrusted = sio.get_untrusted_types(data=data)
    except Exception as exc:
        raise ModelError(f"{model_path}: not a valid model file ({type(exc).__name__})") from None
    bad = [t for t in untrusted if t not in ALLOWED_TYPES]
    if bad:
        raise ModelError(f"{model_path}: contains types that are not allowed ({', '.join(bad[:3])}); refusing to load")
    try:
        parts = sio.loads(data, trusted=[t for t in untrusted])
    except Exception as exc:
        raise ModelError(f"{model_path}: could not be loaded ({type(exc).__name__}: {exc})") from None
    if not isinstance(parts, dict) or not isinstance(parts.get("tiers"), ClauseLabeler) \
            or not isinstance(parts.get("safeguards"), ClauseLabeler):
        raise ModelError(f"{model_path}: does not hold treatyscope classifiers")
    return LabelModel(parts["tiers"], parts["safeguards"], card)


def model_card(*, documents: list[str], clauses: int, metrics: dict[str, Any] | None = None,
               seed: int = 0, C: float = 4.0) -> dict[str, Any]:
    return {
        "name": DEFAULT_MODEL_NAME,
        "treatyscope_version": __version__,
        "created": _dt.date.today().isoformat(),
        "data": {"documents": documents, "clauses": clauses},
        "params": {"C": C, "seed": seed},
        "labels": {"tiers": list(TIERS), "safeguards": list(SAFEGUARDS)},
        "metrics": metrics or {},
    }


# ---------------------------------------------------------------------------------------
# The spaCy component


@Language.factory(
    "treatyscope_classifier",
    assigns=["doc._.labels"],
    requires=["doc.spans"],
    default_config={"model": None, "batch_size": 256},
)
def make_classifier(nlp: Language, name: str, *, model: str | None, batch_size: int):
    return ClassifierComponent(name, model=model, batch_size=batch_size)


class ClassifierComponent:
    """Combine classifier probabilities with pattern evidence into ``doc._.labels``.

    ``doc._.labels`` maps each assigned label to ``(probability, source, words)``: source
    ``pattern`` when the patterns found words for it, ``classifier`` otherwise, with
    ``words`` the character span of the n-gram that weighed most. Without a model the
    component leaves ``doc._.labels`` unset, and the pattern labels stand.
    """

    def __init__(self, name: str, *, model: str | None, batch_size: int):
        self.name = name
        self.model_path = model
        self.batch_size = batch_size
        self.model: LabelModel | None = None

    def initialize(self, get_examples=None, *, nlp=None) -> None:
        if self.model_path:
            self.model = load_model(self.model_path)
        elif (shipped_model_dir() / CARD_FILE).is_file():
            self.model = load_model(None)

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None):
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= (batch_size or self.batch_size):
                yield from self._label(batch)
                batch = []
        if batch:
            yield from self._label(batch)

    def _label(self, docs: list[Doc]) -> list[Doc]:
        if self.model is None or not docs:
            return docs
        rows = [clause_features(d) for d in docs]
        decided = self.model.decide(frame(rows))
        for doc, row, labels in zip(docs, rows, decided):
            found = {s.label_ for s in doc.spans.get(EVIDENCE_KEY, [])}
            out = {}
            for label, p in labels.items():
                if label in found:
                    out[label] = (p, "pattern", None)
                else:
                    out[label] = (p, "classifier", self._words(doc, label, row["words"]))
            doc._.labels = out
        return docs

    def _words(self, doc: Doc, label: str, words: str) -> tuple[int, int] | None:
        clf = self.model.tiers if label in TIERS else self.model.safeguards
        top = clf.top_words(clf.labels.index(label), words)
        if not top:
            return None
        target = top[0].split()
        toks = [t for t in doc if not t.is_space and not t.is_punct]
        for i in range(len(toks) - len(target) + 1):
            if [t.lower_ for t in toks[i:i + len(target)]] == target:
                return toks[i].idx, toks[i + len(target) - 1].idx + len(toks[i + len(target) - 1].text)
        return None


@lru_cache(maxsize=4)
def _pipeline(model: str | None) -> Language:
    overrides = {"components.treatyscope_classifier.model": model} if model else {}
    return load_pipeline(None, json.dumps(overrides, sort_keys=True))


def pipeline_with_model(model: str | os.PathLike | None = None) -> Language:
    """The full pipeline: patterns plus the classifier (the shipped model unless one is named)."""
    return _pipeline(str(model) if model else None)
