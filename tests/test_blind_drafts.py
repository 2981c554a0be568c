"""Drafts read blind: the shipped model on five drafts written for the tests.

Each draft in ``fixtures/blind`` was written for these tests and every clause labelled against
the codebook by a reader who never ran the labeller; where the gold labels the same words
otherwise, the reading was changed to the gold's and its note says so ("[checked: ...]").
``python benchmarks/blind_drafts.py`` prints the figures (docs/evaluation.md, "Three drafts read
blind" and "Two more drafts read blind").

Three (a UN-style draft on crimes committed by means of ICT, a Council of Europe protocol on
electronic evidence, a regional convention against corruption) were read first: the shipped
model of commit 2f736f0 got 290 of their 387 clauses right (75%). Two more (a bilateral
extradition and assistance treaty, a UN zero draft) were written after the error study those
three prompted: the model of commit 07ef985 got 208 of their 259 clauses right (80%; 197 with
the model of 2f736f0). The changes made after each set's misses were seen make its rows no
longer a blind measure. A row the shipped model still gets wrong is expected to fail, and
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
    ("bilateral_treaty", "3(1)"):
        "gives serious: no dual_criminality: 'where the law of each Party provides for it a penalty'",
    ("bilateral_treaty", "3(2)"):
        "gives serious: serious on 'an extraditable offence' given to offences under a multilateral convention, no treaty",
    ("bilateral_treaty", "3(3)"):
        "gives no label: no dual_criminality: a lead-in 'whether an offence is punishable under the law of each Party'",
    ("bilateral_treaty", "3(3)(a)"):
        "gives no label: no dual_criminality: an item of the lead-in of 3(3)",
    ("bilateral_treaty", "3(3)(b)"):
        "gives no label: no dual_criminality: an item of the lead-in of 3(3)",
    ("bilateral_treaty", "4(1)(f)"):
        "gives refusal_grounds: no human_rights: 'subjected in the Requesting State to torture' (the words apart)",
    ("bilateral_treaty", "4(2)(b)"):
        "gives refusal_grounds: no treaty: offences both Parties must prosecute 'under a multilateral convention'",
    ("bilateral_treaty", "5(a)"):
        "gives refusal_grounds, domestic_law: domestic_law on 'regarded under the law of the Requested State' in a ground of refusal",
    ("bilateral_treaty", "5(b)"):
        "gives refusal_grounds: no human_rights: ne bis in idem worded as a decision not to prosecute the same conduct",
    ("bilateral_treaty", "10(1)"):
        "gives refusal_grounds: no proportionality: a thirty-day limit on surrender",
    ("bilateral_treaty", "11(2)"):
        "gives no label: no use_limitation or serious: speciality for a newly characterised offence",
    ("bilateral_treaty", "12(2)"):
        "gives no label: no refusal_grounds or proportionality: property kept for pending proceedings, sent back",
    ("bilateral_treaty", "14"):
        "gives use_limitation: use_limitation on a mention of the rule of speciality; no human_rights or judicial_oversight for consent before a judge",
    ("bilateral_treaty", "17(1)(e)"):
        "gives refusal_grounds: no domestic_law: 'prohibited by its law ... in a similar case'",
    ("bilateral_treaty", "18(2)"):
        "gives domestic_law, proportionality: proportionality on 'necessary' in a request for more information",
    ("bilateral_treaty", "20(2)"):
        "gives no label: no use_limitation: 'used or passed on ... only for the investigation or proceedings described'",
    ("bilateral_treaty", "25(2)"):
        "gives no label: no proportionality: return 'as soon as his or her presence is no longer required'",
    ("bilateral_treaty", "26(3)"):
        "gives no label: no use_limitation: no penalty for not answering a summons",
    ("bilateral_treaty", "27(3)(a)(i)"):
        "gives no label: no judicial_oversight: an item of the judicial authority's duties",
    ("bilateral_treaty", "27(3)(a)(ii)"):
        "gives domestic_law: no judicial_oversight: an item of the judicial authority's duties",
    ("bilateral_treaty", "30(1)"):
        "gives data_protection: no use_limitation: 'processed ... only for the purposes for which they were transferred'",
    ("bilateral_treaty", "30(6)"):
        "gives judicial_oversight: no data_protection: compliance supervised by independent authorities, without 'personal data'",
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
        "gives human_rights, judicial_oversight: no data_protection: judicial remedies for violations of the data-protection article (no 'personal data')",
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
    ("un_zero_draft", "21(1)"):
        "gives defined, domestic_law: domestic_law on 'in accordance with its domestic law' in witness protection (no measure)",
    ("un_zero_draft", "24"):
        "gives defined: no human_rights: '[, with their consent,]' of sentenced persons",
    ("un_zero_draft", "29"):
        "gives defined, proportionality: proportionality on 'case by case'",
    ("un_zero_draft", "31(1)"):
        "gives defined: no other: 'the use of information and communications technologies for criminal purposes'",
    ("un_zero_draft", "31(3)"):
        "gives human_rights, data_protection: data_protection on 'the right to privacy' in a prevention policy",
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


def test_five_drafts_are_read():
    assert DRAFTS == ["bilateral_treaty", "coe_evidence_protocol", "regional_corruption_convention", "un_ict_draft",
                      "un_zero_draft"]


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
