"""Time limits: a document that runs past the run's limit is interrupted where it stands."""

from __future__ import annotations

import ctypes
import signal
import threading
from typing import Any, Callable


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
