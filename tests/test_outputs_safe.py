"""Outputs safe to read whatever the input names: CSV rows that survive any name, names shown
escaped on a terminal, output names that never collide, and no output left behind by an
input that is gone or renamed."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from treatyscope import batch
from treatyscope.batch import plan, run_batch
from treatyscope.batch.outputs import SUMMARY_COLUMNS, summary_csv
from treatyscope.batch.plan import _digest
from treatyscope.cli import app
from treatyscope.display import terminal_safe

from test_batch import outputs, treaty, write

runner = CliRunner()

# Names a hostile or unlucky sender could give a file (all legal on Linux).
HOSTILE = ["carriage\rreturn", "line\nbreak", "both\r\nends", 'quote"d', "comma,name", "tab\tname",
           "\x1b]0;retitled\x07", "\x1b[2J\x1b[Hcleared", "right\u202eto-left", "plain"]


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_summary_csv_reads_back_one_row_per_document_whatever_the_name():
    rows = [dict.fromkeys(SUMMARY_COLUMNS, "") | {"document": name, "file": f"f{i}", "path": f"/in/{name}.md",
                                                 "status": "ok", "articles": 3}
            for i, name in enumerate(HOSTILE)]
    back = read_csv(summary_csv(rows))
    assert [(r["document"], r["path"], r["articles"], r["status"]) for r in back] == \
        [(name, f"/in/{name}.md", "3", "ok") for name in HOSTILE]


def test_summary_csv_keeps_its_bytes_for_ordinary_names():
    row = dict.fromkeys(SUMMARY_COLUMNS, "") | {"document": "alpha", "file": "alpha", "path": "/in/a, b.md",
                                                "status": "ok", "articles": 2}
    expected = ",".join('"/in/a, b.md"' if c == "path" else str(row[c]) for c in SUMMARY_COLUMNS)
    assert summary_csv([row]) == ",".join(SUMMARY_COLUMNS) + "\n" + expected + "\n"
    assert expected.startswith('alpha,alpha,"/in/a, b.md",,,2,') and expected.endswith(",ok,,")


def test_a_batch_over_hostile_names_writes_a_summary_that_reads_back(tmp_path):
    src = tmp_path / "in"
    for name in HOSTILE:
        write(src, f"{name}.md", treaty("CONVENTION ON NAMES", 1))
    out = tmp_path / "out"
    report = run_batch([src], out, workers=0, patterns_only=True)
    assert not report.failed
    with open(out / batch.SUMMARY_CSV, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert sorted(r["document"] for r in rows) == sorted(HOSTILE)
    assert all(r["status"] == "ok" and r["articles"] == "1" for r in rows)
    assert sorted(os.path.basename(r["path"]) for r in rows) == sorted(f"{n}.md" for n in HOSTILE)


def test_label_csv_output_reads_back_whatever_the_name(tmp_path):
    def rows_of(name: str) -> list[dict[str, str]]:
        src = write(tmp_path / name.encode().hex(), f"{name}.md", treaty("CONVENTION ON NAMES", 1))
        out = tmp_path / f"{name.encode().hex()}.csv"
        result = runner.invoke(app, ["label", str(src), "--patterns-only", "-f", "csv", "-o", str(out)])
        assert result.exit_code == 0, result.output
        with open(out, newline="", encoding="utf-8") as f:
            return list(csv.DictReader(f))

    plain = rows_of("ab")
    assert len(plain) > 2
    for name in ("a\rb", "a\nb", "a\r\nb"):
        assert rows_of(name) == [dict(r, doc_id=name) for r in plain]


# -- names on a terminal ---------------------------------------------------------------------

@pytest.mark.parametrize("name, shown", [
    ("plain name, é ü 中文", "plain name, é ü 中文"),
    ("\x1b]0;retitled\x07", "\\x1b]0;retitled\\x07"),
    ("\x1b[2J\x1b[Hcleared", "\\x1b[2J\\x1b[Hcleared"),
    ("carriage\rreturn\nline\ttab", "carriage\\rreturn\\nline\\ttab"),
    ("csi\x9b31m del\x7f nul\x00", "csi\\x9b31m del\\x7f nul\\x00"),
    ("right\u202eto-left\u2066iso\u2069", "right\\u202eto-left\\u2066iso\\u2069"),
    ("bad\udcffutf8", "bad\\xffutf8"),  # an undecodable byte, as Python reads a file name
    ("", ""),
])
def test_terminal_safe_escapes_what_a_terminal_would_act_on(name, shown):
    assert terminal_safe(name) == shown


def test_error_lines_show_a_hostile_name_escaped(tmp_path):
    bad = write(tmp_path, "\x1b]0;retitled\x07\x1b[2J.md", b"")  # an empty file: refused
    good = write(tmp_path, "good.md", treaty("CONVENTION ON NAMES", 1))
    result = runner.invoke(app, ["label", str(bad), str(good), "--patterns-only", "-f", "jsonl"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert errors == [f"treatyscope: error: {tmp_path}/\\x1b]0;retitled\\x07\\x1b[2J.md: the file is empty"]
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr


def test_a_table_title_shows_the_name_escaped(tmp_path):
    src = write(tmp_path, "\x1b[31mred[bold].md", treaty("CONVENTION ON NAMES", 1))
    result = runner.invoke(app, ["label", str(src), "--patterns-only"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].strip() == "\\x1b[31mred[bold]: scope and safeguards by article"
    assert "\x1b" not in result.stdout


def test_explain_shows_the_name_escaped(tmp_path):
    src = write(tmp_path, "\x1b]0;x\x07[red]n.md", treaty("CONVENTION ON NAMES", 1))
    result = runner.invoke(app, ["explain", str(src), "--patterns-only"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "\\x1b]0;x\\x07[red]n: what the document says about itself"
    assert "\x1b" not in result.stdout


def test_batch_failure_lines_show_the_name_escaped(tmp_path):
    src = tmp_path / "in"
    write(src, "\x1b]0;x\x07.md", b"")
    write(src, "good.md", treaty("CONVENTION ON NAMES", 1))
    result = runner.invoke(app, ["batch", str(src), "-o", str(tmp_path / "out"), "--workers", "0",
                                 "--patterns-only", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "failed \\x1b]0;x\\x07: " in result.stderr and "\x1b" not in result.stderr


# -- output names --------------------------------------------------------------------------------

def test_a_name_crafted_to_equal_another_inputs_hashed_name_is_resolved_and_logged(tmp_path):
    src = tmp_path / "in"
    a = write(src, "Treaty.md", treaty("CONVENTION ON A", 1))
    write(src, "treaty.md", treaty("CONVENTION ON B", 1))
    crafted = f"Treaty-{_digest('Treaty' + chr(0) + str(a))[:10]}"  # the name Treaty.md is given
    write(src, f"{crafted}.md", treaty("CONVENTION ON C", 1))
    notes: list[str] = []
    files = sorted(src.iterdir())
    tasks = plan(files, notes)
    names = [t.name for t in tasks]
    assert len({n.casefold() for n in names}) == 3
    assert plan(list(reversed(files))) == list(reversed(tasks))  # the same names whatever the order given
    by_id = {t.doc_id: t.name for t in tasks}
    assert by_id[crafted] == crafted  # first in path order keeps its name
    assert by_id["Treaty"] == f"{crafted}-{_digest('Treaty' + chr(0) + str(a) + chr(0) + '1')[:10]}"
    assert notes == [f"output name {crafted} of {a} is another input's; using {by_id['Treaty']}"]
    out = tmp_path / "out"
    report = run_batch([src], out, workers=0, patterns_only=True)
    assert report.labelled == 3 and not report.failed
    assert sorted(p.stem for p in (out / "docs").iterdir()) == sorted(names)
    log = (out / batch.RUN_LOG).read_text()
    assert f"\trenamed\toutput name {crafted} of {a} is another input's; using {by_id['Treaty']}\n" in log


def test_no_stale_output_after_resume_when_a_name_changes_case_or_an_input_goes(tmp_path):
    src = tmp_path / "in"
    write(src, "Treaty.md", treaty("CONVENTION ON A", 1))
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    run_batch([src], out, workers=0, patterns_only=True)
    assert sorted(p.name for p in (out / "docs").iterdir()) == ["Treaty.jsonl"]
    lower = write(src, "treaty.md", treaty("CONVENTION ON B", 1))  # now both get hashed names
    run_batch([src], out, workers=0, patterns_only=True, resume=True)
    run_batch([src], fresh, workers=0, patterns_only=True)
    assert outputs(out) == outputs(fresh)
    assert "Treaty.jsonl" not in os.listdir(out / "docs") and len(os.listdir(out / "docs")) == 2
    assert "\tremoved-stale\tTreaty\t" in (out / batch.RUN_LOG).read_text()
    lower.unlink()  # and back: the hashed outputs go, the plain name returns
    run_batch([src], out, workers=0, patterns_only=True, resume=True)
    assert sorted(os.listdir(out / "docs")) == ["Treaty.jsonl"]
    assert sorted(os.listdir(out / "_state")) == ["Treaty.json"]


def test_an_output_stored_in_another_case_is_kept(tmp_path):
    """On a file system that ignores case, an input's output may be stored under a name in
    another case than the plan's; it is the input's own, never removed as stale."""
    src = tmp_path / "in"
    write(src, "Treaty.md", treaty("CONVENTION ON A", 1))
    out = tmp_path / "out"
    run_batch([src], out, workers=0, patterns_only=True)
    folder = batch.OutputFolder(out)
    (out / "docs" / "Treaty.jsonl").rename(out / "docs" / "TREATY.jsonl")
    assert folder.remove_stale({"Treaty"}) == []
    assert (out / "docs" / "TREATY.jsonl").exists()
    assert folder.remove_stale({"other"}) == ["TREATY", "Treaty"]
    assert not list((out / "docs").iterdir()) and not list((out / "_state").iterdir())


def test_summary_rows_name_outputs_that_exist(tmp_path):
    src = tmp_path / "in"
    for name in ["Treaty", "treaty", "TREATY"]:
        write(src, f"{name}.md", treaty("CONVENTION ON NAMES", 1))
    out = tmp_path / "out"
    run_batch([src], out, workers=0, patterns_only=True)
    with open(out / batch.SUMMARY_CSV, newline="", encoding="utf-8") as f:
        files = sorted(r["file"] for r in csv.DictReader(f))
    assert files == sorted(Path(p).stem for p in os.listdir(out / "docs"))


# -- properties over generated names ---------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_NAMES = st.text(st.sampled_from("Tt-_. é\r\n\x1b\x07\u202e\udcff"), max_size=8)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_terminal_safe_leaves_nothing_a_terminal_acts_on(text):
    shown = terminal_safe(text)
    shown.encode("utf-8")  # printable whatever the bytes of the name were
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F or 0x202A <= ord(c) <= 0x202E
                   or 0x2066 <= ord(c) <= 0x2069 for c in shown)


@settings(max_examples=200, deadline=None)
@given(st.lists(_NAMES, max_size=6))
def test_summary_csv_reads_back_for_any_names(names):
    rows = [dict.fromkeys(SUMMARY_COLUMNS, "") | {"document": n, "file": f"f{i}", "path": n, "status": "ok"}
            for i, n in enumerate(names)]
    back = read_csv(summary_csv(rows))
    assert [(r["document"], r["path"]) for r in back] == [(n, n) for n in names]


@settings(max_examples=200, deadline=None)
@given(st.lists(_NAMES, min_size=1, max_size=6, unique=True), st.data())
def test_output_names_never_collide_even_with_crafted_names(names, data):
    from treatyscope.batch import safe_name

    folder = "/in"
    paths = [f"{folder}/{n}.md" for n in names if "/" not in n]
    # add names crafted to equal the hashed names other inputs would be given
    for p in data.draw(st.lists(st.sampled_from(paths), max_size=3)) if paths else []:
        doc_id = Path(p).stem
        paths.append(f"{folder}/{safe_name(doc_id)[:96]}-{_digest(doc_id + chr(0) + p)[:10]}.md")
    paths = list(dict.fromkeys(paths))  # inputs are discovered without repeats
    tasks = plan([Path(p) for p in paths], [])
    names_out = [t.name.casefold() for t in tasks]
    assert len(set(names_out)) == len(names_out)
    assert plan([Path(p) for p in reversed(paths)]) == list(reversed(tasks))
