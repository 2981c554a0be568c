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

The modules, in the order a run uses them: :mod:`.plan` (inputs to tasks and output
names), :mod:`.worker` (labelling one document), :mod:`.deadline` (time limits),
:mod:`.engines` (local worker processes or Dask), :mod:`.outputs` (the folder, the
summary, the log).

Documents are labelled by :func:`~.worker.label_task`, in worker processes (engine ``local``: each
worker loads the pipeline once; one that dies or overruns the time limit is replaced and
its document recorded as failed) or on a ``dask.distributed`` cluster (engine ``dask``).
Workers return the JSONL text; only the process that started the run writes to ``DIR``.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .._version import __version__
from ..errors import InputError
from ..faults import os_cause, sigterm_raises
from .deadline import DocumentTimeout, run_with_deadline
from .engines import HARD_KILL_GRACE, run_dask, run_local, run_tasks, start_local, stop_local
from .outputs import (LOCK_FILE, RUN_LOG, SUMMARY_COLUMNS, SUMMARY_CSV, SUMMARY_PARQUET, OutputFolder,
                      OutputFolderError, RunLog, failed_row)
from .plan import MAX_NAME, Outcome, Status, Task, plan, safe_name
from .worker import PipelineSetup, label_task, model_version

__all__ = ["run_batch", "BatchReport", "Outcome", "PipelineSetup", "Task", "OutputFolder", "OutputFolderError",
           "DocumentTimeout", "run_with_deadline", "run_local", "run_dask", "run_tasks", "label_task", "plan", "safe_name",
           "DEFAULT_TIMEOUT", "HARD_KILL_GRACE", "MAX_NAME", "RUN_LOG", "LOCK_FILE", "SUMMARY_CSV",
           "SUMMARY_PARQUET", "SUMMARY_COLUMNS"]

DEFAULT_TIMEOUT = 120.0


@dataclass
class BatchReport:
    """The result of a run: one outcome per document, in document order, and where things went."""

    output: Path
    outcomes: list[Outcome]
    problems: list[str]
    seconds: float
    model_version: str
    notes: list[str] = field(default_factory=list)

    @property
    def labelled(self) -> int:
        return sum(1 for o in self.outcomes if o.ok and not o.skipped)

    @property
    def skipped(self) -> int:
        return sum(1 for o in self.outcomes if o.skipped)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.ok]

    def rate(self) -> str:
        """The labelling rate in words that cannot mislead: documents per second, or seconds per
        document when slower than one a second; the wall time of the whole run (start-up included)."""
        done = self.labelled + len(self.failed)
        if not done or self.seconds <= 0:
            return "nothing labelled"
        per_second = done / self.seconds
        if per_second >= 1:
            return f"{per_second:.1f} documents/s"
        return f"{self.seconds / done:.1f} s per document"

    @property
    def exit_code(self) -> int:
        """0 when at least one document has its output, 1 when every document failed."""
        return 1 if self.outcomes and len(self.failed) == len(self.outcomes) else 0


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
    skip_missing: bool = False,
    follow_links: bool = False,
) -> BatchReport:
    """Label every document the inputs name into an output folder.

    Takes files, folders and glob patterns, the output folder and the run's options
    (``workers`` defaults to the CPUs available; ``engine`` is ``local`` or ``dask``);
    ``on_start(to_label, skipped)`` and ``on_outcome(outcome)`` report progress. Returns
    the :class:`BatchReport`. Raises :class:`InputError`, before any work starts, when an
    input names no file (a missing path, an empty folder, a pattern that matches nothing;
    with ``skip_missing``, only when no input names a file; symlinks leading out of an
    input folder are followed only with ``follow_links``),
    :class:`OutputFolderError` for an unusable output folder and :class:`TreatyscopeError`
    when the pipeline cannot be loaded.
    """
    with sigterm_raises():  # SIGTERM, like Ctrl-C, is logged and stops the workers
        return _run_batch(inputs, output, workers=workers, engine=engine, scheduler=scheduler, resume=resume,
                          timeout=timeout, patterns_only=patterns_only, model=model, on_start=on_start,
                          on_outcome=on_outcome, skip_missing=skip_missing, follow_links=follow_links)


def _run_batch(inputs, output, *, workers, engine, scheduler, resume, timeout, patterns_only, model, on_start,
               on_outcome, skip_missing, follow_links=False) -> BatchReport:
    from ..ingest import discover

    started = time.perf_counter()
    notes: list[str] = []
    files, problems = discover(list(inputs), follow_links=follow_links, notes=notes)
    if not files or (problems and not skip_missing):
        hint = "" if not files else " (--skip-missing labels the others)"
        raise InputError("; ".join(problems) + hint if problems else "no input files")
    setup = PipelineSetup(patterns_only=patterns_only, model=os.path.abspath(model) if model else None)
    versions = model_version(setup)
    workers = _available_cpus() if workers is None else workers
    # Local workers load the pipeline while the run is planned and resumed documents are checked.
    pool = start_local(setup, min(workers, len(files)), timeout) if engine == "local" else None
    try:
        renamed: list[str] = []
        tasks = plan(files, renamed)
        folder = OutputFolder(output).open()
    except BaseException:
        stop_local(pool, kill=True)
        raise
    try:
        log = RunLog(folder.root / RUN_LOG)
    except BaseException:
        stop_local(pool, kill=True)
        folder.close()
        raise
    try:
        log.write("start", f"treatyscope {__version__}", f"engine={engine}", f"workers={workers}",
                  f"documents={len(tasks)}", f"model={versions['model']}", f"patterns={versions['patterns']}",
                  f"resume={resume}", f"timeout={timeout}")
        for p in problems:
            log.write("input-problem", p)
        for note in renamed:
            log.write("renamed", note)
        for name in folder.remove_stale({t.name for t in tasks}):
            log.write("removed-stale", name, "output of no input of this run")
        for n in notes:
            log.write("input-note", n)
        results: dict[str, Outcome] = {}
        todo: list[Task] = []
        for task in tasks:
            previous = _complete(folder, task, versions, timeout, log) if resume else None
            if previous is not None:
                results[task.name] = previous
                log.write("skipped", task.doc_id, "output complete")
            else:
                todo.append(task)
        if on_start:
            on_start(len(todo), len(tasks) - len(todo))
        # Largest first: the long documents start early and do not finish alone at the end. But
        # each worker's first document is a short one, so the first results (and the rate) come
        # a moment after the workers are ready, not after the longest document.
        todo.sort(key=lambda t: (-t.size, t.name))
        starters = max(workers, 1)
        if len(todo) > 2 * starters:
            todo = todo[-starters:][::-1] + todo[:-starters]

        def done(task: Task, outcome: Outcome) -> None:
            if outcome.ok and outcome.versions != versions:
                # A cluster worker with another model or treatyscope installed.
                error = f"the worker labelled with other versions ({_version_text(outcome.versions)}) than this command"
                outcome = Outcome(task.name, task.doc_id, Status.FAILED, failed_row(task, error), error=error,
                                  seconds=outcome.seconds)
            try:
                folder.record(task, outcome, versions)
            except OSError as exc:  # disk full, folder removed: no later document can be saved either
                raise OutputFolderError(f"{folder.root}: cannot write the outputs of {task.doc_id} ({os_cause(exc)}); "
                                        "the documents labelled before are kept: run again with --resume") from None
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
            run_tasks(engine, todo, setup, done, workers=workers, scheduler=scheduler, timeout=timeout, pool=pool)
        stop_local(pool)
        outcomes = [results[t.name] for t in tasks]
        try:
            folder.write_summary([o.row for o in outcomes])
        except OSError as exc:  # the old summary pair is left as it was; --resume writes it
            raise OutputFolderError(f"{folder.root}: cannot write the summary ({os_cause(exc)}); "
                                    "the documents labelled are kept: run again with --resume") from None
        seconds = time.perf_counter() - started
        report = BatchReport(folder.root, outcomes, problems, seconds, versions["model"], notes)
        log.write("done", f"{report.labelled} labelled", f"{report.skipped} skipped", f"{len(report.failed)} failed",
                  f"{seconds:.1f} s", report.rate(),
                  f"this process {time.process_time():.1f} s CPU")
        return report
    except BaseException as exc:
        try:
            log.write("stopped", type(exc).__name__, str(exc) or ("interrupted" if isinstance(exc, KeyboardInterrupt) else ""))
        except OutputFolderError:
            pass  # the log cannot be written either (a full disk): the error that stopped the run is told
        raise
    finally:
        stop_local(pool, kill=True)
        log.close()
        folder.close()


def _complete(folder: OutputFolder, task: Task, versions: dict[str, str], timeout: float | None,
              log: RunLog) -> Outcome | None:
    """``folder.complete`` for ``--resume``, under the run's time limit: checking an input
    (hashing at most the size limit plus one byte of a regular file) that takes longer than
    ``timeout`` counts as not complete, and the document goes to a worker, which has the
    same limit."""
    try:
        return run_with_deadline(lambda: folder.complete(task, versions), timeout)
    except DocumentTimeout:
        log.write("resume-check", task.doc_id, f"checking the input took over {timeout:g} s; labelled again")
        return None


def _version_text(versions: dict[str, str]) -> str:
    return ", ".join(f"{k} {v[:12]}" for k, v in sorted(versions.items()))


def _available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
