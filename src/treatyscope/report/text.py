"""Reporting: labelled documents as JSONL, CSV, Markdown and terminal tables.

The JSONL is one clause per line (schema in the README). The table and Markdown have
one row per English article: its number, heading, tiers and safeguards, with labels that
arrive only through cross-references marked and attributed.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Iterable, TextIO

from .types import ArticleView, LabelledDocument

INHERITED_MARK = "↳"


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
    labels that arrive only through references as '↳label (Art N)'."""
    inherited = article.inherited()
    tiers = list(article.tiers)
    safeguards = []
    for s in article.safeguards:
        pols = article.polarities(s)
        safeguards.append(s if pols in ([], ["required"]) else f"{s} ({', '.join(pols)})")
    own = set(article.tiers) | set(article.safeguards)
    for label, paths in inherited.items():
        if label in own:
            continue
        sources = sorted({_path_source(p) for p in paths}, key=lambda x: (len(x), x))
        entry = f"{INHERITED_MARK}{label} (Art {', '.join(sources)})"
        (tiers if label in ("defined", "treaty", "serious", "other", "any") else safeguards).append(entry)
    return tiers, safeguards


def english_articles(ld: LabelledDocument) -> list[ArticleView]:
    return [a for a in ld.articles() if a.language == "en"]


def skipped_summary(ld: LabelledDocument) -> str | None:
    """'12 articles skipped (nl: 11, fr: 1)' or None."""
    counts: dict[str, int] = {}
    for a in ld.articles():
        if a.language != "en":
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
        out.write(f"\n{INHERITED_MARK} inherited through a cross-reference.")
        out.write(f" {note}.\n\n" if note else "\n\n")
    return out.getvalue()


def print_table(docs: Iterable[LabelledDocument], console) -> None:
    """A rich table per document."""
    from rich.markup import escape
    from rich.table import Table

    for ld in docs:
        table = Table(title=f"{ld.doc_id}: scope and safeguards by article", show_lines=False, expand=False)
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
        console.print(table)
        note = skipped_summary(ld)
        console.print(f"{INHERITED_MARK} = inherited through a cross-reference" + (f"; {note}" if note else ""),
                      style="dim", highlight=False)


def _styled(entries: list[str]) -> str:
    from rich.markup import escape

    return ", ".join(f"[dim]{escape(e)}[/dim]" if e.startswith(INHERITED_MARK) else escape(e) for e in entries)
