"""Gold labels: made by reading, stored as references, loaded with their text joined in.

A gold file (``corpora/gold/<doc_id>.jsonl``) holds one record per English clause of one
treaty: its address, offsets, a checksum of its text, the labels a person assigned and
the offsets of the words that carry each label. It holds no treaty text; :func:`load_gold`
joins the text in from the corpus folder and checks every checksum.

Annotation works on *units*: ``treatyscope gold units DOC`` lists the clauses to label
(addresses and text, for reading; written outside the project), and ``treatyscope gold
build`` turns a person's annotation file (labels plus the quoted words for each label)
into a gold file of offsets. The pipeline's labels play no part in either step.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from .corpus import document_path, find_corpus
from .errors import GoldError
from .fileio import atomic_write
from .ingest import read_document
from .paths import drafts_dir, gold_dir
from .segment import chapeau_id, segment_document
from .types import LABELS, NOT_GOLD_KINDS, POLARITIES, SAFEGUARDS, TIERS, Clause, text_checksum

# The checkout's corpora/gold, or the copy installed with the package (was: a path relative to
# the source tree, which does not exist after a plain pip install).
GOLD_DIR = gold_dir()
GOLD_FIELDS = ("doc_id", "source_sha256", "clause_id", "article", "paragraph", "subparagraph", "start", "end",
               "checksum", "tiers", "safeguards", "evidence", "note")


def units(doc_id: str, corpus: Path | None = None) -> list[dict[str, Any]]:
    """The English clauses of a corpus document as annotation units, in text order.

    Each unit has the clause address, its article heading and paragraph chapeau (context
    for the reader) and its text. Raises :class:`TreatyscopeError` when the document is
    not in the corpus.
    """
    corpus = find_corpus(corpus)
    doc = read_document(document_path(corpus, doc_id), doc_id=doc_id)
    clauses = segment_document(doc).clauses
    chapeaux = {c.clause_id: c.text for c in clauses if c.chapeau}
    out = []
    for c in clauses:
        if c.skipped or c.kind in NOT_GOLD_KINDS:
            continue
        lead_in = chapeau_id(c)
        out.append({
            "clause_id": c.clause_id, "article": c.article, "paragraph": c.paragraph,
            "subparagraph": c.subparagraph, "heading": c.heading,
            "chapeau": chapeaux.get(lead_in) if lead_in != c.clause_id else None,
            "text": c.text,
        })
    return out


def _validate_labels(where: str, tiers: list[str], safeguards: list[str]) -> None:
    for t in tiers:
        if t not in TIERS:
            raise GoldError(f"{where}: '{t}' is not a tier label ({', '.join(TIERS)})")
    for s in safeguards:
        if s not in SAFEGUARDS:
            raise GoldError(f"{where}: '{s}' is not a safeguard label ({', '.join(SAFEGUARDS)})")


def build(doc_id: str, annotations: Iterable[dict[str, Any]], corpus: Path | None = None) -> list[dict[str, Any]]:
    """Turn a person's annotations of one document into gold records of offsets.

    Takes the doc id and annotation records (``clause_id``, ``tiers``, ``safeguards``,
    ``evidence`` as ``{label, quote, polarity, occurrence?}``, ``note``); returns gold
    records in text order. Raises :class:`GoldError` when a clause is missing or labelled
    twice, a label is not the codebook's, a label has no evidence, or a quote is not in
    its clause.
    """
    corpus = find_corpus(corpus)
    path = document_path(corpus, doc_id)
    doc = read_document(path, doc_id=doc_id)
    clauses = [c for c in segment_document(doc).clauses if not c.skipped and c.kind not in NOT_GOLD_KINDS]
    by_id = {c.clause_id: c for c in clauses}
    seen: dict[str, dict[str, Any]] = {}
    for ann in annotations:
        cid = ann.get("clause_id")
        if cid not in by_id:
            raise GoldError(f"{doc_id} {cid}: no such English clause")
        if cid in seen:
            raise GoldError(f"{doc_id} {cid}: labelled twice")
        seen[cid] = ann
    missing = [cid for cid in by_id if cid not in seen]
    if missing:
        raise GoldError(f"{doc_id}: {len(missing)} clauses not labelled, first {missing[0]}")
    records = []
    for c in clauses:
        ann = seen[c.clause_id]
        where = f"{doc_id} {c.clause_id}"
        tiers = [t for t in TIERS if t in ann.get("tiers", [])]
        safeguards = [s for s in SAFEGUARDS if s in ann.get("safeguards", [])]
        _validate_labels(where, list(ann.get("tiers", [])), list(ann.get("safeguards", [])))
        evidence = []
        for ev in ann.get("evidence", []):
            label = ev.get("label")
            if label not in tiers and label not in safeguards:
                raise GoldError(f"{where}: evidence for '{label}', which the clause is not labelled with")
            quote = ev.get("quote") or ""
            occurrence = int(ev.get("occurrence", 1))
            at = -1
            for _ in range(occurrence):
                at = c.text.find(quote, at + 1)
                if at < 0:
                    break
            if not quote or at < 0:
                raise GoldError(f"{where}: evidence quote for '{label}' not found in the clause: {quote[:60]!r}")
            polarity = ev.get("polarity")
            if label in SAFEGUARDS:
                polarity = polarity or "required"
                if polarity not in POLARITIES:
                    raise GoldError(f"{where}: polarity '{polarity}' is not one of {', '.join(POLARITIES)}")
            else:
                polarity = None
            evidence.append({"label": label, "start": c.start + at, "end": c.start + at + len(quote),
                             "polarity": polarity})
        for label in tiers + safeguards:
            if not any(e["label"] == label for e in evidence):
                raise GoldError(f"{where}: label '{label}' has no evidence span")
        evidence.sort(key=lambda e: (e["start"], e["end"], e["label"]))
        records.append({
            "doc_id": doc_id, "source_sha256": doc.sha256, "clause_id": c.clause_id, "article": c.article,
            "paragraph": c.paragraph, "subparagraph": c.subparagraph, "start": c.start, "end": c.end,
            "checksum": c.checksum, "tiers": tiers, "safeguards": safeguards, "evidence": evidence,
            "note": ann.get("note") or "",
        })
    return records


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> None:
    """Write records as JSON lines atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The records of a JSONL file; raises :class:`GoldError` naming the file and line for one
    that is not JSON (or nested too deeply to be read)."""
    records = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except (ValueError, RecursionError) as exc:
                    reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
                    raise GoldError(f"{path}: line {n} is not valid JSON ({reason})") from None
    return records


def gold_files(paths: Iterable[str | os.PathLike] | None = None) -> list[Path]:
    """The gold JSONL files named (files or folders); the project's own gold by default."""
    out: list[Path] = []
    for p in [Path(x) for x in (paths or [GOLD_DIR])]:
        if p.is_dir():
            out.extend(sorted(p.glob("*.jsonl")))
        elif p.is_file():
            out.append(p)
        else:
            raise GoldError(f"{p}: no such gold file or folder")
    if not out:
        raise GoldError("no gold files found")
    return out


def resolve_records(records: list[dict[str, Any]], corpus: Path | None = None) -> list[dict[str, Any]]:
    """Join document text, headings and chapeaux into gold records, checking every checksum.

    Raises :class:`GoldError` naming the document when its file's sha256 or a clause's text
    checksum does not match, or an offset lies outside the document.
    """
    corpus_dir = None
    cache: dict[str, tuple[str, dict[str, Clause]]] = {}
    out = []
    for r in records:
        doc_id = r["doc_id"]
        if doc_id not in cache:
            corpus_dir = corpus_dir or find_corpus(corpus)
            doc = read_document(document_path(corpus_dir, doc_id), doc_id=doc_id)
            if r.get("source_sha256") and doc.sha256 != r["source_sha256"]:
                raise GoldError(f"{doc_id}: the corpus file's sha256 does not match the gold file's; "
                                "the gold labels refer to another version of this document")
            cache[doc_id] = (doc.text, {c.clause_id: c for c in segment_document(doc).clauses})
        text, clauses = cache[doc_id]
        start, end = int(r["start"]), int(r["end"])
        if not (0 <= start <= end <= len(text)):
            raise GoldError(f"{doc_id} {r['clause_id']}: offsets {start}-{end} lie outside the document")
        clause_text = text[start:end]
        if text_checksum(clause_text) != r["checksum"]:
            raise GoldError(f"{doc_id} {r['clause_id']}: clause text checksum mismatch; "
                            "the gold labels refer to another version of this document")
        seg = clauses.get(r["clause_id"])
        chapeau = None
        if seg is not None and seg.subparagraph:
            cp = clauses.get(chapeau_id(seg))
            chapeau = cp.text if cp is not None else None
        ev = [dict(e, text=text[e["start"]:e["end"]]) for e in r.get("evidence", [])]
        for e in ev:
            if not (start <= e["start"] <= e["end"] <= end):
                raise GoldError(f"{doc_id} {r['clause_id']}: evidence {e['start']}-{e['end']} lies outside the clause")
        out.append(dict(r, text=clause_text, heading=seg.heading if seg else None, chapeau=chapeau, evidence=ev,
                        context=list(seg.context) if seg else []))
    return out


def load_records(paths: Iterable[str | os.PathLike] | None = None, corpus: Path | None = None) -> list[dict[str, Any]]:
    """Read gold files and join the text in; see :func:`resolve_records`."""
    records: list[dict[str, Any]] = []
    for f in gold_files(paths):
        for i, r in enumerate(read_jsonl(f)):
            missing = [k for k in GOLD_FIELDS if k not in r]
            if missing:
                raise GoldError(f"{f}:{i + 1}: missing fields {', '.join(missing)}")
            _validate_labels(f"{f}:{i + 1}", r["tiers"], r["safeguards"])
            records.append(r)
    return resolve_records(records, corpus)


LABELS_SUFFIX = ".labels.jsonl"


# a draft's text: plain text, Markdown, a web page saved from a treaty database, or a word processor's file
DRAFT_SUFFIXES = (".txt", ".md", ".html", ".docx")


def draft_files(paths: Iterable[str | os.PathLike] | None = None) -> list[Path]:
    """The labelled drafts named (a draft's ``NAME.txt``, ``NAME.md``, ``NAME.html`` or ``NAME.docx``, or
    folders of them), each beside its ``NAME.labels.jsonl``; the project's own (``corpora/drafts``) by default,
    in name order."""
    out: list[Path] = []
    for p in [Path(x) for x in (paths or [drafts_dir()])]:
        found = (sorted((f for f in p.iterdir() if f.suffix in DRAFT_SUFFIXES), key=lambda f: f.stem) if p.is_dir()
                 else [p] if p.is_file() else None)
        if found is None:
            raise GoldError(f"{p}: no such draft or folder")
        for f in found:
            if not f.with_name(f.stem + LABELS_SUFFIX).is_file():
                raise GoldError(f"{f}: no labels file {f.stem + LABELS_SUFFIX} beside it")
        out.extend(found)
    if not out:
        raise GoldError("no labelled drafts found")
    return out


def load_drafts(paths: Iterable[str | os.PathLike] | None = None) -> list[dict[str, Any]]:
    """Labelled drafts as gold records (:func:`load_records`' fields, the text joined in).

    A draft (``NAME.txt``, ``NAME.md``, ``NAME.html`` or ``NAME.docx``, written for the project: no corpus text)
    has every clause labelled against the codebook by a person, by clause id, in ``NAME.labels.jsonl``
    (``clause_id``, ``tiers``, ``safeguards``, ``note``): what the blind-draft tests and
    ``benchmarks/blind_drafts.py`` measure, and training data beside the gold corpus. Its
    records have the doc id ``NAME``, the clauses a gold file would hold (English, neither
    title nor outside the text) and no evidence spans (``"draft": True``). Raises
    :class:`GoldError` when the clauses labelled are not the clauses the draft segments into,
    a clause is labelled twice, or a label is not the codebook's.
    """
    out: list[dict[str, Any]] = []
    names: set[str] = set()
    for path in draft_files(paths):
        name = path.stem
        if name in names:
            raise GoldError(f"{path}: a second draft named {name}")
        names.add(name)
        labels_path = path.with_name(name + LABELS_SUFFIX)
        labels: dict[str, dict[str, Any]] = {}
        for i, row in enumerate(read_jsonl(labels_path), 1):
            cid = row.get("clause_id") if isinstance(row, dict) else None
            if not isinstance(cid, str):
                raise GoldError(f"{labels_path}:{i}: no clause_id")
            if cid in labels:
                raise GoldError(f"{labels_path}:{i}: clause {cid} labelled twice")
            tiers, safeguards = row.get("tiers", []), row.get("safeguards", [])
            if not isinstance(tiers, list) or not isinstance(safeguards, list):
                raise GoldError(f"{labels_path}:{i}: tiers and safeguards must be lists")
            _validate_labels(f"{labels_path}:{i}", tiers, safeguards)
            labels[cid] = row
        doc = read_document(path, doc_id=name)
        clauses = segment_document(doc).clauses
        segmented = {c.clause_id for c in clauses}
        if segmented != set(labels):
            odd = sorted(segmented ^ set(labels))
            raise GoldError(f"{path}: the clauses labelled are not the clauses the draft segments into "
                            f"({len(odd)} differ, first {odd[0]})")
        by_id = {c.clause_id: c for c in clauses}
        for c in clauses:
            if c.skipped or c.kind in NOT_GOLD_KINDS:
                continue
            row = labels[c.clause_id]
            lead_in = by_id.get(chapeau_id(c)) if c.subparagraph else None
            out.append({
                "doc_id": name, "source_sha256": doc.sha256, "clause_id": c.clause_id, "article": c.article,
                "paragraph": c.paragraph, "subparagraph": c.subparagraph, "start": c.start, "end": c.end,
                "checksum": c.checksum, "tiers": [t for t in TIERS if t in row.get("tiers", [])],
                "safeguards": [s for s in SAFEGUARDS if s in row.get("safeguards", [])], "evidence": [],
                "note": row.get("note") or "", "text": c.text, "heading": c.heading,
                "chapeau": lead_in.text if lead_in is not None else None,
                "context": list(c.context), "draft": True,
            })
    return out


@dataclass(frozen=True)
class NearIdenticalPair:
    """Two clauses of different gold documents whose normalised texts are near-identical."""

    first: dict[str, Any]
    second: dict[str, Any]
    ratio: float

    @property
    def labels_differ(self) -> bool:
        return (set(self.first["tiers"]) != set(self.second["tiers"])
                or set(self.first["safeguards"]) != set(self.second["safeguards"]))

    @property
    def explained(self) -> bool:
        """True when a note of either clause names the other clause's document (says why they differ)."""
        return (self.second["doc_id"] in (self.first.get("note") or "")
                or self.first["doc_id"] in (self.second.get("note") or ""))

    def describe(self) -> str:
        def side(r: dict[str, Any]) -> str:
            return f"{r['doc_id']} {r['clause_id']} [{', '.join(r['tiers'] + r['safeguards']) or '-'}]"

        return f"{side(self.first)} ~ {side(self.second)} (ratio {self.ratio:.2f})"


_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "`": "'", "–": "-", "—": "-"})


def normalise(text: str) -> str:
    """Clause text as compared for consistency: case, quotes, dashes, spacing and Markdown emphasis folded."""
    text = text.translate(_QUOTES).replace("*", "").replace("_", " ").lower()
    return " ".join(text.split()).strip(" ;,.:")


def near_identical_pairs(records: list[dict[str, Any]], *, min_ratio: float = 0.9,
                         min_chars: int = 80) -> list[NearIdenticalPair]:
    """Pairs of clauses of different documents whose normalised texts are near-identical.

    Takes gold records with their text joined in (:func:`load_records`); returns every pair
    of clauses from different documents whose normalised texts both have at least
    ``min_chars`` characters and a similarity ratio (rapidfuzz's ``fuzz.ratio``, the normalised
    Indel similarity that difflib's ``SequenceMatcher.ratio`` approximates) of at least
    ``min_ratio``, in the order of the records.
    """
    from rapidfuzz import fuzz, process

    kept = [(r, normalise(r["text"])) for r in records]
    kept = [(r, t) for r, t in kept if len(t) >= min_chars]
    texts = [t for _, t in kept]
    docs = [r["doc_id"] for r, _ in kept]
    cutoff = min_ratio * 100
    # A ratio of at least ``min_ratio`` needs the shorter text to be at least this share of the longer.
    length_share = min_ratio / (2 - min_ratio)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    pairs: list[tuple[int, int, float]] = []
    hi = 0
    for pos, i in enumerate(order):
        hi = max(hi, pos + 1)
        while hi < len(order) and len(texts[order[hi]]) * length_share <= len(texts[i]):
            hi += 1
        window = [j for j in order[pos + 1:hi] if docs[j] != docs[i]]
        if not window:
            continue
        for _, score, k in process.extract(texts[i], [texts[j] for j in window], scorer=fuzz.ratio,
                                           score_cutoff=cutoff, limit=None):
            j = window[k]
            pairs.append((min(i, j), max(i, j), score / 100))
    pairs.sort()
    return [NearIdenticalPair(kept[i][0], kept[j][0], ratio) for i, j, ratio in pairs]


def load_gold(paths: Iterable[str | os.PathLike] | None = None, corpus: Path | None = None, *,
              by_document: bool = False):
    """Load gold files as a Hugging Face :class:`datasets.DatasetDict`.

    Takes gold files or folders (default: the project's ``corpora/gold``) and the corpus
    folder; returns a ``DatasetDict`` with one split ``gold`` (or one split per document
    with ``by_document=True``) whose rows carry ``text``, ``heading``, ``chapeau`` and the
    evidence words. Raises :class:`GoldError` on a checksum mismatch, naming the document.
    """
    from datasets import Dataset, DatasetDict

    records = load_records(paths, corpus)
    rows = [_row(r) for r in records]
    if not by_document:
        return DatasetDict({"gold": Dataset.from_list(rows, features=_features())})
    docs: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        docs.setdefault(row["doc_id"], []).append(row)
    return DatasetDict({d: Dataset.from_list(rs, features=_features()) for d, rs in docs.items()})


def _row(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "doc_id": r["doc_id"], "clause_id": r["clause_id"], "article": r["article"],
        "paragraph": r["paragraph"], "subparagraph": r["subparagraph"], "start": r["start"], "end": r["end"],
        "checksum": r["checksum"], "text": r["text"], "heading": r.get("heading"), "chapeau": r.get("chapeau"),
        "tiers": list(r["tiers"]), "safeguards": list(r["safeguards"]),
        "evidence": [{"label": e["label"], "start": e["start"], "end": e["end"], "polarity": e.get("polarity"),
                      "text": e["text"]} for e in r["evidence"]],
        "note": r.get("note") or "",
    }


def _features():
    from datasets import Features, Sequence, Value

    return Features({
        "doc_id": Value("string"), "clause_id": Value("string"), "article": Value("string"),
        "paragraph": Value("string"), "subparagraph": Value("string"), "start": Value("int64"),
        "end": Value("int64"), "checksum": Value("string"), "text": Value("string"),
        "heading": Value("string"), "chapeau": Value("string"),
        "tiers": Sequence(Value("string")), "safeguards": Sequence(Value("string")),
        "evidence": [{"label": Value("string"), "start": Value("int64"), "end": Value("int64"),
                      "polarity": Value("string"), "text": Value("string")}],
        "note": Value("string"),
    })


__all__ = ["units", "build", "near_identical_pairs", "NearIdenticalPair", "normalise", "load_gold", "load_records", "resolve_records", "gold_files", "write_jsonl",
           "read_jsonl", "LABELS"]
