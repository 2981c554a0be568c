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


# -- a Word draft with automatic numbering and tracked changes ---------------------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_PACKAGE_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                  '2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
                  'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                  'officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
                  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
                  'officedocument.wordprocessingml.styles+xml"/></Types>')
_REL = ('<Relationship Id="rId{0}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{1}" '
        'Target="{1}.xml"/>')


def _level(ilvl: int, fmt: str, text: str, suffix: str = "space") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:suff w:val="{suffix}"/>'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


def _runs(text: str) -> str:
    """Runs for ``text``, where ``{+words+}`` is a tracked insertion and ``{-words-}`` a deletion."""
    import re
    from xml.sax.saxutils import escape

    out = []
    for i, piece in enumerate(re.split(r"(\{\+.*?\+\}|\{-.*?-\})", text)):
        if piece.startswith("{+"):
            out.append(f'<w:ins w:id="{i}" w:author="Chair"><w:r><w:t xml:space="preserve">'
                       f'{escape(piece[2:-2])}</w:t></w:r></w:ins>')
        elif piece.startswith("{-"):
            out.append(f'<w:del w:id="{i}" w:author="Chair"><w:r><w:delText xml:space="preserve">'
                       f'{escape(piece[2:-2])}</w:delText></w:r></w:del>')
        elif piece:
            out.append(f'<w:r><w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
    return "".join(out)


def make_legal_word_draft(blocks: list[tuple[str, str]]) -> bytes:
    """A DOCX numbered as a legal multi-level list: "section" (Word draws "Section 1", its title
    follows), "article" ("Article 4" and a tab before the article's title, in one paragraph),
    "para" ("4.1", legal numbering under the article), "item" ("(a)"), "subitem" ("(i)") and
    "plain" (no number). Text may hold tracked changes as ``{+inserted+}`` and ``{-deleted-}``."""
    numbering = (f'<w:abstractNum w:abstractNumId="0">{_level(0, "decimal", "Section %1")}</w:abstractNum>'
                 f'<w:abstractNum w:abstractNumId="1">{_level(0, "decimal", "Article %1", "tab")}'
                 '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/>'
                 '<w:lvlText w:val="%1.%2"/></w:lvl>'
                 f'{_level(2, "lowerLetter", "(%3)", "tab")}{_level(3, "lowerRoman", "(%4)", "tab")}</w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>')
    levels = {"article": 0, "para": 1, "item": 2, "subitem": 3}
    body = []
    for kind, text in blocks:
        if kind == "section":
            body.append('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:p>'
                        f"<w:p>{_runs(text)}</w:p>")
        elif kind in levels:
            body.append(f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{levels[kind]}"/><w:numId w:val="2"/></w:numPr>'
                        f"</w:pPr>{_runs(text)}</w:p>")
        else:
            body.append(f"<w:p>{_runs(text)}</w:p>")
    return make_raw_docx("".join(body), numbering)


def make_word_draft(blocks: list[tuple[str, str]]) -> bytes:
    """A DOCX as a secretariat's word processor writes a draft: no number is in the text.

    ``blocks`` are ``(kind, text)``: "chapter" (Word draws "Chapter I", its title follows),
    "article" ("Article 1" through a paragraph style linked to a list, then its title),
    "para" ("1.", restarting in each article), "item" ("(a)") and "subitem" ("(i)") below
    it, and "plain" (no number). Text may hold tracked changes as ``{+inserted+}`` and
    ``{-deleted-}``."""
    numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {_W}>'
                 f'<w:abstractNum w:abstractNumId="0">{_level(0, "upperRoman", "Chapter %1")}</w:abstractNum>'
                 f'<w:abstractNum w:abstractNumId="1">{_level(0, "decimal", "Article %1")}</w:abstractNum>'
                 f'<w:abstractNum w:abstractNumId="2">{_level(0, "decimal", "%1.", "tab")}'
                 f'{_level(1, "lowerLetter", "(%2)", "tab")}{_level(2, "lowerRoman", "(%3)", "tab")}</w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {_W}>'
              '<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="ArticleHeading"><w:name w:val="Article heading"/>'
              '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>'
              '</w:styles>')
    body, nums, current = [], [], 0

    def numbered(num_id: int, ilvl: int) -> str:
        return f'<w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'

    for kind, text in blocks:
        if kind == "chapter":
            body.append(f"<w:p>{numbered(1, 0)}</w:p><w:p>{_runs(text)}</w:p>")
        elif kind == "article":
            # each article restarts its paragraphs' list: a new list instance with start overrides
            current = 10 + len(nums)
            nums.append(f'<w:num w:numId="{current}"><w:abstractNumId w:val="2"/>'
                        + "".join(f'<w:lvlOverride w:ilvl="{k}"><w:startOverride w:val="1"/></w:lvlOverride>'
                                  for k in range(3)) + "</w:num>")
            body.append('<w:p><w:pPr><w:pStyle w:val="ArticleHeading"/></w:pPr></w:p>'
                        f"<w:p>{_runs(text)}</w:p>")
        elif kind in ("para", "item", "subitem"):
            ilvl = ("para", "item", "subitem").index(kind)
            body.append(f"<w:p>{numbered(current, ilvl)}{_runs(text)}</w:p>")
        else:
            body.append(f"<w:p>{_runs(text)}</w:p>")
    return make_raw_docx("".join(body), numbering + "".join(nums) + "</w:numbering>", styles)


def make_raw_docx(body: str, numbering: str | None = None, styles: str | None = None) -> bytes:
    """A DOCX of the body XML ``body``, with a numbering part and a styles part when given
    (whole XML documents, or their children only)."""
    if numbering is not None and not numbering.startswith("<?xml"):
        numbering = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {_W}>{numbering}</w:numbering>'
    if styles is not None and not styles.startswith("<?xml"):
        styles = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {_W}>{styles}</w:styles>'
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W}>'
                f"<w:body>{body}</w:body></w:document>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _PACKAGE_TYPES)
        z.writestr("_rels/.rels", _RELS)
        parts = [n for n, part in (("numbering", numbering), ("styles", styles)) if part is not None]
        z.writestr("word/_rels/document.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships">' + "".join(_REL.format(i, n) for i, n in enumerate(parts))
                   + "</Relationships>")
        z.writestr("word/document.xml", document)
        if numbering is not None:
            z.writestr("word/numbering.xml", numbering)
        if styles is not None:
            z.writestr("word/styles.xml", styles)
    return buf.getvalue()
