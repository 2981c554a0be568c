"""The command line: formats, the JSONL schema, and one clear line for bad input."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pdfgen import make_pdf
from treatyscope.cli import app

runner = CliRunner()

SCHEMA = ["doc_id", "clause_id", "article", "paragraph", "subparagraph", "heading", "language", "skipped", "start",
          "end", "text", "bracketed", "brackets", "context", "chapeau", "kind", "tiers", "safeguards", "effective",
          "references", "evidence"]


def run(*args):
    return runner.invoke(app, [*map(str, args)])


@pytest.fixture(scope="module")
def sample_jsonl():
    result = run("label", "--patterns-only", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_label_without_path_labels_the_sample_draft_as_a_table():
    result = run("label", "--patterns-only")
    assert result.exit_code == 0
    assert "sample_draft: scope and safeguards by article" in result.stdout
    assert "↳" in result.stdout  # inherited labels are marked


def test_jsonl_schema_and_designators(sample_jsonl):
    first = sample_jsonl[0]
    assert list(first) == SCHEMA
    assert first["doc_id"] == "sample_draft"
    assert set(first["effective"]) == {"tiers", "safeguards", "via"}
    by_id = {r["clause_id"]: r for r in sample_jsonl}
    assert (by_id["5(2)(b)"]["article"], by_id["5(2)(b)"]["paragraph"], by_id["5(2)(b)"]["subparagraph"]) == ("5", "2", "b")
    assert by_id["11"]["paragraph"] is None and by_id["11"]["subparagraph"] is None
    assert by_id["preamble(2)"]["article"] == "preamble"


def test_every_label_has_evidence_in_place(sample_jsonl):
    from treatyscope.paths import sample_draft

    text = open(sample_draft(), encoding="utf-8").read()
    for r in sample_jsonl:
        assert text[r["start"]:r["end"]] == r["text"]
        for label in r["tiers"] + r["safeguards"]:
            assert any(e["label"] == label for e in r["evidence"]), (r["clause_id"], label)
        for e in r["evidence"]:
            assert text[e["start"]:e["end"]] == e["text"]


def test_sample_exercises_every_label_and_polarity(sample_jsonl):
    labels = {lab for r in sample_jsonl for lab in r["tiers"] + r["safeguards"]}
    polarities = {e["polarity"] for r in sample_jsonl for e in r["evidence"] if e["polarity"]}
    from treatyscope.types import LABELS

    assert labels == set(LABELS)
    assert polarities == {"required", "optional", "waived"}
    assert any(r["bracketed"] for r in sample_jsonl)


def test_inheritance_through_references_in_the_sample(sample_jsonl):
    by_id = {r["clause_id"]: r for r in sample_jsonl}
    r = by_id["7(3)"]
    assert [(ref["article"], ref["paragraph"], ref["kind"]) for ref in r["references"]] == [
        ("5", None, "subject_to"), ("6", None, "subject_to")]
    assert (r["tiers"], r["safeguards"]) == ([], [])  # all it has, it inherits
    assert r["effective"]["tiers"] == ["defined", "other", "any"]
    assert r["effective"]["safeguards"] == ["domestic_law", "human_rights", "judicial_oversight", "proportionality",
                                            "data_protection"]
    # 5(1) confines the powers to specific criminal investigations or proceedings: proportionality
    assert [(v["label"], v["path"], v["kind"]) for v in r["effective"]["via"]] == [
        ("proportionality", ["7(3)", "5(1)"], "reference"),
        ("defined", ["7(3)", "5(2)(a)"], "reference"), ("other", ["7(3)", "5(2)(b)"], "reference"),
        ("any", ["7(3)", "5(2)(c)"], "reference"),
        ("domestic_law", ["7(3)", "6(1)"], "reference"), ("human_rights", ["7(3)", "6(1)"], "reference"),
        ("judicial_oversight", ["7(3)", "6(2)"], "reference"), ("proportionality", ["7(3)", "6(2)"], "reference"),
        ("data_protection", ["7(3)", "6(3)"], "reference")]


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        # CSV: a header and one row per clause
        ("csv", lambda out: out.splitlines()[0].startswith("doc_id,clause_id,article")),
        # Markdown: a table per document
        ("md", lambda out: "| Article | Heading | Tiers | Safeguards |" in out),
    ],
)
def test_other_formats(fmt, check):
    result = run("label", "--patterns-only", "--format", fmt)
    assert result.exit_code == 0 and check(result.stdout)


def test_output_file_is_written(tmp_path, sample_jsonl):
    out = tmp_path / "labels.jsonl"
    result = run("label", "--patterns-only", "-f", "jsonl", "-o", out)
    assert result.exit_code == 0 and out.read_text().count("\n") == len(sample_jsonl)
    assert not list(tmp_path.glob(".*tmp"))  # no temporary file left behind


def test_segment_writes_clauses_without_labels(sample_path):
    result = run("segment", sample_path)
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert result.exit_code == 0 and rows and "tiers" not in rows[0]


def test_text_without_structure_warns(tmp_path):
    p = tmp_path / "note.txt"
    p.write_text("The delegations discussed serious crime at length.\n\nNo text was agreed.\n")
    result = run("label", "--patterns-only", p)
    assert result.exit_code == 0
    assert "no article structure found" in result.stderr


def _bad_inputs(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\xff\x00\xfe" * 64)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n%broken")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really")
    (tmp_path / "nofiles").mkdir()
    (tmp_path / "nofiles" / "data.xlsx").write_text("x")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        # a file that does not exist
        ("missing.txt", "no such file"),
        # a folder with no supported file
        ("nofiles", "folder has no supported file"),
        # an empty file
        ("empty.txt", "the file is empty"),
        # a binary file
        ("binary.txt", "binary"),
        # a corrupt PDF
        ("broken.pdf", "PDF"),
        # a corrupt DOCX
        ("broken.docx", "DOCX"),
    ],
)
def test_bad_input_one_line_and_nonzero_exit(tmp_path, name, message):
    _bad_inputs(tmp_path)
    result = run("label", "--patterns-only", tmp_path / name)
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]
    assert "Traceback" not in result.stderr + result.stdout


def test_one_bad_file_among_good_ones_is_skipped(tmp_path, sample_path):
    (tmp_path / "empty.txt").write_text("")
    result = run("label", "--patterns-only", "-f", "jsonl", sample_path, tmp_path / "empty.txt")
    assert result.exit_code == 1
    assert "the file is empty" in result.stderr
    assert '"doc_id": "sample_draft"' in result.stdout


def test_pdf_input_end_to_end(tmp_path):
    p = tmp_path / "draft.pdf"
    p.write_bytes(make_pdf([["Article 1", "Scope", "1. This applies to any criminal offence."]]))
    result = run("label", "--patterns-only", "-f", "jsonl", p)
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert result.exit_code == 0 and rows[0]["doc_id"] == "draft" and rows[0]["tiers"] == ["any"]
