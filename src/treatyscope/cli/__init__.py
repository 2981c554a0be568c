"""The ``treatyscope`` command: one Typer app per group of commands, joined here.

- :mod:`.label`: ``label``, ``segment``, ``explain``;
- :mod:`.report`: ``report``, ``compare``;
- :mod:`.batch`: ``batch``;
- :mod:`.model`: ``train``, ``evaluate``, ``vectors``;
- :mod:`.gold`: ``gold units|build|check|agreement``;
- :mod:`.corpus`: ``corpus fetch|check``;
- :mod:`.precedents`: ``precedents``, ``index build``.

Each module has its own ``app`` and imports only :mod:`.common` from this package. A
:class:`~treatyscope.errors.TreatyscopeError` from any command becomes one line on stderr
and exit code 2.
"""

from __future__ import annotations

import sys

import typer
from typer.core import TyperGroup

from ..errors import TreatyscopeError
from . import batch, corpus, gold, label, model, precedents, report
from .common import _err


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
app.add_typer(label.app)
app.add_typer(gold.app, name="gold")
app.add_typer(model.app)
app.add_typer(corpus.app, name="corpus")
app.add_typer(report.app)
app.add_typer(batch.app)
app.add_typer(precedents.app)
app.add_typer(precedents.index_app, name="index")


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
