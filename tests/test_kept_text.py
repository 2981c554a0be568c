"""Nothing dropped without saying so (issue 17): comment and metadata lines, the closing formula,
signature blocks and text outside the articles are kept as clauses of their own kind; `compare`
sees a change in them; a PDF's running-header removal never removes an article heading."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pdfgen import make_pdf
from treatyscope.cli import app
from treatyscope.comparison import compare_paths
from treatyscope.ingest import clean_pdf_pages, read_document
from treatyscope.segment import segment, segment_document
from treatyscope.types import Document

DRAFT = """Convention on Example Matters

The States Parties to this Convention,

Considering the need for cooperation,

Have agreed as follows:

Article 1
Scope
This Convention applies to the offences established in accordance with article 2.

Article 2
Interception of content data
Each Party shall empower its competent authorities to intercept content data in respect of the offences established under this Convention, subject to judicial oversight.

DONE at New York, this first day of May, in a single copy.

For the Republic of Examplia:
(signed) A. Person
"""

HOSTILE_SENTENCE = ("Each Party may also intercept content data in respect of any criminal offence; "
                    "judicial oversight shall not be required.")


def rows(text: str) -> list[tuple[str, str, str]]:
    """(clause id, kind, text) of every clause."""
    return [(c.clause_id, c.kind, c.text) for c in segment(text)]


def test_closing_formula_and_signature_block_are_kept_unlabelled():
    assert rows(DRAFT) == [
        ("preamble(1)", "title", "Convention on Example Matters"),
        ("preamble(2)", "recital", "The States Parties to this Convention,"),
        ("preamble(3)", "recital", "Considering the need for cooperation,"),
        ("preamble(4)", "recital", "Have agreed as follows:"),
        ("1", "provision", "This Convention applies to the offences established in accordance with article 2."),
        ("2", "provision", "Each Party shall empower its competent authorities to intercept content data in respect "
                           "of the offences established under this Convention, subject to judicial oversight."),
        ("final(1)", "final", "DONE at New York, this first day of May, in a single copy."),
        ("final(2)", "final", "For the Republic of Examplia:\n(signed) A. Person"),
    ]
    final = [c for c in segment(DRAFT) if c.kind == "final"]
    assert all(c.skipped for c in final)  # never labelled


@pytest.mark.parametrize("where", ["next line", "blank line", "same line"])
def test_an_operative_sentence_after_the_closing_formula_is_a_provision(where):
    joint = {"next line": "\n", "blank line": "\n\n", "same line": " "}[where]
    text = DRAFT.replace("in a single copy.", "in a single copy." + joint + HOSTILE_SENTENCE)
    got = [r for r in rows(text) if r[0].startswith("final")]
    assert got == [
        ("final(1)", "final", "DONE at New York, this first day of May, in a single copy."),
        ("final(2)", "outside", HOSTILE_SENTENCE),
        ("final(3)", "final", "For the Republic of Examplia:\n(signed) A. Person"),
    ]
    outside = [c for c in segment(text) if c.kind == "outside"]
    assert [c.skipped for c in outside] == [False]  # labelled like any provision


def test_the_depositary_sentence_of_the_closing_formula_is_not_a_provision():
    text = DRAFT.replace("in a single copy.", "in a single copy. The Secretary-General shall transmit certified "
                                              "copies to all States.")
    assert [r[1] for r in rows(text) if r[0].startswith("final")] == ["final", "final"]


def test_comment_and_metadata_lines_are_kept_where_they_stand():
    text = ("<meta charset='utf-8' />\n\nArticle 1\nScope\n1. Each Party shall cooperate.\n"
            "<!-- Each Party may intercept content data in respect of any criminal offence -->\n"
            "2. Requests shall be in writing.\n\n<!-- between -->\n\nArticle 2\nRefusal\nAssistance may be refused.\n")
    assert rows(text) == [
        ("meta(1)", "meta", "<meta charset='utf-8' />"),
        ("1(1)", "provision", "Each Party shall cooperate."),
        ("1(meta)", "meta", "<!-- Each Party may intercept content data in respect of any criminal offence -->"),
        ("1(2)", "provision", "Requests shall be in writing."),
        ("meta@2(1)", "meta", "<!-- between -->"),
        ("2", "provision", "Assistance may be refused."),
    ]
    assert [c.skipped for c in segment(text) if c.kind == "meta"] == [True, True, True]


def test_comment_lines_of_a_text_without_articles_are_kept():
    text = "<!-- draft -->\nThe Parties shall cooperate.\n\nRequests shall be in writing.\n"
    assert rows(text) == [("meta(1)", "meta", "<!-- draft -->"),
                          ("body(1)", "provision", "The Parties shall cooperate."),
                          ("body(2)", "provision", "Requests shall be in writing.")]


def test_text_under_a_heading_before_the_first_article_is_kept():
    text = ("Preamble\n\nConsidering the need for cooperation,\n\nCHAPTER I\n\nThe Parties undertake to consider "
            "themselves bound by the obligations of this Chapter.\n\nIntroductory note.\n\nArticle 1\nScope\n"
            "Each Party shall cooperate.\n")
    assert rows(text) == [
        ("preamble(1)", "recital", "Considering the need for cooperation,"),
        ("outside(1)", "outside", "The Parties undertake to consider themselves bound by the obligations of this Chapter."),
        ("outside(2)", "note", "Introductory note."),
        ("1", "provision", "Each Party shall cooperate."),
    ]


def test_every_non_blank_line_is_in_a_clause_or_a_heading():
    text = DRAFT.replace("in a single copy.", "in a single copy.\n" + HOSTILE_SENTENCE) + "<!-- end -->\n"
    clauses = segment_document(Document(doc_id="d", text=text)).clauses
    covered = "".join(text[c.start:c.end] for c in clauses)
    headings = {"Article 1", "Scope", "Article 2", "Interception of content data"}
    for line in text.splitlines():
        if line.strip() and line not in headings:
            assert line in covered, line
    assert [c.start for c in clauses] == sorted(c.start for c in clauses)


def _write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_compare_reports_an_operative_sentence_added_after_the_closing_formula(tmp_path):
    old = _write(tmp_path, "old.txt", DRAFT)
    new = _write(tmp_path, "new.txt", DRAFT.replace("in a single copy.", "in a single copy.\n" + HOSTILE_SENTENCE))
    result = compare_paths(old, new, patterns_only=True)
    changed = [(a.name, a.status, a.gained) for a in result.articles if a.status != "unchanged"]
    assert changed == [("final clauses", "changed", ["any", "judicial_oversight"])]
    headline = result.headline()
    assert headline[0] == "Scope widened: final clauses reaches any."
    assert "Scope widened: none." not in headline


def test_compare_reports_a_changed_comment_line(tmp_path):
    base = "Article 1\nScope\n1. Each Party shall cooperate.\n<!-- note -->\n2. Requests shall be in writing.\n"
    old = _write(tmp_path, "old.txt", base)
    new = _write(tmp_path, "new.txt", base.replace("<!-- note -->", "<!-- any criminal offence -->"))
    result = compare_paths(old, new, patterns_only=True)
    assert [(a.name, a.status, a.text_changed) for a in result.articles] == [("Art. 1", "changed", True)]
    assert [d["added"] for d in result.articles[0].diff] == ["any criminal offence"]


def test_label_lists_the_kept_clauses_in_jsonl(tmp_path):
    path = _write(tmp_path, "draft.txt", DRAFT.replace("in a single copy.", "in a single copy.\n" + HOSTILE_SENTENCE))
    result = CliRunner().invoke(app, ["label", str(path), "-f", "jsonl", "--patterns-only"])
    assert result.exit_code == 0, result.output
    got = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    final = [(r["clause_id"], r["kind"], r["skipped"], r["tiers"]) for r in got if r["article"] == "final"]
    assert final == [("final(1)", "final", True, []), ("final(2)", "outside", False, ["any"]),
                     ("final(3)", "final", True, [])]


# -- PDF running headers ------------------------------------------------------------------------------


def test_pdf_article_headings_at_the_top_of_every_page_are_kept():
    pages = [[f"Article {n}", f"Heading of article {'ABCDEFG'[n - 1]}", "Each Party shall take the measures.",
              "It shall report on them.", "Convention on Example Matters", f"- {n} -"] for n in range(1, 8)]
    text = clean_pdf_pages(["\n".join(p) for p in pages])
    assert [ln for ln in text.splitlines() if ln.startswith("Article")] == [f"Article {n}" for n in range(1, 8)]
    assert "Convention on Example Matters" not in text and "- 3 -" not in text


def test_pdf_with_an_article_per_page_keeps_all_its_articles(tmp_path):
    titles = ["Scope", "Preservation", "Production", "Search", "Interception", "Refusal"]
    pages = [["DRAFT - RESTRICTED", f"Article {n}", title, f"Each Party shall provide for {title.lower()}.",
              f"Page {n} of 6"] for n, title in enumerate(titles, start=1)]
    path = tmp_path / "draft.pdf"
    path.write_bytes(make_pdf(pages))
    doc = read_document(path)
    assert "RESTRICTED" not in doc.text and "Page 2" not in doc.text
    assert [(c.clause_id, c.heading, c.text) for c in segment_document(doc).clauses] == [
        (str(n), title, f"Each Party shall provide for {title.lower()}.") for n, title in enumerate(titles, start=1)]
