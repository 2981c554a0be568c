"""Ingestion: each format to text, PDF cleaning, and refusals of bad files with one clear line."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from pdfgen import make_pdf
from treatyscope.errors import InputError
from treatyscope.ingest import clean_pdf_pages, discover, read_document
from treatyscope.segment import segment, segment_document

ARTICLE_LINES = ["Article 1", "Purpose", "1. The Parties shall co-operate to the widest extent possible."]


def write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def test_pdf_pages_lose_running_headers_footers_and_page_numbers():
    bodies = ["The Parties shall co-operate.", "Requests shall be in writing.", "Assistance may be refused.",
              "This Convention is open for signature."]
    pages = [["DRAFT CONVENTION - RESTRICTED", body, f"Page {i} of 4"] for i, body in enumerate(bodies, start=1)]
    text = clean_pdf_pages(["\n".join(p) for p in pages])
    assert "RESTRICTED" not in text and "Page 2 of 4" not in text
    assert text.split() == " ".join(bodies).split()


def test_pdf_words_hyphenated_across_lines_are_rejoined():
    text = clean_pdf_pages(["The Parties shall co-\noperate and pro-\nvide assistance."])
    assert "co-operate" not in text  # a break hyphen is removed ...
    assert "provide assistance" in text  # ... and the word rejoined


def test_pdf_document_reads_in_order_and_segments(tmp_path):
    pages = [["TREATY TEXT", "Article 1", "Purpose", "1. The Parties shall co-operate.", "1"],
             ["TREATY TEXT", "2. They shall exchange information.", "Article 2", "Scope", "This applies.", "2"],
             ["TREATY TEXT", "Article 3", "Signature", "Open for signature.", "3"]]
    doc = read_document(write(tmp_path, "t.pdf", make_pdf(pages)))
    assert doc.format == "pdf" and "TREATY TEXT" not in doc.text
    ids = [c.clause_id for c in segment_document(doc).clauses]
    assert ids == ["1(1)", "1(2)", "2", "3"]


def test_pdf_page_without_text_layer_is_reported(tmp_path):
    doc = read_document(write(tmp_path, "t.pdf", make_pdf([ARTICLE_LINES, []])))
    assert doc.warnings == ("page 2 has no text layer and was skipped",)


def test_docx_paragraphs_and_tables_in_order(tmp_path):
    d = docx.Document()
    d.add_paragraph("Article 1")
    d.add_paragraph("Purpose")
    d.add_paragraph("1. The Parties shall co-operate.")
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "left", "right"
    d.add_paragraph("2. They shall exchange information.")
    buf = io.BytesIO()
    d.save(buf)
    doc = read_document(write(tmp_path, "t.docx", buf.getvalue()))
    assert doc.text.index("left | right") < doc.text.index("2. They shall")
    assert [c.clause_id for c in segment_document(doc).clauses] == ["1(1)", "1(2)"]


def test_html_scripts_dropped_and_blocks_become_lines(tmp_path):
    html = "<html><head><title>x</title><script>alert(1)</script></head><body><h3>Article 1</h3>" \
           "<p>Purpose</p><p>1. The Parties <em>shall</em> co-operate.</p></body></html>"
    doc = read_document(write(tmp_path, "t.html", html))
    assert "alert" not in doc.text and "The Parties shall co-operate." in doc.text
    assert [c.clause_id for c in segment_document(doc).clauses] == ["1(1)"]


def test_an_html_pages_ordered_lists_are_numbered_as_a_browser_shows_them(tmp_path):
    """Session 43: a treaty database's page gives an article's paragraphs as <ol><li> and its items as a nested
    <ol type="a">, the numbers not in the text: they are written as the browser shows them ("1.", "(a)"), and
    the clauses are the paragraphs and items; an item that writes its own letter keeps it, once."""
    html = ("<html><body><h3>Article 7</h3><h4>Preservation</h4><ol><li>Each Party shall enable its authorities to "
            "order the preservation of data.</li><li>An order may be issued for:<ol type=\"a\"><li>the offences of "
            "this Convention;</li><li>serious offences.</li></ol></li></ol><h3>Article 8</h3><ol><li>(a) written "
            "by the page.</li></ol></body></html>")
    doc = read_document(write(tmp_path, "t.html", html))
    assert [(c.clause_id, c.text) for c in segment_document(doc).clauses if c.article != "preamble"] == [
        ("7(1)", "Each Party shall enable its authorities to order the preservation of data."),
        ("7(2)", "An order may be issued for:"),
        ("7(2)(a)", "the offences of this Convention;"),
        ("7(2)(b)", "serious offences."),
        ("8(a)", "written by the page."),
    ]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        # UTF-8 with a byte order mark
        ("\ufeffArticle 1\nThe Parties shall co-operate.\n", "utf-8"),
        # Latin-1 text with accents is detected, not mangled
        ("Article 1\nLes Parties coopèrent de façon très étroite à l'échelle européenne, précisément.\n", "latin-1"),
        # UTF-16 with BOM
        ("Article 1\nThe Parties shall co-operate.\n", "utf-16"),
    ],
)
def test_text_encodings(tmp_path, data, encoding):
    doc = read_document(write(tmp_path, "t.txt", data.encode(encoding)))
    assert doc.text.lstrip("\ufeff").startswith("Article 1")
    assert data.strip("\ufeff").split("\n")[1] in doc.text


def _zip_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<x/>")
        z.writestr("word/document.xml", b"\0" * (300 * 1024 * 1024))
    return buf.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        # an empty file
        ("empty.txt", b"", "the file is empty"),
        # a binary file with a text extension
        ("binary.txt", b"\x00\x01\x02\x03" * 100, "binary"),
        # a corrupt PDF
        ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage", "corrupt or unreadable PDF"),
        # something that is not a PDF at all
        ("fake.pdf", b"hello world", "not a PDF"),
        # a PDF with no text layer anywhere
        ("scan.pdf", make_pdf([[], []]), "no page has a text layer"),
        # a corrupt DOCX
        ("broken.docx", b"PK\x03\x04garbage", "corrupt or unreadable DOCX"),
        # a DOCX zip bomb is refused before it is unpacked
        ("bomb.docx", _zip_bomb(), "zip bomb"),
        # an unsupported type
        ("table.xlsx", b"PK", "unsupported file type"),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 40 else "",
)
def test_bad_files_are_refused_with_one_line(tmp_path, name, data, message):
    with pytest.raises(InputError) as err:
        read_document(write(tmp_path, name, data))
    assert message in str(err.value) and "\n" not in str(err.value)


def test_size_limit(tmp_path, monkeypatch):
    p = write(tmp_path, "big.txt", "Article 1\n" + "word " * 1000)
    monkeypatch.setenv("TREATYSCOPE_MAX_BYTES", "1000")
    with pytest.raises(InputError) as err:
        read_document(p)
    assert str(err.value) == (f"{p}: 5,010 bytes is over the size limit of 1,000 bytes "
                              "(set TREATYSCOPE_MAX_BYTES to a larger number of bytes to raise it)")


def test_an_oversized_file_is_refused_before_the_pipeline_loads(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    import treatyscope.pipeline
    from treatyscope.cli import app

    def no_loading(*args, **kwargs):
        raise AssertionError("the pipeline was loaded for a file that is refused anyway")

    p = write(tmp_path, "big.txt", "Article 1\n" + "word " * 1000)
    monkeypatch.setenv("TREATYSCOPE_MAX_BYTES", "1000")
    monkeypatch.setattr(treatyscope.pipeline, "pipeline_for", no_loading)
    result = CliRunner().invoke(app, ["label", str(p)])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"treatyscope: error: {p}: 5,010 bytes is over the size limit of 1,000 bytes "
                             "(set TREATYSCOPE_MAX_BYTES to a larger number of bytes to raise it)\n")


def test_discover_files_folders_and_globs(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("x")
    (tmp_path / "c.xlsx").write_text("x")
    files, problems = discover([tmp_path / "a.txt", tmp_path / "sub", str(tmp_path / "*.txt"), tmp_path / "nope.txt"])
    assert [f.name for f in files] == ["a.txt", "b.md"]
    assert problems == [f"{tmp_path / 'nope.txt'}: no such file"]


def _paged_draft(pages: list[list[str]]) -> str:
    """A draft as a PDF's text saved as plain text: a first page without a number, then pages under
    a running header, each ending with its number ("2/3")."""
    out = []
    for i, lines in enumerate(pages, start=1):
        if i > 1:
            out += ["", "A/AC.9/DRT/1", "3 May 2031", ""]
        out += lines
        if i > 1:
            out += ["", f"{i}/{len(pages)}"]
    return "\n".join(out) + "\n"


def test_a_pdfs_text_saved_as_plain_text_loses_its_pages_and_keeps_its_footnotes(tmp_path):
    """A plain text with page numbers that rise ("2/4") is read as a PDF's pages: the running header
    and the page numbers go, a sentence that runs over a page break is whole again, and the
    footnotes at a page's foot ("1 Some delegations ...", marked "system1" in the text; the job
    number after them goes with them) are set after the paragraph they interrupted, their
    numbers in brackets at the mark and at the note, as a model text writes them."""
    pages = [
        ["Article 1", "Use of terms", "", "1. \"System\" means any device or any group of connected devices or",
         "a system1 with software;", "", "1 Some delegations preferred \"device\" alone, as in",
         "earlier instruments.", "", "V.31-0001 (E)"],
        ["2. \"Data\" means any information in a form a system can process.", "", "Article 2",
         "Scope", "", "This Convention applies to the offences established under it and to serious",
         "crime2 as defined in article 1.", "", "2 Two delegations asked that the words be deleted."],
        ["Article 3", "Final clause", "", "This Convention enters into force ninety days after the fifth",
         "ratification."],
        ["Article 4", "Depositary", "", "The Secretary-General is the depositary."],
    ]
    path = write(tmp_path, "draft.txt", _paged_draft(pages))
    assert read_document(path).text == (
        "Article 1\nUse of terms\n\n1. \"System\" means any device or any group of connected devices or\n"
        "a system[1] with software;\n\n[1] Some delegations preferred \"device\" alone, as in\nearlier instruments.\n"
        "V.31-0001 (E)\n\n"
        "2. \"Data\" means any information in a form a system can process.\n\nArticle 2\nScope\n\n"
        "This Convention applies to the offences established under it and to serious\ncrime[2] as defined in "
        "article 1.\n\n[2] Two delegations asked that the words be deleted.\n\n"
        "Article 3\nFinal clause\n\nThis Convention enters into force ninety days after the fifth\nratification.\n"
        "Article 4\nDepositary\n\nThe Secretary-General is the depositary.\n"
    )
    assert [(c.clause_id, c.kind, c.heading) for c in segment(read_document(path))] == [
        ("1(1)", "provision", "Use of terms"), ("1(note)", "note", "Use of terms"),
        ("1(2)", "provision", "Use of terms"), ("2", "provision", "Scope"), ("2(note)", "note", "Scope"),
        ("3", "provision", "Final clause"), ("4", "provision", "Depositary"),
    ]
    # Two page numbers are no pages: the text is read as it is.
    plain = "Article 1\nScope\n\nText of 1/2 lines.\n1/2\n\nArticle 2\nEnd\n\nMore text.\n2/2\n"
    assert read_document(write(tmp_path, "plain.txt", plain)).text == plain


def test_a_plain_text_hard_wrapped_with_broken_words_is_read_with_them_joined(tmp_path):
    """An e-mail's text of a draft, hard-wrapped with words broken by a hyphen at the line's end
    (session 40): three or more such breaks and the words are joined, as a PDF's are; one alone (a
    compound that happens to end a line) is left as written."""
    path = tmp_path / "draft.txt"
    path.write_text("Article 1. Scope\n\n1. Each Party shall adopt measures for the extra-\ndition of persons in "
                    "pro-\nceedings on the basis of dual crim-\ninality.\n", encoding="utf-8")
    assert read_document(path).text == ("Article 1. Scope\n\n1. Each Party shall adopt measures for the extradition "
                                        "of persons in proceedings on the basis of dual criminality.\n")
    path.write_text("Article 1. Scope\n\n1. Each Party shall cooperate in cross-\nborder matters.\n", encoding="utf-8")
    assert read_document(path).text == "Article 1. Scope\n\n1. Each Party shall cooperate in cross-\nborder matters.\n"
