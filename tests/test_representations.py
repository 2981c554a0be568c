"""The low-rank projection learnt from unlabelled clauses: fitting, saving, loading, cloning,
and the ``treatyscope vectors`` command on a small collection of our own."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.base import clone
from typer.testing import CliRunner

from treatyscope.cli import app
from treatyscope.representations import (PROJECTION_FILE, ClauseProjection, fit_projection, projection_feature,
                                         read_projection, save_projection, unlabelled_clauses)

TEXTS = [
    "the requested party may refuse assistance",
    "assistance may be refused by the requested party",
    "a judge shall authorise the interception",
    "the interception shall be authorised by a court",
    "review by a court or another independent body",
    "judicial review of the measure by a judge",
] * 4


def test_fit_save_and_read_give_the_same_projection(tmp_path):
    projection = fit_projection(TEXTS, dimensions=3, max_words=50, min_df=1)
    path = save_projection(projection, tmp_path)
    assert path == tmp_path / PROJECTION_FILE
    loaded = read_projection(path)
    assert loaded.vocabulary == projection.vocabulary
    rows = ["a court shall review the interception", "the party may refuse", "no known words here"]
    a, b = projection.transform(rows), loaded.transform(rows)
    assert np.allclose(a, b)
    # rows are unit length, and a text of unknown words is the zero row
    assert np.allclose(np.linalg.norm(a[:2], axis=1), 1.0)
    assert np.array_equal(a[2], np.zeros(3))


def test_the_feature_step_names_its_file_survives_cloning_and_refuses_a_changed_file(tmp_path):
    save_projection(fit_projection(TEXTS, dimensions=3, max_words=50, min_df=1), tmp_path)
    step = projection_feature(tmp_path)
    assert step.source == str((tmp_path / PROJECTION_FILE).resolve())
    rows = ["judicial review by a court"]
    assert np.allclose(clone(step).fit().transform(rows).toarray(), step.transform(rows).toarray())
    save_projection(fit_projection(TEXTS[:12], dimensions=2, max_words=50, min_df=1), tmp_path)
    with pytest.raises(ValueError, match="differs from the one the model was trained with"):
        clone(step).fit()


def test_a_projection_step_naming_no_file_refuses_to_fit():
    with pytest.raises(ValueError, match="names no projection file"):
        ClauseProjection().fit()


def test_paraphrases_land_nearer_each_other_than_unrelated_clauses():
    projection = fit_projection(TEXTS, dimensions=3, max_words=50, min_df=1)
    court, judge, refuse = projection.transform([
        "review by a court", "authorised by a judge of the court", "the requested party may refuse"])
    assert court @ judge > court @ refuse


def test_unlabelled_clauses_and_the_vectors_command(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "treaties").mkdir(parents=True)
    for i in range(3):
        (corpus / "treaties" / f"T{i}.md").write_text(
            "# Test Convention\n\n## Article 1\n\n1. The requested Party may refuse assistance.\n\n"
            "2. A judge shall authorise the interception of content data.\n\n## Article 2\n\n"
            "Review by a court or another independent body shall be available.\n", encoding="utf-8")
    texts = list(unlabelled_clauses(corpus))
    assert texts == ["the requested party may refuse assistance",
                     "a judge shall authorise the interception of content data",
                     "review by a court or another independent body shall be available"] * 3
    out = tmp_path / "vectors"
    result = CliRunner().invoke(app, ["vectors", "--corpus", str(corpus), "-o", str(out), "--dimensions", "2",
                                      "--words", "100"])
    assert result.exit_code == 0, result.output
    loaded = read_projection(out / PROJECTION_FILE)
    assert loaded.components.shape == (2, len(loaded.vocabulary))
