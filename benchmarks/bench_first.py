"""How soon `treatyscope batch` has its first document done, and how long the whole run takes.

    python benchmarks/bench_first.py [--corpus DIR] [--documents 50] [--workers 2] [--patterns-only]

Copies the first ``--documents`` corpus files (in manifest order) to a temporary folder, runs
``treatyscope batch`` on them in a fresh process, and prints the seconds from the command's
start until the first ``docs/*.jsonl`` file appears, and until the command ends.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--documents", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--patterns-only", action="store_true")
    args = parser.parse_args()
    from treatyscope.corpus import find_corpus

    corpus = find_corpus(args.corpus)
    with tempfile.TemporaryDirectory() as tmp:
        inputs, out = Path(tmp) / "in", Path(tmp) / "out"
        inputs.mkdir()
        for f in sorted((corpus / "treaties").glob("*.md"))[: args.documents]:
            shutil.copy(f, inputs / f.name)
        cmd = [sys.executable, "-c", "from treatyscope.cli import main; main()", "batch", str(inputs), "-o", str(out),
               "--workers", str(args.workers), "--no-progress", *(["--patterns-only"] if args.patterns_only else [])]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
        first = None
        while proc.poll() is None:
            if first is None and any((out / "docs").glob("*.jsonl")):
                first = time.perf_counter() - started
            time.sleep(0.05)
        total = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        last = proc.stderr.read().strip().splitlines()[-1:]
    print(f"{args.documents} documents, {args.workers} workers: first document done after "
          f"{first if first is not None else float('nan'):.1f} s, whole run {total:.1f} s "
          f"({cpu:.1f} s CPU in all; load average {os.getloadavg()[0]:.1f})")
    print(*last)


if __name__ == "__main__":
    main()
