"""What a report shows, as plain data: the tier map, the measure-by-safeguard matrix and the annotated text.

:func:`build_report` turns a :class:`LabelledDocument` into a :class:`Report`, which
:mod:`treatyscope.report.html` renders as a page and :mod:`treatyscope.report.text` as
Markdown tables. Which articles grant a power or a cooperation measure, and which clauses
define a tier, is decided by :mod:`treatyscope.measures` from data in ``configs/measures.json``.
"""

from __future__ import annotations

import bisect

import re
from dataclasses import dataclass, field

from ..measures import MeasureConfig, defines_tier, is_measure, load_measure_config, measure_kind
from ..types import POLARITIES, SAFEGUARDS, TIERS, ArticleView, Inherited, LabelledClause, LabelledDocument, Polarity
from .markdown import PLAIN, TextLayout, markdown_layout

WEAK_POLARITIES = tuple(p.value for p in POLARITIES if p is not Polarity.REQUIRED)


# --- tier map and matrix --------------------------------------------------------------------


@dataclass(frozen=True)
class Provision:
    """A clause cited in a table: its id, its article and the words that carry the label.

    ``via`` is, for a label the clause inherits, the path of clause ids it came by.
    """

    clause_id: str
    article: str
    heading: str | None
    phrases: tuple[str, ...] = ()
    via: tuple[str, ...] = ()

    @property
    def source(self) -> str | None:
        """The clause an inherited label comes from (the end of its path)."""
        return self.via[-1] if self.via else None


def short_part(part: str | None) -> str | None:
    """ "CHAPTER III – PROCEDURAL MEASURES" → "CHAPTER III"; "the whole instrument" → "the instrument"."""
    if part is None:
        return None
    if part == "the whole instrument":
        return "the instrument"
    return re.split(r"\s+[–—-]\s+", part, maxsplit=1)[0]


@dataclass(frozen=True)
class Arrival:
    """How a label reaches a measure other than in its own words: ``reference`` or ``reach``.

    ``path`` runs from the measure's clause to the clause holding the label; ``part`` names
    the chapter, section or instrument of a reach; ``limited_by`` the measure's own scope
    clauses when they narrow a tier that arrives by reach.
    """

    kind: str
    path: tuple[str, ...]
    part: str | None = None
    limited_by: tuple[str, ...] = ()

    @property
    def source(self) -> str:
        return self.path[-1]

    @property
    def part_short(self) -> str | None:
        """The part as a table cell names it: its number without its title ("CHAPTER III")."""
        return short_part(self.part)

    def describe(self) -> str:
        """'by reference to 6(2)', 'by reach of CHAPTER III from 6(2)', '..., limited by own scope 8(1)'."""
        words = (f"by reach of {self.part_short} from {self.source}" if self.kind == "reach"
                 else f"by reference to {self.source}")
        if self.limited_by:
            words += f", limited by own scope {', '.join(self.limited_by)}"
        return words

    def to_dict(self) -> dict:
        return {"kind": self.kind, "path": list(self.path), "source": self.source, "part": self.part,
                "limited_by": list(self.limited_by)}


@dataclass(frozen=True)
class MeasureRef:
    """A measure a tier reaches, and how: in its own words (the phrases) or by arrivals."""

    key: str
    article: str
    heading: str | None
    phrases: tuple[str, ...] = ()
    arrivals: tuple[Arrival, ...] = ()

    def groups(self) -> list[tuple[str, str | None, list[str], tuple[str, ...]]]:
        """The arrivals grouped as (kind, short part name, sources, limited_by), for a short cell."""
        out: dict[tuple, list[str]] = {}
        for a in self.arrivals:
            out.setdefault((a.kind, a.part_short, a.limited_by), []).append(a.source)
        return [(k, part, sources, limited) for (k, part, limited), sources in out.items()]

    def to_dict(self) -> dict:
        return {"article": self.article, "key": self.key, "heading": self.heading, "phrases": list(self.phrases),
                "arrivals": [a.to_dict() for a in self.arrivals]}


@dataclass(frozen=True)
class TierEntry:
    """One row of the tier map (the brief's first table): where the instrument defines a tier,
    and which measures it reaches in their own words, by reference and by reach."""

    tier: str
    name: str
    defined_in: tuple[Provision, ...]
    defined_parts: tuple[str, ...]
    own: tuple[MeasureRef, ...]
    by_reference: tuple[MeasureRef, ...]
    by_reach: tuple[MeasureRef, ...]

    @property
    def measures(self) -> list[str]:
        """The measures the tier reaches in any way, by article key, in text order."""
        return _unique(m.key for group in (self.own, self.by_reference, self.by_reach) for m in group)

    @property
    def count(self) -> int:
        return len(self.measures)

    def to_dict(self) -> dict:
        return {
            "tier": self.tier, "name": self.name,
            "defined_in": [{"clause_id": p.clause_id, "article": p.article, "heading": p.heading,
                            "phrases": list(p.phrases)} for p in self.defined_in],
            "defined_parts": list(self.defined_parts),
            "own": [m.to_dict() for m in self.own], "by_reference": [m.to_dict() for m in self.by_reference],
            "by_reach": [m.to_dict() for m in self.by_reach], "measures": self.measures, "count": self.count,
        }


@dataclass(frozen=True)
class Phrase:
    """Words of a clause that carry a safeguard, with their polarity."""

    clause_id: str
    text: str
    polarity: str

    def describe(self, state: str, escape) -> str:
        """“words” (clause, polarity), the polarity said only where it differs from the cell's."""
        pol = "" if self.polarity in ("required", state) else f", {self.polarity}"
        words = f"“{escape(self.text)}” " if self.text else ""
        return f"{words}({escape(self.clause_id)}{pol})"


@dataclass(frozen=True)
class Cell:
    """One cell of the matrix: how a safeguard binds a measure.

    ``state`` is ``present`` (in the article's own words, required), ``optional`` or
    ``waived`` (own words, with that polarity), ``reference`` (only through cross-references),
    ``reach`` (only by the reach of a clause stating it for the measure's part) or
    ``absent``. ``arrivals`` holds every way it arrives, also when the article states it too.
    """

    safeguard: str
    state: str
    phrases: tuple[Phrase, ...] = ()
    arrivals: tuple[Arrival, ...] = ()

    @property
    def sources(self) -> tuple[tuple[str, ...], ...]:
        """The paths of the arrivals (kept for callers of the first matrix)."""
        return tuple(a.path for a in self.arrivals)

    def summary(self) -> str:
        """The cell in one line of plain text."""
        if self.state == "absent":
            return "absent"
        if self.state in ("reference", "reach"):
            return "; ".join(_unique(a.describe() for a in self.arrivals))
        own = f"{self.state}: " + "; ".join(ph.describe(self.state, lambda x: x) for ph in self.phrases)
        more = _unique(a.describe() for a in self.arrivals)
        return own + (f"; also {'; '.join(more)}" if more else "")

    def to_dict(self) -> dict:
        return {"safeguard": self.safeguard, "state": self.state,
                "phrases": [{"clause_id": p.clause_id, "text": p.text, "polarity": p.polarity} for p in self.phrases],
                "arrivals": [a.to_dict() for a in self.arrivals]}


@dataclass(frozen=True)
class TierCell:
    """A tier of a measure: own words, or how it arrives."""

    tier: str
    own: bool
    arrivals: tuple[Arrival, ...] = ()

    def to_dict(self) -> dict:
        return {"tier": self.tier, "own": self.own, "arrivals": [a.to_dict() for a in self.arrivals]}


@dataclass(frozen=True)
class MeasureRow:
    """A measure (an article that grants a power or a cooperation measure), with one cell per safeguard.

    ``kind`` is ``power`` or ``cooperation``; ``part`` the chapter or section it lies in.
    """

    key: str
    article: str
    heading: str | None
    tiers: tuple[str, ...]
    tier_cells: tuple[TierCell, ...]
    cells: tuple[Cell, ...]
    bracketed: bool = False
    kind: str = "power"
    part: str | None = None

    @property
    def inherited_tiers(self) -> tuple[tuple[str, str], ...]:
        """Tiers the measure has only by reference or reach, each with its first source."""
        return tuple((t.tier, t.arrivals[0].source) for t in self.tier_cells if not t.own and t.arrivals)

    def effective(self, label: str) -> bool:
        """True when the measure has a label in any way."""
        if label in TIERS:
            return any(t.tier == label for t in self.tier_cells)
        return any(c.safeguard == label and c.state != "absent" for c in self.cells)

    def to_dict(self) -> dict:
        return {"article": self.article, "key": self.key, "heading": self.heading, "kind": self.kind,
                "part": self.part, "bracketed": self.bracketed, "tiers": [t.to_dict() for t in self.tier_cells],
                "safeguards": {c.safeguard: c.to_dict() for c in self.cells}}


@dataclass(frozen=True)
class Gap:
    """A finding an analyst looks for first, in a sentence, with the articles it names."""

    kind: str  # no_refusal_grounds | outside_general_safeguards | unreferenced_safeguards | open_without_oversight
    sentence: str
    articles: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"kind": self.kind, "sentence": self.sentence, "articles": list(self.articles)}


@dataclass(frozen=True)
class Highlight:
    """An evidence span (or overlapping spans) shown in the text, with the labels it carries."""

    id: str
    clause_id: str
    start: int
    end: int
    labels: tuple[tuple[str, str | None], ...]
    kind: str  # tier | safeguard | weak | mixed

    def description(self) -> str:
        """The labels in words, as shown on hover or focus and read by a screen reader."""
        parts = []
        for label, pol in self.labels:
            parts.append(label if pol in (None, "required") else f"{label} ({pol})")
        return f"{', '.join(parts)} — clause {self.clause_id}"


@dataclass(frozen=True)
class Piece:
    """A stretch of text with one look: inside bracketed draft text or not, and the CSS classes of
    its Markdown look (``md-h2 md-em``; see :mod:`.markdown`)."""

    text: str
    bracketed: bool = False
    look: str = ""


@dataclass
class Run:
    """Consecutive text of a clause that is all highlighted (by one highlight) or all plain."""

    highlight: Highlight | None
    pieces: list[Piece] = field(default_factory=list)


@dataclass
class Block:
    """The text of one clause, or the text between clauses (headings, titles)."""

    runs: list[Run]
    clause_id: str | None = None
    anchor: str | None = None
    language: str = "en"
    skipped: bool = False
    labels: tuple[str, ...] = ()


@dataclass
class Report:
    """Everything the report shows, computed from a labelled document."""

    doc_id: str
    source: str
    sha256: str
    tier_map: list[TierEntry]
    measures: list[MeasureRow]
    gaps: list[Gap]
    blocks: list[Block]
    safeguards: tuple[str, ...]
    config: MeasureConfig
    warnings: list[str]
    counts: dict[str, int]
    anchors: dict[str, str]

    def anchor(self, clause_id: str) -> str:
        return self.anchors.get(clause_id, "")

    def article_anchor(self, key: str) -> str:
        """The anchor of an article's first clause."""
        return next((a for cid, a in self.anchors.items() if cid == key or cid.startswith(key + "(")), "")


def _unique(items) -> list:
    seen, out = set(), []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def _phrases(lc: LabelledClause, label: str) -> tuple[str, ...]:
    return tuple(_unique(_clean(e.text) for e in lc.evidence if e.label == label))


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _arrivals(inherited: list[Inherited] | None, key: str = "") -> tuple[Arrival, ...]:
    """Arrivals from an article's inherited labels: references first, one per kind and source;
    none from the article itself (a reference that leads back to its own words)."""
    out: dict[tuple[str, str], Arrival] = {}
    for inh in sorted(inherited or (), key=lambda i: (i.kind != "reference", len(i.path))):
        if inh.source.split("(", 1)[0] == key:
            continue
        out.setdefault((inh.kind.value, inh.source), Arrival(inh.kind.value, inh.path, inh.part, inh.limited_by))
    return tuple(out.values())


def measure_cell(article: ArticleView, safeguard: str, inherited: list[Inherited] | None = None) -> Cell:
    """How one safeguard binds one article: own words (with polarity), by reference, by reach, or absent.

    ``inherited`` are the article's arrivals of that safeguard (default: read from the article).
    """
    if inherited is None:
        inherited = article.arrivals().get(safeguard, [])
    arrivals = _arrivals(inherited, article.key)
    if safeguard in article.safeguards:
        phrases = []
        for lc in article.clauses:
            if safeguard not in lc.safeguards:
                continue
            for e in lc.evidence:
                if e.label == safeguard:
                    ph = Phrase(lc.clause.clause_id, _clean(e.text), e.polarity or "required")
                    if ph not in phrases:
                        phrases.append(ph)
            if not any(e.label == safeguard for e in lc.evidence):
                phrases.append(Phrase(lc.clause.clause_id, "", lc.polarity(safeguard) or "required"))
        pols = article.polarities(safeguard)
        state = "present" if "required" in pols or not pols else pols[0]
        return Cell(safeguard, state, tuple(phrases), arrivals)
    if arrivals:
        return Cell(safeguard, arrivals[0].kind, (), arrivals)
    return Cell(safeguard, "absent")


def measure_rows(ld: LabelledDocument, config: MeasureConfig) -> list[MeasureRow]:
    """One row per measure (an article that grants a power or a cooperation measure), in text order."""
    rows = []
    for a in ld.articles():
        if not is_measure(a, config):
            continue
        arrivals = a.arrivals()
        tier_cells = tuple(TierCell(t, t in a.tiers, _arrivals(arrivals.get(t), a.key)) for t in TIERS
                           if t in a.tiers or _arrivals(arrivals.get(t), a.key))
        context = a.clauses[0].clause.context
        rows.append(MeasureRow(a.key, a.article, a.heading, tuple(a.tiers), tier_cells,
                               tuple(measure_cell(a, s, arrivals.get(s, [])) for s in SAFEGUARDS), a.bracketed,
                               measure_kind(a, config), context[-1] if context else None))
    return rows


def _defines(lc: LabelledClause, tier: str, config: MeasureConfig) -> bool:
    """True when a clause defines a tier: it carries the tier where it is defined, or (for
    ``defined``) it is a criminalisation clause, whether or not the labeller gave it the tier."""
    if tier == "defined" and any(c.search(lc.clause.text) for c in config.criminalisation_cues):
        return True
    if tier not in lc.tiers:
        return False
    heading = lc.clause.heading or ""
    return defines_tier(lc, config) or any(k.search(heading) for k in config.tier_definition_headings.get(tier, ()))


def tier_map(ld: LabelledDocument, config: MeasureConfig,
             rows: list[MeasureRow] | None = None) -> list[TierEntry]:
    """The brief's first table: for each of the five tiers, where the instrument defines it
    (criminalisation articles and their chapter, the definitions article, the article on
    offences under other instruments; none: not defined) and the measures it reaches, in
    their own words, by reference and by reach."""
    rows = measure_rows(ld, config) if rows is None else rows
    english = [lc for lc in ld.clauses if not lc.clause.skipped and lc.clause.article != "preamble"]
    measure_keys = {r.key for r in rows}
    by_key = {a.key: a for a in ld.articles()}
    out = []
    for tier in TIERS:
        defined = [lc for lc in english if _defines(lc, tier, config) and article_key_of(lc) not in measure_keys]
        provisions = tuple(Provision(lc.clause.clause_id, lc.clause.article, lc.clause.heading, _phrases(lc, tier))
                           for lc in defined)
        parts = tuple(_unique(lc.clause.context[-1] for lc in defined if lc.clause.context))
        own, by_ref, by_reach = [], [], []
        for r in rows:
            cell = next((t for t in r.tier_cells if t.tier == tier), None)
            if cell is None:
                continue
            if cell.own:
                phrases = tuple(_unique(p for lc in by_key[r.key].clauses if tier in lc.tiers for p in _phrases(lc, tier)))
                own.append(MeasureRef(r.key, r.article, r.heading, phrases))
            refs = tuple(x for x in cell.arrivals if x.kind == "reference")
            reach = tuple(x for x in cell.arrivals if x.kind == "reach")
            if refs:
                by_ref.append(MeasureRef(r.key, r.article, r.heading, (), refs))
            if reach:
                by_reach.append(MeasureRef(r.key, r.article, r.heading, (), reach))
        out.append(TierEntry(tier, config.name(tier), provisions, parts, tuple(own), tuple(by_ref), tuple(by_reach)))
    return out


def article_key_of(lc: LabelledClause) -> str:
    return lc.clause.clause_id.split("(", 1)[0]


def _named(rows: list[MeasureRow], extra=None) -> str:
    parts = []
    for r in rows:
        words = f"Art. {r.article}" + (f" ({r.heading})" if r.heading else "")
        if extra:
            words += extra(r)
        parts.append(words)
    return "; ".join(parts)


def gaps(ld: LabelledDocument, rows: list[MeasureRow], config: MeasureConfig) -> list[Gap]:
    """The gaps an analyst looks for first, in sentences: cooperation measures with no ground
    for refusal, measures the general safeguards article does not reach, safeguard articles no
    measure refers to, and measures open to ``any`` or ``other`` offences without judicial
    oversight."""
    from ..resolve import reaches

    out: list[Gap] = []
    views = {a.key: a for a in ld.articles()}
    coop = [r for r in rows if r.kind == "cooperation"]
    missing = [r for r in coop if not r.effective("refusal_grounds")]
    if not coop:
        out.append(Gap("no_refusal_grounds", "No cooperation measure was found, so none lacks a ground for refusal."))
    elif missing:
        out.append(Gap("no_refusal_grounds", "Cooperation measures with no ground for refusal (in their own words, "
                       f"by reference or by reach): {_named(missing)}.", tuple(r.article for r in missing)))
    else:
        out.append(Gap("no_refusal_grounds", "Every cooperation measure has a ground for refusal."))

    found = [r for r in reaches(ld.clauses) if any(r.carries(s) for h in r.holders for s in h.safeguards)]
    general: dict[str, list] = {}
    for r in found:
        general.setdefault(r.article_key, []).append(r)
    if not general:
        out.append(Gap("outside_general_safeguards", "No article states safeguards for a whole chapter, section or "
                       "the instrument: no measure is bound by general safeguards."))
    # Articles that bind the same parts are named together in one sentence.
    groups: dict[tuple[str, ...], list[str]] = {}
    for key, rs in general.items():
        groups.setdefault(tuple(_unique(r.name for r in rs)), []).append(key)
    for where, keys in groups.items():
        arts = [views[k] for k in keys]
        rs = [r for k in keys for r in general[k]]
        outside = [row for row in rows if not any(r.covers(views[row.key]) for r in rs) and row.key not in keys]
        named = "; ".join(f"Art. {a.article}" + (f", {a.heading}" if a.heading else "") for a in arts)
        head = (f"The general safeguards article ({named})" if len(arts) == 1
                else f"The general safeguards articles ({named})")
        one = len(arts) == 1
        if outside:
            out.append(Gap("outside_general_safeguards", f"{head} {'binds' if one else 'bind'} {', '.join(where)} only; "
                           f"{'it does' if one else 'they do'} not reach {_named(outside)}.",
                           (*(a.article for a in arts), *(r.article for r in outside))))
        else:
            out.append(Gap("outside_general_safeguards", f"{head} {'reaches' if one else 'reach'} every measure "
                           f"({', '.join(where)}).", tuple(a.article for a in arts)))

    measure_keys = {r.key for r in rows}
    cited: set[str] = set()
    for row in rows:
        for lc in views[row.key].clauses:
            cited.update(ref.article for ref in lc.references if ref.article and not ref.external)
    reaching = {r.article_key for r in reaches(ld.clauses) if any(r.covers(views[k]) for k in measure_keys)}
    lonely = []
    for a in ld.articles():
        if (a.key in measure_keys or a.article == "preamble" or a.language != "en" or not a.safeguards
                or a.key in reaching or a.article in cited):
            continue
        # A safeguard article says so in its heading ("Protection of personal data"); an article
        # without a heading counts when its words state a safeguard and it criminalises nothing.
        heading = a.heading or ""
        if heading and not any(k.search(heading) for k in config.safeguard_headings):
            continue
        if any(c.search(" ".join(lc.clause.text for lc in a.clauses)) for c in config.exclude_cues):
            continue  # a criminalisation article: its "proportionate sanctions" bind no measure
        lonely.append(a)
    if lonely:
        words = "; ".join(f"Art. {a.article}" + (f" ({a.heading}: {', '.join(a.safeguards)})" if a.heading
                                                   else f" ({', '.join(a.safeguards)})") for a in lonely)
        out.append(Gap("unreferenced_safeguards", f"Safeguard articles no measure refers to, and whose words reach "
                       f"no measure: {words}.", tuple(a.article for a in lonely)))
    else:
        out.append(Gap("unreferenced_safeguards", "Every article stating a safeguard is referred to by a measure "
                       "or reaches one."))

    open_rows = [r for r in rows if (r.effective("any") or r.effective("other")) and not r.effective("judicial_oversight")]
    if open_rows:
        out.append(Gap("open_without_oversight", "Measures open to any criminal offence or to other offences by "
                       "computer without judicial oversight: "
                       + _named(open_rows, lambda r: " [" + ", ".join(t for t in ("any", "other") if r.effective(t)) + "]")
                       + ".", tuple(r.article for r in open_rows)))
    else:
        out.append(Gap("open_without_oversight", "No measure is open to any criminal offence or to other offences "
                       "by computer without judicial oversight."))
    return out


def brief_tables(ld: LabelledDocument, config: MeasureConfig | None = None) -> dict:
    """The brief's two tables and the gaps as plain JSON data (schema in the README)."""
    config = config or load_measure_config()
    rows = measure_rows(ld, config)
    return {
        "doc_id": ld.doc_id,
        "tier_map": [t.to_dict() for t in tier_map(ld, config, rows)],
        "measures": [r.to_dict() for r in rows],
        "gaps": [g.to_dict() for g in gaps(ld, rows, config)],
    }


# --- the annotated text ---------------------------------------------------------------------


def _anchor_ids(ld: LabelledDocument) -> dict[str, str]:
    anchors: dict[str, str] = {}
    used: set[str] = set()
    for lc in ld.clauses:
        cid = lc.clause.clause_id
        base = "c-" + (re.sub(r"[^A-Za-z0-9_.-]+", "-", cid).strip("-") or "x")
        name, n = base, 1
        while name in used:
            n += 1
            name = f"{base}-{n}"
        used.add(name)
        anchors[cid] = name
    return anchors


def _highlights(lc: LabelledClause, counter: list[int]) -> list[Highlight]:
    """Evidence spans of a clause, overlapping ones merged into one highlight."""
    spans = sorted(((e.start, e.end, e.label, e.polarity) for e in lc.evidence if e.end > e.start),
                   key=lambda s: (s[0], -s[1]))
    groups: list[list[tuple]] = []
    for s in spans:
        if groups and s[0] < max(g[1] for g in groups[-1]):
            groups[-1].append(s)
        else:
            groups.append([s])
    out = []
    for g in groups:
        labels = []
        for label in TIERS + SAFEGUARDS:
            pols = {s[3] for s in g if s[2] == label}
            if pols:
                pol = next((p.value for p in reversed(POLARITIES) if p in pols), None)
                labels.append((label, pol if label in SAFEGUARDS else None))
        has_tier = any(lab in TIERS for lab, _ in labels)
        has_safeguard = any(lab in SAFEGUARDS for lab, _ in labels)
        weak = any(p in WEAK_POLARITIES for _, p in labels)
        kind = "weak" if weak else "mixed" if has_tier and has_safeguard else "tier" if has_tier else "safeguard"
        counter[0] += 1
        out.append(Highlight(f"ev{counter[0]}", lc.clause.clause_id, g[0][0], max(s[1] for s in g),
                             tuple(labels), kind))
    return out


def _pieces(text: str, start: int, end: int, brackets: list[tuple[int, int]],
            layout: TextLayout = PLAIN) -> list[Piece]:
    """Split ``text[start:end]`` where bracketed draft text begins or ends, and where its
    Markdown look changes (markup the ``layout`` hides is left out)."""
    cuts = {start, end}
    for b0, b1 in brackets:
        if b0 < end and b1 > start:
            cuts.update(x for x in (b0, b1) if start < x < end)
    points = sorted(cuts)
    # A piece [a, b) is inside brackets when one opens at or before a and closes at or after b:
    # the latest close among the brackets opened by a tells (sorted once, read by bisection).
    ordered = sorted(brackets)
    opens = [b0 for b0, _ in ordered]
    reach: list[int] = []
    for _, b1 in ordered:
        reach.append(max(b1, reach[-1]) if reach else b1)
    runs: list[tuple[list[str], bool, str]] = []
    for a, b in zip(points, points[1:]):
        k = bisect.bisect_right(opens, a)
        inside = k > 0 and reach[k - 1] >= b
        for a2, b2, look in layout.split(a, b):
            look = " ".join(f"md-{x}" for x in look.split())
            if runs and runs[-1][1] == inside and runs[-1][2] == look:
                runs[-1][0].append(text[a2:b2])  # (joined once below: no quadratic concatenation)
            else:
                runs.append(([text[a2:b2]], inside, look))
    return [Piece("".join(parts), inside, look) for parts, inside, look in runs]


def text_blocks(ld: LabelledDocument, anchors: dict[str, str]) -> list[Block]:
    """The whole document text as blocks: clauses (with their highlights) and the text between."""
    text = ld.document.text
    # A Markdown file reads as text: its markup is hidden, every offset stays that of the file.
    layout = markdown_layout(text) if ld.document.format == "md" else PLAIN
    blocks: list[Block] = []
    counter = [0]
    pos = 0
    clauses = sorted(ld.clauses, key=lambda lc: (lc.clause.start, lc.clause.end))
    prev = None
    for lc in clauses:
        c = lc.clause
        if c.start < pos:  # overlapping clauses are not expected; show the text once
            continue
        if c.start > pos:
            gap_skipped = c.language != "en"  # (text between clauses is in a language, not of a kind)
            blocks.append(Block([Run(None, _pieces(text, pos, c.start, [], layout))], skipped=gap_skipped,
                                language=c.language if gap_skipped else "en"))
        brackets = [tuple(b) for b in c.brackets]
        runs: list[Run] = []
        cur = c.start
        for h in _highlights(lc, counter):
            s, e = max(h.start, cur), min(h.end, c.end)
            if e <= s:
                continue
            if s > cur:
                runs.append(Run(None, _pieces(text, cur, s, brackets, layout)))
            runs.append(Run(h, _pieces(text, s, e, brackets, layout)))
            cur = e
        if cur < c.end:
            runs.append(Run(None, _pieces(text, cur, c.end, brackets, layout)))
        blocks.append(Block(runs, c.clause_id, anchors.get(c.clause_id), c.language, c.skipped,
                            tuple(lc.labels)))
        pos = c.end
        prev = c
    if pos < len(text):
        tail_skipped = prev is not None and prev.language != "en"
        blocks.append(Block([Run(None, _pieces(text, pos, len(text), [], layout))], skipped=tail_skipped,
                            language=prev.language if tail_skipped else "en"))
    return blocks


def build_report(ld: LabelledDocument, *, warnings: list[str] | None = None,
                 config: MeasureConfig | None = None) -> Report:
    """Compute the tier map, the matrix and the annotated text of a labelled document.

    Takes the labelled document, the warnings to show and optionally a measures config;
    returns the :class:`Report`.
    """
    config = config or load_measure_config()
    rows = measure_rows(ld, config)
    anchors = _anchor_ids(ld)
    english = [lc for lc in ld.clauses if not lc.clause.skipped]
    counts = {
        "clauses": len(ld.clauses),
        "english": len(english),
        "skipped": len(ld.clauses) - len(english),
        "evidence": sum(len(lc.evidence) for lc in english),
        "bracketed": sum(1 for lc in english if lc.clause.bracketed),
    }
    return Report(
        doc_id=ld.doc_id,
        source=ld.document.source,
        sha256=ld.document.sha256,
        tier_map=tier_map(ld, config, rows),
        measures=rows,
        gaps=gaps(ld, rows, config),
        blocks=text_blocks(ld, anchors),
        safeguards=SAFEGUARDS,
        config=config,
        warnings=list(warnings or []),
        counts=counts,
        anchors=anchors,
    )
