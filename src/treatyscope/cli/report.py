"""``treatyscope report`` (a page an analyst can read) and ``treatyscope compare`` (two drafts side by side).

"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import TreatyscopeError
from ..faults import printable
from .common import (ModelOpt, OutputOpt, PatternsOpt, TimeoutOpt, _err, emit, model_reader_first, open_index,
                     progress_bar, sample_draft, table_width, within_time)
from .label import DEFAULT_TIMEOUT

# compare reads and labels two documents (and aligns them) under one limit: twice label's.
COMPARE_TIMEOUT = 2 * DEFAULT_TIMEOUT

app = typer.Typer()


class ReportFormat(str, Enum):
    html = "html"
    md = "md"
    json = "json"


class CompareFormat(str, Enum):
    table = "table"
    md = "md"
    html = "html"
    json = "json"


PrecedentsOpt = Annotated[bool, typer.Option("--precedents", help="Look up precedents in the collection's index (see 'treatyscope index build').")]
IndexOpt = Annotated[Optional[Path], typer.Option("--index", help="Index folder for --precedents (implies it; default: the collection's index in the user cache folder).", file_okay=False, show_default=False)]
CorpusOpt = Annotated[Optional[Path], typer.Option("--corpus", help="Collection folder for --precedents (default: TREATYSCOPE_CORPUS, then ../shared/corpora).", show_default=False)]


def _index(precedents: bool, index: Path | None, corpus: Path | None, patterns_only: bool, model: Path | None):
    """The precedent index when asked for (``--precedents`` or ``--index``), else ``None``."""
    if not precedents and index is None:
        return None
    return open_index(index, corpus, patterns_only=patterns_only, model=model)


@app.command("report")
def report_cmd(
    path: Annotated[Optional[Path], typer.Argument(help="A treaty file (.txt .md .html .pdf .docx). Default: the bundled sample draft.", show_default=False, readable=False)] = None,
    output: OutputOpt = None,
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="html: the page (gaps, tier map, matrix, annotated text); md: the gaps and the two tables; json: the same for other tools.")] = ReportFormat.html,
    model: ModelOpt = None,
    patterns_only: PatternsOpt = False,
    precedents: PrecedentsOpt = False,
    index: IndexOpt = None,
    corpus: CorpusOpt = None,
    timeout: TimeoutOpt = DEFAULT_TIMEOUT,
) -> None:
    """Write a report: the gaps, the tier map, the measure-by-safeguard matrix and the text with every label in place."""
    model_reader_first(patterns_only, model)
    from ..ingest import read_document
    from ..pipeline import label_document, pipeline_for
    from ..report.html import render_report_html
    from ..report.text import render_report_json, render_report_markdown

    try:
        source = path or sample_draft()
        with progress_bar("loading the pipeline", total=3) as advance:  # on a terminal only
            nlp = pipeline_for(patterns_only, model)
            advance(description=f"labelling {printable(Path(source).name)}")

            def read_and_label():
                document = read_document(source)
                return document, label_document(document, nlp=nlp)

            document, (labelled, warnings) = within_time(read_and_label, timeout, str(source))
            advance(description="finding precedents" if precedents or index is not None else "writing the report")
            idx = _index(precedents, index, corpus, patterns_only, model)
            by_article = None
            if idx is not None:
                from ..precedents import article_precedents, find_precedents

                by_article = article_precedents(labelled, find_precedents(labelled, idx, top=1), idx)
            advance()
        for w in warnings:
            _err(f"warning: {document.doc_id}: {w}")
        if fmt is ReportFormat.html:
            text = render_report_html(labelled, warnings=warnings, precedents=by_article)
        else:
            text = (render_report_markdown if fmt is ReportFormat.md else render_report_json)(labelled)
        emit(text, output, f"report on {document.doc_id}")
    except TreatyscopeError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2) from None


@app.command("compare")
def compare_cmd(
    old: Annotated[Path, typer.Argument(help="The earlier version of the treaty.", show_default=False, readable=False)],
    new: Annotated[Path, typer.Argument(help="The later version.", show_default=False, readable=False)],
    fmt: Annotated[CompareFormat, typer.Option("--format", "-f", help="Output format.")] = CompareFormat.table,
    output: OutputOpt = None,
    model: ModelOpt = None,
    patterns_only: PatternsOpt = False,
    precedents: PrecedentsOpt = False,
    index: IndexOpt = None,
    corpus: CorpusOpt = None,
    timeout: Annotated[float, typer.Option("--timeout", min=0.0, help="Seconds the whole comparison (both documents) may take before it is given up with an error (0: no limit).")] = COMPARE_TIMEOUT,
) -> None:
    """Compare two versions article by article: what was added, removed, renumbered; labels gained or lost."""
    model_reader_first(patterns_only, model)
    from ..comparison import compare_paths
    from ..pipeline import pipeline_for
    from ..report.html import render_comparison_html
    from ..report.text import render_comparison_json, render_comparison_markdown, render_comparison_table

    try:
        idx = _index(precedents, index, corpus, patterns_only, model)
        with progress_bar("loading the pipeline", total=2) as advance:  # on a terminal only
            nlp = pipeline_for(patterns_only, model)
            advance(description=f"comparing {printable(old.name)} and {printable(new.name)}")
            if idx is None:
                result = within_time(lambda: compare_paths(old, new, nlp=nlp), timeout, f"comparison of {old} and {new}")
            else:
                from ..precedents import compare_paths_with_precedents

                result = within_time(lambda: compare_paths_with_precedents(old, new, idx, nlp=nlp), timeout,
                                     f"comparison of {old} and {new}")
            advance()
        for w in result.warnings:
            _err(f"warning: {w}")
        render = {CompareFormat.table: lambda c: render_comparison_table(c, width=table_width(output)),
                  CompareFormat.md: render_comparison_markdown, CompareFormat.html: render_comparison_html,
                  CompareFormat.json: render_comparison_json}[fmt]
        emit(render(result), output, f"comparison of {printable(old.name)} and {printable(new.name)}")
    except TreatyscopeError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2) from None
