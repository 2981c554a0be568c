"""Two versions of a treaty compared article by article.

Articles are aligned by the similarity of their headings and words, not by their numbers,
so a renumbered or retitled article is still found: an order-keeping alignment first
(the best-scoring sequence of pairs), then a pass that pairs the articles left over when
one was moved. For every pair the comparison reports the tier and safeguard labels gained
or lost (own and effective), safeguards whose polarity changed, the scope and safeguard
phrases added or removed, and a short word diff. Cross-references are read through the
renumbering: "article 5" in the old text that became "article 6" in the new one, because
article 5 is now article 6, is not a change.

The comparison is data (:class:`Comparison`); :mod:`treatyscope.report` renders it as a
table, Markdown, JSON or HTML.
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .types import POLARITIES, SAFEGUARDS, TIERS, UNLABELLED_KINDS, ArticleView, LabelledDocument

# Pairs scoring below this are never aligned (their articles count as removed and added).
MIN_SIMILARITY = 0.35
# Articles left over by the order-keeping alignment are paired (as moved) from this score.
MOVED_SIMILARITY = 0.6
HEADING_WEIGHT = 0.25
# A small tie-breaker for equal designators: numbers alone never decide an alignment.
SAME_NUMBER_BONUS = 0.03
DIFF_CONTEXT_WORDS = 6
MAX_DIFF_HUNKS = 6
MAX_HUNK_WORDS = 40

# The segmenter's pseudo-articles (text kept outside the articles) by their names in a sentence.
_PSEUDO_ARTICLES = {"preamble": "preamble", "final": "final clauses", "outside": "text outside the articles",
                    "meta": "comment lines", "body": "body"}
_ARTICLE_LIST = re.compile(
    r"\b(?:articles?|arts?\.?)\s+(?P<nums>\d+\w*(?:\s*(?:,|and|or|to|through|-|–)\s*\d+\w*)*)", re.I)
_NUMBER = re.compile(r"\d+\w*")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Side:
    """One version's article as the comparison sees it."""

    view: ArticleView
    text: str
    heading: str

    @property
    def article(self) -> str:
        return self.view.article


@dataclass
class ArticleChange:
    """What happened to one article between the versions (``old``/``new`` are ``None`` on the
    side where it does not exist)."""

    old: str | None
    new: str | None
    old_key: str | None
    new_key: str | None
    old_heading: str | None
    new_heading: str | None
    status: str  # unchanged | changed | added | removed
    similarity: float | None = None
    renumbered: bool = False
    retitled: bool = False
    text_changed: bool = False
    gained: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    effective_gained: list[str] = field(default_factory=list)
    effective_lost: list[str] = field(default_factory=list)
    polarity_changed: list[dict[str, Any]] = field(default_factory=list)
    # For each label gained or lost only effectively: how it arrives (in the new version) or
    # arrived (in the old): [{"kind": "reference" | "reach", "path": [...], "part": ...}].
    effective_via: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    scope_phrases: dict[str, list[dict[str, str]]] = field(default_factory=lambda: {"added": [], "removed": []})
    safeguard_phrases: dict[str, list[dict[str, str]]] = field(default_factory=lambda: {"added": [], "removed": []})
    diff: list[dict[str, str]] = field(default_factory=list)
    # Set by treatyscope.precedents.mark_agreed_language when a precedent index is given
    # (treatyscope.precedents.compare_paths_with_precedents).
    agreed_language: list[dict[str, Any]] | None = None

    @property
    def name(self) -> str:
        """How the article is called in a sentence: "Art. 6", "Art. 5 (now 6)", "new Art. 2"."""
        def art(n: str | None) -> str:
            return _PSEUDO_ARTICLES.get(n or "", f"Art. {n}")

        if self.old is None:
            return f"new {art(self.new)}"
        if self.new is None:
            return f"removed {art(self.old)}"
        return f"{art(self.old)} (now {self.new})" if self.renumbered else art(self.new)

    @property
    def heading(self) -> str | None:
        return self.new_heading if self.new is not None else self.old_heading

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": self.old, "new": self.new, "old_key": self.old_key, "new_key": self.new_key,
            "old_heading": self.old_heading, "new_heading": self.new_heading,
            "status": self.status, "renumbered": self.renumbered, "retitled": self.retitled,
            "text_changed": self.text_changed,
            "similarity": None if self.similarity is None else round(self.similarity, 3),
            "gained": self.gained, "lost": self.lost,
            "effective_gained": self.effective_gained, "effective_lost": self.effective_lost,
            "polarity_changed": self.polarity_changed, "effective_via": self.effective_via,
            "scope_phrases": self.scope_phrases, "safeguard_phrases": self.safeguard_phrases,
            "diff": self.diff,
        } | ({} if self.agreed_language is None else {"agreed_language": self.agreed_language})


@dataclass
class Comparison:
    """The result of comparing two versions: one :class:`ArticleChange` per aligned article, in
    the new version's order (removed articles where they stood)."""

    old: dict[str, Any]
    new: dict[str, Any]
    articles: list[ArticleChange]
    warnings: list[str] = field(default_factory=list)

    def changed(self) -> list[ArticleChange]:
        """The articles that are added, removed or changed (renumbering alone is no change)."""
        return [a for a in self.articles if a.status != "unchanged"]

    def summary(self) -> dict[str, Any]:
        """What matters most: scope widened or narrowed, safeguards lost, gained or weakened; counts."""
        out: dict[str, Any] = {k: [] for k in ("scope_widened", "scope_narrowed", "safeguards_lost",
                                               "safeguards_gained", "safeguards_weakened",
                                               "safeguards_strengthened")}

        def add(key: str, a: ArticleChange, own: list[str], effective: list[str], names: tuple[str, ...]) -> None:
            own_l = [x for x in own if x in names]
            eff_only = [x for x in effective if x in names and x not in own_l]
            if own_l or eff_only:
                ways = {x: sorted({w["kind"] for w in a.effective_via.get(x, [])}) for x in eff_only}
                out[key].append({"old": a.old, "new": a.new, "old_key": a.old_key, "new_key": a.new_key,
                                 "labels": own_l, "effective_only": eff_only, "effective_kinds": ways})

        for a in self.articles:
            add("scope_widened", a, a.gained, a.effective_gained, TIERS)
            add("scope_narrowed", a, a.lost, a.effective_lost, TIERS)
            add("safeguards_lost", a, a.lost, a.effective_lost, SAFEGUARDS)
            add("safeguards_gained", a, a.gained, a.effective_gained, SAFEGUARDS)
            for p in a.polarity_changed:
                key = "safeguards_weakened" if p["weakened"] else "safeguards_strengthened"
                out[key].append({"old": a.old, "new": a.new, "old_key": a.old_key, "new_key": a.new_key,
                                 "label": p["label"], "from": p["old"], "to": p["new"]})
        counts = {s: sum(1 for a in self.articles if a.status == s) for s in ("added", "removed", "changed", "unchanged")}
        counts["renumbered"] = sum(1 for a in self.articles if a.renumbered)
        counts["old_articles"] = sum(1 for a in self.articles if a.old is not None)
        counts["new_articles"] = sum(1 for a in self.articles if a.new is not None)
        out["counts"] = counts
        return out

    def headline(self) -> list[str]:
        """The first lines of every output: scope and safeguard changes, then the counts."""
        s = self.summary()
        by_key = {(a.old_key, a.new_key): a for a in self.articles}

        def items(key: str, verb: str) -> str:
            parts = []
            for e in s[key]:
                a = by_key[(e["old_key"], e["new_key"])]
                words = ", ".join(e["labels"])
                by_kind: dict[str, list[str]] = {}
                for x in e["effective_only"]:
                    kinds = e["effective_kinds"].get(x) or ["reference"]
                    by_kind.setdefault(" and ".join(f"by {k}" for k in kinds), []).append(x)
                for how, labels in by_kind.items():
                    words += ("; " if words else "") + ", ".join(labels) + f" {how}"
                parts.append(f"{a.name} {verb} {words}")
            return "; ".join(parts) if parts else "none"

        def polarity(key: str) -> str:
            parts = [f"{by_key[(e['old_key'], e['new_key'])].name} {e['label']} {'/'.join(e['from'])} → "
                     f"{'/'.join(e['to'])}" for e in s[key]]
            return "; ".join(parts) if parts else "none"

        c = s["counts"]
        lines = [
            f"Scope widened: {items('scope_widened', 'reaches')}.",
            f"Scope narrowed: {items('scope_narrowed', 'no longer reaches')}.",
            f"Safeguards lost: {items('safeguards_lost', 'loses')}.",
            f"Safeguards gained: {items('safeguards_gained', 'gains')}.",
        ]
        if s["safeguards_weakened"] or s["safeguards_strengthened"]:
            lines.append(f"Safeguards weakened: {polarity('safeguards_weakened')}.")
            lines.append(f"Safeguards strengthened: {polarity('safeguards_strengthened')}.")
        lines.append(
            f"Articles: {c['old_articles']} old, {c['new_articles']} new; {c['added']} added, {c['removed']} removed, "
            f"{c['renumbered']} renumbered, {c['changed']} changed, {c['unchanged']} unchanged.")
        return lines

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": self.old,
            "new": self.new,
            "headline": self.headline(),
            "summary": self.summary(),
            "warnings": list(self.warnings),
            "articles": [a.to_dict() for a in self.articles],
        }


# --- alignment ------------------------------------------------------------------------------


def _norm_heading(heading: str | None) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[#*_`]+", " ", heading or "")).strip()


def _sides(ld: LabelledDocument) -> list[Side]:
    return [Side(a, "\n".join(lc.clause.text for lc in a.clauses), _norm_heading(a.heading))
            for a in ld.articles() if a.language == "en"]


def _dice(a: set, b: set) -> float:
    if not a and not b:
        return 1.0
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


class _Features:
    def __init__(self, side: Side):
        words = _WORD.findall(side.text.casefold())
        self.unigrams = set(words)
        self.bigrams = set(zip(words, words[1:]))
        self.heading = side.heading.casefold()
        self.article = side.article


def similarity(a: _Features, b: _Features) -> float:
    """How alike two articles are, from 0 to 1: their words, and their headings when both have one."""
    text = (_dice(a.unigrams, b.unigrams) + _dice(a.bigrams, b.bigrams)) / 2
    if a.heading and b.heading:
        head = difflib.SequenceMatcher(None, a.heading, b.heading).ratio()
        score = (1 - HEADING_WEIGHT) * text + HEADING_WEIGHT * head
    else:
        score = text
    return score


def align(old: list[Side], new: list[Side]) -> list[tuple[int | None, int | None, float | None]]:
    """Pair the articles of two versions: ``(old index, new index, score)``, ``None`` for no partner.

    The order-keeping pairs maximise the summed excess of their scores over
    :data:`MIN_SIMILARITY`; articles left over are then paired from :data:`MOVED_SIMILARITY`.
    """
    fo, fn = [_Features(s) for s in old], [_Features(s) for s in new]
    n, m = len(old), len(new)
    if n * m > FULL_ALIGNMENT_PAIRS:
        return _align_candidates(fo, fn)
    base = [[similarity(a, b) for b in fn] for a in fo]
    sim = [[base[i][j] + (SAME_NUMBER_BONUS if fo[i].article == fn[j].article else 0.0) for j in range(m)]
           for i in range(n)]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        row, prev = best[i], best[i - 1]
        for j in range(1, m + 1):
            s = sim[i - 1][j - 1]
            diag = prev[j - 1] + (s - MIN_SIMILARITY) if s >= MIN_SIMILARITY else float("-inf")
            row[j] = max(prev[j], row[j - 1], diag)
    pairs: list[tuple[int | None, int | None, float | None]] = []
    i, j = n, m
    while i > 0 or j > 0:
        if i > 0 and j > 0:
            s = sim[i - 1][j - 1]
            if s >= MIN_SIMILARITY and abs(best[i][j] - (best[i - 1][j - 1] + s - MIN_SIMILARITY)) < 1e-9:
                pairs.append((i - 1, j - 1, base[i - 1][j - 1]))
                i, j = i - 1, j - 1
                continue
        if i > 0 and (j == 0 or best[i][j] == best[i - 1][j]):
            pairs.append((i - 1, None, None))
            i -= 1
        else:
            pairs.append((None, j - 1, None))
            j -= 1
    pairs.reverse()
    # Moved articles: pair what is left, best scores first.
    left_old = [p[0] for p in pairs if p[1] is None]
    left_new = [p[1] for p in pairs if p[0] is None]
    candidates = sorted(((sim[a][b], a, b) for a in left_old for b in left_new if sim[a][b] >= MOVED_SIMILARITY),
                        reverse=True)
    moved: dict[int, tuple[int, float]] = {}
    used_old: set[int] = set()
    for s, a, b in candidates:
        if a in used_old or b in moved:
            continue
        used_old.add(a)
        moved[b] = (a, base[a][b])
    out = []
    for a, b, s in pairs:
        if a is not None and b is None and a in used_old:
            continue
        if a is None and b in moved:
            out.append((moved[b][0], b, moved[b][1]))
        else:
            out.append((a, b, s))
    return out


# Article pairs (old x new) up to which every pair is scored; beyond, only candidate pairs.
FULL_ALIGNMENT_PAIRS = 250_000
CANDIDATE_BAND = 3  # new articles either side of an old article's place in proportion
CANDIDATES_BY_WORDS = 8  # new articles sharing the most of an old article's rarest words
RARE_WORDS = 12  # the rarest words of an article looked up
RARE_WORD_MAX_ARTICLES = 50  # a word in more new articles than this is not looked up


def _candidate_pairs(fo: list[_Features], fn: list[_Features]) -> set[tuple[int, int]]:
    """The pairs worth scoring between long versions: the same number, the neighbourhood of an
    article's place in proportion, and the new articles that share its rarest words (an
    inverted index), each a bounded number per old article: linear in the articles."""
    n, m = len(fo), len(fn)
    by_number: dict[str, list[int]] = {}
    for j, f in enumerate(fn):
        by_number.setdefault(f.article, []).append(j)
    index: dict[str, list[int]] = {}
    for j, f in enumerate(fn):
        for w in f.unigrams:
            index.setdefault(w, []).append(j)
    pairs: set[tuple[int, int]] = set()
    for i, f in enumerate(fo):
        pairs.update((i, j) for j in by_number.get(f.article, [])[:CANDIDATES_BY_WORDS])
        centre = round(i * (m - 1) / max(1, n - 1)) if m else 0
        pairs.update((i, j) for j in range(max(0, centre - CANDIDATE_BAND), min(m, centre + CANDIDATE_BAND + 1)))
        rare = sorted((len(index[w]), w) for w in f.unigrams if 0 < len(index.get(w, ())) <= RARE_WORD_MAX_ARTICLES)
        hits: dict[int, int] = {}
        for _, w in rare[:RARE_WORDS]:
            for j in index[w]:
                hits[j] = hits.get(j, 0) + 1
        best = sorted(hits, key=lambda j: (-hits[j], j))[:CANDIDATES_BY_WORDS]
        pairs.update((i, j) for j in best)
    return pairs


def _align_candidates(fo: list[_Features], fn: list[_Features]) -> list[tuple[int | None, int | None, float | None]]:
    """:func:`align` over candidate pairs only (:func:`_candidate_pairs`), for long versions:
    the order-keeping pairs are the chain of candidate pairs of greatest summed excess over
    :data:`MIN_SIMILARITY` (a Fenwick tree of prefix maxima, n log n), then moved articles."""
    n, m = len(fo), len(fn)
    scored = []
    for i, j in _candidate_pairs(fo, fn):
        base = similarity(fo[i], fn[j])
        s = base + (SAME_NUMBER_BONUS if fo[i].article == fn[j].article else 0.0)
        scored.append((i, j, s, base))
    scored.sort(key=lambda t: (t[0], t[1]))
    tree = [(0.0, -1)] * (m + 1)  # Fenwick tree over new positions: (best chain value, pair index)

    def best_before(j: int) -> tuple[float, int]:
        out = (0.0, -1)
        while j > 0:
            if tree[j][0] > out[0]:
                out = tree[j]
            j -= j & -j
        return out

    def update(j: int, value: tuple[float, int]) -> None:
        j += 1
        while j <= m:
            if value[0] > tree[j][0]:
                tree[j] = value
            j += j & -j

    value = [0.0] * len(scored)
    back = [-1] * len(scored)
    k = 0
    while k < len(scored):
        row_end = k
        while row_end < len(scored) and scored[row_end][0] == scored[k][0]:
            row_end += 1
        for q in range(k, row_end):  # a row reads the rows before it only
            i, j, s, _ = scored[q]
            if s >= MIN_SIMILARITY:
                prev_value, prev = best_before(j)
                value[q], back[q] = prev_value + s - MIN_SIMILARITY, prev
        for q in range(k, row_end):
            if scored[q][2] >= MIN_SIMILARITY:
                update(scored[q][1], (value[q], q))
        k = row_end
    chain: list[int] = []
    q = best_before(m)[1]
    while q >= 0:
        chain.append(q)
        q = back[q]
    chain.reverse()
    paired_old = {scored[q][0]: q for q in chain}
    paired_new = {scored[q][1] for q in chain}
    # Moved articles: candidate pairs of what is left, best scores first.
    moved = sorted(((s, i, j, b) for i, j, s, b in scored
                    if i not in paired_old and j not in paired_new and s >= MOVED_SIMILARITY), reverse=True)
    moved_to: dict[int, tuple[int, float]] = {}
    used_old: set[int] = set()
    for s, i, j, b in moved:
        if i in used_old or j in moved_to:
            continue
        used_old.add(i)
        moved_to[j] = (i, b)
    # In the order of align(): the pairs and the unpaired articles of either side as they fall
    # between them (new, then old), a moved pair where its new article stands.
    out: list[tuple[int | None, int | None, float | None]] = []
    oi = nj = 0
    for q in chain + [None]:
        i_end, j_end = (scored[q][0], scored[q][1]) if q is not None else (n, m)
        for j in range(nj, j_end):
            out.append((moved_to[j][0], j, moved_to[j][1]) if j in moved_to else (None, j, None))
        for i in range(oi, i_end):
            if i not in used_old:
                out.append((i, None, None))
        if q is not None:
            out.append((scored[q][0], scored[q][1], scored[q][3]))
            oi, nj = i_end + 1, j_end + 1
    return out


# --- one pair -------------------------------------------------------------------------------


def _renumber_references(side: Side, mapping: dict[str, str]) -> str:
    """An old article's text with the article numbers in its cross-references renumbered as the
    new version numbers them."""
    if not mapping:
        return side.text
    pieces = []
    for lc in side.view.clauses:
        c = lc.clause
        text = c.text
        spans = sorted({(r.start, r.end) for r in lc.references if not r.external}, reverse=True)
        for s, e in spans:
            s, e = s - c.start, e - c.start
            if s < 0 or e > len(text):
                continue
            ref = _ARTICLE_LIST.sub(
                lambda m: m.group(0)[: m.start("nums") - m.start()]
                + _NUMBER.sub(lambda n: mapping.get(n.group(0), n.group(0)), m.group("nums")),
                text[s:e])
            text = text[:s] + ref + text[e:]
        pieces.append(text)
    return "\n".join(pieces)


def _words(text: str) -> list[str]:
    return text.split()


def clip_hunk(words: list[str]) -> str:
    """The words of a diff hunk, cut in the middle when longer than :data:`MAX_HUNK_WORDS`."""
    if len(words) > MAX_HUNK_WORDS:
        half = MAX_HUNK_WORDS // 2
        words = words[:half] + ["…"] + words[-half:]
    return " ".join(words)


def word_diff(old: str, new: str) -> list[dict[str, str]]:
    """A short word diff: up to :data:`MAX_DIFF_HUNKS` hunks of ``before``/``removed``/``added``/``after``."""
    a, b = _words(old), _words(new)
    return make_hunks(a, b, diff_spans(a, b))


# Word pairs (len(a) * len(b)) up to which two texts are diffed word by word with difflib; an
# article of a few hundred words is. Longer texts are first cut at their common start and end
# and at words that occur once in each (a patience diff), and each piece diffed the same way.
DIFF_BUDGET = 250_000
_PATIENCE_LEVELS = 4


def diff_spans(a: list[str], b: list[str]) -> list[tuple[int, int, int, int]]:
    """The changed spans ``(i1, i2, j1, j2)`` between two word lists, in order.

    Within :data:`DIFF_BUDGET` the spans are difflib's (``SequenceMatcher`` without autojunk,
    as always). Beyond it the time stays near-linear: the lists are cut at their common start
    and end and at words unique to both (in an order both keep), and a piece still too large
    after a few such rounds is one changed span."""
    if len(a) * len(b) <= DIFF_BUDGET:
        return _difflib_spans(a, b, 0, len(a), 0, len(b))
    out: list[tuple[int, int, int, int]] = []
    # (a1, a2, b1, b2, level) pieces still to diff, in order (a stack, last piece first)
    stack = [(0, len(a), 0, len(b), 0)]
    while stack:
        a1, a2, b1, b2, level = stack.pop()
        while a1 < a2 and b1 < b2 and a[a1] == b[b1]:
            a1, b1 = a1 + 1, b1 + 1
        while a1 < a2 and b1 < b2 and a[a2 - 1] == b[b2 - 1]:
            a2, b2 = a2 - 1, b2 - 1
        if a1 == a2 or b1 == b2:
            if a1 < a2 or b1 < b2:
                out.append((a1, a2, b1, b2))
            continue
        if (a2 - a1) * (b2 - b1) <= DIFF_BUDGET:
            out.extend(_difflib_spans(a, b, a1, a2, b1, b2))
            continue
        anchors = _unique_anchors(a, b, a1, a2, b1, b2) if level < _PATIENCE_LEVELS else []
        if not anchors:
            out.append((a1, a2, b1, b2))
            continue
        pieces = []
        pa, pb = a1, b1
        for i, j in anchors:
            pieces.append((pa, i, pb, j, level + 1))
            pa, pb = i + 1, j + 1
        pieces.append((pa, a2, pb, b2, level + 1))
        stack.extend(reversed(pieces))
    return _joined(out)


def _difflib_spans(a, b, a1, a2, b1, b2) -> list[tuple[int, int, int, int]]:
    sm = difflib.SequenceMatcher(None, a[a1:a2], b[b1:b2], autojunk=False)
    return [(a1 + i1, a1 + i2, b1 + j1, b1 + j2) for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal"]


def _unique_anchors(a, b, a1, a2, b1, b2) -> list[tuple[int, int]]:
    """Pairs of positions of words that occur once in ``a[a1:a2]`` and once in ``b[b1:b2]``, the
    longest chain of them in the same order in both (patience sorting, n log n)."""
    import bisect
    from collections import Counter

    ca, cb = Counter(a[a1:a2]), Counter(b[b1:b2])
    where_b = {b[j]: j for j in range(b1, b2) if cb[b[j]] == 1 and ca[b[j]] == 1}
    pairs = [(i, where_b[a[i]]) for i in range(a1, a2) if a[i] in where_b]
    tails: list[int] = []  # tails[k]: the smallest b position ending a chain of k + 1 pairs
    tail_at: list[int] = []  # the pair index of that tail
    back: list[int] = []
    for n, (_, j) in enumerate(pairs):
        k = bisect.bisect_left(tails, j)
        back.append(tail_at[k - 1] if k else -1)
        if k == len(tails):
            tails.append(j)
            tail_at.append(n)
        else:
            tails[k], tail_at[k] = j, n
    chain = []
    n = tail_at[-1] if tail_at else -1
    while n >= 0:
        chain.append(pairs[n])
        n = back[n]
    return chain[::-1]


def _joined(spans: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Adjacent spans merged (pieces cut at an anchor can meet)."""
    out: list[tuple[int, int, int, int]] = []
    for span in spans:
        if out and out[-1][1] == span[0] and out[-1][3] == span[2]:
            out[-1] = (out[-1][0], span[1], out[-1][2], span[3])
        else:
            out.append(span)
    return out


def make_hunks(a: list[str], b: list[str], spans: list[tuple[int, int, int, int]]) -> list[dict[str, str]]:
    """Diff hunks (``before``/``removed``/``added``/``after``) for changed word spans
    ``(i1, i2, j1, j2)`` of ``a`` and ``b``: context words around them, long hunks clipped, at
    most :data:`MAX_DIFF_HUNKS` of them and a last one saying how many more."""
    hunks = [{
        "before": " ".join(a[max(0, i1 - DIFF_CONTEXT_WORDS):i1]),
        "removed": clip_hunk(a[i1:i2]),
        "added": clip_hunk(b[j1:j2]),
        "after": " ".join(a[i2:i2 + DIFF_CONTEXT_WORDS]),
    } for i1, i2, j1, j2 in spans]
    if len(hunks) > MAX_DIFF_HUNKS:
        more = len(hunks) - MAX_DIFF_HUNKS
        hunks = hunks[:MAX_DIFF_HUNKS] + [{"before": "", "removed": "", "added": "", "after": f"… and {more} more"}]
    return hunks


def hunk_text(h: dict[str, str]) -> str:
    """A diff hunk on one line: ``before [-removed-]{+added+} after``."""
    parts = [h["before"]]
    if h["removed"]:
        parts.append(f"[-{h['removed']}-]")
    if h["added"]:
        parts.append(f"{{+{h['added']}+}}")
    parts.append(h["after"])
    return " ".join(p for p in parts if p)


def _labels(view: ArticleView) -> tuple[list[str], list[str]]:
    return view.tiers + view.safeguards, view.effective_tiers + view.effective_safeguards


def _phrases(view: ArticleView, names: tuple[str, ...]) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    for lc in view.clauses:
        for e in lc.evidence:
            key = (e.label, " ".join(e.text.split()))
            if e.label in names and key not in seen:
                seen.append(key)
    return seen


def _phrase_change(old: list[tuple[str, str]], new: list[tuple[str, str]]) -> dict[str, list[dict[str, str]]]:
    return {"added": [{"label": lab, "text": t} for lab, t in new if (lab, t) not in old],
            "removed": [{"label": lab, "text": t} for lab, t in old if (lab, t) not in new]}


def _effective_via(view: ArticleView, labels: list[str]) -> dict[str, list[dict[str, Any]]]:
    """How each label arrives at an article: by reference or by reach, with its path and part."""
    arrivals = view.arrivals()
    out: dict[str, list[dict[str, Any]]] = {}
    for label in labels:
        seen = set()
        for inh in arrivals.get(label, []):
            if (inh.kind, inh.path) not in seen:
                seen.add((inh.kind, inh.path))
                out.setdefault(label, []).append({"kind": inh.kind.value, "path": list(inh.path), "part": inh.part})
    return out


def _ordered(labels: set[str]) -> list[str]:
    return [x for x in TIERS + SAFEGUARDS if x in labels]


_STRENGTH = {p.value: len(POLARITIES) - 1 - i for i, p in enumerate(POLARITIES)}  # required 2 ... waived 0


def _polarity_changes(old: ArticleView, new: ArticleView) -> list[dict[str, Any]]:
    out = []
    for s in SAFEGUARDS:
        if s in old.safeguards and s in new.safeguards:
            po, pn = old.polarities(s), new.polarities(s)
            if po and pn and po != pn:
                # Compare the strongest polarity first, then the weakest ("required" and "waived" < "required").
                def rank(pols: list[str]) -> tuple[int, int]:
                    return max(_STRENGTH[p] for p in pols), min(_STRENGTH[p] for p in pols)

                out.append({"label": s, "old": po, "new": pn, "weakened": rank(pn) < rank(po)})
    return out


def _one_sided(side: Side, *, added: bool) -> ArticleChange:
    own, eff = _labels(side.view)
    v = side.view
    tiers, guards = _phrases(v, TIERS), _phrases(v, SAFEGUARDS)
    change = ArticleChange(
        old=None if added else v.article, new=v.article if added else None,
        old_key=None if added else v.key, new_key=v.key if added else None,
        old_heading=None if added else v.heading, new_heading=v.heading if added else None,
        status="added" if added else "removed",
    )
    change.effective_via = _effective_via(v, [x for x in eff if x not in own])
    if added:
        change.gained, change.effective_gained = own, eff
        change.scope_phrases = _phrase_change([], tiers)
        change.safeguard_phrases = _phrase_change([], guards)
    else:
        change.lost, change.effective_lost = own, eff
        change.scope_phrases = _phrase_change(tiers, [])
        change.safeguard_phrases = _phrase_change(guards, [])
    return change


def _pair(old: Side, new: Side, score: float, mapping: dict[str, str]) -> ArticleChange:
    own_o, eff_o = _labels(old.view)
    own_n, eff_n = _labels(new.view)
    old_text = _renumber_references(old, mapping)
    text_changed = _words(old_text) != _words(new.text)
    change = ArticleChange(
        old=old.article, new=new.article, old_key=old.view.key, new_key=new.view.key,
        old_heading=old.view.heading, new_heading=new.view.heading, status="unchanged",
        similarity=score, renumbered=old.article != new.article, retitled=old.heading != new.heading,
        text_changed=text_changed,
        gained=_ordered(set(own_n) - set(own_o)), lost=_ordered(set(own_o) - set(own_n)),
        effective_gained=_ordered(set(eff_n) - set(eff_o)), effective_lost=_ordered(set(eff_o) - set(eff_n)),
        polarity_changed=_polarity_changes(old.view, new.view),
        scope_phrases=_phrase_change(_phrases(old.view, TIERS), _phrases(new.view, TIERS)),
        safeguard_phrases=_phrase_change(_phrases(old.view, SAFEGUARDS), _phrases(new.view, SAFEGUARDS)),
    )
    change.effective_via = (_effective_via(new.view, [x for x in change.effective_gained if x not in own_n])
                            | _effective_via(old.view, [x for x in change.effective_lost if x not in own_o]))
    if text_changed:
        change.diff = word_diff(old_text, new.text)
    if (text_changed or change.retitled or change.gained or change.lost or change.effective_gained
            or change.effective_lost or change.polarity_changed):
        change.status = "changed"
    return change


def _doc_info(ld: LabelledDocument, n_articles: int) -> dict[str, Any]:
    d = ld.document
    return {"doc_id": d.doc_id, "source": d.source, "sha256": d.sha256, "articles": n_articles}


def compare_documents(old: LabelledDocument, new: LabelledDocument) -> Comparison:
    """Compare two labelled versions of a treaty.

    Takes the old and the new :class:`LabelledDocument`; returns a :class:`Comparison` with
    one entry per article of either version (English articles only).
    """
    old_sides, new_sides = _sides(old), _sides(new)
    pairs = align(old_sides, new_sides)
    counts: dict[str, int] = {}
    for s in old_sides:
        counts[s.article] = counts.get(s.article, 0) + 1
    # Old article number -> new number, for reading cross-references through the renumbering.
    mapping = {old_sides[a].article: new_sides[b].article for a, b, _ in pairs
               if a is not None and b is not None and counts[old_sides[a].article] == 1}
    articles = []
    for a, b, score in pairs:
        if a is None:
            articles.append(_one_sided(new_sides[b], added=True))
        elif b is None:
            articles.append(_one_sided(old_sides[a], added=False))
        else:
            articles.append(_pair(old_sides[a], new_sides[b], score or 0.0, mapping))
    # Text kept outside the articles and never labelled (comment lines, closing formulas,
    # notes) is compared like an article, so a change in it is reported; unchanged, it is
    # not listed (nor counted).
    articles = [c for c, (a, b, _) in zip(articles, pairs)
                if not (c.status == "unchanged" and _kept_text(old_sides[a]) and _kept_text(new_sides[b]))]
    warnings = []
    for name, ld, sides in (("old", old, old_sides), ("new", new, new_sides)):
        if not sides:
            warnings.append(f"{name} version {ld.doc_id}: no English article found; nothing to compare")
    return Comparison(_doc_info(old, sum(1 for s in old_sides if not _kept_text(s))),
                      _doc_info(new, sum(1 for s in new_sides if not _kept_text(s))), articles, warnings)


def _kept_text(side: Side) -> bool:
    """Whether an article side is text kept outside the articles that is never labelled."""
    return all(lc.clause.kind in UNLABELLED_KINDS for lc in side.view.clauses)


def label_versions(old: str | os.PathLike, new: str | os.PathLike, *, nlp=None, patterns_only: bool = False,
                   model: str | os.PathLike | None = None) -> tuple[list[LabelledDocument], list[str]]:
    """Read and label two versions of a treaty: ``([old, new], warnings)``, each warning naming its
    version. Raises :class:`~treatyscope.errors.InputError` for a file that cannot be read."""
    from .ingest import read_document
    from .pipeline import label_document, pipeline_for

    old_p, new_p = Path(old), Path(new)
    documents = [read_document(old_p), read_document(new_p)]
    if nlp is None:
        nlp = pipeline_for(patterns_only, model)
    labelled, warnings = [], []
    for name, document in zip(("old", "new"), documents):
        ld, w = label_document(document, nlp=nlp)
        labelled.append(ld)
        warnings += [f"{name} version {document.doc_id}: {x}" for x in w]
    return labelled, warnings


def compare_paths(old: str | os.PathLike, new: str | os.PathLike, *, nlp=None, patterns_only: bool = False,
                  model: str | os.PathLike | None = None) -> Comparison:
    """Read, label and compare two versions of a treaty.

    Takes the two file paths and optionally a loaded pipeline (else the patterns-only one
    when ``patterns_only``, else the shipped one with ``model``); returns the
    :class:`Comparison`, whose ``warnings`` carry the labelling warnings of both files.
    With a precedent index, use :func:`treatyscope.precedents.compare_paths_with_precedents`
    (a later stage), which also marks changed clauses that move towards or away from agreed language.
    Raises :class:`~treatyscope.errors.InputError` for a file that cannot be read.
    """
    labelled, warnings = label_versions(old, new, nlp=nlp, patterns_only=patterns_only, model=model)
    result = compare_documents(*labelled)
    result.warnings = warnings + result.warnings
    return result


# --- words for the renderers (treatyscope.report) -------------------------------------------


def signed(gained: list[str], lost: list[str]) -> str:
    return " ".join([f"+{x}" for x in gained] + [f"−{x}" for x in lost])


def status_words(a: ArticleChange) -> str:
    words = [a.status]
    if a.renumbered:
        words.append("renumbered")
    if a.retitled:
        words.append("retitled")
    return ", ".join(words)


def change_lines(a: ArticleChange) -> list[str]:
    """Polarity, phrase and text changes of one article, one per line, in plain words."""
    lines = [f"{p['label']}: {'/'.join(p['old'])} → {'/'.join(p['new'])}" for p in a.polarity_changed]
    for kind, ph in (("scope", a.scope_phrases), ("safeguard", a.safeguard_phrases)):
        lines += [f"− {kind} {p['label']}: “{p['text']}”" for p in ph["removed"]]
        lines += [f"+ {kind} {p['label']}: “{p['text']}”" for p in ph["added"]]
    if a.retitled and a.old is not None and a.new is not None:
        lines.append(f"heading: “{a.old_heading or ''}” → “{a.new_heading or ''}”")
    lines += [hunk_text(h) for h in a.diff]
    if a.agreed_language:
        lines += [agreed_language_line(m) for m in a.agreed_language]
    return lines


def agreed_language_line(move: dict[str, Any]) -> str:
    """One move towards or away from agreed language (set by
    :func:`treatyscope.precedents.mark_agreed_language`) in words:
    ``towards agreed language: 5(2) 0.82 → 1.00 (TSTV0001 3(2))``."""
    return (f"{move['direction']} agreed language: {move['clause']} {move['old_score']:.2f} → {move['new_score']:.2f} "
            f"({move['precedent']})")


def unchanged_line(c: Comparison) -> str | None:
    """The unchanged articles in one sentence, renumbered ones as old→new."""
    same = [a.new if not a.renumbered else f"{a.old}→{a.new}" for a in c.articles if a.status == "unchanged"]
    if not same:
        return None
    return f"Unchanged ({len(same)}): {', '.join(x or '' for x in same)}."
