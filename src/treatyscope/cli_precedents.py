"""``treatyscope precedents`` (where each clause's language comes from) and ``treatyscope index build``.

Importing this module adds both to :data:`treatyscope.cli.app`.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .cli import _err, app
from .errors import TreatyscopeError
from .precedents import DEFAULT_TOP, MIN_SCORE

index_app = typer.Typer(help="The index of a collection that precedents are looked up in.", no_args_is_help=True)
app.add_typer(index_app, name="index")


class PrecedentFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    md = "md"
    html = "html"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


CorpusOpt = Annotated[Optional[Path], typer.Option("--corpus", help="Collection folder, holding treaties/ (default: TREATYSCOPE_CORPUS, then ../shared/corpora).", show_default=False)]
IndexOpt = Annotated[Optional[Path], typer.Option("--index", help="Index folder (default: one per collection in the user cache folder).", file_okay=False, show_default=False)]
ModelOpt = Annotated[Optional[Path], typer.Option("--model", help="Model folder (default: the shipped model).", file_okay=False)]
PatternsOpt = Annotated[bool, typer.Option("--patterns-only", help="Use the patterns without the classifier.")]


def index_location(index: Path | None, corpus: Path | None) -> tuple[Path, Path | None]:
    """The index folder and the collection folder (``None`` when an explicit index is given and no
    collection is found); raises :class:`TreatyscopeError` when neither can be found."""
    from .corpus import find_corpus
    from .index import default_index_path

    if index is not None:
        return index, find_corpus(corpus, required=False) if corpus else None
    folder = find_corpus(corpus)
    return default_index_path(folder), folder


def open_index(index: Path | None, corpus: Path | None, *, patterns_only: bool, model: Path | None):
    """Load the index the options name, checked against the model and the collection; raises
    :class:`TreatyscopeError` (one line) for a missing, damaged or stale one."""
    import os

    from .batch import PipelineSetup, model_version
    from .index import load_index

    path, folder = index_location(index, corpus)
    setup = PipelineSetup(patterns_only=patterns_only, model=os.path.abspath(model) if model else None)
    return load_index(path, versions=model_version(setup), collection=folder)


@app.command("precedents")
def precedents_cmd(
    path: Annotated[Path, typer.Argument(help="A draft or treaty file (.txt .md .html .pdf .docx).", show_default=False)],
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="Precedents per clause, best first.")] = DEFAULT_TOP,
    min_score: Annotated[float, typer.Option("--min-score", min=0.0, max=1.0, help="Lowest similarity that counts as a precedent.")] = MIN_SCORE,
    fmt: Annotated[PrecedentFormat, typer.Option("--format", "-f", help="Output format.")] = PrecedentFormat.table,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of standard output.", dir_okay=False)] = None,
    model: ModelOpt = None,
    patterns_only: PatternsOpt = False,
) -> None:
    """For every English clause, the closest clauses of the collection: where they are, how close,
    a word diff, and the labels lost and gained."""
    import sys

    from .cli import write_atomic
    from .ingest import read_document
    from .pipeline import default_pipeline, label_document, patterns_pipeline
    from .precedents import find_precedents, render_html, render_jsonl, render_markdown, render_table

    document = read_document(path)
    idx = open_index(index, corpus, patterns_only=patterns_only, model=model)  # before the slow pipeline load
    nlp = patterns_pipeline() if patterns_only else default_pipeline(model)
    labelled, warnings = label_document(document, nlp=nlp)
    for w in warnings:
        _err(f"warning: {document.doc_id}: {w}")
    result = find_precedents(labelled, idx, top=top, min_score=min_score)
    render = {PrecedentFormat.table: render_table, PrecedentFormat.jsonl: render_jsonl,
              PrecedentFormat.md: render_markdown, PrecedentFormat.html: render_html}[fmt]
    text = render(result)
    if output:
        write_atomic(output, text)
        _err(f"precedents of {len(result.clauses)} clauses of {document.doc_id} written to {output}")
    else:
        sys.stdout.write(text)


@index_app.command("build")
def index_build_cmd(
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    workers: Annotated[Optional[int], typer.Option("--workers", "-w", min=0, help="Worker processes (0: in this process). Default: the CPUs available.", show_default=False)] = None,
    engine: Annotated[Engine, typer.Option("--engine", help="local: worker processes on this machine; dask: a dask.distributed cluster.")] = Engine.local,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Dask scheduler address (tcp://host:8786). Default with --engine dask: a local cluster.", show_default=False)] = None,
    timeout: Annotated[float, typer.Option("--timeout", min=0.0, help="Seconds one document may take before it is left out as failed (0: no limit).")] = 120.0,
    model: ModelOpt = None,
    patterns_only: PatternsOpt = False,
    progress: Annotated[Optional[bool], typer.Option("--progress/--no-progress", help="Show a progress bar (default: when standard error is a terminal).", show_default=False)] = None,
) -> None:
    """Build the index of a collection, or update it: only documents whose checksum changed are labelled again."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .index import build_index

    if scheduler and engine is not Engine.dask:
        raise TreatyscopeError("--scheduler needs --engine dask")
    path, folder = index_location(index, corpus)
    if folder is None:
        from .corpus import find_corpus

        folder = find_corpus(corpus)
    console = Console(stderr=True)
    show = console.is_terminal if progress is None else progress
    bar = Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn(), console=console, disable=not show, transient=False)
    task_id = bar.add_task("indexing", total=None)

    def on_start(to_label: int, kept: int) -> None:
        if kept:
            console.print(f"{kept} document(s) unchanged since the last build, kept", highlight=False)
        bar.update(task_id, total=to_label)

    def on_document(doc_id: str, ok: bool, error: str) -> None:
        if not ok:
            bar.console.print(f"failed {doc_id}: {error}", highlight=False, markup=False)
        bar.update(task_id, advance=1)

    with bar:
        report = build_index(folder, path, workers=workers, engine=engine.value, scheduler=scheduler,
                             timeout=timeout or None, patterns_only=patterns_only, model=model,
                             on_start=on_start, on_document=on_document)
    if report.rebuilt_all:
        _err(f"warning: the previous index could not be reused ({report.rebuilt_all})")
    _err(f"index of {report.documents} documents ({report.clauses} English clauses): {report.labelled} labelled, "
         f"{report.kept} kept, {len(report.failed)} failed, {report.removed} removed in {report.seconds:.1f} s; "
         f"written to {report.path}")
    if report.documents == 0:
        raise TreatyscopeError("no document could be indexed")
