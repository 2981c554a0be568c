"""Hostile and broken input: nothing escapes but a one-line InputError, offsets stay valid,
output stays valid JSON, and nothing takes unbounded time."""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pdfgen import make_pdf
from treatyscope.errors import InputError
from treatyscope.ingest import document_from_bytes, html_to_text
from treatyscope.pipeline import label_document
from treatyscope.resolve import resolve
from treatyscope.types import Clause, CrossReference, Document, LabelledClause

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

nasty_text = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x1F)),  # control characters, NUL
    st.text(alphabet=st.sampled_from("אבגדه‎‏ Article 1. (a) [ ] ; \n")),  # right-to-left marks
    st.lists(st.sampled_from(["Article 1", "1.", "(a)", "[", "]", "subject to Articles 1 and 2", "\n", "\x00",
                              "\u202e", "shall not be required", "dual criminality"]), max_size=60).map(" ".join),
)


@FUZZ
@given(st.binary(max_size=4000), st.sampled_from([".txt", ".md", ".html", ".pdf", ".docx"]))
def test_ingestion_of_arbitrary_bytes_never_escapes(data, suffix):
    try:
        doc = document_from_bytes(data, suffix=suffix, doc_id="x")
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(doc.text, str) and doc.text.strip()


@FUZZ
@given(nasty_text)
def test_labelling_arbitrary_text_gives_valid_offsets_and_json(patterns_nlp, text):
    labelled, _ = label_document(Document("x", text), nlp=patterns_nlp)
    for lc in labelled.clauses:
        c = lc.clause
        assert text[c.start:c.end] == c.text
        for e in lc.evidence:
            assert c.start <= e.start <= e.end <= c.end and text[e.start:e.end] == e.text
        for r in lc.references:
            assert c.start <= r.start <= r.end <= c.end
        assert json.loads(json.dumps(lc.to_dict())) == lc.to_dict()


@FUZZ
@given(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 6)), max_size=30))
def test_resolution_terminates_on_any_reference_graph(edges):
    clauses = [LabelledClause(Clause("d", str(i), str(i), None, None, None, "en", 0, 1, "x"),
                              tiers=["serious"] if i % 2 else [], safeguards=["human_rights"] if i % 3 == 0 else [])
               for i in range(7)]
    for a, b in edges:
        clauses[a].references.append(CrossReference(str(b), None, None, 0, 1, "x", "subject_to"))
    resolve(clauses)
    for lc in clauses:
        for inh in lc.inherited:
            assert inh.path[0] == lc.clause.clause_id and len(set(inh.path)) == len(inh.path)


@pytest.mark.parametrize(
    ("name", "make"),
    [
        # a one-megabyte single line
        ("long line", lambda: ("Article 1 " + "subject to Article 1 and any criminal offence " * 23000)),
        # invalid UTF-8 sequences in a text file
        ("invalid utf-8", lambda: b"Article 1\n\xff\xfe\xfd The Parties \xc3\x28 shall co-operate.\n"),
        # NUL bytes in the middle of text
        ("nul bytes", lambda: "Article 1\nThe Parties\x00 shall\x00 co-operate.\n" * 100),
        # long runs of spaces inside heading-like lines (quadratic for a careless pattern)
        ("spaced heading", lambda: "### Article 1 -" + " " * 300_000 + "x\n#### y" + " " * 300_000 + "z\n"),
        # the same in a plain article line and a recital
        ("spaced plain", lambda: "Article 1 -" + " " * 300_000 + "x\nPreamble a," + " " * 300_000 + "b\n"),
    ],
)
def test_extreme_text_is_handled_in_bounded_time(patterns_nlp, name, make):
    data = make()
    data = data.encode("utf-8") if isinstance(data, str) else data
    start = time.perf_counter()
    try:
        doc = document_from_bytes(data, suffix=".txt", doc_id="x")
    except InputError:
        return
    labelled, _ = label_document(doc, nlp=patterns_nlp)
    assert all(doc.text[c.clause.start:c.clause.end] == c.clause.text for c in labelled.clauses)
    assert time.perf_counter() - start < 60  # a guard against hangs, not a speed test


def test_deeply_nested_html():
    html = "<div>" * 20000 + "Article 1<p>The Parties shall co-operate.</p>" + "</div>" * 20000
    text = html_to_text(html)
    assert "The Parties shall co-operate." in text


def test_html_scripts_and_event_handlers_do_not_survive_ingestion():
    html = '<p onclick="steal()">Article 1</p><script>steal()</script><style>p{}</style><p>Text.</p>'
    text = html_to_text(html)
    assert "steal" not in text and "p{}" not in text


def test_encrypted_pdf_is_refused():
    pdf = make_pdf([["Article 1", "Text."]])
    # An /Encrypt entry in the trailer marks the file encrypted; no password opens it.
    encrypted = pdf.replace(b"/Root 1 0 R >>", b"/Root 1 0 R /Encrypt << /Filter /Standard /V 1 /R 2 "
                                               b"/O <00> /U <00> /P -1 >> /ID [<00> <00>] >>")
    with pytest.raises(InputError, match="encrypted|corrupt"):
        document_from_bytes(encrypted, suffix=".pdf", doc_id="x")


def test_truncated_pdf_and_docx_are_refused():
    pdf = make_pdf([["Article 1", "Text."]] * 3)
    for data, suffix in ((pdf[: len(pdf) // 3], ".pdf"), (b"PK\x03\x04\x14\x00" + b"\x00" * 40, ".docx")):
        with pytest.raises(InputError):
            document_from_bytes(data, suffix=suffix, doc_id="x")


def test_malformed_html_declaration_falls_back_to_plain_tag_stripping():
    text = html_to_text("<p>Article 1</p>\n<script>steal()</script><![ x\n<p>The Parties &amp; others.</p>")
    assert "Article 1" in text and "The Parties & others." in text and "steal" not in text
