"""Label a whole collection: many files, several processes or a Dask cluster, resumable.

A run turns inputs (files, folders, globs) into an output folder::

    DIR/docs/NAME.jsonl     one per document: its clauses, as ``treatyscope label --format jsonl``
    DIR/_state/NAME.json    what a document's output was made from (input and output sha256,
                            model version, its summary row), written after the JSONL
    DIR/summary.parquet     one row per document, sorted by document id
    DIR/summary.csv         the same table
    DIR/run.log             one line per event, with times (the only output that differs between runs)

Every output except the log is written to a temporary file and renamed, and holds no times,
so the same inputs and model always give the same bytes, and a run killed at any moment and
run again with ``resume=True`` ends with the same bytes as an uninterrupted run: a document
is skipped only when its state file matches the input's checksum, the model version and the
checksum of its output.

Documents are labelled by :func:`label_task`, in worker processes (engine ``local``: each
worker loads the pipeline once; one that dies or overruns the time limit is replaced and
its document recorded as failed) or on a ``dask.distributed`` cluster (engine ``dask``).
Workers return the JSONL text; only the process that started the run writes to ``DIR``.
"""

from __future__ import annotations

import contextlib
import csv
import ctypes
import functools
import hashlib
import io
import json
import os
import re
import signal
import tempfile
import threading
import time
import traceback
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from . import __version__
from .corpus import sha256_file
from .errors import InputError, TreatyscopeError
from .fileio import atomic_write
from .types import SAFEGUARDS, TIERS

DOCS_DIR = "docs"
STATE_DIR = "_state"
SUMMARY_CSV = "summary.csv"
SUMMARY_PARQUET = "summary.parquet"
RUN_LOG = "run.log"
LOCK_FILE = ".lock"
DEFAULT_TIMEOUT = 120.0
# A worker stuck in C code does not see the soft time limit; it is killed this much later.
HARD_KILL_GRACE = 10.0
MAX_NAME = 96
SUMMARY_COLUMNS: tuple[str, ...] = (
    "document", "file", "sha256", "language", "articles", "clauses", "english_clauses",
    *TIERS, *SAFEGUARDS, "status", "error", "warnings",
)
_COUNT_COLUMNS = ("articles", "clauses", "english_clauses", *TIERS, *SAFEGUARDS)
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")
# Names Windows will not create, whatever the extension (outputs may be copied there).
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


class OutputFolderError(TreatyscopeError):
    """An output folder that cannot be created, written or locked."""


class DocumentTimeout(BaseException):
    """Labelling one document took longer than the run's time limit.

    A BaseException, as KeyboardInterrupt is: library code that falls back on ``except
    Exception`` must not swallow it and carry on."""


# ---------------------------------------------------------------------------------------
# What is run: tasks, pipeline setup, outcomes


@dataclass(frozen=True)
class PipelineSetup:
    """Which pipeline the workers load: patterns only, or patterns plus a classifier model."""

    patterns_only: bool = False
    model: str | None = None


@dataclass(frozen=True)
class Task:
    """One input file to label; ``name`` is the stem of its output files."""

    doc_id: str
    name: str
    path: str
    size: int


@dataclass
class Outcome:
    """What labelling one document gave: its JSONL text and summary row, or its error."""

    name: str
    doc_id: str
    status: str
    row: dict[str, Any]
    jsonl: str | None = None
    input_sha256: str = ""
    seconds: float = 0.0
    error: str = ""
    warnings: list[str] = field(default_factory=list)
    skipped: bool = False
    versions: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == "ok"


@dataclass
class BatchReport:
    """The result of a run: one outcome per document, in document order, and where things went."""

    output: Path
    outcomes: list[Outcome]
    problems: list[str]
    seconds: float
    model_version: str

    @property
    def labelled(self) -> int:
        return sum(1 for o in self.outcomes if o.ok and not o.skipped)

    @property
    def skipped(self) -> int:
        return sum(1 for o in self.outcomes if o.skipped)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.ok]

    @property
    def exit_code(self) -> int:
        """0 when at least one document has its output, 1 when every document failed."""
        return 1 if self.outcomes and len(self.failed) == len(self.outcomes) else 0


# ---------------------------------------------------------------------------------------
# Names and versions


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def clean_text(text: str) -> str:
    """Text safe to write as UTF-8: undecodable bytes of a file name become U+FFFD."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace") if text else text


def safe_name(doc_id: str) -> str:
    """A file-name stem for a document id that cannot leave the output folder.

    Keeps ``A-Z a-z 0-9 . _ -``, drops leading dots and dashes, caps the length at
    :data:`MAX_NAME`; an id changed on the way (or a name Windows reserves) gets a short
    hash of the original id, so two ids never share a name by being cleaned alike.
    """
    name = _UNSAFE.sub("_", doc_id).lstrip(".-")
    changed = not name or name != doc_id or name.split(".")[0].lower() in _RESERVED
    if len(name) > MAX_NAME:
        name, changed = name[:MAX_NAME], True
    if changed:
        tag = _digest(doc_id)[:10]
        name = f"{name}-{tag}" if name else tag
    return name


def plan(files: Sequence[Path]) -> list[Task]:
    """Tasks for input files, in file order, with output names unique even on a file system
    that ignores case (names that would collide get a hash of their id and path)."""
    from .ingest import doc_id_for

    rows = []
    for f in files:
        resolved = Path(os.path.abspath(f))
        try:
            size = resolved.stat().st_size
        except OSError:
            size = 0
        doc_id = clean_text(doc_id_for(f))
        rows.append((doc_id, safe_name(doc_id), str(resolved), size))
    groups: dict[str, int] = {}
    for _, name, _, _ in rows:
        groups[name.casefold()] = groups.get(name.casefold(), 0) + 1
    tasks = []
    for doc_id, name, path, size in rows:
        if groups[name.casefold()] > 1:
            name = f"{name[:MAX_NAME]}-{_digest(doc_id + chr(0) + path)[:10]}"
        tasks.append(Task(doc_id, name, path, size))
    names = [t.name.casefold() for t in tasks]
    if len(set(names)) != len(names):  # a hash collision: not expected in practice
        raise TreatyscopeError("two inputs map to the same output name; rename one of them")
    return tasks


def _configs_digest() -> str:
    from .extract import config_path

    root = config_path("")
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix in (".cfg", ".json", ".jsonl"):
            h.update(p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def model_card_path(setup: PipelineSetup) -> Path | None:
    """The model card the pipeline will load, or ``None`` when it runs on patterns alone."""
    if setup.patterns_only:
        return None
    from .classify import CARD_FILE, shipped_model_dir

    if setup.model:
        return Path(setup.model) / CARD_FILE
    card = shipped_model_dir() / CARD_FILE
    return card if card.is_file() else None


def model_version(setup: PipelineSetup) -> dict[str, str]:
    """What the outputs depend on besides the input: the model (its card's sha256, or
    ``patterns``), the pattern and config files, and the treatyscope version.

    Raises :class:`TreatyscopeError` for a named model without a readable card.
    """
    card_path = model_card_path(setup)
    model = "patterns"
    if card_path is not None:
        try:
            model = json.loads(card_path.read_text(encoding="utf-8"))["sha256"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise TreatyscopeError(f"{card_path}: unreadable model card ({type(exc).__name__})") from None
    return {"model": model, "patterns": _configs_digest()[:16], "treatyscope": __version__}


@functools.lru_cache(maxsize=4)
def _cached_versions(setup: PipelineSetup) -> tuple[tuple[str, str], ...]:
    return tuple(model_version(setup).items())


def _versions(setup: PipelineSetup) -> dict[str, str]:
    """The versions a worker labels with, read once per process (on a cluster, the worker's own)."""
    return dict(_cached_versions(setup))


# ---------------------------------------------------------------------------------------
# Labelling one document (runs in a worker)

_PIPELINES: dict[PipelineSetup, Any] = {}
_PIPELINE_LOCK = threading.Lock()
_LABEL_LOCK = threading.Lock()


def load_worker_pipeline(setup: PipelineSetup):
    """The pipeline for ``setup``, loaded once per process."""
    with _PIPELINE_LOCK:
        nlp = _PIPELINES.get(setup)
        if nlp is None:
            from .pipeline import default_pipeline, patterns_pipeline

            nlp = patterns_pipeline() if setup.patterns_only else default_pipeline(setup.model)
            _PIPELINES[setup] = nlp
        return nlp


def summary_row(labelled, *, file: str) -> dict[str, Any]:
    """A document's summary row: languages by share of clause text, English articles (without
    the preamble), clauses, and per label the number of clauses whose own words carry it."""
    clauses = labelled.clauses
    chars: dict[str, int] = {}
    for lc in clauses:
        chars[lc.clause.language] = chars.get(lc.clause.language, 0) + len(lc.clause.text)
    languages = sorted(chars, key=lambda k: (-chars[k], k))
    english = [lc for lc in clauses if not lc.clause.skipped]
    articles = {lc.clause.clause_id.split("(", 1)[0] for lc in english
                if lc.clause.article not in ("preamble", "body")}
    row: dict[str, Any] = {
        "document": labelled.doc_id, "file": file, "sha256": labelled.document.sha256,
        "language": ",".join(languages), "articles": len(articles), "clauses": len(clauses),
        "english_clauses": len(english),
    }
    for label in TIERS:
        row[label] = sum(1 for lc in english if label in lc.tiers)
    for label in SAFEGUARDS:
        row[label] = sum(1 for lc in english if label in lc.safeguards)
    return row


def failed_row(task: Task, error: str, sha256: str = "") -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(SUMMARY_COLUMNS)
    row.update(document=task.doc_id, file=task.name, sha256=sha256, language="", status="failed",
               error=error, warnings="")
    return row


def _short_error(error: str, path: str) -> str:
    # Input errors start with the file's path; the summary already names the document.
    return clean_text(error.removeprefix(f"{path}: "))


def label_task(task: Task, setup: PipelineSetup, timeout: float | None = None) -> Outcome:
    """Read and label one document; never raises for a bad document.

    Takes the task, the pipeline setup and a time limit in seconds (``None``: none);
    returns an :class:`Outcome` with the JSONL text and summary row, or status ``failed``
    and a one-line error.
    """
    from .ingest import read_document
    from .pipeline import label_document
    from .report import jsonl_lines

    started = time.perf_counter()
    sha = ""

    def work() -> Outcome:
        nonlocal sha
        document = read_document(task.path, doc_id=task.doc_id)
        sha = document.sha256
        labelled, warnings = label_document(document, nlp=nlp)
        text = "".join(jsonl_lines([labelled]))
        row = summary_row(labelled, file=task.name)
        warnings = [clean_text(w) for w in warnings]
        row.update(status="ok", error="", warnings="; ".join(warnings))
        return Outcome(task.name, task.doc_id, "ok", row, clean_text(text), sha,
                       time.perf_counter() - started, warnings=warnings, versions=_versions(setup))

    try:
        nlp = load_worker_pipeline(setup)
        # One document at a time per process: a spaCy pipeline is not shared between threads.
        with _LABEL_LOCK:
            return run_with_deadline(work, timeout)
    except DocumentTimeout:
        error = f"timed out after {timeout:g} s"
    except InputError as exc:
        error = _short_error(str(exc), task.path)
    except MemoryError:
        error = "out of memory"
    except Exception as exc:  # a bug on one document must not stop the run
        last = traceback.extract_tb(exc.__traceback__)[-1]
        message = str(exc).splitlines()[0] if str(exc) else ""
        error = clean_text(f"{type(exc).__name__}: {message} ({Path(last.filename).name}:{last.lineno})")
    return Outcome(task.name, task.doc_id, "failed", failed_row(task, error, sha), None, sha,
                   time.perf_counter() - started, error=error)


# How often a deadline that has passed is raised again, until it lands: Python drops an
# exception raised where it cannot propagate (a __del__, a weakref or gc callback) with a
# warning, and the signal or asynchronous exception may happen to run there.
DEADLINE_REPEAT = 0.05


def run_with_deadline(fn: Callable[[], Any], seconds: float | None) -> Any:
    """Call ``fn``; raise :class:`DocumentTimeout` in it after ``seconds``.

    In the main thread a timer signal interrupts it; in another thread (a Dask worker's)
    the exception is raised asynchronously in that thread. Either way it lands when the
    Python code next runs, and is raised again every :data:`DEADLINE_REPEAT` seconds
    until it has: work stuck inside one C call is not interrupted (the local engine kills
    such a worker from outside).
    """
    if not seconds or seconds <= 0:
        return fn()
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        def on_alarm(signum, frame):
            raise DocumentTimeout()

        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds, DEADLINE_REPEAT)
        try:
            return fn()
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    finished = threading.Event()
    state = {"fired": False}

    def fire() -> None:
        wait = seconds
        while not finished.wait(wait):
            with lock:
                if finished.is_set():
                    return
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(DocumentTimeout))
            wait = DEADLINE_REPEAT

    timer = threading.Thread(target=fire, name="treatyscope-deadline", daemon=True)
    timer.start()
    try:
        return fn()
    finally:
        with lock:
            finished.set()
        if state["fired"]:
            # Withdraw an exception that has not been delivered yet.
            ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)


# ---------------------------------------------------------------------------------------
# The output folder


class OutputFolder:
    """The folder a run writes to, locked against a second run while this one lasts."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)
        self.docs = self.root / DOCS_DIR
        self.state = self.root / STATE_DIR
        self._lock_fd: int | None = None

    def open(self) -> "OutputFolder":
        """Create the folder and take its lock; raises :class:`OutputFolderError` if unusable."""
        import fcntl

        if self.root.exists() and not self.root.is_dir():
            raise OutputFolderError(f"{self.root}: exists and is not a folder")
        try:
            for d in (self.root, self.docs, self.state):
                d.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.root / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise OutputFolderError(f"{self.root}: cannot be used as the output folder ({exc.strerror or exc})") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise OutputFolderError(f"{self.root}: another batch run is writing to this folder") from None
        self._lock_fd = fd
        try:
            probe_fd, probe = tempfile.mkstemp(dir=self.state, prefix=".probe.", suffix=".tmp")
            os.close(probe_fd)
            os.unlink(probe)
        except OSError as exc:
            self.close()
            raise OutputFolderError(f"{self.root}: cannot write in the output folder ({exc.strerror or exc})") from None
        self._remove_leftovers()
        return self

    def close(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def _remove_leftovers(self) -> None:
        # Temporary files of a run that was killed while writing.
        for d in (self.root, self.docs, self.state):
            for p in d.glob(".*.tmp"):
                try:
                    p.unlink()
                except OSError:
                    pass

    def jsonl_path(self, name: str) -> Path:
        return self.docs / f"{name}.jsonl"

    def state_path(self, name: str) -> Path:
        return self.state / f"{name}.json"

    def complete(self, task: Task, versions: dict[str, str]) -> Outcome | None:
        """The recorded outcome of a document whose output is complete and current, else None."""
        try:
            state = json.loads(self.state_path(task.name).read_text(encoding="utf-8"))
            if (state.get("doc_id") != task.doc_id or state.get("versions") != versions
                    or state.get("input_sha256") != sha256_file(task.path)
                    or state.get("output_sha256") != sha256_file(self.jsonl_path(task.name))):
                return None
            row = state["row"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return Outcome(task.name, task.doc_id, "ok", row, None, state["input_sha256"], skipped=True)

    def record(self, task: Task, outcome: Outcome, versions: dict[str, str]) -> None:
        """Write a labelled document's JSONL and then its state; for a failed one, remove both."""
        if outcome.ok and outcome.jsonl is not None:
            data = outcome.jsonl.encode("utf-8")
            atomic_write(self.jsonl_path(task.name), data)
            state = {
                "doc_id": task.doc_id, "file": task.name, "source": clean_text(task.path),
                "input_sha256": outcome.input_sha256, "output_sha256": hashlib.sha256(data).hexdigest(),
                "versions": versions, "row": outcome.row,
            }
            atomic_write(self.state_path(task.name), _json_bytes(state))
        else:
            for p in (self.state_path(task.name), self.jsonl_path(task.name)):
                try:
                    p.unlink()
                except FileNotFoundError:
                    pass

    def write_summary(self, rows: list[dict[str, Any]]) -> None:
        """The corpus summary as CSV and Parquet, rows sorted by document id."""
        rows = sorted(rows, key=lambda r: (r["document"], r["file"]))
        atomic_write(self.root / SUMMARY_CSV, summary_csv(rows).encode("utf-8"))
        atomic_write(self.root / SUMMARY_PARQUET, summary_parquet(rows))


def _json_bytes(obj: Any) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def summary_csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(SUMMARY_COLUMNS)
    for r in rows:
        w.writerow(["" if r.get(c) is None else r.get(c) for c in SUMMARY_COLUMNS])
    return out.getvalue()


def summary_parquet(rows: list[dict[str, Any]]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c, pa.int64() if c in _COUNT_COLUMNS else pa.string()) for c in SUMMARY_COLUMNS])
    table = pa.Table.from_pylist([{c: r.get(c) for c in SUMMARY_COLUMNS} for r in rows], schema=schema)
    buf = io.BytesIO()
    pq.write_table(table, buf, compression="zstd")
    return buf.getvalue()


class RunLog:
    """``run.log``: one tab-separated line per event, appended as it happens."""

    def __init__(self, path: Path):
        self.file = open(path, "a", encoding="utf-8", errors="replace")

    def write(self, *fields: Any) -> None:
        stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        line = "\t".join([stamp, *(clean_text(str(f)).replace("\n", " ").replace("\t", " ") for f in fields)])
        self.file.write(line + "\n")
        self.file.flush()

    def close(self) -> None:
        self.file.close()


# ---------------------------------------------------------------------------------------
# Engines: each calls ``done(task, outcome)`` once per task, in completion order


def _worker_main(conn, setup: PipelineSetup, timeout: float | None) -> None:
    """A local worker process: load the pipeline, then label tasks until told to stop."""
    import gc

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    try:
        load_worker_pipeline(setup)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which stops the run
        with contextlib.suppress(Exception):  # the parent may already be gone
            conn.send(("error", f"the pipeline could not be loaded: {exc}"))
        return
    # The pipeline lives as long as the worker: keep it out of garbage collection, and collect
    # less often (labelling makes many short-lived objects; about 5% faster, measured).
    gc.freeze()
    gc.set_threshold(100_000, 50, 1000)
    conn.send(("ready", os.getpid()))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if task is None:
            return
        try:
            conn.send(("took", task.name))  # from here on a death is this document's
        except OSError:
            return
        outcome = label_task(task, setup, timeout)
        try:
            conn.send(("done", outcome))
        except OSError:
            return


# A worker that dies before it has taken a task leaves the task to another worker; a task given
# to this many workers that all died before taking it is recorded as failed (no endless loop).
MAX_HANDOVERS = 3


class _Worker:
    """A worker process seen from the parent: its pipe, and the task it was sent, if any."""

    def __init__(self, ctx, setup: PipelineSetup, timeout: float | None):
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_worker_main, args=(child, setup, timeout), daemon=True)
        self.proc.start()
        child.close()
        self.ready = False
        self.gone = False  # its pipe is closed: it has exited
        self.task: Task | None = None
        self.taken = False  # it has said it took ``task``: a death from now on is the task's
        self.started = 0.0

    def assign(self, task: Task) -> None:
        self.task, self.taken, self.started = task, False, time.monotonic()
        try:
            self.conn.send(task)
        except OSError:  # it died after its last document (BrokenPipeError)
            self.gone = True

    def took(self, name: str) -> None:
        """The worker's word that it has started on the task it was sent."""
        if self.task is not None and self.task.name == name:
            self.taken = True

    def receive(self) -> tuple[str, Any] | None:
        """The worker's next message, if one has arrived; ``None`` otherwise."""
        try:
            if self.conn.poll():
                return self.conn.recv()
        except (EOFError, OSError):
            self.gone = True  # a worker's end of the pipe closes only when it exits
        return None

    def stop(self, *, kill: bool = False) -> None:
        if kill and self.proc.is_alive():
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def _death_message(proc) -> str:
    code = proc.exitcode
    if code is not None and code < 0:
        try:
            return f"the worker process was killed by {signal.Signals(-code).name}"
        except ValueError:
            pass
    return f"the worker process died (exit code {code})"


def run_local(tasks: Sequence[Task], setup: PipelineSetup, done: Callable[[Task, Outcome], None], *,
              workers: int, timeout: float | None) -> None:
    """Label tasks in ``workers`` processes (0: in this process).

    A worker that dies while labelling a document, or overruns ``timeout`` by
    :data:`HARD_KILL_GRACE` seconds, is killed and replaced, and that document is recorded as
    failed; a document sent to a worker that died before taking it goes to the next worker.
    Raises :class:`TreatyscopeError` when workers cannot load the pipeline.
    """
    if workers <= 0:
        load_worker_pipeline(setup)
        for task in tasks:
            done(task, label_task(task, setup, timeout))
        return
    import multiprocessing as mp
    from multiprocessing.connection import wait

    ctx = mp.get_context("spawn")  # no fork of a process holding threads and locks
    pending = deque(tasks)
    handovers: dict[str, int] = {}
    pool = [_Worker(ctx, setup, timeout) for _ in range(min(workers, len(tasks)))]
    startup_failures = 0
    try:
        while pending or any(w.task for w in pool):
            for w in pool:
                if w.ready and not w.gone and w.task is None and pending:
                    w.assign(pending.popleft())
            now = time.monotonic()
            limit = (timeout + HARD_KILL_GRACE) if timeout else None
            wait_for = 1.0
            if limit:
                for w in pool:
                    if w.task is not None:
                        wait_for = min(wait_for, max(0.0, w.started + limit - now))
            wait([w.conn for w in pool] + [w.proc.sentinel for w in pool], timeout=wait_for)
            for i, w in enumerate(pool):
                message = w.receive()
                if message is not None:
                    kind, value = message
                    if kind == "ready":
                        w.ready, startup_failures = True, 0
                    elif kind == "took":
                        w.took(value)
                    elif kind == "done":
                        task, w.task = w.task, None
                        done(task, value)
                    else:
                        raise TreatyscopeError(value)
                    continue
                dead = w.gone or not w.proc.is_alive()
                overdue = limit is not None and w.task is not None and time.monotonic() - w.started > limit
                if not dead and not overdue:
                    continue
                if dead:
                    w.proc.join(timeout=5)  # an exiting process: wait for its exit code, for the message
                task = w.task
                if overdue and not dead:
                    error = f"timed out after {timeout:g} s"
                else:
                    error = _death_message(w.proc) + (" while labelling it" if w.taken else " before it could take it")
                w.stop(kill=True)
                if task is not None and dead and not w.taken and handovers.get(task.name, 0) < MAX_HANDOVERS - 1:
                    handovers[task.name] = handovers.get(task.name, 0) + 1
                    pending.appendleft(task)  # it died before taking the task: no fault of the document's
                elif task is not None:
                    done(task, Outcome(task.name, task.doc_id, "failed", failed_row(task, error), error=error,
                                       seconds=time.monotonic() - w.started))
                elif not w.ready:
                    startup_failures += 1
                    if startup_failures >= 3:
                        raise TreatyscopeError(f"worker processes keep dying while loading the pipeline "
                                               f"({_death_message(w.proc)})")
                pool[i] = _Worker(ctx, setup, timeout)
    finally:
        interrupted = bool(pending) or any(w.task for w in pool)
        for w in pool:
            w.stop(kill=interrupted)


def run_dask(tasks: Sequence[Task], setup: PipelineSetup, done: Callable[[Task, Outcome], None], *,
             workers: int, scheduler: str | None, timeout: float | None) -> None:
    """Label tasks on a ``dask.distributed`` cluster: the one at ``scheduler``, or a local one
    with ``workers`` single-threaded worker processes.

    Workers must see the input files at the paths this machine sees them (a shared file
    system); outputs come back to this process. A task lost with its worker (after Dask's
    own retries) is recorded as failed. Raises :class:`TreatyscopeError` when the scheduler
    cannot be reached.
    """
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise TreatyscopeError("engine dask needs dask.distributed: pip install 'treatyscope[dask]'") from None
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="20s")
        else:
            cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
    except (OSError, TimeoutError, ValueError) as exc:
        raise TreatyscopeError(f"cannot reach the Dask scheduler {scheduler or '(local)'}: {exc}") from None
    try:
        by_key = {}
        futures = []
        for task in tasks:
            fut = client.submit(label_task, task, setup, timeout, key=f"treatyscope-label-{task.name}-{_digest(task.path)[:8]}",
                                pure=False)
            by_key[fut.key] = task
            futures.append(fut)
        for fut in as_completed(futures):
            task = by_key[fut.key]
            try:
                outcome = fut.result()
            except Exception as exc:  # lost worker (KilledWorker), cancelled task, scheduler gone
                error = clean_text(f"the Dask task failed: {type(exc).__name__}: {exc}".splitlines()[0])
                outcome = Outcome(task.name, task.doc_id, "failed", failed_row(task, error), error=error)
            done(task, outcome)
            fut.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# ---------------------------------------------------------------------------------------
# A run


def run_batch(
    inputs: Iterable[str | os.PathLike],
    output: str | os.PathLike,
    *,
    workers: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    resume: bool = False,
    timeout: float | None = DEFAULT_TIMEOUT,
    patterns_only: bool = False,
    model: str | os.PathLike | None = None,
    on_start: Callable[[int, int], None] | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> BatchReport:
    """Label every document the inputs name into an output folder.

    Takes files, folders and glob patterns, the output folder and the run's options
    (``workers`` defaults to the CPUs available; ``engine`` is ``local`` or ``dask``);
    ``on_start(to_label, skipped)`` and ``on_outcome(outcome)`` report progress. Returns
    the :class:`BatchReport`. Raises :class:`InputError` when the inputs name no file,
    :class:`OutputFolderError` for an unusable output folder and :class:`TreatyscopeError`
    when the pipeline cannot be loaded.
    """
    from .ingest import discover

    started = time.perf_counter()
    files, problems = discover(list(inputs))
    if not files:
        raise InputError("; ".join(problems) or "no input files")
    tasks = plan(files)
    setup = PipelineSetup(patterns_only=patterns_only, model=os.path.abspath(model) if model else None)
    versions = model_version(setup)
    workers = _available_cpus() if workers is None else workers
    folder = OutputFolder(output).open()
    log = RunLog(folder.root / RUN_LOG)
    try:
        log.write("start", f"treatyscope {__version__}", f"engine={engine}", f"workers={workers}",
                  f"documents={len(tasks)}", f"model={versions['model']}", f"patterns={versions['patterns']}",
                  f"resume={resume}", f"timeout={timeout}")
        for p in problems:
            log.write("input-problem", p)
        results: dict[str, Outcome] = {}
        todo: list[Task] = []
        for task in tasks:
            previous = folder.complete(task, versions) if resume else None
            if previous is not None:
                results[task.name] = previous
                log.write("skipped", task.doc_id, "output complete")
            else:
                todo.append(task)
        if on_start:
            on_start(len(todo), len(tasks) - len(todo))
        # Largest first: the long documents start early and do not finish alone at the end.
        todo.sort(key=lambda t: (-t.size, t.name))

        def done(task: Task, outcome: Outcome) -> None:
            if outcome.ok and outcome.versions != versions:
                # A cluster worker with another model or treatyscope installed.
                error = f"the worker labelled with other versions ({_version_text(outcome.versions)}) than this command"
                outcome = Outcome(task.name, task.doc_id, "failed", failed_row(task, error), error=error,
                                  seconds=outcome.seconds)
            try:
                folder.record(task, outcome, versions)
            except OSError as exc:  # disk full, folder removed: no later document can be saved either
                raise OutputFolderError(f"{folder.root}: cannot write outputs ({exc.strerror or exc})") from None
            outcome.jsonl = None  # written; keeping it would hold every output in memory
            results[task.name] = outcome
            if outcome.ok:
                log.write("ok", task.doc_id, f"{outcome.row['clauses']} clauses", f"{outcome.seconds:.2f} s",
                          *(f"warning: {w}" for w in outcome.warnings))
            else:
                log.write("failed", task.doc_id, outcome.error, f"{outcome.seconds:.2f} s")
            if on_outcome:
                on_outcome(outcome)

        if todo:
            if engine == "dask":
                run_dask(todo, setup, done, workers=workers, scheduler=scheduler, timeout=timeout)
            elif engine == "local":
                run_local(todo, setup, done, workers=workers, timeout=timeout)
            else:
                raise TreatyscopeError(f"unknown engine {engine!r}; expected local or dask")
        outcomes = [results[t.name] for t in tasks]
        folder.write_summary([o.row for o in outcomes])
        seconds = time.perf_counter() - started
        report = BatchReport(folder.root, outcomes, problems, seconds, versions["model"])
        log.write("done", f"{report.labelled} labelled", f"{report.skipped} skipped", f"{len(report.failed)} failed",
                  f"{seconds:.1f} s", f"{report.labelled / seconds:.1f} documents/s",
                  f"this process {time.process_time():.1f} s CPU")
        return report
    except BaseException as exc:
        log.write("stopped", type(exc).__name__, str(exc))
        raise
    finally:
        log.close()
        folder.close()


def _version_text(versions: dict[str, str]) -> str:
    return ", ".join(f"{k} {v[:12]}" for k, v in sorted(versions.items()))


def _available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
