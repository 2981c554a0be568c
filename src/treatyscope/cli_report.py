"""``treatyscope report`` (a page an analyst can read) and ``treatyscope compare`` (two drafts side by side).

Importing this module adds both commands to :data:`treatyscope.cli.app`.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .errors import TreatyscopeError


class ReportFormat(str, Enum):
    html = "html"
    md = "md"


class CompareFormat(str, Enum):
    table = "table"
    md = "md"
    html = "html"
    json = "json"


OutputOpt = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of standard output.", dir_okay=False)]
ModelOpt = Annotated[Optional[Path], typer.Option("--model", help="Model folder (default: the shipped model).", file_okay=False)]
PatternsOpt = Annotated[bool, typer.Option("--patterns-only", help="Use the patterns without the classifier.")]
PrecedentsOpt = Annotated[bool, typer.Option("--precedents", help="Look up precedents in the collection's index (see 'treatyscope index build').")]
IndexOpt = Annotated[Optional[Path], typer.Option("--index", help="Index folder for --precedents (implies it; default: the collection's index in the user cache folder).", file_okay=False, show_default=False)]
CorpusOpt = Annotated[Optional[Path], typer.Option("--corpus", help="Collection folder for --precedents (default: TREATYSCOPE_CORPUS, then ../shared/corpora).", show_default=False)]


def _index(precedents: bool, index: Path | None, corpus: Path | None, patterns_only: bool, model: Path | None):
    """The precedent index when asked for (``--precedents`` or ``--index``), else ``None``."""
    if not precedents and index is None:
        return None
    from .cli_precedents import open_index

    return open_index(index, corpus, patterns_only=patterns_only, model=model)


def _pipeline(patterns_only: bool, model: Path | None):
    from .pipeline import default_pipeline, patterns_pipeline

    return patterns_pipeline() if patterns_only else default_pipeline(model)


def _emit(text: str, output: Path | None, what: str) -> None:
    from .cli import _err, write_atomic

    if output:
        write_atomic(output, text)
        _err(f"{what} written to {output}")
    else:
        sys.stdout.write(text)


def report_cmd(
    path: Annotated[Optional[Path], typer.Argument(help="A treaty file (.txt .md .html .pdf .docx). Default: the bundled sample draft.", show_default=False)] = None,
    output: OutputOpt = None,
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="html: the page (tier map, matrix, annotated text); md: the two tables alone.")] = ReportFormat.html,
    model: ModelOpt = None,
    patterns_only: PatternsOpt = False,
    precedents: PrecedentsOpt = False,
    index: IndexOpt = None,
    corpus: CorpusOpt = None,
) -> None:
    """Write a report: the tier map, the measure-by-safeguard matrix and the text with every label in place."""
    from .cli import _err, sample_draft
    from .ingest import read_document
    from .pipeline import label_document
    from .report_html import render_html, render_markdown

    try:
        document = read_document(path or sample_draft())
        labelled, warnings = label_document(document, nlp=_pipeline(patterns_only, model))
        for w in warnings:
            _err(f"warning: {document.doc_id}: {w}")
        idx = _index(precedents, index, corpus, patterns_only, model)
        by_article = None
        if idx is not None:
            from .precedents import article_precedents, find_precedents

            by_article = article_precedents(labelled, find_precedents(labelled, idx, top=1), idx)
        text = (render_html(labelled, warnings=warnings, precedents=by_article) if fmt is ReportFormat.html
                else render_markdown(labelled))
        _emit(text, output, f"report on {document.doc_id}")
    except TreatyscopeError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2) from None


def compare_cmd(
    old: Annotated[Path, typer.Argument(help="The earlier version of the treaty.", show_default=False)],
    new: Annotated[Path, typer.Argument(help="The later version.", show_default=False)],
    fmt: Annotated[CompareFormat, typer.Option("--format", "-f", help="Output format.")] = CompareFormat.table,
    output: OutputOpt = None,
    model: ModelOpt = None,
    patterns_only: PatternsOpt = False,
    precedents: PrecedentsOpt = False,
    index: IndexOpt = None,
    corpus: CorpusOpt = None,
) -> None:
    """Compare two versions article by article: what was added, removed, renumbered; labels gained or lost."""
    from .cli import _err
    from .diff import compare_paths, render_html, render_json, render_markdown, render_table

    try:
        idx = _index(precedents, index, corpus, patterns_only, model)
        result = compare_paths(old, new, nlp=_pipeline(patterns_only, model), index=idx)
        for w in result.warnings:
            _err(f"warning: {w}")
        render = {CompareFormat.table: render_table, CompareFormat.md: render_markdown,
                  CompareFormat.html: render_html, CompareFormat.json: render_json}[fmt]
        _emit(render(result), output, f"comparison of {old.name} and {new.name}")
    except TreatyscopeError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2) from None


def register(app: typer.Typer) -> None:
    """Add the ``report`` and ``compare`` commands to a Typer app (once)."""
    have = {c.name for c in app.registered_commands}
    if "report" not in have:
        app.command("report")(report_cmd)
    if "compare" not in have:
        app.command("compare")(compare_cmd)


def _register_with_cli() -> None:
    from .cli import app

    register(app)


_register_with_cli()
