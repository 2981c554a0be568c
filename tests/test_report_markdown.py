"""A Markdown file in the report reads as text: markup hidden, headings, emphasis and link texts
kept, every highlight still at the offsets of the original file. The fixture is written for this
test in the corpus's Markdown style (a ``<meta>`` line, ``##Title`` without a space, long
relative link targets, ``<sup>`` notes)."""

from __future__ import annotations

import pytest

from treatyscope.pipeline import label_document
from treatyscope.report.html import render_report_html
from treatyscope.report.markdown import markdown_layout
from treatyscope.types import Document

from test_report_html import Page


def shown(markdown: str) -> tuple[str, list[tuple[str, str]]]:
    """The visible text of a Markdown text, and its styled stretches as (text, look)."""
    layout = markdown_layout(markdown)
    parts = layout.split(0, len(markdown))
    return "".join(markdown[a:b] for a, b, _ in parts), [(markdown[a:b], look) for a, b, look in parts if look]


@pytest.mark.parametrize("markdown, text, looks", [
    # a raw HTML line is dropped; a heading without the space after its hashes is still a heading
    ("<meta http-equiv='Content-Type' content='text/html' />\n\n##Convention on Testing\n",
     "\n##Convention on Testing\n".replace("##", ""), [("Convention on Testing", "h2")]),
    # a link keeps its text and loses its target
    ("as set out in the [1950 Convention](../../../../verdrag/x/BWBV0001000/README.md), which",
     "as set out in the 1950 Convention, which", [("1950 Convention", "link")]),
    # emphasis, strong, inline code
    ("by *inter alia* adopting **measures** and `code`", "by inter alia adopting measures and code",
     [("inter alia", "em"), ("measures", "strong"), ("code", "code")]),
    # a note number in <sup>: the tags hidden, the number kept and raised
    ("the Parties<sup>1</sup> agree", "the Parties1 agree", [("1", "sup")]),
    # closing hashes of a heading are markup too
    ("### Article 12 ###\n", "Article 12\n", [("Article 12", "h3")]),
    # a setext heading: its underline is hidden
    ("Final clauses\n=============\n", "Final clauses\n", [("Final clauses", "h1")]),
    # an autolink keeps its address as text
    ("see <https://example.org/treaty>.", "see https://example.org/treaty.", [("https://example.org/treaty", "link")]),
    # numbered paragraphs read as a list by Markdown keep their numbers
    ("1. Each Party shall adopt measures.\n2. Each Party may refuse.\n",
     "1. Each Party shall adopt measures.\n2. Each Party may refuse.\n", []),
    # an escape the parser reads differently stays visible as written: nothing is lost
    ("not \\*emphasis\\* here", "not \\*emphasis\\* here", []),
])
def test_markdown_reads_as_text(markdown, text, looks):
    assert shown(markdown) == (text, looks)


TREATY = """<meta http-equiv='Content-Type' content='text/html; charset=utf-8' />

##Convention on the Testing of Renderers

####Preamble

The Parties, mindful of the [1950 Convention for the Protection of Human Rights](../../../../../verdrag/convention/for/the/protection/BWBV0009999/README.md) and *inter alia* of their duties,

Have agreed as follows:

### Article 1

####Mutual assistance

1. The Parties shall afford one another mutual assistance in investigations concerning criminal offences established in accordance with this Convention<sup>1</sup>.
2. Mutual assistance may be refused if the request concerns a political offence.

### Article 2

####Conditions and safeguards

Each Party shall ensure that the powers provided for in this Convention are subject to conditions and safeguards under its domestic law, which shall provide for the protection of [human rights](../../../rights/README.md).
"""


@pytest.fixture(scope="module")
def page(patterns_nlp):
    ld, warnings = label_document(Document(doc_id="renderers", text=TREATY, format="md"), nlp=patterns_nlp)
    return ld, Page(render_report_html(ld, warnings=warnings))


def test_the_page_shows_the_text_without_markup(page):
    _, p = page
    assert "".join(p.doc_text) == shown(TREATY)[0]
    visible = "".join(p.doc_text)
    assert not any(s in visible for s in ("<meta", "README.md", "](", "##", "<sup>", "*inter"))
    assert "Convention on the Testing of Renderers" in visible and "1950 Convention for the Protection" in visible


def test_every_highlight_is_at_the_offsets_of_the_file(page):
    ld, p = page
    layout = markdown_layout(TREATY)
    evidence = {(e.start, e.end) for lc in ld.clauses for e in lc.evidence}
    assert evidence and p.marks
    for m in p.marks:
        start, end = int(m["attrs"]["data-start"]), int(m["attrs"]["data-end"])
        assert "".join(m["text"]) == "".join(TREATY[a:b] for a, b, _ in layout.split(start, end))
        assert any(s <= start and end <= e or start <= s and e <= end for s, e in evidence)


def test_labels_are_written_in_the_text(page):
    _, p = page
    for m in p.marks:  # every highlight shows its labels without hovering, in the order of data-labels
        labels = m["attrs"]["data-labels"].split()
        written = [part.split(" (")[0] for part in "".join(m["lab"]).split(" · ")]
        assert labels and written == labels
    assert "refusal_grounds" in {lab for m in p.marks for lab in m["attrs"]["data-labels"].split()}


def test_a_plain_text_file_is_shown_as_it_is(patterns_nlp):
    # The same words in a .txt file: nothing is taken for markup.
    ld, _ = label_document(Document(doc_id="plain", text=TREATY, format="txt"), nlp=patterns_nlp)
    assert "".join(Page(render_report_html(ld)).doc_text) == TREATY
