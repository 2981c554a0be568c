"""Every table format is complete at any terminal width and when redirected: each cell's whole
text appears (wrapped, never cut), every table line has both borders, nothing is wider than the
terminal. The command runs under CliRunner; ``COLUMNS`` stands for the terminal's width, and
without it the output goes to a pipe (the table at its natural width)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from treatyscope.cli import app
from treatyscope.comparison import change_lines, signed, status_words
from treatyscope.ingest import read_document
from treatyscope.pipeline import label_document
from treatyscope.report.text import MIN_COLUMN, english_articles, label_cells

runner = CliRunner()
WIDTHS = [None, 24, 40, 60, 80, 200]  # None: redirected (no terminal, no COLUMNS)

# A draft written for this test: a long heading, a word longer than a narrow column, labels in
# every column.
OLD = """Article 1
Use of terms
For the purposes of this Convention, "computer system" means any device processing data.

Article 2
Mutual legal assistance in criminal matters concerning electronic evidence and interception
1. States Parties shall afford one another mutual legal assistance in investigations of the offences established in accordance with this Convention.
2. The requested State Party may refuse assistance where the request concerns a political offence, and may require dual criminality.

Article 3
Preservation of stored data
Each State Party shall adopt measures to order the expeditious preservation of stored computer data, subject to the conditions and safeguards provided for under its domestic law.
"""
NEW = (OLD.replace("and may require dual criminality", "and dual criminality shall not be required")
       .replace("Article 3\n", "Article 2 bis\nSupercalifragilisticexpialidociouslylongheadingword\n"
                "This Convention applies to any criminal offence committed by means of a computer system.\n\n"
                "Article 3\n"))


def cell_columns(output: str) -> list[str]:
    """Each column's text, its lines read top to bottom, without any whitespace (wrapping moves it)."""
    rows = [line for line in output.splitlines() if line.startswith(("│", "┃"))]
    columns: list[str] = []
    for line in rows:
        if not line.startswith("│"):
            continue  # the header row
        cells = line[1:-1].split("│")
        columns = columns or [""] * len(cells)
        assert len(cells) == len(columns), line
        for i, cell in enumerate(cells):
            columns[i] += "".join(cell.split())
    return columns


def check_complete(output: str, width: int | None, expected_columns: list[str], headers: list[str],
                   rows: list[list[str]]) -> None:
    if width:
        assert [line for line in output.splitlines() if len(line) > width] == []
    if width and width < (len(headers) + 1) + len(headers) * (2 + MIN_COLUMN):
        # Too narrow for the columns: one block per row, a "Column: text" line per filled cell.
        flat = "".join(output.split())
        blocks = ["".join(f"{h}:{''.join(cell.split())}" for h, cell in zip(headers, row) if cell.strip())
                  for row in rows]
        assert all(block in flat for block in blocks), output
        return
    table_lines = [line for line in output.splitlines() if line[:1] in "┏┃┡│└"]
    assert table_lines, output
    ends = {"┏": "┓", "┃": "┃", "┡": "┩", "│": "│", "└": "┘"}
    assert [line for line in table_lines if not line.endswith(ends[line[0]])] == []  # no border lost
    assert cell_columns(output) == ["".join(c.split()) for c in expected_columns]


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("drafts")
    (folder / "old.txt").write_text(OLD, encoding="utf-8")
    (folder / "new.txt").write_text(NEW, encoding="utf-8")
    return folder / "old.txt", folder / "new.txt"


def invoke(args: list[str], width: int | None):
    env = {"COLUMNS": str(width)} if width else {"COLUMNS": ""}
    result = runner.invoke(app, args, env=env)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("width", WIDTHS)
def test_label_table_is_complete(drafts, patterns_nlp, width):
    ld, _ = label_document(read_document(drafts[1]), nlp=patterns_nlp)
    rows = [[a.article, a.heading or "", ", ".join(tiers), ", ".join(safeguards)]
            for a in english_articles(ld) for tiers, safeguards in [label_cells(a)]]
    output = invoke(["label", str(drafts[1]), "--patterns-only"], width)
    check_complete(output, width, ["".join(col) for col in zip(*rows)], ["Art.", "Heading", "Tiers", "Safeguards"],
                   rows)
    assert "Supercalifragilisticexpialidociouslylongheadingword" in [row[1] for row in rows]


@pytest.mark.parametrize("width", WIDTHS)
def test_compare_table_is_complete(drafts, patterns_nlp, width):
    from treatyscope.comparison import compare_paths

    c = compare_paths(*drafts, nlp=patterns_nlp)
    rows = [[a.old or "—", a.new or "—", status_words(a), a.heading or "", signed(a.gained, a.lost),
             signed(a.effective_gained, a.effective_lost), "".join(change_lines(a))] for a in c.changed()]
    assert [(a.old, a.new) for a in c.changed()] == [("2", "2"), (None, "2 bis")]  # weakened first, then added
    output = invoke(["compare", *map(str, drafts), "--patterns-only"], width)
    check_complete(output, width, ["".join(col) for col in zip(*rows)],
                   ["Old", "New", "Status", "Heading", "Labels", "Effective", "Changes"], rows)
    for line in c.headline():  # the headline is wrapped, not cut
        assert "".join(line.split()) in "".join(output.split())


def test_redirected_table_is_not_wrapped_to_an_assumed_width(drafts):
    # Written to a file or a pipe, a table takes its natural width: the long heading stays on one line.
    output = invoke(["label", str(drafts[1]), "--patterns-only"], None)
    assert any("Mutual legal assistance in criminal" in line for line in output.splitlines())
    assert max(len(line) for line in output.splitlines()) > 80
