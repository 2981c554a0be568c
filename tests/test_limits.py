"""Inputs are regular files read to a limit; every command has a time limit; readers have budgets.

Issue 17, items 2 and 3: devices, FIFOs and sockets refused before they are read (also
behind a symlink); never more than the size limit plus one byte read (the ``batch --resume``
hashing included); folders and ``**`` globs walked once with loop detection; symlinks leaving
an input folder followed only with ``--follow-links``; ``--timeout`` on ``label``, ``report``
and ``compare``; DOCX and HTML element budgets; the Dask engine not waiting for a task stuck
past its time limit. The treaties are written for the tests.
"""

from __future__ import annotations

import contextlib
import io
import os
import socket
import threading
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from docxgen import make_docx

from treatyscope import ingest
from treatyscope.batch import engines, plan, run_batch
from treatyscope.batch import worker
from treatyscope.batch.worker import PipelineSetup
from treatyscope.cli import app
from treatyscope.errors import InputError

runner = CliRunner()

TREATY = ("Convention on Cooperation in Criminal Matters\n\n"
          "Article 1\nScope\n\n"
          "1. Each Party shall afford the other Parties mutual assistance for the purposes of criminal "
          "investigations concerning the offences established in accordance with this Convention.\n\n"
          "Article 2\nConditions and safeguards\n\n"
          "1. The powers provided for in this Convention shall be subject to conditions and safeguards "
          "provided for under domestic law.\n")


def _treaty(path: Path) -> Path:
    path.write_text(TREATY, encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------
# Regular files only


def test_a_fifo_is_refused_at_once_without_blocking(tmp_path):
    fifo = tmp_path / "draft.txt"
    os.mkfifo(fifo)
    message = f"{fifo}: is a FIFO (named pipe), not a regular file; refused (only regular files are read)"
    with pytest.raises(InputError) as check:
        ingest.check_file(fifo)
    with pytest.raises(InputError) as read:
        ingest.read_document(fifo)  # no writer: a blocking open would hang here
    assert str(check.value) == str(read.value) == message


def test_a_device_behind_a_symlink_is_refused_before_reading(tmp_path):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(InputError) as err:
        ingest.read_document(link)
    assert str(err.value) == (f"{link}: is a character device, not a regular file; refused "
                              "(only regular files are read)")
    result = runner.invoke(app, ["label", str(link), "--patterns-only"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"treatyscope: error: {err.value}\n"


def test_a_socket_is_refused(tmp_path):
    path = tmp_path / "s.txt"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        with pytest.raises(InputError) as err:
            ingest.read_document(path)
    finally:
        server.close()
    assert str(err.value) == f"{path}: is a socket, not a regular file; refused (only regular files are read)"


def test_a_file_swapped_for_a_fifo_after_the_check_is_refused_by_the_opened_file(tmp_path, monkeypatch):
    """stat says regular; by the time it is opened it is a FIFO: fstat of the opened file refuses it."""
    path = _treaty(tmp_path / "draft.txt")
    real_open = os.open

    def swap_then_open(p, flags, *args):
        if str(p) == str(path):
            path.unlink()
            os.mkfifo(path)
            assert flags & os.O_NONBLOCK  # else opening a FIFO without a writer blocks for ever
        return real_open(p, flags, *args)

    monkeypatch.setattr(os, "open", swap_then_open)
    with pytest.raises(InputError, match=r"is a FIFO \(named pipe\), not a regular file"):
        ingest.read_limited(path)


# ---------------------------------------------------------------------------------------
# At most limit + 1 bytes


class _CountingFile(io.RawIOBase):
    """An endless file (as /dev/zero) that counts the bytes read from it."""

    def __init__(self):
        self.read_bytes = 0

    def readable(self):
        return True

    def readinto(self, buffer):
        n = len(buffer)
        buffer[:n] = b"a" * n
        self.read_bytes += n
        return n


def test_never_more_than_the_limit_plus_one_byte_is_read(tmp_path, monkeypatch):
    """Whatever its size claims: a file that grows (or lies) is read to the limit plus one byte."""
    path = _treaty(tmp_path / "draft.txt")  # stat says a few hundred bytes
    endless = _CountingFile()
    real = ingest.open_regular

    class Opened:
        def __enter__(self):
            return endless

        def __exit__(self, *exc):
            return False

    monkeypatch.setattr(ingest, "open_regular", lambda p: Opened() if Path(p) == path else real(p))
    monkeypatch.setattr(ingest, "READ_BLOCK", 1000)
    with pytest.raises(InputError) as err:
        ingest.read_document(path, limit=5000)
    assert endless.read_bytes == 5001
    assert str(err.value) == (f"{path}: the file is over the size limit of 5,000 bytes "
                              "(set TREATYSCOPE_MAX_BYTES to a larger number of bytes to raise it)")
    endless.read_bytes = 0
    with pytest.raises(InputError):
        ingest.sha256_limited(path, limit=5000)
    assert endless.read_bytes == 5001


def test_a_file_exactly_at_the_limit_is_read_whole(tmp_path):
    path = _treaty(tmp_path / "draft.txt")
    size = path.stat().st_size
    assert ingest.read_limited(path, limit=size) == path.read_bytes()
    with pytest.raises(InputError, match="over the size limit"):
        ingest.read_limited(path, limit=size - 1)


def test_resume_hashes_inputs_to_the_limit_only_and_refuses_a_fifo(tmp_path, monkeypatch):
    """batch --resume checks each input in the parent: bounded like a read, never blocking on a FIFO."""
    src = tmp_path / "in"
    src.mkdir()
    _treaty(src / "alpha.txt")
    first = run_batch([src], tmp_path / "out", workers=0, patterns_only=True)
    assert first.exit_code == 0
    reads: list[str] = []
    real = ingest.sha256_limited
    monkeypatch.setattr(ingest, "sha256_limited", lambda p, **kw: reads.append(str(p)) or real(p, **kw))
    again = run_batch([src], tmp_path / "out", workers=0, patterns_only=True, resume=True)
    assert (again.skipped, reads) == (1, [str((src / "alpha.txt").resolve())])
    # The same input replaced by a FIFO: not complete (no hang), labelled again and failed with its line.
    (src / "alpha.txt").unlink()
    os.mkfifo(src / "alpha.txt")
    third = run_batch([src / "alpha.txt"], tmp_path / "out", workers=0, patterns_only=True, resume=True)
    assert [(o.status, o.error) for o in third.outcomes] == [
        ("failed", "is a FIFO (named pipe), not a regular file; refused (only regular files are read)")]


def test_resume_check_of_an_input_obeys_the_time_limit(tmp_path, monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    _treaty(src / "alpha.txt")
    assert run_batch([src], tmp_path / "out", workers=0, patterns_only=True).exit_code == 0
    release = threading.Event()

    def slow_hash(path, **kw):  # a slow network file system
        while not release.is_set():
            time.sleep(0.01)
        return "x"

    monkeypatch.setattr(ingest, "sha256_limited", slow_hash)
    started = time.monotonic()
    report = run_batch([src], tmp_path / "out", workers=0, patterns_only=True, resume=True, timeout=0.5)
    release.set()
    assert time.monotonic() - started < 30
    assert (report.skipped, report.labelled) == (0, 1)
    log = (tmp_path / "out" / "run.log").read_text(encoding="utf-8")
    assert "checking the input took over 0.5 s; labelled again" in log


# ---------------------------------------------------------------------------------------
# Discovery: loops and symlinks leaving the folder


def _tree(root: Path) -> Path:
    (root / "a" / "b").mkdir(parents=True)
    _treaty(root / "top.txt")
    _treaty(root / "a" / "one.md")
    _treaty(root / "a" / "b" / "two.txt")
    (root / "a" / "b" / "loop1").symlink_to(root)       # two loops back to the top
    (root / "a" / "loop2").symlink_to(root / "a")
    return root


def test_a_glob_over_symlink_loops_finds_each_file_once(tmp_path):
    root = _tree(tmp_path / "t")
    notes: list[str] = []
    files, problems = ingest.discover([str(root / "**" / "*.txt"), str(root / "**" / "*.md")], notes=notes)
    assert (files, problems) == ([root / "a" / "b" / "two.txt", root / "top.txt", root / "a" / "one.md"], [])
    assert sorted(notes) == sorted([
        f"{root / 'a' / 'b' / 'loop1'}: a symlink to a folder already read (a loop, or a second way to it); "
        "not followed again",
        f"{root / 'a' / 'loop2'}: a symlink to a folder already read (a loop, or a second way to it); "
        "not followed again"] * 2)


def test_a_folder_with_symlink_loops_is_walked_once(tmp_path):
    root = _tree(tmp_path / "t")
    files, problems = ingest.discover([root])
    assert (files, problems) == ([root / "a" / "b" / "two.txt", root / "a" / "one.md", root / "top.txt"], [])


def test_glob_patterns_match_as_glob_does(tmp_path, monkeypatch):
    import glob

    root = tmp_path / "g"
    for name in ["x.txt", "a/y.md", "a/b/z.txt", ".h/h.txt", "c/.q.txt", "a/b/n.xlsx"]:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x")
    monkeypatch.chdir(tmp_path)
    for pattern in ["g/**/*.txt", "g/*", "g/**", "g/a/*/*.txt", "g/*/y.md", str(root / "**" / "*.md"),
                    "g/.h/*", "g/**/.q.txt", "g/?/*.md", "g/[ab]/**/*.txt"]:
        expected = sorted(Path(q) for q in glob.glob(pattern, recursive=True)
                          if os.path.isfile(q) and Path(q).suffix in ingest.SUPPORTED)
        assert sorted(ingest._glob(pattern, follow_links=False, notes=[])) == expected, pattern


def _folder_with_a_link_out(tmp_path) -> tuple[Path, Path]:
    """(outside, root): root/mine.txt, and root/linked.txt a symlink to outside/secret.txt."""
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    _treaty(outside / "secret.txt")
    root = tmp_path / "in"
    root.mkdir()
    _treaty(root / "mine.txt")
    (root / "linked.txt").symlink_to(outside / "secret.txt")
    return outside, root


def test_symlinks_leaving_the_folder_are_followed_only_when_asked(tmp_path):
    outside, root = _folder_with_a_link_out(tmp_path)
    (root / "dir").symlink_to(outside)
    (root / "zero.txt").symlink_to("/dev/zero")
    notes: list[str] = []
    files, _ = ingest.discover([root], notes=notes)
    assert files == [root / "mine.txt"]
    assert notes == [f"{root / name}: a symlink to {target}, outside {root}; not followed (--follow-links follows it)"
                     for name, target in [("dir", outside), ("linked.txt", outside / "secret.txt"),
                                          ("zero.txt", "/dev/zero")]]
    files, _ = ingest.discover([root], follow_links=True)  # linked.txt is dir/secret.txt: read once
    assert files == [root / "dir" / "secret.txt", root / "mine.txt", root / "zero.txt"]
    # The device reached with --follow-links is still refused when read, with its own line.
    result = runner.invoke(app, ["label", str(root), "--follow-links", "--patterns-only", "-f", "jsonl"])
    assert result.exit_code == 1
    assert result.stderr == (f"treatyscope: error: {root / 'zero.txt'}: is a character device, not a regular "
                             "file; refused (only regular files are read)\n")
    result = runner.invoke(app, ["label", str(root), "--patterns-only", "-f", "jsonl"])
    assert result.exit_code == 0
    assert result.stderr == "".join(f"treatyscope: warning: {n}\n" for n in notes)
    assert {line.split('"doc_id": "')[1].split('"')[0] for line in result.stdout.splitlines()} == {"mine"}


def test_batch_skips_symlinks_leaving_the_folder_with_a_warning(tmp_path):
    outside, root = _folder_with_a_link_out(tmp_path)
    result = runner.invoke(app, ["batch", str(root), "-o", str(tmp_path / "out"), "--workers", "0", "--patterns-only"])
    assert result.exit_code == 0, result.output
    note = f"{root / 'linked.txt'}: a symlink to {outside / 'secret.txt'}, outside {root}; not followed (--follow-links follows it)"
    assert f"treatyscope: warning: {note}\n" in result.stderr
    assert sorted(p.name for p in (tmp_path / "out" / "docs").iterdir()) == ["mine.jsonl"]
    result = runner.invoke(app, ["batch", str(root), "-o", str(tmp_path / "out2"), "--workers", "0", "--patterns-only",
                                 "--follow-links"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out2" / "docs").iterdir()) == ["linked.jsonl", "mine.jsonl"]


# ---------------------------------------------------------------------------------------
# Time limits on label, report and compare


@pytest.fixture
def slow_second_document(monkeypatch):
    """Labelling a document whose text holds SLOW takes as long as it is let (pure Python: the limit lands)."""
    import treatyscope.pipeline as pipeline

    real = pipeline.label_document

    def label_document(document, **kw):
        if "SLOW" in document.text:
            while True:
                time.sleep(0.01)
        return real(document, **kw)

    monkeypatch.setattr(pipeline, "label_document", label_document)
    import treatyscope.comparison as comparison

    if hasattr(comparison, "label_document"):
        monkeypatch.setattr(comparison, "label_document", label_document)


def test_label_gives_up_a_slow_document_and_goes_on(tmp_path, slow_second_document):
    good = _treaty(tmp_path / "good.txt")
    slow = tmp_path / "slow.txt"
    slow.write_text(TREATY + "SLOW\n", encoding="utf-8")
    result = runner.invoke(app, ["label", str(good), str(slow), "--patterns-only", "-f", "jsonl", "--timeout", "1"])
    expected = runner.invoke(app, ["label", str(good), "--patterns-only", "-f", "jsonl"])
    assert result.exit_code == 1
    assert result.stdout == expected.stdout
    assert result.stderr == (f"treatyscope: error: {slow}: timed out after 1 s (--timeout sets the limit; "
                             "0 for none)\n")


def test_report_and_compare_give_up_at_the_time_limit(tmp_path, slow_second_document):
    good = _treaty(tmp_path / "good.txt")
    slow = tmp_path / "slow.txt"
    slow.write_text(TREATY + "SLOW\n", encoding="utf-8")
    started = time.monotonic()
    result = runner.invoke(app, ["report", str(slow), "--patterns-only", "--timeout", "0.5", "-o",
                                 str(tmp_path / "r.html")])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"treatyscope: error: {slow}: timed out after 0.5 s (--timeout sets the limit; "
                             "0 for none)\n")
    assert not (tmp_path / "r.html").exists()
    result = runner.invoke(app, ["compare", str(good), str(slow), "--patterns-only", "--timeout", "0.5"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"treatyscope: error: comparison of {good} and {slow}: timed out after 0.5 s "
                             "(--timeout sets the limit; 0 for none)\n")
    assert time.monotonic() - started < 60
    result = runner.invoke(app, ["compare", str(good), str(good), "--patterns-only", "--timeout", "30", "-f", "json"])
    assert result.exit_code == 0, result.output


# ---------------------------------------------------------------------------------------
# Reader budgets


def _docx(paragraphs: list[str], empty: int) -> bytes:
    return make_docx(paragraphs, empty=empty)


def test_a_docx_over_its_element_budget_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "draft.docx"
    path.write_bytes(_docx(["Article 1", "Each Party shall adopt measures."], empty=300))
    # 2 * 3 elements of text (p, r, t), 300 empty paragraphs, <w:document>, <w:body>, the <?xml?> declaration.
    monkeypatch.setenv("TREATYSCOPE_MAX_DOCX_ELEMENTS", "309")
    assert ingest.read_document(path).text == "Article 1\n\nEach Party shall adopt measures.\n"
    monkeypatch.setenv("TREATYSCOPE_MAX_DOCX_ELEMENTS", "308")
    with pytest.raises(InputError) as err:
        ingest.read_document(path)
    assert str(err.value) == (f"{path}: the DOCX body has more than 308 XML elements (paragraphs, runs, ...); "
                              "reading stopped there (set TREATYSCOPE_MAX_DOCX_ELEMENTS to raise the budget)")


def test_xml_elements_counted_across_block_boundaries(monkeypatch):
    xml = b"<a><b/><c>t</c></a>" * 50
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("x.xml", xml)
    for block in (1, 2, 3, 7, 1 << 20):
        monkeypatch.setattr(ingest, "READ_BLOCK", block)
        assert ingest._count_xml_elements(zipfile.ZipFile(buf), "x.xml", stop_after=10 ** 6) == 150, block


def test_an_html_page_over_its_element_budget_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "page.html"
    path.write_text("<!DOCTYPE html><html><body><!-- c --><p>Article 1</p>" + "<br>" * 100 + "</body></html>",
                    encoding="utf-8")
    monkeypatch.setenv("TREATYSCOPE_MAX_HTML_ELEMENTS", "105")  # doctype, html, body, comment, p, 100 br
    assert ingest.read_document(path).text == "Article 1\n"
    monkeypatch.setenv("TREATYSCOPE_MAX_HTML_ELEMENTS", "104")
    result = runner.invoke(app, ["report", str(path), "--patterns-only"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"treatyscope: error: {path}: the page has more than 104 HTML elements; reading "
                             "stopped there (set TREATYSCOPE_MAX_HTML_ELEMENTS to raise the budget)\n")


# ---------------------------------------------------------------------------------------
# Dask: the time limit lands, and the run does not wait


def test_a_dask_run_does_not_wait_for_a_task_stuck_past_its_limit(tmp_path, monkeypatch):
    distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed (extra 'dask')")
    monkeypatch.setattr(engines, "HARD_KILL_GRACE", 1.0)
    release = threading.Event()
    real = ingest.read_document

    def read_document(path, **kw):
        if Path(path).name == "stuck.txt":
            release.wait(120)  # one C call (a lock): the in-thread limit cannot land in it
        return real(path, **kw)

    monkeypatch.setattr(ingest, "read_document", read_document)
    # Both workers are threads of this process here (to see the patched reader): let them label at once.
    monkeypatch.setattr(worker, "_LABEL_LOCK", contextlib.nullcontext())
    tasks = plan([_treaty(tmp_path / "stuck.txt"), _treaty(tmp_path / "fine.txt")])
    finished = {}
    try:
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                      dashboard_address=None) as cluster:
            started = time.monotonic()
            engines.run_dask(tasks, PipelineSetup(patterns_only=True), lambda t, o: finished.setdefault(t.doc_id, o),
                             workers=2, scheduler=cluster.scheduler_address, timeout=1.0)
            took = time.monotonic() - started
            release.set()
    finally:
        release.set()
    assert took < 60
    assert {d: (o.status, o.error) for d, o in finished.items()} == {
        "fine": ("ok", ""),
        "stuck": ("failed", "timed out after 1 s (still running on its Dask worker; given up)")}


def test_the_collection_scan_of_the_index_walks_symlink_loops_once(tmp_path):
    from treatyscope.index import collection_files

    treaties = tmp_path / "corpus" / "treaties"
    (treaties / "sub").mkdir(parents=True)
    _treaty(treaties / "one.md")
    _treaty(treaties / "sub" / "two.md")
    (treaties / "sub" / "up").symlink_to(treaties)
    (treaties / "again").symlink_to(treaties / "sub")
    assert collection_files(tmp_path / "corpus") == [treaties / "one.md", treaties / "sub" / "two.md"]


def test_a_command_stuck_in_one_c_call_is_stopped_after_the_grace(tmp_path):
    """The in-process limit cannot land inside one C call; the watchdog stops the process with the line."""
    import subprocess
    import sys

    code = ("from treatyscope.batch import engines\n"
            "from treatyscope.cli.common import within_time\n"
            "engines.HARD_KILL_GRACE = 0.5\n"
            # One C loop that checks no signals (a regular expression does check them).
            "within_time(lambda: sum(range(10 ** 13)), 0.5, 'stuck.txt')\n"
            "print('returned')\n")
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert time.monotonic() - started < 30
    assert (done.returncode, done.stdout) == (-9, "")
    assert done.stderr == ("treatyscope: error: stuck.txt: timed out after 0.5 s (--timeout sets the limit; "
                           "0 for none); stopped\n")


def test_the_watchdog_is_disarmed_when_the_work_ends_in_time():
    import subprocess
    import sys

    code = ("import time\n"
            "from treatyscope.batch import engines\n"
            "from treatyscope.cli.common import within_time\n"
            "engines.HARD_KILL_GRACE = 0.3\n"
            "assert within_time(lambda: 42, 0.2, 'quick.txt') == 42\n"
            "try:\n"
            "    within_time(lambda: time.sleep(5), 0.2, 'slow.txt')\n"  # lands in Python
            "except Exception as exc:\n"
            "    print(exc)\n"
            "time.sleep(1.5)\n"  # past both deadlines and their grace: nothing is stopped
            "print('alive')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == "slow.txt: timed out after 0.2 s (--timeout sets the limit; 0 for none)\nalive\n"
