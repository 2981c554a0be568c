"""The ``treatyscope`` command."""

from __future__ import annotations

import sys

import typer

from .errors import TreatyscopeError

app = typer.Typer(
    help="Which crimes does each treaty provision reach, and which safeguards bind it?",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _register() -> None:
    from . import cli_gold

    app.add_typer(cli_gold.app, name="gold")


_register()


def main() -> None:
    """Run the CLI; a :class:`TreatyscopeError` becomes one line on stderr and exit code 2."""
    try:
        app()
    except TreatyscopeError as exc:
        typer.echo(f"treatyscope: error: {exc}", err=True)
        sys.exit(2)
