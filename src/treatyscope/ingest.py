"""Files to text: the first stage of the pipeline.

Plain text and Markdown are decoded (the encoding detected when not UTF-8), HTML is
reduced to its text, PDF pages are read with pypdf and cleaned of running headers,
footers, page numbers and line-end hyphenation, DOCX body paragraphs and tables are read
in order with python-docx. Every failure is an :class:`InputError` with one clear line.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import zipfile
from collections import Counter
from html import unescape as _html_unescape
from html.parser import HTMLParser
from pathlib import Path

from .errors import InputError
from .types import Document
from .segment import ARTICLE_WORDS

SUPPORTED = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# A DOCX is a zip archive; refuse one that would expand beyond this (zip bombs).
MAX_DOCX_UNPACKED = 200 * 1024 * 1024
MAX_DOCX_RATIO = 200


def max_bytes() -> int:
    """The size limit for one input file (``TREATYSCOPE_MAX_BYTES`` overrides the default)."""
    value = os.environ.get("TREATYSCOPE_MAX_BYTES")
    try:
        return int(value) if value else DEFAULT_MAX_BYTES
    except ValueError:
        return DEFAULT_MAX_BYTES


def doc_id_for(path: Path) -> str:
    """The default document id: the file name without its extension."""
    return path.stem if path.suffix.lower() in SUPPORTED else path.name


def read_document(path: str | os.PathLike, *, doc_id: str | None = None, limit: int | None = None) -> Document:
    """Read one treaty file into a :class:`Document`.

    Takes a path to a ``.txt``, ``.md``, ``.html``, ``.pdf`` or ``.docx`` file; returns the
    document with its text, sha256 of the file's bytes and any warnings (pages without a
    text layer). Raises :class:`InputError` for a missing, empty, oversized, binary,
    encrypted or corrupt file, or an unsupported extension.
    """
    p = check_file(path, limit=limit)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    return document_from_bytes(data, suffix=p.suffix.lower(), doc_id=doc_id or doc_id_for(p), source=str(p))


def check_file(path: str | os.PathLike, *, limit: int | None = None) -> Path:
    """What can be checked of an input file without reading it: that it exists, is a file of a
    supported type and is within the size limit (``limit``, default :func:`max_bytes`).

    Returns the path; raises :class:`InputError` otherwise. Commands call it for every input
    before loading the pipeline, so a file that will be refused is refused at once.
    """
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    if p.is_dir():
        raise InputError(f"{p}: is a folder, not a file")
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED:
        raise InputError(f"{p}: unsupported file type {suffix or '(none)'}; expected one of {', '.join(SUPPORTED)}")
    limit = max_bytes() if limit is None else limit
    if st.st_size > limit:
        raise InputError(f"{p}: {st.st_size:,} bytes is over the size limit of {limit:,} bytes "
                         "(set TREATYSCOPE_MAX_BYTES to a larger number of bytes to raise it)")
    return p


def document_from_bytes(data: bytes, *, suffix: str, doc_id: str, source: str = "") -> Document:
    """Turn a file's bytes into a :class:`Document`; see :func:`read_document`."""
    name = source or doc_id
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    warnings: tuple[str, ...] = ()
    if suffix == ".pdf":
        text, warnings = pdf_to_text(data, name)
        fmt = "pdf"
    elif suffix == ".docx":
        text = docx_to_text(data, name)
        fmt = "docx"
    elif suffix in (".html", ".htm"):
        text = html_to_text(decode_text(data, name))
        fmt = "html"
    else:
        text = decode_text(data, name)
        fmt = "md" if suffix in (".md", ".markdown") else "txt"
    if not text.strip():
        raise InputError(f"{name}: no text could be read from the file")
    return Document(
        doc_id=doc_id,
        text=text,
        source=source,
        sha256=hashlib.sha256(data).hexdigest(),
        format=fmt,
        warnings=warnings,
    )


def decode_text(data: bytes, name: str) -> str:
    """Decode a text file: UTF-8 (with or without BOM) first, else the detected encoding."""
    if b"\x00" in data[:8192] and not (data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff")):
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    results = list(from_bytes(data))
    if not results:
        raise InputError(f"{name}: looks like a binary file, not text (no text encoding fits)")
    best = results[0]
    # Short Western European texts fit several single-byte code pages equally well; the
    # Western one is by far the likelier for treaty texts.
    for r in results:
        if r.encoding in _WESTERN and r.chaos <= best.chaos:
            best = r
            break
    text = str(best)
    if _control_share(text) > 0.05:
        raise InputError(f"{name}: looks like a binary file, not text")
    return text


_WESTERN = ("cp1252", "latin_1", "iso8859_15")


def _control_share(text: str) -> float:
    sample = text[:8192]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return bad / max(1, len(sample))


_BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "blockquote", "pre", "dd", "dt", "ol", "ul", "header", "footer", "td", "th", "title", "hr",
})
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object"})


class _TextExtractor(HTMLParser):
    """Streams an HTML page to text: one block element per line, scripts and styles dropped.

    The standard library's streaming parser keeps no tree, so deeply nested or huge pages
    cost linear time and constant stack.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


_SKIPPED_BLOCKS = re.compile(r"<(script|style|noscript|template|head)\b.*?</\1\s*>", re.I | re.S)
_ANY_TAG = re.compile(r"<[^>]{0,2000}>")


_COMMENT_CLOSE = re.compile(r"--\s*>")  # html.parser's own
_SECTION_CLOSE = re.compile(r"\]\s*\]\s*>")
_SECTION_OPEN = re.compile(r"<!\[(?!\s*(?:if|else|endif)\b)", re.I)


def _defuse_html(html: str) -> str:
    """The page with every "<" that can never be completed written as "&lt;" (the same text).

    The standard library's parser (before Python 3.13.4) tries such a "<" again at every
    occurrence, searching the rest of the page for its end each time: 10,000 "<!--" with no
    "-->" after them, or "<a" with no ">", take quadratic time. A "<" after the page's last ">",
    a "<!--" after its last "-->" and a "<![CDATA[" after its last "]]>" cannot complete; the
    parser would give them as text, and so does "&lt;"."""
    last_gt = html.rfind(">")
    if "<" in html[last_gt + 1:]:
        html = html[:last_gt + 1] + html[last_gt + 1:].replace("<", "&lt;")
    # The parser looks for a comment's end from 4 characters after its "<!--", for a marked
    # section's from 3 after its "<![": openings from there before the last end never close.
    for opening, closing, skip, escaped in ((re.compile("<!--"), _COMMENT_CLOSE, 4, "&lt;!--"),
                                            (_SECTION_OPEN, _SECTION_CLOSE, 3, "&lt;![")):
        close = -1
        for m in closing.finditer(html):
            close = m.start()
        first = opening.search(html, max(0, close - skip + 1))
        if first is not None:
            html = html[:first.start()] + opening.sub(escaped, html[first.start():])
    return html


def html_to_text(html: str) -> str:
    """The readable text of an HTML page, one block element per line; scripts and styles dropped."""
    parser = _TextExtractor()
    html = _defuse_html(html)
    try:
        parser.feed(html)
        parser.close()
        text = "".join(parser.parts)
    except (AssertionError, ValueError):
        # html.parser gives up on some malformed declarations ("<![ x"): strip the tags
        # with a plain pattern instead of failing the whole page.
        text = _SKIPPED_BLOCKS.sub("\n", html)
        text = _html_unescape(_ANY_TAG.sub("\n", text))
    lines = [re.sub(r"[ \t\xa0]+", " ", line).strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?\s*(?:(?:of|/)\s*\d{1,4})?\s*$", re.I)
_HYPHEN_BREAK = re.compile(r"(\w)-\n(?=[a-z])")
_ARTICLE_HEADING = re.compile(rf"^\s*#*\s*{ARTICLE_WORDS}\s*(?:\d|[IVXLC]+\b|premier\b|1er\b)")


def pdf_to_text(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """Extract a PDF's text in reading order, without running headers, footers and page numbers.

    Returns the text and warnings for pages without a text layer. Raises
    :class:`InputError` for an encrypted, corrupt or entirely image-only PDF.
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.lstrip().startswith(b"%PDF"):
        raise InputError(f"{name}: not a PDF file (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:
                ok = 0
            if not ok:
                raise InputError(f"{name}: the PDF is encrypted with a password")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError, IndexError) as exc:
        raise InputError(f"{name}: corrupt or unreadable PDF ({type(exc).__name__})") from None
    except Exception as exc:  # pypdf raises many kinds on damaged files
        raise InputError(f"{name}: corrupt or unreadable PDF ({type(exc).__name__})") from None
    if not pages:
        raise InputError(f"{name}: the PDF has no pages")
    empty = [i + 1 for i, t in enumerate(pages) if not t.strip()]
    if len(empty) == len(pages):
        raise InputError(f"{name}: no page has a text layer (a scanned PDF needs OCR first)")
    warnings = tuple(f"page {n} has no text layer and was skipped" for n in empty)
    return clean_pdf_pages(pages), warnings


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().lower())


def clean_pdf_pages(pages: list[str]) -> str:
    """Join page texts, dropping lines repeated at the top or bottom of most pages and page numbers.

    Lines are compared with their digits folded (a running header "Page 3 of 9"), so an article
    heading ("Article 7") at the top of most pages would look repeated: a line that opens with an
    article heading is never dropped."""
    split = [[ln.rstrip() for ln in page.splitlines()] for page in pages]
    edges: Counter[str] = Counter()
    for lines in split:
        body = [ln for ln in lines if ln.strip()]
        for ln in set(body[:2] + body[-2:]):
            edges[_shape(ln)] += 1
    nonempty = sum(1 for lines in split if any(ln.strip() for ln in lines))
    repeated = {s for s, n in edges.items() if nonempty >= 3 and n >= max(3, nonempty // 2)}
    out_pages = []
    for lines in split:
        body = [i for i, ln in enumerate(lines) if ln.strip()]
        edge_idx = set(body[:2] + body[-2:])
        kept = [
            ln for i, ln in enumerate(lines)
            if not (i in edge_idx and (_shape(ln) in repeated or _PAGE_NUMBER.match(ln))
                    and not _ARTICLE_HEADING.match(ln))
        ]
        if any(ln.strip() for ln in kept):
            out_pages.append("\n".join(kept).strip("\n"))
    text = "\n".join(out_pages)
    return _HYPHEN_BREAK.sub(r"\1", text) + "\n"


def docx_to_text(data: bytes, name: str) -> str:
    """The body paragraphs and table cells of a DOCX file, in document order."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise InputError(f"{name}: corrupt or unreadable DOCX (not a zip archive)") from None
    unpacked = sum(i.file_size for i in infos)
    packed = sum(max(1, i.compress_size) for i in infos)
    if unpacked > MAX_DOCX_UNPACKED or unpacked / packed > MAX_DOCX_RATIO:
        raise InputError(f"{name}: DOCX would unpack to {unpacked:,} bytes; refused as a possible zip bomb")
    if "word/document.xml" not in archive.namelist():
        raise InputError(f"{name}: corrupt or unreadable DOCX (no word/document.xml)")
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.element.body.iterchildren():
            tag = block.tag.rsplit("}", 1)[-1]
            if tag == "p":
                lines.append(Paragraph(block, document).text)
            elif tag == "tbl":
                for row in Table(block, document).rows:
                    lines.append(" | ".join(cell.text for cell in row.cells))
    except InputError:
        raise
    except Exception as exc:  # python-docx and lxml raise many kinds on damaged files
        raise InputError(f"{name}: corrupt or unreadable DOCX ({type(exc).__name__})") from None
    return "\n\n".join(line.strip() for line in lines if line.strip()) + "\n"


def discover(inputs: list[str | os.PathLike]) -> tuple[list[Path], list[str]]:
    """Expand files, folders and glob patterns into the supported files they name.

    Returns the files (sorted, without repeats) and one problem line per input that named
    nothing usable.
    """
    import glob

    files: list[Path] = []
    problems: list[str] = []
    for item in inputs:
        s = str(item)
        p = Path(s)
        if p.is_dir():
            found = sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in SUPPORTED)
            if not found:
                problems.append(f"{p}: folder has no supported file ({', '.join(SUPPORTED)})")
            files.extend(found)
        elif p.exists():
            files.append(p)
        elif any(ch in s for ch in "*?["):
            found = sorted(Path(q) for q in glob.glob(s, recursive=True) if Path(q).is_file())
            found = [q for q in found if q.suffix.lower() in SUPPORTED]
            if not found:
                problems.append(f"{s}: pattern matches no supported file")
            files.extend(found)
        else:
            problems.append(f"{p}: no such file")
    seen: set[Path] = set()
    unique = []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, problems
