"""Labelling one document, wherever it runs (this process, a worker process, a Dask worker).

:func:`label_task` never raises for a bad document: it returns an :class:`Outcome` with the
JSONL text and summary row, or the one-line error. The pipeline is loaded once per process
(:func:`treatyscope.pipeline.load_pipeline` keeps it).
"""

from __future__ import annotations

import functools
import hashlib
import json
import threading
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

from .._version import __version__
from ..errors import InputError, TreatyscopeError
from .deadline import DocumentTimeout, run_with_deadline
from .outputs import failed_row, summary_row
from .plan import Outcome, Status, Task, clean_text


@dataclass(frozen=True)
class PipelineSetup:
    """Which pipeline the workers load: patterns only, or patterns plus a classifier model."""

    patterns_only: bool = False
    model: str | None = None


def _configs_digest() -> str:
    from ..paths import config_path

    root = config_path("")
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix in (".cfg", ".json", ".jsonl", ".toml"):
            h.update(p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def model_card_path(setup: PipelineSetup) -> Path | None:
    """The model card the pipeline will load, or ``None`` when it runs on patterns alone."""
    if setup.patterns_only:
        return None
    from ..paths import CARD_FILE, shipped_model_dir

    if setup.model:
        return Path(setup.model) / CARD_FILE
    card = shipped_model_dir() / CARD_FILE
    return card if card.is_file() else None


def model_version(setup: PipelineSetup) -> dict[str, str]:
    """What the outputs depend on besides the input: the model (its card's sha256, or
    ``patterns``), the pattern and config files, and the treatyscope version.

    Raises :class:`TreatyscopeError` for a named model without a readable card.
    """
    card_path = model_card_path(setup)
    model = "patterns"
    if card_path is not None:
        try:
            model = json.loads(card_path.read_text(encoding="utf-8"))["sha256"]
        except (OSError, ValueError, KeyError, TypeError, RecursionError) as exc:
            raise TreatyscopeError(f"{card_path}: unreadable model card ({type(exc).__name__})") from None
    return {"model": model, "patterns": _configs_digest()[:16], "treatyscope": __version__}


@functools.lru_cache(maxsize=4)
def _cached_versions(setup: PipelineSetup) -> tuple[tuple[str, str], ...]:
    return tuple(model_version(setup).items())


def _versions(setup: PipelineSetup) -> dict[str, str]:
    """The versions a worker labels with, read once per process (on a cluster, the worker's own)."""
    return dict(_cached_versions(setup))
_LABEL_LOCK = threading.Lock()


def load_worker_pipeline(setup: PipelineSetup):
    """The pipeline for ``setup``, loaded once per process."""
    if not setup.patterns_only:
        from importlib import import_module

        from ..model_store import has_frozen_copy

        if not has_frozen_copy(setup.model):
            import_module("skops.io")  # before spaCy: see treatyscope.cli.common.model_reader_first
    from ..pipeline import pipeline_for

    return pipeline_for(setup.patterns_only, setup.model)


def _short_error(error: str, path: str) -> str:
    # Input errors start with the file's path; the summary already names the document.
    return clean_text(error.removeprefix(f"{path}: "))


def label_task(task: Task, setup: PipelineSetup, timeout: float | None = None) -> Outcome:
    """Read and label one document; never raises for a bad document.

    Takes the task, the pipeline setup and a time limit in seconds (``None``: none);
    returns an :class:`Outcome` with the JSONL text and summary row, or status ``failed``
    and a one-line error.
    """
    from ..ingest import read_document
    from ..pipeline import label_document
    from ..provenance import adoption_year
    from ..report.text import jsonl_lines

    started = time.perf_counter()
    sha = ""

    def work() -> Outcome:
        nonlocal sha
        document = read_document(task.path, doc_id=task.doc_id)
        sha = document.sha256
        labelled, warnings = label_document(document, nlp=nlp)
        text = "".join(jsonl_lines([labelled]))
        row = summary_row(labelled, file=task.name, path=clean_text(task.path))
        warnings = [clean_text(w) for w in warnings]
        row.update(status=Status.OK.value, error="", warnings="; ".join(warnings))
        adopted, adopted_from = adoption_year(document.text)
        return Outcome(task.name, task.doc_id, Status.OK, row, clean_text(text), sha,
                       time.perf_counter() - started, warnings=warnings, versions=_versions(setup),
                       adopted=adopted, adopted_from=adopted_from)

    try:
        nlp = load_worker_pipeline(setup)
        # One document at a time per process: a spaCy pipeline is not shared between threads.
        with _LABEL_LOCK:
            return run_with_deadline(work, timeout)
    except DocumentTimeout:
        error = f"timed out after {timeout:g} s"
    except InputError as exc:
        error = _short_error(str(exc), task.path)
    except MemoryError:
        error = "out of memory"
    except Exception as exc:  # a bug on one document must not stop the run
        last = traceback.extract_tb(exc.__traceback__)[-1]
        message = str(exc).splitlines()[0] if str(exc) else ""
        error = clean_text(f"{type(exc).__name__}: {message} ({Path(last.filename).name}:{last.lineno})")
    return Outcome(task.name, task.doc_id, Status.FAILED, failed_row(task, error, sha), None, sha,
                   time.perf_counter() - started, error=error)
