"""Reach and the brief's two tables: on a UN-style and a Council of Europe-style draft of our own
(tests/fixtures/reach_*), the whole tier map, the whole measures-and-conditions table and the gaps."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES
from treatyscope.cli import app
from treatyscope.ingest import read_document
from treatyscope.pipeline import label_document
from treatyscope.report.analysis import build_report
from treatyscope.report.html import render_report_html
from treatyscope.resolve import document_parts, resolve
from treatyscope.types import Clause, InheritKind, LabelledClause

runner = CliRunner()
UN = FIXTURES / "reach_un_draft.txt"
COE = FIXTURES / "reach_coe_draft.md"
CH3 = "CHAPTER III – PROCEDURAL MEASURES"
SEC2 = "Section 2 – Procedural law"


@pytest.fixture(scope="module")
def reports(patterns_nlp):
    out = {}
    for path in (UN, COE):
        ld, _ = label_document(read_document(path), nlp=patterns_nlp)
        out[path.name] = (ld, build_report(ld))
    return out


def arrivals(items) -> list[tuple]:
    """(kind, source) of each arrival, with the measure's own scope clauses when they limit it."""
    return [(a.kind, a.source) + ((tuple(a.limited_by),) if a.limited_by else ()) for a in items]


def tier_table(report) -> dict:
    """tier: (defined in, its parts, own words, by reference, by reach, how many measures)."""
    return {t.tier: ([p.clause_id for p in t.defined_in], list(t.defined_parts), [m.article for m in t.own],
                     {m.article: arrivals(m.arrivals) for m in t.by_reference},
                     {m.article: arrivals(m.arrivals) for m in t.by_reach}, t.count) for t in report.tier_map}


def measure_table(report) -> dict:
    """article: (kind, tiers and how each arrives, every safeguard cell that is not absent)."""
    out = {}
    for r in report.measures:
        tiers = {t.tier: (["own"] if t.own else []) + arrivals(t.arrivals) for t in r.tier_cells}
        cells = {c.safeguard: [c.state] + arrivals(c.arrivals) for c in r.cells if c.state != "absent"}
        out[r.article] = (r.kind, tiers, cells)
    return out


def reach(source, *limited):
    return ("reach", source) + ((tuple(limited),) if limited else ())


# The UN-style draft: chapters on plain lines, no "Preamble" line (the title and a headnote come
# first), a scope article (4) and a general safeguards article (5) that bind "this chapter", three
# powers of which only one refers to article 5, an interception power excepted from article 4's
# scope, and a personal-data article in the cooperation chapter that no measure cites.
UN_TIERS = {
    "defined": (["2", "3"], ["CHAPTER II – CRIMINALIZATION"], ["9"], {},
                {"6": [reach("4(2)(a)")], "7": [reach("4(2)(a)")], "8": [reach("4(2)(a)", "8(1)")],
                 "10": [reach("9(3)")]}, 5),
    "treaty": ([], [], [], {}, {}, 0),  # not defined, reaches nothing
    # defined by the definitions article; "grave offences" in article 8 in its own words
    "serious": (["1(a)"], ["CHAPTER I – GENERAL PROVISIONS"], ["8"], {}, {}, 1),
    "other": ([], [], [], {}, {"6": [reach("4(2)(b)")], "7": [reach("4(2)(b)")], "8": [reach("4(2)(b)", "8(1)")]}, 3),
    "any": ([], [], ["9"], {},
            {"6": [reach("4(2)(c)")], "7": [reach("4(2)(c)")], "8": [reach("4(2)(c)", "8(1)")], "10": [reach("9(3)")]}, 5),
}
_UN_POWER_TIERS = {"defined": [reach("4(2)(a)")], "other": [reach("4(2)(b)")], "any": [reach("4(2)(c)")]}
_UN_CH3_SAFEGUARDS = {"domestic_law": ["reach", reach("5(1)")], "human_rights": ["reach", reach("5(1)")],
                      "judicial_oversight": ["reach", reach("5(2)")],
                      # the scope article confines the powers to specific investigations: proportionality too
                      "proportionality": ["reach", reach("4(1)"), reach("5(2)")]}
UN_MEASURES = {
    # no cross-reference: everything by reach, and its own stated maximum ("for a period of no more
    # than ninety days": proportionality)
    "6": ("power", _UN_POWER_TIERS, {**_UN_CH3_SAFEGUARDS,
                                     "proportionality": ["present", reach("4(1)"), reach("5(2)")]}),
    "7": ("power", _UN_POWER_TIERS,  # "subject to article 5": by reference, and by reach as well
          {"domestic_law": ["reference", ("reference", "5(1)"), reach("5(1)")],
           "human_rights": ["reference", ("reference", "5(1)"), reach("5(1)")],
           "judicial_oversight": ["reference", ("reference", "5(2)"), reach("5(2)")],
           "proportionality": ["reference", ("reference", "5(2)"), reach("4(1)"), reach("5(2)")]}),
    # "except as provided otherwise in article 8": the tiers arrive, limited by the article itself
    # its own scope ("a range of grave offences": serious) limits what arrives by reach
    "8": ("power", {"defined": [reach("4(2)(a)", "8(1)")], "other": [reach("4(2)(b)", "8(1)")],
                    "any": [reach("4(2)(c)", "8(1)")], "serious": ["own"]},
          # "shall be ordered only by a judge": judicial oversight in its own words as well
          {**_UN_CH3_SAFEGUARDS, "judicial_oversight": ["present", reach("5(2)")]}),
    "9": ("cooperation", {"defined": ["own"], "any": ["own"]}, {"refusal_grounds": ["optional"]}),
    "10": ("cooperation", {"defined": [reach("9(3)")], "any": [reach("9(3)")]}, {}),  # found by what it does
}
UN_GAPS = [
    "Cooperation measures with no ground for refusal (in their own words, by reference or by reach): Art. 10 "
    "(Expedited preservation at the request of another State Party).",
    # the scope article (specific criminal investigations: proportionality) is a safeguards article too
    f"The general safeguards articles (Art. 4, Scope of procedural measures; Art. 5, Conditions and safeguards) "
    f"bind {CH3} only; they do not reach "
    "Art. 9 (General principles of mutual legal assistance); Art. 10 (Expedited preservation at the request of "
    "another State Party).",
    # "in accordance with its laws on the protection of personal data": the codebook's data_protection wording
    "Safeguard articles no measure refers to, and whose words reach no measure: Art. 11 (Protection of personal "
    "data: data_protection).",
    "Measures open to any criminal offence or to other offences by computer without judicial oversight: Art. 9 "
    "(General principles of mutual legal assistance) [any]; Art. 10 (Expedited preservation at the request of "
    "another State Party) [any].",
]

# The Council of Europe-style draft: Markdown headings, chapters with sections, reach by "this
# section"; article 5 refers to articles 3 and 4, article 6 does not and states its own scope.
COE_TIERS = {
    "defined": (["2"], ["Section 1 – Substantive criminal law"], [], {"5": [("reference", "3(2)(a)")]},
                {"5": [reach("3(2)(a)")], "6": [reach("3(2)(a)", "6")]}, 2),
    "treaty": ([], [], [], {}, {}, 0),
    "serious": ([], [], ["6"], {}, {}, 1),  # in article 6's own words; the draft does not define it
    # "criminal offences related to networks" in articles 7 and 9: offences marked by their
    # means (as the gold's "related to computer systems and data"), not any offence
    "other": ([], [], ["7", "9"], {"5": [("reference", "3(2)(b)")]},
              {"5": [reach("3(2)(b)")], "6": [reach("3(2)(b)", "6")]}, 4),
    "any": ([], [], [], {"5": [("reference", "3(2)(c)")]}, {"5": [reach("3(2)(c)")], "6": [reach("3(2)(c)", "6")]}, 2),
}
COE_MEASURES = {
    "5": ("power",
          {"defined": [("reference", "3(2)(a)"), reach("3(2)(a)")], "other": [("reference", "3(2)(b)"), reach("3(2)(b)")],
           "any": [("reference", "3(2)(c)"), reach("3(2)(c)")]},
          {"domestic_law": ["reference", ("reference", "4(1)"), reach("4(1)")],
           "human_rights": ["reference", ("reference", "4(1)"), reach("4(1)")],
           "judicial_oversight": ["reference", ("reference", "4(2)"), reach("4(2)")],
           "proportionality": ["reference", ("reference", "3(1)"), ("reference", "4(2)"), reach("3(1)"), reach("4(2)")]}),
    # the measure states its own scope (serious offences): it keeps it, and shows the section's too
    "6": ("power",
          {"defined": [reach("3(2)(a)", "6")], "serious": ["own"], "other": [reach("3(2)(b)", "6")],
           "any": [reach("3(2)(c)", "6")]},
          {"domestic_law": ["reach", reach("4(1)")], "human_rights": ["reach", reach("4(1)")],
           "judicial_oversight": ["reach", reach("4(2)")],
           "proportionality": ["reach", reach("3(1)"), reach("4(2)")]}),
    # "subject to the conditions provided for by the law of the requested Party, including the grounds on
    # which the requested Party may refuse": the condition is required; the refusal optional
    "7": ("cooperation", {"other": ["own"]}, {"refusal_grounds": ["optional"], "domestic_law": ["present"]}),
    # spontaneous information "within the limits of its domestic law" (as the gold's Budapest 26(1))
    "8": ("cooperation", {}, {"domestic_law": ["present"]}),
    "9": ("cooperation", {"other": ["own"]}, {}),
}
COE_GAPS = [
    "Cooperation measures with no ground for refusal (in their own words, by reference or by reach): Art. 8 "
    "(Spontaneous information); Art. 9 (24/7 Network).",
    f"The general safeguards articles (Art. 3, Scope of procedural provisions; Art. 4, Conditions and safeguards) "
    f"bind {SEC2} only; they do not reach "
    "Art. 7 (General principles relating to mutual assistance); Art. 8 (Spontaneous information); Art. 9 (24/7 "
    "Network).",
    "Safeguard articles no measure refers to, and whose words reach no measure: Art. 10 (Protection of personal "
    "data: data_protection).",
    "Measures open to any criminal offence or to other offences by computer without judicial oversight: Art. 7 "
    "(General principles relating to mutual assistance) [other]; Art. 9 (24/7 Network) [other].",
]


@pytest.mark.parametrize("name, tiers", [(UN.name, UN_TIERS), (COE.name, COE_TIERS)])
def test_the_whole_tier_map(reports, name, tiers):
    assert tier_table(reports[name][1]) == tiers


@pytest.mark.parametrize("name, measures", [(UN.name, UN_MEASURES), (COE.name, COE_MEASURES)])
def test_the_whole_measures_and_conditions_table(reports, name, measures):
    assert measure_table(reports[name][1]) == measures


@pytest.mark.parametrize("name, gaps", [(UN.name, UN_GAPS), (COE.name, COE_GAPS)])
def test_the_gaps_in_sentences(reports, name, gaps):
    assert [g.sentence for g in reports[name][1].gaps] == gaps


def test_reach_is_recorded_on_the_measure_with_path_kind_and_part(reports):
    ld, _ = reports[UN.name]
    first = next(lc for lc in ld.clauses if lc.clause.clause_id == "8(1)")
    got = [(i.label, i.path, i.kind.value, i.part, i.limited_by) for i in first.inherited]
    assert got == [
        ("proportionality", ("8(1)", "4(1)"), "reach", CH3, ()),
        ("defined", ("8(1)", "4(2)(a)"), "reach", CH3, ("8(1)",)),
        ("other", ("8(1)", "4(2)(b)"), "reach", CH3, ("8(1)",)),
        ("any", ("8(1)", "4(2)(c)"), "reach", CH3, ("8(1)",)),
        ("domestic_law", ("8(1)", "5(1)"), "reach", CH3, ()),
        ("human_rights", ("8(1)", "5(1)"), "reach", CH3, ()),
        ("judicial_oversight", ("8(1)", "5(2)"), "reach", CH3, ()),
        ("proportionality", ("8(1)", "5(2)"), "reach", CH3, ()),
    ]
    # nothing reaches outside the chapter: the cooperation chapter gets nothing from articles 4 and 5
    outside = [i for lc in ld.clauses if lc.clause.context and "COOPERATION" in lc.clause.context[0]
               for i in lc.inherited if i.path[-1].split("(")[0] in ("4", "5")]
    assert outside == []


def test_title_lines_are_not_recitals(reports):
    ld, _ = reports[UN.name]
    pre = [(lc.clause.clause_id, lc.clause.kind, lc.labels) for lc in ld.clauses if lc.clause.article == "preamble"]
    assert [(cid, kind) for cid, kind, _ in pre] == [
        ("preamble(1)", "title"), ("preamble(2)", "title"), ("preamble(3)", "recital"),
        ("preamble(4)", "recital"), ("preamble(5)", "recital"), ("preamble(6)", "recital")]
    assert pre[0][2] == [] and pre[1][2] == []  # a title says nothing to label


# --- resolution on its own --------------------------------------------------------------------


def clause(cid, article, paragraph=None, sub=None, *, context=(), text="x", tiers=(), safeguards=()):
    c = Clause("d", cid, article, paragraph, sub, None, "en", 0, 1, text, context=tuple(context))
    return LabelledClause(c, tiers=list(tiers), safeguards=list(safeguards))


def _reached(clauses, cid):
    lc = next(x for x in clauses if x.clause.clause_id == cid)
    return sorted((i.label, i.path[-1], i.part) for i in lc.inherited if i.kind is InheritKind.REACH)


@pytest.mark.parametrize("statement, part, reached", [
    # "this chapter": the measures of the chapter only
    ("The powers and procedures provided for in this chapter are subject to conditions.", "chapter", {"3", "4"}),
    # "this section": the section only
    ("The powers and procedures provided for in this section are subject to conditions.", "section", {"3"}),
    # "this Convention": every measure
    ("Its obligations under this Convention shall be carried out consistently with human rights.", "instrument",
     {"3", "4", "6"}),
    # no part named: no reach
    ("Each Party shall respect human rights.", None, set()),
])
def test_reach_covers_its_part_and_nothing_outside(statement, part, reached):
    ch2, sec1, sec2 = ("Chapter II",), ("Chapter II", "Section 1"), ("Chapter II", "Section 2")
    cs = [
        clause("2", "2", context=sec1, text=statement, safeguards=["human_rights"]),
        clause("3", "3", context=sec1),
        clause("4", "4", context=sec2),
        clause("5", "5", context=ch2),  # not a measure
        clause("6", "6", context=("Chapter III",)),
    ]
    resolve(cs, is_measure=lambda a: a.key in {"3", "4", "6"})
    got = {lc.clause.clause_id for lc in cs if _reached(cs, lc.clause.clause_id)}
    assert got == reached
    if part:
        assert all(p == ("the whole instrument" if part == "instrument" else {"chapter": "Chapter II",
                                                                             "section": "Section 1"}[part])
                   for lc in cs for _, _, p in _reached(cs, lc.clause.clause_id))


def test_later_paragraphs_that_continue_a_reach_clause_reach_too():
    ctx = ("Chapter II",)
    cs = [
        clause("5(1)", "5", "1", context=ctx, text="The powers provided for in this chapter are subject to "
                                                 "safeguards under domestic law.", safeguards=["domestic_law"]),
        clause("5(2)", "5", "2", context=ctx, text="Such safeguards shall include judicial review.",
               safeguards=["judicial_oversight"]),
        clause("5(3)", "5", "3", context=ctx, text="Each Party shall keep records.", safeguards=["use_limitation"]),
        clause("6", "6", context=ctx),
    ]
    resolve(cs, is_measure=lambda a: a.key == "6")
    assert _reached(cs, "6") == [("domestic_law", "5(1)", "Chapter II"), ("judicial_oversight", "5(2)", "Chapter II")]


def test_document_parts_are_read_from_the_context():
    c = Clause("d", "14", "14", None, None, None, "en", 0, 1, "x",
               context=("Chapter II – Measures", "Section 2 – Procedural law"))
    assert document_parts(c) == {"instrument": (), "chapter": ("Chapter II – Measures",),
                                 "section": ("Chapter II – Measures", "Section 2 – Procedural law")}


# --- the formats ------------------------------------------------------------------------------


def test_jsonl_via_has_kind_part_and_limited_by(patterns_nlp, tmp_path):
    result = runner.invoke(app, ["label", str(UN), "--patterns-only", "-f", "jsonl"])
    assert result.exit_code == 0, result.stderr
    rows = {r["clause_id"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert rows["7(2)"]["effective"]["via"][0] == {"label": "domestic_law", "path": ["7(2)", "5(1)"],
                                                   "kind": "reference", "part": None, "limited_by": []}
    assert rows["6"]["effective"]["via"][:2] == [
        {"label": "proportionality", "path": ["6", "4(1)"], "kind": "reach", "part": CH3, "limited_by": []},
        {"label": "defined", "path": ["6", "4(2)(a)"], "kind": "reach", "part": CH3, "limited_by": []}]
    assert rows["preamble(1)"]["kind"] == "title" and rows["6"]["kind"] == "provision"


def test_table_marks_reach(patterns_nlp):
    result = runner.invoke(app, ["label", str(UN), "--patterns-only", "-f", "md"])
    assert result.exit_code == 0, result.stderr
    row = next(line for line in result.stdout.splitlines() if line.startswith("| 6 |"))
    assert row == ("| 6 | Expedited preservation of stored data | ⇒defined (reach: Art 4), ⇒other (reach: Art 4), "
                   "⇒any (reach: Art 4) | proportionality, ⇒domestic_law (reach: Art 5), "
                   "⇒human_rights (reach: Art 5), ⇒judicial_oversight (reach: Art 5) |")


def test_report_json_has_the_two_tables_and_the_gaps(patterns_nlp):
    result = runner.invoke(app, ["report", str(COE), "--patterns-only", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["doc_id", "tier_map", "measures", "gaps"]
    assert [t["tier"] for t in data["tier_map"]] == ["defined", "treaty", "serious", "other", "any"]
    assert [(m["article"], m["kind"]) for m in data["measures"]] == [
        ("5", "power"), ("6", "power"), ("7", "cooperation"), ("8", "cooperation"), ("9", "cooperation")]
    cell = data["measures"][1]["safeguards"]["judicial_oversight"]
    assert cell == {"safeguard": "judicial_oversight", "state": "reach", "phrases": [],
                    "arrivals": [{"kind": "reach", "path": ["6", "4(2)"], "source": "4(2)", "part": SEC2,
                                  "limited_by": []}]}
    assert [g["kind"] for g in data["gaps"]] == ["no_refusal_grounds", "outside_general_safeguards",
                                                 "unreferenced_safeguards", "open_without_oversight"]
    assert data["gaps"][2]["articles"] == ["10"]


def test_report_markdown_starts_with_the_gaps(patterns_nlp):
    result = runner.invoke(app, ["report", str(UN), "--patterns-only", "-f", "md"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[2:4] == ["## Gaps", ""]
    assert lines.index("## Gaps") < lines.index("## Tier map") < lines.index("## Measures and safeguards")
    row = next(line for line in lines if line.startswith("| 8 |"))
    assert "✓ “shall be ordered only by a judge” (8(2)); also by reach of CHAPTER III from 5(2)" in row
    assert "limited by own scope 8" in row


def test_html_shows_the_gaps_before_the_tables(reports):
    ld, _ = reports[UN.name]
    page = render_report_html(ld)
    assert page.index('id="gaps"') < page.index('id="tiers"') < page.index('id="measures"') < page.index('id="text"')
    assert 'data-gap="unreferenced_safeguards">Safeguard articles no measure refers to' in page
    assert ('<td class="reach"><span class="state">⇒ by reach</span><span class="prov">of CHAPTER III from '
            '<a href="#c-5-1">5(1)</a></span></td>') in page
    assert ('<td class="reference"><span class="state">↳ by reference</span><span class="prov">from '
            '<a href="#c-5-1">5(1)</a></span><span class="prov">by reach of CHAPTER III') in page


def test_compare_says_a_safeguard_arrives_by_reach(tmp_path, patterns_nlp):
    old = tmp_path / "v1.txt"
    new = tmp_path / "v2.txt"
    text = UN.read_text(encoding="utf-8")
    old.write_text(text, encoding="utf-8")
    # the general safeguards article now binds the whole Convention, not only its chapter
    new.write_text(text.replace("powers and procedures provided for in this chapter are subject",
                                "powers and procedures provided for in this Convention are subject"), encoding="utf-8")
    result = runner.invoke(app, ["compare", str(old), str(new), "--patterns-only", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    by_new = {a["new"]: a for a in data["articles"]}
    assert by_new["10"]["effective_gained"] == ["domestic_law", "human_rights", "judicial_oversight",
                                                 "proportionality"]
    assert by_new["10"]["effective_via"]["judicial_oversight"] == [
        {"kind": "reach", "path": ["10", "5(2)"], "part": "the whole instrument"}]
    assert ("Art. 10 gains domestic_law, human_rights, judicial_oversight, proportionality by reach"
            in data["headline"][3])


@pytest.mark.parametrize("safeguard, reaches_measure", [
    ("human_rights", True),  # human rights binds the instrument's obligations as a whole
    ("domestic_law", False),  # domestic law as the means of implementing obligations binds no measure
])
def test_a_clause_on_the_obligations_as_a_whole_carries_human_rights_only(safeguard, reaches_measure):
    cs = [
        clause("30(1)", "30", "1", text="Each Party shall implement its obligations under this Convention in "
                                        "accordance with its law and with human rights.", safeguards=[safeguard]),
        clause("31", "31"),
    ]
    resolve(cs, is_measure=lambda a: a.key == "31")
    assert _reached(cs, "31") == ([(safeguard, "30(1)", "the whole instrument")] if reaches_measure else [])


def test_two_general_safeguards_articles_of_one_chapter_are_named_together(patterns_nlp, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(UN.read_text(encoding="utf-8").replace(
        "for the purpose of specific criminal investigations or proceedings.",
        "for the purpose of specific criminal investigations or proceedings, in keeping with the principle of "
        "proportionality."), encoding="utf-8")
    ld, _ = label_document(read_document(draft), nlp=patterns_nlp)
    assert build_report(ld).gaps[1].sentence == (
        f"The general safeguards articles (Art. 4, Scope of procedural measures; Art. 5, Conditions and safeguards) "
        f"bind {CH3} only; they do not reach Art. 9 (General principles of mutual legal assistance); Art. 10 "
        "(Expedited preservation at the request of another State Party).")


def test_a_criminalisation_article_defines_the_tier_even_unlabelled():
    from treatyscope.types import Document, LabelledDocument

    text = "Each Party shall adopt measures to establish as criminal offences the misuse of devices."
    c = Clause("d", "3", "3", None, None, "Misuse of devices", "en", 0, len(text), text,
               context=("CHAPTER II – CRIMINALIZATION",))
    report = build_report(LabelledDocument(Document("d", text), [LabelledClause(c)]))  # the labeller missed it
    row = report.tier_map[0]
    assert (row.tier, [p.clause_id for p in row.defined_in], row.defined_parts) == (
        "defined", ["3"], ("CHAPTER II – CRIMINALIZATION",))


def test_the_article_on_offences_under_other_instruments_defines_treaty():
    from treatyscope.types import Document, LabelledDocument

    text = "Each Party shall also apply this Convention to the offences set out in the treaties listed in the annex."
    c = Clause("d", "4", "4", None, None, "Offences under other international instruments", "en", 0, len(text), text)
    lc = LabelledClause(c, tiers=["treaty"])
    row = build_report(LabelledDocument(Document("d", text), [lc])).tier_map[1]
    assert (row.tier, [p.clause_id for p in row.defined_in]) == ("treaty", ["4"])
