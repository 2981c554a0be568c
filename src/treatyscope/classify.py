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

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import Pipeline

from .fast.vectorize import probabilities
from .features import CUE_MARKER, build_features
# The decision rules and the model bundle need no scikit-learn (a model read from its
# fast-loading copy is used without it); they are kept importable from here.
from .labelmodel import MEASURES_ONLY, NOT_MEASURE, LabelerRules, LabelModel, _feature_names, _word_features
from .types import SAFEGUARDS, TIERS

REEXPORTED = (MEASURES_ONLY, NOT_MEASURE, LabelModel, _feature_names, _word_features)
THRESHOLD_GRID = tuple(round(x, 2) for x in np.arange(0.10, 0.91, 0.05))
# How much better, in F1 on the training treaties' inner folds, the classifier alone must be than
# the best rule that keeps the patterns' hits to be chosen over it (_choose_thresholds).
RULE_MARGIN = 0.01


DEFAULT_GROUPS = ("function", "facts")
# Labels whose regression learns from the treaties' clauses alone when labelled drafts join the
# training (docs/evaluation.md, "The labelled drafts as training data"): on the gold's
# cross-validation the drafts (written dense with judges reviewing measures, their items
# included) cost `judicial_oversight` 0.797 -> 0.727 F1, its precision falling on the items of a
# court's statute, and the tiers 0.914 -> 0.900 macro F1 while they gained 0.897 -> 0.901 on
# drafts held out; the other safeguards gained on both.
TREATY_ONLY = (*TIERS, "judicial_oversight")
# The columns whose features are marker words of labels (see :func:`own_markers`).
MARKER_COLUMNS = ("patterns", "function", "facts")


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


class ClauseLabeler(LabelerRules, ClassifierMixin, BaseEstimator):
    """Multi-label clause classifier with per-label thresholds.

    ``fit(X, Y, groups=...)`` takes feature rows (a DataFrame with :data:`FEATURE_COLUMNS`),
    a 0/1 matrix with one column per label and the treaty of each row; thresholds are
    chosen by grouped cross-validation within that training data only.
    """

    def __init__(self, labels: tuple[str, ...] = TIERS, C: float = 4.0, seed: int = 0, inner_folds: int = 4,
                 min_positives: int = 3, groups: tuple[str, ...] = DEFAULT_GROUPS, projection=None,
                 keep_patterns: bool = False):
        self.labels = labels
        self.keep_patterns = keep_patterns
        self.C = C
        self.seed = seed
        self.inner_folds = inner_folds
        self.min_positives = min_positives
        self.groups = groups
        self.projection = projection

    def fit(self, X, Y, groups=None, features=None, tune=None, treaty_only: tuple[str, ...] = ()):
        """Fit on feature rows ``X``, 0/1 targets ``Y`` and the treaty of each row ``groups``.

        ``tune`` (a boolean per row; default every row) marks the rows whose out-of-fold
        predictions choose the decision rules and thresholds: the gold treaties' clauses when
        labelled drafts join the training, so that the thresholds are set where the labels
        are as dense as in treaties, not as in drafts written to be full of them. The labels
        in ``treaty_only`` have their regressions fitted on those rows alone.

        ``features`` is an optional (fitted column transformer, its matrix of ``X``) pair
        from :func:`fit_features`, to reuse instead of fitting the features again. The
        thresholds' inner folds reuse the features fitted on all of ``X`` (only the
        regressions are refitted): the vocabulary sees the inner test treaties' words, not
        their labels.
        """
        Y = np.asarray(Y, dtype=int)
        self.active_ = np.asarray(Y.sum(axis=0) >= self.min_positives)
        ct, F = features if features is not None else fit_features(X, tuple(self.groups), self.projection)
        F = F @ sp.diags(own_markers(ct, self.labels).astype(float))
        rows = np.asarray(tune, dtype=bool) if tune is not None else None
        only = [j for j, label in enumerate(self.labels) if label in treaty_only] if rows is not None else []
        model = self._regressions(F, Y, rows, only)
        self.pipeline_ = _slim(Pipeline([("features", ct), ("model", model)]))
        self.thresholds_ = self._choose_thresholds(F, X, Y, groups, tune, only)
        return self

    def _regressions(self, F, Y: np.ndarray, rows: np.ndarray | None, only: list[int]) -> OneVsRestClassifier:
        """The per-label regressions fitted on ``F``; those of the label columns ``only``
        refitted on the ``rows`` alone."""
        model = build_regressions(self.C, self.seed).fit(F, self._fit_target(Y))
        if only and rows is not None and rows.any():
            target = self._fit_target(Y[rows])
            for j in only:
                model.estimators_[j] = clone(model.estimator).fit(F[rows], target[:, j])
        return model

    def _fit_target(self, Y: np.ndarray) -> np.ndarray:
        # A label with no positive example still needs a column the regression can fit.
        Y = Y.copy()
        for j in range(Y.shape[1]):
            if Y[:, j].min() == Y[:, j].max():
                Y[0, j] = 1 - Y[0, j]
        return Y

    def _choose_thresholds(self, F, X, Y: np.ndarray, groups, tune=None, only: list[int] | None = None) -> np.ndarray:
        """Per label, the decision rule and threshold chosen by :func:`choose_rule` on
        out-of-fold predictions within the training data: the classifier alone, or the
        classifier or the patterns (``union``), or the patterns alone where the classifier has
        too little to learn from. With ``keep_patterns`` the classifier alone is no candidate: a
        pattern hit always gives its label (the tiers, where the patterns are the codebook's
        own wordings and a label has 7 to 30 gold clauses to learn a veto from)."""
        thresholds = np.full(Y.shape[1], 0.5)
        self.rules_ = np.array(["classifier"] * Y.shape[1], dtype=object)
        if groups is None:
            return thresholds
        groups = np.asarray(groups)
        n_groups = len(set(groups))
        if n_groups < 2:
            return thresholds
        oof = np.zeros(Y.shape, dtype=float)
        rows = np.asarray(tune, dtype=bool) if tune is not None else np.ones(len(Y), dtype=bool)
        for train, test in GroupKFold(n_splits=min(self.inner_folds, n_groups)).split(X, Y, groups):
            inner = self._regressions(F[train], Y[train], rows[train], only or [])
            oof[test] = probabilities(inner, F[test])
        hits = self.pattern_hits(X)
        facts = self.fact_hits(X)  # given under every rule (see ``predict``)
        oof[self.vetoes(X)] = 0.0  # vetoed under every rule (see ``predict``)
        if not rows.any():  # drafts alone: they choose
            rows = np.ones(len(Y), dtype=bool)
        for j in range(Y.shape[1]):
            if Y[rows, j].sum() == 0:
                continue
            self.rules_[j], thresholds[j] = choose_rule(Y[rows, j].astype(bool), oof[rows, j], hits[rows, j],
                                                        facts[rows, j], keep_patterns=self.keep_patterns)
        return thresholds


def choose_rule(y: np.ndarray, oof: np.ndarray, hits: np.ndarray, facts: np.ndarray, *,
                keep_patterns: bool = False) -> tuple[str, float]:
    """One label's decision rule and threshold from out-of-fold probabilities ``oof``, the
    patterns' ``hits`` and the document model's ``facts`` (given under every rule): the best F1
    of the patterns alone, the classifier or the patterns (``union``) and the classifier alone
    (not with ``keep_patterns``), ties to the rule that uses the classifier, then to the
    threshold nearest 0.5. The classifier alone drops the patterns' hits, the codebook's own
    wordings: it is chosen only when it beats the best rule that keeps them by
    :data:`RULE_MARGIN` or more, more than the noise of an F1 read on a few treaties' inner
    folds (without it, near-ties flipped ``data_protection``'s rule from one training to the
    next). Likewise, without ``keep_patterns``, the patterns alone (which drop the classifier's
    additions) only when they beat ``union`` by that margin."""
    candidates = [(_f1(y, hits), 0, "patterns", 0.5)]
    for t in THRESHOLD_GRID:
        if not keep_patterns:
            candidates.append((_f1(y, (oof >= t) | facts), 1, "classifier", t))
        candidates.append((_f1(y, (oof >= t) | hits), 1, "union", t))

    def order(c):
        return c[0], c[1], -abs(c[3] - 0.5)

    best = max(candidates, key=order)
    if best[2] == "classifier":
        keeping = max((c for c in candidates if c[2] != "classifier"), key=order)
        if best[0] - keeping[0] < RULE_MARGIN:
            best = keeping
    if best[2] == "patterns" and not keep_patterns:
        # The patterns alone drop what the classifier adds: chosen only when they beat the best
        # rule that keeps both by the same margin (in session 36, a near-tie on the gold's 127
        # clauses flipped `data_protection` to the patterns alone, and the drafts' data
        # agreements lost 153 of its readings).
        both = max((c for c in candidates if c[2] == "union"), key=order)
        if best[0] - both[0] < RULE_MARGIN:
            best = both
    return best[2], best[3]


def own_markers(ct, labels: tuple[str, ...]) -> np.ndarray:
    """Which features a labeler of ``labels`` learns from: every feature but the markers
    of the other labeler's labels. A safeguard's pattern hit, polarity cue, lead-in label or
    its pairing with the clause's function says nothing about the crimes a clause reaches;
    a tier's pattern hit or lead-in label says nothing about the conditions that bind it.
    (The document's facts, its defined terms and own crimes, stay for both.)

    With few examples (30 ``treaty`` clauses) a marker of the other kind that happens to
    co-occur is learnt as evidence: the items of a refusal lead-in drew ``treaty`` from the
    waived refusal grounds of a protocol whose items list treaty offences. A masked
    feature is zero in every training row, so its weight is exactly zero and prediction
    needs no mask (the frozen copy computes as before).
    """
    other = tuple(lab for lab in (TIERS + SAFEGUARDS) if lab not in labels)
    names = _feature_names(ct)
    keep = np.ones(len(names), dtype=bool)
    for i, name in enumerate(names):
        column, _, feature = name.partition(": ")
        if column not in MARKER_COLUMNS:
            continue
        marker = feature.split("@", 1)[0]
        if labels == TIERS and marker.startswith(CUE_MARKER):
            keep[i] = False  # polarity cues belong to the safeguards
            continue
        for prefix in ("P_", "LEAD_"):
            if marker.startswith(prefix) and _names_label(marker[len(prefix):], other):
                keep[i] = False
    return keep


def _names_label(rest: str, labels: tuple[str, ...]) -> bool:
    """Whether a marker's label part ("refusal_grounds" or "refusal_grounds_waived") names
    one of ``labels``."""
    return any(rest == lab or rest.startswith(lab + "_") for lab in labels)


def _f1(y: np.ndarray, pred: np.ndarray) -> float:
    tp = int(np.sum(y & pred))
    fp = int(np.sum(~y.astype(bool) & pred))
    fn = int(np.sum(y.astype(bool) & ~pred))
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)


def train(X, Y_tiers, Y_safeguards, groups, *, C: float = 4.0, seed: int = 0,
          feature_groups: tuple[str, ...] = DEFAULT_GROUPS, projection=None, tune=None,
          treaty_only: tuple[str, ...] = TREATY_ONLY) -> tuple[ClauseLabeler, ClauseLabeler]:
    """Fit the tier and safeguard classifiers (on features fitted once, shared by both);
    ``tune`` marks the treaties' rows, which choose the thresholds and alone teach the labels
    of ``treaty_only`` (:meth:`ClauseLabeler.fit`; None: every row is a treaty's)."""
    options = dict(C=C, seed=seed, groups=tuple(feature_groups), projection=projection)
    features = fit_features(X, tuple(feature_groups), projection)
    tiers = ClauseLabeler(TIERS, keep_patterns=True, **options).fit(X, Y_tiers, groups=groups, features=features,
                                                                     tune=tune, treaty_only=treaty_only)
    safeguards = ClauseLabeler(SAFEGUARDS, **options).fit(X, Y_safeguards, groups=groups, features=features,
                                                          tune=tune, treaty_only=treaty_only)
    return tiers, safeguards


