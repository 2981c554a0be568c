"""How a Markdown document reads as text, in offsets of the original: what to hide, what to style.

The report shows a document's own text, so that every clause and evidence span (offsets
into that text) stays where it is. For a Markdown file it hides the markup and shows the
rest as a reader would see it: headings as headings, emphasis as emphasis, a link's text
without its target, raw HTML dropped (the corpus files start with a ``<meta>`` line and
carry ``<sup>`` tags). markdown-it-py (CommonMark, the parser rich uses) decides what is
markup; this module only finds each token's characters in the original text, in order:
block tokens by their line ranges, inline tokens by searching forward for their text.
Where a token cannot be found (an entity or an escape written differently), its source
stays visible: nothing of the document is ever lost, at worst some markup shows.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

HIDE = "hide"
# A heading written without the space CommonMark wants after its hashes ("##Title", as in
# the corpus): read as a heading, by giving the parser a copy of the line with the space.
_TIGHT_HEADING = re.compile(r"^( {0,3}#{1,6})(?=[^#\s])", re.M)
_HEADING_MARKUP = re.compile(r"[ \t]*#{1,6}[ \t]*")
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$|^#+[ \t]*$")
_TAGS_WITH_LOOK = {"sup": "sup", "sub": "sub", "em": "em", "i": "em", "b": "strong", "strong": "strong"}
_HTML_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)")


@dataclass(frozen=True)
class TextLayout:
    """Stretches of a text with their look: ``starts[i]`` to ``ends[i]`` is hidden (``hide``)
    or shown with the CSS classes ``looks[i]`` (``h2``, ``em``, ``strong``, ``link``, ``code``,
    ``sup``, ``sub``, space-separated when nested); text outside every stretch is plain."""

    starts: list[int]
    ends: list[int]
    looks: list[str]

    def split(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The visible parts of ``[start, end)``, with their looks, in order."""
        out: list[tuple[int, int, str]] = []
        pos = start
        i = max(0, bisect.bisect_right(self.ends, start))
        while pos < end:
            if i >= len(self.starts) or self.starts[i] >= end:
                out.append((pos, end, ""))
                break
            s, e, look = self.starts[i], self.ends[i], self.looks[i]
            if s > pos:
                out.append((pos, s, ""))
            a, b = max(s, pos), min(e, end)
            if b > a and look != HIDE:
                out.append((a, b, look))
            pos = max(pos, b)
            i += 1
        return [(a, b, look) for a, b, look in out if b > a]


PLAIN = TextLayout([], [], [])


def markdown_layout(text: str) -> TextLayout:
    """The layout of a Markdown text: markup and raw HTML hidden, headings, emphasis, link
    texts and inline code styled; offsets are those of ``text``."""
    from markdown_it import MarkdownIt

    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    line_starts.append(len(text))

    def line_span(first: int, last: int) -> tuple[int, int]:
        return line_starts[min(first, len(line_starts) - 1)], line_starts[min(last, len(line_starts) - 1)]

    parsed = _TIGHT_HEADING.sub(r"\1 ", text)  # same lines, so the same line numbers
    tokens = MarkdownIt("commonmark").parse(parsed)
    marks: list[tuple[int, int, str]] = []
    heading = ""
    for tok in tokens:
        if tok.type == "html_block" and tok.map:
            marks.append((*line_span(*tok.map), HIDE))
        elif tok.type == "hr" and tok.map:
            marks.append((*line_span(*tok.map), HIDE))
        elif tok.type == "heading_open" and tok.map:
            heading = tok.tag
            start, end = line_span(*tok.map)
            if tok.markup.startswith("#"):
                lead = _HEADING_MARKUP.match(text, start, end)
                if lead:
                    marks.append((lead.start(), lead.end(), HIDE))
                line = text[start:end].rstrip("\n")
                closing = _CLOSING_HASHES.search(line)
                if closing and start + closing.start() > (lead.end() if lead else start):
                    marks.append((start + closing.start(), start + closing.end(), HIDE))
            else:  # a setext heading: the underline is markup
                last = line_span(tok.map[1] - 1, tok.map[1])
                marks.append((*last, HIDE))
        elif tok.type == "heading_close":
            heading = ""
        elif tok.type == "inline" and tok.map and tok.children:
            start, end = line_span(*tok.map)
            _inline(text, start, end, tok.children, heading, marks)
    return _flatten(marks)


def _inline(text: str, cursor: int, end: int, children, heading: str, marks: list[tuple[int, int, str]]) -> None:
    """Marks for the inline tokens of one block, found in order in ``text[cursor:end]``."""
    looks: list[str] = [heading] if heading else []

    def hide(s: str) -> None:
        nonlocal cursor
        at = text.find(s, cursor, end) if s else -1
        if at >= 0:
            marks.append((at, at + len(s), HIDE))
            cursor = at + len(s)

    for child in children:
        kind = child.type
        if kind in ("text", "code_inline"):
            if kind == "code_inline":
                hide(child.markup)
            at = text.find(child.content, cursor, end) if child.content else -1
            if at >= 0:
                look = " ".join(looks + (["code"] if kind == "code_inline" else []))
                if look:
                    marks.append((at, at + len(child.content), look))
                cursor = at + len(child.content)
            if kind == "code_inline":
                hide(child.markup)
        elif kind in ("em_open", "strong_open", "s_open"):
            hide(child.markup)
            looks.append({"em_open": "em", "strong_open": "strong", "s_open": "s"}[kind])
        elif kind in ("em_close", "strong_close", "s_close"):
            hide(child.markup)
            if looks and looks[-1] != heading:
                looks.pop()
        elif kind == "link_open":
            if child.markup == "autolink":
                hide("<")
            else:
                hide("[")
            looks.append("link")
        elif kind == "link_close":
            if looks and looks[-1] == "link":
                looks.pop()
            if child.markup == "autolink":
                hide(">")
            else:
                cursor = _hide_link_target(text, cursor, end, marks)
        elif kind == "image":
            hide("![")
            # the alt text stays, as its children's text
            for grand in child.children or []:
                if grand.type == "text" and grand.content:
                    at = text.find(grand.content, cursor, end)
                    if at >= 0:
                        cursor = at + len(grand.content)
            cursor = _hide_link_target(text, cursor, end, marks)
        elif kind == "html_inline":
            tag = _HTML_TAG.match(child.content)
            hide(child.content)
            look = _TAGS_WITH_LOOK.get(tag.group(2).lower()) if tag else None
            if look and not tag.group(1):
                looks.append(look)
            elif look and looks and looks[-1] == look:
                looks.pop()


def _hide_link_target(text: str, cursor: int, end: int, marks: list[tuple[int, int, str]]) -> int:
    """Hide a link's ``](target "title")`` (or ``][ref]``, or ``]``) from ``cursor``; returns the new cursor."""
    at = text.find("]", cursor, end)
    if at < 0:
        return cursor
    stop = at + 1
    if stop < end and text[stop] == "(":
        depth, i = 0, stop
        while i < end:
            ch = text[i]
            if ch == "\\":
                i += 2
                continue
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    stop = i + 1
                    break
            i += 1
    elif stop < end and text[stop] == "[":
        close = text.find("]", stop, end)
        stop = close + 1 if close >= 0 else stop
    marks.append((at, stop, HIDE))
    return stop


def _flatten(marks: list[tuple[int, int, str]]) -> TextLayout:
    """Non-overlapping stretches from possibly overlapping marks: hidden wins, looks combine."""
    points = sorted({p for s, e, _ in marks if e > s for p in (s, e)})
    if not points:
        return PLAIN
    events: dict[int, list[tuple[int, str]]] = {}
    for s, e, look in marks:
        if e > s:
            events.setdefault(s, []).append((1, look))
            events.setdefault(e, []).append((-1, look))
    active: dict[str, int] = {}
    starts: list[int] = []
    ends: list[int] = []
    looks: list[str] = []
    for a, b in zip(points, points[1:]):
        for delta, look in events.get(a, ()):
            active[look] = active.get(look, 0) + delta
        on = [k for k, n in active.items() if n > 0]
        if not on:
            continue
        look = HIDE if HIDE in on else " ".join(sorted(set(" ".join(on).split())))
        if starts and ends[-1] == a and looks[-1] == look:
            ends[-1] = b
        else:
            starts.append(a)
            ends.append(b)
            looks.append(look)
    return TextLayout(starts, ends, looks)
