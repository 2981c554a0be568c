"""Agreement between two independent labellings of the same clauses (Cohen's kappa)."""

from __future__ import annotations

from typing import Any

from sklearn.metrics import cohen_kappa_score

from .errors import GoldError
from .types import LABELS


def agreement(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> dict[str, Any]:
    """Per-label Cohen's kappa and observed agreement over the clauses both sets label.

    Takes two lists of gold records; clauses are matched by document, clause id and text
    checksum. Returns ``{"clauses", "documents", "labels": {label: {kappa, agreement,
    first, second}}, "disagreements": [...]}``. Raises :class:`GoldError` when the sets
    share no clause or a shared clause's text differs.
    """
    key = lambda r: (r["doc_id"], r["clause_id"])  # noqa: E731
    b = {key(r): r for r in second}
    pairs = []
    for r in first:
        other = b.get(key(r))
        if other is None:
            continue
        if other["checksum"] != r["checksum"]:
            raise GoldError(f"{r['doc_id']} {r['clause_id']}: the two labellings refer to different text")
        pairs.append((r, other))
    if not pairs:
        raise GoldError("the two labellings share no clause")
    labels: dict[str, Any] = {}
    for lab in LABELS:
        x = [int(lab in (p["tiers"] + p["safeguards"])) for p, _ in pairs]
        y = [int(lab in (q["tiers"] + q["safeguards"])) for _, q in pairs]
        same = sum(1 for i, j in zip(x, y) if i == j) / len(x)
        if len(set(x) | set(y)) < 2:
            kappa = None  # neither labelling uses the label: kappa is undefined
        else:
            kappa = float(cohen_kappa_score(x, y))
        labels[lab] = {"kappa": kappa, "agreement": same, "first": sum(x), "second": sum(y)}
    disagreements = []
    for p, q in pairs:
        a, bb = set(p["tiers"] + p["safeguards"]), set(q["tiers"] + q["safeguards"])
        if a != bb:
            disagreements.append({"doc_id": p["doc_id"], "clause_id": p["clause_id"],
                                  "only_first": sorted(a - bb), "only_second": sorted(bb - a)})
    return {"clauses": len(pairs), "documents": sorted({p["doc_id"] for p, _ in pairs}),
            "labels": labels, "disagreements": disagreements}
