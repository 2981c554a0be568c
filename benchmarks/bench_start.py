"""Cold start: `treatyscope label` on the sample draft and on a large draft, each in a fresh process.

    python benchmarks/bench_start.py [--runs 4] [--draft FILE] [--before SRC]

Runs the real command line (``python -c "from treatyscope.cli import main; main()" label ...``)
``--runs`` times per case after one warm-up run (which writes the model's frozen copy to the
cache folder if it is not there yet, and warms the OS file cache): the sample draft to
``/dev/null`` (as a table), and ``--draft`` (default: the Rome Statute, ``BWBV0001489`` of the
corpus, when the corpus is found) as JSONL to a temporary file. Prints, per case, the CPU time
of the process (user + system) and the wall time, min and median. On a shared machine the
wall time depends on the load; the CPU time much less: compare CPU times.

``--before SRC`` also runs the same commands with ``PYTHONPATH=SRC`` (a folder holding an
older ``treatyscope`` package, e.g. ``git archive COMMIT | tar -x -C /tmp/old`` and
``--before /tmp/old/src``), alternating run by run with the current code, so that both see
the same load, and checks that both give the same bytes.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CLI = "from treatyscope.cli import main; main()"


def run(args: list[str], pythonpath: str | None) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of the command line in a fresh process."""
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    else:
        env.pop("PYTHONPATH", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", CLI, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)}: exit {proc.returncode}: {proc.stderr.strip()[-300:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=4)
    parser.add_argument("--draft", type=Path, default=None)
    parser.add_argument("--before", default=None, help="PYTHONPATH of the code to compare with")
    args = parser.parse_args()
    draft = args.draft
    if draft is None:
        from treatyscope.corpus import find_corpus

        corpus = find_corpus(None, required=False)
        draft = corpus / "treaties" / "BWBV0001489.md" if corpus else None
    versions = {"now": None, **({"before": args.before} if args.before else {})}
    with tempfile.TemporaryDirectory() as tmp:
        cases = {"sample draft": lambda v: ["label", "-f", "table", "-o", os.path.join(tmp, f"sample-{v}.txt")]}
        if draft is not None and draft.is_file():
            cases[f"{draft.name}"] = lambda v: ["label", str(draft), "-f", "jsonl", "-o",
                                                os.path.join(tmp, f"draft-{v}.jsonl")]
        times: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for name, make in cases.items():
            for v, path in versions.items():
                run(make(v), path)  # warm-up: the model's frozen copy, the file cache
            for _ in range(args.runs):
                for v, path in versions.items():
                    times.setdefault((name, v), []).append(run(make(v), path))
        same = all(Path(tmp, f).read_bytes() == Path(tmp, f.replace("-now", "-before")).read_bytes()
                   for f in os.listdir(tmp) if "-now" in f) if args.before else None
    for (name, v), got in times.items():
        cpu, wall = [c for c, _ in got], [w for _, w in got]
        print(f"{name:22} {v:6} cold, {len(got)} runs: CPU min {min(cpu):.2f} s, median {statistics.median(cpu):.2f} s; "
              f"wall min {min(wall):.2f} s, median {statistics.median(wall):.2f} s")
    if same is not None:
        print(f"outputs of before and now: {'identical' if same else 'DIFFERENT'}")
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
