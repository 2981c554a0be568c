"""Accuracy on the drafts read blind: the fixture drafts of corpora/drafts/.

    python benchmarks/blind_drafts.py [--patterns-only] [--model DIR] [--dir DIR] [--misses] [NAME ...]

Each draft there (`NAME.txt`, `NAME.md`, `NAME.html` or `NAME.docx`) was written for the tests and labelled
clause by clause
against the codebook (`NAME.labels.jsonl`) by a reader who never ran the labeller. This labels every
draft with the shipped pipeline (or the patterns alone) and prints, per draft and over all,
the share of clauses whose labels are exactly the reader's (``--model`` reads them with another
trained model, to compare two trainings; ``--dir`` reads drafts labelled the same way elsewhere,
before they join the tests), and per label the gold count,
precision, recall and F1 over every clause; `--misses` also lists each clause that differs.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from treatyscope.evaluate import label_metrics
from treatyscope.gold import draft_files
from treatyscope.ingest import read_document
from treatyscope.pipeline import label_document, pipeline_for
from treatyscope.types import LABELS

BLIND = Path(__file__).resolve().parent.parent / "corpora" / "drafts"


def read_labels(path: Path) -> dict[str, list[str]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["clause_id"]: r["tiers"] + r["safeguards"] for r in rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patterns-only", action="store_true")
    parser.add_argument("--model", help="a model folder other than the shipped one")
    parser.add_argument("--dir", type=Path, default=BLIND,
                        help="a folder of NAME.txt (or .md, .html, .docx) + NAME.labels.jsonl")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("names", nargs="*", help="drafts to read (default: every one)")
    args = parser.parse_args()
    nlp = pipeline_for(args.patterns_only, args.model)
    rows_gold: list[list[int]] = []
    rows_got: list[list[int]] = []
    right = total = 0
    found = {f.stem: f for f in draft_files([args.dir])}
    drafts = [found.get(name, args.dir / f"{name}.txt") for name in args.names] or list(found.values())
    for draft in drafts:
        gold = read_labels(draft.with_suffix(".labels.jsonl"))
        labelled, _ = label_document(read_document(draft), nlp=nlp)
        got = {lc.clause.clause_id: lc.tiers + lc.safeguards for lc in labelled.clauses}
        if set(got) != set(gold):
            raise SystemExit(f"{draft.name}: the clauses segmented are not the clauses labelled "
                             f"({sorted(set(got) ^ set(gold))[:5]})")
        same = sum(set(got[c]) == set(gold[c]) for c in gold)  # (a reader may list labels in any order)
        right += same
        total += len(gold)
        print(f"{draft.stem:40} {same:4d} of {len(gold):4d} clauses exactly right ({same / len(gold):.0%})")
        for clause_id, expected in gold.items():
            rows_gold.append([int(label in expected) for label in LABELS])
            rows_got.append([int(label in got[clause_id]) for label in LABELS])
            if args.misses and set(got[clause_id]) != set(expected):
                print(f"    {clause_id:14} gold {expected}  got {got[clause_id]}")
    print(f"{'all':40} {right:4d} of {total:4d} clauses exactly right ({right / max(total, 1):.0%})")
    print(f"{'label':20} {'gold':>5} {'P':>5} {'R':>5} {'F1':>5}")
    per = label_metrics(np.array(rows_gold, dtype=int), np.array(rows_got, dtype=int))["labels"]
    for label, m in per.items():
        print(f"{label:20} {m['support']:5d} {m['precision']:5.2f} {m['recall']:5.2f} {m['f1']:5.2f}")


if __name__ == "__main__":
    main()
