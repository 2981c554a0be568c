"""``treatyscope gold``: annotation units, building gold files, checking them."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .. import gold
from .common import CorpusOpt

app = typer.Typer(help="Make and check gold labels (labels a person assigned by reading).", no_args_is_help=True)


@app.command("units")
def units_cmd(
    doc_id: Annotated[str, typer.Argument(help="Corpus document id, e.g. BWBV0001839.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here (keep it outside the project: it holds treaty text).")] = None,
    corpus: CorpusOpt = None,
) -> None:
    """List the English clauses of a corpus document to label, one JSON object per line."""
    rows = gold.units(doc_id, corpus)
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if output:
        output.write_text(lines, encoding="utf-8")
        typer.echo(f"{len(rows)} units written to {output}", err=True)
    else:
        sys.stdout.write(lines)


@app.command("build")
def build_cmd(
    doc_id: Annotated[str, typer.Argument(help="Corpus document id.")],
    annotations: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Annotation JSONL: clause_id, tiers, safeguards, evidence [{label, quote, polarity}], note.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Gold file to write (default corpora/gold/DOC.jsonl).")] = None,
    corpus: CorpusOpt = None,
) -> None:
    """Turn an annotation file into a gold file of offsets and checksums (no text)."""
    records = gold.build(doc_id, gold.read_jsonl(annotations), corpus)
    out = output or gold.GOLD_DIR / f"{doc_id}.jsonl"
    gold.write_jsonl(out, records)
    typer.echo(f"{len(records)} gold clauses written to {out}", err=True)


@app.command("check")
def check_cmd(
    files: Annotated[Optional[list[Path]], typer.Argument(help="Gold files or folders (default: corpora/gold).")] = None,
    corpus: CorpusOpt = None,
) -> None:
    """Check gold files against the corpus, print per-label counts, and check consistency.

    Consistency: clauses of different documents whose normalised texts are near-identical
    (ratio at least 0.9, 80 characters or more) must carry the same labels, or a note in one
    of them that names the other's document and says what in the context makes them differ.
    Exits 1 when a pair is neither.
    """
    records = gold.load_records(files, corpus)
    from collections import Counter

    counts = Counter(label for r in records for label in r["tiers"] + r["safeguards"])
    docs = Counter(r["doc_id"] for r in records)
    typer.echo(f"{len(records)} clauses in {len(docs)} documents: checksums match")
    for label in gold.LABELS:
        typer.echo(f"  {label:20s} {counts.get(label, 0)}")
    pairs = gold.near_identical_pairs(records)
    differ = [p for p in pairs if p.labels_differ]
    unexplained = [p for p in differ if not p.explained]
    typer.echo(f"{len(pairs)} near-identical clause pairs across documents; {len(differ)} with different labels, "
               f"{len(differ) - len(unexplained)} of them explained by a note")
    if unexplained:
        for p in unexplained:
            typer.echo(f"  unexplained: {p.describe()}")
        typer.echo(f"error: {len(unexplained)} near-identical pairs carry different labels and no note naming "
                   "the other document", err=True)
        raise typer.Exit(1)


@app.command("agreement")
def agreement_cmd(
    first: Annotated[Path, typer.Argument(help="First labelling: gold files or a folder.")],
    second: Annotated[Path, typer.Argument(help="Second, independent labelling of some of the same clauses.")],
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Also write the figures and the disagreements as JSON.")] = None,
) -> None:
    """Cohen's kappa per label between two labellings of the same clauses."""
    from ..agreement import agreement

    a = [r for f in gold.gold_files([first]) for r in gold.read_jsonl(f)]
    b = [r for f in gold.gold_files([second]) for r in gold.read_jsonl(f)]
    result = agreement(a, b)
    typer.echo(f"{result['clauses']} clauses in {len(result['documents'])} documents; "
               f"{len(result['disagreements'])} clauses with some disagreement")
    typer.echo(f"  {'label':20s} {'kappa':>6s} {'agree':>6s} {'first':>6s} {'second':>6s}")
    for label, m in result["labels"].items():
        kappa = "n/a" if m["kappa"] is None else f"{m['kappa']:.2f}"
        typer.echo(f"  {label:20s} {kappa:>6s} {m['agreement']:6.3f} {m['first']:6d} {m['second']:6d}")
    if json_out:
        from ..fileio import atomic_write

        atomic_write(json_out, json.dumps(result, indent=2) + "\n")
