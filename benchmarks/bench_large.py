"""Benchmark one large document and the same document doubled: time and memory must grow linearly.

    python benchmarks/bench_large.py [--corpus DIR] [--megabytes 5] [--patterns-only]

Builds a document of about ``--megabytes`` MB by joining corpus files in manifest order
(written to a temporary folder, never into the repository), and the same document twice
over. Each is labelled in a fresh process (``label_document`` after the pipeline has
loaded); the script prints the seconds (wall and CPU), the peak memory of the process above what it held
after loading, and the ratios doubled/single. Linear means a time ratio of about 2
(target: at most 2.2) and a memory ratio of at most 2.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import json, resource, sys, time
from treatyscope.ingest import read_document
from treatyscope.pipeline import label_document, pipeline_for

nlp = pipeline_for(sys.argv[2] == "1", None)
def rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
with open("/proc/self/clear_refs", "w") as f:  # the peak so far was the pipeline loading: reset it
    f.write("5")
loaded = rss_mb()
started, cpu = time.perf_counter(), time.process_time()
document = read_document(sys.argv[1])
labelled, _ = label_document(document, nlp=nlp)
seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": rss_mb() - loaded, "clauses": len(labelled.clauses),
                  "chars": len(document.text)}))
"""


def build(corpus: Path, megabytes: float, folder: Path) -> tuple[Path, Path]:
    """The single and the doubled document, from corpus files in manifest order."""
    parts, size = [], 0
    for f in sorted((corpus / "treaties").glob("*.md")):
        text = f.read_text(encoding="utf-8")
        parts.append(text)
        size += len(text.encode("utf-8"))
        if size >= megabytes * 2**20:
            break
    single = "\n\n".join(parts)
    one, two = folder / "single.md", folder / "doubled.md"
    one.write_text(single, encoding="utf-8")
    two.write_text(single + "\n\n" + single, encoding="utf-8")
    return one, two


def run(path: Path, patterns_only: bool) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), "1" if patterns_only else "0"],
                         capture_output=True, text=True, check=True,
                         env={**os.environ, "TREATYSCOPE_MAX_BYTES": str(2**31)})
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--patterns-only", action="store_true")
    args = parser.parse_args()
    from treatyscope.corpus import find_corpus

    corpus = find_corpus(args.corpus)
    with tempfile.TemporaryDirectory() as tmp:
        one, two = build(corpus, args.megabytes, Path(tmp))
        a = run(one, args.patterns_only)
        b = run(two, args.patterns_only)
    print(f"{'document':<10} {'MB':>6} {'clauses':>8} {'wall s':>8} {'CPU s':>8} {'peak MB':>8}")
    for name, r in (("single", a), ("doubled", b)):
        print(f"{name:<10} {r['chars'] / 2**20:6.1f} {r['clauses']:8d} {r['seconds']:8.1f} {r['cpu']:8.1f} "
              f"{r['peak_mb']:8.0f}")
    print(f"ratio doubled/single: CPU time {b['cpu'] / a['cpu']:.2f} (target <= 2.2; wall time "
          f"{b['seconds'] / a['seconds']:.2f}, which other work on the machine skews), "
          f"memory {b['peak_mb'] / max(a['peak_mb'], 1):.2f}")


if __name__ == "__main__":
    main()
