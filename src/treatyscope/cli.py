"""The ``treatyscope`` command: label, segment, and the command groups of each stage."""

from __future__ import annotations

import io
import json
import sys
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

from .errors import InputError, TreatyscopeError
from .fileio import atomic_write


class _Group(TyperGroup):
    """Turns a :class:`TreatyscopeError` from any command into one line on stderr and exit 2."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except TreatyscopeError as exc:
            _err(f"error: {exc}")
            ctx.exit(2)


app = typer.Typer(
    cls=_Group,
    help="Which crimes does each treaty provision reach, and which safeguards bind it?",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


class LabelFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    md = "md"


def sample_draft() -> Path:
    """The sample negotiating draft bundled with the package."""
    return Path(str(resources.files("treatyscope").joinpath("data/sample_draft.txt")))


def write_atomic(path: Path, text: str) -> None:
    """Write an output file atomically; a missing folder is a one-line error."""
    path = Path(path)
    if not path.parent.exists():
        raise TreatyscopeError(f"{path}: the folder {path.parent} does not exist")
    atomic_write(path, text)


def _err(message: str) -> None:
    typer.echo(f"treatyscope: {message}", err=True)


def _inputs(paths: list[Path] | None) -> list[Path]:
    from .ingest import discover

    if not paths:
        return [sample_draft()]
    files, problems = discover(paths)
    for p in problems:
        _err(f"error: {p}")
    if problems and not files:
        raise typer.Exit(2)
    return files


@app.command("label")
def label_cmd(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Treaty files or folders (.txt .md .html .pdf .docx). Default: the bundled sample draft.", show_default=False)] = None,
    fmt: Annotated[LabelFormat, typer.Option("--format", "-f", help="Output format.")] = LabelFormat.table,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of standard output.", dir_okay=False)] = None,
    model: Annotated[Optional[Path], typer.Option("--model", help="Model folder (default: the shipped model).", file_okay=False)] = None,
    patterns_only: Annotated[bool, typer.Option("--patterns-only", help="Use the patterns without the classifier.")] = False,
) -> None:
    """Label every clause with its scope tiers and safeguards."""
    from rich.console import Console

    from .ingest import read_document
    from .pipeline import default_pipeline, label_document, patterns_pipeline
    from .report import jsonl_lines, markdown, print_table, write_csv

    files = _inputs(paths)
    nlp = patterns_pipeline() if patterns_only else default_pipeline(model)
    docs, failed = [], 0
    for path in files:
        try:
            document = read_document(path)
        except InputError as exc:
            _err(f"error: {exc}")
            failed += 1
            continue
        labelled, warnings = label_document(document, nlp=nlp)
        for w in warnings:
            _err(f"warning: {document.doc_id}: {w}")
        docs.append(labelled)
    if not docs:
        raise typer.Exit(2)
    if fmt is LabelFormat.table:
        buf = io.StringIO()
        console = Console(file=buf if output else None, width=140 if output else None,
                          force_terminal=False if output else None)
        print_table(docs, console)
        text = buf.getvalue() if output else None
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


@app.command("segment")
def segment_cmd(
    path: Annotated[Path, typer.Argument(help="A treaty file.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of standard output.", dir_okay=False)] = None,
) -> None:
    """Write the clauses of a treaty (no labels), one JSON object per line."""
    from .ingest import read_document
    from .segment import segment_document

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


def _register() -> None:
    from . import cli_gold

    app.add_typer(cli_gold.app, name="gold")
    from . import cli_model  # noqa: F401  (registers train and evaluate)
    from . import cli_corpus  # noqa: F401  (registers corpus fetch and check)
    from . import cli_report  # noqa: F401  (registers the report and compare commands)
    from . import cli_batch  # noqa: F401  (registers the batch command)
    from . import cli_precedents  # noqa: F401  (registers precedents and index build)


_register()


def main() -> None:
    """Run the CLI; a :class:`TreatyscopeError` becomes one line on stderr and exit code 2."""
    try:
        app()
    except TreatyscopeError as exc:  # raised outside a command (the group catches the rest)
        _err(f"error: {exc}")
        sys.exit(2)
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
