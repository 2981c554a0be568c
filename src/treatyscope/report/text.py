"""Text formats: labelled documents as JSONL, CSV, Markdown and terminal tables; the
report's tables as Markdown; a comparison as a table, Markdown or JSON.

The JSONL is one clause per line (schema in the README). The table and Markdown have
one row per English article: its number, heading, tiers and safeguards, with labels that
arrive only through cross-references marked and attributed.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from typing import Iterable, TextIO

from ..display import terminal_safe
from ..comparison import Comparison, change_lines, signed, status_words, unchanged_line
from ..types import SAFEGUARDS, TIERS, UNLABELLED_KINDS, ArticleView, InheritKind, LabelledDocument
from .analysis import (Cell, MeasureConfig, MeasureRef, Provision, TierEntry, _clean, _unique, brief_tables, gaps,
                       load_measure_config, measure_rows, tier_map)

INHERITED_MARK = "↳"
REACH_MARK = "⇒"
LEGEND = (f"{INHERITED_MARK} inherited through a cross-reference; {REACH_MARK} by the reach of a clause stating it "
          "for the article's chapter, section or instrument.")


# The width tables are laid out at when none is given (a file or a pipe): wide enough that
# every table has its natural width, each column at most its own maximum.
NATURAL_WIDTH = 1000


def complete_columns(table):
    """Make a rich table complete at any width: every column wraps, and a word longer than its
    column folds onto the next line instead of being cut with an ellipsis. Returns the table."""
    for column in table.columns:
        column.no_wrap = False
        column.overflow = "fold"
        column.min_width = None
    return table


# Narrower than this many characters per column (padding and borders besides), a table is
# printed as one block per row ("Column: text" lines) instead.
MIN_COLUMN = 4


def fitted(table, width: int | None):
    """A rich table made complete (:func:`complete_columns`), or, where ``width`` is too narrow
    for its columns to show a few characters each, the same rows as blocks of
    ``Column: text`` lines, which wrap at any width."""
    from rich.console import Group
    from rich.text import Text

    complete_columns(table)
    columns = table.columns
    if width is None or (len(columns) + 1) + len(columns) * (2 + MIN_COLUMN) <= width:
        return table
    blocks: list = [Text.from_markup(f"[bold]{table.title}[/bold]")] if table.title else []
    for row in range(table.row_count):
        blocks.append(Text(""))
        for column in columns:
            cell = column._cells[row]
            text = Text.from_markup(cell) if isinstance(cell, str) else Text(str(cell))
            if text.plain.strip():
                blocks.append(Text.assemble((f"{column.header}: ", "bold"), text))
    return Group(*blocks)


def text_console(buf: TextIO, width: int | None):
    """A plain-text console writing to ``buf``: at ``width``, or at :data:`NATURAL_WIDTH`."""
    from rich.console import Console

    return Console(file=buf, width=width or NATURAL_WIDTH, force_terminal=False, color_system=None,
                   highlight=False, soft_wrap=False)


def jsonl_lines(docs: Iterable[LabelledDocument]) -> Iterable[str]:
    """One JSON object per clause, in text order."""
    for ld in docs:
        for lc in ld.clauses:
            yield json.dumps(lc.to_dict(), ensure_ascii=False) + "\n"


CSV_COLUMNS = ["doc_id", "clause_id", "article", "paragraph", "subparagraph", "heading", "language", "skipped",
               "start", "end", "bracketed", "tiers", "safeguards", "effective_tiers", "effective_safeguards",
               "references"]


def write_csv(docs: Iterable[LabelledDocument], out: TextIO) -> None:
    """One row per clause; label lists joined with ';'."""
    w = csv.writer(out)
    w.writerow(CSV_COLUMNS)
    for ld in docs:
        for lc in ld.clauses:
            c = lc.clause
            w.writerow([c.doc_id, c.clause_id, c.article, c.paragraph or "", c.subparagraph or "", c.heading or "",
                        c.language, c.skipped, c.start, c.end, c.bracketed, ";".join(lc.tiers),
                        ";".join(lc.safeguards), ";".join(lc.effective_tiers), ";".join(lc.effective_safeguards),
                        ";".join(r.text for r in lc.references)])


def _path_source(path: tuple[str, ...]) -> str:
    return path[-1].split("(")[0] if path else "?"


def label_cells(article: ArticleView) -> tuple[list[str], list[str]]:
    """Tier and safeguard cell entries: own labels plain (with a non-required polarity),
    labels that arrive only through references as '↳label (Art N)' and only by reach as
    '⇒label (reach: Art N)'."""
    tiers = list(article.tiers)
    safeguards = []
    for s in article.safeguards:
        pols = article.polarities(s)
        safeguards.append(s if pols in ([], ["required"]) else f"{s} ({', '.join(pols)})")
    own = set(article.tiers) | set(article.safeguards)
    for label, arrivals in article.arrivals().items():
        if label in own:
            continue
        entries = []
        for kind, mark, words in ((InheritKind.REFERENCE, INHERITED_MARK, "Art"),
                                  (InheritKind.REACH, REACH_MARK, "reach: Art")):
            paths = [i.path for i in arrivals if i.kind == kind]
            if paths:
                sources = sorted({_path_source(p) for p in paths}, key=lambda x: (len(x), x))
                entries.append(f"{mark}{label} ({words} {', '.join(sources)})")
        (tiers if label in TIERS else safeguards).extend(entries)
    return tiers, safeguards


def english_articles(ld: LabelledDocument) -> list[ArticleView]:
    """The English articles, without the text kept outside them that is never labelled (comment
    lines, the closing formula, notes: nothing to show in a row)."""
    return [a for a in ld.articles() if a.language == "en" and _labelled_kinds(a)]


def _labelled_kinds(a: ArticleView) -> bool:
    return any(lc.clause.kind not in UNLABELLED_KINDS for lc in a.clauses)


def skipped_summary(ld: LabelledDocument) -> str | None:
    """'12 articles skipped (nl: 11, fr: 1)' or None."""
    counts: dict[str, int] = {}
    for a in ld.articles():
        if a.language != "en" and _labelled_kinds(a):
            counts[a.language] = counts.get(a.language, 0) + 1
    if not counts:
        return None
    total = sum(counts.values())
    detail = ", ".join(f"{k}: {v}" for k, v in sorted(counts.items()))
    return f"{total} article{'s' if total != 1 else ''} not in English skipped ({detail})"


def markdown(docs: Iterable[LabelledDocument]) -> str:
    """A Markdown table per document: article, heading, tiers, safeguards."""
    out = io.StringIO()
    for ld in docs:
        out.write(f"## {ld.doc_id}\n\n")
        out.write("| Article | Heading | Tiers | Safeguards |\n|---|---|---|---|\n")
        for a in english_articles(ld):
            tiers, safeguards = label_cells(a)
            heading = (a.heading or "").replace("|", "\\|")
            if a.bracketed:
                heading += " [bracketed text]"
            out.write(f"| {a.article} | {heading} | {', '.join(tiers)} | {', '.join(safeguards)} |\n")
        note = skipped_summary(ld)
        out.write(f"\n{LEGEND}")
        out.write(f" {note}.\n\n" if note else "\n\n")
    return out.getvalue()


def print_table(docs: Iterable[LabelledDocument], console) -> None:
    """A rich table per document."""
    from rich.markup import escape
    from rich.table import Table

    for ld in docs:
        table = Table(title=f"{escape(terminal_safe(ld.doc_id))}: scope and safeguards by article", show_lines=False,
                      expand=False)
        table.add_column("Art.", justify="right", no_wrap=True)
        table.add_column("Heading", max_width=38)
        table.add_column("Tiers", max_width=34)
        table.add_column("Safeguards", max_width=60)
        for a in english_articles(ld):
            tiers, safeguards = label_cells(a)
            heading = escape(a.heading or "")
            if a.bracketed:
                heading += " [yellow]\\[bracketed][/yellow]"
            table.add_row(escape(a.article), heading, _styled(tiers), _styled(safeguards))
        console.print(fitted(table, console.width if console.width < NATURAL_WIDTH else None), crop=False)
        note = skipped_summary(ld)
        console.print(LEGEND + (f" {note}." if note else ""),
                      style="dim", highlight=False)


def _styled(entries: list[str]) -> str:
    from rich.markup import escape

    return ", ".join(f"[dim]{escape(e)}[/dim]" if e.startswith((INHERITED_MARK, REACH_MARK)) else escape(e)
                     for e in entries)


# --- the report's tables -------------------------------------------------------------------


def _md(text: str | None) -> str:
    """Document text made safe for a Markdown table cell (no markup, no HTML, one line)."""
    text = html.escape(_clean(text or ""), quote=False)
    return re.sub(r"([\\`*_\[\]|#])", r"\\\1", text)


def _md_provisions(provs: tuple[Provision, ...]) -> str:
    parts = []
    for p in provs:
        if p.phrases:
            parts.append(f"{_md(p.clause_id)}: " + ", ".join(f"“{_md(x)}”" for x in p.phrases))
        else:
            parts.append(_md(p.clause_id))
    return "; ".join(parts)


def _md_measures(refs: tuple[MeasureRef, ...]) -> str:
    if not refs:
        return "—"
    parts = []
    for m in refs:
        words = f"Art. {_md(m.article)}"
        if m.phrases:
            words += " " + ", ".join(f"“{_md(x)}”" for x in m.phrases)
        if m.arrivals:
            words += " (" + "; ".join(_md(a.describe()) for a in m.arrivals) + ")"
        parts.append(words)
    return "; ".join(parts)


def tier_defined_in(row: TierEntry) -> str:
    """Where a tier is defined, in plain words ('not defined' when nowhere)."""
    if not row.defined_in:
        return "not defined"
    words = "; ".join(f"{p.clause_id}" + (f" ({p.heading})" if p.heading else "") for p in row.defined_in)
    return words + (f" — in {', '.join(row.defined_parts)}" if row.defined_parts else "")


def md_cell(cell: Cell) -> str:
    """A matrix cell in Markdown."""
    if cell.state == "absent":
        return "—"
    if cell.state in ("reference", "reach"):
        mark = INHERITED_MARK if cell.state == "reference" else REACH_MARK
        return f"{mark} " + "; ".join(_md(x) for x in _unique(a.describe() for a in cell.arrivals))
    mark = {"present": "✓", "optional": "optional", "waived": "waived"}[cell.state]
    out = f"{mark} " + "; ".join(ph.describe(cell.state, _md) for ph in cell.phrases)
    more = _unique(a.describe() for a in cell.arrivals)
    return out + ("; also " + "; ".join(_md(x) for x in more) if more else "")


def render_report_markdown(ld: LabelledDocument, *, config: MeasureConfig | None = None) -> str:
    """The tier map, the measures-and-conditions table and the gaps as Markdown."""
    config = config or load_measure_config()
    rows = measure_rows(ld, config)
    out = [f"# {_md(ld.doc_id)}: scope and safeguards", "", "## Gaps", ""]
    out += [f"- {_md(g.sentence)}" for g in gaps(ld, rows, config)]
    out += ["", "## Tier map", "",
            "| Tier | Defined in | Reaches in its own words | By reference | By reach | Measures |",
            "|---|---|---|---|---|---:|"]
    for row in tier_map(ld, config, rows):
        out.append(f"| `{row.tier}` {_md(row.name)} | {_md(tier_defined_in(row))} | {_md_measures(row.own)} | "
                   f"{_md_measures(row.by_reference)} | {_md_measures(row.by_reach)} | {row.count} |")
    out += ["", "## Measures and safeguards", "",
            "| Article | Heading | Kind | Tiers | " + " | ".join(f"`{s}`" for s in SAFEGUARDS) + " |",
            "|---|---|---|---|" + "---|" * len(SAFEGUARDS)]
    for row in rows:
        tiers = []
        for t in row.tier_cells:
            ways = [a.describe() for a in t.arrivals]
            if t.own:
                tiers.append(t.tier + (f" (also {'; '.join(ways)})" if ways else ""))
            else:
                mark = INHERITED_MARK if t.arrivals[0].kind == "reference" else REACH_MARK
                tiers.append(f"{mark}{t.tier} ({'; '.join(ways)})")
        heading = _md(row.heading) + (" \\[bracketed text\\]" if row.bracketed else "")
        cells = [md_cell(cell) for cell in row.cells]
        out.append(f"| {_md(row.article)} | {heading} | {row.kind} | {_md(', '.join(tiers)) or '—'} | "
                   + " | ".join(cells) + " |")
    if not rows:
        out.append("| — | no article grants a power or a cooperation measure | | | " + "| " * len(SAFEGUARDS))
    out += ["", f"✓ present in the article's own words; optional or waived: its polarity; {INHERITED_MARK} by "
            f"reference (a cross-reference); {REACH_MARK} by reach (a clause stating it for the measure's chapter, "
            "section or instrument); — absent.", ""]
    return "\n".join(out)


def render_report_json(ld: LabelledDocument, *, config: MeasureConfig | None = None) -> str:
    """The two tables and the gaps as JSON (schema in the README)."""
    return json.dumps(brief_tables(ld, config), ensure_ascii=False, indent=2) + "\n"


# --- a comparison ------------------------------------------------------------------------


def render_comparison_table(c: Comparison, *, width: int | None = None) -> str:
    """The headline, then a table of the articles that were added, removed, changed or renumbered;
    laid out for ``width`` columns (wrapped to fit, nothing cut), or at its natural width."""
    import io

    from rich.markup import escape
    from rich.table import Table

    buf = io.StringIO()
    console = text_console(buf, width)
    for line in c.headline():
        console.print(escape(terminal_safe(line)))
    rows = c.changed()
    if rows:
        table = Table(title=f"{escape(terminal_safe(c.old['doc_id']))} → {escape(terminal_safe(c.new['doc_id']))}: "
                      "articles that changed", expand=False)
        table.add_column("Old", justify="right", no_wrap=True)
        table.add_column("New", justify="right", no_wrap=True)
        table.add_column("Status", max_width=12)
        table.add_column("Heading", max_width=24)
        table.add_column("Labels", max_width=22)
        table.add_column("Effective", max_width=22)
        table.add_column("Changes", min_width=36, max_width=64)
        for a in rows:
            table.add_row(escape(a.old or "—"), escape(a.new or "—"), status_words(a), escape(a.heading or ""),
                          escape(signed(a.gained, a.lost)), escape(signed(a.effective_gained, a.effective_lost)),
                          escape("\n".join(change_lines(a))))
        console.print(fitted(table, width), crop=False)
    line = unchanged_line(c)
    if line:
        console.print(escape(line))
    return buf.getvalue()


def _md_compare(text: str | None) -> str:
    import html

    text = html.escape(" ".join((text or "").split()), quote=False)
    return re.sub(r"([\\`*_\[\]|#~])", r"\\\1", text)


def render_comparison_markdown(c: Comparison) -> str:
    """The headline as a list, then a Markdown table of the articles that changed."""
    out = [f"# {_md_compare(c.old['doc_id'])} → {_md_compare(c.new['doc_id'])}", ""]
    out += [f"- {_md_compare(line)}" for line in c.headline()]
    out += [f"- warning: {_md_compare(w)}" for w in c.warnings]
    out += ["", "| Old | New | Status | Heading | Labels | Effective | Changes |", "|---|---|---|---|---|---|---|"]
    for a in c.changed():
        out.append(f"| {_md_compare(a.old or '—')} | {_md_compare(a.new or '—')} | {status_words(a)} | {_md_compare(a.heading)} | "
                   f"{_md_compare(signed(a.gained, a.lost))} | {_md_compare(signed(a.effective_gained, a.effective_lost))} | "
                   + "<br>".join(_md_compare(x) for x in change_lines(a)) + " |")
    line = unchanged_line(c)
    if line:
        out += ["", _md_compare(line)]
    return "\n".join(out) + "\n"


def render_comparison_json(c: Comparison) -> str:
    """The comparison as JSON (schema: ``{"articles": [{"old", "new", "status", "gained", ...}]}``)."""
    import json

    return json.dumps(c.to_dict(), ensure_ascii=False, indent=2) + "\n"
