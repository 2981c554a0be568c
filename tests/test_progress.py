"""Long commands report progress: evaluation (and training, which cross-validates first) step by
step, and the progress bar stays off the output when standard error is not a terminal."""

from __future__ import annotations

from typer.testing import CliRunner

from treatyscope.evaluate import evaluate

from test_classify import synthetic_records


def test_evaluation_reports_each_step():
    steps: list[str] = []
    evaluate(synthetic_records(n_docs=3, per_doc=20), folds=3, seed=0, on_step=steps.append)
    assert steps == ["features", "keywords and patterns", "fold 1 of 3", "fold 2 of 3", "fold 3 of 3"]


def test_progress_bar_counts_and_stays_off_a_pipe(capsys):
    from treatyscope.cli.common import progress_bar

    with progress_bar("labelling", total=3) as advance:
        for _ in range(3):
            advance()
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", "")  # not a terminal: nothing drawn


def test_label_over_many_files_writes_only_the_output(tmp_path):
    from treatyscope.cli import app

    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text("Article 1\nScope\nMutual assistance may be refused.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["label", str(tmp_path), "--patterns-only", "-f", "csv"])
    assert result.exit_code == 0 and result.stderr == ""
    assert sorted({line.split(",")[0] for line in result.stdout.splitlines()[1:]}) == ["a", "b"]
