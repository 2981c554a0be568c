"""The span ruler's patterns: token patterns kept as data in ``configs/patterns/*.jsonl``.

The file a pattern lives in declares its kind (:class:`~treatyscope.types.PatternKind`):
``configs/pipeline.cfg`` lists label, cue and cancellation files. A label pattern is labelled
with its tier or safeguard, a cue with the :class:`~treatyscope.types.Polarity` it gives, a
cancellation with the label it cancels. Cues and cancellations carry their kind in the
pattern's ``"kind"`` key, which the span ruler reads and keeps when it
saves its patterns; label patterns are spaCy's plain ``{"label", "pattern", "id"}``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import spacy
import srsly

from ..errors import PatternError
from ..paths import config_path
from ..types import LABELS, PATTERN_KIND_KEY, PatternKind, Polarity
# What each kind's patterns may be labelled with.
_LABELS_OF = {PatternKind.LABEL: LABELS, PatternKind.CUE: tuple(p.value for p in Polarity),
              PatternKind.CANCEL: LABELS}


@spacy.registry.misc("treatyscope.patterns.v2")
def read_patterns(labels: list[str], cues: list[str] = [], cancellations: list[str] = [],
                  folder: str = "patterns") -> list[dict[str, Any]]:
    """Read span-ruler patterns from JSONL files in ``configs/<folder>`` (or absolute paths).

    Takes the files of label patterns, of polarity cues and of cancellations; returns the
    patterns, each cue and cancellation with its kind under ``"kind"``. Raises
    :class:`PatternError` for a pattern labelled with what its kind cannot name.

    A first token with an ``IN`` list is expanded into one pattern per value: spaCy's
    matcher tries every pattern's first token at every position, and a plain value is
    checked in C while an ``IN`` list is a Python call.
    """
    patterns: list[dict[str, Any]] = []
    for kind, names in ((PatternKind.LABEL, labels), (PatternKind.CUE, cues), (PatternKind.CANCEL, cancellations)):
        allowed = _LABELS_OF[kind]
        for name in names:
            path = Path(name) if Path(name).is_absolute() else config_path(f"{folder}/{name}")
            for line, pattern in enumerate(srsly.read_jsonl(path), 1):
                label = pattern.get("label")
                if label not in allowed:
                    raise PatternError(f"{path.name} line {line}: a {kind.value} pattern is labelled {label!r}, "
                                       f"not one of {', '.join(allowed)}")
                if pattern.get(PATTERN_KIND_KEY, kind.value) != kind.value:
                    raise PatternError(f"{path.name} line {line}: a pattern of kind {pattern[PATTERN_KIND_KEY]!r} "
                                       f"in a file of {kind.value} patterns")
                if kind is not PatternKind.LABEL:
                    pattern = {**pattern, PATTERN_KIND_KEY: kind.value}
                patterns.extend(_expand_first_token(pattern))
    return patterns


def _expand_first_token(pattern: dict[str, Any]) -> list[dict[str, Any]]:
    tokens = pattern.get("pattern")
    if not isinstance(tokens, list) or not tokens:
        return [pattern]
    first = tokens[0]
    lists = [k for k, v in first.items() if isinstance(v, dict) and set(v) == {"IN"}]
    if len(lists) != 1 or "OP" in first:
        return [pattern]
    key = lists[0]
    return [{**pattern, "pattern": [{**first, key: value}] + tokens[1:]} for value in first[key]["IN"]]
