"""Training data, grouped cross-validation and metrics.

Three systems are compared on the same gold clauses: a keyword baseline (case-insensitive
search for the codebook's typical wording, ``configs/keywords.json``), the patterns alone,
and patterns plus classifier. In cross-validation the folds are treaties: a treaty's
clauses are always predicted by a model that never saw that treaty. Labelled drafts
(:func:`treatyscope.gold.load_drafts`), given as ``extra`` records, are training data in every
fold and never predicted: they have no evidence spans, and the figures stay those of the
corpus's treaties.
"""

from __future__ import annotations

import json
import re
from types import SimpleNamespace
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

import numpy as np
from sklearn.metrics import precision_recall_fscore_support
from sklearn.model_selection import GroupKFold

from .classify import DEFAULT_GROUPS, ClauseLabeler, LabelModel, train
from .components.evidence import TAIL_KEY, readable_evidence
from .docmodel import ClausePlace, build_model
from .errors import GoldError
from .extensions import CHAPEAU_KEY, EVIDENCE_KEY, FACTS_KEY, HEADING_KEY, PLACE_KEY, TEXT_KEY
from .fast.tokens import make_doc, matchable
from .features import clause_features, frame
from .model_store import model_card
from .paths import config_path
from .pipeline import load_pipeline
from .segment import chapeau_id
from .types import LABELS, SAFEGUARDS, TIERS

SYSTEMS = ("keywords", "patterns", "classifier")


@dataclass
class Prepared:
    """Gold clauses run through the patterns, with features and label matrices."""

    records: list[dict[str, Any]]
    X: Any
    Y: np.ndarray  # one column per label in LABELS
    groups: np.ndarray
    pattern_spans: list[list[tuple[str, int, int]]]  # per clause, clause-relative
    docs_words: list[list[tuple[str, int, int]]] = field(default_factory=list)  # (lower, start, end) tokens
    facts: list[Any] = field(default_factory=list)  # per clause, its ClauseFacts (None when labelled alone)


def _unit(r: dict[str, Any]) -> SimpleNamespace:
    """A gold record as the clause-like object the document model and ``chapeau_id`` read."""
    return SimpleNamespace(clause_id=r["clause_id"], article=r.get("article") or "", paragraph=r.get("paragraph"),
                           subparagraph=r.get("subparagraph"), heading=r.get("heading"), text=r["text"],
                           context=tuple(r.get("context") or ()))


def prepare(records: list[dict[str, Any]]) -> Prepared:
    """Run the pattern pipeline over gold clauses and build features and targets.

    Each clause is read in the context of its document (:mod:`treatyscope.docmodel`): the
    document model is built from the gold clauses of the same document, which are all of
    its English clauses (a gold document is fully labelled)."""
    nlp = load_pipeline(classifier=False)
    by_doc: dict[str, list[SimpleNamespace]] = {}
    for r in records:
        by_doc.setdefault(r["doc_id"], []).append(_unit(r))
    models = {doc_id: build_model(units) for doc_id, units in by_doc.items()}
    docs = []
    for r in records:
        d = make_doc(nlp, matchable(r["text"]))
        d.user_data[TEXT_KEY] = r["text"]
        d.user_data[HEADING_KEY] = r.get("heading") or ""
        d.user_data[CHAPEAU_KEY] = r.get("chapeau") or ""
        u = _unit(r)
        d.user_data[TAIL_KEY] = u.subparagraph == "tail"
        d.user_data[PLACE_KEY] = ClausePlace(models[r["doc_id"]], u.clause_id, u.article, chapeau_id(u))
        docs.append(d)
    docs = list(nlp.pipe(docs))
    rows = [clause_features(d) for d in docs]
    Y = np.array([[int(lab in r["tiers"] or lab in r["safeguards"]) for lab in LABELS] for r in records], dtype=int)
    spans = [[(s.label_, s.start_char, s.end_char) for s in d.spans.get(EVIDENCE_KEY, [])] for d in docs]
    words = [[(t.lower_, t.idx, t.idx + len(t.text)) for t in d if not t.is_space and not t.is_punct] for d in docs]
    facts = [d.user_data.get(FACTS_KEY) for d in docs]
    return Prepared(records, frame(rows), Y, np.array([r["doc_id"] for r in records]), spans, words, facts)


def split_targets(Y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return Y[:, : len(TIERS)], Y[:, len(TIERS):]


# ---------------------------------------------------------------------------------------
# Systems


def keyword_table() -> dict[str, list[str]]:
    """The codebook's typical wording per label (case-insensitive keywords)."""
    data = json.loads(config_path("keywords.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if k in LABELS}


def keyword_predict(texts: Sequence[str]) -> tuple[np.ndarray, list[list[tuple[str, int, int]]]]:
    """Labels and evidence spans from a plain case-insensitive keyword search."""
    table = {lab: [re.compile(re.escape(k), re.I) for k in kws] for lab, kws in keyword_table().items()}
    Y = np.zeros((len(texts), len(LABELS)), dtype=int)
    spans: list[list[tuple[str, int, int]]] = []
    for i, text in enumerate(texts):
        found = []
        for j, lab in enumerate(LABELS):
            for rx in table.get(lab, []):
                for m in rx.finditer(text):
                    Y[i, j] = 1
                    found.append((lab, m.start(), m.end()))
        spans.append(found)
    return Y, spans


def pattern_predict(prep: Prepared) -> np.ndarray:
    Y = np.zeros_like(prep.Y)
    for i, spans in enumerate(prep.pattern_spans):
        for lab, _, _ in spans:
            Y[i, LABELS.index(lab)] = 1
    return Y


def _classifier_spans(model_t: ClauseLabeler, model_s: ClauseLabeler, prep: Prepared, idx: np.ndarray,
                      pred: np.ndarray) -> list[list[tuple[str, int, int]]]:
    """Evidence for classifier labels, as ``treatyscope label`` shows it: pattern spans where
    the patterns agree; else the words the document model rests the label on (a defined term,
    an own crime); else the label's own words nearest the n-gram that weighed most
    (:func:`~treatyscope.components.evidence.readable_evidence`). A label that could only be
    shown by its whole clause counts as a predicted span that overlaps nothing (an empty span)."""
    out = []
    for row, i in enumerate(idx):
        spans = []
        text = prep.records[i]["text"]
        facts = prep.facts[i] if prep.facts else None
        for j, lab in enumerate(LABELS):
            if not pred[row, j]:
                continue
            pat = [(lab, s, e) for (plab, s, e) in prep.pattern_spans[i] if plab == lab]
            if pat:
                spans.extend(pat)
                continue
            basis = facts.basis(lab, text) if facts is not None else None
            if basis is not None and basis[0] is not None:
                spans.append((lab, *basis[0]))
                continue
            clf, k = (model_t, TIERS.index(lab)) if lab in TIERS else (model_s, SAFEGUARDS.index(lab))
            top = clf.top_words(k, prep.X.iloc[i]["words"])
            words = _find_words(prep.docs_words[i], top[0].split()) if top else None
            s, e = readable_evidence(lab, text, words)
            spans.append((lab, s, e) if (s, e) != (0, len(text)) else (lab, 0, 0))
        out.append(spans)
    return out


def _find_words(tokens: list[tuple[str, int, int]], target: list[str]) -> tuple[int, int] | None:
    n = len(target)
    for k in range(len(tokens) - n + 1):
        if [t[0] for t in tokens[k:k + n]] == target:
            return tokens[k][1], tokens[k + n - 1][2]
    return None


def _treaty_rows(records: list[dict[str, Any]]) -> np.ndarray:
    """Which records are a treaty's clauses (not a labelled draft's)."""
    return np.array([not r.get("draft") for r in records], dtype=bool)


def _training(prep: Prepared, idx: np.ndarray, extra: Prepared | None):
    """The features, targets and groups of the clauses ``idx`` of ``prep``, with every clause of
    ``extra`` after them, and which rows choose the thresholds: the treaties' clauses, when
    labelled drafts are among them (None: every row). Raises :class:`GoldError` when a document
    is in both."""
    if extra is None or not len(extra.records):
        return prep.X.iloc[idx], prep.Y[idx], prep.groups[idx], None
    both = sorted(set(extra.groups) & set(prep.groups))
    if both:
        raise GoldError(f"{both[0]}: a labelled draft has the name of a gold document")
    import pandas as pd

    return (pd.concat([prep.X.iloc[idx], extra.X], ignore_index=True), np.vstack([prep.Y[idx], extra.Y]),
            np.concatenate([prep.groups[idx], extra.groups]),
            np.concatenate([_treaty_rows(prep.records)[idx], _treaty_rows(extra.records)]))


def cross_validate(prep: Prepared, *, folds: int = 5, seed: int = 0, C: float = 4.0,
                   feature_groups: tuple[str, ...] = DEFAULT_GROUPS, projection=None,
                   on_fold: Callable[[str], None] | None = None, extra: Prepared | None = None
                   ) -> tuple[np.ndarray, list[list[tuple[str, int, int]]], list[list[str]]]:
    """Out-of-fold predictions of patterns plus classifier, folds grouped by treaty.

    Returns the predictions, their evidence spans and the treaties of each fold;
    ``on_fold("fold k of n")`` is called as each fold is done (progress). The clauses of
    ``extra`` (labelled drafts) join every fold's training and are never predicted.
    """
    n_groups = len(set(prep.groups))
    pred = np.zeros_like(prep.Y)
    spans: list[list[tuple[str, int, int]]] = [[] for _ in prep.records]
    fold_docs = []
    for train_idx, test_idx in GroupKFold(n_splits=min(folds, n_groups)).split(prep.X, prep.Y, prep.groups):
        assert not set(prep.groups[train_idx]) & set(prep.groups[test_idx])
        fold_docs.append(sorted(set(prep.groups[test_idx])))
        X, Y, groups, tune = _training(prep, train_idx, extra)
        mt, ms = train(X, *split_targets(Y), groups, C=C, seed=seed, feature_groups=feature_groups,
                       projection=projection, tune=tune)
        Xt = prep.X.iloc[test_idx]
        p = np.hstack([mt.predict(Xt), ms.predict(Xt)])
        pred[test_idx] = p
        for i, s in zip(test_idx, _classifier_spans(mt, ms, prep, test_idx, p)):
            spans[i] = s
        if on_fold:
            on_fold(f"fold {len(fold_docs)} of {min(folds, n_groups)}")
    return pred, spans, fold_docs


# ---------------------------------------------------------------------------------------
# Metrics


def label_metrics(Y_true: np.ndarray, Y_pred: np.ndarray, labels: Sequence[str] = LABELS) -> dict[str, Any]:
    """Per-label precision, recall, F1 and support; micro and macro averages over all the
    labels given, and over the tiers and the safeguards among them."""
    per = {}
    f1s = []
    for j, lab in enumerate(labels):
        p, r, f, _ = precision_recall_fscore_support(Y_true[:, j], Y_pred[:, j], average="binary",
                                                     zero_division=0)
        per[lab] = {"precision": float(p), "recall": float(r), "f1": float(f), "support": int(Y_true[:, j].sum())}
        f1s.append(float(f))
    out: dict[str, Any] = {"labels": per}
    for name, subset in (("all", list(labels)), ("tiers", [x for x in labels if x in TIERS]),
                         ("safeguards", [x for x in labels if x in SAFEGUARDS])):
        cols = [labels.index(x) for x in subset]
        if not cols:
            continue
        # Micro averaging over labels is binary scoring of all their cells together.
        mp, mr, mf, _ = precision_recall_fscore_support(Y_true[:, cols].ravel(), Y_pred[:, cols].ravel(),
                                                        average="binary", zero_division=0)
        # Macro over the labels that have gold support: a label absent from the gold set
        # cannot be measured and would otherwise count as 0.
        supported = [c for c in cols if Y_true[:, c].sum() > 0]
        macro = float(np.mean([f1s[c] for c in supported])) if supported else 0.0
        out[name] = {"micro_precision": float(mp), "micro_recall": float(mr), "micro_f1": float(mf),
                     "macro_f1": macro, "labels_measured": len(supported)}
    return out


def span_overlap_f1(gold: Sequence[Sequence[tuple[str, int, int]]],
                    pred: Sequence[Sequence[tuple[str, int, int]]]) -> dict[str, float]:
    """Evidence overlap: a predicted span is correct when it overlaps a gold span of the same
    label in the same clause; a gold span is found when some predicted span overlaps it."""
    tp_p = n_p = tp_g = n_g = 0
    for g, p in zip(gold, pred):
        n_p += len(p)
        n_g += len(g)
        tp_p += sum(1 for (lab, s, e) in p if any(gl == lab and s < ge and gs < e for (gl, gs, ge) in g))
        tp_g += sum(1 for (gl, gs, ge) in g if any(lab == gl and s < ge and gs < e for (lab, s, e) in p))
    precision = tp_p / n_p if n_p else 0.0
    recall = tp_g / n_g if n_g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "predicted": n_p, "gold": n_g}


def gold_spans(records: list[dict[str, Any]]) -> list[list[tuple[str, int, int]]]:
    """Gold evidence as clause-relative spans."""
    return [[(e["label"], e["start"] - r["start"], e["end"] - r["start"]) for e in r["evidence"]] for r in records]


def evaluate(records: list[dict[str, Any]], *, folds: int = 5, seed: int = 0, C: float = 4.0,
             model: LabelModel | None = None, feature_groups: tuple[str, ...] = DEFAULT_GROUPS,
             projection=None, prep: Prepared | None = None,
             on_step: Callable[[str], None] | None = None,
             extra_records: list[dict[str, Any]] | None = None, extra_prep: Prepared | None = None) -> dict[str, Any]:
    """Evaluate the three systems on gold records.

    With ``model`` the given model predicts every clause (for a user's own labelled set);
    without, patterns plus classifier is measured by grouped cross-validation, with
    ``extra_records`` (labelled drafts) in every fold's training.
    ``on_step(what)`` is called after each step (features, patterns, each fold): progress.
    ``prep`` and ``extra_prep``: the records already run through :func:`prepare` (a caller that
    also trains on them prepares them once).
    """
    step = on_step or (lambda what: None)
    prep = prep or prepare(records)
    extra = None
    if extra_records and model is None:
        extra = extra_prep or prepare(extra_records)
    step("features")
    texts = [r["text"] for r in records]
    gspans = gold_spans(records)
    kw_pred, kw_spans = keyword_predict(texts)
    pat_pred = pattern_predict(prep)
    step("keywords and patterns")
    if model is None:
        clf_pred, clf_spans, fold_docs = cross_validate(prep, folds=folds, seed=seed, C=C,
                                                        feature_groups=feature_groups, projection=projection,
                                                        on_fold=step, extra=extra)
        setup = {"mode": "grouped cross-validation by treaty", "folds": fold_docs, "seed": seed,
                 "feature_groups": list(feature_groups),
                 "also_trained_on": sorted(set(extra.groups)) if extra is not None else [],
                 "also_trained_on_clauses": len(extra.records) if extra is not None else 0}
    else:
        idx = np.arange(len(records))
        clf_pred = np.hstack([model.tiers.predict(prep.X), model.safeguards.predict(prep.X)])
        clf_spans = _classifier_spans(model.tiers, model.safeguards, prep, idx, clf_pred)
        setup = {"mode": "fixed model", "model": model.card.get("name"), "model_created": model.card.get("created")}
    systems = {}
    for name, pred, spans in (("keywords", kw_pred, kw_spans), ("patterns", pat_pred, prep.pattern_spans),
                              ("classifier", clf_pred, clf_spans)):
        systems[name] = label_metrics(prep.Y, pred)
        systems[name]["evidence"] = span_overlap_f1(gspans, spans)
    docs = sorted(set(prep.groups))
    return {"setup": setup, "documents": docs, "clauses": len(records), "systems": systems,
            "errors": _errors(records, prep.Y, clf_pred)}


def _errors(records, Y, pred) -> dict[str, dict[str, list[str]]]:
    """Clause ids of false positives and false negatives per label (for error study)."""
    out: dict[str, dict[str, list[str]]] = {}
    for j, lab in enumerate(LABELS):
        fp = [f"{records[i]['doc_id']}:{records[i]['clause_id']}" for i in np.where((pred[:, j] == 1) & (Y[:, j] == 0))[0]]
        fn = [f"{records[i]['doc_id']}:{records[i]['clause_id']}" for i in np.where((pred[:, j] == 0) & (Y[:, j] == 1))[0]]
        out[lab] = {"false_positives": fp, "false_negatives": fn}
    return out


def fit_full(records: list[dict[str, Any]], *, seed: int = 0, C: float = 4.0,
             metrics: dict[str, Any] | None = None, feature_groups: tuple[str, ...] = DEFAULT_GROUPS,
             projection=None, extra_records: list[dict[str, Any]] | None = None,
             prep: Prepared | None = None, extra_prep: Prepared | None = None) -> LabelModel:
    """Train on every gold clause, and every clause of ``extra_records`` (labelled drafts): the
    shipped model. The card lists the gold documents, then the drafts (``data.drafts``).
    ``prep`` and ``extra_prep``: the records already run through :func:`prepare`."""
    prep = prep or prepare(records)
    extra = (extra_prep or prepare(extra_records)) if extra_records else None
    X, Y, groups, tune = _training(prep, np.arange(len(records)), extra)
    mt, ms = train(X, *split_targets(Y), groups, C=C, seed=seed, feature_groups=feature_groups, projection=projection,
                   tune=tune)
    card = model_card(documents=sorted(set(prep.groups)), clauses=len(records), metrics=metrics, seed=seed, C=C)
    if extra is not None:
        card["data"]["drafts"] = sorted(set(extra.groups))
        card["data"]["draft_clauses"] = len(extra.records)
    card["feature_groups"] = list(feature_groups)
    card["thresholds"] = {lab: float(t) for lab, t in zip(TIERS, mt.thresholds_)}
    card["thresholds"].update({lab: float(t) for lab, t in zip(SAFEGUARDS, ms.thresholds_)})
    return LabelModel(mt, ms, card)


ABLATION_SETUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("clause only", ()),
    ("+ function", ("function",)),
    ("+ facts", ("facts",)),
    ("+ vectors", ("vectors",)),
    ("+ function + facts", ("function", "facts")),
    ("all", ("function", "facts", "vectors")),
)


def ablation(records: list[dict[str, Any]], *, folds: int = 5, seed: int = 0, C: float = 4.0, projection=None,
             setups: Sequence[tuple[str, tuple[str, ...]]] = ABLATION_SETUPS,
             progress=None, extra_records: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Grouped cross-validation of patterns plus classifier once per feature setup (the
    clause's own words; each document-aware group added alone; all together), on the same
    folds, with ``extra_records`` (labelled drafts) in every fold's training. Setups that need
    the projection are skipped without one."""
    prep = prepare(records)
    extra = prepare(extra_records) if extra_records else None
    out: dict[str, Any] = {"clauses": len(records), "documents": sorted(set(prep.groups)), "setups": {}}
    out["patterns"] = label_metrics(prep.Y, pattern_predict(prep))
    for name, groups in setups:
        if "vectors" in groups and projection is None:
            continue
        if progress:
            progress(name)
        pred, spans, _ = cross_validate(prep, folds=folds, seed=seed, C=C, feature_groups=groups, projection=projection,
                                        extra=extra)
        metrics = label_metrics(prep.Y, pred)
        metrics["evidence"] = span_overlap_f1(gold_spans(records), spans)
        metrics["feature_groups"] = list(groups)
        out["setups"][name] = metrics
    return out


def ablation_table(results: dict[str, Any], console) -> None:
    """Print the per-label F1 of each feature setup side by side."""
    from rich.table import Table

    names = list(results["setups"])
    table = Table(title=f"ablation, grouped cross-validation: {results['clauses']} clauses, "
                        f"{len(results['documents'])} treaties (F1)")
    table.add_column("label")
    table.add_column("support", justify="right")
    table.add_column("patterns", justify="right")
    for name in names:
        table.add_column(name, justify="right")
    for lab in LABELS:
        table.add_row(lab, str(results["patterns"]["labels"][lab]["support"]),
                      f"{results['patterns']['labels'][lab]['f1']:.2f}",
                      *[f"{results['setups'][n]['labels'][lab]['f1']:.2f}" for n in names])
    for group in ("tiers", "safeguards", "all"):
        table.add_row(f"[italic]{group} macro F1[/italic]", "", f"{results['patterns'][group]['macro_f1']:.3f}",
                      *[f"{results['setups'][n][group]['macro_f1']:.3f}" for n in names])
        table.add_row(f"[italic]{group} micro F1[/italic]", "", f"{results['patterns'][group]['micro_f1']:.3f}",
                      *[f"{results['setups'][n][group]['micro_f1']:.3f}" for n in names])
    console.print(table)


def results_table(results: dict[str, Any], console) -> None:
    """Print per-label metrics for the three systems side by side."""
    from rich.table import Table

    systems = results["systems"]
    table = Table(title=f"{results['setup']['mode']}: {results['clauses']} clauses, {len(results['documents'])} treaties")
    table.add_column("label")
    table.add_column("support", justify="right")
    for name in SYSTEMS:
        table.add_column(f"{name} P/R/F1", justify="right")
    for lab in LABELS:
        cells = []
        for name in SYSTEMS:
            m = systems[name]["labels"][lab]
            cells.append(f"{m['precision']:.2f} / {m['recall']:.2f} / [bold]{m['f1']:.2f}[/bold]")
        table.add_row(lab, str(systems["patterns"]["labels"][lab]["support"]), *cells)
    for group in ("tiers", "safeguards", "all"):
        table.add_row(f"[italic]{group} micro F1[/italic]", "",
                      *[f"{systems[n][group]['micro_f1']:.3f}" for n in SYSTEMS])
        table.add_row(f"[italic]{group} macro F1[/italic]", "",
                      *[f"{systems[n][group]['macro_f1']:.3f}" for n in SYSTEMS])
    table.add_row("[italic]evidence overlap F1[/italic]", "", *[f"{systems[n]['evidence']['f1']:.3f}" for n in SYSTEMS])
    from .report.text import fitted

    console.print(fitted(table, console.width), crop=False)
