"""The precedent index: every English clause of a collection, its labels and its words, on disk.

An index is a folder, kept outside the repository (by default in the user's cache folder,
one per collection)::

    INDEX/meta.json        format, build id, the versions the labels come from (model,
                           patterns, treatyscope), the collection folder, and per document
                           its id, title, year of adoption (and what gave it), file,
                           sha256, size, mtime and rows
    INDEX/clauses.arrow    one row per English clause: document, clause id, article,
                           paragraph, subparagraph, heading, offsets, text, own labels
    INDEX/counts.npz       word and word-pair counts per clause (hashed; kept so that an
                           update re-reads only the documents that changed)
    INDEX/weights.*.npy    the TF-IDF matrix the search uses, stored transposed (terms ×
                           clauses) as the three arrays of a CSR matrix, and the idf;
                           memory-mapped, so a search reads only the rows of its terms

Documents are labelled by the batch engine (:func:`treatyscope.batch.run_local` or
:func:`~treatyscope.batch.run_dask`, the same task as ``treatyscope batch``), so a build can
run on a Dask cluster. A rebuild labels only the documents whose checksum changed (a file
whose size and modification time are unchanged is not even read). Every data file carries
the build id of ``meta.json`` (the arrays: their sizes), which is written last: a folder
with a half-written or mixed-up build is reported as damaged, not read.

Words are counted by scikit-learn's ``HashingVectorizer`` (no vocabulary to store, so the
index holds only numbers and text and loads without running code); the TF-IDF weighting
drops terms found in more than :data:`MAX_DF` of the clauses, which carry no evidence of a
source and would make every search touch every clause.

A document's year of adoption is read from its text by the worker that labels it
(:func:`treatyscope.provenance.adoption_year`: the testimonium, else the opening for
signature), else from its title (:func:`treatyscope.provenance.title_year`); precedents that
are equally close to a clause are ordered by it. An index of an older format is reported as
such and rebuilt whole by ``treatyscope index build``.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np

from ._version import __version__
from .errors import TreatyscopeError
from .fileio import atomic_write

FORMAT = "treatyscope-index/2"  # 2: a year of adoption per document
_FORMAT_NAME = "treatyscope-index/"
META = "meta.json"
CLAUSES = "clauses.arrow"
COUNTS = "counts.npz"
WEIGHT_ARRAYS = ("data", "indices", "indptr", "idf")
N_FEATURES = 1 << 21
MAX_DF = 0.05
_CLAUSE_COLUMNS = ("doc", "clause_id", "article", "paragraph", "subparagraph", "heading", "start", "end", "text",
                   "labels")


class IndexProblem(TreatyscopeError):
    """An index that is missing, damaged, or older than the collection or the model."""


def vectorizer():
    """The word and word-pair counter shared by the index and the queries."""
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(n_features=N_FEATURES, ngram_range=(1, 2), alternate_sign=False, norm=None,
                             token_pattern=r"(?u)\b\w+\b", dtype=np.float32)


_WORD = re.compile(r"(?u)\b\w+\b")


def count_words(texts: list[str]):
    """``vectorizer().transform(texts)`` (the same matrix, bit for bit), without importing
    scikit-learn (about 1.3 s of CPU, most of a cold query's start): each lower-cased word and
    word pair hashed by MurmurHash3 (32 bits, seed 0, the mmh3 package: the function sklearn's
    ``FeatureHasher`` uses), its absolute value modulo :data:`N_FEATURES`. Without mmh3,
    sklearn's own. ``tests/test_precedents.py`` compares the two."""
    try:
        import mmh3
    except ImportError:  # an install that predates the dependency
        return vectorizer().transform(texts)
    import scipy.sparse as sp

    n = N_FEATURES
    column: dict[str, int] = {}
    indices: list[int] = []
    indptr = [0]
    for text in texts:
        words = _WORD.findall(text.lower())
        for gram in words + [f"{a} {b}" for a, b in zip(words, words[1:])]:
            c = column.get(gram)
            if c is None:
                h = mmh3.hash(gram, 0, True)
                c = column[gram] = (2147483647 - (n - 1)) % n if h == -2147483648 else abs(h) % n
            indices.append(c)
        indptr.append(len(indices))
    counts = sp.csr_matrix((np.ones(len(indices), dtype=np.float32), np.asarray(indices, dtype=np.int32),
                            np.asarray(indptr, dtype=np.int32)), shape=(len(texts), n))
    counts.sum_duplicates()
    return counts


def default_index_path(corpus: Path) -> Path:
    """The index of a collection in the user's cache folder (one per collection folder)."""
    from platformdirs import user_cache_dir

    tag = hashlib.sha256(str(Path(corpus).resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:10]
    return Path(user_cache_dir("treatyscope")) / "index" / f"{Path(corpus).resolve().name}-{tag}"


def _scan(corpus: Path) -> list[tuple[str, str, int, int]]:
    """``(path, doc_id, size, mtime_ns)`` of every treaty file of a collection (its
    ``treaties/`` folder, sub-folders included), sorted by path. Plain ``os.scandir``: the
    staleness check runs before every search, and pathlib costs ~0.5 ms a file."""
    from .ingest import SUPPORTED

    found = []
    top = os.path.join(os.fspath(corpus), "treaties")
    inside = os.path.realpath(top) + os.sep
    stack = [top]
    seen = set()  # (device, inode) of the folders walked: a symlink loop is walked once
    while stack:
        with os.scandir(stack.pop()) as entries:
            for e in entries:
                if e.name.startswith("."):
                    continue
                if e.is_dir():
                    if e.is_symlink() and (os.path.realpath(e.path) + os.sep).startswith(inside):
                        continue  # a second way to a folder of the collection (or a loop back to it)
                    st = e.stat()
                    if (st.st_dev, st.st_ino) not in seen:
                        seen.add((st.st_dev, st.st_ino))
                        stack.append(e.path)
                elif os.path.splitext(e.name)[1].lower() in SUPPORTED and e.is_file():
                    st = e.stat()
                    found.append((e.path, os.path.splitext(e.name)[0], st.st_size, st.st_mtime_ns))
    return sorted(found)


def collection_files(corpus: Path) -> list[Path]:
    """The treaty files of a collection folder, sorted."""
    return [Path(f[0]) for f in _scan(corpus)]


def read_titles(corpus: Path) -> dict[str, str]:
    """Document titles from the collection's ``manifest.csv`` (empty when there is none)."""
    path = Path(corpus) / "manifest.csv"
    try:
        with open(path, newline="", encoding="utf-8") as f:
            return {row["doc_id"]: row.get("title") or "" for row in csv.DictReader(f)}
    except (OSError, KeyError, UnicodeDecodeError, csv.Error):
        return {}


def _first_line_title(path: Path) -> str:
    """A title for a document without a manifest entry: its first line of text."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                line = line.strip().lstrip("#").strip()
                if line:
                    return line[:160]
    except OSError:
        pass
    return ""


@dataclass
class IndexedDocument:
    """One document of the collection as the index holds it (``rows`` of its clauses)."""

    doc_id: str
    title: str
    file: str
    sha256: str
    size: int
    mtime_ns: int
    rows: tuple[int, int] = (0, 0)
    status: str = "ok"
    error: str = ""
    year: int | None = None  # of adoption; None: unknown
    year_from: str = ""  # what gave it: "testimonium", "signature" (the text) or "title"

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "title": self.title, "year": self.year, "year_from": self.year_from,
                "file": self.file, "sha256": self.sha256, "size": self.size, "mtime_ns": self.mtime_ns,
                "rows": list(self.rows), "status": self.status, "error": self.error}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "IndexedDocument":
        year = d.get("year")
        return cls(d["doc_id"], d["title"], d["file"], d["sha256"], int(d["size"]), int(d["mtime_ns"]),
                   tuple(d["rows"]), d.get("status", "ok"), d.get("error", ""),
                   int(year) if year is not None else None, d.get("year_from", ""))


@dataclass
class Index:
    """A loaded index: clause metadata (Arrow, memory-mapped), the search matrix and the idf."""

    path: Path
    meta: dict[str, Any]
    documents: list[IndexedDocument]
    clauses: Any  # pyarrow.Table
    weights_t: Any  # scipy.sparse.csr_matrix, terms × clauses
    idf: np.ndarray
    doc_of_row: np.ndarray
    _parents: dict[str, list[int]] | None = field(default=None, repr=False)

    @property
    def versions(self) -> dict[str, str]:
        return self.meta["versions"]

    @property
    def years(self) -> np.ndarray:
        """Each document's year of adoption (0: unknown), by document position."""
        return np.array([d.year or 0 for d in self.documents], dtype=np.int32)

    def parents(self, title: str, excluded=()) -> list[int]:
        """The documents (positions) that a title names as the instrument it supplements or
        amends (:func:`treatyscope.provenance.parent_documents`); ``excluded``: the document itself."""
        from .provenance import parent_documents, parent_table

        if self._parents is None:
            self._parents = parent_table(d.title if d.status == "ok" else "" for d in self.documents)
        return parent_documents(title, self._parents, excluded)

    def __len__(self) -> int:
        return self.clauses.num_rows

    def rows(self, indices) -> list[dict[str, Any]]:
        """The clauses at these rows, as dicts (only those rows are read)."""
        table = self.clauses.take(arrow_rows(indices))
        return table.to_pylist()


@dataclass
class BuildReport:
    """What a build did: documents labelled, kept from the previous build, failed, removed."""

    path: Path
    documents: int
    clauses: int
    labelled: int
    kept: int
    failed: list[tuple[str, str]]
    removed: int
    seconds: float
    rebuilt_all: str = ""  # why the previous index could not be reused, if it could not


# ---------------------------------------------------------------------------------------
# Building


def arrow_rows(indices):
    """Row numbers as an Arrow int64 array, for ``take``. Made from the numpy array's buffer:
    pyarrow's conversion of a list or a numpy array (``pa.array``) imports pandas, half a
    second of a cold query."""
    import pyarrow as pa

    rows = np.ascontiguousarray(indices, dtype=np.int64)
    return pa.Array.from_buffers(pa.int64(), len(rows), [None, pa.py_buffer(rows)])


def _stat(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns


def _weights(counts, n_rows: int):
    """The search matrix (terms × clauses) and idf from clause counts (clauses × terms)."""
    import scipy.sparse as sp

    counts = counts.tocsr()
    df = np.bincount(counts.indices, minlength=N_FEATURES).astype(np.float64)
    idf = (np.log((1.0 + n_rows) / (1.0 + df)) + 1.0).astype(np.float32)
    idf[df > max(MAX_DF * n_rows, 50)] = 0.0
    w = counts.copy()
    w.data = np.log1p(w.data) * idf[w.indices]
    w = _normalize(w)
    w.eliminate_zeros()
    return sp.csr_matrix(w.T), idf


def _normalize(m):
    from sklearn.preprocessing import normalize

    return normalize(m, norm="l2", copy=False)


def _rows_from_jsonl(jsonl: str) -> list[dict[str, Any]]:
    """The English clauses of one labelled document (its ``label --format jsonl`` text)."""
    rows = []
    for line in jsonl.splitlines():
        c = json.loads(line)
        if c.get("skipped") or not c.get("text", "").strip():
            continue
        rows.append({"clause_id": c["clause_id"], "article": c["article"], "paragraph": c["paragraph"],
                     "subparagraph": c["subparagraph"], "heading": c["heading"], "start": c["start"],
                     "end": c["end"], "text": c["text"], "labels": ",".join(c["tiers"] + c["safeguards"])})
    return rows


def build_index(
    corpus: str | os.PathLike,
    index: str | os.PathLike | None = None,
    *,
    workers: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    timeout: float | None = 120.0,
    patterns_only: bool = False,
    model: str | os.PathLike | None = None,
    on_start: Callable[[int, int], None] | None = None,
    on_document: Callable[[str, bool, str], None] | None = None,
) -> BuildReport:
    """Build or update the index of a collection.

    Takes the collection folder (holding ``treaties/``), the index folder (default:
    :func:`default_index_path`) and the options of ``treatyscope batch``; documents whose
    checksum is unchanged since the last build are kept, the rest are labelled by the batch
    engine. ``on_start(to_label, kept)`` and ``on_document(doc_id, ok, error)`` report
    progress. Returns a :class:`BuildReport`. Raises :class:`TreatyscopeError` when the
    collection has no treaty files or the index folder cannot be written.
    """
    import scipy.sparse as sp

    from .batch import PipelineSetup, _available_cpus, model_version, plan
    from .batch.engines import run_tasks
    from .corpus import sha256_file
    from .provenance import document_year

    started = time.perf_counter()
    corpus = Path(corpus)
    path = Path(index) if index else default_index_path(corpus)
    files = collection_files(corpus)
    if not files:
        raise TreatyscopeError(f"{corpus}: no treaty files in {corpus / 'treaties'}")
    setup = PipelineSetup(patterns_only=patterns_only, model=os.path.abspath(model) if model else None)
    versions = model_version(setup)
    titles = read_titles(corpus)

    previous, why = None, ""
    if (path / META).exists():
        try:
            previous = load_index(path, versions=versions, check_collection=False)
        except IndexProblem as exc:
            why = str(exc)
    keep: dict[str, tuple[IndexedDocument, int]] = {}  # doc_id -> (entry, previous position)
    old_by_id = {d.doc_id: (i, d) for i, d in enumerate(previous.documents)} if previous else {}
    tasks_all = plan(files)
    todo, entries = [], {}
    for task, f in zip(tasks_all, files):
        size, mtime = _stat(f)
        old = old_by_id.get(task.doc_id)
        if old is not None and old[1].status == "ok" and old[1].file == f.name:
            d = old[1]
            if (d.size, d.mtime_ns) == (size, mtime) or sha256_file(f) == d.sha256:
                title = titles.get(d.doc_id) or d.title
                from_text = d.year_from not in ("", "title")
                year, year_from = document_year(d.year if from_text else None, d.year_from if from_text else "",
                                                title)
                keep[task.doc_id] = (IndexedDocument(d.doc_id, title, d.file, d.sha256, size, mtime,
                                                     year=year, year_from=year_from), old[0])
                continue
        entries[task.name] = IndexedDocument(task.doc_id, titles.get(task.doc_id) or _first_line_title(f), f.name,
                                             "", size, mtime)
        todo.append(task)
    removed = len(set(old_by_id) - {t.doc_id for t in tasks_all})
    if on_start:
        on_start(len(todo), len(keep))

    new_rows: dict[str, list[dict[str, Any]]] = {}
    new_counts: dict[str, Any] = {}
    vec = vectorizer()

    def done(task, outcome) -> None:
        entry = entries[task.name]
        if outcome.ok and outcome.versions != versions:
            outcome.status, outcome.error = "failed", "the worker labelled with other versions than this command"
        if outcome.ok:
            rows = _rows_from_jsonl(outcome.jsonl or "")
            entry.sha256 = outcome.input_sha256
            entry.year, entry.year_from = document_year(outcome.adopted, outcome.adopted_from, entry.title)
            new_rows[task.doc_id] = rows
            new_counts[task.doc_id] = vec.transform([r["text"] for r in rows]) if rows else None
        else:
            entry.status, entry.error = "failed", outcome.error
        outcome.jsonl = None
        if on_document:
            on_document(task.doc_id, outcome.ok, outcome.error)

    workers = _available_cpus() if workers is None else workers
    todo.sort(key=lambda t: (-t.size, t.name))  # largest first, as in a batch run
    if todo:
        run_tasks(engine, todo, setup, done, workers=workers, scheduler=scheduler, timeout=timeout)

    # Assemble in file order: kept documents from the previous build, new ones from this run.
    documents: list[IndexedDocument] = []
    columns: dict[str, list] = {c: [] for c in _CLAUSE_COLUMNS}
    blocks = []
    old_counts = _load_counts(previous.path) if previous and keep else None
    old_table = previous.clauses if previous else None
    failed = []
    n = 0
    for task in tasks_all:
        if task.doc_id in keep:
            entry, pos = keep[task.doc_id]
            d = previous.documents[pos]
            a, b = d.rows
            part = old_table.slice(a, b - a).to_pydict()
            rows = [dict(zip(part, vals)) for vals in zip(*part.values())] if b > a else []
            block = old_counts[a:b] if b > a else None
        else:
            entry = entries[task.name]
            if entry.status != "ok":
                failed.append((entry.doc_id, entry.error))
                documents.append(entry)
                continue
            rows = new_rows.get(task.doc_id, [])
            block = new_counts.get(task.doc_id)
        doc_no = len(documents)
        entry.rows = (n, n + len(rows))
        documents.append(entry)
        for r in rows:
            r["doc"] = doc_no
            for c in _CLAUSE_COLUMNS:
                columns[c].append(r[c])
        if block is not None and block.shape[0]:
            blocks.append(block)
        n += len(rows)
    counts = sp.vstack(blocks, format="csr", dtype=np.float32) if blocks else sp.csr_matrix((0, N_FEATURES), dtype=np.float32)
    weights_t, idf = _weights(counts, n)
    _write(path, corpus, versions, setup, documents, columns, counts, weights_t, idf)
    return BuildReport(path, len([d for d in documents if d.status == "ok"]), n, len(todo) - len(failed), len(keep),
                       failed, removed, time.perf_counter() - started, why)


def _write(path: Path, corpus: Path, versions, setup, documents, columns, counts, weights_t, idf) -> None:
    """Write the data files, then ``meta.json`` naming their build id (last, so a reader never
    takes a half-written build for a whole one)."""
    import pyarrow as pa
    import pyarrow.ipc as ipc

    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TreatyscopeError(f"{path}: cannot create the index folder ({exc.strerror or exc})") from None
    build = uuid.uuid4().hex
    try:
        if (path / META).exists():
            (path / META).unlink()  # the old data files are about to be replaced
        schema = pa.schema([("doc", pa.int32()), ("clause_id", pa.string()), ("article", pa.string()),
                            ("paragraph", pa.string()), ("subparagraph", pa.string()), ("heading", pa.string()),
                            ("start", pa.int64()), ("end", pa.int64()), ("text", pa.large_string()),
                            ("labels", pa.string())], metadata={"build": build})
        table = pa.table(columns, schema=schema)
        sink = pa.BufferOutputStream()
        with ipc.new_file(sink, schema) as writer:
            writer.write_table(table, max_chunksize=1 << 16)
        atomic_write(path / CLAUSES, sink.getvalue().to_pybytes())
        _save_npz(path / COUNTS, build, counts)
        sizes = _save_weights(path, weights_t, idf)
        meta = {"format": FORMAT, "build": build, "treatyscope": __version__, "versions": versions,
                "patterns_only": setup.patterns_only, "model": setup.model,
                "collection": str(Path(corpus).resolve()), "clauses": table.num_rows, "arrays": sizes,
                "documents": [d.to_dict() for d in documents]}
        atomic_write(path / META, json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
    except OSError as exc:
        raise TreatyscopeError(f"{path}: cannot write the index ({exc.strerror or exc})") from None


def _save_npz(path: Path, build: str, m, **extra) -> None:
    import io

    buf = io.BytesIO()
    m = m.tocsr()
    np.savez(buf, build=np.array(build), data=m.data.astype(np.float32), indices=m.indices.astype(np.int32),
             indptr=m.indptr.astype(np.int64), shape=np.array(m.shape, dtype=np.int64), **extra)
    atomic_write(path, buf.getvalue())


def _save_weights(path: Path, weights_t, idf) -> dict[str, int]:
    """Write the search matrix's arrays as ``.npy`` files; returns their sizes in bytes."""
    import io

    arrays = {"data": weights_t.data.astype(np.float32), "indices": weights_t.indices.astype(np.int32),
              "indptr": weights_t.indptr.astype(np.int64 if weights_t.nnz >= 2**31 else np.int32), "idf": idf}
    sizes = {}
    for name in WEIGHT_ARRAYS:
        buf = io.BytesIO()
        np.save(buf, arrays[name], allow_pickle=False)
        atomic_write(path / f"weights.{name}.npy", buf.getvalue())
        sizes[name] = len(buf.getvalue())
    return sizes


def _load_weights(path: Path, sizes: dict[str, int], n_clauses: int):
    """The search matrix (memory-mapped) and the idf; raises :class:`IndexProblem` when an
    array's size is not the one ``meta.json`` recorded."""
    import scipy.sparse as sp

    arrays = {}
    for name in WEIGHT_ARRAYS:
        file = path / f"weights.{name}.npy"
        if file.stat().st_size != sizes[name]:
            raise _damaged(path, f"{file.name} is not the size this build wrote")
        arrays[name] = np.load(file, mmap_mode="r", allow_pickle=False)
    m = sp.csr_matrix((arrays["data"], arrays["indices"], arrays["indptr"]),
                      shape=(len(arrays["indptr"]) - 1, n_clauses), copy=False)
    return m, np.asarray(arrays["idf"])


def _load_npz(path: Path, build: str):
    """A CSR matrix and the extra arrays of an index file; raises :class:`IndexProblem`."""
    import scipy.sparse as sp

    with np.load(path, allow_pickle=False) as z:
        if str(z["build"]) != build:
            raise IndexProblem(f"{path.parent}: the index is damaged ({path.name} is from another build); "
                               f"rebuild it with 'treatyscope index build'")
        shape = tuple(int(x) for x in z["shape"])
        m = sp.csr_matrix((z["data"], z["indices"], z["indptr"]), shape=shape)
        extra = {k: z[k] for k in z.files if k not in ("build", "data", "indices", "indptr", "shape")}
    return m, extra


def _load_counts(path: Path):
    meta = json.loads((path / META).read_text(encoding="utf-8"))
    m, _ = _load_npz(path / COUNTS, meta["build"])
    return m


# ---------------------------------------------------------------------------------------
# Loading


def _damaged(path: Path, what: str) -> IndexProblem:
    return IndexProblem(f"{path}: the index is damaged ({what}); rebuild it with 'treatyscope index build'")


def load_index(path: str | os.PathLike, *, versions: dict[str, str] | None = None,
               check_collection: bool = True, collection: str | os.PathLike | None = None) -> Index:
    """Open an index.

    Takes its folder, the versions the caller labels with (the labels of index and query
    must come from the same model and patterns) and whether to check that the collection's
    files are unchanged (``collection``, default the folder it was built from, when that
    still exists). Returns the :class:`Index`. Raises :class:`IndexProblem` (one line) for
    a missing, damaged or stale index.
    """
    import pyarrow as pa
    import pyarrow.ipc as ipc

    path = Path(path)
    if not (path / META).is_file():
        hint = f" --index {path}" if path.exists() else ""
        raise IndexProblem(f"no index at {path}; build it with 'treatyscope index build{hint}'")
    try:
        meta = json.loads((path / META).read_text(encoding="utf-8"))
        if not isinstance(meta, dict) or meta.get("format") != FORMAT:
            found = meta.get("format") if isinstance(meta, dict) else None
            if isinstance(found, str) and found.startswith(_FORMAT_NAME):
                raise IndexProblem(f"{path}: the index is of another format ({found}, this treatyscope reads "
                                   f"{FORMAT}); rebuild it with 'treatyscope index build'")
            raise _damaged(path, "unknown format")
        build = meta["build"]
        documents = [IndexedDocument.from_dict(d) for d in meta["documents"]]
    except IndexProblem:
        raise
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise _damaged(path, f"{META} unreadable: {type(exc).__name__}") from None
    if versions is not None and meta.get("versions") != versions:
        raise IndexProblem(f"{path}: the index was labelled with other versions ({_vtext(meta.get('versions'))}) "
                           f"than this command ({_vtext(versions)}); rebuild it with 'treatyscope index build'")
    try:
        source = pa.memory_map(str(path / CLAUSES), "r")
        table = ipc.open_file(source).read_all()
        if (table.schema.metadata or {}).get(b"build", b"").decode() != build:
            raise _damaged(path, f"{CLAUSES} is from another build")
        weights_t, idf = _load_weights(path, meta["arrays"], meta["clauses"])
        if table.num_rows != meta["clauses"] or weights_t.shape != (N_FEATURES, table.num_rows) \
                or idf.shape != (N_FEATURES,):
            raise _damaged(path, "sizes do not agree")
    except IndexProblem:
        raise
    except (OSError, ValueError, KeyError, TypeError, EOFError, pa.ArrowException) as exc:
        raise _damaged(path, f"{type(exc).__name__}") from None
    doc_of_row = np.zeros(table.num_rows, dtype=np.int32)
    for i, d in enumerate(documents):
        doc_of_row[d.rows[0]:d.rows[1]] = i
    index = Index(path, meta, documents, table, weights_t, idf, doc_of_row)
    if check_collection:
        folder = Path(collection) if collection else Path(meta.get("collection", ""))
        if folder.is_dir():
            stale = changed_documents(index, folder)
            if stale:
                more = f" and {len(stale) - 1} more" if len(stale) > 1 else ""
                raise IndexProblem(f"{path}: the index is out of date: {stale[0]}{more} changed in {folder} since it "
                                   f"was built; update it with 'treatyscope index build --corpus {folder}'")
    return index


def _vtext(v) -> str:
    if not isinstance(v, dict):
        return "unknown"
    return ", ".join(f"{k} {str(x)[:12]}" for k, x in sorted(v.items()))


def changed_documents(index: Index, corpus: Path) -> list[str]:
    """Documents of the collection added, removed or changed since the index was built (file
    size and time first; the checksum only when they differ)."""
    from .corpus import sha256_file

    known = {d.doc_id: d for d in index.documents}
    seen, changed = set(), []
    for path, doc_id, size, mtime in _scan(corpus):
        seen.add(doc_id)
        d = known.get(doc_id)
        if d is None:
            changed.append(f"{doc_id} (new)")
        elif (size, mtime) != (d.size, d.mtime_ns) and (not d.sha256 or sha256_file(path) != d.sha256):
            changed.append(doc_id)
    changed += [f"{k} (removed)" for k in known if k not in seen]
    return changed
