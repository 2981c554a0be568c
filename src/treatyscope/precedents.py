"""Where a draft's language comes from: for every English clause, the closest clauses of a collection.

Two steps, each by a library:

1. **Retrieval** (scikit-learn): the clause's words and word pairs, weighted by TF-IDF
   with the index's idf, against the index's matrix (one sparse product for a block of
   clauses); the :data:`CANDIDATES` best by cosine go on.
2. **Alignment** (RapidFuzz): each candidate is scored by the normalized Indel similarity
   of the two texts (``fuzz.ratio``, 0 to 1, lower case, spaces collapsed), which counts
   every inserted and deleted character and so tells a verbatim copy (1.0) from a
   reworded one; the word diff comes from RapidFuzz's Indel opcodes over the words.

Precedents equally close to a clause (the same similarity to two decimals: a clause
copied word for word into several treaties) are told apart as a treaty lawyer would
(:func:`document_order`, signals of :mod:`treatyscope.provenance`): first the instrument
the query document supplements or amends, named in its title ("Protocol ... supplementing
the United Nations Convention against Transnational Organized Crime"); then the document
that holds most of the draft's language (the model its drafters followed); then the older
text (the year of adoption the index read from each document; unknown years after known
ones), since identical words come from the older text.

A precedent precedes: for a document that is itself in the collection, documents adopted
after it (by the years the index read) are left out unless asked for (``include_later``);
a text cannot draw on a later one. Documents of unknown year stay in; a draft not in the
collection is unaffected.

A precedent carries the labels the precedent has that the clause lacks (``labels_lost``)
and the reverse (``labels_gained``), own labels only, from the same model and patterns
(the index records which). A document never finds itself: clauses of an index document
with the same id or the same checksum are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .comparison import agreed_language_line, diff_spans, hunk_text, make_hunks  # noqa: F401  (agreed_language_line re-exported)
from .index import Index, arrow_rows
from .types import SAFEGUARDS, TIERS, LabelledDocument

DEFAULT_TOP = 3
# Below this similarity two clauses share words, not language (unrelated clauses of the
# corpus reach about 0.45).
MIN_SCORE = 0.6
CANDIDATES = 50
QUERY_MAX_DF = 0.01
# A query clause this close (cosine) to a clause of an index document counts towards that
# document's affinity with the query: how many of the draft's clauses it holds.
AFFINITY_COSINE = 0.8
# Likewise for the ranking of precedents, by similarity.
AFFINITY_SCORE = 0.9
# How equally close precedents are ordered (document_order): the instrument the query names
# as the one it supplements or amends; the document the query draws on most (the model its
# drafters followed); the older text. Measured on the known-source pairs (README,
# "Precedents: accuracy and speed"): the year before the affinity sends boilerplate to the
# oldest of the dozens of treaties that hold it, and recall@1 falls from 0.871 to 0.820.
TIE_ORDER = ("parent", "affinity", "year")
_BLOCK = 512
_SPACES = re.compile(r"\s+")
LABELS = TIERS + SAFEGUARDS


@dataclass
class Precedent:
    """A clause of the collection close to a clause of the draft."""

    doc_id: str
    title: str
    clause_id: str
    article: str
    paragraph: str | None
    subparagraph: str | None
    start: int
    end: int
    score: float
    diff: list[dict[str, str]] = field(default_factory=list)
    labels_lost: list[str] = field(default_factory=list)
    labels_gained: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    heading: str | None = None
    year: int | None = None  # the precedent document's year of adoption, as the index read it

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "title": self.title, "year": self.year, "clause_id": self.clause_id,
                "article": self.article,
                "paragraph": self.paragraph, "subparagraph": self.subparagraph, "start": self.start, "end": self.end,
                "score": self.score, "diff": self.diff, "labels_lost": self.labels_lost,
                "labels_gained": self.labels_gained}

    @property
    def address(self) -> str:
        return f"{self.doc_id} {self.clause_id}"


@dataclass
class ClausePrecedents:
    """One English clause of the draft and its precedents, best first (empty: nothing close enough)."""

    clause_id: str
    article: str
    paragraph: str | None
    subparagraph: str | None
    start: int
    end: int
    labels: list[str]
    precedents: list[Precedent]

    def to_dict(self) -> dict[str, Any]:
        return {"clause_id": self.clause_id, "article": self.article, "paragraph": self.paragraph,
                "subparagraph": self.subparagraph, "start": self.start, "end": self.end, "labels": self.labels,
                "precedents": [p.to_dict() for p in self.precedents]}


@dataclass
class PrecedentResult:
    """The precedents of every English clause of one document."""

    doc_id: str
    source: str
    index: str
    clauses: list[ClausePrecedents]
    year: int | None = None  # the document's year of adoption, when it is in the collection with one
    later_left_out: int = 0  # documents of the collection adopted after it, left out (0: none, or asked for)

    @property
    def time_note(self) -> str:
        """One line on the documents left out as later than this one ("" when none were)."""
        if not self.later_left_out:
            return ""
        return (f"{self.later_left_out} document(s) of the collection adopted after {self.year} left out "
                "(a precedent precedes; --include-later to include them).")

    def by_clause(self) -> dict[str, ClausePrecedents]:
        return {c.clause_id: c for c in self.clauses}


# A clause taken from a convention into its protocol says "this Protocol" for "this
# Convention": the same agreed language, so the similarity reads both as one word.
_SELF = re.compile(r"\b(this|the present) (convention|protocol|agreement|treaty|charter|covenant|"
                   r"additional protocol|amending protocol)\b")


def _norm(text: str) -> str:
    """The text as the similarity reads it: lower case, spaces collapsed, the instrument's name
    for itself made one word."""
    return _SELF.sub("this instrument", _SPACES.sub(" ", text).strip().lower())


def similarity(a: str, b: str) -> float:
    """The similarity of two clause texts, 0 to 1 (RapidFuzz ratio of their :func:`_norm` forms)."""
    from rapidfuzz import fuzz

    return fuzz.ratio(_norm(a), _norm(b)) / 100.0


def _ordered(labels) -> list[str]:
    got = set(labels)
    return [x for x in LABELS if x in got]


INDEL_BUDGET = 4_000_000  # word pairs a precedent diff aligns with Indel (a 2,000-word clause each side)


def word_diff(old: str, new: str) -> list[dict[str, str]]:
    """From a precedent (``old``) to a clause (``new``): the hunks of
    :func:`treatyscope.comparison.word_diff` (``before``/``removed``/``added``/``after``), aligned by
    RapidFuzz's Indel opcodes over the words."""
    from rapidfuzz.distance import Indel

    a, b = old.split(), new.split()
    if len(a) * len(b) > INDEL_BUDGET:
        # Indel's bit matrix grows with the product of the lengths: long texts take the
        # comparison's bounded diff (common ends and unique words cut them first).
        return make_hunks(a, b, diff_spans(a, b))
    spans: list[tuple[int, int, int, int]] = []
    span: list[int] | None = None  # i1, i2, j1, j2 of the hunk being gathered
    for op in list(Indel.opcodes(a, b)) + [None]:
        if op is not None and op.tag != "equal":
            if span is None:
                span = [op.src_start, op.src_end, op.dest_start, op.dest_end]
            else:
                span[1], span[3] = op.src_end, op.dest_end
            continue
        if span is not None:
            spans.append((span[0], span[1], span[2], span[3]))
            span = None
    return make_hunks(a, b, spans)


def _query_matrix(texts: list[str], index: Index):
    from .fast.frozen import normalize_rows_l2
    from .index import count_words

    q = count_words(texts).tocsr()
    n = len(index)
    # Words in more than QUERY_MAX_DF of the clauses are left out of the query: they name no
    # source, and their long posting lists made the product 2-4 times slower (measured). A
    # clause made only of such words ("For the purposes of this Protocol:") keeps them all:
    # else it would find nothing, not even its word-for-word copies.
    idf = index.idf[q.indices]
    most = max(QUERY_MAX_DF * n, 50)  # a small collection keeps every word, as in the index
    common = idf < np.log((1.0 + n) / (1.0 + most)) + 1.0
    row_of = np.repeat(np.arange(q.shape[0]), np.diff(q.indptr))
    all_common = (np.bincount(row_of, weights=~common, minlength=q.shape[0]) == 0)[row_of]
    q.data = np.where(common & ~all_common, 0.0, np.log1p(q.data) * idf)
    q.eliminate_zeros()
    normalize_rows_l2(q)  # sklearn's normalize(q, norm="l2"), without importing sklearn
    return q


def document_order(index: Index, parents, affinity: np.ndarray, tie_order=None) -> np.ndarray:
    """Each index document's place among equally close precedents (0 first), by document
    position, by the signals of ``tie_order`` (default :data:`TIE_ORDER`) in turn:
    ``"parent"``, the query's parents first (``parents``: positions, see
    :meth:`Index.parents`); ``"affinity"``, how many of the query's clauses the document holds
    (``affinity``), most first; ``"year"``, the year of adoption, oldest first, unknown years
    last; then by position."""
    n = len(index.documents)
    years = index.years
    not_parent = np.ones(n, dtype=np.int8)
    if len(parents):
        not_parent[np.asarray(list(parents), dtype=np.int64)] = 0
    keys = {"parent": [not_parent], "affinity": [-np.asarray(affinity, dtype=np.float64)], "year": [years == 0, years]}
    # np.lexsort sorts by its last key first.
    order = np.lexsort([np.arange(n)] + [k for name in reversed(tie_order or TIE_ORDER) for k in reversed(keys[name])])
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    return rank


def candidates(texts: list[str], index: Index, excluded_docs: set[int], k: int = CANDIDATES,
               parents=()) -> list[list[tuple[int, float]]]:
    """For each text, up to ``k`` index rows by TF-IDF cosine, best first: ``(row, cosine)``.

    Equal cosines (to three decimals: a clause copied into hundreds of treaties) are ordered
    by :func:`document_order` (the query's ``parents``, the document's affinity with the
    query, the older text), so the source a lawyer would name is among the ``k``."""
    if not texts or len(index) == 0:
        return [[] for _ in texts]
    q = _query_matrix(texts, index)
    banned = np.isin(index.doc_of_row, np.fromiter(excluded_docs, dtype=np.int32)) if excluded_docs else None
    hits: list[tuple[np.ndarray, np.ndarray]] = []
    for s in range(0, q.shape[0], _BLOCK):
        sims = (q[s:s + _BLOCK] @ index.weights_t).tocsr()
        for r in range(sims.shape[0]):
            lo, hi = sims.indptr[r], sims.indptr[r + 1]
            rows, vals = sims.indices[lo:hi], sims.data[lo:hi]
            if banned is not None and len(rows):
                keep = ~banned[rows]
                rows, vals = rows[keep], vals[keep]
            hits.append((rows, vals))
    docs = np.zeros(len(index.documents), dtype=np.float64)
    for rows, vals in hits:
        docs[np.unique(index.doc_of_row[rows[vals >= AFFINITY_COSINE]])] += 1
    # Breaks ties only: cosines are rounded to 1e-3 below, and the bonus stays under 1e-3.
    bonus = (1.0 - document_order(index, parents, docs) / max(len(index.documents), 1)) * 9e-4
    out: list[list[tuple[int, float]]] = []
    for rows, vals in hits:
        key = np.round(vals, 3) + bonus[index.doc_of_row[rows]]
        if len(rows) > k:
            part = np.argpartition(-key, k - 1)[:k]
            rows, vals, key = rows[part], vals[part], key[part]
        order = np.lexsort((rows, -key))
        out.append([(int(rows[i]), float(vals[i])) for i in order])
    return out


def excluded_documents(index: Index, doc_id: str, sha256: str) -> set[int]:
    """Index documents that are the query document itself (same id or same checksum)."""
    return {i for i, d in enumerate(index.documents) if d.doc_id == doc_id or (sha256 and d.sha256 == sha256)}


# A year read from the opening for signature may be one later than the adoption (a text
# adopted in November, opened for signature in January): such a document is later than the
# query only when even the year before is.
SIGNATURE_LAG = 1


def later_documents(index: Index, own: set[int]) -> tuple[int | None, set[int]]:
    """The year of the query document (``own``: its index entries, see
    :func:`excluded_documents`) and the index documents adopted after it; ``(None, set())`` when
    the document is not in the index or its year is unknown. Documents of unknown year are
    never later; a year read from the opening for signature counts :data:`SIGNATURE_LAG` years
    earlier."""
    known = [index.documents[i].year for i in own if index.documents[i].year]
    if not known:
        return None, set()
    year = min(known)
    lag = np.array([SIGNATURE_LAG if d.year_from == "signature" else 0 for d in index.documents], dtype=np.int32)
    return year, {int(i) for i in np.flatnonzero((index.years > 0) & (index.years - lag > year))} - own


def document_title(ld: LabelledDocument, index: Index, excluded: set[int]) -> str:
    """The query document's title: the index's, when the document is in the index, else the
    first line of its text (Markdown's ``#`` dropped)."""
    for i in sorted(excluded):
        if index.documents[i].title:
            return index.documents[i].title
    for line in ld.document.text[:4000].splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:300]
    return ""


def find_precedents(ld: LabelledDocument, index: Index, *, top: int = DEFAULT_TOP,
                    min_score: float = MIN_SCORE, title: str | None = None,
                    include_later: bool = False) -> PrecedentResult:
    """The precedents of every English clause of a labelled document.

    Takes the :class:`LabelledDocument`, a loaded :class:`Index`, how many precedents to
    keep per clause, the lowest similarity that counts, the document's title (default:
    :func:`document_title`; it names the instrument the document supplements or amends) and
    whether documents adopted after it are searched too (``include_later``; by default they
    are left out when the document is in the index with a year, :func:`later_documents`);
    returns a :class:`PrecedentResult` with one entry per English clause, in text order.
    Precedents are ordered by similarity to two decimals, then by :func:`document_order`.
    """
    from rapidfuzz import fuzz

    english = [lc for lc in ld.clauses if not lc.clause.skipped]
    texts = [lc.clause.text for lc in english]
    itself = excluded_documents(index, ld.doc_id, ld.document.sha256)
    title = document_title(ld, index, itself) if title is None else title
    year, later = later_documents(index, itself)
    excluded = itself if include_later else itself | later
    parents = index.parents(title, excluded)
    found = candidates(texts, index, excluded, parents=parents)
    wanted = sorted({row for cands in found for row, _ in cands})
    # Only the text of every candidate is read; whole rows only for the precedents kept.
    texts_read = index.clauses.column("text").take(arrow_rows(wanted)).to_pylist() if wanted else []
    normed = {row: _norm(t) for row, t in zip(wanted, texts_read)}
    doc_of = index.doc_of_row
    scored_all = []
    affinity = np.zeros(len(index.documents))
    for lc, cands in zip(english, found):
        q = _norm(lc.clause.text)
        scored = [(fuzz.ratio(q, normed[row]) / 100.0, cosine, row) for row, cosine in cands]
        scored_all.append(scored)
        close = {doc_of[row] for score, _, row in scored if score >= AFFINITY_SCORE}
        affinity[list(close)] += 1
    # Best first: similarity to two decimals; of equally close copies, the parent, the document
    # that holds most of the draft's language, the older text (document_order); then exactly.
    rank = document_order(index, parents, affinity)
    keep = []
    for scored in scored_all:
        keep.append(sorted((-round(score, 2), int(rank[doc_of[row]]), -round(score, 4), -cosine, row)
                           for score, cosine, row in scored if score >= min_score)[:top])
    chosen = sorted({k[-1] for kept in keep for k in kept})
    rows = dict(zip(chosen, index.rows(chosen))) if chosen else {}
    out = []
    for lc, scored in zip(english, keep):
        c = lc.clause
        own = _ordered(lc.labels)
        precedents = []
        for _, _, neg, _, row in scored:
            r = rows[row]
            d = index.documents[r["doc"]]
            theirs = [x for x in r["labels"].split(",") if x]
            precedents.append(Precedent(
                d.doc_id, d.title, r["clause_id"], r["article"], r["paragraph"], r["subparagraph"], r["start"],
                r["end"], -neg, word_diff(r["text"], c.text), _ordered(set(theirs) - set(own)),
                _ordered(set(own) - set(theirs)), _ordered(theirs), r["heading"], d.year))
        out.append(ClausePrecedents(c.clause_id, c.article, c.paragraph, c.subparagraph, c.start, c.end, own,
                                    precedents))
    return PrecedentResult(ld.doc_id, ld.document.source, str(index.path), out, year,
                           0 if include_later else len(later))


# ---------------------------------------------------------------------------------------
# Per article: the closest precedent and the safeguards the draft dropped from it


@dataclass
class ArticlePrecedent:
    """The article of the collection most of an article's clauses come from."""

    key: str
    doc_id: str
    title: str
    article: str
    heading: str | None
    score: float  # mean similarity of the clauses matched to it
    matched: int  # clauses of the draft article whose best precedent is in it
    clauses: int  # English clauses of the draft article
    safeguards_dropped: list[str]
    first_clause: str = ""  # the draft article's first clause (for links)


def article_precedents(ld: LabelledDocument, result: PrecedentResult, index: Index) -> dict[str, ArticlePrecedent]:
    """For each article with precedents, the source article its clauses' best precedents
    point to most (by summed similarity), and the safeguards that source article has and the
    draft article has not; keyed by article key."""
    by_clause = result.by_clause()
    out: dict[str, ArticlePrecedent] = {}
    doc_no = {d.doc_id: i for i, d in enumerate(index.documents)}
    for view in ld.articles():
        groups: dict[tuple[str, str], list] = {}
        english = [lc for lc in view.clauses if not lc.clause.skipped]
        for lc in english:
            cp = by_clause.get(lc.clause.clause_id)
            if cp and cp.precedents:
                best = cp.precedents[0]
                groups.setdefault((best.doc_id, best.article), []).append(best)
        if not groups:
            continue
        (doc_id, article), best = max(groups.items(), key=lambda kv: (sum(p.score for p in kv[1]), kv[0]))
        d = index.documents[doc_no[doc_id]]
        source_labels: set[str] = set()
        a, b = d.rows
        part = index.clauses.slice(a, b - a).select(["article", "labels"]).to_pydict()
        for art, labels in zip(part["article"], part["labels"]):
            if art == article:
                source_labels.update(x for x in labels.split(",") if x)
        dropped = [s for s in SAFEGUARDS if s in source_labels and s not in view.safeguards]
        out[view.key] = ArticlePrecedent(view.key, doc_id, d.title, article, best[0].heading,
                                         round(sum(p.score for p in best) / len(best), 4), len(best), len(english),
                                         dropped, view.clauses[0].clause.clause_id)
    return out


# ---------------------------------------------------------------------------------------
# Output


def render_jsonl(result: PrecedentResult) -> str:
    """One JSON object per English clause (``clause_id``, ``article``, ``paragraph``,
    ``subparagraph``, ``start``, ``end``, ``labels``, ``precedents``)."""
    import json

    return "".join(json.dumps(c.to_dict(), ensure_ascii=False) + "\n" for c in result.clauses)


def _signed(p: Precedent) -> str:
    return " ".join([f"−{x}" for x in p.labels_lost] + [f"+{x}" for x in p.labels_gained])


def _where(p: Precedent) -> str:
    return f"{p.doc_id} {p.clause_id}" + (f" ({p.year})" if p.year else "")


def render_table(result: PrecedentResult, *, width: int | None = None) -> str:
    """A table: one row per clause and precedent (a clause without precedents: one row, "—");
    laid out for ``width`` columns (wrapped to fit, nothing cut), or at its natural width."""
    import io

    from rich.markup import escape
    from rich.table import Table

    from .display import terminal_safe
    from .report.text import fitted, text_console

    buf = io.StringIO()
    console = text_console(buf, width)
    table = Table(title=f"{escape(terminal_safe(result.doc_id))}: precedents of each clause", expand=False)
    table.add_column("Clause", no_wrap=True)
    table.add_column("Precedent", max_width=44)
    table.add_column("Score", justify="right", no_wrap=True)
    table.add_column("Labels (−lost +gained)", max_width=26)
    table.add_column("Diff", min_width=30, max_width=60)
    for c in result.clauses:
        if not c.precedents:
            table.add_row(escape(c.clause_id), "—", "", "", "")
        for i, p in enumerate(c.precedents):
            table.add_row(escape(c.clause_id) if i == 0 else "", escape(f"{_where(p)}\n{p.title}"), f"{p.score:.2f}",
                          escape(_signed(p)), escape("\n".join(hunk_text(h) for h in p.diff) or "(same words)"))
    console.print(fitted(table, width), crop=False)
    found = sum(1 for c in result.clauses if c.precedents)
    console.print(f"{found} of {len(result.clauses)} English clauses have a precedent (index {escape(result.index)}).")
    if result.time_note:
        console.print(escape(result.time_note))
    return buf.getvalue()


def _md(text: str | None) -> str:
    from .report.text import _md_compare as md

    return md(text)


def render_markdown(result: PrecedentResult) -> str:
    """A Markdown table of the same rows as :func:`render_table`."""
    out = [f"# {_md(result.doc_id)}: precedents of each clause", ""]
    if result.time_note:
        out += [_md(result.time_note), ""]
    out += ["| Clause | Precedent | Score | Labels (−lost +gained) | Diff |", "|---|---|---:|---|---|"]
    for c in result.clauses:
        if not c.precedents:
            out.append(f"| {_md(c.clause_id)} | — | | | |")
        for i, p in enumerate(c.precedents):
            diff = "<br>".join(_md(hunk_text(h)) for h in p.diff) or "(same words)"
            out.append(f"| {_md(c.clause_id) if i == 0 else ''} | {_md(_where(p))}<br>{_md(p.title)} | {p.score:.2f} | "
                       f"{_md(_signed(p))} | {diff} |")
    return "\n".join(out) + "\n"


def render_html(result: PrecedentResult) -> str:
    """The precedents as one self-contained HTML page (autoescaped template, inline CSS)."""
    from .report.html import template_environment

    return template_environment().get_template("precedents.html.j2").render(r=result)


# ---------------------------------------------------------------------------------------
# In a comparison: changed clauses that move towards or away from agreed language

# A clause moves when its best precedent's similarity changes by at least this much.
MOVE = 0.05


def compare_paths_with_precedents(old, new, index: Index, *, nlp=None, patterns_only: bool = False,
                                  model=None):
    """:func:`treatyscope.comparison.compare_paths` with a precedent ``index``: read, label and
    compare two versions, then mark the changed clauses that move towards or away from agreed
    language (:func:`mark_agreed_language`). Raises :class:`~treatyscope.errors.InputError` for a
    file that cannot be read."""
    from .comparison import compare_documents, label_versions

    labelled, warnings = label_versions(old, new, nlp=nlp, patterns_only=patterns_only, model=model)
    result = compare_documents(*labelled)
    result.warnings = warnings + result.warnings
    mark_agreed_language(result, *labelled, index)
    return result


def mark_agreed_language(comparison, old: LabelledDocument, new: LabelledDocument, index: Index, *,
                         min_score: float = MIN_SCORE) -> None:
    """Set ``agreed_language`` on every changed article of a :class:`treatyscope.comparison.Comparison`:
    its clauses (paired by paragraph and subparagraph; an added or removed clause scores 0 on
    the side where it is missing) whose closest precedent became closer (``towards``) or
    further (``away``) by at least :data:`MOVE`, with the precedent of the closer side."""
    best = {}
    for side, ld in (("old", old), ("new", new)):
        for c in find_precedents(ld, index, top=1, min_score=min_score).clauses:
            best[(side, c.clause_id)] = c.precedents[0] if c.precedents else None
    views = {("old", v.key): v for v in old.articles()} | {("new", v.key): v for v in new.articles()}
    for change in comparison.articles:
        if change.status != "changed":
            continue
        sides = {}
        for side, key in (("old", change.old_key), ("new", change.new_key)):
            view = views.get((side, key)) if key is not None else None
            sides[side] = {(lc.clause.paragraph, lc.clause.subparagraph): lc.clause
                           for lc in (view.clauses if view else []) if not lc.clause.skipped}
        moves = []
        for address in list(sides["new"]) + [a for a in sides["old"] if a not in sides["new"]]:
            o, n = sides["old"].get(address), sides["new"].get(address)
            if o is not None and n is not None and o.text.split() == n.text.split():
                continue
            po = best.get(("old", o.clause_id)) if o is not None else None
            pn = best.get(("new", n.clause_id)) if n is not None else None
            so, sn = (po.score if po else 0.0), (pn.score if pn else 0.0)
            if abs(sn - so) < MOVE:
                continue
            towards = sn > so
            p = pn if towards else po
            moves.append({"clause": (n or o).clause_id, "old_clause": o.clause_id if o else None,
                          "new_clause": n.clause_id if n else None, "direction": "towards" if towards else "away",
                          "old_score": round(so, 4), "new_score": round(sn, 4), "precedent": p.address,
                          "title": p.title})
        change.agreed_language = moves
