"""What a report shows, as plain data: the tier map, the measure-by-safeguard matrix and the annotated text.

:func:`build_report` turns a :class:`LabelledDocument` into a :class:`Report`, which
:mod:`treatyscope.report.html` renders as a page and :mod:`treatyscope.report.text` as
Markdown tables. Which articles grant a power or a cooperation measure, and which clauses
define a tier, is decided from data in ``configs/measures.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import TreatyscopeError
from ..paths import config_path
from ..types import POLARITIES, SAFEGUARDS, TIERS, ArticleView, LabelledClause, LabelledDocument, Polarity
from .markdown import PLAIN, TextLayout, markdown_layout

WEAK_POLARITIES = tuple(p.value for p in POLARITIES if p is not Polarity.REQUIRED)


@dataclass(frozen=True)
class MeasureConfig:
    """Heading keywords and text cues (``configs/measures.json``) and the names labels are shown by."""

    measure_headings: tuple[re.Pattern, ...]
    exclude_headings: tuple[re.Pattern, ...]
    measure_cues: tuple[re.Pattern, ...]
    exclude_cues: tuple[re.Pattern, ...]
    definition_headings: tuple[re.Pattern, ...]
    definition_cues: tuple[re.Pattern, ...]
    tier_names: dict[str, str]
    safeguard_names: dict[str, str]

    @classmethod
    def from_dict(cls, data: dict) -> "MeasureConfig":
        def words(key: str) -> tuple[re.Pattern, ...]:
            # A keyword matches at the start of a word ("reservation" is not in "preservation").
            return tuple(re.compile(r"(?<![\w-])" + re.escape(str(w)), re.I) for w in data.get(key, ()))

        def cues(key: str) -> tuple[re.Pattern, ...]:
            try:
                return tuple(re.compile(c, re.I) for c in data.get(key, ()))
            except re.error as exc:
                raise TreatyscopeError(f"measures config: {key}: bad regular expression ({exc})") from None

        return cls(
            measure_headings=words("measure_headings"),
            exclude_headings=words("exclude_headings"),
            measure_cues=cues("measure_cues"),
            exclude_cues=cues("exclude_cues"),
            definition_headings=words("definition_headings"),
            definition_cues=cues("definition_cues"),
            tier_names={t: data.get("tier_names", {}).get(t, t) for t in TIERS},
            safeguard_names={s: data.get("safeguard_names", {}).get(s, s) for s in SAFEGUARDS},
        )

    def name(self, label: str) -> str:
        """The words a label is shown by in a table heading."""
        return self.tier_names.get(label) or self.safeguard_names.get(label) or label


def load_measure_config(path: str | Path | None = None) -> MeasureConfig:
    """Read ``configs/measures.json`` (or another file of the same shape).

    Returns the :class:`MeasureConfig`. Raises :class:`TreatyscopeError` when the file is
    missing or is not valid JSON.
    """
    if path is None:
        return _default_config()
    return _read_config(Path(path))


@lru_cache(maxsize=1)
def _default_config() -> MeasureConfig:
    return _read_config(config_path("measures.json"))


def _read_config(path: Path) -> MeasureConfig:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TreatyscopeError(f"{path}: measures config not found") from None
    except (OSError, ValueError) as exc:
        raise TreatyscopeError(f"{path}: cannot read the measures config ({exc})") from None
    return MeasureConfig.from_dict(data)


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


@dataclass(frozen=True)
class TierEntry:
    """One row of the tier map: where a tier is defined and whose scope it extends."""

    tier: str
    name: str
    defined_in: tuple[Provision, ...]
    extends: tuple[Provision, ...]
    inherited_by: tuple[Provision, ...]


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
    ``waived`` (own words, with that polarity), ``inherited`` (only through references;
    ``sources`` holds the paths) or ``absent``.
    """

    safeguard: str
    state: str
    phrases: tuple[Phrase, ...] = ()
    sources: tuple[tuple[str, ...], ...] = ()

    def summary(self) -> str:
        """The cell in one line of plain text."""
        if self.state == "absent":
            return "absent"
        if self.state == "inherited":
            return "inherited from " + ", ".join(_unique(p[-1] for p in self.sources))
        return f"{self.state}: " + "; ".join(ph.describe(self.state, lambda x: x) for ph in self.phrases)


@dataclass(frozen=True)
class MeasureRow:
    """An article that grants a power or a cooperation measure, with one cell per safeguard."""

    key: str
    article: str
    heading: str | None
    tiers: tuple[str, ...]
    inherited_tiers: tuple[tuple[str, str], ...]
    cells: tuple[Cell, ...]
    bracketed: bool = False


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
    blocks: list[Block]
    safeguards: tuple[str, ...]
    config: MeasureConfig
    warnings: list[str]
    counts: dict[str, int]
    anchors: dict[str, str]

    def anchor(self, clause_id: str) -> str:
        return self.anchors.get(clause_id, "")


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


def defines_tier(lc: LabelledClause, config: MeasureConfig) -> bool:
    """True when a clause defines the categories it names rather than applying them."""
    heading = lc.clause.heading or ""
    if any(k.search(heading) for k in config.definition_headings):
        return True
    return any(c.search(lc.clause.text) for c in config.definition_cues)


def is_measure(article: ArticleView, config: MeasureConfig) -> bool:
    """True when an article grants a power or a cooperation measure (by heading, else by its words)."""
    if article.article == "preamble" or article.language != "en":
        return False
    heading = article.heading or ""
    if any(k.search(heading) for k in config.exclude_headings):
        return False
    text = " ".join(lc.clause.text for lc in article.clauses)
    if any(c.search(text) for c in config.exclude_cues):
        return False
    if any(k.search(heading) for k in config.measure_headings):
        return True
    return any(c.search(text) for c in config.measure_cues)


def tier_map(ld: LabelledDocument, config: MeasureConfig) -> list[TierEntry]:
    """For each of the five tiers: the clauses that define it, those whose scope it extends,
    and those that reach it only through a reference."""
    rows = []
    english = [lc for lc in ld.clauses if not lc.clause.skipped]
    for tier in TIERS:
        defined, extends, inherited = [], [], []
        for lc in english:
            c = lc.clause
            if tier in lc.tiers:
                prov = Provision(c.clause_id, c.article, c.heading, _phrases(lc, tier))
                (defined if defines_tier(lc, config) else extends).append(prov)
            for inh in lc.inherited:
                if inh.label == tier:
                    inherited.append(Provision(c.clause_id, c.article, c.heading, (), tuple(inh.path)))
        rows.append(TierEntry(tier, config.name(tier), tuple(defined), tuple(extends), tuple(inherited)))
    return rows


def measure_cell(article: ArticleView, safeguard: str) -> Cell:
    """How one safeguard binds one article: own words (with polarity), inherited, or absent."""
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
        return Cell(safeguard, state, tuple(phrases))
    paths = article.inherited().get(safeguard)
    if paths:
        return Cell(safeguard, "inherited", (), tuple(tuple(p) for p in paths))
    return Cell(safeguard, "absent")


def measure_rows(ld: LabelledDocument, config: MeasureConfig) -> list[MeasureRow]:
    """One row per article that grants a power or a cooperation measure."""
    rows = []
    for a in ld.articles():
        if not is_measure(a, config):
            continue
        inherited = a.inherited()
        inh_tiers = tuple((t, paths[0][-1]) for t in TIERS if t not in a.tiers and (paths := inherited.get(t)))
        rows.append(MeasureRow(a.key, a.article, a.heading, tuple(a.tiers), inh_tiers,
                               tuple(measure_cell(a, s) for s in SAFEGUARDS), a.bracketed))
    return rows


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
    out = []
    for a, b in zip(points, points[1:]):
        inside = any(b0 <= a and b <= b1 for b0, b1 in brackets)
        for a2, b2, look in layout.split(a, b):
            look = " ".join(f"md-{x}" for x in look.split())
            if out and out[-1].bracketed == inside and out[-1].look == look:
                out[-1] = Piece(out[-1].text + text[a2:b2], inside, look)
            else:
                out.append(Piece(text[a2:b2], inside, look))
    return out


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
            gap_skipped = c.skipped
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
        tail_skipped = prev is not None and prev.skipped
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
        tier_map=tier_map(ld, config),
        measures=measure_rows(ld, config),
        blocks=text_blocks(ld, anchors),
        safeguards=SAFEGUARDS,
        config=config,
        warnings=list(warnings or []),
        counts=counts,
        anchors=anchors,
    )
