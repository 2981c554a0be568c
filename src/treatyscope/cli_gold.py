"""``treatyscope gold``: annotation units, building gold files, checking them."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import gold

app = typer.Typer(help="Make and check gold labels (labels a person assigned by reading).", no_args_is_help=True)

CorpusOpt = Annotated[Optional[Path], typer.Option("--corpus", help="Corpus folder (default: TREATYSCOPE_CORPUS, then ../shared/corpora).")]


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
    """Check gold files against the corpus and print per-label counts."""
    records = gold.load_records(files, corpus)
    from collections import Counter

    counts = Counter(label for r in records for label in r["tiers"] + r["safeguards"])
    docs = Counter(r["doc_id"] for r in records)
    typer.echo(f"{len(records)} clauses in {len(docs)} documents: checksums match")
    for label in gold.LABELS:
        typer.echo(f"  {label:20s} {counts.get(label, 0)}")
