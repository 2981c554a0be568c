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


def test_commands_that_load_the_pipeline_show_their_stages_on_a_terminal(tmp_path, monkeypatch):
    """label (one file too), report, explain, compare and precedents: a bar from the start (loading
    the pipeline takes seconds), each stage named; written to stderr only, the output unchanged."""
    import shutil
    from pathlib import Path

    from treatyscope.cli import app
    from treatyscope.index import build_index

    fixtures = Path(__file__).parent / "fixtures"
    draft = fixtures / "precedents_draft.txt"
    collection = tmp_path / "collection"
    shutil.copytree(fixtures / "precedents", collection)
    build_index(collection, tmp_path / "index", workers=0, patterns_only=True)
    from rich.progress import Progress

    runner = CliRunner()
    plain = runner.invoke(app, ["label", str(draft), "--patterns-only", "-f", "jsonl"])
    monkeypatch.setenv("TTY_COMPATIBLE", "1")  # rich: stderr is a terminal
    # Each stage's name as given to the bar (what is drawn depends on the refresh rate).
    shown: list[str] = []
    add_task, update = Progress.add_task, Progress.update

    def record(description):
        if description and (not shown or shown[-1] != description):
            shown.append(description)

    def recording_add_task(self, description, *args, **kwargs):
        record(description)
        return add_task(self, description, *args, **kwargs)

    def recording_update(self, task, *args, description=None, **kwargs):
        record(description)
        return update(self, task, *args, description=description, **kwargs)

    monkeypatch.setattr(Progress, "add_task", recording_add_task)
    monkeypatch.setattr(Progress, "update", recording_update)
    runs = {
        "label": (["label", str(draft), "--patterns-only", "-f", "jsonl"],
                  ["loading the pipeline", "labelling"]),
        "report": (["report", str(draft), "--patterns-only", "-f", "md"],
                   ["loading the pipeline", "labelling precedents_draft.txt", "writing the report"]),
        "explain": (["explain", str(draft), "1", "--patterns-only"],
                    ["loading the pipeline", "labelling precedents_draft"]),
        "compare": (["compare", str(fixtures / "precedents_draft_v0.txt"), str(draft), "--patterns-only", "-f", "md"],
                    ["loading the pipeline", "comparing precedents_draft_v0.txt and precedents_draft.txt"]),
        "precedents": (["precedents", str(draft), "--index", str(tmp_path / "index"), "--patterns-only", "-f", "md"],
                       ["loading the pipeline", "labelling precedents_draft", "finding precedents for 8 clauses"]),
    }
    for name, (args, stages) in runs.items():
        shown.clear()
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (name, result.output)
        assert shown == stages, name
        assert "loading the pipeline" in result.stderr and "━" in result.stderr, name  # drawn on stderr
        assert "\x1b" not in result.stdout, name
    assert runner.invoke(app, runs["label"][0]).stdout == plain.stdout
