"""Saving and loading a :class:`~treatyscope.classify.LabelModel` safely, with its model card.

Models are saved with skops (no code runs on load), with a model card (``model.json``)
that records the data, version, date, metrics and the sha256 of the model file; a file
whose checksum differs, or that contains a type outside :data:`ALLOWED_TYPES`, is refused
before anything in it is loaded.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import zipfile
from pathlib import Path
from typing import Any

from ._version import __version__
from .classify import ClauseLabeler, LabelModel
from .errors import ModelError
from .fileio import atomic_write
from .paths import DEFAULT_MODEL_NAME, shipped_model_dir
from .types import SAFEGUARDS, TIERS

MODEL_FILE = "model.skops"
CARD_FILE = "model.json"

# Every type a treatyscope model file may contain; skops refuses anything else.
ALLOWED_TYPES = [
    "treatyscope.classify.ClauseLabeler",
    "treatyscope.representations.ClauseProjection",
    "sklearn.pipeline.Pipeline",
    "sklearn.compose._column_transformer.ColumnTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.CountVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.multiclass.OneVsRestClassifier",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.preprocessing._label.LabelBinarizer",
    "sklearn.multiclass._ConstantPredictor",
    "sklearn.compose._column_transformer._RemainderColsList",
    "sklearn.utils._bunch.Bunch",
    "builtins.slice",
    "builtins.object",
    "numpy.float64",
    "numpy.int64",
    "numpy.dtype",
    "numpy.ndarray",
    "builtins.tuple",
    "collections.defaultdict",
    "builtins.int",
    "builtins.float",
    "scipy.sparse._csr.csr_matrix",
]



def sha256_file(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def save_model(model: LabelModel, folder: Path) -> None:
    """Write ``model.skops`` and ``model.json`` (card with the model file's sha256) atomically."""
    import skops.io as sio

    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{MODEL_FILE}.tmp"
    sio.dump({"tiers": model.tiers, "safeguards": model.safeguards}, tmp, compression=zipfile.ZIP_DEFLATED,
             compresslevel=6)
    card = dict(model.card)
    card["sha256"] = sha256_file(tmp)
    card_tmp = folder / f".{CARD_FILE}.tmp"
    card_tmp.write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, folder / MODEL_FILE)
    os.replace(card_tmp, folder / CARD_FILE)
    atomic_write(folder / "README.md", card_markdown(card))


def card_markdown(card: dict[str, Any]) -> str:
    """The model card as Markdown, for people (``model.json`` is for programs)."""
    lines = [f"# Model card: {card.get('name')}", "",
             f"- treatyscope {card.get('treatyscope_version')}, trained {card.get('created')}",
             f"- data: {card['data']['clauses']} gold clauses from {len(card['data']['documents'])} treaties "
             "(`corpora/gold`), labelled by reading",
             f"- parameters: {json.dumps(card.get('params', {}))}",
             f"- model file sha256: `{card.get('sha256')}` (checked on every load)",
             "- two multi-label scikit-learn pipelines (tiers, safeguards): word, lemma, character and context "
             "n-grams plus the patterns' hits, one logistic regression per label, a decision rule and threshold "
             "per label chosen on training folds", ""]
    metrics = card.get("metrics") or {}
    if metrics:
        lines += ["## Grouped cross-validation by treaty (5 folds)", "",
                  "| system | tiers macro F1 | safeguards macro F1 | all micro F1 |", "|---|---:|---:|---:|"]
        for name, m in metrics.items():
            lines.append(f"| {name} | {m['tiers']['macro_f1']:.3f} | {m['safeguards']['macro_f1']:.3f} | "
                         f"{m['all']['micro_f1']:.3f} |")
        lines += ["", "Per-label figures: `model.json` and `docs/evaluation.md`.", ""]
    lines += [f"Limits: {_few_examples(metrics)}English text only.", ""]
    return "\n".join(lines)


def _few_examples(metrics: dict[str, Any], below: int = 12) -> str:
    """The card's words on labels with fewer than ``below`` gold clauses (the training data
    of a model trained on all gold), read from the per-label support of its figures."""
    support = next(iter(metrics.values()), {}).get("labels", {}) if metrics else {}
    few = [label for label, m in support.items() if m.get("support", below) < below]
    if not few:
        return ""
    kind = "tiers" if set(few) <= set(TIERS) else "safeguards" if set(few) <= set(SAFEGUARDS) else "labels"
    names = " and ".join([", ".join(f"`{x}`" for x in few[:-1]), f"`{few[-1]}`"] if len(few) > 1 else [f"`{few[0]}`"])
    return f"the {kind} {names} rest on fewer than {below} training clauses each; "


def load_model(folder: str | os.PathLike | None = None) -> LabelModel:
    """Load a saved model, refusing one that was modified or holds a type not allowed.

    Takes the model folder (default: the shipped model); returns the :class:`LabelModel`.
    Raises :class:`ModelError` for a missing folder or file, a checksum that differs from
    the card's, or any type outside :data:`ALLOWED_TYPES` (checked before loading).
    """
    import skops.io as sio

    folder = Path(folder) if folder else shipped_model_dir()
    card_path, model_path = folder / CARD_FILE, folder / MODEL_FILE
    if not card_path.is_file() or not model_path.is_file():
        raise ModelError(f"{folder}: not a treatyscope model (needs {CARD_FILE} and {MODEL_FILE}); "
                         "train one with 'treatyscope train'")
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
    except (ValueError, OSError) as exc:
        raise ModelError(f"{card_path}: unreadable model card ({exc})") from None
    data = model_path.read_bytes()
    if hashlib.sha256(data).hexdigest() != card.get("sha256"):
        raise ModelError(f"{model_path}: checksum does not match the model card; the file was modified, refusing to load")
    try:
        untrusted = sio.get_untrusted_types(data=data)
    except Exception as exc:
        raise ModelError(f"{model_path}: not a valid model file ({type(exc).__name__})") from None
    bad = [t for t in untrusted if t not in ALLOWED_TYPES]
    if bad:
        raise ModelError(f"{model_path}: contains types that are not allowed ({', '.join(bad[:3])}); refusing to load")
    try:
        parts = sio.loads(data, trusted=[t for t in untrusted])
    except Exception as exc:
        raise ModelError(f"{model_path}: could not be loaded ({type(exc).__name__}: {exc})") from None
    if not isinstance(parts, dict) or not isinstance(parts.get("tiers"), ClauseLabeler) \
            or not isinstance(parts.get("safeguards"), ClauseLabeler):
        raise ModelError(f"{model_path}: does not hold treatyscope classifiers")
    return LabelModel(parts["tiers"], parts["safeguards"], card)


def model_card(*, documents: list[str], clauses: int, metrics: dict[str, Any] | None = None,
               seed: int = 0, C: float = 4.0) -> dict[str, Any]:
    return {
        "name": DEFAULT_MODEL_NAME,
        "treatyscope_version": __version__,
        "created": _dt.date.today().isoformat(),
        "data": {"documents": documents, "clauses": clauses},
        "params": {"C": C, "seed": seed},
        "labels": {"tiers": list(TIERS), "safeguards": list(SAFEGUARDS)},
        "metrics": metrics or {},
    }

