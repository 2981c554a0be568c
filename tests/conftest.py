"""Shared fixtures: a blank spaCy pipeline, the bundled sample draft, the corpus when present."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from treatyscope.corpus import find_corpus

FIXTURES = Path(__file__).parent / "fixtures"


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
