"""The output folder of a run: per-document JSONL and state files, the summary, the log.

Every output except the log is written to a temporary file and renamed, and holds no times,
so the same inputs and model always give the same bytes.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..corpus import sha256_file
from ..errors import TreatyscopeError
from ..faults import os_cause
from ..fileio import atomic_write, atomic_write_many, write_all
from ..types import SAFEGUARDS, TIERS
from .plan import Outcome, Status, Task, clean_text


DOCS_DIR = "docs"
STATE_DIR = "_state"
SUMMARY_CSV = "summary.csv"
SUMMARY_PARQUET = "summary.parquet"
RUN_LOG = "run.log"
LOCK_FILE = ".lock"
SUMMARY_COLUMNS: tuple[str, ...] = (
    "document", "file", "path", "sha256", "language", "articles", "clauses", "english_clauses",
    *TIERS, *SAFEGUARDS, "status", "error", "warnings",
)
_COUNT_COLUMNS = ("articles", "clauses", "english_clauses", *TIERS, *SAFEGUARDS)


class OutputFolderError(TreatyscopeError):
    """An output folder that cannot be created, written or locked."""


def summary_row(labelled, *, file: str, path: str = "") -> dict[str, Any]:
    """A document's summary row (``file``: the name of its outputs; ``path``: the input file): languages by share of clause text, English articles (without
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
        "document": labelled.doc_id, "file": file, "path": path, "sha256": labelled.document.sha256,
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
    row.update(document=task.doc_id, file=task.name, path=clean_text(task.path), sha256=sha256, language="", status=Status.FAILED.value,
               error=error, warnings="")
    return row


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

    def remove_stale(self, names: set[str]) -> list[str]:
        """Remove the outputs (``docs/*.jsonl`` and their state) of documents that are not in
        this run's plan: a file renamed or removed since, or an input whose output name
        changed (``Treaty.md`` labelled alone, then beside ``treaty.md``). Names are compared
        ignoring case, as a file system that ignores case stores them. Returns the names removed."""
        keep = {n.casefold() for n in names}
        removed = []
        for folder, suffix in ((self.docs, ".jsonl"), (self.state, ".json")):
            for p in sorted(folder.glob(f"*{suffix}")):
                stem = p.name[: -len(suffix)]
                if stem.casefold() not in keep:
                    try:
                        p.unlink()
                    except FileNotFoundError:
                        continue
                    removed.append(stem)
        return sorted(set(removed))

    def jsonl_path(self, name: str) -> Path:
        return self.docs / f"{name}.jsonl"

    def state_path(self, name: str) -> Path:
        return self.state / f"{name}.json"

    def complete(self, task: Task, versions: dict[str, str]) -> Outcome | None:
        """The recorded outcome of a document whose output is complete and current, else None.

        The input is hashed as it is read for labelling: only a regular file, at most the
        size limit plus one byte (a device, a FIFO or a file over the limit is not complete:
        it goes to a worker, which records why it failed)."""
        from ..ingest import sha256_limited

        try:
            state = json.loads(self.state_path(task.name).read_text(encoding="utf-8"))
            if (state.get("doc_id") != task.doc_id or state.get("versions") != versions
                    or state.get("input_sha256") != sha256_limited(task.path)
                    or state.get("output_sha256") != sha256_file(self.jsonl_path(task.name))):
                return None
            row = dict(state["row"], path=clean_text(task.path))  # the file may have moved since
        except (OSError, ValueError, KeyError, TypeError, RecursionError, TreatyscopeError):
            return None
        return Outcome(task.name, task.doc_id, Status.OK, row, None, state["input_sha256"], skipped=True)

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
        """The corpus summary as CSV and Parquet, rows sorted by document id. Both are written
        in full before either replaces the old one: a full disk leaves the old pair, never a new
        CSV beside an old or missing Parquet file."""
        rows = sorted(rows, key=lambda r: (r["document"], r["file"]))
        atomic_write_many([(self.root / SUMMARY_CSV, summary_csv(rows).encode("utf-8")),
                           (self.root / SUMMARY_PARQUET, summary_parquet(rows))])


def _json_bytes(obj: Any) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def summary_csv(rows: list[dict[str, Any]]) -> str:
    """The summary as CSV, lines ending in ``\\n``. The csv module quotes a field holding the
    delimiter, a quote or a ``\\n``, but not a lone ``\\r`` (not in this line ending), which
    any CSV reader takes for a line break: a row with a ``\\r`` anywhere (a file name) has
    every field quoted, so it reads back as one row whatever the name."""
    out = io.StringIO()
    plain = csv.writer(out, lineterminator="\n")
    quoted = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
    plain.writerow(SUMMARY_COLUMNS)
    for r in rows:
        values = ["" if r.get(c) is None else r.get(c) for c in SUMMARY_COLUMNS]
        (quoted if any("\r" in v for v in values if isinstance(v, str)) else plain).writerow(values)
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
    """``run.log``: one tab-separated line per event, appended as it happens, whole or not at all.

    A line that cannot be written (a full disk) is taken back (the file is cut to its length
    before the line) and raises :class:`OutputFolderError`; after that the log writes nothing,
    so the run's ``stopped`` line cannot raise a second error while the first is handled.
    """

    def __init__(self, path: Path):
        self.path = path
        self.failed = False
        try:
            self.fd: int | None = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
        except OSError as exc:
            raise OutputFolderError(f"{path}: cannot be written ({os_cause(exc)})") from None

    def write(self, *fields: Any) -> None:
        if self.failed or self.fd is None:
            return
        stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        line = "\t".join([stamp, *(clean_text(str(f)).replace("\n", " ").replace("\r", " ").replace("\t", " ")
                                   for f in fields)])
        size = None
        try:
            size = os.fstat(self.fd).st_size
            write_all(self.fd, (line + "\n").encode("utf-8", "replace"))
        except OSError as exc:
            self.failed = True
            if size is not None:
                try:
                    os.ftruncate(self.fd, size)  # no half line left behind
                except OSError:
                    pass
            raise OutputFolderError(f"{self.path}: cannot be written ({os_cause(exc)})") from None

    def close(self) -> None:
        if self.fd is not None:
            try:
                os.close(self.fd)
            except OSError:
                pass
            self.fd = None
