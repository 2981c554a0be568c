"""The data commands through the CLI: gold units, build, check and agreement, corpus check.

(train and evaluate are run from an installed package in test_installed.py.)"""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES
from test_gold import DOC, annotations
from treatyscope.cli import app

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [*map(str, args)])


@pytest.fixture()
def mini_corpus(tmp_path):
    (tmp_path / "treaties").mkdir()
    shutil.copy(FIXTURES / f"{DOC}.md", tmp_path / "treaties" / f"{DOC}.md")
    return tmp_path


def test_gold_units_lists_the_english_clauses(mini_corpus):
    result = run("gold", "units", DOC, "--corpus", mini_corpus)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["clause_id"] for r in rows] == ["preamble(1)", "preamble(2)", "preamble(3)", "1(1)", "1(2)", "2", "3"]


def test_gold_build_writes_offsets_and_no_text(mini_corpus, tmp_path):
    ann = tmp_path / "annotations.jsonl"
    ann.write_text("".join(json.dumps(a) + "\n" for a in annotations()))
    out = tmp_path / "gold" / f"{DOC}.jsonl"
    out.parent.mkdir()
    result = run("gold", "build", DOC, ann, "--corpus", mini_corpus, "-o", out)
    assert (result.exit_code, result.stderr) == (0, f"7 gold clauses written to {out}\n")
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["clause_id"], r["tiers"], r["safeguards"]) for r in records] == [
        ("preamble(1)", [], []), ("preamble(2)", [], ["human_rights"]), ("preamble(3)", [], []),
        ("1(1)", ["defined"], []), ("1(2)", ["any"], ["domestic_law"]), ("2", ["defined"], []),
        ("3", [], ["refusal_grounds"])]
    assert "requested Party" not in out.read_text()


def test_gold_build_refuses_a_quote_not_in_the_clause_in_one_line(mini_corpus, tmp_path):
    bad = annotations(**{"3": {"safeguards": ["refusal_grounds"],
                               "evidence": [{"label": "refusal_grounds", "quote": "not in the text"}]}})
    ann = tmp_path / "annotations.jsonl"
    ann.write_text("".join(json.dumps(a) + "\n" for a in bad))
    result = run("gold", "build", DOC, ann, "--corpus", mini_corpus, "-o", tmp_path / "g.jsonl")
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output


def test_gold_agreement_compares_two_labellings(mini_corpus, tmp_path):
    from treatyscope import gold

    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    gold.write_jsonl(first / f"{DOC}.jsonl", gold.build(DOC, annotations(), mini_corpus))
    gold.write_jsonl(second / f"{DOC}.jsonl", gold.build(DOC, annotations(**{"3": {}}), mini_corpus))
    figures = tmp_path / "agreement.json"
    result = run("gold", "agreement", first, second, "--json", figures)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "7 clauses in 1 documents; 1 clauses with some disagreement"
    data = json.loads(figures.read_text())
    assert data["disagreements"] == [{"doc_id": DOC, "clause_id": "3", "only_first": ["refusal_grounds"],
                                      "only_second": []}]
    assert data["labels"]["refusal_grounds"] == {"kappa": 0.0, "agreement": 6 / 7, "first": 1, "second": 0}


def test_corpus_check_counts_missing_and_changed_files(mini_corpus, corpus):
    # one real corpus file with its checksum, one altered copy of another
    shutil.copy(corpus / "treaties" / "BWBV0001839.md", mini_corpus / "treaties")
    (mini_corpus / "treaties" / "BWBV0001668.md").write_text("altered")
    result = run("corpus", "check", "--corpus", mini_corpus)
    assert (result.exit_code, result.stdout, result.stderr) == (
        1, "1 of 1645 documents match; 1643 missing, 1 changed\n", "treatyscope: changed: BWBV0001668\n")
