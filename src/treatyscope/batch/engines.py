"""Engines: each labels a list of tasks and calls ``done(task, outcome)`` once per task, in
completion order. ``local``: worker processes on this machine (or this process); ``dask``:
a ``dask.distributed`` cluster."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections import deque
from typing import Any, Callable, Sequence

from ..errors import TreatyscopeError
from .outputs import failed_row
from .plan import Outcome, Status, Task, _digest, clean_text
from .worker import PipelineSetup, label_task, load_worker_pipeline


# A worker stuck in C code does not see the soft time limit; it is killed this much later.
HARD_KILL_GRACE = 10.0


def _worker_main(conn, setup: PipelineSetup, timeout: float | None) -> None:
    """A local worker process: load the pipeline, then label tasks until told to stop."""
    import gc

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    try:
        load_worker_pipeline(setup)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which stops the run
        with contextlib.suppress(Exception):  # the parent may already be gone
            conn.send(("error", f"the pipeline could not be loaded: {exc}"))
        return
    # The pipeline lives as long as the worker: keep it out of garbage collection, and collect
    # less often (labelling makes many short-lived objects; about 5% faster, measured).
    gc.freeze()
    gc.set_threshold(100_000, 50, 1000)
    conn.send(("ready", os.getpid()))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if task is None:
            return
        try:
            conn.send(("took", task.name))  # from here on a death is this document's
        except OSError:
            return
        outcome = label_task(task, setup, timeout)
        try:
            conn.send(("done", outcome))
        except OSError:
            return


# A worker that dies before it has taken a task leaves the task to another worker; a task given
# to this many workers that all died before taking it is recorded as failed (no endless loop).
MAX_HANDOVERS = 3


class _Worker:
    """A worker process seen from the parent: its pipe, and the task it was sent, if any."""

    def __init__(self, ctx, setup: PipelineSetup, timeout: float | None):
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_worker_main, args=(child, setup, timeout), daemon=True)
        self.proc.start()
        child.close()
        self.ready = False
        self.gone = False  # its pipe is closed: it has exited
        self.task: Task | None = None
        self.taken = False  # it has said it took ``task``: a death from now on is the task's
        self.started = 0.0
        self.stopped = False

    def assign(self, task: Task) -> None:
        self.task, self.taken, self.started = task, False, time.monotonic()
        try:
            self.conn.send(task)
        except OSError:  # it died after its last document (BrokenPipeError)
            self.gone = True

    def took(self, name: str) -> None:
        """The worker's word that it has started on the task it was sent."""
        if self.task is not None and self.task.name == name:
            self.taken = True

    def receive(self) -> tuple[str, Any] | None:
        """The worker's next message, if one has arrived; ``None`` otherwise."""
        try:
            if self.conn.poll():
                return self.conn.recv()
        except (EOFError, OSError):
            self.gone = True  # a worker's end of the pipe closes only when it exits
        return None

    def stop(self, *, kill: bool = False) -> None:
        self.stopped = True
        if kill and self.proc.is_alive():
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def _death_message(proc) -> str:
    code = proc.exitcode
    if code is not None and code < 0:
        try:
            return f"the worker process was killed by {signal.Signals(-code).name}"
        except ValueError:
            pass
    return f"the worker process died (exit code {code})"


def start_local(setup: PipelineSetup, workers: int, timeout: float | None) -> list[_Worker] | None:
    """Start ``workers`` worker processes, which load the pipeline while the caller goes on
    (``None`` for 0 workers: :func:`run_local` then labels in this process)."""
    if workers <= 0:
        return None
    import multiprocessing as mp

    ctx = mp.get_context("spawn")  # no fork of a process holding threads and locks
    return [_Worker(ctx, setup, timeout) for _ in range(workers)]


def stop_local(pool: list[_Worker] | None, *, kill: bool = False) -> None:
    """Stop the worker processes of :func:`start_local` (any still running); stopping twice is harmless."""
    for w in pool or ():
        if not w.stopped:
            w.stop(kill=kill)


def run_local(tasks: Sequence[Task], setup: PipelineSetup, done: Callable[[Task, Outcome], None], *,
              workers: int, timeout: float | None, pool: list[_Worker] | None = None) -> None:
    """Label tasks in ``workers`` processes (0: in this process), or in the processes of a
    ``pool`` from :func:`start_local` (which the caller stops).

    A worker that dies while labelling a document, or overruns ``timeout`` by
    :data:`HARD_KILL_GRACE` seconds, is killed and replaced, and that document is recorded as
    failed; a document sent to a worker that died before taking it goes to the next worker.
    Raises :class:`TreatyscopeError` when workers cannot load the pipeline.
    """
    if workers <= 0:
        load_worker_pipeline(setup)
        for task in tasks:
            done(task, label_task(task, setup, timeout))
        return
    import multiprocessing as mp
    from multiprocessing.connection import wait

    ctx = mp.get_context("spawn")  # no fork of a process holding threads and locks
    pending = deque(tasks)
    handovers: dict[str, int] = {}
    own = pool is None
    if pool is None:
        pool = [_Worker(ctx, setup, timeout) for _ in range(min(workers, len(tasks)))]
    else:
        for w in pool[len(tasks):]:  # more workers started than there are documents left
            w.stop()
        pool[len(tasks):] = []
    startup_failures = 0
    try:
        while pending or any(w.task for w in pool):
            for w in pool:
                if w.ready and not w.gone and w.task is None and pending:
                    w.assign(pending.popleft())
            now = time.monotonic()
            limit = (timeout + HARD_KILL_GRACE) if timeout else None
            wait_for = 1.0
            if limit:
                for w in pool:
                    if w.task is not None:
                        wait_for = min(wait_for, max(0.0, w.started + limit - now))
            wait([w.conn for w in pool] + [w.proc.sentinel for w in pool], timeout=wait_for)
            for i, w in enumerate(pool):
                message = w.receive()
                if message is not None:
                    kind, value = message
                    if kind == "ready":
                        w.ready, startup_failures = True, 0
                    elif kind == "took":
                        w.took(value)
                    elif kind == "done":
                        task, w.task = w.task, None
                        if pending and w.ready and not w.gone:
                            # Its next document first: it labels while this one's outputs are
                            # written (two files flushed to disk), instead of waiting for them.
                            w.assign(pending.popleft())
                        done(task, value)
                    else:
                        raise TreatyscopeError(value)
                    continue
                dead = w.gone or not w.proc.is_alive()
                overdue = limit is not None and w.task is not None and time.monotonic() - w.started > limit
                if not dead and not overdue:
                    continue
                if dead:
                    w.proc.join(timeout=5)  # an exiting process: wait for its exit code, for the message
                task = w.task
                if overdue and not dead:
                    error = f"timed out after {timeout:g} s"
                else:
                    error = _death_message(w.proc) + (" while labelling it" if w.taken else " before it could take it")
                w.stop(kill=True)
                if task is not None and dead and not w.taken and handovers.get(task.name, 0) < MAX_HANDOVERS - 1:
                    handovers[task.name] = handovers.get(task.name, 0) + 1
                    pending.appendleft(task)  # it died before taking the task: no fault of the document's
                elif task is not None:
                    done(task, Outcome(task.name, task.doc_id, Status.FAILED, failed_row(task, error), error=error,
                                       seconds=time.monotonic() - w.started))
                elif not w.ready:
                    startup_failures += 1
                    if startup_failures >= 3:
                        raise TreatyscopeError(f"worker processes keep dying while loading the pipeline "
                                               f"({_death_message(w.proc)})")
                pool[i] = _Worker(ctx, setup, timeout)
    finally:
        interrupted = bool(pending) or any(w.task for w in pool)
        if own or interrupted:
            for w in pool:
                if not w.stopped:
                    w.stop(kill=interrupted)


def run_dask(tasks: Sequence[Task], setup: PipelineSetup, done: Callable[[Task, Outcome], None], *,
             workers: int, scheduler: str | None, timeout: float | None) -> None:
    """Label tasks on a ``dask.distributed`` cluster: the one at ``scheduler``, or a local one
    with ``workers`` single-threaded worker processes.

    Workers must see the input files at the paths this machine sees them (a shared file
    system); outputs come back to this process. A task lost with its worker (after Dask's
    own retries) is recorded as failed. Each task tells the command when its worker takes it;
    a task still running :data:`HARD_KILL_GRACE` seconds after its ``timeout`` (stuck in one
    C call, where the in-thread limit cannot land) is recorded as failed and the run goes on
    without it. Raises :class:`TreatyscopeError` when the scheduler cannot be reached.
    """
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise TreatyscopeError("engine dask needs dask.distributed: pip install 'treatyscope[dask]'") from None
    import logging
    import tempfile

    cluster = None
    scratch = None
    client = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="20s")
        else:
            # The local cluster's scratch folder is this run's own, removed at the end however the
            # run ends; its workers leave Ctrl-C to this process (which closes them), and its
            # shutdown is not told on stderr as errors.
            import dask

            scratch = tempfile.mkdtemp(prefix="treatyscope-dask-")
            with dask.config.set({"temporary-directory": scratch}):
                cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                       dashboard_address=":0", local_directory=scratch,
                                       silence_logs=logging.CRITICAL)
            client = Client(cluster)
            client.register_plugin(_ignore_interrupt_plugin(), name="treatyscope-ignore-sigint")
    except BaseException as exc:
        _close_dask(client, cluster, scratch)
        if isinstance(exc, (OSError, TimeoutError, ValueError)):
            raise TreatyscopeError(f"cannot reach the Dask scheduler {scheduler or '(local)'}: {exc}") from None
        raise
    topic = f"treatyscope-took-{os.getpid()}-{time.monotonic_ns()}"
    # task name: when its worker said it took it (this machine's clock), and the worker's address
    started: dict[str, tuple[float, str]] = {}

    def took(event) -> None:
        _, message = event
        if isinstance(message, dict) and "name" in message:
            started.setdefault(message["name"], (time.monotonic(), str(message.get("worker", ""))))

    try:
        if timeout:
            client.subscribe_topic(topic, took)
        by_key = {}
        futures = []
        for task in tasks:
            fut = client.submit(_dask_label, task, setup, timeout, topic if timeout else None,
                                key=f"treatyscope-label-{task.name}-{_digest(task.path)[:8]}", pure=False)
            by_key[fut.key] = task
            futures.append(fut)
        finished = as_completed(futures)
        left = {fut.key: fut for fut in futures}
        limit = (timeout + HARD_KILL_GRACE) if timeout else None
        while left:
            for fut in finished.next_batch(block=False) if not finished.is_empty() else ():
                if fut.key not in left:
                    continue  # given up on as overdue already
                del left[fut.key]
                task = by_key[fut.key]
                try:
                    outcome = fut.result()
                except Exception as exc:  # lost worker (KilledWorker), cancelled task, scheduler gone
                    error = clean_text(f"the Dask task failed: {type(exc).__name__}: {exc}".splitlines()[0])
                    outcome = Outcome(task.name, task.doc_id, Status.FAILED, failed_row(task, error), error=error)
                done(task, outcome)
                fut.release()
            if limit is not None:
                now = time.monotonic()
                for key, fut in list(left.items()):
                    task = by_key[key]
                    began, where = started.get(task.name, (None, ""))
                    if began is not None and now - began > limit:
                        # Stuck where the time limit cannot land (one long C call): the run does not
                        # wait. The worker of a cluster started here is restarted (as the local engine
                        # kills and replaces its worker); on another cluster its thread stays busy
                        # until the call returns.
                        del left[key]
                        fut.cancel()
                        restarted = False
                        if cluster is not None and where:
                            with contextlib.suppress(Exception):
                                restarted = client.restart_workers([where], timeout=30,
                                                                   raise_for_error=False).get(where) == "OK"
                        error = (f"timed out after {timeout:g} s (its Dask worker was restarted)" if restarted else
                                 f"timed out after {timeout:g} s (still running on its Dask worker; given up)")
                        done(task, Outcome(task.name, task.doc_id, Status.FAILED, failed_row(task, error),
                                           error=error, seconds=now - began))
            if left:
                time.sleep(DASK_POLL)
    finally:
        if timeout and client is not None:
            with contextlib.suppress(Exception):
                client.unsubscribe_topic(topic)
        _close_dask(client, cluster, scratch)


def _close_dask(client, cluster, scratch: str | None) -> None:
    """Close the client and the local cluster (if any) and remove its scratch folder; a second
    Ctrl-C while closing does not leave the folder behind."""
    import shutil

    try:
        if client is not None:
            with contextlib.suppress(Exception):
                client.close()
        if cluster is not None:
            with contextlib.suppress(Exception):
                cluster.close()
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def _ignore_sigint() -> bool:
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: nothing to change
        return False
    return True


def _ignore_interrupt_plugin():
    """A Dask worker plugin for the local cluster's workers (those started later included):
    Ctrl-C at the terminal reaches every process of the group; the workers leave it to the
    command, which closes them, so no worker prints a traceback."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class IgnoreInterrupt(WorkerPlugin):
        def setup(self, worker) -> None:  # noqa: ARG002 - the plugin interface
            _ignore_sigint()

    return IgnoreInterrupt()


# How often the Dask engine looks for finished and overdue tasks.
DASK_POLL = 0.1


def _dask_label(task: Task, setup: PipelineSetup, timeout: float | None, topic: str | None) -> Outcome:
    """:func:`label_task` on a Dask worker, first telling the command (on ``topic``) that it
    took the task, once the worker's pipeline is loaded (the first task of a worker loads
    it, outside the time limit), so that the command knows when the task's time started."""
    if topic:
        with contextlib.suppress(Exception):  # label_task reports a pipeline that cannot load
            load_worker_pipeline(setup)
        with contextlib.suppress(Exception):  # no worker (an in-process test), scheduler gone
            from distributed import get_worker

            me = get_worker()
            me.log_event(topic, {"name": task.name, "worker": me.address})
    return label_task(task, setup, timeout)


def run_tasks(engine: str, tasks: Sequence[Task], setup: PipelineSetup, done: Callable[[Task, Outcome], None], *,
              workers: int, scheduler: str | None, timeout: float | None, pool: list[_Worker] | None = None) -> None:
    """Label tasks with the named engine (``local`` or ``dask``); see :func:`run_local` (with
    the ``pool`` of :func:`start_local`, if started), :func:`run_dask`.

    Raises :class:`TreatyscopeError` for an unknown engine.
    """
    if engine == "dask":
        run_dask(tasks, setup, done, workers=workers, scheduler=scheduler, timeout=timeout)
    elif engine == "local":
        run_local(tasks, setup, done, workers=workers, timeout=timeout, pool=pool)
    else:
        raise TreatyscopeError(f"unknown engine {engine!r}; expected local or dask")
