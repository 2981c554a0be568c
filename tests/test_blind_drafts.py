"""Drafts read blind: the shipped model on three drafts written for the tests.

Each draft in ``fixtures/blind`` (a UN-style draft on crimes committed by means of ICT, a
Council of Europe protocol on electronic evidence, a regional convention against corruption)
was written for these tests and every clause labelled against the codebook by a reader who never
ran the labeller; where the gold labels the same words otherwise, the reading was changed to the
gold's and its note says so. ``python benchmarks/blind_drafts.py`` prints the figures.

The shipped model of commit 2f736f0 got 290 of the 387 clauses right (75%), before any change
made after the misses were seen; the changes of the error study that followed
(docs/evaluation.md, "Three drafts read blind") were written from these misses, so the rows are
no longer a blind measure. A row the shipped model still gets wrong is expected to fail, and
strict: a model that gets it right makes the test say so (then move the row among the passing).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from treatyscope.ingest import read_document
from treatyscope.pipeline import default_pipeline, label_document
from treatyscope.segment import segment

BLIND = Path(__file__).parent / "fixtures" / "blind"

# (draft, clause) -> what the shipped model does instead, and why (docs/evaluation.md).
MISSED: dict[tuple[str, str], str] = {
    ("coe_evidence_protocol", "preamble(7)"):
        "gives data_protection: data_protection on an instrument's title in a recital that only recalls it",
    ("coe_evidence_protocol", "2(1)(a)"):
        "gives defined, any: no proportionality: a scope-of-application clause is no measure for the gate",
    ("coe_evidence_protocol", "2(1)(b)"):
        "gives no label: no tier for 'offences established pursuant to that Additional Protocol'; no proportionality as 2(1)(a)",
    ("coe_evidence_protocol", "6(3)"):
        "gives proportionality, use_limitation: proportionality on 'a specific criminal investigation' in what a request must state",
    ("coe_evidence_protocol", "9(1)"):
        "gives no label: no proportionality: 'in an emergency' as the condition of a power",
    ("coe_evidence_protocol", "10(2)"):
        "gives no label: no domestic_law: 'the conditions of the applicable treaty or of its domestic law'",
    ("coe_evidence_protocol", "11(1)"):
        "gives no label: no proportionality: 'on a case-by-case basis'",
    ("coe_evidence_protocol", "12(4)"):
        "gives no label: no use_limitation: a lead-in listing the uses a team's information may be put to",
    ("coe_evidence_protocol", "12(4)(c)"):
        "gives no label: no use_limitation: an item of the lead-in of 12(4)",
    ("coe_evidence_protocol", "14(5)"):
        "gives data_protection: no non_discrimination: processing only under safeguards against unlawful discrimination",
    ("coe_evidence_protocol", "14(9)"):
        "gives no label: no data_protection: a security incident named without 'personal data'",
    ("coe_evidence_protocol", "14(11)(b)"):
        "gives data_protection, use_limitation: use_limitation carried from the onward-transfer lead-in to its adequacy item",
    ("coe_evidence_protocol", "14(12)(c)"):
        "gives data_protection: no human_rights: the means of access, rectification and redress named without 'rights'",
    ("coe_evidence_protocol", "14(13)"):
        "gives domestic_law: no data_protection: a restriction of personal notice without 'personal data'",
    ("coe_evidence_protocol", "14(14)"):
        "gives domestic_law, data_protection: domestic_law on the procedures of a person's right (no measure's condition)",
    ("coe_evidence_protocol", "14(15)"):
        "gives domestic_law, proportionality: no human_rights or data_protection: access restricted with regard to the individual's interests",
    ("coe_evidence_protocol", "14(16)"):
        "gives human_rights: no judicial_oversight or data_protection: judicial remedies for violations of the data-protection article",
    ("coe_evidence_protocol", "14(17)(a)"):
        "gives data_protection: no judicial_oversight: an item stating the independent oversight's powers",
    ("coe_evidence_protocol", "14(17)(b)"):
        "gives data_protection: no judicial_oversight: an item stating the independent oversight's powers",
    ("coe_evidence_protocol", "14(17)(c)"):
        "gives data_protection: no judicial_oversight: an item stating the independent oversight's powers",
    ("coe_evidence_protocol", "14(18)"):
        "gives proportionality, data_protection: proportionality on 'a reasonable period' of consultation; no refusal_grounds for suspending transfers",
    ("coe_evidence_protocol", "15(2)"):
        "gives domestic_law, proportionality: no use_limitation: an order not to disclose the order to the subscriber",
    ("coe_evidence_protocol", "19(3)"):
        "gives refusal_grounds: no dual_criminality: a reservation is a final clause, no measure for the gate",
    ("coe_evidence_protocol", "23"):
        "gives data_protection: data_protection on 'personal data' in the Parties' assessment of implementation",
    ("regional_corruption_convention", "20(3)"):
        "gives refusal_grounds, use_limitation: refusal_grounds on 'bank secrecy' in a use limitation",
    ("regional_corruption_convention", "23(2)(a)"):
        "gives no label: no defined: 'embezzled as described in article 11' cites a criminalisation article by its conduct",
    ("regional_corruption_convention", "24(2)"):
        "gives defined, dual_criminality: no domestic_law: 'whose law so permits' found, below the classifier's threshold",
    ("regional_corruption_convention", "24(4)"):
        "gives defined: no serious: 'not extraditable by reason of the length of the penalty'",
    ("regional_corruption_convention", "25(1)(c)"):
        "gives refusal_grounds: no human_rights: exposure to torture or inhuman treatment as a ground of refusal",
    ("regional_corruption_convention", "28(2)"):
        "gives defined, human_rights: no domestic_law: 'in accordance with its domestic law' found, below the classifier's threshold",
    ("regional_corruption_convention", "30(2)"):
        "gives dual_criminality: no refusal_grounds ('unless ... of a minimal nature'); no domestic_law, below the threshold",
    ("regional_corruption_convention", "34(1)"):
        "gives domestic_law, data_protection: domestic_law on 'the laws of the receiving State Party on the protection of personal data'",
    ("regional_corruption_convention", "34(2)(c)"):
        "gives data_protection, use_limitation: no human_rights: the consent of the person concerned to a use of the data",
    ("regional_corruption_convention", "36(2)"):
        "gives domestic_law: domestic_law in a report to the follow-up committee",
    ("un_ict_draft", "1"):
        "gives other: other in the purpose clause (an aim)",
    ("un_ict_draft", "26(2)"):
        "gives no label: no domestic_law: 'available to it in a comparable domestic case'",
    ("un_ict_draft", "30"):
        "gives other: other in a prevention policy (an aim)",
}


def _labels(name: str) -> list[dict]:
    path = BLIND / f"{name}.labels.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


DRAFTS = sorted(p.stem for p in BLIND.glob("*.txt"))


def _rows():
    for name in DRAFTS:
        for r in _labels(name):
            key = (name, r["clause_id"])
            marks = [pytest.mark.xfail(strict=True, reason=MISSED[key])] if key in MISSED else []
            yield pytest.param(name, r["clause_id"], r["tiers"] + r["safeguards"], marks=marks,
                               id=f"{name}-{r['clause_id']}")


@pytest.fixture(scope="module")
def labelled():
    nlp = default_pipeline()
    done: dict[str, dict[str, list[str]]] = {}

    def of(name: str) -> dict[str, list[str]]:
        if name not in done:
            ld, _ = label_document(read_document(BLIND / f"{name}.txt"), nlp=nlp)
            done[name] = {lc.clause.clause_id: lc.tiers + lc.safeguards for lc in ld.clauses}
        return done[name]

    return of


def test_three_drafts_are_read():
    assert DRAFTS == ["coe_evidence_protocol", "regional_corruption_convention", "un_ict_draft"]


@pytest.mark.parametrize("name", DRAFTS)
def test_every_clause_of_a_draft_has_one_reading(name):
    clauses = segment(read_document(BLIND / f"{name}.txt"))
    assert [c.clause_id for c in clauses] == [r["clause_id"] for r in _labels(name)]


def test_every_miss_names_a_row_of_a_draft():
    rows = {(name, r["clause_id"]) for name in DRAFTS for r in _labels(name)}
    assert set(MISSED) <= rows


@pytest.mark.parametrize(("name", "clause_id", "expected"), list(_rows()))
def test_a_draft_read_blind(labelled, name, clause_id, expected):
    assert labelled(name)[clause_id] == expected
