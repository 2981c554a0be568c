"""PDFs encrypted with AES and an empty user password are read; DOCX entity references are
kept as the text they are, never expanded."""

from __future__ import annotations

import io
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader, PdfWriter

from treatyscope.errors import InputError
from treatyscope.ingest import _entities_as_text, docx_to_text, pdf_to_text

from pdfgen import make_pdf

ROOT = Path(__file__).resolve().parents[1]
LINES = [["Article 1", "Each Party shall co-operate to the widest extent possible."],
         ["Article 2", "Assistance may be refused where the request concerns a political offence."]]


def encrypted(algorithm: str, user_password: str = "") -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(LINES))))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm=algorithm)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256", "RC4-128"])
def test_a_pdf_encrypted_with_an_empty_user_password_reads_like_the_plain_one(algorithm):
    data = encrypted(algorithm)
    assert PdfReader(io.BytesIO(data)).is_encrypted
    assert pdf_to_text(data, "x.pdf") == pdf_to_text(make_pdf(LINES), "x.pdf") == (
        "Article 1\nEach Party shall co-operate to the widest extent possible.\n"
        "Article 2\nAssistance may be refused where the request concerns a political offence.\n", ())


def test_a_pdf_that_needs_a_password_is_refused_as_such():
    with pytest.raises(InputError, match=r"^x.pdf: the PDF is encrypted with a password$"):
        pdf_to_text(encrypted("AES-128", user_password="secret"), "x.pdf")


def test_without_the_cryptography_package_the_refusal_says_what_to_install(tmp_path):
    path = tmp_path / "aes.pdf"
    path.write_bytes(encrypted("AES-128"))
    script = ("import sys; sys.modules['cryptography'] = None; sys.modules['Crypto'] = None\n"
              "from treatyscope.errors import InputError\nfrom treatyscope.ingest import read_document\n"
              f"try:\n    read_document({str(path)!r})\nexcept InputError as exc:\n    print(exc)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.stdout == (f"{path}: the PDF is encrypted with AES, which needs the 'cryptography' package: "
                             "pip install 'cryptography>=3.1'\n"), result.stderr


def test_the_aes_dependency_is_declared():
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    assert any(d.startswith("pypdf[crypto]") for d in dependencies)


# -- DOCX entity references ---------------------------------------------------------------------

def make_docx(paragraphs: list[str], doctype: str = "", cell: str | None = None) -> bytes:
    """A DOCX whose document.xml holds ``paragraphs`` as raw XML text (entity references
    included), with an optional DOCTYPE and a one-cell table."""
    d = docx.Document()
    for i in range(len(paragraphs)):
        d.add_paragraph(f"PARAGRAPH{i}")
    if cell is not None:
        d.add_table(rows=1, cols=1).rows[0].cells[0].text = "CELL"
    buf = io.BytesIO()
    d.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                for i, p in enumerate(paragraphs):
                    data = data.replace(f"PARAGRAPH{i}".encode(), p.encode())
                if cell is not None:
                    data = data.replace(b"CELL", cell.encode())
                if doctype:
                    data = data.replace(b"?>", b"?>" + doctype.encode(), 1)
            dst.writestr(info, data)
    return out.getvalue()


@pytest.mark.parametrize("doctype", [
    "",                                                                   # never declared
    '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',  # an external entity (XXE)
    '<!DOCTYPE w:document [<!ENTITY xxe "EXPANDED">]>',                   # an internal one
    '<!DOCTYPE w:document SYSTEM "http://example.invalid/x.dtd">',        # an external DTD
])
def test_entity_references_are_kept_as_text_never_expanded(doctype):
    data = make_docx(["Each Party &xxe; shall.", "Article 2 &amp; &#65;rticle 3 &xxe;&xxe;", "&éntité; end"],
                     doctype, cell="In a cell &xxe; too")
    assert docx_to_text(data, "x.docx") == ("Each Party &xxe; shall.\n\nArticle 2 & Article 3 &xxe;&xxe;\n\n"
                                            "&éntité; end\n\nIn a cell &xxe; too\n")


def test_a_billion_laughs_is_not_expanded():
    laughs = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    data = make_docx(["Each Party &lol9; shall."], f'<!DOCTYPE w:document [<!ENTITY lol0 "lol">{laughs}]>')
    assert docx_to_text(data, "x.docx") == "Each Party &lol9; shall.\n"


def test_an_ordinary_docx_is_read_as_it_is():
    data = make_docx(["Each Party shall &amp; may."])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert _entities_as_text(archive, data) is data
    assert docx_to_text(data, "x.docx") == "Each Party shall & may.\n"
