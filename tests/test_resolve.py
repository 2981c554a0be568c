"""Resolution: labels inherited through cross-references, transitively, safely through cycles."""

from __future__ import annotations

import pytest

from treatyscope.resolve import absolute, resolve
from treatyscope.types import Clause, CrossReference, LabelledClause


def clause(cid, article, paragraph=None, sub=None, *, language="en"):
    return Clause("d", cid, article, paragraph, sub, None, language, 0, 1, "x")


def lc(cid, article, paragraph=None, sub=None, *, tiers=(), safeguards=(), refs=(), language="en"):
    return LabelledClause(clause(cid, article, paragraph, sub, language=language), tiers=list(tiers),
                          safeguards=list(safeguards),
                          references=[CrossReference(a, p, s, 0, 1, "ref", kind) for a, p, s, kind in refs])


def inherited(clauses, cid):
    """{label: path} of the first path recorded for each inherited label."""
    out = {}
    for c in clauses:
        if c.clause.clause_id == cid:
            for i in c.inherited:
                out.setdefault(i.label, i.path)
    return out


def test_a_label_held_by_several_targets_keeps_each_path():
    cs = resolve([
        lc("14(1)", "14", "1", safeguards=["proportionality"]),
        lc("15(2)", "15", "2", safeguards=["proportionality"]),
        lc("16", "16", refs=[("14", None, None, "subject_to"), ("15", None, None, "subject_to")]),
    ])
    paths = [i.path for i in cs[2].inherited if i.label == "proportionality"]
    assert paths == [("16", "14(1)"), ("16", "15(2)")]


def test_subject_to_two_articles_inherits_tiers_and_safeguards():
    cs = resolve([
        lc("14(2)(a)", "14", "2", "a", tiers=["defined"]),
        lc("14(2)(b)", "14", "2", "b", tiers=["other"]),
        lc("15(1)", "15", "1", safeguards=["human_rights", "domestic_law"]),
        lc("16(4)", "16", "4", refs=[("14", None, None, "subject_to"), ("15", None, None, "subject_to")]),
    ])
    got = inherited(cs, "16(4)")
    assert got == {"defined": ("16(4)", "14(2)(a)"), "other": ("16(4)", "14(2)(b)"),
                   "human_rights": ("16(4)", "15(1)"), "domestic_law": ("16(4)", "15(1)")}


def test_transitive_inheritance_records_the_whole_path():
    cs = resolve([
        lc("1", "1", refs=[("2", None, None, "subject_to")]),
        lc("2", "2", refs=[("3", None, None, "subject_to")]),
        lc("3", "3", safeguards=["proportionality"]),
    ])
    assert inherited(cs, "1") == {"proportionality": ("1", "2", "3")}


def test_cycles_terminate_and_do_not_inherit_own_labels():
    cs = resolve([
        lc("1", "1", tiers=["serious"], refs=[("2", None, None, "subject_to")]),
        lc("2", "2", safeguards=["refusal_grounds"], refs=[("1", None, None, "subject_to")]),
    ])
    assert inherited(cs, "1") == {"refusal_grounds": ("1", "2")}
    assert inherited(cs, "2") == {"serious": ("2", "1")}


@pytest.mark.parametrize(
    ("ref", "expected_labels"),
    [
        # a mention is not followed
        (("15", None, None, "mention"), set()),
        # a paragraph target takes only that paragraph (and its items)
        (("15", "2", None, "subject_to"), {"judicial_oversight"}),
        # an item target takes only that item
        (("15", "1", "a", "subject_to"), {"data_protection"}),
        # a target that does not exist gives nothing
        (("99", None, None, "subject_to"), set()),
    ],
)
def test_reference_granularity(ref, expected_labels):
    cs = resolve([
        lc("15(1)", "15", "1", safeguards=["human_rights"]),
        lc("15(1)(a)", "15", "1", "a", safeguards=["data_protection"]),
        lc("15(2)", "15", "2", safeguards=["judicial_oversight"]),
        lc("16", "16", refs=[ref]),
    ])
    assert set(inherited(cs, "16")) == expected_labels


def test_non_english_clauses_are_not_targets():
    cs = resolve([
        lc("15@2", "15", safeguards=["human_rights"], language="nl"),
        lc("16", "16", refs=[("15", None, None, "subject_to")]),
    ])
    assert inherited(cs, "16") == {}


@pytest.mark.parametrize(
    ("ref", "article", "paragraph"),
    [
        # "paragraph 1 of this article" takes the referring clause's article
        (CrossReference(None, "1", None, 0, 1, "x"), "7", "1"),
        # "subparagraph (b) of this paragraph" takes the referring clause's paragraph
        (CrossReference(None, "this", "b", 0, 1, "x"), "7", "3"),
        # an absolute reference is kept
        (CrossReference("40", "21", None, 0, 1, "x"), "40", "21"),
    ],
)
def test_relative_references_are_made_absolute(ref, article, paragraph):
    r = absolute(ref, "7", "3")
    assert (r.article, r.paragraph) == (article, paragraph)
