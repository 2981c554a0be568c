"""No command ends in a traceback, whatever the input, its name, a permission or a fault
(a full disk, SIGTERM, Ctrl-C): one line naming the file and the cause, an exit code from the
documented set, nothing already done lost, no output half-written (issue 18, items 1 and 4).

The commands are driven as a user drives them: through the Typer app in this process (so a
full disk can be injected at any ``os.write``) and as subprocesses (real permissions and
signals). Permissions are real: as root, the command runs under ``setpriv`` without
capabilities, so a mode of 000 holds for it too.
"""

from __future__ import annotations

import csv
import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from treatyscope import batch
from treatyscope.cli import app
from treatyscope.faults import EXIT_CODES, EXIT_INTERRUPTED, EXIT_PARTIAL, EXIT_REFUSED, EXIT_TERMINATED, one_line

runner = CliRunner()

TREATY = ("## CONVENTION ON TESTING FAULTS\n\nThe States Parties to this Convention,\n\nHave agreed as follows:\n\n"
          "### Article 1\n\n#### Expedited preservation\n\n1. Each Party shall adopt such legislative measures as may be "
          "necessary to enable its competent authorities to order the expeditious preservation of stored computer "
          "data in respect of any criminal offence.\n2. The powers referred to in paragraph 1 shall be subject to "
          "the conditions and safeguards provided for under its domestic law.\n\n"
          "### Article 2\n\n#### Mutual assistance\n\nThe Parties shall afford one another mutual assistance to "
          "the widest extent possible for the purpose of investigations concerning serious crime. A Party may "
          "refuse assistance where the request concerns a political offence.\n")

# What a generated input holds: a treaty, bad bytes, or text that once ended in a traceback.
CONTENTS = {
    "treaty": TREATY.encode(),
    "empty": b"",
    "binary": bytes(range(256)) * 4,
    "brackets": ("Article 1\n\nEach Party shall " + "[" * 20_000 + "\n").encode(),
    "nested": ("<div>" * 5_000 + "<p>Article 1</p><p>Each Party shall adopt measures.</p>").encode(),
    "unclosed": b"<p>Article 1</p><p>Each Party shall, subject to its domestic law, adopt.</p><a title=\"x",
    "latin1": "Article 1\n\nChaque Partie adopte les mesures n\xe9cessaires.\n".encode("latin-1"),
}

# Each command writes one output file ``OUT``; ``IN`` is the generated input, ``GOOD`` a treaty.
COMMANDS = {
    "label-jsonl": ["label", "GOOD", "IN", "--patterns-only", "-f", "jsonl", "-o", "OUT"],
    "label-csv": ["label", "IN", "GOOD", "--patterns-only", "-f", "csv", "-o", "OUT"],
    "label-md": ["label", "IN", "--patterns-only", "-f", "md", "-o", "OUT"],
    "report-html": ["report", "IN", "--patterns-only", "-o", "OUT"],
    "report-json": ["report", "IN", "--patterns-only", "-f", "json", "-o", "OUT"],
    "compare-html": ["compare", "GOOD", "IN", "--patterns-only", "-f", "html", "-o", "OUT"],
    "segment": ["segment", "IN", "-o", "OUT"],
}

_REAL_WRITE = os.write


class DiskFull:
    """``os.write`` for files under ``root`` fills the disk after ``after`` writes: that write
    is short (half its bytes) and every later one fails with ENOSPC, as on a real full disk."""

    def __init__(self, root: Path, after: int):
        self.root, self.after, self.count, self.full = str(root), after, 0, False

    def __call__(self, fd: int, data) -> int:
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            target = ""
        if not target.startswith(self.root):
            return _REAL_WRITE(fd, data)
        self.count += 1
        if self.full:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        if self.count > self.after:
            self.full = True
            data = bytes(data)
            if len(data) > 1:
                return _REAL_WRITE(fd, data[: len(data) // 2])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return _REAL_WRITE(fd, data)


def invoke(args: list[str]):
    return runner.invoke(app, args, catch_exceptions=True)


def assert_clean_end(result) -> None:
    """No traceback; every line on stderr is one of ours; a documented exit code."""
    text = result.stdout + result.stderr
    assert "Traceback" not in text
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in EXIT_CODES, (result.exit_code, result.stderr)
    for line in result.stderr.splitlines():  # ours, or batch's line per failed document
        assert line.startswith(("treatyscope: ", "failed ")) or line.endswith("already complete, skipped (--resume)"), line
    if result.exit_code not in (0,):
        assert result.stderr.strip(), "a non-zero exit says why"


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob(".*.tmp"))


names = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"), min_size=1, max_size=16),
    st.binary(min_size=1, max_size=12).filter(lambda b: b"/" not in b and b"\x00" not in b),
    st.sampled_from(["\x1b]0;owned\x07", "a\nb", "a\rb", "-rf", "--help", "x\tz", "\u202etxt.exe"]),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=names, ext=st.sampled_from([".txt", ".md", ".html"]), content=st.sampled_from(sorted(CONTENTS)),
       command=st.sampled_from(sorted(COMMANDS)),
       fault=st.sampled_from(["none", "disk-full", "no-folder", "read-only", "unreadable"]),
       after=st.integers(0, 3))
def test_any_command_any_name_any_fault_ends_in_one_line_and_complete_or_untouched_output(
        name, ext, content, command, fault, after):
    with tempfile.TemporaryDirectory() as tmp, pytest.MonkeyPatch.context() as mp:
        root = Path(tmp)
        (root / "in").mkdir()
        (root / "out").mkdir()
        raw = (name if isinstance(name, bytes) else name.encode("utf-8")) + ext.encode()
        source = Path(os.fsdecode(os.path.join(os.fsencode(root / "in"), raw)))
        source.write_bytes(CONTENTS[content])
        good = root / "in" / "good-treaty.md"
        good.write_text(TREATY, encoding="utf-8")
        out = root / "out" / "result.out"
        out.write_bytes(b"OLD\n")
        ref = root / "out" / "reference.out"

        def args(target: Path) -> list[str]:
            sub = {"IN": str(source), "GOOD": str(good), "OUT": str(target)}
            return [sub.get(a, a) for a in COMMANDS[command]]

        # The same command without a fault: what a complete output holds.
        expected = invoke(args(ref))
        assert_clean_end(expected)

        target = out
        if fault == "disk-full":
            mp.setattr(os, "write", DiskFull(root / "out", after))
        elif fault == "no-folder":
            target = root / "out" / "missing" / "result.out"
        elif fault == "read-only":
            target = Path("/proc/treatyscope-cannot-write-here.out")
        elif fault == "unreadable":  # as a file of mode 000 is for anyone but root, however it is opened
            import builtins
            import io

            def refusing(real):
                def opener(file, *args, **kwargs):
                    if isinstance(file, (str, bytes, os.PathLike)) and os.fsdecode(file) == str(source):
                        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(source))
                    return real(file, *args, **kwargs)
                return opener

            mp.setattr(builtins, "open", refusing(builtins.open))
            mp.setattr(io, "open", refusing(io.open))
            mp.setattr(os, "open", refusing(os.open))
        result = invoke(args(target))
        mp.undo()
        assert_clean_end(result)
        assert leftovers(root) == []
        if fault == "unreadable":
            assert f"{one_line(str(source))}: cannot be read (Permission denied)" in result.stderr \
                or expected.exit_code == EXIT_REFUSED
            if "GOOD" in COMMANDS[command] and command.startswith("label"):
                # The treaty beside it is labelled and written all the same.
                assert result.exit_code == EXIT_PARTIAL
                assert "good-treaty" in target.read_text(encoding="utf-8")
        if result.exit_code in (0, EXIT_PARTIAL):
            assert expected.exit_code == result.exit_code or fault == "unreadable"
            if fault != "unreadable":
                assert target.read_bytes() == ref.read_bytes()
        else:
            assert out.read_bytes() == b"OLD\n"  # the old output, untouched
            if fault == "no-folder":
                assert not target.parent.exists()
        if fault in ("disk-full", "no-folder", "read-only") and expected.exit_code in (0, EXIT_PARTIAL) \
                and result.exit_code not in (0, EXIT_PARTIAL):
            assert result.exit_code == EXIT_REFUSED
            assert "cannot be written" in result.stderr.splitlines()[-1] or "does not exist" in result.stderr


# ---------------------------------------------------------------------------------------
# One bad file among several: named in one line, the others labelled


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    """A treaty, a line of 10.5 million characters, a 10 MB unclosed HTML attribute, a file
    named with undecodable bytes."""
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "good.md").write_text(TREATY, encoding="utf-8")
    (folder / "long.txt").write_text("Article 1\n\nEach Party shall, subject to its domestic law, "
                                     + "adopt measures " * 700_000 + "\n", encoding="utf-8")
    (folder / "attr.html").write_text("<p>Article 1</p><p>Each Party shall, subject to its domestic law, adopt.</p>"
                                      '<a href="' + "x" * 10_500_000, encoding="utf-8")
    Path(os.fsdecode(os.fsencode(folder) + b"/bad\xff\xfename.md")).write_text(TREATY, encoding="utf-8")
    return folder


@pytest.mark.parametrize("patterns_only", [True, False])
def test_a_line_beyond_spacys_limit_is_named_and_the_other_files_are_labelled(hostile, tmp_path, patterns_only):
    out = tmp_path / "labels.jsonl"
    result = invoke(["label", str(hostile / "good.md"), str(hostile / "long.txt"), str(hostile / "attr.html"),
                     *(["--patterns-only"] if patterns_only else []), "-f", "jsonl", "-o", str(out)])
    assert_clean_end(result)
    assert result.exit_code == EXIT_PARTIAL
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == 2
    assert "long.txt: clause 1 is 10,500," in errors[0] and "over the limit of 10,000,000" in errors[0]
    assert "attr.html: clause 1 is 10,500," in errors[1]
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["doc_id"] for r in rows} == {"good"} and len(rows) > 3


@pytest.mark.parametrize("command", [["report", "-f", "html"], ["compare", "GOOD", "-f", "html"],
                                     ["label", "-f", "csv"], ["label", "-f", "jsonl"]])
def test_an_undecodable_file_name_is_written_as_replacement_characters(hostile, tmp_path, command):
    bad = os.fsdecode(os.fsencode(hostile) + b"/bad\xff\xfename.md")
    args = [a if a != "GOOD" else str(hostile / "good.md") for a in command]
    out = tmp_path / "out"
    result = invoke([args[0], *args[1:], bad, "--patterns-only", "-o", str(out)] if args[0] != "compare"
                    else [args[0], args[1], bad, *args[2:], "--patterns-only", "-o", str(out)])
    assert_clean_end(result)
    assert result.exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "bad\ufffd\ufffdname" in text


def test_a_model_card_nested_too_deeply_is_refused_in_one_line(tmp_path):
    from treatyscope.paths import shipped_model_dir

    model = tmp_path / "model"
    shutil.copytree(shipped_model_dir(), model)
    (model / "model.json").write_text("[" * 200_000, encoding="utf-8")
    for args in (["label"], ["report", "-o", str(tmp_path / "r.html")],
                 ["batch", str(tmp_path / "model" / "README.md"), "-o", str(tmp_path / "b"), "--workers", "0"]):
        result = invoke([*args, "--model", str(model)])
        assert_clean_end(result)
        assert result.exit_code == EXIT_REFUSED
        assert result.stderr.count("\n") == 1 and "model.json: unreadable model card" in result.stderr


def test_an_output_on_a_read_only_path_is_one_line(tmp_path):
    for args in (["label", "--patterns-only", "-f", "csv"], ["segment", str(Path(__file__))],
                 ["report", "--patterns-only"]):
        args = [a for a in args if a != str(Path(__file__))]
        if args[0] == "segment":
            from treatyscope.paths import sample_draft

            args.append(str(sample_draft()))
        result = invoke([*args, "-o", "/proc/treatyscope-nothing-here.out"])
        assert_clean_end(result)
        assert result.exit_code == EXIT_REFUSED
        assert result.stderr.splitlines()[-1].endswith("cannot be written (No such file or directory)")


# ---------------------------------------------------------------------------------------
# Real permissions, in a subprocess without root's capabilities


def _unprivileged() -> list[str]:
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root and setpriv (util-linux) is not installed to drop capabilities")
    return ["setpriv", "--bounding-set=-all", "--"]


def _command(*args: str) -> list[str]:
    return [*_unprivileged(), sys.executable, "-c", "from treatyscope.cli import main; main()", *args]


@pytest.fixture()
def locked_tree(tmp_path) -> Path:
    """good.md; closed/ (mode 000: cannot be searched); listed/ (mode 600: names listed, files not
    reachable); unreadable.md (mode 000)."""
    tree = tmp_path / "tree"
    for sub in ("closed", "listed"):
        (tree / sub).mkdir(parents=True)
        (tree / sub / f"{sub}.md").write_text(TREATY, encoding="utf-8")
    (tree / "good.md").write_text(TREATY, encoding="utf-8")
    (tree / "unreadable.md").write_text(TREATY, encoding="utf-8")
    (tree / "unreadable.md").chmod(0)
    (tree / "closed").chmod(0)
    (tree / "listed").chmod(0o600)
    yield tree
    for sub in ("closed", "listed"):
        (tree / sub).chmod(0o755)


def test_label_skips_what_it_cannot_read_or_search_and_labels_the_rest(locked_tree, tmp_path):
    out = tmp_path / "labels.jsonl"
    proc = subprocess.run(_command("label", str(locked_tree), str(locked_tree / "listed" / "listed.md"),
                                   "--patterns-only", "-f", "jsonl", "-o", str(out)),
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == EXIT_PARTIAL, proc.stderr
    lines = proc.stderr.splitlines()
    assert all(line.startswith("treatyscope: ") for line in lines), proc.stderr
    assert lines[:-1] == [
        f"treatyscope: warning: skipped: {locked_tree}/closed: folder cannot be searched (Permission denied)",
        f"treatyscope: error: {locked_tree}/listed/listed.md: cannot be read (Permission denied)",
        f"treatyscope: error: {locked_tree}/unreadable.md: cannot be read (Permission denied)",
    ]
    assert {json.loads(line)["doc_id"] for line in out.read_text().splitlines()} == {"good"}


def test_batch_names_an_unsearchable_folder_and_skips_it_with_skip_missing(locked_tree, tmp_path):
    out = tmp_path / "run"
    proc = subprocess.run(_command("batch", str(locked_tree), "-o", str(out), "--workers", "0", "--patterns-only"),
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == EXIT_REFUSED and proc.stderr == (
        f"treatyscope: error: {locked_tree}/closed: folder cannot be searched (Permission denied) "
        "(--skip-missing labels the others)\n")
    proc = subprocess.run(_command("batch", str(locked_tree), "-o", str(out), "--workers", "0", "--patterns-only",
                                   "--skip-missing"), capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    with open(out / batch.SUMMARY_CSV, newline="", encoding="utf-8") as f:
        rows = {r["document"]: (r["status"], r["error"]) for r in csv.DictReader(f)}
    assert rows == {"good": ("ok", ""), "listed": ("failed", "cannot be read (Permission denied)"),
                    "unreadable": ("failed", "cannot be read (Permission denied)")}
    assert f"input-problem\t{locked_tree}/closed: folder cannot be searched" in (out / batch.RUN_LOG).read_text()


# ---------------------------------------------------------------------------------------
# A full disk at every write of a batch run, then --resume


def _collection(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, title in enumerate(("ALPHA", "BRAVO", "CHARLIE")):
        (folder / f"{title.lower()}.md").write_text(TREATY.replace("TESTING FAULTS", title) + "\n" * i,
                                                     encoding="utf-8")
    (folder / "empty.md").write_text("")
    return folder


def _outputs(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name not in (batch.RUN_LOG, batch.LOCK_FILE)}


def _summary_pair(folder: Path) -> tuple[list[tuple], list[tuple]] | None:
    """The summary's (document, sha256, status) rows from the CSV and from the Parquet file; None
    when neither exists (one without the other is a failure)."""
    import pyarrow.parquet as pq

    csv_path, parquet_path = folder / batch.SUMMARY_CSV, folder / batch.SUMMARY_PARQUET
    assert csv_path.exists() == parquet_path.exists(), "summary.csv and summary.parquet go together"
    if not csv_path.exists():
        return None
    with open(csv_path, newline="", encoding="utf-8") as f:
        from_csv = [(r["document"], r["sha256"], r["status"]) for r in csv.DictReader(f)]
    from_parquet = [(r["document"], r["sha256"], r["status"]) for r in pq.read_table(parquet_path).to_pylist()]
    return from_csv, from_parquet


def _log_lines_whole(folder: Path) -> None:
    log = folder / batch.RUN_LOG
    if log.exists():
        text = log.read_text(encoding="utf-8")
        assert text == "" or text.endswith("\n")
        assert all(line.count("\t") >= 1 and line[:4].isdigit() for line in text.splitlines())


@pytest.fixture(scope="module")
def disk_inputs(tmp_path_factory) -> tuple[Path, dict[str, bytes], int]:
    """The inputs, the outputs of a clean run and how many writes the run makes in its folder."""
    src = _collection(tmp_path_factory.mktemp("disk") / "in")
    out = tmp_path_factory.mktemp("disk-clean") / "run"
    counter = DiskFull(out.parent, 10**9)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(os, "write", counter)
        result = invoke(["batch", str(src), "-o", str(out), "--workers", "0", "--patterns-only"])
    assert result.exit_code == 0, result.stderr
    return src, _outputs(out), counter.count


def test_a_full_disk_at_every_write_of_a_batch_ends_cleanly_and_resume_completes_it(disk_inputs, tmp_path):
    src, clean, writes = disk_inputs
    assert writes >= 12  # log lines, JSONL and state per document, the summary pair
    for after in range(writes):
        out = tmp_path / f"run-{after}"
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(os, "write", DiskFull(tmp_path, after))
            result = invoke(["batch", str(src), "-o", str(out), "--workers", "0", "--patterns-only"])
        assert_clean_end(result)
        assert result.exit_code == EXIT_REFUSED, (after, result.stderr)
        last = result.stderr.splitlines()[-1]
        assert "no space left on the device" in last and str(out) in last, last
        assert leftovers(out) == []
        _log_lines_whole(out)
        pair = _summary_pair(out)
        assert pair is None or pair[0] == pair[1]
        resumed = invoke(["batch", str(src), "-o", str(out), "--workers", "0", "--patterns-only", "--resume"])
        assert resumed.exit_code == 0, resumed.stderr
        assert _outputs(out) == clean, after


def test_a_full_disk_at_any_write_of_a_resumed_run_leaves_a_summary_pair_old_or_new_never_mixed(disk_inputs, tmp_path):
    src, _, _ = disk_inputs
    src2 = tmp_path / "in"
    shutil.copytree(src, src2)
    first = tmp_path / "first"
    assert invoke(["batch", str(src2), "-o", str(first), "--workers", "0", "--patterns-only"]).exit_code == 0
    old = _outputs(first)
    (src2 / "alpha.md").write_text(TREATY.replace("TESTING FAULTS", "ALPHA REVISED"), encoding="utf-8")
    new = tmp_path / "new"
    shutil.copytree(first, new)
    counter = DiskFull(new, 10**9)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(os, "write", counter)
        assert invoke(["batch", str(src2), "-o", str(new), "--workers", "0", "--patterns-only", "--resume"]).exit_code == 0
    renewed = _outputs(new)
    pairs = {(o[batch.SUMMARY_CSV], o[batch.SUMMARY_PARQUET]) for o in (old, renewed)}
    assert len(pairs) == 2  # the revised document changes the summary
    for after in range(counter.count):
        run = tmp_path / f"run-{after}"
        shutil.copytree(first, run)
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(os, "write", DiskFull(run, after))
            result = invoke(["batch", str(src2), "-o", str(run), "--workers", "0", "--patterns-only", "--resume"])
        assert_clean_end(result)
        assert result.exit_code == EXIT_REFUSED, (after, result.stderr)
        now = _outputs(run)
        assert (now[batch.SUMMARY_CSV], now[batch.SUMMARY_PARQUET]) in pairs, after
        assert leftovers(run) == []
        _log_lines_whole(run)


# ---------------------------------------------------------------------------------------
# SIGTERM and Ctrl-C


def _children(pid: int) -> list[int]:
    import psutil

    try:
        return [c.pid for c in psutil.Process(pid).children(recursive=True)]
    except psutil.Error:
        return []


def _gone(pids: list[int], seconds: float = 15.0) -> bool:
    import psutil

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        alive = [p for p in pids if psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE]
        if not alive:
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("engine", ["local", "dask"])
@pytest.mark.parametrize("how", ["SIGTERM", "Ctrl-C"])
def test_sigterm_and_ctrl_c_are_logged_and_leave_no_worker_or_scratch_folder(tmp_path, engine, how):
    if engine == "dask":
        pytest.importorskip("distributed")
    src = _collection(tmp_path / "in")
    for i in range(8):
        (src / f"more-{i}.md").write_text(TREATY.replace("TESTING FAULTS", f"MORE {i}"), encoding="utf-8")
    out = tmp_path / "run"
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    proc = subprocess.Popen([sys.executable, "-c", "from treatyscope.cli import main; main()", "batch", str(src),
                             "-o", str(out), "--workers", "2", "--engine", engine, "--patterns-only"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            env={**os.environ, "TMPDIR": str(scratch)},
                            # as at a terminal: a test run started in the background (`cmd &` without
                            # job control) hands its children SIGINT ignored, and Ctrl-C would not land
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    log = out / batch.RUN_LOG
    end = time.monotonic() + 180
    while time.monotonic() < end and not (log.exists() and "\tok\t" in log.read_text()):
        time.sleep(0.05)
    assert "\tok\t" in log.read_text(), "the run labelled a document"
    workers = _children(proc.pid)
    if how == "SIGTERM":
        proc.send_signal(signal.SIGTERM)
    else:
        os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C at a terminal reaches the whole group
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == (EXIT_TERMINATED if how == "SIGTERM" else EXIT_INTERRUPTED), stderr
    assert "Traceback" not in stderr
    assert stderr.splitlines()[-1] == ("treatyscope: stopped by SIGTERM" if how == "SIGTERM" else "treatyscope: interrupted")
    assert all(line.startswith(("treatyscope: ", "failed ")) for line in stderr.splitlines()), stderr
    last = log.read_text().splitlines()[-1].split("\t")
    assert last[1:3] == (["stopped", "Terminated"] if how == "SIGTERM" else ["stopped", "KeyboardInterrupt"])
    assert _gone(workers), "worker processes are stopped"
    assert sorted(p.name for p in scratch.iterdir()) == []
    # And the run resumes to the bytes of a clean run.
    clean = tmp_path / "clean"
    batch.run_batch([src], clean, workers=0, patterns_only=True)
    resumed = subprocess.run([sys.executable, "-c", "from treatyscope.cli import main; main()", "batch", str(src),
                              "-o", str(out), "--workers", "0", "--patterns-only", "--resume"],
                             capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert _outputs(out) == _outputs(clean)


def test_a_gold_file_nested_too_deeply_is_named_in_one_line(tmp_path):
    deep = tmp_path / "deep.jsonl"
    deep.write_text('{"clause_id": "1"}\n' + "[" * 200_000 + "\n", encoding="utf-8")
    result = invoke(["gold", "agreement", str(deep), str(deep)])
    assert_clean_end(result)
    assert result.exit_code == EXIT_REFUSED
    assert result.stderr == f"treatyscope: error: {deep}: line 2 is not valid JSON (nested too deeply)\n"


def test_a_reader_that_closes_standard_output_ends_the_command_quietly(tmp_path):
    from treatyscope.faults import EXIT_PIPE_CLOSED

    read, write = os.pipe()
    os.close(read)  # the reader is gone before the command writes (`| head` that has read enough)
    with open(tmp_path / "stderr", "w") as err:
        proc = subprocess.run([sys.executable, "-c", "from treatyscope.cli import main; main()", "label",
                               "--patterns-only", "-f", "jsonl"], stdout=write, stderr=err, timeout=300)
    os.close(write)
    assert proc.returncode == EXIT_PIPE_CLOSED
    assert (tmp_path / "stderr").read_text() == ""
