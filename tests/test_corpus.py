"""Acceptance on the real Budapest Convention (skipped without the corpus)."""

from __future__ import annotations

import pytest

from treatyscope.corpus import document_path
from treatyscope.ingest import read_document
from treatyscope.pipeline import default_pipeline, label_document, patterns_pipeline

BUDAPEST = "BWBV0001839"


@pytest.fixture(scope="module", params=["patterns", "patterns+classifier"])
def budapest(request, corpus):
    nlp = patterns_pipeline() if request.param == "patterns" else default_pipeline()
    labelled, _ = label_document(read_document(document_path(corpus, BUDAPEST)), nlp=nlp)
    return labelled


def article(labelled, key):
    return next(a for a in labelled.articles() if a.key == key)


@pytest.mark.parametrize(
    ("clause_id", "tier"),
    [
        # offences the Convention establishes
        ("14(2)(a)", "defined"),
        # offences committed by means of a computer system
        ("14(2)(b)", "other"),
        # evidence in electronic form of any criminal offence
        ("14(2)(c)", "any"),
    ],
)
def test_article_14_items_carry_the_three_tiers(budapest, clause_id, tier):
    clause = next(c for c in budapest.clauses if c.clause.clause_id == clause_id)
    assert clause.tiers == [tier]


def test_article_15_safeguards(budapest):
    assert {"domestic_law", "human_rights", "proportionality", "judicial_oversight"} <= set(article(budapest, "15").safeguards)


def test_article_21_inherits_from_14_and_15(budapest):
    a21 = article(budapest, "21")
    inherited = a21.inherited()
    for tier in ("defined", "other", "any"):
        assert any(path[-1].startswith("14(") for path in inherited[tier])
    for safeguard in ("domestic_law", "human_rights", "proportionality", "judicial_oversight"):
        assert any(path[-1].startswith("15(") for path in inherited[safeguard])


def test_dutch_version_is_not_labelled(budapest):
    dutch = [c for c in budapest.clauses if c.clause.language == "nl"]
    assert len(dutch) > 200
    assert all(not c.tiers and not c.safeguards and not c.evidence for c in dutch)
