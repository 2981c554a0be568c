"""Faults that are nobody's input error (a full disk, a permission, a signal) told in one line.

- :class:`Terminated`: raised in the main thread on SIGTERM (while :func:`sigterm_raises` is in
  force), so ``finally`` blocks run (workers stopped, the log closed) as for Ctrl-C. It is a
  ``BaseException``, like ``KeyboardInterrupt``: no ``except Exception`` swallows it.
- :func:`describe_fault`: one line for an ``OSError``, a ``UnicodeError``, a ``RecursionError``,
  a ``MemoryError`` or any other exception, naming the file where the exception does.
- :data:`EXIT_CODES`: the exit codes of every command (the README documents them).
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import threading
import traceback
from pathlib import Path

# The exit codes of every command.
EXIT_OK = 0
EXIT_PARTIAL = 1  # label: some inputs skipped; batch: every document failed
EXIT_REFUSED = 2  # bad input, options, model or output; a file that cannot be read or written; a full disk
EXIT_INTERNAL = 3  # a bug: one line naming the exception and where (TREATYSCOPE_DEBUG=1 shows the traceback)
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)
EXIT_PIPE_CLOSED = 141  # standard output closed by its reader (``| head``), as for SIGPIPE (128 + 13)
EXIT_TERMINATED = 143  # SIGTERM (128 + SIGTERM)
EXIT_CODES = frozenset({EXIT_OK, EXIT_PARTIAL, EXIT_REFUSED, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_PIPE_CLOSED,
                        EXIT_TERMINATED})


class Terminated(BaseException):
    """The process was sent SIGTERM."""

    def __init__(self, signum: int = signal.SIGTERM):
        super().__init__(f"stopped by {signal.Signals(signum).name}")
        self.signum = signum


def _raise_terminated(signum, frame):  # noqa: ARG001 - a signal handler's signature
    raise Terminated(signum)


@contextlib.contextmanager
def sigterm_raises():
    """While in force, SIGTERM raises :class:`Terminated` in the main thread (elsewhere, or when
    another handler than the default is installed, nothing changes)."""
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGTERM) != signal.SIG_DFL:
        yield
        return
    signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def debug() -> bool:
    """``TREATYSCOPE_DEBUG`` is set: unexpected errors show their traceback."""
    return os.environ.get("TREATYSCOPE_DEBUG", "") not in ("", "0")


def printable(text: str) -> str:
    """Text safe to print or write as UTF-8: undecodable bytes of a file name become U+FFFD."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace") if text else text


def one_line(text: str) -> str:
    """Text printed as one line on a terminal: the project's one escaping of names
    (:func:`treatyscope.display.terminal_safe`)."""
    from .display import terminal_safe

    return terminal_safe(text)


def _where(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return ""
    last = frames[-1]
    return f" ({Path(last.filename).name}:{last.lineno})"


def os_cause(exc: OSError) -> str:
    """An ``OSError``'s cause in words, without the file name."""
    if exc.errno == errno.ENOSPC:
        return "no space left on the device"
    if exc.errno == errno.EDQUOT:
        return "disk quota exceeded"
    return exc.strerror or str(exc) or type(exc).__name__


def describe_os_error(exc: OSError, what: str | os.PathLike | None = None) -> str:
    """``FILE: CAUSE`` for an ``OSError``: the file it names (or ``what``), and its cause in words."""
    name = exc.filename if exc.filename is not None else what
    cause = os_cause(exc)
    if name is None:
        return cause
    return f"{printable(os.fsdecode(name) if isinstance(name, bytes) else str(name))}: {cause}"


def describe_fault(exc: BaseException, what: str | os.PathLike | None = None) -> str:
    """One line for an exception, naming ``what`` (a file) when the exception names none."""
    prefix = f"{printable(str(what))}: " if what is not None else ""
    if isinstance(exc, OSError):
        return describe_os_error(exc, what)
    if isinstance(exc, UnicodeError):
        return f"{prefix}text that cannot be encoded or decoded ({type(exc).__name__}: {printable(exc.reason) if hasattr(exc, 'reason') else exc})"
    if isinstance(exc, RecursionError):
        return f"{prefix}nested too deeply to be read (RecursionError)"
    if isinstance(exc, MemoryError):
        return f"{prefix}out of memory"
    message = printable(str(exc).splitlines()[0]) if str(exc).strip() else ""
    return f"{prefix}{type(exc).__name__}: {message}{_where(exc)}".replace(": (", " (")
