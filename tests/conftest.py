"""Shared fixtures: a blank spaCy pipeline, the bundled sample draft, the corpus when present."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
import spacy

from treatyscope.corpus import find_corpus

FIXTURES = Path(__file__).parent / "fixtures"
_MODEL_CACHE: list[str] = []


def pytest_configure(config):
    # The model's fast-loading copy goes to a temporary folder, not the user's cache folder.
    if "TREATYSCOPE_MODEL_CACHE" not in os.environ:
        _MODEL_CACHE.append(tempfile.mkdtemp(prefix="treatyscope-model-cache-"))
        os.environ["TREATYSCOPE_MODEL_CACHE"] = _MODEL_CACHE[0]


def pytest_unconfigure(config):
    for folder in _MODEL_CACHE:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def nlp():
    return spacy.blank("en")


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The treaty corpus folder; tests that need it are skipped with a reason when it is absent."""
    found = find_corpus(required=False)
    if found is None:
        pytest.skip("treaty corpus not found (set TREATYSCOPE_CORPUS or place it at ../shared/corpora)")
    return found


@pytest.fixture(scope="session")
def sample_path() -> Path:
    from treatyscope.paths import sample_draft

    return sample_draft()


@pytest.fixture(scope="session")
def patterns_nlp():
    from treatyscope.pipeline import patterns_pipeline

    return patterns_pipeline()
