"""Minimal DOCX files written for the tests and the hostile-input benchmark (no Word needed)."""

from __future__ import annotations

import io
import random
import zipfile

_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
          '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
          'document.main+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
         '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
         '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def make_docx(paragraphs: list[str], *, empty: int = 0, pad: int = 0,
              compression: int = zipfile.ZIP_STORED) -> bytes:
    """A DOCX with ``paragraphs`` of text, then ``empty`` empty paragraphs; ``pad`` random bytes
    in a media file keep a large one under the packing ratio the zip-bomb check refuses."""
    body = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in paragraphs) + "<w:p/>" * empty
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f"<w:body>{body}</w:body></w:document>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        z.writestr("[Content_Types].xml", _TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/document.xml", document)
        if pad:
            z.writestr("word/media/image1.bin", random.Random(1).randbytes(pad))
    return buf.getvalue()
