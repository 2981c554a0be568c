"""Gold labels: building from annotations, loading with checksums, and the project's own gold files."""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import FIXTURES
from treatyscope import gold
from treatyscope.errors import GoldError
from treatyscope.types import LABELS, POLARITIES, SAFEGUARDS, TIERS, text_checksum

DOC = "mini_convention"


@pytest.fixture()
def mini_corpus(tmp_path):
    (tmp_path / "treaties").mkdir()
    shutil.copy(FIXTURES / f"{DOC}.md", tmp_path / "treaties" / f"{DOC}.md")
    return tmp_path


def annotations(**overrides):
    """One annotation per English clause of the fixture; overrides replace whole records."""
    base = {
        "preamble(1)": {}, "preamble(3)": {},
        "preamble(2)": {"safeguards": ["human_rights"],
                        "evidence": [{"label": "human_rights", "quote": "human rights", "polarity": "required"}]},
        "1(1)": {"tiers": ["defined"],
                 "evidence": [{"label": "defined", "quote": "offences established in accordance with article 2"}]},
        "1(2)": {"tiers": ["any"], "safeguards": ["domestic_law"],
                 "evidence": [{"label": "any", "quote": "any criminal offence"},
                              {"label": "domestic_law", "quote": "to the extent permitted by the domestic law of the requested Party"}],
                 "note": "domestic law conditions the cooperation"},
        "2": {"tiers": ["defined"], "evidence": [{"label": "defined", "quote": "establish as criminal offences"}]},
        "3": {"safeguards": ["refusal_grounds"],
              "evidence": [{"label": "refusal_grounds", "quote": "may be refused", "polarity": "optional"}]},
    }
    base.update(overrides)
    return [{"clause_id": cid, "tiers": [], "safeguards": [], "evidence": [], **rec} for cid, rec in base.items()]


def test_units_are_the_english_clauses(mini_corpus):
    units = gold.units(DOC, mini_corpus)
    assert [u["clause_id"] for u in units] == ["preamble(1)", "preamble(2)", "preamble(3)", "1(1)", "1(2)", "2", "3"]
    assert units[3]["heading"] == "Scope"


def test_build_and_load_round_trip(mini_corpus, tmp_path):
    records = gold.build(DOC, annotations(), mini_corpus)
    path = tmp_path / "gold" / f"{DOC}.jsonl"
    gold.write_jsonl(path, records)
    assert "requested Party" not in path.read_text()  # no treaty text is stored
    ds = gold.load_gold([path], mini_corpus)["gold"]
    assert ds.num_rows == 7
    row = ds[4]
    assert row["clause_id"] == "1(2)" and row["tiers"] == ["any"] and row["safeguards"] == ["domestic_law"]
    assert row["text"].startswith("Assistance may also be given")
    assert [e["text"] for e in row["evidence"]] == ["any criminal offence",
                                                     "to the extent permitted by the domestic law of the requested Party"]
    assert row["note"] == "domestic law conditions the cooperation"
    by_doc = gold.load_gold([path], mini_corpus, by_document=True)
    assert list(by_doc) == [DOC]


def test_checksum_mismatch_names_the_document(mini_corpus, tmp_path):
    path = tmp_path / f"{DOC}.jsonl"
    gold.write_jsonl(path, gold.build(DOC, annotations(), mini_corpus))
    f = mini_corpus / "treaties" / f"{DOC}.md"
    f.write_text(f.read_text().replace("political offence", "military offence"))
    with pytest.raises(GoldError, match=DOC):
        gold.load_gold([path], mini_corpus)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        # a label outside the codebook
        ({"3": {"safeguards": ["fairness"], "evidence": []}}, "not a safeguard label"),
        # a label without evidence
        ({"3": {"safeguards": ["refusal_grounds"], "evidence": []}}, "has no evidence"),
        # a quote that is not in its clause
        ({"3": {"safeguards": ["refusal_grounds"],
                "evidence": [{"label": "refusal_grounds", "quote": "shall be refused", "polarity": "optional"}]}},
         "not found in the clause"),
        # a polarity that does not exist
        ({"3": {"safeguards": ["refusal_grounds"],
                "evidence": [{"label": "refusal_grounds", "quote": "may be refused", "polarity": "maybe"}]}},
         "polarity"),
    ],
)
def test_build_refuses_bad_annotations(mini_corpus, overrides, message):
    with pytest.raises(GoldError, match=message):
        gold.build(DOC, annotations(**overrides), mini_corpus)


def test_build_refuses_a_partly_labelled_document(mini_corpus):
    with pytest.raises(GoldError, match="not labelled"):
        gold.build(DOC, annotations()[:-1], mini_corpus)


# -- consistency across documents -----------------------------------------------------------

_REFUSAL = "Assistance may be refused if the request concerns an offence which the requested Party considers a political offence."


@pytest.fixture()
def twin_corpus(tmp_path):
    """Two documents sharing one clause word for word (but for case and spacing) and one only in part."""
    (tmp_path / "treaties").mkdir()
    for doc, extra in (("twin_a", "Each Party shall designate a central authority."),
                       ("twin_b", "Each Party shall designate a central authority for requests in customs matters.")):
        (tmp_path / "treaties" / f"{doc}.md").write_text(
            f"### Article  1  \n\n####Refusal\n\n{_REFUSAL if doc == 'twin_a' else _REFUSAL.upper()}\n\n"
            f"### Article  2  \n\n####Authorities\n\n{extra}\n")
    return tmp_path


def _twin_gold(twin_corpus, out, *, b_refusal: bool, b_note: str = ""):
    refusal = {"safeguards": ["refusal_grounds"],
               "evidence": [{"label": "refusal_grounds", "quote": "may be refused", "polarity": "optional"}]}
    for doc, ann in (("twin_a", {"1": refusal, "2": {}}),
                     ("twin_b", {"1": ({"safeguards": ["refusal_grounds"], "evidence": [
                         {"label": "refusal_grounds", "quote": "MAY BE REFUSED", "polarity": "optional"}]}
                                   if b_refusal else {}) | {"note": b_note}, "2": {}})):
        records = gold.build(doc, [{"clause_id": c, "tiers": [], "safeguards": [], "evidence": [], **a}
                                   for c, a in ann.items()], twin_corpus)
        gold.write_jsonl(out / f"{doc}.jsonl", records)
    return out


@pytest.mark.parametrize(
    ("b_refusal", "b_note", "differ", "explained"),
    [
        # the same words get the same labels: a near-identical pair, nothing to explain
        (True, "", False, False),
        # different labels and no note
        (False, "", True, False),
        # different labels and a note that does not name the other document
        (False, "a reading of the context", True, False),
        # different labels, explained by a note naming the other document
        (False, "differs from twin_a 1: here the ground is a reservation", True, True),
    ],
)
def test_near_identical_pairs_across_documents(twin_corpus, tmp_path, b_refusal, b_note, differ, explained):
    out = _twin_gold(twin_corpus, tmp_path, b_refusal=b_refusal, b_note=b_note)
    pairs = gold.near_identical_pairs(gold.load_records([out], twin_corpus))
    # article 2 texts differ too much (and are under 80 characters): only the refusal clauses pair
    assert [(p.first["clause_id"], p.second["clause_id"], p.ratio, p.labels_differ, p.explained)
            for p in pairs] == [("1", "1", 1.0, differ, explained)]


def test_normalise_folds_case_quotes_dashes_and_spacing():
    assert gold.normalise("  The  “Party”\n– *shall* refuse;  ") == 'the "party" - shall refuse'


@pytest.mark.parametrize(("b_refusal", "b_note", "exit_code"), [(True, "", 0), (False, "", 1),
                                                                 (False, "unlike twin_a, a reservation", 0)])
def test_gold_check_fails_on_an_unexplained_pair(twin_corpus, tmp_path, b_refusal, b_note, exit_code):
    from typer.testing import CliRunner

    from treatyscope.cli import app

    out = _twin_gold(twin_corpus, tmp_path, b_refusal=b_refusal, b_note=b_note)
    result = CliRunner().invoke(app, ["gold", "check", str(out), "--corpus", str(twin_corpus)])
    assert result.exit_code == exit_code, result.output
    differing = 0 if b_refusal else 1
    assert (f"1 near-identical clause pairs across documents; {differing} with different labels, "
            f"{differing if exit_code == 0 else 0} of them explained by a note") in result.output
    assert ("unexplained: twin_a 1 [refusal_grounds] ~ twin_b 1 [-] (ratio 1.00)" in result.output) == bool(exit_code)


# -- the project's gold corpus ------------------------------------------------------------


@pytest.fixture(scope="module")
def project_gold():
    return [r for f in gold.gold_files() for r in gold.read_jsonl(f)]


def test_gold_label_names_are_the_codebooks(project_gold):
    for r in project_gold:
        assert set(r["tiers"]) <= set(TIERS) and set(r["safeguards"]) <= set(SAFEGUARDS)
        for e in r["evidence"]:
            assert e["label"] in LABELS
            assert (e["polarity"] in POLARITIES) if e["label"] in SAFEGUARDS else e["polarity"] is None


def test_gold_is_big_enough(project_gold):
    # gold v2's aims: 45 treaties, 5,500 English clauses
    docs = {r["doc_id"] for r in project_gold}
    assert len(docs) >= 45 and len(project_gold) >= 5500


def test_project_gold_is_consistent_across_documents(corpus):
    # every near-identical pair of clauses from different treaties has the same labels, or a note
    # naming the other treaty and saying why they differ
    pairs = gold.near_identical_pairs(gold.load_records(corpus=corpus))
    assert [p.describe() for p in pairs if p.labels_differ and not p.explained] == []


def test_gold_offsets_and_checksums_match_the_corpus(corpus, project_gold):
    from treatyscope.corpus import document_path
    from treatyscope.ingest import read_document

    texts = {}
    for r in project_gold:
        if r["doc_id"] not in texts:
            doc = read_document(document_path(corpus, r["doc_id"]))
            assert doc.sha256 == r["source_sha256"], r["doc_id"]
            texts[r["doc_id"]] = doc.text
        text = texts[r["doc_id"]]
        assert 0 <= r["start"] < r["end"] <= len(text)
        assert text_checksum(text[r["start"]:r["end"]]) == r["checksum"], (r["doc_id"], r["clause_id"])
        for e in r["evidence"]:
            assert r["start"] <= e["start"] < e["end"] <= r["end"]


def test_every_document_is_fully_labelled(corpus, project_gold):
    by_doc: dict[str, set[str]] = {}
    for r in project_gold:
        by_doc.setdefault(r["doc_id"], set()).add(r["clause_id"])
    for doc_id, labelled in by_doc.items():
        assert {u["clause_id"] for u in gold.units(doc_id, corpus)} == labelled, doc_id


# ---------------------------------------------------------------------------------------
# Labelled drafts (corpora/drafts): written for the project, labelled by clause id.

DRAFT = """Convention on Cooperation against Cyber Offences

Article 1 - Scope

1. This Convention applies to the offences established in accordance with Article 2.

2. Each Party may extend its application to other serious crime.

Article 2 - Illegal access

Each Party shall establish as a criminal offence under its domestic law the access to the whole or any part of a computer system without right.

Article 3 - Refusal of assistance

Assistance may be refused:

a. if the request concerns an offence which the requested Party considers a political offence;

b. if execution of the request is likely to prejudice its sovereignty.
"""
DRAFT_LABELS = {
    "preamble(1)": ([], []), "1(1)": (["defined"], []), "1(2)": (["serious"], []), "2": ([], []),
    "3": ([], ["refusal_grounds"]), "3(a)": ([], ["refusal_grounds"]), "3(b)": ([], ["refusal_grounds"]),
}


def write_draft(folder, name="cyber_draft", labels=None, text=DRAFT):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    rows = labels if labels is not None else [
        {"clause_id": cid, "tiers": t, "safeguards": s, "note": ""} for cid, (t, s) in DRAFT_LABELS.items()]
    (folder / f"{name}.labels.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return folder / f"{name}.txt"


def test_load_drafts_gives_gold_records_of_every_labelled_clause(tmp_path):
    write_draft(tmp_path)
    records = gold.load_drafts([tmp_path])
    assert [(r["doc_id"], r["clause_id"], r["tiers"], r["safeguards"], r["heading"], r["chapeau"], r["evidence"],
             r["draft"]) for r in records] == [
        ("cyber_draft", "preamble(1)", [], [], None, None, [], True),
        ("cyber_draft", "1(1)", ["defined"], [], "Scope", None, [], True),
        ("cyber_draft", "1(2)", ["serious"], [], "Scope", None, [], True),
        ("cyber_draft", "2", [], [], "Illegal access", None, [], True),
        ("cyber_draft", "3", [], ["refusal_grounds"], "Refusal of assistance", None, [], True),
        ("cyber_draft", "3(a)", [], ["refusal_grounds"], "Refusal of assistance", "Assistance may be refused:", [], True),
        ("cyber_draft", "3(b)", [], ["refusal_grounds"], "Refusal of assistance", "Assistance may be refused:", [], True),
    ]
    text = DRAFT
    for r in records:
        assert text[r["start"]:r["end"]] == r["text"] and r["checksum"] == text_checksum(r["text"])


def _rows():
    return [{"clause_id": cid, "tiers": t, "safeguards": s} for cid, (t, s) in DRAFT_LABELS.items()]


@pytest.mark.parametrize("rows, message", [
    ([r for r in _rows() if r["clause_id"] != "3(b)"],
     "the clauses labelled are not the clauses the draft segments into (1 differ, first 3(b))"),
    (_rows() + [{"clause_id": "4", "tiers": [], "safeguards": []}],
     "the clauses labelled are not the clauses the draft segments into (1 differ, first 4)"),
    (_rows() + [{"clause_id": "2", "tiers": [], "safeguards": []}], "cyber_draft.labels.jsonl:8: clause 2 labelled twice"),
    ([{"clause_id": "2", "tiers": ["grave"], "safeguards": []}],
     "cyber_draft.labels.jsonl:1: 'grave' is not a tier label"),
    ([{"tiers": [], "safeguards": []}], "cyber_draft.labels.jsonl:1: no clause_id"),
])
def test_load_drafts_refuses_labels_that_do_not_fit_the_draft(tmp_path, rows, message):
    write_draft(tmp_path, labels=rows)
    with pytest.raises(GoldError) as raised:
        gold.load_drafts([tmp_path])
    assert message in str(raised.value)


def test_a_draft_without_its_labels_file_is_refused(tmp_path):
    (tmp_path / "lonely.txt").write_text(DRAFT, encoding="utf-8")
    with pytest.raises(GoldError, match=r"lonely.txt: no labels file lonely.labels.jsonl beside it"):
        gold.draft_files([tmp_path])
    with pytest.raises(GoldError, match=r"nowhere: no such draft or folder"):
        gold.draft_files([tmp_path / "nowhere"])


def test_the_projects_drafts_load():
    records = gold.load_drafts()
    assert len({r["doc_id"] for r in records}) == 121 and len(records) == 22516
    assert all(r["draft"] and not r["evidence"] for r in records)
