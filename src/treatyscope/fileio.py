"""Writing files so that nothing half-written is ever left behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterable


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_all(fd: int, data: bytes) -> None:
    """``os.write`` until every byte is written (a short write is not an error; a full disk is)."""
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _write_temporary(path: Path, data: str | bytes) -> str:
    """``data`` in a temporary file beside ``path``, flushed to disk; its name. On any failure
    the temporary file is removed and the exception raised."""
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        try:
            write_all(fd, data.encode("utf-8") if isinstance(data, str) else data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(tmp, 0o666 & ~_umask())
    except BaseException:
        _remove(tmp)
        raise
    return tmp


def _remove(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass


def atomic_write(path: str | os.PathLike, data: str | bytes) -> None:
    """Write ``data`` to ``path`` by way of a temporary file in the same folder and a rename.

    A reader sees the old file or the new one, never a part; on any failure (a full disk
    included) the temporary file is removed and the old file is untouched. The file gets the
    usual permissions (0666 less the umask), not mkstemp's 0600.
    """
    atomic_write_many([(path, data)])


def atomic_write_many(files: Iterable[tuple[str | os.PathLike, str | bytes]]) -> None:
    """Write several files that belong together (a table as CSV and as Parquet): every one is
    written in full to a temporary file first, and only when all are written are they renamed
    into place. On any failure while writing (a full disk) none is replaced, so the old files
    stay as they were, together."""
    done: list[tuple[str, Path]] = []
    try:
        for path, data in files:
            path = Path(path)
            done.append((_write_temporary(path, data), path))
        for tmp, path in done:
            os.replace(tmp, path)
    except BaseException:
        for tmp, _ in done:
            if os.path.exists(tmp):
                _remove(tmp)
        raise
