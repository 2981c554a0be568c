"""Precedents: the index of a collection, retrieval and alignment, labels lost and gained, and the
errors of a missing, damaged or stale index.

The collection (tests/fixtures/precedents) and the drafts are written for these tests: a
maritime-fraud convention, an unrelated fisheries agreement, and a draft protocol that takes
the convention's articles 3 and 4 renumbered as 5 and 6, one clause verbatim, others reworded,
with a safeguard dropped (judicial oversight) and one added (dual criminality).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from treatyscope.batch import PipelineSetup, model_version
from treatyscope.cli import app
from treatyscope.errors import TreatyscopeError
from treatyscope.index import build_index, load_index
from treatyscope.ingest import read_document
from treatyscope.pipeline import label_document
from treatyscope.precedents import document_order, find_precedents, render_jsonl, similarity, word_diff
from treatyscope.provenance import adoption_year, parent_documents, parent_table, title_year

FIXTURES = Path(__file__).parent / "fixtures"
COLLECTION = FIXTURES / "precedents"
DRAFT = FIXTURES / "precedents_draft.txt"
DRAFT_V0 = FIXTURES / "precedents_draft_v0.txt"
EXPECTED = FIXTURES / "precedents_draft.expected.jsonl"
PATTERNS = model_version(PipelineSetup(patterns_only=True))
runner = CliRunner()


def _collection(tmp_path: Path) -> Path:
    """A copy of the test collection that a test may change."""
    folder = tmp_path / "collection"
    shutil.copytree(COLLECTION, folder)
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(collection, index folder): the test collection indexed with the patterns-only pipeline."""
    root = tmp_path_factory.mktemp("precedents")
    folder = _collection(root)
    report = build_index(folder, root / "index", workers=0, patterns_only=True)
    assert (report.documents, report.clauses, report.labelled, report.kept, report.failed) == (2, 13, 2, 0, [])
    return folder, root / "index"


@pytest.fixture(scope="module")
def index(built):
    return load_index(built[1], versions=PATTERNS)


def _precedents(path: Path, index, patterns_nlp, **kwargs):
    labelled, _ = label_document(read_document(path), nlp=patterns_nlp)
    return find_precedents(labelled, index, **kwargs)


# --- the word diff, from a precedent to a clause ---------------------------------------------

@pytest.mark.parametrize("old, new, expected", [
    # the same words: no hunk
    ("shall be refused", "shall  be refused", []),
    # words dropped from the precedent
    ("subject to judicial supervision and to proportionality", "subject to proportionality",
     [{"before": "subject to", "removed": "judicial supervision and to", "added": "", "after": "proportionality"}]),
    # words added at the end
    ("held by a carrier.", "held by a carrier or a port operator.",
     [{"before": "held by a", "removed": "carrier.", "added": "carrier or a port operator.", "after": ""}]),
    # one word replaced
    ("covered by this Convention.", "covered by this Protocol.",
     [{"before": "covered by this", "removed": "Convention.", "added": "Protocol.", "after": ""}]),
])
def test_word_diff(old, new, expected):
    assert word_diff(old, new) == expected


@pytest.mark.parametrize("a, b, expected", [
    # case and spacing do not count
    ("Assistance may be refused.", "assistance  may be\nrefused.", 1.0),
    # the instrument's name for itself does not count: a convention's clause in its protocol
    ("as provided in this Convention.", "as provided in the present Protocol.", 1.0),
    # any other word does
    ("shall be refused.", "may be refused.", 0.8125),
    # nothing in common
    ("abc", "xyz", 0.0),
])
def test_similarity(a, b, expected):
    assert round(similarity(a, b), 4) == expected


# --- retrieval and alignment -----------------------------------------------------------------

def test_draft_precedents_whole_output(index, patterns_nlp):
    # Renumbered (3 → 5, 4 → 6), reworded, a safeguard dropped and one gained; 1 has nothing close.
    result = _precedents(DRAFT, index, patterns_nlp)
    assert render_jsonl(result) == EXPECTED.read_text(encoding="utf-8")


def test_lost_and_gained_labels(index, patterns_nlp):
    by_clause = _precedents(DRAFT, index, patterns_nlp).by_clause()
    lost = by_clause["5(2)"].precedents[0]
    assert (lost.doc_id, lost.clause_id, lost.labels_lost, lost.labels_gained) == (
        "TSTV0001", "3(2)", ["judicial_oversight"], [])
    gained = by_clause["6(2)"].precedents[0]
    assert (gained.doc_id, gained.clause_id, gained.labels_lost, gained.labels_gained) == (
        "TSTV0001", "4(2)", [], ["dual_criminality"])


def test_a_clause_with_nothing_close_has_an_empty_list(index, patterns_nlp):
    by_clause = _precedents(DRAFT, index, patterns_nlp).by_clause()
    assert by_clause["1"].precedents == []


def test_a_document_of_the_collection_never_finds_itself(index, patterns_nlp):
    # Only "Have agreed as follows:" has a precedent, in the other document.
    result = _precedents(COLLECTION / "treaties" / "TSTV0001.md", index, patterns_nlp)
    assert [(c.clause_id, [p.address for p in c.precedents]) for c in result.clauses] == [
        ("preamble(1)", []), ("preamble(2)", ["TSTV0002 preamble(2)"]), ("1", []), ("2", []), ("3(1)", []),
        ("3(2)", []), ("4(1)", []), ("4(2)", []), ("4(3)", [])]


def test_the_same_text_under_another_name_is_itself(tmp_path, index, patterns_nlp):
    copy = tmp_path / "renamed.md"
    copy.write_bytes((COLLECTION / "treaties" / "TSTV0001.md").read_bytes())
    result = _precedents(copy, index, patterns_nlp)
    assert {p.doc_id for c in result.clauses for p in c.precedents} == {"TSTV0002"}


def test_top_and_min_score(index, patterns_nlp):
    result = _precedents(DRAFT, index, patterns_nlp, top=1, min_score=0.95)
    assert [(c.clause_id, [(p.clause_id, p.score) for p in c.precedents]) for c in result.clauses] == [
        ("preamble(1)", []), ("preamble(2)", []), ("1", []), ("5(1)", []), ("5(2)", []), ("6(1)", []),
        ("6(2)", []), ("6(3)", [("4(3)", 1.0)])]


# --- the index: rebuilt only where a document changed; damaged and stale indexes ---------------

def test_rebuild_labels_only_changed_documents(tmp_path):
    folder = _collection(tmp_path)
    path = tmp_path / "index"
    first = build_index(folder, path, workers=0, patterns_only=True)
    assert (first.labelled, first.kept) == (2, 0)
    again = build_index(folder, path, workers=0, patterns_only=True)
    assert (again.labelled, again.kept, again.clauses) == (0, 2, first.clauses)
    fish = folder / "treaties" / "TSTV0002.md"
    fish.write_text(fish.read_text(encoding="utf-8") + "\n### Article  3  \n\n####Entry into force\n\n"
                    "This Agreement shall enter into force on the day of its signature.\n", encoding="utf-8")
    with pytest.raises(TreatyscopeError, match=r"out of date: TSTV0002 changed in .*index build --corpus"):
        load_index(path, versions=PATTERNS)
    updated = build_index(folder, path, workers=0, patterns_only=True)
    assert (updated.labelled, updated.kept, updated.clauses) == (1, 1, first.clauses + 1)
    assert [d.doc_id for d in load_index(path, versions=PATTERNS).documents] == ["TSTV0001", "TSTV0002"]


def test_an_index_of_other_labels_is_stale(built):
    other = dict(PATTERNS, model="0" * 64)
    with pytest.raises(TreatyscopeError, match="labelled with other versions .* rebuild it"):
        load_index(built[1], versions=other)


def _damage_meta(path: Path) -> None:
    (path / "meta.json").write_text("{not json", encoding="utf-8")


def _truncate_clauses(path: Path) -> None:
    data = (path / "clauses.arrow").read_bytes()
    (path / "clauses.arrow").write_bytes(data[: len(data) // 2])


def _mix_builds(path: Path) -> None:
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    meta["build"] = "0" * 32
    (path / "meta.json").write_text(json.dumps(meta), encoding="utf-8")


@pytest.mark.parametrize("damage, message", [
    # meta.json is not JSON
    (_damage_meta, "the index is damaged (meta.json unreadable"),
    # the clause table was cut short
    (_truncate_clauses, "the index is damaged ("),
    # data files from another build than meta.json names
    (_mix_builds, "the index is damaged (clauses.arrow is from another build)"),
])
def test_a_damaged_index_is_one_line_and_a_rebuild_repairs_it(tmp_path, built, patterns_nlp, damage, message):
    path = tmp_path / "index"
    shutil.copytree(built[1], path)
    damage(path)
    result = runner.invoke(app, ["precedents", str(DRAFT), "--index", str(path), "--patterns-only", "-f", "jsonl"])
    assert result.exit_code == 2
    assert message in result.stderr and "rebuild it with 'treatyscope index build'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output
    report = build_index(built[0], path, workers=0, patterns_only=True)
    assert report.rebuilt_all.startswith(f"{path}: the index is damaged") and report.labelled == 2
    assert render_jsonl(_precedents(DRAFT, load_index(path, versions=PATTERNS), patterns_nlp)) == EXPECTED.read_text(
        encoding="utf-8")


@pytest.mark.parametrize("args, message", [
    # no index built there
    (["--index", "{tmp}/nothing"], "error: no index at {tmp}/nothing; build it with 'treatyscope index build'"),
    # an unreadable draft
    (["--index", "{index}", "{tmp}/missing.txt"], "missing.txt"),
])
def test_precedents_bad_input_is_one_line(tmp_path, built, args, message):
    args = [a.format(tmp=tmp_path, index=built[1]) for a in args]
    files = [a for a in args if a.endswith(".txt")] or [str(DRAFT)]
    options = [a for a in args if not a.endswith(".txt")]
    result = runner.invoke(app, ["precedents", *files, *options, "--patterns-only"])
    assert result.exit_code == 2
    assert message.format(tmp=tmp_path) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output


# --- the commands ------------------------------------------------------------------------------

def test_index_build_and_precedents_commands(tmp_path):
    folder = _collection(tmp_path)
    path = tmp_path / "index"
    built = runner.invoke(app, ["index", "build", "--corpus", str(folder), "--index", str(path), "--workers", "0",
                                "--patterns-only", "--no-progress"])
    assert built.exit_code == 0, built.output
    assert built.stderr.endswith(f"index of 2 documents (13 English clauses): 2 labelled, 0 kept, 0 failed, "
                                 f"0 removed in {built.stderr.split(' in ')[-1].split(' s;')[0]} s; written to {path}\n")
    out = tmp_path / "draft.jsonl"
    result = runner.invoke(app, ["precedents", str(DRAFT), "--index", str(path), "--patterns-only", "-f", "jsonl",
                                 "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == EXPECTED.read_text(encoding="utf-8")
    md = runner.invoke(app, ["precedents", str(DRAFT), "--index", str(path), "--patterns-only", "-f", "md",
                             "--top", "1"])
    assert md.exit_code == 0
    assert md.stdout.splitlines()[:7] == [
        "# precedents\\_draft: precedents of each clause", "",
        "| Clause | Precedent | Score | Labels (−lost +gained) | Diff |", "|---|---|---:|---|---|",
        "| preamble(1) | — | | | |", "| preamble(2) | — | | | |", "| 1 | — | | | |"]
    html = runner.invoke(app, ["precedents", str(DRAFT), "--index", str(path), "--patterns-only", "-f", "html"])
    assert html.exit_code == 0
    assert "<del>judicial or other independent supervision and to</del>" in html.stdout
    assert '<span class="loss">−judicial_oversight</span>' in html.stdout


def test_report_shows_each_articles_precedent(tmp_path, built):
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(DRAFT), "--patterns-only", "--index", str(built[1]), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    section = page.split('<section id="precedents"', 1)[1].split("</section>", 1)[0]
    rows = [row.split("</tr>")[0] for row in section.split("<tr><th scope=\"row\">")[1:]]
    assert rows == [
        '<a href="#c-5-1">5</a></th><td><code>TSTV0001</code> art. 3 (Preservation of records)<br>Model Convention '
        'on Cooperation against Maritime Fraud</td><td>0.88</td><td>2 of 2</td>\n<td><span class="loss">'
        '−judicial_oversight</span> </td>',
        '<a href="#c-6-1">6</a></th><td><code>TSTV0001</code> art. 4 (Mutual assistance)<br>Model Convention on '
        'Cooperation against Maritime Fraud</td><td>0.90</td><td>3 of 3</td>\n<td><span class="none">—</span></td>',
    ]
    plain = runner.invoke(app, ["report", str(DRAFT), "--patterns-only", "-o", str(tmp_path / "plain.html")])
    assert plain.exit_code == 0 and 'id="precedents"' not in (tmp_path / "plain.html").read_text(encoding="utf-8")


def test_compare_says_which_clauses_move_towards_or_away_from_agreed_language(built):
    result = runner.invoke(app, ["compare", str(DRAFT_V0), str(DRAFT), "--patterns-only", "--index", str(built[1]),
                                 "-f", "json"])
    assert result.exit_code == 0, result.output
    moves = {a["new"]: a.get("agreed_language") for a in json.loads(result.stdout)["articles"]}
    assert moves == {
        "preamble": None, "1": None,
        "5": [{"clause": "5(2)", "old_clause": "5(2)", "new_clause": "5(2)", "direction": "towards",
               "old_score": 0.0, "new_score": 0.8151, "precedent": "TSTV0001 3(2)",
               "title": "Model Convention on Cooperation against Maritime Fraud"}],
        "6": [{"clause": "6(1)", "old_clause": "6(1)", "new_clause": "6(1)", "direction": "away",
               "old_score": 1.0, "new_score": 0.8578, "precedent": "TSTV0001 4(1)",
               "title": "Model Convention on Cooperation against Maritime Fraud"}],
    }
    plain = runner.invoke(app, ["compare", str(DRAFT_V0), str(DRAFT), "--patterns-only", "-f", "json"])
    assert "agreed_language" not in plain.stdout


def test_index_build_on_a_dask_cluster_gives_the_same_index(tmp_path, built):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        result = runner.invoke(app, ["index", "build", "--corpus", str(built[0]), "--index", str(tmp_path / "index"),
                                     "--engine", "dask", "--scheduler", cluster.scheduler_address, "--patterns-only",
                                     "--no-progress"])
    assert result.exit_code == 0, result.output
    ours, theirs = load_index(tmp_path / "index", versions=PATTERNS), load_index(built[1], versions=PATTERNS)
    assert ours.clauses.equals(theirs.clauses)  # schema metadata (the build id) aside
    assert (ours.weights_t != theirs.weights_t).nnz == 0


# --- telling an original from its copies: the parent named in the title, then the older text ----
#
# tests/fixtures/lineage, written for these tests: a convention of 1998 (its testimonium gives
# the year in words), a protocol of 2001 supplementing it (testimonium in figures), an older
# convention of 1990 (dated by its opening for signature) with the same final clauses, a later
# regional agreement (its title says 2005) that copies the seizure clauses with one word
# changed and the final clauses word for word, and an undated arrangement that copies the
# seizure clauses word for word.

LINEAGE = FIXTURES / "lineage"
SEIZURE = ("1. Each State Party shall adopt such measures as may be necessary to enable the seizure of cultural "
           "property that has been stolen, unlawfully excavated or unlawfully exported.")
RATIFICATION = ("2. This Agreement shall be subject to ratification, acceptance or approval by the signatory "
                "States.")


@pytest.fixture(scope="module")
def lineage(tmp_path_factory):
    path = tmp_path_factory.mktemp("lineage") / "index"
    report = build_index(LINEAGE, path, workers=0, patterns_only=True)
    assert (report.documents, report.labelled, report.failed) == (5, 5, [])
    return load_index(path, versions=PATTERNS)


def _ranking(result) -> list[tuple[str, list[tuple[str, float]]]]:
    return [(c.clause_id, [(p.address, p.score) for p in c.precedents]) for c in result.clauses]


def _draft(tmp_path: Path, title: str, *clauses: str) -> Path:
    path = tmp_path / "draft.txt"
    articles = "".join(f"\nArticle {i}\nProvision\n{c}\n" for i, c in enumerate(clauses or (SEIZURE, RATIFICATION), 1))
    path.write_text(f"{title}\n{articles}", encoding="utf-8")
    return path


def test_the_index_reads_a_year_per_document(lineage):
    assert [(d.doc_id, d.year, d.year_from) for d in lineage.documents] == [
        ("TSTL0001", 1998, "testimonium"),  # "DONE at Geneva, this fourth day of May one thousand nine hundred ..."
        ("TSTL0002", 2001, "testimonium"),  # "Done at Vienna on 12 June 2001"
        ("TSTL0003", 1990, "signature"),  # "shall be open for signature at Paris from 20 May 1990"
        ("TSTL0004", 2005, "title"),  # its preamble's "done at Geneva on 4 May 1998" names another text
        ("TSTL0005", None, ""),
    ]


def test_a_protocol_finds_the_convention_it_supplements_first(lineage, patterns_nlp):
    # Among equally close precedents, the parent named in the title ("supplementing the
    # Convention against the Illicit Trade in Cultural Property") first, even before an older
    # text (3(1): TSTL0003 is of 1990); then the document holding most of the protocol's
    # clauses (TSTL0004: five, TSTL0003 and TSTL0005: four), then the older; a closer one
    # always first. Later documents searched too (TSTL0004 is of 2005, the protocol of 2001).
    result = _precedents(LINEAGE / "treaties" / "TSTL0002.md", lineage, patterns_nlp, top=4, include_later=True)
    assert (result.year, result.later_left_out, result.time_note) == (2001, 0, "")
    assert _ranking(result) == [
        ("preamble(1)", [("TSTL0001 preamble(1)", 1.0), ("TSTL0003 preamble(1)", 1.0)]),
        ("preamble(2)", [("TSTL0001 preamble(2)", 1.0), ("TSTL0004 preamble(2)", 1.0), ("TSTL0003 preamble(2)", 1.0),
                         ("TSTL0005 preamble(2)", 1.0)]),
        ("1", [("TSTL0004 preamble(1)", 0.6572)]),
        ("2(1)", [("TSTL0001 2(1)", 1.0), ("TSTL0005 1(1)", 1.0), ("TSTL0004 1(1)", 0.9822)]),
        ("2(2)", [("TSTL0001 2(2)", 1.0), ("TSTL0005 1(2)", 1.0), ("TSTL0004 1(2)", 0.9766)]),
        ("3(1)", [("TSTL0001 3(1)", 1.0), ("TSTL0004 2(1)", 1.0), ("TSTL0003 2(2)", 1.0), ("TSTL0005 2", 0.9436)]),
        ("3(2)", [("TSTL0001 3(2)", 1.0), ("TSTL0004 2(2)", 1.0), ("TSTL0003 2(3)", 1.0), ("TSTL0001 3(1)", 0.6262)]),
    ]


# --- a precedent precedes: documents adopted after the query document are left out -------------

def test_a_document_of_the_collection_finds_only_what_precedes_it(lineage, patterns_nlp):
    # The protocol of 2001: the regional agreement of 2005 (TSTL0004) is left out, so its
    # clause 1 (close only to TSTL0004's title line) has nothing; the undated arrangement
    # (TSTL0005) stays: an unknown year is never later.
    result = _precedents(LINEAGE / "treaties" / "TSTL0002.md", lineage, patterns_nlp, top=4)
    assert (result.year, result.later_left_out) == (2001, 1)
    assert result.time_note == ("1 document(s) of the collection adopted after 2001 left out (a precedent precedes; "
                                "--include-later to include them).")
    assert [(c.clause_id, [(p.address, p.score, p.year) for p in c.precedents]) for c in result.clauses] == [
        ("preamble(1)", [("TSTL0001 preamble(1)", 1.0, 1998), ("TSTL0003 preamble(1)", 1.0, 1990)]),
        ("preamble(2)", [("TSTL0001 preamble(2)", 1.0, 1998), ("TSTL0003 preamble(2)", 1.0, 1990),
                         ("TSTL0005 preamble(2)", 1.0, None)]),
        ("1", []),
        ("2(1)", [("TSTL0001 2(1)", 1.0, 1998), ("TSTL0005 1(1)", 1.0, None)]),
        ("2(2)", [("TSTL0001 2(2)", 1.0, 1998), ("TSTL0005 1(2)", 1.0, None)]),
        ("3(1)", [("TSTL0001 3(1)", 1.0, 1998), ("TSTL0003 2(2)", 1.0, 1990), ("TSTL0005 2", 0.9436, None),
                  ("TSTL0001 3(2)", 0.6262, 1998)]),
        ("3(2)", [("TSTL0001 3(2)", 1.0, 1998), ("TSTL0003 2(3)", 1.0, 1990), ("TSTL0001 3(1)", 0.6262, 1998),
                  ("TSTL0003 2(2)", 0.6262, 1990)]),
    ]


def test_the_oldest_text_finds_no_later_copy_of_itself(lineage, patterns_nlp):
    # The convention of 1998 is the source of the words its protocol (2001) and the regional
    # agreement (2005) copy: it finds only the convention of 1990 and the undated arrangement.
    result = _precedents(LINEAGE / "treaties" / "TSTL0001.md", lineage, patterns_nlp, top=4)
    assert (result.year, result.later_left_out) == (1998, 2)
    assert _ranking(result) == [
        ("preamble(1)", [("TSTL0003 preamble(1)", 1.0)]),
        ("preamble(2)", [("TSTL0003 preamble(2)", 1.0), ("TSTL0005 preamble(2)", 1.0)]),
        ("1", []),
        ("2(1)", [("TSTL0005 1(1)", 1.0)]),
        ("2(2)", [("TSTL0005 1(2)", 1.0)]),
        ("3(1)", [("TSTL0003 2(2)", 1.0), ("TSTL0005 2", 0.9436), ("TSTL0003 2(3)", 0.6262)]),
        ("3(2)", [("TSTL0003 2(3)", 1.0), ("TSTL0003 2(2)", 0.6262)]),
    ]
    later = _precedents(LINEAGE / "treaties" / "TSTL0001.md", lineage, patterns_nlp, top=4, include_later=True)
    assert {p.doc_id for c in later.clauses for p in c.precedents} == {"TSTL0002", "TSTL0003", "TSTL0004", "TSTL0005"}


def test_a_year_from_the_opening_for_signature_may_be_a_year_late(tmp_path, patterns_nlp):
    # A convention done in 1989; one opened for signature in January 1990 (it may have been
    # adopted in 1989: it stays); one done in 1990 (left out); all three hold the clause.
    clause = "Each Party shall keep a register of the lighthouses on its coasts and publish it every year."
    dates = {"TSTS0001": "DONE at Rome on 5 May 1989.",
             "TSTS0002": "This Convention shall be open for signature at Oslo from 12 January 1990.",
             "TSTS0003": "DONE at Oslo on 12 October 1990."}
    (tmp_path / "c" / "treaties").mkdir(parents=True)
    for doc_id, date in dates.items():
        (tmp_path / "c" / "treaties" / f"{doc_id}.md").write_text(
            f"####Convention {doc_id} on lighthouses\n\n### Article 1\n\n####Register\n\n{clause}\n\n"
            f"### Article 2\n\n####Final clause\n\n{date}\n", encoding="utf-8")
    build_index(tmp_path / "c", tmp_path / "index", workers=0, patterns_only=True)
    index = load_index(tmp_path / "index", versions=PATTERNS)
    assert [(d.doc_id, d.year, d.year_from) for d in index.documents] == [
        ("TSTS0001", 1989, "testimonium"), ("TSTS0002", 1990, "signature"), ("TSTS0003", 1990, "testimonium")]
    result = _precedents(tmp_path / "c" / "treaties" / "TSTS0001.md", index, patterns_nlp)
    assert (result.year, result.later_left_out) == (1989, 1)
    assert [(c.clause_id, [(p.address, p.score) for p in c.precedents]) for c in result.clauses] == [
        ("1", [("TSTS0002 1", 1.0)])]


@pytest.mark.parametrize("path", [LINEAGE / "treaties" / "TSTL0005.md", DRAFT])
def test_an_undated_document_and_a_draft_are_unaffected(lineage, patterns_nlp, path):
    # The undated arrangement has no year to compare; a draft is not in the collection.
    result = _precedents(path, lineage, patterns_nlp, top=5)
    later = _precedents(path, lineage, patterns_nlp, top=5, include_later=True)
    assert (result.year, result.later_left_out, result.time_note) == (None, 0, "")
    assert render_jsonl(result) == render_jsonl(later)
    assert _ranking(result) == _ranking(later)


def test_the_precedents_command_leaves_later_documents_out_unless_asked(lineage):
    args = ["precedents", str(LINEAGE / "treaties" / "TSTL0002.md"), "--index", str(lineage.path), "--patterns-only",
            "--top", "1"]
    md = runner.invoke(app, args + ["-f", "md"])
    assert md.exit_code == 0, md.output
    assert md.stdout.splitlines()[:12] == [
        "# TSTL0002: precedents of each clause", "",
        "1 document(s) of the collection adopted after 2001 left out (a precedent precedes; --include-later to "
        "include them).", "",
        "| Clause | Precedent | Score | Labels (−lost +gained) | Diff |", "|---|---|---:|---|---|",
        "| preamble(1) | TSTL0001 preamble(1) (1998)<br>Convention against the Illicit Trade in Cultural Property | 1.00 "
        "|  | The States Parties to this \\[-Convention-\\] {+Protocol+} |",
        "| preamble(2) | TSTL0001 preamble(2) (1998)<br>Convention against the Illicit Trade in Cultural Property | 1.00 "
        "|  | (same words) |",
        "| 1 | — | | | |",
        "| 2(1) | TSTL0001 2(1) (1998)<br>Convention against the Illicit Trade in Cultural Property | 1.00 |  | (same words) |",
        "| 2(2) | TSTL0001 2(2) (1998)<br>Convention against the Illicit Trade in Cultural Property | 1.00 |  | (same words) |",
        "| 3(1) | TSTL0001 3(1) (1998)<br>Convention against the Illicit Trade in Cultural Property | 1.00 |  | "
        "This \\[-Convention-\\] {+Protocol+} shall be subject to ratification, acceptance |",
    ]
    jsonl = runner.invoke(app, args + ["-f", "jsonl", "--include-later"])
    assert jsonl.exit_code == 0, jsonl.output
    records = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert [(r["clause_id"], [(p["doc_id"], p["year"]) for p in r["precedents"]]) for r in records] == [
        ("preamble(1)", [("TSTL0001", 1998)]), ("preamble(2)", [("TSTL0001", 1998)]), ("1", [("TSTL0004", 2005)]),
        ("2(1)", [("TSTL0001", 1998)]), ("2(2)", [("TSTL0001", 1998)]), ("3(1)", [("TSTL0001", 1998)]),
        ("3(2)", [("TSTL0001", 1998)]),
    ]
    table = runner.invoke(app, args + ["--include-later"])
    assert table.exit_code == 0 and "left out" not in table.stdout
    html = runner.invoke(app, args + ["-f", "html"])
    assert html.exit_code == 0
    assert ('<p class="meta">1 document(s) of the collection adopted after 2001 left out (a precedent precedes; '
            "--include-later to include them).</p>") in html.stdout


def test_a_clause_of_common_words_only_still_finds_its_copies(tmp_path, patterns_nlp):
    # Words in more than 1% of the clauses (and more than 50) are left out of a query (the index
    # keeps words in up to 5%); a clause made only of such words ("For the purposes of this
    # Convention:", in 60 of 1,380 clauses) keeps them, and finds its word-for-word copies, the
    # oldest first. Without that, it found nothing.
    folder = tmp_path / "collection"
    (folder / "treaties").mkdir(parents=True)
    letters = "abcdefghijklmnopqrstuv"
    for i in range(60):
        lamps = "".join(f"({x}) \"beacon {i}-{j}\" means lamp {j} at pier {i};\n\n" for j, x in enumerate(letters))
        (folder / "treaties" / f"TSTC{i:04d}.md").write_text(
            f"####Convention number {i} on harbour lights\n\n### Article 1\n\n####Definitions\n\n"
            f"For the purposes of this Convention:\n\n{lamps}"
            f"### Article 2\n\n####Signature\n\nDONE at Lisbon on 3 March {1950 + (i * 7) % 60}.\n", encoding="utf-8")
    build_index(folder, tmp_path / "index", workers=0, patterns_only=True)
    index = load_index(tmp_path / "index", versions=PATTERNS)
    draft = tmp_path / "draft.txt"
    draft.write_text("DRAFT CONVENTION ON LIGHTHOUSES\n\nArticle 1\nDefinitions\nFor the purposes of this "
                     "Convention:\n", encoding="utf-8")
    result = _precedents(draft, index, patterns_nlp, top=3)
    assert [(c.clause_id, [(p.address, p.score, p.year) for p in c.precedents]) for c in result.clauses] == [
        ("preamble(1)", []),
        ("1", [("TSTC0000 1", 1.0, 1950), ("TSTC0043 1", 1.0, 1951), ("TSTC0026 1", 1.0, 1952)]),
    ]


@pytest.mark.parametrize("clause, clause_id, expected", [
    # held word for word by four documents, each holding only this clause of the draft: the
    # oldest first (1990, 1998, 2001, 2005); a closer one always before a less close one
    (RATIFICATION, "1(2)", [("TSTL0003 2(2)", 1.0), ("TSTL0001 3(1)", 1.0), ("TSTL0002 3(1)", 1.0), ("TSTL0004 2(1)", 1.0),
                    ("TSTL0005 2", 0.9436)]),
    # an undated copy after the dated ones
    (SEIZURE, "1(1)", [("TSTL0001 2(1)", 1.0), ("TSTL0002 2(1)", 1.0), ("TSTL0005 1(1)", 1.0), ("TSTL0004 1(1)", 0.9822)]),
])
def test_without_a_parent_the_older_text_comes_first_and_an_unknown_date_last(tmp_path, lineage, patterns_nlp,
                                                                               clause, clause_id, expected):
    draft = _draft(tmp_path, "DRAFT AGREEMENT ON THE RETURN OF CULTURAL PROPERTY", clause)
    result = _precedents(draft, lineage, patterns_nlp, top=5)
    assert _ranking(result) == [("preamble(1)", []), (clause_id, expected)]  # preamble(1): the title line


def test_the_document_the_draft_draws_on_comes_before_an_older_one(tmp_path, lineage, patterns_nlp):
    # Both clauses of the draft are in TSTL0001, TSTL0002 and TSTL0004 (its seizure clause at
    # 0.98); the 1990 convention holds only the final clause: it comes after them.
    result = _precedents(_draft(tmp_path, "DRAFT AGREEMENT ON THE RETURN OF CULTURAL PROPERTY"), lineage,
                         patterns_nlp, top=5)
    assert _ranking(result) == [
        ("preamble(1)", []),
        ("1(1)", [("TSTL0001 2(1)", 1.0), ("TSTL0002 2(1)", 1.0), ("TSTL0005 1(1)", 1.0), ("TSTL0004 1(1)", 0.9822)]),
        ("2(2)", [("TSTL0001 3(1)", 1.0), ("TSTL0002 3(1)", 1.0), ("TSTL0004 2(1)", 1.0), ("TSTL0003 2(2)", 1.0),
                  ("TSTL0005 2", 0.9436)]),
    ]


def test_of_two_titles_named_the_longest_is_the_parent(tmp_path, lineage, patterns_nlp):
    # The title names the protocol (after "amending the") and, within it, the convention.
    draft = _draft(tmp_path, "DRAFT PROTOCOL AMENDING THE PROTOCOL AGAINST THE TRAFFICKING IN ANTIQUITIES BY SEA, "
                             "SUPPLEMENTING THE CONVENTION AGAINST THE ILLICIT TRADE IN CULTURAL PROPERTY")
    result = _precedents(draft, lineage, patterns_nlp, top=5)
    assert _ranking(result) == [
        ("preamble(1)", []),
        ("1(1)", [("TSTL0002 2(1)", 1.0), ("TSTL0001 2(1)", 1.0), ("TSTL0005 1(1)", 1.0), ("TSTL0004 1(1)", 0.9822)]),
        ("2(2)", [("TSTL0002 3(1)", 1.0), ("TSTL0001 3(1)", 1.0), ("TSTL0004 2(1)", 1.0), ("TSTL0003 2(2)", 1.0),
                  ("TSTL0005 2", 0.9436)]),
    ]


@pytest.mark.parametrize("tie_order, expected", [
    # the default: parent, affinity, year (unknown last), position
    (None, ["TSTL0002", "TSTL0004", "TSTL0003", "TSTL0001", "TSTL0005"]),
    (("parent", "year", "affinity"), ["TSTL0002", "TSTL0003", "TSTL0001", "TSTL0004", "TSTL0005"]),
    (("year",), ["TSTL0003", "TSTL0001", "TSTL0002", "TSTL0004", "TSTL0005"]),
])
def test_document_order(lineage, tie_order, expected):
    affinity = np.array([1.0, 0.0, 1.0, 2.0, 0.0])
    rank = document_order(lineage, [1], affinity, tie_order)
    assert [d.doc_id for _, d in sorted(zip(rank, lineage.documents))] == expected


@pytest.mark.parametrize("text, expected", [
    # the testimonium, the year in figures or in words
    ("IN WITNESS WHEREOF the undersigned have signed this Convention. DONE at Strasbourg, this 8th day of "
     "November 1990, in English and French.", (1990, "testimonium")),
    ("DONE AT VIENNA, in one original, this twentieth day of December one thousand nine hundred and "
     "eighty-eight.", (1988, "testimonium")),
    ("Done in duplicate at The Hague on the fifteenth day of December in the year two thousand.",
     (2000, "testimonium")),
    ("DONE in Paris this seventeenth day of December, Nineteen Hundred and Ninety-Seven in French and English.",
     (1997, "testimonium")),
    ("Done at Geneva on the second day of March two thousand and eleven.", (2011, "testimonium")),
    # a misspelt year in words is not read as "nineteen hundred"
    ("DONE at Geneva, on the twenty fourth day of May nineteen hundred and eigthy three.", (None, "")),
    # a lower-case "done at" names another instrument: the capital one is the testimonium
    ("Having regard to the Convention done at Paris on 13 December 1957,\n...\nDone at Rome on 4 November 2003.",
     (2003, "testimonium")),
    # no year on the testimonium's line: the next cue
    ("1. This Protocol shall be open for signature from 12 to 15 December 2000 in Palermo.\nDone at New York.\n"
     "Annex, 1999", (2000, "signature")),
    # none
    ("Having regard to the Convention done at Paris on 13 December 1957.", (None, "")),
])
def test_adoption_year(text, expected):
    assert adoption_year(text) == expected


@pytest.mark.parametrize("title, expected", [
    ("International Convention for the Safety of Life at Sea, 1974", 1974),
    ("Protocol of 1978 relating to the International Convention for the Safety of Life at Sea, 1974", 1978),
    # the year after "amending the" is the amended convention's
    ("Protocol amending the Convention of 28 January 1981", None),
    ("Convention on Cybercrime", None),
])
def test_title_year(title, expected):
    assert title_year(title) == expected


@pytest.mark.parametrize("title, expected", [
    ("Second Additional Protocol to the European Convention on Extradition", [1]),
    ("Protocol amending the Additional Protocol to the European Convention on Extradition", [2]),  # the longest
    ("Protocol against Smuggling, supplementing the Convention on Cybercrime", [3]),
    # a generic title ("Protocol", "Additional Protocol") names no parent; nor one that two documents hold
    ("Protocol to the Agreement between the Kingdom of the Netherlands and Ruritania", []),
    ("Additional Protocol", []),
    # the title contains a known title, but not after a cue: a new instrument, not a protocol to it
    ("Council of Europe Convention on Cybercrime and Electronic Evidence", []),
    # the document itself (excluded) is not its own parent
    ("Convention on Cybercrime", []),
])
def test_parent_documents(title, expected):
    table = parent_table(["Protocol", "European Convention on Extradition",
                          "Additional Protocol to the European Convention on Extradition", "Convention on Cybercrime",
                          "Agreement between the Kingdom of the Netherlands and Ruritania",
                          "Agreement between the Kingdom of the Netherlands and Ruritania", "Additional Protocol"])
    assert parent_documents(title, table, excluded=[3] if title == "Convention on Cybercrime" else []) == expected


def test_an_index_of_an_older_format_is_reported_and_rebuilt(tmp_path, lineage):
    path = tmp_path / "index"
    shutil.copytree(lineage.path, path)
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    meta["format"] = "treatyscope-index/1"
    (path / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    result = runner.invoke(app, ["precedents", str(DRAFT), "--index", str(path), "--patterns-only", "-f", "jsonl"])
    assert result.exit_code == 2
    assert result.stderr == (f"treatyscope: error: {path}: the index is of another format (treatyscope-index/1, this treatyscope "
                             f"reads treatyscope-index/2); rebuild it with 'treatyscope index build'\n")
    report = build_index(LINEAGE, path, workers=0, patterns_only=True)
    assert report.rebuilt_all.startswith(f"{path}: the index is of another format") and report.labelled == 5
    again = load_index(path, versions=PATTERNS)
    assert [(d.doc_id, d.year) for d in again.documents] == [(d.doc_id, d.year) for d in lineage.documents]


def test_query_words_are_counted_as_the_index_counts_them():
    """count_words (mmh3, no scikit-learn) gives scikit-learn's HashingVectorizer matrix bit for
    bit, on treaty text, accents, digits, underscores, empty and very long lines; the query
    rows are normalised as sklearn's normalize does."""
    from sklearn.preprocessing import normalize

    from treatyscope.fast.frozen import normalize_rows_l2
    from treatyscope.index import count_words, vectorizer

    texts = DRAFT.read_text(encoding="utf-8").splitlines() + [
        "", "Ünïcode ÉCOLE Straße ǅungla 1990 a_b", "word " * 3000, "ΣΊΣΥΦΟΣ and the Łódź ﬁle", "x" * 5000]
    expected, got = vectorizer().transform(texts).tocsr(), count_words(texts).tocsr()
    assert (expected.dtype, expected.shape, expected.indices.dtype) == (got.dtype, got.shape, got.indices.dtype)
    for part in ("indptr", "indices", "data"):
        assert np.array_equal(getattr(expected, part), getattr(got, part)), part
    weighted = got.copy()
    weighted.data = np.log1p(weighted.data) * np.float32(1.37)
    ours = weighted.copy()
    normalize_rows_l2(ours)
    assert np.array_equal(normalize(weighted, norm="l2", copy=False).data, ours.data)


def test_a_cold_search_imports_neither_scikit_learn_nor_pandas(built, tmp_path):
    """``precedents`` in a fresh process: the same output as in this one, without importing
    scikit-learn (the query's words are counted with mmh3) or pandas (pyarrow imports it when
    given a list or a numpy array of rows)."""
    import os
    import subprocess
    import sys

    out = tmp_path / "draft.jsonl"
    script = ("import sys\nfrom treatyscope.cli import main\n"
              f"sys.argv = ['treatyscope', 'precedents', {str(DRAFT)!r}, '--index', {str(built[1])!r}, "
              f"'--patterns-only', '-f', 'jsonl', '-o', {str(out)!r}]\n"
              "try:\n    main()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
              "print(' '.join(sorted({m.split('.')[0] for m in sys.modules} & {'sklearn', 'skops', 'pandas'})))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600,
                          env=dict(os.environ))
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == []
    assert out.read_text(encoding="utf-8") == EXPECTED.read_text(encoding="utf-8")
