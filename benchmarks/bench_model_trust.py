"""What the model checks cost, and what refusing a bomb costs.

    python benchmarks/bench_model_trust.py [--repeats 5] [--bomb-mb 512]

Prints the time of :func:`treatyscope.model_trust.check_skops_bytes` on the shipped model
file, of reading its frozen copy with every check (:func:`treatyscope.model_copy.thaw`;
min and max of ``--repeats``), and the time and peak
Python memory (tracemalloc) of refusing a model file whose zeros would unpack to
``--bomb-mb`` megabytes (refused from the zip central directory, nothing decompressed).
"""

from __future__ import annotations

import argparse
import io
import os
import tempfile
import time
import tracemalloc
import zipfile


def timed(fn, repeats: int) -> tuple[float, float]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--bomb-mb", type=int, default=512)
    args = parser.parse_args()

    from treatyscope.model_store import cache_path, load_model
    from treatyscope.model_trust import ModelTrustError, check_skops_bytes
    from treatyscope.paths import shipped_model_dir

    data = (shipped_model_dir() / "model.skops").read_bytes()
    lo, hi = timed(lambda: check_skops_bytes(data), args.repeats)
    print(f"shipped model.skops ({len(data) / 1e6:.1f} MB): checks {lo:.2f}-{hi:.2f} s")

    with tempfile.TemporaryDirectory() as cache:
        os.environ["TREATYSCOPE_MODEL_CACHE"] = cache
        load_model()  # writes the copy
        import json

        sha = json.loads((shipped_model_dir() / "model.json").read_text())["sha256"]
        copy = cache_path(sha).read_bytes()
        from treatyscope.model_copy import thaw

        lo, hi = timed(lambda: thaw(copy, sha), args.repeats)
        print(f"frozen copy ({len(copy) / 1e6:.1f} MB): checked and read in {lo:.2f}-{hi:.2f} s")

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("schema.json", b"{}")
        with z.open("1.npy", "w", force_zip64=True) as member:
            chunk = bytes(1 << 20)
            for _ in range(args.bomb_mb):
                member.write(chunk)
    bomb = out.getvalue()
    tracemalloc.start()
    start = time.perf_counter()
    try:
        check_skops_bytes(bomb)
        outcome = "accepted (!)"
    except ModelTrustError as exc:
        outcome = f"refused: {exc}"
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"bomb of {len(bomb) / 1e6:.2f} MB unpacking to {args.bomb_mb} MB: {outcome}; "
          f"{seconds * 1000:.1f} ms, peak {peak / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
