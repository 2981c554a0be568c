"""``treatyscope train`` and ``treatyscope evaluate``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from .common import CorpusOpt, _err, progress_bar, write_atomic

app = typer.Typer()
GoldOpt = Annotated[Optional[list[Path]], typer.Option("--gold", help="Gold JSONL files or folders (default: corpora/gold).")]


@app.command("train")
def train_cmd(
    gold_files: GoldOpt = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Model folder (default: the shipped models/treatyscope-clf).", file_okay=False)] = None,
    corpus: CorpusOpt = None,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    c: Annotated[float, typer.Option("--C", help="Inverse regularisation strength of the regressions.")] = 4.0,
    folds: Annotated[int, typer.Option(help="Treaty folds for the metrics in the model card (0: none).")] = 5,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Also write the cross-validation figures (and the clause ids of every error) as JSON.", dir_okay=False)] = None,
) -> None:
    """Train the tier and safeguard classifiers on gold labels and save them with a model card."""
    from ..evaluate import evaluate, fit_full
    from ..gold import load_records
    from ..model_store import save_model
    from ..paths import shipped_model_dir

    records = load_records(gold_files, corpus)
    metrics = {}
    with progress_bar("training", total=(folds + 2 if folds else 0) + 1) as advance:
        if folds:
            _err(f"cross-validating on {len(records)} clauses ({folds} treaty folds) for the model card ...")
            result = evaluate(records, folds=folds, seed=seed, C=c,
                              on_step=lambda what: advance(description=f"cross-validation: {what} done"))
            metrics = result["systems"]
            if json_out:
                write_atomic(json_out, json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        _err(f"training on {len(records)} clauses ...")
        advance(0, description="training on all clauses")
        model = fit_full(records, seed=seed, C=c, metrics=metrics)
        advance()
    folder = output or shipped_model_dir()
    save_model(model, folder)
    _err(f"model saved to {folder}")


@app.command("evaluate")
def evaluate_cmd(
    gold_files: GoldOpt = None,
    model: Annotated[Optional[Path], typer.Option("--model", help="With --gold: the model to evaluate (default: the shipped one).", file_okay=False)] = None,
    corpus: CorpusOpt = None,
    folds: Annotated[int, typer.Option(help="Treaty folds for cross-validation.")] = 5,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Write all figures (and the clause ids of every error) as JSON.", dir_okay=False)] = None,
) -> None:
    """Measure keywords, patterns, and patterns plus classifier against gold labels.

    Without --gold: grouped cross-validation by treaty on the project's gold corpus.
    With --gold: the shipped model (or --model) on the given labelled files.
    """
    from rich.console import Console

    from ..evaluate import evaluate, results_table
    from ..gold import load_records
    from ..model_store import load_model

    records = load_records(gold_files, corpus)
    fixed = load_model(model) if gold_files or model else None
    with progress_bar("evaluating", total=2 + (0 if fixed else folds)) as advance:
        result = evaluate(records, folds=folds, seed=seed, model=fixed, on_step=lambda what: advance(description=f"{what} done"))
    results_table(result, Console())
    if json_out:
        write_atomic(json_out, json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        _err(f"figures written to {json_out}")
