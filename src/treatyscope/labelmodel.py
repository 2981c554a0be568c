"""A trained model at work: :class:`LabelModel` (the tier and safeguard classifiers with
their card) and the decision rules of a classifier, importable without scikit-learn.

The rules are shared by the two forms a classifier takes: a
:class:`~treatyscope.classify.ClauseLabeler` (scikit-learn estimators, as trained and as
saved with skops) and a :class:`FrozenLabeler` (the same model as
plain arrays, read from the fast-loading copy in the user cache folder without importing
scikit-learn or skops: :mod:`treatyscope.model_store`). Both compute the same features and
probabilities through :mod:`treatyscope.fast.vectorize`, so a label never depends on the
form its model was read in.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field
from typing import Any, Sequence

import numpy as np

from .docmodel import states_a_need
from .fast.vectorize import probabilities, same_features, transform, vectorize
from .types import SAFEGUARDS

# Clause functions (treatyscope.docmodel) that are no measure, and the safeguards that bind
# measures only: all but human rights (which also binds obligations as a whole) and refusal
# grounds (a reservation among the final clauses may keep a right to refuse).
NOT_MEASURE = frozenset({"FN_criminalisation", "FN_policy", "FN_definition", "FN_final", "FN_monitoring"})
MEASURES_ONLY = frozenset(set(SAFEGUARDS) - {"human_rights", "refusal_grounds"})


def check_fitted(clf: Any) -> None:
    """sklearn's ``check_is_fitted(clf, "pipeline_")``, without importing sklearn for a
    fitted model (an unfitted one is a :class:`~sklearn.exceptions.NotFittedError`)."""
    if not hasattr(clf, "pipeline_"):
        from sklearn.utils.validation import check_is_fitted

        check_is_fitted(clf, "pipeline_")


# A label whose words name the law of a State also in the wording of another label, where
# that law is the other label's criterion: the label, and the one whose wording it yields to.
_CRITERION_OF = {"domestic_law": "dual_criminality"}
# Codebook, "Data protection": a definition of personal data, or a mere mention, is none, and a
# final clause binds no processing (one that keeps data received protected is read as a measure
# by the document model): no ``data_protection`` from the classifier alone in these.
_NO_DATA_PROTECTION = frozenset({"FN_definition", "FN_final"})
# Codebook, "Generic offences": `any` is "an offence", "a criminal offence", "offences under its
# domestic law" setting a scope; a clause whose words name no offence at all is no `any` from the
# classifier alone (the words of the ``words`` column, lower-cased).
_OFFENCE_WORDS = frozenset({"offence", "offences", "offense", "offenses", "crime", "crimes", "criminal",
                            "infringement", "infringements", "violation", "violations"})
# Offences established under other instruments are named through an instrument (codebook, `treaty`:
# "offences established in accordance with applicable international conventions", "within the
# scope of one of the treaties listed in the annex"): every `treaty` clause of the gold and the drafts
# holds one of these words, or a pattern or document fact of `treaty` (a term defined by another
# instrument). A crime's name alone ("the investigation of terrorism or its financing", terrorism
# undefined) names none.
_INSTRUMENT_WORDS = frozenset({"convention", "conventions", "treaty", "treaties", "protocol", "protocols",
                               "instrument", "instruments", "agreement", "agreements", "annex", "annexes",
                               "appendix", "appendices", "schedule", "statute", "charter"})
# A definition states no condition ("'violence against women' is understood as a violation of human
# rights ... and shall mean ..."; "'racial discrimination' shall mean any distinction ... impairing the
# enjoyment of human rights"): its human-rights words describe the term, unless it attaches a
# condition to it ("'offence' comprises ... on condition that the person concerned must have the
# opportunity of having the case tried by a court": the gold's `human_rights`). Codebook: a clause gets
# a safeguard when its own words state a condition, limit or protection.
_DEFINITION_CONDITION = re.compile(r"\b(?:on condition that|provided that|must|only (?:if|where|when)|subject to)\b")


def _bare_definition(head: str, raw: str) -> bool:
    """Whether a clause of function ``head`` ("FN_definition") is a definition that attaches no
    condition to its term (``raw``: its lower-cased text)."""
    return head == "FN_definition" and _DEFINITION_CONDITION.search(raw) is None


def _hit_label(marker: str) -> str:
    """The label of a document fact's hit marker: "HIT_defined", or "HIT_defined/own" (a hit of a
    kind a trained model may not know as a feature word: it gives the label without moving the
    model's other probabilities)."""
    return marker[4:].split("/", 1)[0]


class LabelerRules:
    """What a fitted classifier does with its probabilities: per label a decision rule
    (``rules_``: the classifier, the patterns, or either) and threshold (``thresholds_``),
    a defined term's tier under every rule (``fact_hits``),
    and the n-grams that weigh most for a label. Needs ``labels``, ``groups``, ``active_``,
    ``rules_``, ``thresholds_`` and ``pipeline_`` (with ``named_steps`` ``features`` and
    ``model``)."""

    def pattern_hits(self, X) -> np.ndarray:
        """A boolean matrix: did the patterns find evidence for each label in each row (or,
        with the ``facts`` features, did the document model: a defined term's tier).

        With the ``function`` features, a condition the patterns find in a clause that is no
        measure (an obligation to criminalise, a policy, a definition, a final clause) is no
        hit for the safeguards that bind measures only (codebook, "Measures": "a condition
        attached to one of these is no safeguard"); the classifier may still give it. Nor is
        human-rights wording in a definition that attaches no condition to its term
        (:data:`_DEFINITION_CONDITION`): it describes the term."""
        groups = getattr(self, "groups", ())
        facts = X["facts"] if "facts" in groups and "facts" in X else [""] * len(X)
        functions = X["function"] if "function" in groups and "function" in X else [""] * len(X)
        raws = X["raw"] if "raw" in X else [""] * len(X["patterns"])
        rows = []
        for p, f, fn, raw in zip(X["patterns"], facts, functions, raws):
            tokens = set(p.split()) | {f"P_{_hit_label(m)}" for m in f.split() if m.startswith("HIT_")}
            # A reservation among the final clauses that keeps a right to refuse requests keeps
            # the conditions of that refusal ("where the conduct is not an offence under its
            # law": dual criminality; codebook, "Refusal" and "Dual criminality"), and so does one
            # that keeps or imposes dual criminality itself ("reserves the right to make the
            # execution of requests for search or seizure conditional on the conduct being
            # punishable under the law of both Parties").
            head = fn.split(" ", 1)[0]
            not_measure = head in NOT_MEASURE and not (
                head == "FN_final" and ("P_refusal_grounds" in tokens or "P_dual_criminality" in tokens))
            # A definition's human-rights words describe its term, unless it states a condition.
            bare_definition = _bare_definition(head, raw)
            rows.append([f"P_{lab}" in tokens and not (not_measure and lab in MEASURES_ONLY)
                         and not (bare_definition and lab == "human_rights") for lab in self.labels])
        return np.array(rows, dtype=bool).reshape(len(rows), len(self.labels))

    def fact_hits(self, X) -> np.ndarray:
        """A boolean matrix: do the document's facts carry each label (the document model's
        ``HIT_`` markers: a tiered defined term the clause uses where it delimits an operative
        clause and stands in no aim, the definition of a class of offences, an item of a closed
        list of offences). Codebook, "Defined terms" and "Closed lists": the label is given
        whatever the decision rule (the gold holds too few such clauses for a classifier to
        learn the rules)."""
        groups = getattr(self, "groups", ())
        if "facts" not in groups or "facts" not in X:
            return np.zeros((len(X), len(self.labels)), dtype=bool)
        rows = [{f"HIT_{_hit_label(m)}" for m in f.split() if m.startswith("HIT_")} for f in X["facts"]]
        return np.array([[f"HIT_{lab}" in r for lab in self.labels] for r in rows],
                        dtype=bool).reshape(len(rows), len(self.labels))

    def vetoes(self, X) -> np.ndarray:
        """A boolean matrix: is the classifier's label vetoed in each row. Where the patterns
        find dual-criminality wording and no domestic-law wording, the law a clause names is
        the criterion of criminality ("where the conduct is not an offence under its own law"),
        not what decides whether or how a measure is applied: no ``domestic_law`` from the
        classifier alone (codebook, "Dual criminality" and "Domestic law binds measures
        only"; the words "under its own law" otherwise weigh for ``domestic_law``). Nor
        ``any`` where the clause's words name no offence (:data:`_OFFENCE_WORDS`): a generic
        offence is "an offence", "a criminal offence" (codebook, "Generic offences"); words of
        boarding or of persons who were "the object of conduct set forth in article 6" drew it
        in cross-validation. Nor ``treaty`` where neither the clause, its heading nor its lead-in
        names an instrument (:data:`_INSTRUMENT_WORDS`) and no pattern or document fact gives
        ``treaty``: a crime's name alone ("terrorism") is no offence of another instrument. Nor
        ``data_protection`` in a definition or a final clause (:data:`_NO_DATA_PROTECTION`). Nor ``human_rights`` in a recital that states no constraint
        (:func:`~treatyscope.docmodel.states_a_need`; codebook, "Recitals"), or in a definition that
        attaches no condition to its term (:data:`_DEFINITION_CONDITION`). Nor ``proportionality`` in
        an item listing what a request must contain (the document facts' ``REQUEST_ITEM``; codebook,
        "Proportionality")."""
        patterns = list(X["patterns"])
        out = np.zeros((len(patterns), len(self.labels)), dtype=bool)
        groups = getattr(self, "groups", ())
        for j, lab in enumerate(self.labels):
            if lab == "any" and "words" in X:
                out[:, j] = [_OFFENCE_WORDS.isdisjoint(w.split()) for w in X["words"]]
                continue
            if lab == "treaty" and "words" in X:
                contexts = X["context"] if "context" in X else [""] * len(patterns)
                facts = X["facts"] if "facts" in groups and "facts" in X else [""] * len(patterns)
                out[:, j] = [_INSTRUMENT_WORDS.isdisjoint(w.split()) and _INSTRUMENT_WORDS.isdisjoint(c.split())
                             and "P_treaty" not in p.split() and "treaty" not in f
                             for w, c, p, f in zip(X["words"], contexts, patterns, facts)]
                continue
            if lab == "human_rights" and "function" in groups and "function" in X and "raw" in X:
                heads = [fn.split(" ", 1)[0] for fn in X["function"]]
                out[:, j] = [(head == "FN_preamble" and not states_a_need(raw)) or _bare_definition(head, raw)
                             for head, raw in zip(heads, X["raw"])]
                continue
            if lab == "proportionality" and "facts" in groups and "facts" in X:
                out[:, j] = ["REQUEST_ITEM" in f.split() for f in X["facts"]]
                continue
            if lab == "data_protection" and "function" in groups and "function" in X:
                out[:, j] = [fn.split(" ", 1)[0] in _NO_DATA_PROTECTION for fn in X["function"]]
                continue
            criterion = _CRITERION_OF.get(lab)
            if criterion is None:
                continue
            for i, p in enumerate(patterns):
                tokens = p.split()
                out[i, j] = f"P_{criterion}" in tokens and f"P_{lab}" not in tokens
        return out

    def predict_proba(self, X) -> np.ndarray:
        check_fitted(self)
        return self.pipeline_.predict_proba(X)

    def predict(self, X, proba: np.ndarray | None = None) -> np.ndarray:
        """0/1 labels; ``proba`` saves recomputing probabilities already at hand."""
        check_fitted(self)
        above = ((self.predict_proba(X) if proba is None else proba) >= self.thresholds_) & ~self.vetoes(X)
        hits = self.pattern_hits(X)
        facts = self.fact_hits(X)
        out = np.zeros(above.shape, dtype=bool)
        for j, rule in enumerate(self.rules_):
            if rule == "patterns" or not self.active_[j]:
                out[:, j] = hits[:, j]
            elif rule == "union":
                out[:, j] = above[:, j] | hits[:, j]
            else:
                out[:, j] = above[:, j] | facts[:, j]
        return out.astype(int)

    def top_words(self, label_index: int, words: str, k: int = 1) -> list[str]:
        """The word n-grams of ``words`` that weigh most for one label (evidence for a label
        the patterns did not find)."""
        check_fitted(self)
        offset, names = _word_features(self)
        est = self.pipeline_.named_steps["model"].estimators_[label_index]
        coef = getattr(est, "coef_", None)
        if coef is None:
            return []
        vec = self.pipeline_.named_steps["features"].named_transformers_["words"]
        row = vectorize(vec, [words])
        weights = [(coef[0, offset + j] * v, j) for j, v in zip(row.indices, row.data)]
        return [names[j] for w, j in sorted(weights, reverse=True)[:k] if w > 0]


class FrozenLabeler(LabelerRules):
    """A fitted classifier read from a frozen copy (:func:`treatyscope.model_copy.thaw`): the
    same rules over a :class:`~treatyscope.fast.frozen.FrozenPipeline`."""

    frozen = True

    def __init__(self, *, labels: tuple[str, ...], groups: tuple[str, ...], rules: np.ndarray,
                 thresholds: np.ndarray, active: np.ndarray, pipeline):
        self.labels = labels
        self.groups = groups
        self.rules_ = rules
        self.thresholds_ = thresholds
        self.active_ = active
        self.pipeline_ = pipeline


# Feature names are sorted out of the vocabulary on every call; keep them per fitted model
# (outside the estimator, so they are never saved with it).
_WORD_FEATURES: "weakref.WeakKeyDictionary[Any, tuple[int, np.ndarray]]" = weakref.WeakKeyDictionary()


def _word_features(clf) -> tuple[int, np.ndarray]:
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


class Columns(dict):
    """Feature rows by column (``{column: list}``), read as the model reads a data frame:
    ``X[column]`` (with ``tolist()``), ``column in X``, ``len(X)`` rows. What a frozen
    model is given instead of a pandas data frame (pandas takes a second to import)."""

    def __init__(self, rows: Sequence[dict[str, str]], columns: Sequence[str]):
        super().__init__((c, _Column(r[c] for r in rows)) for c in columns)
        self.rows = len(rows)

    def __len__(self) -> int:
        return self.rows


class _Column(list):
    def tolist(self) -> list:
        return list(self)


@dataclass
class LabelModel:
    """The tier and safeguard classifiers and their model card."""

    tiers: Any
    safeguards: Any
    card: dict[str, Any]
    _shared: bool | None = field(default=None, init=False, repr=False)

    @property
    def frozen(self) -> bool:
        """Whether both classifiers were read from the fast-loading copy (no scikit-learn)."""
        return bool(getattr(self.tiers, "frozen", False) and getattr(self.safeguards, "frozen", False))

    def table(self, rows: Sequence[dict[str, str]]):
        """Feature rows as this model reads them: plain :class:`Columns` for a frozen model,
        else a pandas data frame (as scikit-learn's estimators expect)."""
        from .features import FEATURE_COLUMNS, frame

        if self.frozen:
            return Columns(rows, FEATURE_COLUMNS)
        return frame(rows)

    def decide(self, X) -> list[dict[str, float]]:
        """For each row: {label: probability} of the labels the classifier assigns."""
        out: list[dict[str, float]] = [dict() for _ in range(len(X))]
        shared = self.shared_features()
        features = None
        for clf in (self.tiers, self.safeguards):
            check_fitted(clf)
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
            check_fitted(clf)
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
