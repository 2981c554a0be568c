"""The trained classifier (placeholder until the classifier lands: patterns only)."""

from __future__ import annotations

import os

from spacy.language import Language

from .extract import load_pipeline


def pipeline_with_model(model: str | os.PathLike | None = None) -> Language:
    return load_pipeline()
