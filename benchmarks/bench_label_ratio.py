"""Labelling time against spaCy's bare tokenizer, interleaved document by document (CPU time).

    python benchmarks/bench_label_ratio.py                     # every 11th corpus file (150)
    python benchmarks/bench_label_ratio.py --start 0 --step 1 --limit 150

For each document, in one process: segmentation, labelling (the pipeline over its English
clauses, and resolution), the JSONL text, then a ``spacy.blank("en")`` tokenizer (made once,
so warm after the first documents) over the same clauses. Each step is timed in this
process's CPU time right after the others, so a machine shared with other work slows all
of them alike: the ratios can be compared between two versions of the code run one after
the other (``PYTHONPATH=/path/to/old/src python benchmarks/bench_label_ratio.py``), where
the whole-corpus ``bench_batch.py`` is too long and too exposed to the load. Figures go to
standard output.
"""

from __future__ import annotations

import argparse
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="Corpus folder (default: TREATYSCOPE_CORPUS, then ../shared/corpora).")
    parser.add_argument("--start", type=int, default=4)
    parser.add_argument("--step", type=int, default=11)
    parser.add_argument("--limit", type=int, default=150)
    parser.add_argument("--patterns-only", action="store_true")
    args = parser.parse_args()

    import spacy

    from treatyscope.corpus import find_corpus
    from treatyscope.ingest import read_document
    from treatyscope.pipeline import label_clauses, pipeline_for
    from treatyscope.report.text import jsonl_lines
    from treatyscope.resolve import resolve
    from treatyscope.segment import segment_document
    from treatyscope.types import LabelledDocument

    files = sorted((find_corpus(args.corpus) / "treaties").glob("*.md"))[args.start::args.step][: args.limit]
    nlp = pipeline_for(args.patterns_only)
    tokenizer = spacy.blank("en").tokenizer
    documents = [read_document(f) for f in files]
    clock = time.process_time
    seg = lab = out = tok = 0.0
    clauses_n = 0
    for document in documents:
        t = clock()
        english = [c for c in segment_document(document).clauses if not c.skipped]
        seg += clock() - t
        t = clock()
        clauses = label_clauses(nlp, english)
        resolve(clauses)
        lab += clock() - t
        t = clock()
        "".join(jsonl_lines([LabelledDocument(document=document, clauses=clauses)]))
        out += clock() - t
        t = clock()
        for c in english:
            tokenizer(c.text)
        tok += clock() - t
        clauses_n += len(english)
    print(f"{len(documents)} documents, {clauses_n:,} English clauses; CPU seconds: tokenizer {tok:.2f}, "
          f"labelling {lab:.2f} ({lab / tok:.2f}x), segmentation {seg:.2f} ({seg / tok:.2f}x), "
          f"JSONL {out:.2f} ({out / tok:.2f}x); segmentation + labelling {(seg + lab) / tok:.2f}x")


if __name__ == "__main__":
    main()
