"""``treatyscope train`` and ``treatyscope evaluate``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from .common import CorpusOpt, _err, progress_bar, write_atomic

app = typer.Typer()
GoldOpt = Annotated[Optional[list[Path]], typer.Option("--gold", help="Gold JSONL files or folders (default: corpora/gold).")]
FeaturesOpt = Annotated[Optional[str], typer.Option("--features", help="Optional feature groups, comma-separated, from: function, facts, vectors (default: function,facts; 'none' for the clause's own words only).")]
DraftsOpt = Annotated[Optional[list[Path]], typer.Option("--drafts", help="Labelled drafts (NAME.txt beside NAME.labels.jsonl) or folders of them, trained on beside the gold and never measured (default: corpora/drafts).")]
NoDraftsOpt = Annotated[bool, typer.Option("--no-drafts", help="Train on the gold alone, without the labelled drafts.")]
VectorsOpt = Annotated[Optional[Path], typer.Option("--vectors", help="Folder of the projection made by 'treatyscope vectors' (default: the shipped models/treatyscope-vectors).", file_okay=False)]


def _drafts(drafts: list[Path] | None, no_drafts: bool) -> list[dict]:
    """The labelled drafts' records the options ask for (none with --no-drafts); raises a
    one-line TreatyscopeError."""
    from ..errors import TreatyscopeError
    from ..gold import load_drafts

    if no_drafts:
        if drafts:
            raise TreatyscopeError("--drafts and --no-drafts contradict each other")
        return []
    return load_drafts(drafts)


def _feature_setup(features: str | None, vectors: Path | None):
    """The feature groups and projection the options ask for; raises TreatyscopeError (one line)."""
    from ..errors import TreatyscopeError
    from ..features import FEATURE_GROUPS
    from ..paths import shipped_vectors_dir
    from ..representations import PROJECTION_FILE, projection_feature

    folder = vectors or shipped_vectors_dir()
    found = (folder / PROJECTION_FILE).is_file()
    if vectors is not None and not found:
        raise TreatyscopeError(f"{vectors}: no {PROJECTION_FILE} inside; run 'treatyscope vectors -o {vectors}'")
    if features is None:
        # The projection is opt-in: in the ablation (docs/evaluation.md) it adds nothing measurable.
        groups = ("function", "facts")
    elif features.strip() == "none":
        groups = ()
    else:
        groups = tuple(g.strip() for g in features.split(",") if g.strip())
        unknown = [g for g in groups if g not in FEATURE_GROUPS]
        if unknown:
            raise TreatyscopeError(f"unknown feature group {', '.join(unknown)} (known: {', '.join(FEATURE_GROUPS)})")
    if "vectors" in groups and not found:
        raise TreatyscopeError(f"{folder}: no {PROJECTION_FILE}; run 'treatyscope vectors' first")
    try:
        projection = projection_feature(folder) if "vectors" in groups else None
    except (OSError, ValueError, KeyError) as exc:
        raise TreatyscopeError(f"{folder / PROJECTION_FILE}: cannot be read ({exc})") from None
    return groups, projection


@app.command("vectors")
def vectors_cmd(
    corpus: CorpusOpt = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Folder to write projection.npz to (default: the shipped models/treatyscope-vectors).", file_okay=False)] = None,
    dimensions: Annotated[int, typer.Option(help="Dimensions of the projection.", min=2, max=1000)] = 96,
    words: Annotated[int, typer.Option(help="Vocabulary size (most frequent words kept).", min=100, max=200000)] = 10000,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
) -> None:
    """Learn a low-rank projection of clause words from every English clause of the collection
    (latent semantic analysis), for the classifier's 'vectors' features."""
    from rich.progress import Progress

    from ..corpus import find_corpus
    from ..errors import TreatyscopeError
    from ..paths import shipped_vectors_dir
    from ..representations import fit_projection, save_projection, unlabelled_clauses

    folder = find_corpus(corpus)
    with Progress(transient=True) as progress:
        task = progress.add_task("reading the collection", total=None)
        texts = list(unlabelled_clauses(folder, progress=lambda n, total: progress.update(task, completed=n, total=total)))
    _err(f"{len(texts)} English clauses read; fitting a {dimensions}-dimensional projection of {words} words ...")
    try:
        projection = fit_projection(texts, dimensions=dimensions, max_words=words, seed=seed)
    except ValueError as exc:  # too few clauses or words for the dimensions asked
        raise TreatyscopeError(f"{folder}: cannot learn a {dimensions}-dimensional projection from "
                               f"{len(texts)} clauses ({exc})") from None
    path = save_projection(projection, output or shipped_vectors_dir())
    _err(f"projection written to {path}")


@app.command("train")
def train_cmd(
    gold_files: GoldOpt = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Model folder (default: the shipped models/treatyscope-clf).", file_okay=False)] = None,
    corpus: CorpusOpt = None,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    c: Annotated[float, typer.Option("--C", help="Inverse regularisation strength of the regressions.")] = 4.0,
    folds: Annotated[int, typer.Option(help="Treaty folds for the metrics in the model card (0: none).")] = 5,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Also write the cross-validation figures (and the clause ids of every error) as JSON.", dir_okay=False)] = None,
    features: FeaturesOpt = None,
    vectors: VectorsOpt = None,
    drafts: DraftsOpt = None,
    no_drafts: NoDraftsOpt = False,
) -> None:
    """Train the tier and safeguard classifiers on gold labels (and the labelled drafts) and save
    them with a model card. Cross-validation folds are the gold's treaties; the drafts join every
    fold's training."""
    from ..evaluate import evaluate, fit_full, prepare
    from ..gold import load_records
    from ..model_store import save_model
    from ..paths import shipped_model_dir

    groups, projection = _feature_setup(features, vectors)
    records = load_records(gold_files, corpus)
    extra = _drafts(drafts, no_drafts)
    # The gold and the drafts run through the patterns once, for the cross-validation and the fit.
    prep = prepare(records)
    extra_prep = prepare(extra) if extra else None
    metrics = {}
    with progress_bar("training", total=(folds + 2 if folds else 0) + 1) as advance:
        if folds:
            _err(f"cross-validating on {len(records)} clauses ({folds} treaty folds; {len(extra)} draft clauses "
                 "in every fold's training) for the model card ...")
            result = evaluate(records, folds=folds, seed=seed, C=c, feature_groups=groups, projection=projection,
                              on_step=lambda what: advance(description=f"cross-validation: {what} done"),
                              extra_records=extra, prep=prep, extra_prep=extra_prep)
            metrics = result["systems"]
            if json_out:
                write_atomic(json_out, json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        _err(f"training on {len(records)} gold and {len(extra)} draft clauses ...")
        advance(0, description="training on all clauses")
        model = fit_full(records, seed=seed, C=c, metrics=metrics, feature_groups=groups, projection=projection,
                         extra_records=extra, prep=prep, extra_prep=extra_prep)
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
    features: FeaturesOpt = None,
    vectors: VectorsOpt = None,
    ablation: Annotated[bool, typer.Option("--ablation", help="Cross-validate once per feature setup (none; each group alone; all) and print the per-label F1 of each.")] = False,
    drafts: DraftsOpt = None,
    no_drafts: NoDraftsOpt = False,
) -> None:
    """Measure keywords, patterns, and patterns plus classifier against gold labels.

    Without --gold: grouped cross-validation by treaty on the project's gold corpus (the
    labelled drafts join every fold's training, as they join the shipped model's).
    With --gold: the shipped model (or --model) on the given labelled files.
    With --ablation: cross-validation once per feature setup, on --gold or the gold corpus.
    """
    from rich.console import Console

    from ..errors import TreatyscopeError
    from ..evaluate import evaluate, results_table
    from ..gold import load_records
    from ..model_store import load_model

    if ablation and model is not None:
        raise TreatyscopeError("--ablation cross-validates on gold labels (--gold, default: the gold corpus); it takes no --model")
    records = load_records(gold_files, corpus)
    fixed = load_model(model) if (gold_files or model) and not ablation else None
    extra = _drafts(drafts, no_drafts) if fixed is None else []
    if ablation:
        from ..evaluate import ablation as run_ablation, ablation_table

        _, projection = _feature_setup("vectors", vectors)
        result = run_ablation(records, folds=folds, seed=seed, projection=projection, extra_records=extra,
                              progress=lambda name: _err(f"cross-validating with features: {name} ..."))
        ablation_table(result, Console())
    else:
        groups, projection = _feature_setup(features, vectors)
        with progress_bar("evaluating", total=2 + (0 if fixed else folds)) as advance:
            result = evaluate(records, folds=folds, seed=seed, model=fixed, feature_groups=groups,
                              projection=projection, on_step=lambda what: advance(description=f"{what} done"),
                              extra_records=extra)
        results_table(result, Console())
    if json_out:
        write_atomic(json_out, json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        _err(f"figures written to {json_out}")
