"""The ``treatyscope`` command: one Typer app per group of commands, joined here.

- :mod:`.label`: ``label``, ``segment``, ``explain``;
- :mod:`.report`: ``report``, ``compare``;
- :mod:`.batch`: ``batch``;
- :mod:`.model`: ``train``, ``evaluate``, ``vectors``;
- :mod:`.gold`: ``gold units|build|check|agreement``;
- :mod:`.corpus`: ``corpus fetch|check``;
- :mod:`.precedents`: ``precedents``, ``index build``.

Each module has its own ``app`` and imports only :mod:`.common` from this package. No
command ends in a traceback: a :class:`~treatyscope.errors.TreatyscopeError`, an ``OSError``
(a file that cannot be read or written, a full disk), a ``UnicodeError``, a ``RecursionError``
or a ``MemoryError`` becomes one line on stderr and exit code 2; any other exception (a bug)
one line and exit code 3 (``TREATYSCOPE_DEBUG=1`` shows its traceback); Ctrl-C exits 130,
SIGTERM 143, a standard output closed by its reader 141, silently
(:data:`treatyscope.faults.EXIT_CODES`).
"""

from __future__ import annotations

import contextlib
import sys

import typer
from typer.core import TyperGroup
from typer.exceptions import TyperException

from ..errors import TreatyscopeError
from ..faults import (EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_PIPE_CLOSED, EXIT_REFUSED, EXIT_TERMINATED, Terminated,
                      debug, describe_fault, sigterm_raises)
from . import batch, corpus, gold, label, model, precedents, report
from .common import _err


def _fault_exit(exc: BaseException) -> int:
    """Tell the user about an exception that ends a command, in one line; the exit code."""
    if isinstance(exc, TreatyscopeError):
        _err(f"error: {exc}")
        return EXIT_REFUSED
    if isinstance(exc, KeyboardInterrupt):
        _err("interrupted")
        return EXIT_INTERRUPTED
    if isinstance(exc, Terminated):
        _err(f"{exc}")
        return EXIT_TERMINATED
    if isinstance(exc, BrokenPipeError) and exc.filename is None:
        # The reader of standard output has gone (``| head``): nothing to tell it. Standard output
        # is pointed at /dev/null so the interpreter's last flush does not fail again.
        import os

        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PIPE_CLOSED
    if isinstance(exc, (OSError, UnicodeError, RecursionError, MemoryError)):
        _err(f"error: {describe_fault(exc)}")
        return EXIT_REFUSED
    _err(f"internal error: {describe_fault(exc)}; TREATYSCOPE_DEBUG=1 shows the traceback")
    return EXIT_INTERNAL


class _Group(TyperGroup):
    """Ends every command without a traceback: see the module's description."""

    def invoke(self, ctx):
        try:
            with sigterm_raises():
                return super().invoke(ctx)
        except (TyperException, typer.Exit, typer.Abort):  # usage errors and exits: Typer's own, one line
            raise
        except BaseException as exc:
            if isinstance(exc, SystemExit) or (debug() and not isinstance(exc, (TreatyscopeError, KeyboardInterrupt, Terminated))):
                raise
            code = _fault_exit(exc)
            ctx.exit(code)


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
    """Run the CLI; whatever goes wrong ends in one line on stderr and a documented exit code."""
    try:
        with sigterm_raises():
            app()
    except (SystemExit, typer.Exit):
        raise
    except BaseException as exc:  # raised outside a command (the group catches the rest)
        if debug() and not isinstance(exc, (TreatyscopeError, KeyboardInterrupt, Terminated)):
            raise
        sys.exit(_fault_exit(exc))
