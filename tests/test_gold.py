"""Gold labels: building from annotations, loading with checksums, and the project's own gold files."""

from __future__ import annotations

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
    docs = {r["doc_id"] for r in project_gold}
    assert len(docs) >= 15 and len(project_gold) >= 2500


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
