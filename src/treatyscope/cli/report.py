"""``treatyscope report`` (a page an analyst can read) and ``treatyscope compare`` (two drafts side by side).

"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import TreatyscopeError
from .common import ModelOpt, OutputOpt, PatternsOpt, _err, sample_draft, write_atomic

app = typer.Typer()


class ReportFormat(str, Enum):
    html = "html"
    md = "md"


class CompareFormat(str, Enum):
    table = "table"
    md = "md"
    html = "html"
    json = "json"


def _emit(text: str, output: Path | None, what: str) -> None:
    if output:
        write_atomic(output, text)
        _err(f"{what} written to {output}")
    else:
        sys.stdout.write(text)


@app.command("report")
def report_cmd(
    path: Annotated[Optional[Path], typer.Argument(help="A treaty file (.txt .md .html .pdf .docx). Default: the bundled sample draft.", show_default=False)] = None,
    output: OutputOpt = None,
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="html: the page (tier map, matrix, annotated text); md: the two tables alone.")] = ReportFormat.html,
    model: ModelOpt = None,
    patterns_only: PatternsOpt = False,
) -> None:
    """Write a report: the tier map, the measure-by-safeguard matrix and the text with every label in place."""
    from ..ingest import read_document
    from ..pipeline import label_document, pipeline_for
    from ..report.html import render_report_html
    from ..report.text import render_report_markdown

    try:
        document = read_document(path or sample_draft())
        labelled, warnings = label_document(document, nlp=pipeline_for(patterns_only, model))
        for w in warnings:
            _err(f"warning: {document.doc_id}: {w}")
        text = (render_report_html(labelled, warnings=warnings) if fmt is ReportFormat.html
                else render_report_markdown(labelled))
        _emit(text, output, f"report on {document.doc_id}")
    except TreatyscopeError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2) from None


@app.command("compare")
def compare_cmd(
    old: Annotated[Path, typer.Argument(help="The earlier version of the treaty.", show_default=False)],
    new: Annotated[Path, typer.Argument(help="The later version.", show_default=False)],
    fmt: Annotated[CompareFormat, typer.Option("--format", "-f", help="Output format.")] = CompareFormat.table,
    output: OutputOpt = None,
    model: ModelOpt = None,
    patterns_only: PatternsOpt = False,
) -> None:
    """Compare two versions article by article: what was added, removed, renumbered; labels gained or lost."""
    from ..comparison import compare_paths
    from ..pipeline import pipeline_for
    from ..report.html import render_comparison_html
    from ..report.text import render_comparison_json, render_comparison_markdown, render_comparison_table

    try:
        result = compare_paths(old, new, nlp=pipeline_for(patterns_only, model))
        for w in result.warnings:
            _err(f"warning: {w}")
        render = {CompareFormat.table: render_comparison_table, CompareFormat.md: render_comparison_markdown,
                  CompareFormat.html: render_comparison_html, CompareFormat.json: render_comparison_json}[fmt]
        _emit(render(result), output, f"comparison of {old.name} and {new.name}")
    except TreatyscopeError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2) from None
