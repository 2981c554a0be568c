"""``treatyscope precedents`` (where each clause's language comes from) and ``treatyscope index build``.

Two Typer apps, joined in :mod:`treatyscope.cli`: :data:`app` (``precedents``) and
:data:`index_app` (``index build``, added under the name ``index``).
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import TreatyscopeError
from ..precedents import DEFAULT_TOP, MIN_SCORE
from .common import ModelOpt, OutputOpt, PatternsOpt, _err, emit, index_location, open_index, table_width

app = typer.Typer()
index_app = typer.Typer(help="The index of a collection that precedents are looked up in.", no_args_is_help=True)


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


@app.command("precedents")
def precedents_cmd(
    path: Annotated[Path, typer.Argument(help="A draft or treaty file (.txt .md .html .pdf .docx).", show_default=False, readable=False)],
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="Precedents per clause, best first.")] = DEFAULT_TOP,
    min_score: Annotated[float, typer.Option("--min-score", min=0.0, max=1.0, help="Lowest similarity that counts as a precedent.")] = MIN_SCORE,
    include_later: Annotated[bool, typer.Option("--include-later", help="For a document of the collection, also search the documents adopted after it (left out by default: a precedent precedes).")] = False,
    fmt: Annotated[PrecedentFormat, typer.Option("--format", "-f", help="Output format.")] = PrecedentFormat.table,
    output: OutputOpt = None,
    model: ModelOpt = None,
    patterns_only: PatternsOpt = False,
) -> None:
    """For every English clause, the closest clauses of the collection: where they are, how close,
    a word diff, and the labels lost and gained. For a document that is itself in the collection,
    only documents adopted no later than it (unless --include-later)."""
    from ..ingest import read_document
    from ..pipeline import label_document, pipeline_for
    from ..precedents import find_precedents, render_html, render_jsonl, render_markdown, render_table
    from .common import progress_bar

    document = read_document(path)
    idx = open_index(index, corpus, patterns_only=patterns_only, model=model)  # before the slow pipeline load
    with progress_bar("loading the pipeline", total=3) as advance:  # on a terminal only
        nlp = pipeline_for(patterns_only, model)
        advance(description=f"labelling {document.doc_id}")
        labelled, warnings = label_document(document, nlp=nlp)
        advance(description=f"finding precedents for {len(labelled.clauses)} clauses")
        result = find_precedents(labelled, idx, top=top, min_score=min_score, include_later=include_later)
        advance()
    for w in warnings:
        _err(f"warning: {document.doc_id}: {w}")
    render = {PrecedentFormat.table: lambda r: render_table(r, width=table_width(output)), PrecedentFormat.jsonl: render_jsonl,
              PrecedentFormat.md: render_markdown, PrecedentFormat.html: render_html}[fmt]
    emit(render(result), output, f"precedents of {len(result.clauses)} clauses of {document.doc_id}")


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

    from ..display import terminal_safe
    from ..index import build_index

    if scheduler and engine is not Engine.dask:
        raise TreatyscopeError("--scheduler needs --engine dask")
    path, folder = index_location(index, corpus)
    if folder is None:
        from ..corpus import find_corpus

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
            bar.console.print(f"failed {terminal_safe(doc_id)}: {terminal_safe(error)}", highlight=False, markup=False)
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
