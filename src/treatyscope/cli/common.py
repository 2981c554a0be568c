"""What the command modules share: one-line messages, atomic output files, the sample draft, common options."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import TreatyscopeError
from ..fileio import atomic_write
from ..paths import sample_draft

__all__ = ["sample_draft", "write_atomic", "_err", "_inputs", "CorpusOpt", "ModelOpt", "PatternsOpt", "OutputOpt"]

CorpusOpt = Annotated[Optional[Path], typer.Option("--corpus", help="Corpus folder (default: TREATYSCOPE_CORPUS, then ../shared/corpora).")]
ModelOpt = Annotated[Optional[Path], typer.Option("--model", help="Model folder (default: the shipped model).", file_okay=False)]
PatternsOpt = Annotated[bool, typer.Option("--patterns-only", help="Use the patterns without the classifier.")]
OutputOpt = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of standard output.", dir_okay=False)]


def write_atomic(path: Path, text: str) -> None:
    """Write an output file atomically; a missing folder is a one-line error."""
    path = Path(path)
    if not path.parent.exists():
        raise TreatyscopeError(f"{path}: the folder {path.parent} does not exist")
    atomic_write(path, text)


def _err(message: str) -> None:
    typer.echo(f"treatyscope: {message}", err=True)


def _inputs(paths: list[Path] | None) -> list[Path]:
    from ..ingest import discover

    if not paths:
        return [sample_draft()]
    files, problems = discover(paths)
    for p in problems:
        _err(f"error: {p}")
    if problems and not files:
        raise typer.Exit(2)
    return files
