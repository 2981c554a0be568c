"""Benchmark labelling two conventions: the Budapest Convention and UNTOC.

    python benchmarks/bench_label.py [--corpus DIR] [--model DIR] [--repeat 3]

For BWBV0001839 (Budapest) and BWBV0001668 (UNTOC) it prints: the cold command time
(``treatyscope label FILE --format jsonl`` in a fresh process, start-up and model load
included), and after the pipeline is loaded the words per second (all words of the file,
and the English words that are labelled) and clauses per second, with and without the
classifier. When no classifier model exists the classifier rows say so.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

DOCUMENTS = {"BWBV0001839": "Budapest Convention", "BWBV0001668": "UNTOC"}


def cold_command(path: Path, extra: list[str]) -> float:
    """Wall seconds of the label command in a fresh process, output discarded."""
    cmd = [sys.executable, "-c", "from treatyscope.cli import main; main()", "label", str(path), "--format", "jsonl",
           *extra]
    started = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def warm(nlp, path: Path, repeat: int) -> tuple[float, int, int, int]:
    """Best-of-``repeat`` seconds to label a file with a loaded pipeline; words, English words, clauses."""
    from treatyscope.ingest import read_document
    from treatyscope.pipeline import label_document

    document = read_document(path)
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        labelled, _ = label_document(document, nlp=nlp)
        best = min(best, time.perf_counter() - started)
    english = [lc.clause for lc in labelled.clauses if not lc.clause.skipped]
    return best, len(document.text.split()), sum(len(c.text.split()) for c in english), len(english)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus")
    parser.add_argument("--model", help="Model folder (default: the shipped model, when there is one).")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from treatyscope.batch import PipelineSetup, model_version
    from treatyscope.corpus import find_corpus
    from treatyscope.pipeline import default_pipeline, patterns_pipeline

    root = find_corpus(args.corpus) / "treaties"
    has_model = model_version(PipelineSetup(model=args.model))["model"] != "patterns"
    variants = [("patterns only", ["--patterns-only"], patterns_pipeline)]
    if has_model:
        extra = ["--model", args.model] if args.model else []
        variants.append(("with classifier", extra, lambda: default_pipeline(args.model)))
    else:
        print("with classifier: no model in models/treatyscope-clf (train one, or pass --model); not measured")
    for name, extra, make in variants:
        started = time.perf_counter()
        nlp = make()
        load = time.perf_counter() - started
        print(f"{name}: pipeline load {load:.2f} s")
        for doc_id, title in DOCUMENTS.items():
            path = root / f"{doc_id}.md"
            cold = cold_command(path, extra)
            seconds, words, en_words, clauses = warm(nlp, path, args.repeat)
            print(f"  {title} ({doc_id}): cold command {cold:.2f} s; after load {seconds:.3f} s = "
                  f"{words / seconds:,.0f} words/s ({en_words / seconds:,.0f} English words/s), "
                  f"{clauses / seconds:,.0f} clauses/s ({clauses} English clauses)")


if __name__ == "__main__":
    main()
