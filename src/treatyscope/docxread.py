"""The text of a Word document as its reader sees it: list numbers shown, tracked changes accepted.

A negotiating draft circulated as a ``.docx`` file rarely writes its own numbers: "Article 5",
"2." and "(b)" are Word's automatic numbering, stored in ``numbering.xml`` and drawn by Word,
and the chair's changes to the previous draft are tracked revisions (``<w:ins>`` and
``<w:del>``). python-docx reads neither (a paragraph's ``text`` skips the runs inside an
insertion and draws no list number), so this module walks the body itself, on the XML tree
python-docx parsed (its parser resolves no entity):

- every paragraph's text in document order: runs, hyperlinks, fields' shown results, content
  controls, smart tags and inserted or moved-in runs; never deleted or moved-away text, field
  codes, or the contents of drawings and text boxes;
- the text as it reads with every tracked change accepted (a deleted paragraph mark joins the
  paragraph to the next one), counted for a warning;
- each numbered paragraph prefixed with the number Word shows, from the list's level
  definition (its number format, its text pattern such as ``Article %1`` or ``(%2)``, its
  start and restart rules, a list's own start overrides) and from numbering given through the
  paragraph's style; lists that share a definition continue one count, as Word's do;
- table rows as their cells' text joined by `` | `` (a merged cell once).

docx2python renders list numbers too, but as ``1)`` whatever the list's own text pattern is,
and it does not read numbering given by a paragraph style: a draft's ``Article %1`` headings
would not show as articles.
"""

from __future__ import annotations

from dataclasses import dataclass, field

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

# elements whose whole subtree is no part of the text as it reads
_SKIP = frozenset(W + t for t in ("del", "moveFrom", "delText", "instrText", "delInstrText", "pPr", "rPr",
                                  "drawing", "pict", "object", "footnoteReference", "endnoteReference",
                                  "commentReference", "sectPr", "tblPr", "trPr", "tcPr", "sdtPr",
                                  "sdtEndPr", "fldData")) | {MC + "AlternateContent"}
_BREAKS = frozenset((W + "br", W + "cr"))
_CHARS = {W + "tab": "\t", W + "noBreakHyphen": "-", W + "softHyphen": ""}
# block-level wrappers whose children are paragraphs and tables
_WRAPPERS = frozenset(W + t for t in ("sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag"))
_HIDDEN_BLOCKS = frozenset(W + t for t in ("del", "moveFrom", "sectPr"))


def _val(element, tag: str, default: str | None = None) -> str | None:
    """The ``w:val`` of ``element``'s child ``tag``, or ``default``."""
    if element is None:
        return default
    child = element.find(W + tag)
    if child is None:
        return default
    return child.get(W + "val", default)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


@dataclass(frozen=True)
class Level:
    """One level of a list definition (``w:lvl``)."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # ``w:lvlRestart``: restart after a level above this 1-based one
    legal: bool = False         # ``w:isLgl``: every level's number shown in decimal
    suffix: str = "tab"

    @classmethod
    def read(cls, lvl, ilvl: int) -> Level:
        restart = lvl.find(W + "lvlRestart")
        text = lvl.find(W + "lvlText")
        return cls(start=_int(_val(lvl, "start"), 0),  # ECMA-376: no w:start is a start of 0
                   fmt=_val(lvl, "numFmt", "decimal") or "decimal",
                   text=text.get(W + "val", "") if text is not None else f"%{ilvl + 1}.",
                   restart=None if restart is None else _int(restart.get(W + "val"), ilvl),
                   legal=lvl.find(W + "isLgl") is not None and _val(lvl, "isLgl", "1") not in ("0", "false"),
                   suffix=_val(lvl, "suff", "tab") or "tab")


def _roman(n: int) -> str:
    out = []
    for value, digits in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        count, n = divmod(n, value)
        out.append(digits * count)
    return "".join(out)


def _letters(n: int) -> str:
    # Word's letters: a..z, then aa..zz, aaa..zzz
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


_ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


def format_number(n: int, fmt: str) -> str:
    """``n`` as Word draws it in number format ``fmt`` (unknown formats in decimal)."""
    if fmt == "none":
        return ""
    if n <= 0 and fmt in ("lowerRoman", "upperRoman", "lowerLetter", "upperLetter"):
        return str(n)
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "ordinal":
        suffix = "th" if 10 <= n % 100 <= 20 else _ORDINAL_SUFFIX.get(n % 10, "th")
        return f"{n}{suffix}"
    return str(n)


@dataclass
class Numbering:
    """The lists of a document (``numbering.xml``) and the numbering its paragraph styles give,
    with the running counts of each list definition."""

    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)
    nums: dict[str, tuple[str, dict[int, Level], dict[int, int]]] = field(default_factory=dict)
    style_numbering: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)
    counts: dict[str, list[int | None]] = field(default_factory=dict)
    started: set = field(default_factory=set)

    @classmethod
    def read(cls, numbering_root, styles_root) -> Numbering:
        self = cls()
        abstract_links: dict[str, str] = {}
        level_styles: dict[str, int] = {}
        if numbering_root is not None:
            for a in numbering_root.iter(W + "abstractNum"):
                aid = a.get(W + "abstractNumId")
                levels = {}
                for lvl in a.findall(W + "lvl"):
                    ilvl = _int(lvl.get(W + "ilvl"), 0)
                    levels[ilvl] = Level.read(lvl, ilvl)
                    linked = _val(lvl, "pStyle")
                    if linked:
                        level_styles[linked] = ilvl
                self.abstract[aid] = levels
                link = _val(a, "numStyleLink")
                if link:
                    abstract_links[aid] = link
            for n in numbering_root.iter(W + "num"):
                aid = _val(n, "abstractNumId")
                overrides: dict[int, Level] = {}
                starts: dict[int, int] = {}
                for o in n.findall(W + "lvlOverride"):
                    ilvl = _int(o.get(W + "ilvl"), 0)
                    lvl = o.find(W + "lvl")
                    if lvl is not None:
                        overrides[ilvl] = Level.read(lvl, ilvl)
                    start = _val(o, "startOverride")
                    if start is not None:
                        starts[ilvl] = _int(start, 1)
                self.nums[n.get(W + "numId")] = (aid, overrides, starts)
        if styles_root is not None:
            direct: dict[str, tuple[str | None, int | None]] = {}
            based_on: dict[str, str] = {}
            for s in styles_root.iter(W + "style"):
                sid = s.get(W + "styleId")
                parent = _val(s, "basedOn")
                if parent:
                    based_on[sid] = parent
                num_pr = s.find(f"{W}pPr/{W}numPr")
                if num_pr is not None:
                    direct[sid] = (_val(num_pr, "numId"), _opt_int(_val(num_pr, "ilvl")))
            # a style without numbering of its own takes its base's (each chain walked once)
            inherited: dict[str, str | None] = {sid: sid for sid in direct}
            for sid in based_on:
                chain, current = [], sid
                while current is not None and current not in inherited:
                    inherited[current] = None  # a loop of bases ends here
                    chain.append(current)
                    current = based_on.get(current)
                owner = inherited.get(current) if current is not None else None
                for link in chain:
                    inherited[link] = owner
            for sid, owner in inherited.items():
                if owner is not None:
                    num_id, ilvl = direct[owner]
                    self.style_numbering[sid] = (num_id, ilvl if ilvl is not None else level_styles.get(sid))
        # an abstract definition that only points at a numbering style takes that style's list's levels
        for aid, link in abstract_links.items():
            num_id = self.style_numbering.get(link, (None, None))[0]
            target = self.nums.get(num_id or "")
            if target and target[0] != aid and target[0] in self.abstract:
                self.abstract[aid] = self.abstract[target[0]]
        return self

    def label(self, p_pr) -> str:
        """The number Word draws before a paragraph with properties ``p_pr``, its separator
        included ("Article 5 ", "2. ", "(b) "), counting it; "" if it is not numbered."""
        num_id = ilvl = None
        style = _val(p_pr, "pStyle")
        if style in self.style_numbering:
            num_id, ilvl = self.style_numbering[style]
        num_pr = p_pr.find(W + "numPr") if p_pr is not None else None
        if num_pr is not None:
            own_id, own_level = _val(num_pr, "numId"), _opt_int(_val(num_pr, "ilvl"))
            num_id = own_id if own_id is not None else num_id
            ilvl = own_level if own_level is not None else ilvl
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        level_index = min(max(ilvl or 0, 0), 8)
        aid, overrides, starts = self.nums[num_id]
        levels = {**self.abstract.get(aid, {}), **overrides}
        counts = self.counts.setdefault(aid, [None] * 9)
        if num_id not in self.started:
            self.started.add(num_id)
            for k, start in starts.items():
                if 0 <= k < 9:
                    counts[k] = start - 1
        level = levels.get(level_index, Level(text=f"%{level_index + 1}."))
        current = counts[level_index]
        counts[level_index] = level.start if current is None else current + 1
        for k in range(level_index + 1, 9):
            restart = levels.get(k, Level()).restart
            if restart is None or (restart != 0 and level_index < restart):
                counts[k] = None
        if level.fmt == "bullet":
            return "\u2022 "
        text = level.text
        for k in range(8, -1, -1):
            token = f"%{k + 1}"
            if token in text:
                shown = levels.get(k, Level())
                n = counts[k] if counts[k] is not None else shown.start
                text = text.replace(token, format_number(n, "decimal" if level.legal else shown.fmt))
        text = text.strip()
        if not text:
            return ""
        return text if level.suffix == "nothing" else text + " "


def _opt_int(value: str | None) -> int | None:
    return None if value is None else _int(value, 0)


@dataclass
class Revisions:
    inserted: int = 0
    deleted: int = 0


def _paragraph_text(p, revisions: Revisions) -> str:
    out: list[str] = []
    stack = [iter(p)]
    while stack:
        for el in stack[-1]:
            tag = el.tag
            if not isinstance(tag, str):
                continue  # comments and processing instructions
            if tag in _SKIP:
                if tag == W + "del" or tag == W + "moveFrom":
                    revisions.deleted += 1
                continue
            if tag == W + "t":
                out.append(el.text or "")
            elif tag in _BREAKS:
                out.append("\n")
            elif tag in _CHARS:
                out.append(_CHARS[tag])
            elif tag == W + "p":
                continue  # a paragraph nested in a paragraph belongs to a frame or box
            else:
                if tag == W + "ins" or tag == W + "moveTo":
                    revisions.inserted += 1
                stack.append(iter(el))
                break
        else:
            stack.pop()
    return "".join(out)


def body_lines(body, numbering: Numbering) -> tuple[list[str], Revisions]:
    """The document body's paragraphs and table rows as lines of text, in order."""
    revisions = Revisions()
    carried = ""  # the text of paragraphs whose mark was deleted, joined to the next

    def paragraph(p) -> str | None:
        nonlocal carried
        p_pr = p.find(W + "pPr")
        mark = p_pr.find(f"{W}rPr/{W}del") if p_pr is not None else None
        text = _paragraph_text(p, revisions)
        if mark is not None:
            revisions.deleted += 1
            carried += text
            return None
        text, carried = carried + text, ""
        if not text.strip() and not len(p):
            return ""
        number = numbering.label(p_pr)
        return number + text if text.strip() or number.strip() else ""

    def lines_of(container) -> list[str]:
        """The lines of a body or a table cell: its paragraphs' text, its tables' rows."""
        out: list[str] = []
        for block in _blocks(container):
            if block.tag == W + "p":
                t = paragraph(block)
                if t:
                    out.append(t)
            else:
                out.extend(row_text(tr) for tr in block if tr.tag == W + "tr")
        return out

    def row_text(tr) -> str:
        cells = []
        for tc in tr.iter(W + "tc"):
            if tc.getparent() is not tr and tc.getparent().getparent() is not tr:
                continue  # a nested table's cell is read with its own table
            merge = tc.find(f"{W}tcPr/{W}vMerge")
            if merge is not None and merge.get(W + "val", "continue") == "continue":
                cells.append("")
            else:
                cells.append("\n".join(lines_of(tc)))
        return " | ".join(cells)

    lines = lines_of(body)
    if carried.strip():
        lines.append(carried)
    return lines, revisions


def _blocks(parent):
    """The paragraphs and tables of a body or cell, through content controls and other wrappers."""
    for el in parent:
        tag = el.tag
        if tag == W + "p" or tag == W + "tbl":
            yield el
        elif tag in _WRAPPERS:
            yield from _blocks(el)
        elif tag in _HIDDEN_BLOCKS:
            continue
