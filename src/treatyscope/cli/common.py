"""What the command modules share: one-line messages, atomic output files, the sample draft, common options,
and opening the precedent index (``precedents``, ``report --precedents``, ``compare --precedents``)."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import TreatyscopeError
from ..fileio import atomic_write
from ..paths import sample_draft

__all__ = ["sample_draft", "write_atomic", "progress_bar", "table_width", "model_reader_first", "_err", "_inputs", "CorpusOpt", "ModelOpt", "PatternsOpt", "OutputOpt", "FollowLinksOpt", "TimeoutOpt", "within_time",
           "index_location", "open_index"]

CorpusOpt = Annotated[Optional[Path], typer.Option("--corpus", help="Corpus folder (default: TREATYSCOPE_CORPUS, then ../shared/corpora).")]
ModelOpt = Annotated[Optional[Path], typer.Option("--model", help="Model folder (default: the shipped model).", file_okay=False)]
PatternsOpt = Annotated[bool, typer.Option("--patterns-only", help="Use the patterns without the classifier.")]
FollowLinksOpt = Annotated[bool, typer.Option("--follow-links", help="Follow symlinks that lead out of an input folder (default: such symlinks are skipped, with a warning).")]
TimeoutOpt = Annotated[float, typer.Option("--timeout", min=0.0, help="Seconds one document may take before it is given up with an error (0: no limit).")]
OutputOpt = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of standard output.", dir_okay=False, readable=False)]


def write_atomic(path: Path, text: str) -> None:
    """Write an output file atomically; a missing folder, a read-only place or a full disk is a
    one-line error, and leaves the old file (if any) as it was."""
    from ..faults import os_cause, printable

    path = Path(path)
    if not path.parent.exists():
        raise TreatyscopeError(f"{printable(str(path))}: the folder {printable(str(path.parent))} does not exist")
    try:
        atomic_write(path, text)
    except OSError as exc:
        raise TreatyscopeError(f"{printable(str(path))}: cannot be written ({os_cause(exc)})") from None


def emit(text: str, output: Path | None, what: str) -> None:
    """Write a command's output to ``output`` (atomically, saying so on stderr) or to stdout."""
    if output:
        write_atomic(output, text)
        _err(f"{what} written to {output}")
    else:
        sys.stdout.write(text)


@contextlib.contextmanager
def progress_bar(description: str, *, total: int | None, show: bool = True):
    """A rich progress bar on stderr, shown only when stderr is a terminal (and ``show``);
    yields ``advance(n=1, description=None)``. Rate and time left appear once items finish.
    Descriptions are shown as written (names in them are escaped: no markup, no control
    characters)."""
    from rich.console import Console
    from rich.markup import escape

    from ..display import terminal_safe
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    bar = Progress(SpinnerColumn(), TextColumn("[progress.description]{task.description}"), BarColumn(),
                   MofNCompleteColumn(), TimeElapsedColumn(), console=console,
                   disable=not (show and console.is_terminal), transient=True)
    task = bar.add_task(escape(terminal_safe(description)), total=total)

    def advance(n: int = 1, description: str | None = None) -> None:
        bar.update(task, advance=n, **({"description": escape(terminal_safe(description))} if description else {}))

    with bar:
        yield advance


def table_width(output: Path | None = None) -> int | None:
    """The width a table is laid out for: the terminal's when standard output is one (or
    ``COLUMNS`` when set); ``None`` for a file or a pipe, where each table takes its natural
    width (nothing wrapped to an assumed width, nothing cut)."""
    import os
    import shutil

    if output is not None:
        return None
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return None


def model_reader_first(patterns_only: bool, model: Path | None = None) -> None:
    """Import skops (which reads the model file) before the pipeline imports spaCy, when the
    model file will be read: on import skops looks up each scipy ufunc in every module loaded
    before it, and after spaCy's few hundred modules that costs 0.7 s more (measured with
    ``-X importtime``). Not when the model's frozen copy is in the cache folder: it is read
    without skops or scikit-learn (:func:`treatyscope.model_store.load_model`)."""
    if not patterns_only:
        from importlib import import_module

        from ..model_store import has_frozen_copy

        if not has_frozen_copy(model):
            import_module("skops.io")


def within_time(fn, seconds: float | None, what: str):
    """``fn()`` under a time limit of ``seconds`` (``None`` or 0: none), interrupted where it
    stands when it runs over (as in ``batch``); raises :class:`TreatyscopeError` naming
    ``what`` then.

    Work stuck inside one C call that checks no signals does not see the limit; as the
    batch engine kills such a worker, a watchdog process (:func:`~treatyscope.batch.deadline.watchdog`) stops this
    process ``HARD_KILL_GRACE`` seconds after the limit, with the same line on stderr (exit
    status 137: killed). Outputs are written atomically after the work, so none is left
    half-written."""
    from ..batch.deadline import DocumentTimeout, run_with_deadline, watchdog
    from ..batch.engines import HARD_KILL_GRACE

    if not seconds:
        return fn()
    message = f"{what}: timed out after {seconds:g} s (--timeout sets the limit; 0 for none)"
    try:
        with watchdog(seconds + HARD_KILL_GRACE, f"treatyscope: error: {message}; stopped"):
            return run_with_deadline(fn, seconds)
    except DocumentTimeout:
        raise TreatyscopeError(message) from None


def _err(message: str) -> None:
    """One line on stderr; control characters and undecodable bytes of the names it holds
    are shown escaped (:func:`treatyscope.display.terminal_safe`)."""
    from ..display import terminal_safe

    typer.echo(f"treatyscope: {terminal_safe(message)}", err=True)


def _inputs(paths: list[Path] | None, *, with_problems: bool = False, follow_links: bool = False):
    """The files the inputs name (and, ``with_problems``, the problem lines); an input that names
    no file, or a folder that cannot be searched, is named in one line; none left: exit 2.
    Symlinks that lead out of an input folder are followed only with ``follow_links`` (else
    skipped with a warning)."""
    from ..ingest import discover

    if not paths:
        return ([sample_draft()], []) if with_problems else [sample_draft()]
    notes: list[str] = []
    files, problems = discover(paths, follow_links=follow_links, notes=notes)
    for n in notes:
        _err(f"warning: {n}")
    for p in problems:
        _err(f"error: {p}" if not files else f"warning: skipped: {p}")
    if problems and not files:
        raise typer.Exit(2)
    return (files, problems) if with_problems else files


def index_location(index: Path | None, corpus: Path | None) -> tuple[Path, Path | None]:
    """The index folder and the collection folder (``None`` when an explicit index is given and no
    collection is found); raises :class:`TreatyscopeError` when neither can be found."""
    from ..corpus import find_corpus
    from ..index import default_index_path

    if index is not None:
        return index, find_corpus(corpus, required=False) if corpus else None
    folder = find_corpus(corpus)
    return default_index_path(folder), folder


def open_index(index: Path | None, corpus: Path | None, *, patterns_only: bool, model: Path | None):
    """Load the index the options name, checked against the model and the collection; raises
    :class:`TreatyscopeError` (one line) for a missing, damaged or stale one."""
    import os

    from ..batch import PipelineSetup, model_version
    from ..index import load_index

    path, folder = index_location(index, corpus)
    setup = PipelineSetup(patterns_only=patterns_only, model=os.path.abspath(model) if model else None)
    return load_index(path, versions=model_version(setup), collection=folder)
