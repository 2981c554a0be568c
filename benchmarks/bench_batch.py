"""Benchmark ``treatyscope batch`` over the whole corpus, against spaCy's bare tokenizer.

    python benchmarks/bench_batch.py                      # patterns and classifier (if a model exists)
    python benchmarks/bench_batch.py --patterns-only      # patterns only
    python benchmarks/bench_batch.py --workers 1 2 --stages 200

For each worker count it runs the real command (``treatyscope batch CORPUS -o TMP``) in a
fresh process and reports wall time (start-up included), documents and words per second,
and the peak memory of the whole process tree (sampled every 50 ms). Then, in one process,
it labels the same documents one at a time, timing segmentation and labelling (the
pipeline over the English clauses, and cross-reference resolution), and times
``spacy.blank("en").tokenizer`` over that English clause text. Ratios to the tokenizer:
labelling; segmentation + labelling; whole documents in the batch (the sum of the
per-document times in the run log: read, segment, label, write); end to end (1 worker,
wall). ``--stages N`` adds a per-stage profile over N documents. Figures go to standard
output; nothing is written to the project.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


def corpus_files(corpus: str | None, limit: int | None) -> list[Path]:
    from treatyscope.corpus import find_corpus

    root = find_corpus(corpus)
    files = sorted((root / "treaties").glob("*.md"))
    return files[:limit] if limit else files


def tree_memory(pid: int, stop: threading.Event, peak: dict[str, int]) -> None:
    """Sample the summed RSS of a process and its descendants until ``stop`` is set."""
    import psutil

    try:
        root = psutil.Process(pid)
    except psutil.Error:
        return
    while not stop.is_set():
        total, biggest = 0, 0
        try:
            procs = [root, *root.children(recursive=True)]
        except psutil.Error:
            break
        for p in procs:
            try:
                rss = p.memory_info().rss
            except psutil.Error:
                continue
            total += rss
            biggest = max(biggest, rss)
        peak["tree"] = max(peak.get("tree", 0), total)
        peak["process"] = max(peak.get("process", 0), biggest)
        stop.wait(0.05)


def run_batch_command(inputs: list[str], workers: int, extra: list[str]) -> dict:
    out = Path(tempfile.mkdtemp(prefix="treatyscope-bench-"))
    cmd = [sys.executable, "-c", "from treatyscope.cli import main; main()", "batch", *inputs, "-o", str(out),
           "--workers", str(workers), "--no-progress", *extra]
    peak: dict[str, int] = {}
    stop = threading.Event()
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    sampler = threading.Thread(target=tree_memory, args=(proc.pid, stop, peak), daemon=True)
    sampler.start()
    _, stderr = proc.communicate()
    wall = time.perf_counter() - started
    stop.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"batch failed ({proc.returncode}):\n{stderr}")
    per_doc, labelled, failed = 0.0, 0, 0
    for line in (out / "run.log").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if fields[1] == "ok":
            labelled += 1
            per_doc += float(fields[4].split()[0])
        elif fields[1] == "failed":
            failed += 1
    shutil.rmtree(out)
    return {"workers": workers, "wall": wall, "peak_tree": peak.get("tree", 0), "peak_process": peak.get("process", 0),
            "labelled": labelled, "failed": failed, "per_doc_sum": per_doc, "load": load_before}


def labelling_pass(files: list[Path], patterns_only: bool, model: str | None) -> dict:
    """Label the documents in this process, one at a time, timing segmentation and labelling.

    Labelling is what happens to the English clause text: the pipeline (spaCy and the
    prefilter, the classifier when there is one) and cross-reference resolution. Returns
    the English clause texts (for the tokenizer), their word count and the seconds.
    """
    from treatyscope.ingest import read_document
    from treatyscope.pipeline import default_pipeline, label_clauses, patterns_pipeline
    from treatyscope.resolve import resolve
    from treatyscope.segment import segment_document

    nlp = patterns_pipeline() if patterns_only else default_pipeline(model)
    texts: list[str] = []
    segment = label = 0.0
    for f in files:
        doc = read_document(f)
        t = time.perf_counter()
        english = [c for c in segment_document(doc).clauses if not c.skipped]
        segment += time.perf_counter() - t
        t = time.perf_counter()
        resolve(label_clauses(nlp, english))
        label += time.perf_counter() - t
        texts.extend(c.text for c in english)
    return {"texts": texts, "words": sum(len(t.split()) for t in texts), "segment": segment, "label": label}


def time_tokenizer(texts: list[str]) -> float:
    """Seconds a fresh ``spacy.blank("en")`` tokenizer takes over the texts (cold cache, as in a run)."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    started = time.perf_counter()
    for text in texts:
        tokenizer(text)
    return time.perf_counter() - started


def stage_profile(files: list[Path], patterns_only: bool, model: str | None) -> dict[str, float]:
    """Seconds per stage over the documents, each stage timed on its own (the steps of
    ``label_document`` and ``label_clauses``, taken apart)."""
    from treatyscope.ingest import read_document
    from treatyscope.pipeline import (_prefilter, _references, default_pipeline, labelled_clause, make_docs,
                                      patterns_pipeline)
    from treatyscope.report.text import jsonl_lines
    from treatyscope.resolve import resolve
    from treatyscope.segment import segment_document
    from treatyscope.types import LabelledClause, LabelledDocument

    nlp = patterns_pipeline() if patterns_only else default_pipeline(model)
    prefilter = _prefilter(nlp)
    times: dict[str, float] = {}

    def add(name: str, started: float) -> None:
        times[name] = times.get(name, 0.0) + time.perf_counter() - started

    for f in files:
        t = time.perf_counter()
        doc = read_document(f)
        add("read", t)
        t = time.perf_counter()
        seg = segment_document(doc)
        add("segment", t)
        english = [c for c in seg.clauses if not c.skipped]
        t = time.perf_counter()
        keep = [prefilter is None or prefilter[0].may_match(c.text) for c in english]
        run = [c for c, k in zip(english, keep) if k]
        rest = [c for c, k in zip(english, keep) if not k]
        add("prefilter (text words)", t)
        t = time.perf_counter()
        docs = make_docs(nlp, run, among=english)
        add("tokenize (make_docs)", t)
        for name, proc in nlp.pipeline:
            t = time.perf_counter()
            docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            add(name, t)
        t = time.perf_counter()
        clauses = [labelled_clause(c, d) for c, d in zip(run, docs)]
        add("labelled_clause", t)
        t = time.perf_counter()
        refs = prefilter[1] if prefilter else None
        clauses += [LabelledClause(clause=c, references=_references(c, refs.parse(c.text) if refs else []))
                    for c in rest]
        add("skipped clauses (references)", t)
        t = time.perf_counter()
        resolve(clauses)
        add("resolve", t)
        t = time.perf_counter()
        "".join(jsonl_lines([LabelledDocument(document=doc, clauses=clauses)]))
        add("to JSONL", t)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="Corpus folder (default: TREATYSCOPE_CORPUS, then ../shared/corpora).")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--patterns-only", action="store_true")
    parser.add_argument("--model", help="Model folder (default: the shipped model, when there is one).")
    parser.add_argument("--limit", type=int, help="Only the first N documents (a quick check).")
    parser.add_argument("--stages", type=int, default=0, metavar="N", help="Also profile the stages over N documents.")
    args = parser.parse_args()

    from treatyscope.batch import PipelineSetup, model_version
    from treatyscope.ingest import read_document
    from treatyscope.segment import segment_document

    files = corpus_files(args.corpus, args.limit)
    size = sum(f.stat().st_size for f in files)
    words = sum(len(f.read_text(encoding="utf-8", errors="replace").split()) for f in files)
    setup = PipelineSetup(patterns_only=args.patterns_only, model=args.model)
    version = model_version(setup)["model"]
    extra = ["--patterns-only"] if args.patterns_only else []
    if args.model:
        extra += ["--model", args.model]
    pipeline = "patterns only" if args.patterns_only else (
        f"patterns + classifier (model {version[:12]})" if version != "patterns" else
        "default pipeline; no classifier model found (models/treatyscope-clf), so patterns only")
    print(f"corpus: {len(files)} documents, {size / 1e6:.1f} MB, {words:,} words; pipeline: {pipeline}")
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")

    inputs = [str(files[0].parent)] if not args.limit else [str(f) for f in files]
    runs = []
    for n in args.workers:
        r = run_batch_command(inputs, n, extra)
        runs.append(r)
        print(f"workers={n}: wall {r['wall']:.1f} s, {r['labelled'] / r['wall']:.1f} documents/s, "
              f"{words / r['wall']:,.0f} words/s, peak memory {r['peak_tree'] / 2**20:,.0f} MiB (process tree; "
              f"largest process {r['peak_process'] / 2**20:,.0f} MiB), {r['labelled']} labelled, {r['failed']} failed, "
              f"sum of per-document times {r['per_doc_sum']:.1f} s, load average before {r['load']:.1f}")

    passed = labelling_pass(files, args.patterns_only, args.model)
    tok = time_tokenizer(passed["texts"])
    print(f"bare tokenizer: {tok:.1f} s over the English clause text ({len(passed['texts']):,} clauses, "
          f"{passed['words']:,} words; {passed['words'] / tok:,.0f} words/s)")
    print(f"in one process: labelling {passed['label']:.1f} s, segmentation {passed['segment']:.1f} s")
    one = next((r for r in runs if r["workers"] == 1), runs[0])
    print(f"ratio to the bare tokenizer: labelling {passed['label'] / tok:.2f}x; "
          f"segmentation + labelling {(passed['label'] + passed['segment']) / tok:.2f}x; "
          f"whole documents in the batch (read, segment, label, write; sum of per-document times) "
          f"{one['per_doc_sum'] / tok:.2f}x; end to end ({one['workers']} worker, wall, start-up included) "
          f"{one['wall'] / tok:.2f}x")

    if args.stages:
        sample = files[:: max(1, len(files) // args.stages)][: args.stages]
        times = stage_profile(sample, args.patterns_only, args.model)
        total = sum(times.values())
        sample_tok = time_tokenizer([c.text for f in sample for c in segment_document(read_document(f)).clauses
                                     if not c.skipped])
        print(f"stages over {len(sample)} documents ({total:.1f} s; bare tokenizer {sample_tok:.2f} s):")
        for name, s in sorted(times.items(), key=lambda kv: -kv[1]):
            print(f"  {name:<30} {s:7.2f} s  {100 * s / total:5.1f}%  {s / sample_tok:5.2f}x tokenizer")


if __name__ == "__main__":
    main()
