"""``treatyscope batch``: label a whole collection into a folder, resumably, locally or on Dask.

"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..batch import DEFAULT_TIMEOUT, RUN_LOG, SUMMARY_CSV, Outcome, run_batch
from ..errors import TreatyscopeError
from .common import ModelOpt, PatternsOpt, _err

app = typer.Typer()


class Engine(str, Enum):
    local = "local"
    dask = "dask"


@app.command("batch")
def batch_cmd(
    inputs: Annotated[list[str], typer.Argument(help="Treaty files, folders and glob patterns ('corpus/*.md').", show_default=False)],
    output: Annotated[Path, typer.Option("--output", "-o", help="Output folder: docs/NAME.jsonl per document, summary.parquet, summary.csv, run.log.", file_okay=False, show_default=False)],
    workers: Annotated[Optional[int], typer.Option("--workers", "-w", min=0, help="Worker processes (0: label in this process). Default: the CPUs available.", show_default=False)] = None,
    engine: Annotated[Engine, typer.Option("--engine", help="local: worker processes on this machine; dask: a dask.distributed cluster.")] = Engine.local,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Dask scheduler address (tcp://host:8786). Default with --engine dask: a local cluster.", show_default=False)] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Skip documents whose outputs are complete for the same input and model.")] = False,
    timeout: Annotated[float, typer.Option("--timeout", min=0.0, help="Seconds one document may take before it is recorded as failed (0: no limit).")] = DEFAULT_TIMEOUT,
    model: ModelOpt = None,
    patterns_only: PatternsOpt = False,
    skip_missing: Annotated[bool, typer.Option("--skip-missing", help="Go on without inputs that name no file (a missing path, an empty folder, a pattern that matches nothing) instead of stopping before any work.")] = False,
    follow_links: Annotated[bool, typer.Option("--follow-links", help="Follow symlinks that lead out of an input folder (default: such symlinks are skipped, with a warning).")] = False,
    progress: Annotated[Optional[bool], typer.Option("--progress/--no-progress", help="Show a progress bar (default: when standard error is a terminal).", show_default=False)] = None,
) -> None:
    """Label many treaties into a folder; a failed document is recorded and the run goes on.

    Exit code 0 when at least one document has its output, 1 when every document failed,
    2 when an input names no file or a folder cannot be searched (unless --skip-missing) or the
    output folder cannot be used or written (a full disk: run again with --resume); 130 on
    Ctrl-C and 143 on SIGTERM (both logged in run.log, the workers stopped).
    """
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn
    from rich.text import Text

    from ..display import terminal_safe

    if scheduler and engine is not Engine.dask:
        _err("error: --scheduler needs --engine dask")
        raise typer.Exit(2)
    console = Console(stderr=True)
    show = console.is_terminal if progress is None else progress

    class RateColumn(ProgressColumn):
        def render(self, task) -> Text:
            return Text(f"{task.speed:.1f} docs/s" if task.speed else "– docs/s", style="progress.data.speed")

    bar = Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                   RateColumn(), TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn(),
                   console=console, disable=not show, transient=False)
    state: dict[str, int] = {"failed": 0}
    task_id = bar.add_task("labelling", total=None)

    def on_start(to_label: int, skipped: int) -> None:
        if skipped:
            console.print(f"{skipped} document(s) already complete, skipped (--resume)", highlight=False)
        bar.update(task_id, total=to_label)

    def on_outcome(outcome: Outcome) -> None:
        if not outcome.ok:
            state["failed"] += 1
            bar.console.print(f"[red]failed[/red] {escape(terminal_safe(outcome.doc_id))}: "
                              f"{escape(terminal_safe(outcome.error))}", highlight=False)
        bar.update(task_id, advance=1, description=f"labelling ({state['failed']} failed)" if state["failed"] else "labelling")

    try:
        with bar:
            report = run_batch(inputs, output, workers=workers, engine=engine.value, scheduler=scheduler, resume=resume,
                               timeout=timeout or None, patterns_only=patterns_only, model=model,
                               on_start=on_start, on_outcome=on_outcome, skip_missing=skip_missing,
                               follow_links=follow_links)
    except TreatyscopeError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2) from None
    for p in report.problems:
        _err(f"warning: skipped input: {p}")
    for n in report.notes:
        _err(f"warning: {n}")
    _err(f"{len(report.outcomes)} documents: {report.labelled} labelled, {report.skipped} skipped (complete), "
         f"{len(report.failed)} failed in {report.seconds:.1f} s ({report.rate()}); "
         f"summary in {report.output / SUMMARY_CSV}, log in {report.output / RUN_LOG}")
    if report.exit_code:
        _err("error: every document failed")
    raise typer.Exit(report.exit_code)
