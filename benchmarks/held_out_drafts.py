"""Does training on the labelled drafts help on drafts the model has not seen? Draft folds.

    python benchmarks/held_out_drafts.py [--folds 5] [--seed 0] [--corpus DIR]

The labelled drafts (``corpora/drafts``) are split into folds by draft. Each fold's drafts are
predicted (patterns plus classifier, as ``treatyscope evaluate`` measures the gold) by a model
trained on the whole gold corpus and the other folds' drafts, and, for comparison, by a model
trained on the gold alone (one model for every draft). Printed: clauses whose labels are
exactly the reader's, micro and macro F1, and per label F1, both ways; then per draft. The
drafts' patterns were studied on them (docs/evaluation.md), so both figures are above what a
draft never seen would get; the difference between them is what the drafts teach the
classifier. Figures go to standard output; nothing is written. Takes about 15 minutes on this
project's machine.
"""

from __future__ import annotations

import argparse

import numpy as np


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="Corpus folder (default: TREATYSCOPE_CORPUS, then ../shared/corpora).")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    from treatyscope.classify import train
    from treatyscope.evaluate import cross_validate, label_metrics, prepare, split_targets
    from treatyscope.gold import load_drafts, load_records
    from treatyscope.types import LABELS

    gold = prepare(load_records(None, args.corpus))
    drafts = prepare(load_drafts())
    Y = drafts.Y
    tiers, safeguards = train(gold.X, *split_targets(gold.Y), gold.groups, seed=args.seed)
    alone = np.hstack([tiers.predict(drafts.X), safeguards.predict(drafts.X)])
    with_drafts, _, folds = cross_validate(drafts, folds=args.folds, seed=args.seed, extra=gold)
    print(f"{len(drafts.records):,} clauses of {len(set(drafts.groups))} drafts in {len(folds)} folds; "
          f"{len(gold.records):,} gold clauses of {len(set(gold.groups))} treaties")
    figures = {}
    for name, pred in (("gold alone", alone), ("gold + other drafts", with_drafts)):
        m = figures[name] = label_metrics(Y, pred)
        exact = int((Y == pred).all(axis=1).sum())
        print(f"{name:22} exactly right {exact:,} of {len(Y):,} ({exact / len(Y):.1%}); micro F1 "
              f"{m['all']['micro_f1']:.3f}; macro F1 tiers {m['tiers']['macro_f1']:.3f}, "
              f"safeguards {m['safeguards']['macro_f1']:.3f}")
    print(f"{'label':20} {'gold':>5} {'alone':>6} {'+drafts':>8}")
    for label in LABELS:
        a, b = figures["gold alone"]["labels"][label], figures["gold + other drafts"]["labels"][label]
        print(f"{label:20} {a['support']:5d} {a['f1']:6.3f} {b['f1']:8.3f}")
    print(f"{'draft':42} {'alone':>6} {'+drafts':>8} {'of':>5}")
    for draft in sorted(set(drafts.groups)):
        rows = drafts.groups == draft
        print(f"{draft:42} {int((Y[rows] == alone[rows]).all(axis=1).sum()):6d} "
              f"{int((Y[rows] == with_drafts[rows]).all(axis=1).sum()):8d} {int(rows.sum()):5d}")


if __name__ == "__main__":
    main()
