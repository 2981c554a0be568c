"""Benchmark reach: what finding and applying it adds to labelling a collection.

    python benchmarks/bench_reach.py [--corpus DIR] [--documents 200]

Labels the first N corpus documents with the patterns pipeline, then prints the CPU seconds
of resolution with reach and without it (reach switched off), and of labelling the same
documents whole (read, segment, label, resolve), and reach's share of the latter.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from treatyscope import resolve as resolve_module
from treatyscope.corpus import find_corpus
from treatyscope.ingest import read_document
from treatyscope.pipeline import label_document, patterns_pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--documents", type=int, default=200)
    args = parser.parse_args()
    corpus = find_corpus(args.corpus)
    files = sorted((corpus / "treaties").glob("*.md"))[: args.documents]
    nlp = patterns_pipeline()
    docs = [label_document(read_document(f), nlp=nlp)[0] for f in files]

    started = time.process_time()
    for ld in docs:
        resolve_module.resolve(ld.clauses)
    with_reach = time.process_time() - started

    apply_reach = resolve_module.apply_reach
    resolve_module.apply_reach = lambda clauses, is_measure=None: None
    try:
        started = time.process_time()
        for ld in docs:
            resolve_module.resolve(ld.clauses)
        without = time.process_time() - started
    finally:
        resolve_module.apply_reach = apply_reach

    started = time.process_time()
    for f in files:
        label_document(read_document(f), nlp=nlp)
    whole = time.process_time() - started
    print(f"{len(files)} documents, patterns pipeline, CPU seconds")
    print(f"  resolution with reach:    {with_reach:.2f}")
    print(f"  resolution without reach: {without:.2f}")
    print(f"  labelling whole:          {whole:.2f}")
    print(f"  reach's share of labelling: {(with_reach - without) / whole:.1%}")


if __name__ == "__main__":
    main()
