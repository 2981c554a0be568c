"""``treatyscope label`` and ``treatyscope segment``."""

from __future__ import annotations

import io
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import InputError, TreatyscopeError
from .common import FollowLinksOpt, ModelOpt, PatternsOpt, TimeoutOpt, _err, _inputs, within_time, write_atomic

# Seconds one document may take in label, report (and, for the two together, compare): as batch.
DEFAULT_TIMEOUT = 120.0

app = typer.Typer()


class LabelFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    md = "md"


@app.command("label")
def label_cmd(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Treaty files or folders (.txt .md .html .pdf .docx). Default: the bundled sample draft.", show_default=False, readable=False)] = None,
    fmt: Annotated[LabelFormat, typer.Option("--format", "-f", help="Output format.")] = LabelFormat.table,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of standard output.", dir_okay=False, readable=False)] = None,
    model: ModelOpt = None,
    patterns_only: PatternsOpt = False,
    timeout: TimeoutOpt = DEFAULT_TIMEOUT,
    follow_links: FollowLinksOpt = False,
) -> None:
    """Label every clause with its scope tiers and safeguards."""
    from rich.console import Console

    from .common import model_reader_first

    model_reader_first(patterns_only, model)
    from ..ingest import check_file, read_document
    from ..pipeline import label_document, pipeline_for
    from ..report.text import jsonl_lines, markdown, print_table, text_console, write_csv
    from .common import progress_bar, table_width

    from ..faults import describe_fault

    inputs, problems = _inputs(paths, with_problems=True, follow_links=follow_links)
    docs, failed, checked = [], len(problems), []
    for path in inputs:
        try:  # before the pipeline loads: a file that will be refused is refused at once
            checked.append(check_file(path))
        except InputError as exc:
            _err(f"error: {exc}")
            failed += 1
    if not checked:
        raise typer.Exit(2)
    # On a terminal (only), from the start: loading the pipeline takes seconds, one large file more.
    with progress_bar("loading the pipeline", total=len(checked)) as advance:
        nlp = pipeline_for(patterns_only, model)
        advance(0, description="labelling")
        for path in checked:
            # A file that cannot be read or labelled, or over the time limit, is named in one line
            # and skipped; the others go on.
            try:
                document, (labelled, warnings) = within_time(
                    lambda: _read_and_label(path, nlp, read_document, label_document), timeout, str(path))
            except TreatyscopeError as exc:
                _err(f"error: {exc}")
                failed += 1
                advance()
                continue
            except Exception as exc:  # noqa: BLE001 - one document's fault must not lose the others
                _err(f"error: {describe_fault(exc, path)}")
                failed += 1
                advance()
                continue
            for w in warnings:
                _err(f"warning: {document.doc_id}: {w}")
            docs.append(labelled)
            advance()
    if not docs:
        raise typer.Exit(2)
    if fmt is LabelFormat.table:
        width = table_width(output)
        if width and not output and sys.stdout.isatty():
            print_table(docs, Console(width=width))  # in colour, wrapped to the terminal
            text = None
        else:
            buf = io.StringIO()
            print_table(docs, text_console(buf, width))
            text = buf.getvalue()
    elif fmt is LabelFormat.jsonl:
        text = "".join(jsonl_lines(docs))
    elif fmt is LabelFormat.csv:
        buf = io.StringIO()
        write_csv(docs, buf)
        text = buf.getvalue()
    else:
        text = markdown(docs)
    if output:
        write_atomic(output, text or "")
        _err(f"{sum(len(d.clauses) for d in docs)} clauses from {len(docs)} document(s) written to {output}")
    elif text is not None:
        sys.stdout.write(text)
    if failed:
        raise typer.Exit(1)


def _read_and_label(path, nlp, read_document, label_document):
    document = read_document(path)
    return document, label_document(document, nlp=nlp)


@app.command("segment")
def segment_cmd(
    path: Annotated[Path, typer.Argument(help="A treaty file.", readable=False)],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of standard output.", dir_okay=False, readable=False)] = None,
) -> None:
    """Write the clauses of a treaty (no labels), one JSON object per line."""
    from ..ingest import read_document
    from ..segment import segment_document

    document = read_document(path)
    result = segment_document(document)
    for w in list(document.warnings) + result.warnings:
        _err(f"warning: {document.doc_id}: {w}")
    text = "".join(json.dumps(c.to_dict(), ensure_ascii=False) + "\n" for c in result.clauses)
    if output:
        write_atomic(output, text)
        _err(f"{len(result.clauses)} clauses written to {output}")
    else:
        sys.stdout.write(text)




class ExplainFormat(str, Enum):
    text = "text"
    json = "json"


@app.command("explain")
def explain_cmd(
    path: Annotated[Path, typer.Argument(help="A treaty file.", readable=False)],
    article: Annotated[Optional[str], typer.Argument(help="The article to explain (as written: 5, 7bis, preamble). Default: every article.", show_default=False)] = None,
    fmt: Annotated[ExplainFormat, typer.Option("--format", "-f", help="Output format.")] = ExplainFormat.text,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of standard output.", dir_okay=False, readable=False)] = None,
    model: ModelOpt = None,
    patterns_only: PatternsOpt = False,
) -> None:
    """Show what the document says about itself (parts, own offences, defined terms, each
    article's function) and why each label of an article was given."""
    from rich.console import Console

    from ..errors import TreatyscopeError
    from ..explain import explain, render
    from ..ingest import read_document
    from ..pipeline import pipeline_for
    from .common import emit, progress_bar

    document = read_document(path)
    try:
        with progress_bar("loading the pipeline", total=2) as advance:  # on a terminal only
            nlp = pipeline_for(patterns_only, model)
            advance(description=f"labelling {document.doc_id}")
            explanation = explain(document, nlp, article)
            advance()
    except ValueError as exc:
        raise TreatyscopeError(str(exc)) from None
    if fmt is ExplainFormat.json:
        text = json.dumps(explanation.to_dict(), indent=2, ensure_ascii=False) + "\n"
    else:
        buf = io.StringIO()
        # On a terminal lines wrap at its width; in a file or a pipe they are kept whole.
        piped = bool(output) or not sys.stdout.isatty()
        import shutil

        render(explanation, Console(file=buf, width=shutil.get_terminal_size().columns, force_terminal=False,
                                    soft_wrap=piped))
        text = buf.getvalue()
    emit(text, output, "explanation")
