"""Where the treaty corpus lives, and how a user without it gets it.

The project never stores treaty text. It refers to corpus documents by id, offsets and
checksums, and reads the text from a corpus folder found in this order: the ``--corpus``
option, the ``TREATYSCOPE_CORPUS`` environment variable, then ``../shared/corpora`` from
the working directory or from the repository. ``treatyscope corpus fetch`` downloads the
texts from their public source and checks every file against ``corpora/manifest.csv``.
"""

from __future__ import annotations

import csv
import hashlib
import os
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from .errors import TreatyscopeError
from .fileio import atomic_write

ENV_VAR = "TREATYSCOPE_CORPUS"
# The public repository the corpus snapshot was taken from (folder verdrag/).
DEFAULT_BASE_URL = "https://raw.githubusercontent.com/statengeneraal/laws-markdown/master/"
REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class ManifestEntry:
    doc_id: str
    sha256: str
    bytes: int
    source: str


def bundled_manifest() -> Path:
    """The manifest shipped with the project (ids, sizes, checksums, source paths; no text)."""
    here = Path(__file__).resolve().parent / "data" / "manifest.csv"
    return here


def read_manifest(path: Path) -> dict[str, ManifestEntry]:
    """Read a manifest CSV (``doc_id``, ``sha256``, ``bytes``, ``source`` columns) by doc id."""
    with open(path, newline="", encoding="utf-8") as f:
        return {
            row["doc_id"]: ManifestEntry(row["doc_id"], row["sha256"], int(row.get("bytes") or 0), row["source"])
            for row in csv.DictReader(f)
        }


def find_corpus(explicit: str | os.PathLike | None = None, *, required: bool = True) -> Path | None:
    """Locate the corpus folder (the one holding ``treaties/``).

    Takes an explicit folder or ``None``; returns the folder, or ``None`` when it is not
    found and ``required`` is false. Raises :class:`TreatyscopeError` when an explicit or
    configured folder does not exist, or none is found and one is required.
    """
    candidates: list[tuple[Path, bool]] = []
    if explicit:
        candidates.append((Path(explicit), True))
    elif os.environ.get(ENV_VAR):
        candidates.append((Path(os.environ[ENV_VAR]), True))
    else:
        candidates.append((Path.cwd().parent / "shared" / "corpora", False))
        candidates.append((REPO_ROOT.parent / "shared" / "corpora", False))
    for path, named in candidates:
        if (path / "treaties").is_dir():
            return path
        if path.is_dir() and path.name == "treaties":
            return path.parent
        if named:
            raise TreatyscopeError(f"{path}: not a corpus folder (no treaties/ inside); run 'treatyscope corpus fetch --dest {path}'")
    if required:
        raise TreatyscopeError(
            "no treaty corpus found: pass --corpus DIR, set TREATYSCOPE_CORPUS, or run 'treatyscope corpus fetch --dest DIR'"
        )
    return None


def document_path(corpus: Path, doc_id: str) -> Path:
    """The file of one corpus document; raises :class:`TreatyscopeError` when it is missing."""
    path = corpus / "treaties" / f"{doc_id}.md"
    if not path.is_file():
        raise TreatyscopeError(f"{doc_id}: not in the corpus at {corpus}")
    return path


def sha256_file(path: str | os.PathLike) -> str:
    """The sha256 of a file's bytes, read in blocks."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fetch(dest: Path, *, ids: list[str] | None = None, base_url: str = DEFAULT_BASE_URL,
          manifest: Path | None = None, timeout: float = 60.0, progress=None) -> tuple[int, list[str]]:
    """Download corpus files from their public source and check their checksums.

    Takes the destination folder, optionally the doc ids wanted (default: all) and the base
    URL; returns the number of files now present and verified, and one problem line per file
    that failed. Files already present with the right checksum are not downloaded again;
    each download is written atomically, so an interrupted fetch leaves no partial file.
    """
    entries = read_manifest(manifest or bundled_manifest())
    wanted = [entries[i] for i in ids] if ids else list(entries.values())
    target = dest / "treaties"
    target.mkdir(parents=True, exist_ok=True)
    ok, problems = 0, []
    for entry in wanted:
        out = target / f"{entry.doc_id}.md"
        if out.exists() and sha256_file(out) == entry.sha256:
            ok += 1
            continue
        url = base_url.rstrip("/") + "/" + entry.source
        try:
            with urllib.request.urlopen(url, timeout=timeout) as resp:  # noqa: S310 (fixed https base)
                # At most one byte more than the manifest's size (else than the input size limit):
                # a longer answer fails the checksum anyway, and is not held in memory whole.
                from .ingest import max_bytes

                data = resp.read((entry.bytes or max_bytes()) + 1)
        except OSError as exc:
            problems.append(f"{entry.doc_id}: download failed ({exc})")
            continue
        if hashlib.sha256(data).hexdigest() != entry.sha256:
            problems.append(f"{entry.doc_id}: checksum mismatch; the source has changed since the snapshot")
            continue
        atomic_write(out, data)
        ok += 1
        if progress:
            progress(entry.doc_id)
    return ok, problems
