"""The data types: JSONL round trips and the one order of polarities."""

from __future__ import annotations

import json

import pytest

from treatyscope.types import (POLARITIES, Clause, CrossReference, Evidence, Inherited, LabelledClause, Polarity,
                               RefKind)


def clause(**kw) -> Clause:
    values = dict(doc_id="d", clause_id="3(1)(a)", article="3", paragraph="1", subparagraph="a", heading="Scope",
                  language="en", start=10, end=40, text="the collection of evidence here")
    values.update(kw)
    return Clause(**values)


def labelled(**kw) -> LabelledClause:
    values = dict(clause=clause(), tiers=["any"], safeguards=["refusal_grounds"],
                  evidence=[Evidence("any", 14, 24, "collection", None),
                            Evidence("refusal_grounds", 25, 33, "evidence", Polarity.OPTIONAL, "classifier")],
                  references=[CrossReference("5", "2", None, 30, 39, "Article 5", RefKind.SUBJECT_TO)],
                  inherited=[Inherited("human_rights", ("3(1)(a)", "5(2)"))])
    values.update(kw)
    return LabelledClause(**values)


@pytest.mark.parametrize("lc", [
    # every field set, the clause a chapeau
    labelled(clause=clause(chapeau=True, bracketed=True, brackets=((12, 20),), context=("Chapter II",))),
    # a clause that is not a chapeau, with nothing found
    labelled(tiers=[], safeguards=[], evidence=[], references=[], inherited=[]),
    # a clause not in English
    labelled(clause=clause(language="nl", subparagraph=None, paragraph=None, heading=None), tiers=[], safeguards=[],
             evidence=[], references=[], inherited=[]),
])
def test_jsonl_round_trip_keeps_every_field(lc):
    line = json.dumps(lc.to_dict(), ensure_ascii=False)
    back = LabelledClause.from_dict(json.loads(line))
    assert back == lc


def test_the_chapeau_flag_is_in_the_jsonl():
    assert labelled(clause=clause(chapeau=True)).to_dict()["chapeau"] is True


def test_polarities_have_one_order_strongest_first():
    assert POLARITIES == ("required", "optional", "waived")
    lc = labelled(evidence=[Evidence("refusal_grounds", 0, 1, "x", p) for p in POLARITIES])
    assert lc.polarity("refusal_grounds") == "waived"  # the weakest in the clause's own words
