"""Files to text: the first stage of the pipeline.

Plain text and Markdown are decoded (the encoding detected when not UTF-8), HTML is
reduced to its text, PDF pages are read with pypdf and cleaned of running headers,
footers, page numbers and line-end hyphenation, their footnotes set after the paragraph a
page break interrupted (and so is a PDF's text saved as plain text, its pages found by their
form feeds or numbers), DOCX body paragraphs and tables are read in order as Word shows them
(its automatic list numbers drawn, tracked changes accepted: ``docxread``).
Every failure is an :class:`InputError` with one clear line.
"""

from __future__ import annotations

import contextlib
import fnmatch
import hashlib
import io
import os
import re
import stat
import zipfile
import zlib
from collections import Counter
from html import unescape as _html_unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO, Iterator

from .errors import InputError
from .types import QUOTED_MAIL, Document
from .segment import ARTICLE_WORDS, starts_numbered, to_roman

SUPPORTED = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# A DOCX is a zip archive; refuse one that would expand beyond this (zip bombs).
MAX_DOCX_UNPACKED = 200 * 1024 * 1024
MAX_DOCX_RATIO = 200
# Files are read in blocks of this size, never more than the limit plus one byte.
READ_BLOCK = 1 << 20


# Budgets of markup elements a reader builds or walks: a DOCX within the size limits can
# hold 195 MB of empty paragraphs (30 million elements, 4 GB as python-docx's tree).
DEFAULT_MAX_DOCX_ELEMENTS = 1_000_000
DEFAULT_MAX_HTML_ELEMENTS = 1_000_000


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    try:
        return int(value) if value else default
    except ValueError:
        return default


def max_docx_elements() -> int:
    """The budget of XML elements in a DOCX's body (``TREATYSCOPE_MAX_DOCX_ELEMENTS`` overrides it)."""
    return _env_int("TREATYSCOPE_MAX_DOCX_ELEMENTS", DEFAULT_MAX_DOCX_ELEMENTS)


def max_html_elements() -> int:
    """The budget of HTML elements (tags, comments, declarations) in a page
    (``TREATYSCOPE_MAX_HTML_ELEMENTS`` overrides it)."""
    return _env_int("TREATYSCOPE_MAX_HTML_ELEMENTS", DEFAULT_MAX_HTML_ELEMENTS)


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
    encrypted or corrupt file, a file that is not a regular file (a device, a FIFO, a
    socket, also behind a symlink), or an unsupported extension.
    """
    p = check_file(path, limit=limit)
    data = read_limited(p, limit=limit)
    # A file name's undecodable bytes become U+FFFD in the id and source, so every output can be written as UTF-8.
    from .faults import printable

    return document_from_bytes(data, suffix=p.suffix.lower(), doc_id=printable(doc_id or doc_id_for(p)),
                               source=printable(str(p)))


def _kind(mode: int) -> str:
    """What a file that is not a regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    return "not a regular file"


def _not_regular(p: Path, mode: int) -> InputError:
    if stat.S_ISDIR(mode):
        return InputError(f"{p}: is a folder, not a file")
    return InputError(f"{p}: is {_kind(mode)}, not a regular file; refused (only regular files are read)")


def _over_limit(p: Path, size: int | str, limit: int) -> InputError:
    size = f"{size:,} bytes" if isinstance(size, int) else size
    return InputError(f"{p}: {size} is over the size limit of {limit:,} bytes "
                      "(set TREATYSCOPE_MAX_BYTES to a larger number of bytes to raise it)")


def check_file(path: str | os.PathLike, *, limit: int | None = None) -> Path:
    """What can be checked of an input file without reading it: that it exists, is a
    regular file (after following symlinks: not a device, a FIFO or a socket) of a supported
    type and is within the size limit (``limit``, default :func:`max_bytes`).

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
    if not stat.S_ISREG(st.st_mode):
        raise _not_regular(p, st.st_mode)
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED:
        raise InputError(f"{p}: unsupported file type {suffix or '(none)'}; expected one of {', '.join(SUPPORTED)}")
    limit = max_bytes() if limit is None else limit
    if st.st_size > limit:
        raise _over_limit(p, st.st_size, limit)
    return p


@contextlib.contextmanager
def open_regular(path: str | os.PathLike) -> Iterator[BinaryIO]:
    """Open a file for reading only if it is a regular file; yields the binary file object.

    The path is checked with ``stat`` (symlinks followed) before it is opened, so a
    device, a FIFO or a socket is refused without being opened; it is opened without
    blocking (a FIFO swapped in meanwhile does not hang the open), and the opened file is
    checked again with ``fstat``, so a file replaced between the two checks is refused
    too. Raises :class:`InputError`.
    """
    p = Path(path)
    try:
        st = os.stat(p)
        if not stat.S_ISREG(st.st_mode):
            raise _not_regular(p, st.st_mode)
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
                     | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _not_regular(p, st.st_mode)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        f = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with f:
        yield f


def read_at_most(f: BinaryIO, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of an open file, read in blocks (one more than the limit,
    so that a file over it can be told from one exactly at it)."""
    chunks, left = [], limit + 1
    while left > 0:
        block = f.read(min(left, READ_BLOCK))
        if not block:
            break
        chunks.append(block)
        left -= len(block)
    return b"".join(chunks)


def read_limited(path: str | os.PathLike, *, limit: int | None = None) -> bytes:
    """The bytes of a regular file, reading at most ``limit + 1`` of them (``limit``:
    default :func:`max_bytes`), whatever its size claims; raises :class:`InputError` for a
    file that is not regular, cannot be read, or holds more than ``limit`` bytes."""
    p = Path(path)
    limit = max_bytes() if limit is None else limit
    try:
        with open_regular(p) as f:
            data = read_at_most(f, limit)
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise _over_limit(p, "the file", limit)
    return data


def sha256_limited(path: str | os.PathLike, *, limit: int | None = None) -> str:
    """The sha256 of a regular file's bytes, read in blocks, at most ``limit + 1`` bytes
    (``limit``: default :func:`max_bytes`); raises :class:`InputError` as :func:`read_limited`."""
    p = Path(path)
    limit = max_bytes() if limit is None else limit
    h = hashlib.sha256()
    total = 0
    try:
        with open_regular(p) as f:
            while total <= limit:
                block = f.read(min(READ_BLOCK, limit + 1 - total))
                if not block:
                    break
                total += len(block)
                h.update(block)
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    if total > limit:
        raise _over_limit(p, "the file", limit)
    return h.hexdigest()


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
        text, warnings = read_docx(data, name)
        fmt = "docx"
    elif suffix in (".html", ".htm"):
        text = html_to_text(decode_text(data, name), name=name)
        fmt = "html"
    else:
        text = decode_text(data, name)
        fmt = "md" if suffix in (".md", ".markdown") else "txt"
        if fmt == "txt" and _quoted_mail(text):
            # a draft forwarded as plain-text e-mail ("> > Article 5"): read without the quote marks that
            # open its lines (the clauses' offsets are into this text)
            text = _QUOTE_MARKS.sub("", text)
            warnings = (QUOTED_MAIL,)
        pages = text_pages(text) if fmt == "txt" else None
        if pages is not None:
            # a PDF's text saved as plain text: its running headers, page numbers and footnotes
            # would split the sentences that run over a page break
            text = clean_pdf_pages(pages)
        elif fmt == "txt" and len(_HYPHEN_BREAK.findall(text)) >= _HYPHENATED:
            # a text hard-wrapped with words broken at the line's end ("pro-" / "ceedings"), as an
            # e-mail's: the words joined, as a PDF's are (the clauses' offsets are into this text)
            text = _HYPHEN_BREAK.sub(r"\1", text)
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

    def __init__(self, budget: int | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        # Open lists, innermost last: [type, next number] for <ol> ("1", "a", "A", "i", "I"), None for <ul>.
        # A browser numbers an ordered list's items; the page's text does not hold the numbers.
        self.lists: list[list | None] = []
        self.pending_enum: str | None = None  # an <li>'s number, written before its first words
        self.budget = max_html_elements() if budget is None else budget
        self.elements = 0

    def _count(self) -> None:
        self.elements += 1
        if self.elements > self.budget:
            raise _OverBudget()

    def handle_comment(self, data):
        self._count()

    def handle_decl(self, decl):
        self._count()

    def handle_pi(self, data):
        self._count()

    def unknown_decl(self, data):
        self._count()

    def handle_starttag(self, tag, attrs):
        self._count()
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "ol":
            given = dict(attrs)
            start = given.get("start") or "1"
            self.lists.append([given.get("type") or "1", int(start) if start.isdigit() else 1])
        elif tag == "ul":
            self.lists.append(None)
        elif tag == "li" and self.lists and self.lists[-1] is not None:
            kind, number = self.lists[-1]
            value = dict(attrs).get("value")
            if value and value.isdigit():
                number = int(value)
            self.lists[-1][1] = number + 1
            self.pending_enum = _list_number(kind, number)

    def handle_startendtag(self, tag, attrs):
        self._count()
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag in ("ol", "ul") and self.lists:
            self.lists.pop()
            self.pending_enum = None

    def handle_data(self, data):
        if not self.skip:
            if self.pending_enum is not None and data.strip():
                if not starts_numbered(data.lstrip()):  # ("<li>(a) ...": the page wrote the number itself)
                    self.parts.append(self.pending_enum + " ")
                self.pending_enum = None
            self.parts.append(data)


def _list_number(kind: str, n: int) -> str:
    """How a browser numbers item ``n`` of an ordered list of ``type`` ``kind``, as a treaty writes it:
    "1.", "(a)", "(A)", "(i)", "I."."""
    if kind in ("a", "A"):
        letters = ""
        while n > 0:
            n, r = divmod(n - 1, 26)
            letters = chr(ord("a") + r) + letters
        return f"({letters if kind == 'a' else letters.upper()})"
    if kind in ("i", "I"):
        roman = to_roman(n)
        return f"({roman})" if kind == "i" else f"{roman.upper()}."
    return f"{n}."


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


class _OverBudget(Exception):
    """A page with more elements than the reader's budget."""


def html_to_text(html: str, *, name: str = "the page") -> str:
    """The readable text of an HTML page, one block element per line; scripts and styles dropped.

    Raises :class:`InputError` for a page with more elements (tags, comments,
    declarations) than :func:`max_html_elements`: the reader stops there.
    """
    parser = _TextExtractor()
    html = _defuse_html(html)
    try:
        parser.feed(html)
        parser.close()
        text = "".join(parser.parts)
    except _OverBudget:
        raise InputError(f"{name}: the page has more than {parser.budget:,} HTML elements; reading stopped there "
                         "(set TREATYSCOPE_MAX_HTML_ELEMENTS to raise the budget)") from None
    except (AssertionError, ValueError):
        # html.parser gives up on some malformed declarations ("<![ x"): strip the tags
        # with a plain pattern instead of failing the whole page.
        text = _SKIPPED_BLOCKS.sub("\n", html)
        text = _html_unescape(_ANY_TAG.sub("\n", text))
    lines = [re.sub(r"[ \t\xa0]+", " ", line).strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?\s*(?:(?:of|/)\s*\d{1,4})?\s*$", re.I)
# A plain text most of whose lines open with e-mail quote marks ("> ", "> > ", ">" alone on a quoted blank line).
_QUOTE_MARKS = re.compile(r"(?m)^[ \t]*>(?:[ \t]?>)*[ \t]?")
_QUOTED_SHARE = 0.5
_QUOTED_LINES = 10


def _quoted_mail(text: str) -> bool:
    """Whether a plain text is quoted e-mail: ten or more lines, and half of its non-blank lines, open with ">"."""
    lines = [line for line in text.splitlines() if line.strip()]
    quoted = sum(1 for line in lines if line.lstrip().startswith(">"))
    return quoted >= _QUOTED_LINES and quoted >= _QUOTED_SHARE * len(lines)


_HYPHEN_BREAK = re.compile(r"(\w)-\n(?=[a-z])")
_HYPHENATED = 3  # a plain text with this many words broken at a line's end is read with them joined
_ARTICLE_HEADING = re.compile(rf"^\s*#*\s*{ARTICLE_WORDS}\s*(?:\d|[IVXLC]+\b|premier\b|1er\b)")


def pdf_to_text(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """Extract a PDF's text in reading order, without running headers, footers and page numbers.

    Returns the text and warnings for pages without a text layer. Raises
    :class:`InputError` for an encrypted, corrupt or entirely image-only PDF.
    """
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError

    if not data.lstrip().startswith(b"%PDF"):
        raise InputError(f"{name}: not a PDF file (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")  # many PDFs are encrypted only to restrict printing or copying
            except DependencyError:
                raise
            except Exception:
                ok = 0
            if not ok:
                raise InputError(f"{name}: the PDF is encrypted with a password")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except DependencyError:
        # pypdf decrypts AES (the usual encryption of PDFs since 2008) only with the
        # 'cryptography' package, a dependency of treatyscope that this installation lacks.
        raise InputError(f"{name}: the PDF is encrypted with AES, which needs the 'cryptography' package: "
                         "pip install 'cryptography>=3.1'") from None
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


# A page's number on a line of its own in text extracted from a PDF: "7/41", "Page 7 of 41", "- 7 -".
_PAGE_OF = re.compile(r"^[ \t]*(?:page[ \t]+)?(\d{1,4})[ \t]*(?:/|of)[ \t]*\d{1,4}[ \t]*$"
                      r"|^[ \t]*[-–—][ \t]*(\d{1,4})[ \t]*[-–—][ \t]*$", re.I)
_MIN_PAGES = 3


def text_pages(text: str) -> list[str] | None:
    """The pages of a plain text extracted from a PDF, else None: pages split by form feeds (as
    ``pdftotext`` writes them), or cut after page number lines ("7/41") whose numbers rise, at
    least :data:`_MIN_PAGES` of them."""
    if "\f" in text:
        pages = text.split("\f")
        return pages if sum(1 for page in pages if page.strip()) >= 2 else None
    lines = text.split("\n")
    cuts, last = [], 0
    for i, line in enumerate(lines):
        if len(line) <= 40 and (m := _PAGE_OF.match(line)) and int(m.group(1) or m.group(2)) > last:
            cuts.append(i)
            last = int(m.group(1) or m.group(2))
    if len(cuts) < _MIN_PAGES:
        return None
    # The running header that opens most pages after a number line ("A/AC.400/DRT/2") also opens
    # the page after one that shows no number (the first): a page starts there too.
    opening = [next((k for k in range(i + 1, min(i + 8, len(lines))) if lines[k].strip()), -1) for i in cuts]
    shapes = Counter(_shape(lines[k]) for k in opening if k >= 0 and not _ARTICLE_HEADING.match(lines[k]))
    header = {shape for shape, n in shapes.items() if n * 2 >= len(cuts)}
    opened = set(opening)
    cuts = sorted({*cuts, *(i - 1 for i, line in enumerate(lines) if i > 0 and i not in opened and line.strip()
                            and _shape(line) in header)})
    bounds = [0, *(i + 1 for i in cuts), len(lines)]
    return ["\n".join(lines[a:b]) for a, b in zip(bounds, bounds[1:])]


# A footnote at a page's foot: its number (or asterisks) and its words ("3 Some delegations ...").
_FOOTNOTE_START = re.compile(r"^[ \t]*(\d{1,3}|\*{1,3})[ \t]+\S")


def _mark(n: str) -> re.Pattern[str]:
    """Footnote ``n``'s mark in running text: right after a word, a bracket or a stop, before no
    digit ("technologies1", "[words]2,", "offence8.", "agenda*")."""
    return re.compile(rf"(?<=[A-Za-z\])”\"'’.,;:]){re.escape(n)}(?![\d*])")


def _page_footnotes(lines: list[str]) -> tuple[list[str], list[str]]:
    """A page's lines split into its body and the footnotes at its foot, each footnote's number
    made "[n]" at its mark and at its own line. The footnotes open after a blank line with a
    footnote whose mark the body above makes; their numbers rise."""
    blank = [i for i, line in enumerate(lines) if not line.strip()]
    for b in blank:
        if b + 1 >= len(lines) or not (m := _FOOTNOTE_START.match(lines[b + 1])):
            continue
        above = "\n".join(lines[:b])
        marks = {}  # footnote number -> its mark's pattern, for the footnotes whose mark the body makes
        for line in lines[b + 1:]:
            if (f := _FOOTNOTE_START.match(line)) and (mark := _mark(f.group(1))).search(above):
                marks[f.group(1)] = mark
        if next(iter(marks), None) != m.group(1):
            continue
        for n, mark in marks.items():
            above = mark.sub(f"[{n}]", above, count=1)
        notes = []  # (no blank lines: a page's last lines after its footnotes, a job number, go with them)
        for line in filter(str.strip, lines[b + 1:]):
            if (f := _FOOTNOTE_START.match(line)) and f.group(1) in marks:
                line = f"{line[:f.start(1)]}[{f.group(1)}]{line[f.end(1):]}"
            notes.append(line)
        return above.split("\n"), notes
    return lines, []


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
    notes: list[str] = []  # the last page's footnotes, waiting for the end of its paragraph
    for lines in split:
        body = [i for i, ln in enumerate(lines) if ln.strip()]
        edge_idx = set(body[:2] + body[-2:])
        kept = [
            ln for i, ln in enumerate(lines)
            if not (i in edge_idx and (_shape(ln) in repeated or _PAGE_NUMBER.match(ln))
                    and not _ARTICLE_HEADING.match(ln))
        ]
        if not any(ln.strip() for ln in kept):
            continue
        page = "\n".join(kept).strip("\n")
        if notes:
            before, page = _after_paragraph(page, "\n".join(notes), out_pages[-1] if out_pages else "")
            out_pages += [f"\n{before}\n"] if before else []
        kept, notes = _page_footnotes(page.split("\n"))
        out_pages.append("\n".join(kept).strip("\n"))
    if notes:
        out_pages.append("\n" + "\n".join(notes))
    text = "\n".join(page for page in out_pages if page)
    return _HYPHEN_BREAK.sub(r"\1", text) + "\n"


def _after_paragraph(page: str, notes: str, before: str) -> tuple[str, str]:
    """The footnotes of the page before ``page`` put where the paragraph running over the page
    break ends: (the footnotes, ``page``) when the page before ended its sentence and this one
    opens a new one, else ("", ``page`` with them at its first blank line)."""
    if before.rstrip().endswith((".", ":", ";")) and re.match(r"[ \t]*(?:[A-Z(\[]|\d)", page):
        return notes, page
    cut = page.find("\n\n")
    return "", f"{page}\n\n{notes}" if cut < 0 else f"{page[:cut]}\n\n{notes}{page[cut:]}"


# A general entity reference (``&name;``) other than XML's five predefined ones and character
# references. python-docx parses without resolving entities, so a declared entity's reference
# stays a node whose following text python-docx never reads ("Each Party &xxe; shall." gave
# "Each Party"), and an undeclared one makes the part unreadable.
_ENTITY_REF = re.compile(rb"&(?!(?:amp|lt|gt|quot|apos);|#)([^\s&;<>\"']{1,200});")


def _entities_as_text(archive: zipfile.ZipFile, data: bytes) -> bytes:
    """The DOCX with every entity reference in its XML parts written as literal text
    (``&xxe;`` becomes ``&amp;xxe;``, read back as the characters "&xxe;"): declared or not,
    no entity is ever expanded (no external entity is fetched, no nested expansion), and no
    text is lost. An ordinary DOCX (no such reference) is returned as it is."""
    changed = {}
    for info in archive.infolist():
        if info.filename.endswith((".xml", ".rels")):
            raw = archive.read(info)
            if _ENTITY_REF.search(raw):
                changed[info.filename] = _ENTITY_REF.sub(rb"&amp;\1;", raw)
    if not changed:
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as rebuilt:
        for info in archive.infolist():
            rebuilt.writestr(info.filename, changed.get(info.filename) or archive.read(info))
    return out.getvalue()


def docx_to_text(data: bytes, name: str) -> str:
    """The body paragraphs and table cells of a DOCX file, in document order (see :func:`read_docx`)."""
    return read_docx(data, name)[0]


def read_docx(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """The body paragraphs and table cells of a DOCX file, in document order, as a reader of
    the document sees them (list numbers drawn, tracked changes accepted: ``docxread``), and
    a warning when tracked changes were accepted."""
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
    budget = max_docx_elements()
    try:
        elements = _count_xml_elements(archive, "word/document.xml", stop_after=budget)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error):
        raise InputError(f"{name}: corrupt or unreadable DOCX (word/document.xml cannot be unpacked)") from None
    if elements > budget:
        raise InputError(f"{name}: the DOCX body has more than {budget:,} XML elements (paragraphs, runs, ...); "
                         "reading stopped there (set TREATYSCOPE_MAX_DOCX_ELEMENTS to raise the budget)")
    try:
        import docx

        from .docxread import Numbering, body_lines

        document = docx.Document(io.BytesIO(_entities_as_text(archive, data)))
        part = document.part
        numbering_part = next((rel.target_part for rel in part.rels.values()
                               if rel.reltype.endswith("/numbering") and not rel.is_external), None)
        numbering = Numbering.read(numbering_part.element if numbering_part is not None else None,
                                   part.styles.element)
        lines, revisions = body_lines(document.element.body, numbering)
    except InputError:
        raise
    except Exception as exc:  # python-docx and lxml raise many kinds on damaged files
        raise InputError(f"{name}: corrupt or unreadable DOCX ({type(exc).__name__})") from None
    warnings = ()
    if revisions.inserted or revisions.deleted:
        warnings = (f"the DOCX holds tracked changes, read as accepted ({_count(revisions.inserted, 'insertion')} "
                    f"and {_count(revisions.deleted, 'deletion')})",)
    return "\n\n".join(line.strip() for line in lines if line.strip()) + "\n", warnings


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def _count_xml_elements(archive: zipfile.ZipFile, member: str, *, stop_after: int) -> int:
    """How many elements (start and empty tags; ``<`` not followed by ``/``) an XML member
    of a zip holds, unpacked a block at a time; counting stops once past ``stop_after``."""
    count = 0
    previous = b""
    with archive.open(member) as f:
        while count <= stop_after:
            block = f.read(READ_BLOCK)
            if not block:
                break
            joined = previous + block
            # "<" and "</" counted in the block plus the byte before it, minus that byte's own "<".
            count += joined.count(b"<") - joined.count(b"</") - (previous == b"<")
            previous = block[-1:]
    return count


def discover(inputs: list[str | os.PathLike], *, follow_links: bool = False,
             notes: list[str] | None = None) -> tuple[list[Path], list[str]]:
    """Expand files, folders and glob patterns into the supported files they name.

    Returns the files (sorted per input, without repeats) and one problem line per input
    that named nothing usable. Folders and patterns (``**`` included) are walked with
    loop detection: a folder already walked (by device and inode) is not walked again, so
    symlink loops cost nothing. A symlink found inside an input folder (for a pattern: the
    folder before its first wildcard) that leads outside it is not followed unless
    ``follow_links``; each symlink skipped is told in ``notes`` (a list the caller gives).
    Files named explicitly are taken as named (and refused later if not regular); entries
    with a supported extension that are not regular files (a FIFO, a socket) are kept, to
    be refused with their own line when read.
    """
    notes = [] if notes is None else notes
    files: list[Path] = []
    problems: list[str] = []
    for item in inputs:
        s = str(item)
        p = Path(s)
        try:
            st = p.stat()
        except FileNotFoundError:
            st = None
        except OSError:  # in a folder that cannot be searched: a file the reader will refuse, in one line
            files.append(p)
            continue
        if st is not None and stat.S_ISDIR(st.st_mode):
            found = _walk(s, None, follow_links=follow_links, notes=notes, problems=problems)
            if not found:
                problems.append(f"{p}: folder has no supported file ({', '.join(SUPPORTED)})")
            files.extend(found)
        elif st is not None or p.is_symlink():
            files.append(p)
        elif any(ch in s for ch in "*?["):
            found = _glob(s, follow_links=follow_links, notes=notes, problems=problems)
            if not found:
                problems.append(f"{s}: pattern matches no supported file")
            files.extend(found)
        else:
            problems.append(f"{p}: no such file")
    seen: set[Path] = set()
    unique = []
    for f in files:
        try:
            key = f.resolve()
        except (OSError, RuntimeError):  # a symlink loop, a folder that cannot be searched
            key = Path(os.path.abspath(f))
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, problems


def _has_magic(part: str) -> bool:
    return any(ch in part for ch in "*?[")


def _glob(pattern: str, *, follow_links: bool, notes: list[str], problems: list[str] | None = None) -> list[Path]:
    """The supported files a glob pattern matches, as ``glob.glob(pattern, recursive=True)``
    finds them (``**`` a whole part: any number of folders; names starting with a dot
    only where the pattern's part does), but walked once with loop detection."""
    head, sep, rest = pattern.partition(os.sep) if pattern.startswith(os.sep) else ("", "", pattern)
    parts = [x for x in rest.split(os.sep) if x]
    fixed: list[str] = []
    while parts and not _has_magic(parts[0]):
        fixed.append(parts.pop(0))
    if not parts:
        return []
    root = (head + sep) + os.sep.join(fixed) if (sep or fixed) else ""
    if root and not os.path.isdir(root):
        return []
    return _walk(root, tuple(parts), follow_links=follow_links, notes=notes, problems=problems)


def _matches(name: str, part: str) -> bool:
    return fnmatch.fnmatchcase(name, part) and (not name.startswith(".") or part.startswith("."))


def _closure(parts: tuple[str, ...], states) -> frozenset[int]:
    out = set(states)
    for i in sorted(out):
        while i < len(parts) and parts[i] == "**":
            i += 1
            out.add(i)
    return frozenset(out)


def _step(parts: tuple[str, ...], states: frozenset[int], name: str) -> frozenset[int]:
    """The pattern positions reached after a folder named ``name``."""
    nxt = set()
    for i in states:
        if i >= len(parts):
            continue
        if parts[i] == "**":
            if not name.startswith("."):
                nxt.add(i)
        elif i + 1 < len(parts) and _matches(name, parts[i]):
            nxt.add(i + 1)
    return _closure(parts, nxt)


def _accepts(parts: tuple[str, ...], states: frozenset[int], name: str) -> bool:
    last = len(parts) - 1
    return any(i == last and (not name.startswith(".") if parts[i] == "**" else _matches(name, parts[i]))
               for i in states)


def _inside(target: str, folder: str) -> bool:
    return target == folder or target.startswith(folder.rstrip(os.sep) + os.sep)


def _walk(root: str, parts: tuple[str, ...] | None, *, follow_links: bool,
          notes: list[str], problems: list[str] | None = None) -> list[Path]:
    """The files with a supported extension under ``root`` ("" for the working folder),
    all of them (``parts`` None) or those whose path below ``root`` the pattern ``parts``
    matches, sorted.

    Every folder is walked once, found by device and inode: a symlink back to a folder
    already walked (a loop, or a second way to the same folder) is not followed again. A
    symlink that leads outside ``root`` is not followed unless ``follow_links``. A folder
    that cannot be searched is a line in ``problems`` (never skipped silently); an entry that
    cannot be looked at is kept, for the reader to name with its cause.
    """
    from .faults import os_cause, printable

    listing = root or os.curdir
    top = os.path.realpath(listing)
    try:
        st = os.stat(listing)
    except OSError:
        return []
    visited = {(st.st_dev, st.st_ino)}
    found: list[Path] = []
    start = _closure(parts, {0}) if parts is not None else frozenset()
    stack: list[tuple[str, frozenset[int]]] = [(root, start)]
    while stack:
        folder, states = stack.pop()
        try:
            with os.scandir(folder or os.curdir) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            where = printable(folder or os.curdir)
            if problems is not None:
                problems.append(f"{where}: folder cannot be searched ({os_cause(exc)})")
            else:
                notes.append(f"{where}: folder cannot be searched ({os_cause(exc)}); skipped")
            continue
        for e in entries:
            path = os.path.join(folder, e.name) if folder else e.name
            link = e.is_symlink()
            if link and not follow_links:
                target = os.path.realpath(path)
                if not _inside(target, top):
                    if parts is None or _step(parts, states, e.name) or _accepts(parts, states, e.name):
                        notes.append(f"{path}: a symlink to {target}, outside {root or os.curdir}; not followed "
                                     "(--follow-links follows it)")
                    continue
            try:
                est = os.stat(path)
            except FileNotFoundError:
                if link:
                    notes.append(f"{path}: a broken symlink; skipped")
                continue
            except OSError:  # cannot be looked at: the reader names it and its cause
                if Path(e.name).suffix.lower() in SUPPORTED and (parts is None or _accepts(parts, states, e.name)):
                    found.append(Path(path))
                continue
            if stat.S_ISDIR(est.st_mode):
                nxt = states if parts is None else _step(parts, states, e.name)
                if parts is not None and not nxt:
                    continue
                key = (est.st_dev, est.st_ino)
                if key in visited:
                    if link:
                        notes.append(f"{path}: a symlink to a folder already read (a loop, or a second way to it); not followed again")
                    continue
                visited.add(key)
                stack.append((path, nxt))
            elif Path(e.name).suffix.lower() in SUPPORTED and (parts is None or _accepts(parts, states, e.name)):
                found.append(Path(path))
    return sorted(found)
