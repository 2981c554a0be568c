"""Cross-references: "subject to Articles 14 and 15" parsed into :class:`CrossReference` targets.

The grammar is data: regular expressions in ``configs/references.toml`` (commented there),
loaded by ``treatyscope.reference_grammar.v1`` and interpreted by
``treatyscope.refs_parser.v1``. The component ``treatyscope_references`` sets
``doc._.references``, with offsets relative to the clause; a target in the same article has
``article=None`` and "this paragraph" is :data:`THIS_PARAGRAPH` (the pipeline makes them
absolute with :func:`treatyscope.resolve.absolute`).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any, Callable

import spacy
import srsly
from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import doc_text
from ..paths import config_path
from ..segment import TITLE_CODE, word_number_value
from ..types import THIS_PARAGRAPH, CrossReference, RefKind


@spacy.registry.misc("treatyscope.reference_grammar.v1")
def read_reference_grammar(file: str = "references.toml") -> dict[str, Any]:
    """Read the cross-reference grammar (regular expressions as data, TOML) from ``configs/``
    or an absolute path."""
    path = Path(file) if Path(file).is_absolute() else config_path(file)
    with open(path, "rb") as f:
        return tomllib.load(f)


class ReferenceGrammar:
    """Compiled cross-reference grammar."""

    def __init__(self, grammar: dict[str, Any]):
        self.source = dict(grammar)  # as read, for saving
        item, joiner = grammar["item"], grammar["joiner"]
        self.reference = re.compile(grammar["reference"].replace("{item}", item).replace("{joiner}", joiner))
        self.item = re.compile(item)
        self.joiner = re.compile(joiner)
        self.subject_to = re.compile(grammar["subject_to"], re.I)
        self.scope_mention = re.compile(grammar["scope_mention"], re.I)
        self.external = re.compile(grammar["external"])
        self.window = int(grammar.get("window", 80))
        self.needs = tuple(grammar.get("needs", ()))


@spacy.registry.misc("treatyscope.refs_parser.v1")
def make_refs_parser() -> Callable[[str, ReferenceGrammar], list[CrossReference]]:
    """The v1 reference parser: regular-expression grammar, ranges expanded up to 200 items."""
    return parse_references


def _split_items(text: str, grammar: ReferenceGrammar) -> list[str]:
    """'14 and 15' -> ['14', '15']; '6 to 16' -> ['6', ..., '16']; 'Five to Seven' -> ['5', '6', '7'].

    A number spelled out is read only in a list that opens with one (a translation spells all
    its numbers out): in "Article 3, One of the Parties" the list is "3"."""
    tokens: list[str] = []
    pos = 0
    ranges: list[int] = []
    words = None
    for m in grammar.item.finditer(text):
        between = text[pos:m.start()]
        token = TITLE_CODE.sub("", m.group().strip())  # "LAW.SURR.79(2)": article 79, as the segmenter reads it
        value = word_number_value(token) if token[:1].isupper() else None
        if words is None:
            words = value is not None
        if value is not None and not words:
            break
        if tokens and re.search(r"\b(?:to|through)\b|[-–]", between):
            ranges.append(len(tokens))
        tokens.append(value or token)
        pos = m.end()
    out: list[str] = []
    for i, tok in enumerate(tokens):
        if i in ranges and out:
            # "6 to 16"; "II-1 to II-5" (articles numbered by their Part) when both share the Part
            lo_part, lo = _PART_NUMBER.match(out[-1]).groups()
            hi_part, hi = _PART_NUMBER.match(tok).groups()
            if lo_part == hi_part and lo and hi and int(lo) < int(hi) <= int(lo) + 200:
                out.extend(f"{lo_part or ''}{n}" for n in range(int(lo) + 1, int(hi) + 1))
                continue
            if re.fullmatch(r"[a-z]", out[-1]) and re.fullmatch(r"[a-z]", tok) and out[-1] < tok:
                out.extend(chr(c) for c in range(ord(out[-1]) + 1, ord(tok) + 1))  # letters "c-e"
                continue
        out.append(tok)
    return out


_PART_NUMBER = re.compile(r"^([IVXLC]{1,6}-)?(\d+$)?")


def _designator(item: str) -> tuple[str, str | None, str | None]:
    """'40(21)' -> ('40', '21', None); '1.a' -> ('1', None, 'a'); '(b)' -> ('b', None, None); a civil-law
    item '5 no. 4' -> ('5', '4', None)."""
    item = re.sub(r"\s+nos?\.\s*(\d+)", r".\1", item.strip())
    parts = re.findall(r"\(([a-z0-9]{1,4})\)", item)
    base = re.sub(r"\s*\(.*", "", item).strip("() ")
    dotted = base.split(".")
    base = dotted[0]
    rest = parts + dotted[1:]
    para = sub = None
    for r in rest:
        if r.isdigit() and para is None and sub is None:
            para = r
        else:
            sub = r if sub is None else f"{sub}.{r}"
    return base, para, sub


def parse_references(text: str, grammar: ReferenceGrammar) -> list[CrossReference]:
    """Find the cross-references in a clause's text.

    Returns :class:`CrossReference` objects with offsets relative to ``text``. A target in
    the same article is returned with ``article=None`` (the caller knows which article that
    is); ``paragraph=THIS_PARAGRAPH`` stands for "this paragraph".
    """
    refs: list[CrossReference] = []
    if grammar.needs:
        lower = text.lower()
        if not any(word in lower for word in grammar.needs):
            return refs
    for m in grammar.reference.finditer(text):
        head = m.group("head").lower()
        items = _split_items(m.group("items"), grammar)
        head2 = (m.group("head2") or "").lower()
        of_num = m.group("of_num")
        of_num = word_number_value(of_num) or of_num if of_num and of_num[:1].isupper() else of_num
        items2 = _split_items(m.group("items2"), grammar) if m.group("items2") else [None]
        items3 = _split_items(m.group("items3"), grammar) if m.group("items3") else [None]
        of = (m.group("of") or "").lower()
        before = text[max(0, m.start() - grammar.window):m.start()]
        after = text[m.end():m.end() + 160]
        external = bool(grammar.external.match(after)) and not of.startswith("this")
        if grammar.scope_mention.search(before):
            kind = RefKind.MENTION
        elif grammar.subject_to.search(before):
            kind = RefKind.SUBJECT_TO
        else:
            kind = RefKind.MENTION
        for item, item2, item3 in ((i, i2, i3) for i in items for i2 in items2 for i3 in items3):
            art: str | None
            para: str | None
            sub: str | None
            if head.startswith(("art", "§")):
                art, para, sub = _designator(item)
                if item2 is not None:
                    if head2.startswith("par"):
                        _, para2, sub2 = _designator(f"x({item2})" if item2.isdigit() else f"x.{item2}")
                        para, sub = para2 or item2, sub2 or sub
                    else:
                        sub = item2.strip("()")
            elif head.startswith("par"):
                p, _, s = _designator(item)
                art = of_num if of_num and "article" in of else None
                para, sub = p, s
                if item2 is not None:
                    sub = item2.strip("()")
            else:  # subparagraph / letter
                art = None
                letter = item.strip("()")
                if "paragraph" in of and of_num:
                    para = of_num
                elif "this paragraph" in of or not of:
                    para = THIS_PARAGRAPH
                else:
                    para = None
                sub = letter
                if of_num and "article" in of:
                    art, para = of_num, None
            if item3 is not None:  # "let. b", "point 3°": the item of the paragraph just named
                sub = item3.strip("()")
            refs.append(CrossReference(article=art, paragraph=para, subparagraph=sub, start=m.start(),
                                       end=m.end(), text=m.group(), kind=kind, external=external))
    return refs


@Language.factory(
    "treatyscope_references",
    assigns=["doc._.references"],
    default_config={"parser": {"@misc": "treatyscope.refs_parser.v1"}},
)
def make_references(nlp: Language, name: str, *, parser: Callable):
    return ReferenceComponent(name, parser=parser)


class ReferenceComponent:
    """Parse cross-references into ``doc._.references``; the grammar is loaded in ``initialize``."""

    def __init__(self, name: str, *, parser: Callable):
        self.name = name
        self.parser = parser
        self.grammar: ReferenceGrammar | None = None

    def initialize(self, get_examples=None, *, nlp=None, grammar: dict[str, Any] | None = None) -> None:
        self.grammar = ReferenceGrammar(grammar or read_reference_grammar())

    def parse(self, text: str) -> list[CrossReference]:
        """The cross-references in a clause's text (offsets relative to it)."""
        return self.parser(text, self._loaded())

    def __call__(self, doc: Doc) -> Doc:
        doc._.references = self.parse(doc_text(doc))
        return doc

    def _loaded(self) -> ReferenceGrammar:
        if self.grammar is None:
            self.initialize()
        return self.grammar

    def to_bytes(self, *, exclude=()) -> bytes:
        return srsly.json_dumps(self._loaded().source).encode("utf-8")

    def from_bytes(self, bytes_data: bytes, *, exclude=()) -> "ReferenceComponent":
        self.grammar = ReferenceGrammar(srsly.json_loads(bytes_data))
        return self

    def to_disk(self, path, *, exclude=()) -> None:
        """Save the grammar this component uses (``grammar.json``)."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "grammar.json", self._loaded().source)

    def from_disk(self, path, *, exclude=()) -> "ReferenceComponent":
        self.grammar = ReferenceGrammar(srsly.read_json(Path(path) / "grammar.json"))
        return self

