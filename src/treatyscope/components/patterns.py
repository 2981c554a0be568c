"""The span ruler's patterns: token patterns kept as data in ``configs/patterns/*.jsonl``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import spacy
import srsly

from ..paths import config_path


@spacy.registry.misc("treatyscope.patterns.v1")
def read_patterns(files: list[str], folder: str = "patterns") -> list[dict[str, Any]]:
    """Read span-ruler patterns from JSONL files in ``configs/<folder>`` (or absolute paths).

    A first token with an ``IN`` list is expanded into one pattern per value: spaCy's
    matcher tries every pattern's first token at every position, and a plain value is
    checked in C while an ``IN`` list is a Python call.
    """
    patterns: list[dict[str, Any]] = []
    for name in files:
        path = Path(name) if Path(name).is_absolute() else config_path(f"{folder}/{name}")
        for pattern in srsly.read_jsonl(path):
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

