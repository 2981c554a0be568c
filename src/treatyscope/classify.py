"""The classify stage: the trained estimator that turns clause features into labels.

Two multi-label scikit-learn models (tiers, safeguards), each a :class:`ClauseLabeler`: a
``Pipeline`` of the column transformer of :mod:`treatyscope.features` and one logistic
regression per label, with a decision rule and threshold per label chosen by grouped
cross-validation inside the training data. :class:`LabelModel` holds the two with their
model card; :mod:`treatyscope.model_store` saves and loads it.

Saved models name the estimator's class by this module's path
(``treatyscope.classify.ClauseLabeler``), so the class stays here.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import Pipeline
from sklearn.utils.validation import check_is_fitted

from .fast.vectorize import probabilities, same_features, transform, vectorize
from .features import as_frame, build_features
from .types import SAFEGUARDS, TIERS

# Clause functions (treatyscope.docmodel) that are no measure, and the safeguards that bind
# measures only: all but human rights (which also binds obligations as a whole) and refusal
# grounds (a reservation among the final clauses may keep a right to refuse).
NOT_MEASURE = frozenset({"FN_criminalisation", "FN_policy", "FN_definition", "FN_final"})
MEASURES_ONLY = frozenset(set(SAFEGUARDS) - {"human_rights", "refusal_grounds"})
THRESHOLD_GRID = tuple(round(x, 2) for x in np.arange(0.10, 0.91, 0.05))


DEFAULT_GROUPS = ("function", "facts")


def build_regressions(C: float = 4.0, seed: int = 0) -> OneVsRestClassifier:
    """One logistic regression per label (unfitted)."""
    # liblinear's dual solver: the same regularised objective as the primal, and several
    # times faster here, where features (tens of thousands) outnumber clauses.
    return OneVsRestClassifier(LogisticRegression(C=C, class_weight="balanced", solver="liblinear", dual=True,
                                                  random_state=seed, max_iter=2000))


def build_pipeline(C: float = 4.0, seed: int = 0, groups: tuple[str, ...] = DEFAULT_GROUPS,
                   projection=None) -> Pipeline:
    """The feature union and per-label logistic regressions (unfitted)."""
    return Pipeline([("features", build_features(groups, projection)), ("model", build_regressions(C, seed))])


def fit_features(X, groups: tuple[str, ...] = DEFAULT_GROUPS, projection=None):
    """The fitted column transformer and the feature matrix of ``X`` (fitted once, shared by
    both labelers and by the inner folds that choose thresholds)."""
    ct = build_features(groups, projection)
    return ct, sp.csr_matrix(ct.fit_transform(X))


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
                 min_positives: int = 3, groups: tuple[str, ...] = DEFAULT_GROUPS, projection=None):
        self.labels = labels
        self.C = C
        self.seed = seed
        self.inner_folds = inner_folds
        self.min_positives = min_positives
        self.groups = groups
        self.projection = projection

    def fit(self, X, Y, groups=None, features=None):
        """Fit on feature rows ``X``, 0/1 targets ``Y`` and the treaty of each row ``groups``.

        ``features`` is an optional (fitted column transformer, its matrix of ``X``) pair
        from :func:`fit_features`, to reuse instead of fitting the features again. The
        thresholds' inner folds reuse the features fitted on all of ``X`` (only the
        regressions are refitted): the vocabulary sees the inner test treaties' words, not
        their labels.
        """
        Y = np.asarray(Y, dtype=int)
        self.active_ = np.asarray(Y.sum(axis=0) >= self.min_positives)
        ct, F = features if features is not None else fit_features(X, tuple(self.groups), self.projection)
        model = build_regressions(self.C, self.seed).fit(F, self._fit_target(Y))
        self.pipeline_ = _slim(Pipeline([("features", ct), ("model", model)]))
        self.thresholds_ = self._choose_thresholds(F, X, Y, groups)
        return self

    def _fit_target(self, Y: np.ndarray) -> np.ndarray:
        # A label with no positive example still needs a column the regression can fit.
        Y = Y.copy()
        for j in range(Y.shape[1]):
            if Y[:, j].min() == Y[:, j].max():
                Y[0, j] = 1 - Y[0, j]
        return Y

    def _choose_thresholds(self, F, X, Y: np.ndarray, groups) -> np.ndarray:
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
            inner = build_regressions(self.C, self.seed).fit(F[train], self._fit_target(Y[train]))
            oof[test] = probabilities(inner, F[test])
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
        """A boolean matrix: did the patterns find evidence for each label in each row (or,
        with the ``facts`` features, did the document model: a defined term's tier).

        With the ``function`` features, a condition the patterns find in a clause that is no
        measure (an obligation to criminalise, a policy, a definition, a final clause) is no
        hit for the safeguards that bind measures only (codebook, "Measures": "a condition
        attached to one of these is no safeguard"); the classifier may still give it."""
        groups = getattr(self, "groups", ())
        facts = X["facts"] if "facts" in groups and "facts" in X else [""] * len(X)
        functions = X["function"] if "function" in groups and "function" in X else [""] * len(X)
        rows = []
        for p, f, fn in zip(X["patterns"], facts, functions):
            tokens = set(p.split()) | {f"P_{m[4:]}" for m in f.split() if m.startswith("HIT_")}
            not_measure = fn.split(" ", 1)[0] in NOT_MEASURE
            rows.append([f"P_{lab}" in tokens and not (not_measure and lab in MEASURES_ONLY) for lab in self.labels])
        return np.array(rows, dtype=bool).reshape(len(rows), len(self.labels))

    def predict_proba(self, X) -> np.ndarray:
        check_is_fitted(self, "pipeline_")
        return self.pipeline_.predict_proba(as_frame(X))

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
        row = vectorize(vec, [words])
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


def _feature_names(ct) -> np.ndarray:
    """Feature names of a fitted column transformer, as "column: feature"."""
    names = []
    for name, trans, _ in ct.transformers_:
        if trans == "drop":
            continue
        names += [f"{name}: {n}" for n in trans.get_feature_names_out()]
    return np.array(names, dtype=object)


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
                features = transform(clf.pipeline_.named_steps["features"], X)
            probs = probabilities(clf.pipeline_.named_steps["model"], features)
            preds = clf.predict(X, proba=probs)
            for i in range(len(X)):
                for j, label in enumerate(clf.labels):
                    if preds[i, j]:
                        out[i][label] = float(probs[i, j])
        return out

    def reasons(self, X, k: int = 3) -> list[dict[str, list[tuple[str, float]]]]:
        """For each row, per label, the ``k`` features that weigh most for it (name, weight):
        what ``treatyscope explain`` shows as the classifier's reasons."""
        out: list[dict[str, list[tuple[str, float]]]] = [dict() for _ in range(len(X))]
        for clf in (self.tiers, self.safeguards):
            check_is_fitted(clf, "pipeline_")
            ct = clf.pipeline_.named_steps["features"]
            names = _feature_names(ct)
            features = transform(ct, X).tocsr()
            for j, label in enumerate(clf.labels):
                est = clf.pipeline_.named_steps["model"].estimators_[j]
                coef = getattr(est, "coef_", None)
                if coef is None:
                    continue
                for i in range(features.shape[0]):
                    row = features.getrow(i)
                    weights = sorted(((coef[0, c] * v, c) for c, v in zip(row.indices, row.data)), reverse=True)
                    out[i][label] = [(str(names[c]), round(float(w), 3)) for w, c in weights[:k] if w > 0]
        return out

    def shared_features(self) -> bool:
        """Whether the two classifiers turn rows into the same feature matrix (``train`` fits
        both feature steps on the same rows), so that it is computed once."""
        if self._shared is None:
            self._shared = same_features(self.tiers.pipeline_.named_steps["features"],
                                          self.safeguards.pipeline_.named_steps["features"])
        return self._shared


def train(X, Y_tiers, Y_safeguards, groups, *, C: float = 4.0, seed: int = 0,
          feature_groups: tuple[str, ...] = DEFAULT_GROUPS, projection=None) -> tuple[ClauseLabeler, ClauseLabeler]:
    """Fit the tier and safeguard classifiers (on features fitted once, shared by both)."""
    options = dict(C=C, seed=seed, groups=tuple(feature_groups), projection=projection)
    features = fit_features(X, tuple(feature_groups), projection)
    tiers = ClauseLabeler(TIERS, **options).fit(X, Y_tiers, groups=groups, features=features)
    safeguards = ClauseLabeler(SAFEGUARDS, **options).fit(X, Y_safeguards, groups=groups, features=features)
    return tiers, safeguards


