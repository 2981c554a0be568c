"""Hostile and unlucky inputs (issue 17): the time and peak memory of each, measured.

Builds every pathological input of the issue in a temporary folder (nothing from the corpus)
and runs the command a user would run on it, each in its own process with a time cap, then
prints one line per case: what it is, how the command ended (its exit code and last line on
stderr, or "over cap" when the cap stopped it), the wall time and the peak memory (maximum
resident set size of the process and its children, from ``wait4``).

    python benchmarks/bench_hostile.py                      # every case, 60 s cap each
    python benchmarks/bench_hostile.py --cap 120 --only fifo dev-zero
    python benchmarks/bench_hostile.py --patterns-only      # without the classifier

The figures of this machine are in docs/security.md.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from docxgen import make_docx  # noqa: E402  (the tests' DOCX writer)

CLI = [sys.executable, "-c", "from treatyscope.cli import main; main()"]

RECITALS = ("CONVENTION ON COOPERATION IN CRIMINAL MATTERS\n\nThe States Parties to this Convention,\n\n"
            "Recalling the need for cooperation between States in criminal matters,\n")
CLOSING = ("Noting that effective measures require the respect of human rights,\n\n"
           "Have agreed as follows:\n\nArticle 1\nScope\n\n"
           "1. Each Party shall afford the other Parties mutual assistance for the purposes of criminal "
           "investigations concerning the offences established in accordance with this Convention.\n")


def article(n: int, body: str, heading: str | None = None) -> str:
    return f"Article {n}\n{heading or f'Measure {n}'}\n\n{body}\n\n"


def treaty_with_articles(count: int, seed: int, changed: int = 0) -> str:
    """``count`` articles of treaty language; ``changed`` of them reworded (for compare)."""
    rng = random.Random(seed)
    verbs = ["adopt", "take", "establish", "ensure", "provide for", "maintain"]
    objects = ["legislative measures", "procedures", "safeguards", "powers", "conditions", "rules"]
    ends = ["under its domestic law", "in accordance with this Convention", "subject to human rights",
            "for the purposes of criminal investigations", "on the request of another Party"]
    out = ["CONVENTION ON COOPERATION\n\n"]
    for n in range(1, count + 1):
        body = (f"1. Each Party shall {rng.choice(verbs)} such {rng.choice(objects)} {rng.choice(ends)} "
                f"as may be necessary for item {n}.\n2. The {rng.choice(objects)} referred to in paragraph 1 "
                f"shall be {rng.choice(ends)}.")
        out.append(article(n, body))
    text = "".join(out)
    if changed:
        text = text.replace("as may be necessary for item 1", "as may be necessary in respect of any criminal offence "
                            "for item 1", changed)
    return text


def docx_bytes(empty: int, pad: int) -> bytes:
    """A DOCX with two paragraphs of text and ``empty`` empty paragraphs; ``pad`` random bytes
    in a media file keep it under the packing ratio the zip-bomb check refuses."""
    return make_docx(["Article 1", "Each Party shall adopt measures."], empty=empty, pad=pad,
                     compression=zipfile.ZIP_DEFLATED)


def build(root: Path) -> list[tuple[str, str, list[str], float]]:
    """The cases: (name, what it is, command arguments, cap factor)."""
    cases = []

    def add(name, what, args, factor=1.0):
        cases.append((name, what, [str(a) for a in args], factor))

    sample = root / "sample.txt"
    sample.write_text(RECITALS + "\n" + CLOSING, encoding="utf-8")
    add("baseline", "a two-recital, one-article treaty (start-up cost)", ["label", sample, "-f", "jsonl"])

    p = root / "blank-lines.txt"
    p.write_text(RECITALS + "\n" * 4096 + CLOSING, encoding="utf-8")
    add("blank-lines", "4 KB of blank lines between two recitals", ["label", p, "-f", "jsonl"])

    p = root / "ranges.txt"
    p.write_text("".join(article(n, "\n".join(f"{k}. The measures of this article shall be subject to articles "
                                              "1 to 200." for k in range(1, 5)))
                         for n in range(1, 201)), encoding="utf-8")
    add("subject-to-ranges", '800 paragraphs "subject to articles 1 to 200"', ["label", p, "-f", "jsonl"])

    p = root / "parens.txt"
    p.write_text(article(1, "1. Each Party shall " + "(" * 40_000 + " adopt measures."), encoding="utf-8")
    add("open-parens", '40,000 "(" after "shall"', ["label", p, "-f", "jsonl"])

    p = root / "brackets.txt"
    p.write_text(article(1, "1. Each Party shall " + "[" * 60_000 + " adopt measures."), encoding="utf-8")
    add("brackets", '60,000 "["', ["label", p, "-f", "jsonl"])

    p = root / "decl.html"
    p.write_text("<html><body><p>Article 1</p><p>Each Party shall adopt measures.</p>" + "<!" * 10_000
                 + "</body></html>", encoding="utf-8")
    add("html-decl", 'HTML with 10,000 "<!"', ["label", p, "-f", "jsonl"])

    p = root / "amp.html"
    p.write_text("<html><body><p>Article 1</p><p>Each Party shall adopt measures " + "&" * 20_000
                 + "</p></body></html>", encoding="utf-8")
    add("html-amp", 'HTML with 20,000 "&"', ["label", p, "-f", "jsonl"])

    old, new = root / "old4000.txt", root / "new4000.txt"
    old.write_text(treaty_with_articles(4000, 1), encoding="utf-8")
    new.write_text(treaty_with_articles(4000, 1, changed=1), encoding="utf-8")
    add("compare-4000", "compare of two 4,000-article drafts", ["compare", old, new, "-f", "json", "--timeout", "0"], 3)

    words = random.Random(2)
    vocab = ["party", "shall", "measures", "data", "offence", "request", "law", "assistance", "rights", "order"]
    long_old = [words.choice(vocab) for _ in range(20_000)]
    long_new = [w if i % 10 else "criminal" for i, w in enumerate(long_old)]
    old, new = root / "long-old.txt", root / "long-new.txt"
    old.write_text(article(1, "1. " + " ".join(long_old) + "."), encoding="utf-8")
    new.write_text(article(1, "1. " + " ".join(long_new) + "."), encoding="utf-8")
    add("word-diff", "compare of a 20,000-word article with every tenth word changed", ["compare", old, new, "-f", "json"])

    p = root / "zero.txt"
    p.symlink_to("/dev/zero")
    add("dev-zero", "/dev/zero behind a symlink named .txt", ["label", p])

    p = root / "pipe.txt"
    os.mkfifo(p)
    add("fifo", "a FIFO named .txt, no writer", ["label", p])

    runs = root / "resume"
    src = runs / "in"
    src.mkdir(parents=True)
    (src / "alpha.txt").write_text(RECITALS + "\n" + CLOSING, encoding="utf-8")
    (src / "beta.txt").write_text(RECITALS + "\n" + CLOSING, encoding="utf-8")
    add("resume-fifo", "batch --resume where an input became a FIFO (first run labels both; then beta is a FIFO)",
        ["batch", src, "-o", runs / "out", "--resume", "--workers", "0"])

    loops = root / "loops"
    (loops / "a" / "b").mkdir(parents=True)
    (loops / "a" / "b" / "treaty.txt").write_text(RECITALS + "\n" + CLOSING, encoding="utf-8")
    (loops / "a" / "b" / "up").symlink_to(loops)
    (loops / "a" / "again").symlink_to(loops / "a")
    add("glob-loops", "label 'DIR/**/*.txt' over a folder with two symlink loops",
        ["label", str(loops / "**" / "*.txt"), "-f", "jsonl"])

    p = root / "empty-paragraphs.docx"
    p.write_bytes(docx_bytes(32_500_000, 1_300_000))
    add("docx-empty", f"DOCX of 195 MB of empty paragraphs, {p.stat().st_size / 1e6:.1f} MB packed",
        ["label", p, "-f", "jsonl"])

    p = root / "one-word.txt"
    p.write_text("a" * 9_000_000 + "\n", encoding="ascii")
    add("one-word-9mb", "a 9 MB file of one word", ["label", p, "-f", "jsonl"], 2)

    p = root / "dask" / "slow.txt"
    p.parent.mkdir()
    p.write_text(article(1, "1. Each Party shall " + "(" * 40_000 + " adopt measures."), encoding="utf-8")
    add("dask-timeout", "batch --engine dask --timeout 5 on the 40,000 \"(\" document",
        ["batch", p.parent, "-o", root / "dask-out", "--engine", "dask", "--workers", "1", "--timeout", "5"], 2)
    return cases


def prepare(name: str, root: Path, patterns: list[str]) -> None:
    """A case's set-up that needs the command itself (the first, uninterrupted run before a resume)."""
    if name == "resume-fifo":
        src = root / "resume" / "in"
        subprocess.run(CLI + ["batch", str(src), "-o", str(root / "resume" / "out"), "--workers", "0"] + patterns,
                       check=True, capture_output=True)
        (src / "beta.txt").unlink()
        os.mkfifo(src / "beta.txt")


def run(args: list[str], cap: float) -> tuple[str, float, float, str]:
    """Run the command; (how it ended, wall seconds, peak RSS in MB of the process (its own
    children included, not a Dask cluster's grandchildren), its last line on stderr: for
    batch, the last document that failed)."""
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(CLI + args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err,
                                start_new_session=True)
        status, usage, over = None, None, False
        while status is None:
            pid, st, ru = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                status, usage = st, ru
                break
            if time.perf_counter() - started > cap:
                over = True
                os.killpg(proc.pid, signal.SIGKILL)
                _, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        lines = [ln for ln in err.read().decode("utf-8", "replace").splitlines() if ln.strip()]
    ended = "over cap" if over else f"exit {proc.returncode}"
    failed = [ln for ln in lines if ln.startswith("failed ")]  # batch: a document's own line
    return ended, seconds, usage.ru_maxrss / 1024, (failed or lines or [""])[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cap", type=float, default=60.0, help="seconds each case may run (some cases get a multiple)")
    ap.add_argument("--only", nargs="*", help="run only these cases")
    ap.add_argument("--patterns-only", action="store_true", help="label without the classifier")
    ap.add_argument("--stderr-width", type=int, default=110)
    opts = ap.parse_args()
    patterns = ["--patterns-only"] if opts.patterns_only else []
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as tmp:
        root = Path(tmp)
        cases = build(root)
        print(f"{'case':<18} {'ended':<9} {'seconds':>8} {'peak MB':>8}  what / last line on stderr")
        for name, what, args, factor in cases:
            if opts.only and name not in opts.only:
                continue
            if name == "dask-timeout":
                import importlib.util

                if importlib.util.find_spec("distributed") is None:
                    print(f"{name:<18} {'skipped':<9} {'':>8} {'':>8}  {what}: dask.distributed is not installed")
                    continue
            prepare(name, root, patterns)
            ended, seconds, peak, last = run(args + patterns, opts.cap * factor)
            cap_note = f" (cap {opts.cap * factor:g} s)" if ended == "over cap" else ""
            print(f"{name:<18} {ended:<9} {seconds:>8.1f} {peak:>8.0f}  {what}{cap_note}", flush=True)
            if last:
                print(f"{'':<47}  {last[:opts.stderr_width]}", flush=True)


if __name__ == "__main__":
    main()
