"""Time limits: a document that runs past the run's limit is interrupted where it stands."""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import threading
from typing import Any, Callable, Iterator


class DocumentTimeout(BaseException):
    """Labelling one document took longer than the run's time limit.

    A BaseException, as KeyboardInterrupt is: library code that falls back on ``except
    Exception`` must not swallow it and carry on."""


# How often a deadline that has passed is raised again, until it lands: Python drops an
# exception raised where it cannot propagate (a __del__, a weakref or gc callback) with a
# warning, and the signal or asynchronous exception may happen to run there.
DEADLINE_REPEAT = 0.05


def run_with_deadline(fn: Callable[[], Any], seconds: float | None) -> Any:
    """Call ``fn``; raise :class:`DocumentTimeout` in it after ``seconds``.

    In the main thread a timer signal interrupts it; in another thread (a Dask worker's)
    the exception is raised asynchronously in that thread. Either way it lands when the
    Python code next runs, and is raised again every :data:`DEADLINE_REPEAT` seconds
    until it has: work stuck inside one C call is not interrupted (the local engine kills
    such a worker from outside).
    """
    if not seconds or seconds <= 0:
        return fn()
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        def on_alarm(signum, frame):
            raise DocumentTimeout()

        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds, DEADLINE_REPEAT)
        try:
            return fn()
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    finished = threading.Event()
    state = {"fired": False}

    def fire() -> None:
        wait = seconds
        while not finished.wait(wait):
            with lock:
                if finished.is_set():
                    return
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(DocumentTimeout))
            wait = DEADLINE_REPEAT

    timer = threading.Thread(target=fire, name="treatyscope-deadline", daemon=True)
    timer.start()
    try:
        return fn()
    finally:
        with lock:
            finished.set()
        if state["fired"]:
            # Withdraw an exception that has not been delivered yet.
            ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)


@contextlib.contextmanager
def watchdog(seconds: float, line: str) -> Iterator[None]:
    """Stop this process if the block has not ended after ``seconds``: ``line`` is written to
    stderr and the process killed (SIGKILL, exit status 137), by a watchdog process (one per
    process, started on first use). For work that no in-process limit reaches (one C call
    that checks no signals), as the local batch engine kills such a worker from outside.
    Without ``fork`` (Windows) it does nothing."""
    dog = _Watchdog.get()
    if dog is not None:
        dog.arm(seconds, line)
    try:
        yield
    finally:
        if dog is not None:
            dog.disarm()


class _Watchdog:
    """A forked process, one per process that needs it, that stops this process when a
    deadline it was given passes: it writes the line it was given to stderr and kills this
    process. Deadlines come through a pipe (``arm``, ``disarm``); it exits when the pipe
    closes (this process has ended). The child only waits, reads and makes system calls."""

    _instance: "_Watchdog | None" = None
    _failed = False

    def __init__(self, pid: int, pipe: int, owner: int):
        self.pid, self.pipe, self.owner = pid, pipe, owner  # owner: the process it watches

    @classmethod
    def get(cls) -> "_Watchdog | None":
        if cls._instance is not None and cls._instance.owner == os.getpid():
            return cls._instance
        if cls._failed or not hasattr(os, "fork"):
            return None
        parent = os.getpid()
        try:
            read, write = os.pipe()
            child = os.fork()
        except OSError:
            cls._failed = True
            return None
        if child == 0:  # pragma: no cover - runs in the forked child
            try:
                os.close(write)
                _watch(read, parent)
            finally:
                os._exit(0)
        os.close(read)
        cls._instance = cls(child, write, parent)
        return cls._instance

    def _send(self, text: str) -> None:
        with contextlib.suppress(OSError):
            os.write(self.pipe, text.encode("utf-8", "replace"))

    def arm(self, seconds: float, line: str) -> None:
        self._send(f"{seconds!r}\t{' '.join(line.splitlines())}\n")  # one message a line

    def disarm(self) -> None:
        self._send("0\t\n")


def _watch(pipe: int, parent: int) -> None:  # pragma: no cover - runs in the forked child
    """The watchdog's loop: the last deadline received holds; when it passes, write its line
    and kill ``parent``. Returns when the pipe closes."""
    import select
    import time

    buffer, deadline, line = b"", None, b""
    while True:
        wait = None if deadline is None else max(0.0, deadline - time.monotonic())
        ready, _, _ = select.select([pipe], [], [], wait)
        if not ready:
            if os.getppid() == parent:
                os.write(2, line)
                os.kill(parent, signal.SIGKILL)
            return
        data = os.read(pipe, 65536)
        if not data:
            return
        buffer += data
        *messages, buffer = buffer.split(b"\n")
        for message in messages:
            seconds, _, text = message.partition(b"\t")
            seconds_value = float(seconds or 0)
            deadline = time.monotonic() + seconds_value if seconds_value > 0 else None
            line = text + b"\n"
