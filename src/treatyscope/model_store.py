"""Saving and loading a :class:`~treatyscope.classify.LabelModel` safely, with its model card.

Models are saved with skops (no code runs on load), with a model card (``model.json``)
that records the data, version, date, metrics and the sha256 of the model file; a file
whose checksum differs, that contains a type or function outside the allow-lists, or that
is bigger or holds bigger arrays than the bounds of :mod:`treatyscope.model_trust`, is
refused before anything in it is loaded; the loaded estimators' parameters (regular
expressions, n-gram ranges, vocabulary sizes) are checked before the model is used.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
import stat
import zipfile
from pathlib import Path
from typing import Any

from ._version import __version__
from .errors import ModelError
from .fileio import atomic_write
from .labelmodel import LabelModel
from .model_trust import ALLOWED_TYPES as ALLOWED_TYPE_SET
from .model_trust import MAX_UNPACKED, MAX_VOCABULARY, ModelTrustError, check_estimators, check_skops_bytes
from .paths import CARD_FILE, DEFAULT_MODEL_NAME, shipped_model_dir
from .types import SAFEGUARDS, TIERS

MODEL_FILE = "model.skops"

# Every type a treatyscope model file may contain (and the functions: none), with the bounds
# on its size and parameters: :mod:`treatyscope.model_trust`, checked before skops reads the
# file; skops is then given the same list and refuses anything else as well.
ALLOWED_TYPES = sorted(ALLOWED_TYPE_SET)


def sha256_file(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def save_model(model, folder: Path) -> None:
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


def load_model(folder: str | os.PathLike | None = None, *, cache: bool = True) -> LabelModel:
    """Load a saved model, refusing one that was modified or holds a type not allowed.

    Takes the model folder (default: the shipped model); returns the :class:`LabelModel`.
    Raises :class:`ModelError` for a missing folder or file, a checksum that differs from
    the card's, or any type outside :data:`ALLOWED_TYPES` (refused by skops before the
    object is built). With ``cache``, the first load also writes a frozen copy (the fitted
    values as plain arrays, :mod:`treatyscope.model_copy`) to the user cache folder
    (:func:`cache_path`), and later loads of a model with the same checksum read that copy,
    checked, without importing skops or scikit-learn. A model of a make the frozen copy does
    not hold keeps a skops copy instead, with the same allowed types (:func:`skops_copy_path`).
    """
    folder = Path(folder) if folder else shipped_model_dir()
    card, data, sha, model_path = _read_checked(folder)
    cached = cache_path(sha) if cache else None
    parts = _load_frozen(cached, sha) if cached else None
    if parts is None:
        import skops.io as sio

        copy = skops_copy_path(sha) if cache else None
        parts = _load_cached(copy) if copy else None
        if parts is None:
            parts = _loads(sio, data, model_path)
        if cached and not _write_frozen(parts, cached, sha) and copy and not copy.is_file():
            _write_cache(sio, parts, copy)
    return LabelModel(parts["tiers"], parts["safeguards"], card)


def _read_checked(folder: Path) -> tuple[dict[str, Any], bytes, str, Path]:
    """The model card, the model file's bytes and sha256 (the card's), and its path; raises
    :class:`ModelError` for a missing or unreadable card or file, or a checksum that differs."""
    card_path, model_path = folder / CARD_FILE, folder / MODEL_FILE
    if not card_path.is_file() or not model_path.is_file():
        raise ModelError(f"{folder}: not a treatyscope model (needs {CARD_FILE} and {MODEL_FILE}); "
                         "train one with 'treatyscope train'")
    card = _read_card(card_path)
    try:  # a regular file of bounded size, before it is read (not a device, not 10 GB)
        st = model_path.stat()
        if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_UNPACKED:
            raise ModelError(f"{model_path}: not a model file (a regular file of at most {MAX_UNPACKED:,} bytes)")
        data = model_path.read_bytes()
    except OSError as exc:
        raise ModelError(f"{model_path}: cannot be read ({exc.strerror or exc})") from None
    sha = hashlib.sha256(data).hexdigest()
    if sha != card.get("sha256"):
        raise ModelError(f"{model_path}: checksum does not match the model card; the file was modified, refusing to load")
    return card, data, sha, model_path


def _read_card(card_path: Path) -> dict[str, Any]:
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
    except (ValueError, OSError) as exc:
        raise ModelError(f"{card_path}: unreadable model card ({exc})") from None
    except RecursionError:  # 200,000 "[" in a row
        raise ModelError(f"{card_path}: unreadable model card (nested too deeply)") from None
    if not isinstance(card, dict):
        raise ModelError(f"{card_path}: unreadable model card (not a JSON object)")
    return card


def has_frozen_copy(folder: str | os.PathLike | None = None) -> bool:
    """Whether loading the model in ``folder`` (default: the shipped one) will most likely read
    its frozen copy, by the checksum its card names (the model file is checked on loading):
    then skops and scikit-learn will not be imported."""
    folder = Path(folder) if folder else shipped_model_dir()
    try:
        sha = _read_card(folder / CARD_FILE).get("sha256")
    except ModelError:
        return False
    path = cache_path(sha) if isinstance(sha, str) and re.fullmatch(r"[0-9a-f]{64}", sha) else None
    return bool(path and path.is_file())


def _loads(sio, data: bytes, model_path: Path) -> Any:
    """The model file's objects, after every check that needs nothing built
    (:func:`treatyscope.model_trust.check_skops_bytes`: sizes, types, functions, array
    headers), loaded by skops with only :data:`ALLOWED_TYPES` trusted, then their parameters
    checked (:func:`treatyscope.model_trust.check_estimators`)."""
    from skops.io.exceptions import UntrustedTypesFoundException

    try:
        check_skops_bytes(data)
    except ModelTrustError as exc:
        raise ModelError(f"{model_path}: {exc}; refusing to load") from None
    try:
        parts = sio.loads(data, trusted=ALLOWED_TYPES)
    except UntrustedTypesFoundException as exc:
        # The message lists the types: "Untrusted types found in the file: ['a.B', ...]."
        bad = re.findall(r"'([^']+)'", str(exc).splitlines()[0])
        raise ModelError(f"{model_path}: contains types that are not allowed ({', '.join(bad[:3])}); "
                         "refusing to load") from None
    except Exception as exc:
        raise ModelError(f"{model_path}: not a valid model file ({type(exc).__name__})") from None
    _check_parts(parts, model_path)
    return parts


def _check_parts(parts: Any, model_path: Path) -> None:
    from .classify import ClauseLabeler

    if not isinstance(parts, dict) or not isinstance(parts.get("tiers"), ClauseLabeler) \
            or not isinstance(parts.get("safeguards"), ClauseLabeler):
        raise ModelError(f"{model_path}: does not hold treatyscope classifiers")
    try:
        check_estimators(parts)
    except ModelTrustError as exc:
        raise ModelError(f"{model_path}: {exc}; refusing to load") from None


def _cache_root() -> Path | None:
    root = os.environ.get("TREATYSCOPE_MODEL_CACHE")
    if root and root.lower() == "off":
        return None
    if not root:
        from platformdirs import user_cache_dir

        root = os.path.join(user_cache_dir("treatyscope"), "models")
    return Path(root)


def _version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return "none"


def cache_path(sha256: str) -> Path | None:
    """Where the frozen copy of the model with this checksum is kept: the user cache folder
    (``TREATYSCOPE_MODEL_CACHE`` overrides it; set to ``off``, no copy is kept). The name holds
    the versions of treatyscope and scikit-learn (whose computation the copy reproduces; read
    from the installed package's metadata, without importing it) and of the copy's format."""
    from .fast.frozen import FORMAT

    root = _cache_root()
    if root is None:
        return None
    return root / f"{sha256[:24]}-{__version__}-sklearn{_version('scikit-learn')}-{FORMAT.replace('/', '')}.npz"


def skops_copy_path(sha256: str) -> Path | None:
    """Where the skops copy of a model that cannot be frozen is kept (as :func:`cache_path`;
    the name holds the versions of treatyscope, scikit-learn and skops)."""
    root = _cache_root()
    if root is None:
        return None
    return root / f"{sha256[:24]}-{__version__}-sklearn{_version('scikit-learn')}-skops{_version('skops')}.skops"


def _write_frozen(parts: dict[str, Any], path: Path, sha256: str) -> bool:
    """Write the frozen copy of a model loaded from its file; whether it was written (not for a
    model of another make; a cache folder that cannot be written is no error either)."""
    from .model_copy import FrozenError, freeze

    try:
        data = freeze(parts, sha256)
    except FrozenError:
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, data)
    except OSError:
        pass
    return True


def _read_copy(path: Path) -> bytes | None:
    """The bytes of a cached copy: a regular file no larger than a model may unpack to, else
    ``None`` (missing, unreadable or not a file)."""
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_UNPACKED:
            return None
        return path.read_bytes()
    except OSError:
        return None


def _load_frozen(path: Path, sha256: str) -> dict[str, Any] | None:
    """The model from its frozen copy, or ``None`` when there is none or it is unusable
    (damaged, foreign or crafted: it is then written again from the model file)."""
    from .model_copy import FrozenError, thaw

    data = _read_copy(path)
    if data is None:
        return None
    try:
        return thaw(data, sha256)
    except (FrozenError, ValueError, MemoryError, RecursionError):
        return None


# Why a copy loads faster: skops builds one audited node per dictionary entry, and the
# vectorizers' vocabularies hold about 100,000 n-grams. The copy stores each vocabulary as two
# arrays (the terms' UTF-8 bytes end to end, and where each ends), read in one piece.
def _vectorizers(parts: dict[str, Any]):
    for labeler in (parts["tiers"], parts["safeguards"]):
        for _, vec, _ in getattr(labeler.pipeline_.named_steps.get("features"), "transformers_", ()):
            yield vec


def _write_cache(sio, parts: dict[str, Any], path: Path) -> None:
    """Write the fast-loading copy; a cache folder that cannot be written is no error."""
    import numpy as np

    saved = []
    try:
        for vec in _vectorizers(parts):
            vocabulary = getattr(vec, "vocabulary_", None)
            if not isinstance(vocabulary, dict):
                continue
            terms = sorted(vocabulary, key=vocabulary.__getitem__)
            if [vocabulary[t] for t in terms] != list(range(len(terms))):
                return  # not the layout this copy assumes: keep loading the model file
            encoded = [t.encode("utf-8", "surrogatepass") for t in terms]
            ends = np.cumsum([len(e) for e in encoded], dtype=np.int64)
            saved.append((vec, vocabulary))
            vec.vocabulary_ = (np.frombuffer(b"".join(encoded), dtype=np.uint8).copy(), ends)
        data = sio.dumps({"tiers": parts["tiers"], "safeguards": parts["safeguards"]}, compression=zipfile.ZIP_STORED)
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, data)
    except Exception:  # noqa: BLE001 - a copy that cannot be made (a model of another layout, a full disk) is no error
        pass
    finally:
        for vec, vocabulary in saved:
            vec.vocabulary_ = vocabulary


def _load_cached(path: Path) -> dict[str, Any] | None:
    """The model from its skops copy, or ``None`` when there is none or it is unusable
    (it is then written again from the model file)."""
    import skops.io as sio

    data = _read_copy(path)
    if data is None:
        return None
    try:
        check_skops_bytes(data)
        parts = sio.loads(data, trusted=ALLOWED_TYPES)
        if not isinstance(parts, dict):
            return None
        for vec in _vectorizers(parts):
            packed = getattr(vec, "vocabulary_", None)
            if isinstance(packed, tuple):
                if len(packed) != 2 or len(packed[1]) > MAX_VOCABULARY:
                    return None
                raw, ends = packed[0].tobytes(), [0, *packed[1].tolist()]
                vec.vocabulary_ = {raw[ends[i]:ends[i + 1]].decode("utf-8", "surrogatepass"): i
                                   for i in range(len(ends) - 1)}
        _check_parts(parts, path)
        return parts
    except Exception:  # a damaged, foreign or crafted copy: fall back on the model file
        return None


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

