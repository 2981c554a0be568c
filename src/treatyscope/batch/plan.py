"""What a run is made of: tasks (input files with output names that cannot collide or escape the
folder), and the outcome of labelling each."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Sequence



MAX_NAME = 96
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


# Names Windows will not create, whatever the extension (outputs may be copied there).
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


@dataclass(frozen=True)
class Task:
    """One input file to label; ``name`` is the stem of its output files."""

    doc_id: str
    name: str
    path: str
    size: int


class Status(StrEnum):
    """A document's status in the summary: labelled, or failed (with a one-line error)."""

    OK = "ok"
    FAILED = "failed"


@dataclass
class Outcome:
    """What labelling one document gave: its JSONL text and summary row, or its error."""

    name: str
    doc_id: str
    status: str
    row: dict[str, Any]
    jsonl: str | None = None
    input_sha256: str = ""
    seconds: float = 0.0
    error: str = ""
    warnings: list[str] = field(default_factory=list)
    skipped: bool = False
    versions: dict[str, str] = field(default_factory=dict)
    # The year of adoption read from the text and the cue that gave it (the precedent index keeps it).
    adopted: int | None = None
    adopted_from: str = ""

    @property
    def ok(self) -> bool:
        return self.status == Status.OK


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def clean_text(text: str) -> str:
    """Text safe to write as UTF-8: undecodable bytes of a file name become U+FFFD."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace") if text else text


def safe_name(doc_id: str) -> str:
    """A file-name stem for a document id that cannot leave the output folder.

    Keeps ``A-Z a-z 0-9 . _ -``, drops leading dots and dashes, caps the length at
    :data:`MAX_NAME`; an id changed on the way (or a name Windows reserves) gets a short
    hash of the original id, so two ids never share a name by being cleaned alike.
    """
    name = _UNSAFE.sub("_", doc_id).lstrip(".-")
    changed = not name or name != doc_id or name.split(".")[0].lower() in _RESERVED
    if len(name) > MAX_NAME:
        name, changed = name[:MAX_NAME], True
    if changed:
        tag = _digest(doc_id)[:10]
        name = f"{name}-{tag}" if name else tag
    return name


def plan(files: Sequence[Path], notes: list[str] | None = None) -> list[Task]:
    """Tasks for input files, in file order, with output names unique even on a file system
    that ignores case (names that would collide get a hash of their id and path).

    A crafted name can still equal the hashed name of another input ("Treaty-<hash>.md"
    beside "Treaty.md" and "treaty.md"): such a collision is resolved deterministically (the
    inputs are taken in path order; a later one whose name is taken gets another hash of its
    id, path and a counter), and a line saying so is appended to ``notes`` (batch writes it
    to ``run.log``), so no set of inputs makes the plan fail."""
    from ..ingest import doc_id_for

    rows = []
    for f in files:
        resolved = Path(os.path.abspath(f))
        try:
            size = resolved.stat().st_size
        except OSError:
            size = 0
        doc_id = clean_text(doc_id_for(f))
        rows.append((doc_id, safe_name(doc_id), str(resolved), size))
    groups: dict[str, int] = {}
    for _, name, _, _ in rows:
        groups[name.casefold()] = groups.get(name.casefold(), 0) + 1
    named = []
    for doc_id, name, path, size in rows:
        if groups[name.casefold()] > 1:
            name = f"{name[:MAX_NAME]}-{_digest(doc_id + chr(0) + path)[:10]}"
        named.append([doc_id, name, path, size])
    taken: set[str] = set()
    for row in sorted(named, key=lambda r: (r[2], r[0])):
        doc_id, name, path, _ = row
        n = 0
        while row[1].casefold() in taken:
            n += 1
            row[1] = f"{name[:MAX_NAME]}-{_digest(f'{doc_id}{chr(0)}{path}{chr(0)}{n}')[:10]}"
        if n and notes is not None:
            notes.append(f"output name {name} of {clean_text(path)} is another input's; using {row[1]}")
        taken.add(row[1].casefold())
    return [Task(doc_id, name, path, size) for doc_id, name, path, size in named]
