"""Check that a change to the labelling code changes no output: label the first N corpus files
with ``treatyscope batch`` and compare every output file, byte for byte, with a reference run.

    python benchmarks/same_outputs.py --save /tmp/before          # before the change
    python benchmarks/same_outputs.py --against /tmp/before       # after it (exit 1 on any difference)

The batch runs in this process's Python (``--workers 0``), the default pipeline unless
``--patterns-only``; ``run.log`` (times) is not compared. Nothing is written to the project.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def run_batch(files: list[Path], out: Path, extra: list[str]) -> None:
    cmd = [sys.executable, "-c", "from treatyscope.cli import main; main()", "batch", *map(str, files), "-o", str(out),
           "--workers", "0", "--no-progress", *extra]
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"batch failed ({proc.returncode}):\n{proc.stderr}")


def differences(a: Path, b: Path) -> list[str]:
    """Relative paths that differ or exist on one side only (``run.log`` left out)."""
    names = {p.relative_to(a) for p in a.rglob("*") if p.is_file()} | {p.relative_to(b) for p in b.rglob("*") if p.is_file()}
    out = []
    for name in sorted(names - {Path("run.log")}):
        x, y = a / name, b / name
        if not (x.is_file() and y.is_file() and filecmp.cmp(x, y, shallow=False)):
            out.append(str(name))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="Corpus folder (default: TREATYSCOPE_CORPUS, then ../shared/corpora).")
    parser.add_argument("--limit", type=int, default=150, help="The first N corpus files (default 150).")
    parser.add_argument("--patterns-only", action="store_true")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="Write the reference run to this folder (replaced).")
    group.add_argument("--against", type=Path, help="Compare a new run with this reference folder.")
    args = parser.parse_args()

    from treatyscope.corpus import find_corpus

    files = sorted((find_corpus(args.corpus) / "treaties").glob("*.md"))[: args.limit]
    extra = ["--patterns-only"] if args.patterns_only else []
    if args.save:
        shutil.rmtree(args.save, ignore_errors=True)
        run_batch(files, args.save, extra)
        print(f"saved the outputs of {len(files)} documents to {args.save}")
        return
    with tempfile.TemporaryDirectory(prefix="treatyscope-same-") as tmp:
        out = Path(tmp) / "run"
        run_batch(files, out, extra)
        diff = differences(args.against, out)
    if diff:
        print(f"{len(diff)} output files differ from {args.against}: {', '.join(diff[:10])}")
        raise SystemExit(1)
    print(f"identical: the outputs of {len(files)} documents equal {args.against} byte for byte")


if __name__ == "__main__":
    main()
