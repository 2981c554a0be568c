"""The data treatyscope passes between its stages.

Every span carries ``start``/``end`` character offsets into its document's text, so a
label can always be shown in place. Reference data (documents, clauses, spans) is frozen;
the labels a clause gets are collected in a :class:`LabelledClause`.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from typing import Any

TIERS: tuple[str, ...] = ("defined", "treaty", "serious", "other", "any")
SAFEGUARDS: tuple[str, ...] = (
    "dual_criminality",
    "refusal_grounds",
    "non_discrimination",
    "domestic_law",
    "human_rights",
    "judicial_oversight",
    "proportionality",
    "data_protection",
    "use_limitation",
)
LABELS: tuple[str, ...] = TIERS + SAFEGUARDS


class Polarity(StrEnum):
    """How a safeguard binds: ``required``; ``optional`` ("may refuse"); ``waived`` ("shall not be required")."""

    REQUIRED = "required"
    OPTIONAL = "optional"
    WAIVED = "waived"


# The one order of polarities: strongest first. Where the weakest matters (what a clause's
# own words make of a safeguard), it is read backwards.
POLARITIES: tuple[Polarity, ...] = (Polarity.REQUIRED, Polarity.OPTIONAL, Polarity.WAIVED)


class PatternKind(StrEnum):
    """What a span-ruler pattern stands for, declared by the pattern file it is read from
    (``configs/pipeline.cfg``) and kept in the pattern's ``"kind"`` key (absent: ``label``).

    ``label``: words that carry a tier or safeguard, labelled with it; ``cue``: words that
    soften the safeguard they govern, labelled with a :class:`Polarity` ("may refuse":
    ``optional``); ``cancel``: words where a label's words mean something else, labelled
    with the label they cancel ("effective, proportionate and dissuasive" sanctions:
    ``proportionality``).
    """

    LABEL = "label"
    CUE = "cue"
    CANCEL = "cancel"


PATTERN_KIND_KEY = "kind"  # the key of a pattern dict that holds its PatternKind (absent: a label pattern)


class RefKind(StrEnum):
    """``subject_to``: the clause subjects itself to the target and inherits its labels; ``mention``: it does not."""

    SUBJECT_TO = "subject_to"
    MENTION = "mention"


class EvidenceSource(StrEnum):
    """Where a label's evidence comes from: the patterns' words, or the classifier's weightiest n-gram."""

    PATTERN = "pattern"
    CLASSIFIER = "classifier"


# CrossReference.paragraph of a reference still relative to its clause ("subparagraph (b) of
# this paragraph"); treatyscope.resolve.absolute replaces it with the clause's paragraph.
THIS_PARAGRAPH = "this"


def text_checksum(text: str) -> str:
    """Return the short checksum the project stores instead of a clause's text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _from_dict(cls, data: dict[str, Any]):
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class Document:
    """A treaty text as read from a file; offsets elsewhere index into ``text``."""

    doc_id: str
    text: str
    source: str = ""
    sha256: str = ""
    format: str = "txt"
    warnings: tuple[str, ...] = ()


# The warning of a text read from quoted e-mail (``ingest``), by which the segmenter knows its mail headers,
# its senders' notes and its signature for what they are.
QUOTED_MAIL = "the text is quoted e-mail: the quote marks at the lines' starts were removed"

# Clause kinds kept so that no text is dropped, but never labelled (nor gold units).
UNLABELLED_KINDS = frozenset({"meta", "final", "note"})
# Clause kinds that are no gold units: the above, and provisions found outside the articles.
NOT_GOLD_KINDS = UNLABELLED_KINDS | {"outside"}


@dataclass(frozen=True)
class Clause:
    """The smallest numbered unit of an article (codebook: "The unit")."""

    doc_id: str
    clause_id: str
    article: str
    paragraph: str | None
    subparagraph: str | None
    heading: str | None
    language: str
    start: int
    end: int
    text: str
    bracketed: bool = False
    brackets: tuple[tuple[int, int], ...] = ()
    context: tuple[str, ...] = ()
    chapeau: bool = False
    # "provision" (an article's clause), "recital" (a preamble recital) or "title" (a title
    # line or headnote before the recitals: kept in the preamble's numbering, never labelled).
    # Text outside the articles is kept too, never dropped: "outside" (it reads as a provision:
    # labelled, but no gold unit), "final" (the closing formula and signature blocks), "note"
    # (other text before the first article) and "meta" (comment and metadata lines), the last
    # three never labelled (see UNLABELLED_KINDS).
    kind: str = "provision"

    @property
    def skipped(self) -> bool:
        """True when the clause is not labelled: not English, or of a kind that is never labelled
        (comment lines, closing formulas, notes; :data:`UNLABELLED_KINDS`)."""
        return self.language != "en" or self.kind in UNLABELLED_KINDS

    @property
    def checksum(self) -> str:
        return text_checksum(self.text)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["brackets"] = [list(b) for b in self.brackets]
        data["context"] = list(self.context)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Clause":
        data = dict(data)
        data["brackets"] = tuple(tuple(b) for b in data.get("brackets", ()))
        data["context"] = tuple(data.get("context", ()))
        return _from_dict(cls, data)


@dataclass(frozen=True)
class Evidence:
    """Words in the document that carry one label of one clause."""

    label: str
    start: int
    end: int
    text: str
    polarity: Polarity | None = None
    source: EvidenceSource = EvidenceSource.PATTERN
    # What the words rest on elsewhere in the document, when the label comes from there
    # ("defined term 'grave offence' (article 2): serious"); None for the clause's own words.
    basis: str | None = None

    def to_dict(self) -> dict[str, Any]:
        # asdict's field order and values, without its deep copies (written once per clause).
        data = {"label": self.label, "start": self.start, "end": self.end, "text": self.text,
                "polarity": self.polarity, "source": self.source}
        if self.basis is not None:
            data["basis"] = self.basis
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Evidence":
        return _from_dict(cls, data)


@dataclass(frozen=True)
class CrossReference:
    """A pointer from a clause to another provision.

    ``kind`` is ``subject_to`` when the clause subjects itself to the target (its labels
    are inherited) and ``mention`` otherwise. ``external`` marks a target in another
    instrument ("article 2 of the 1971 Convention"), which is never resolved.
    """

    article: str | None
    paragraph: str | None
    subparagraph: str | None
    start: int
    end: int
    text: str
    kind: RefKind = RefKind.MENTION
    external: bool = False

    def to_dict(self) -> dict[str, Any]:
        # asdict's field order and values, without its deep copies.
        return {"article": self.article, "paragraph": self.paragraph, "subparagraph": self.subparagraph,
                "start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
                "external": self.external}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "CrossReference":
        return _from_dict(cls, data)


class InheritKind(StrEnum):
    """How a label arrives at a clause: ``reference`` (through cross-references it subjects
    itself to) or ``reach`` (a clause stating conditions or a scope for the whole part)."""

    REFERENCE = "reference"
    REACH = "reach"


@dataclass(frozen=True)
class Inherited:
    """A label a clause receives, with the path of clause ids it came by and how.

    ``part`` names the chapter, section or instrument of a reach; ``limited_by`` lists, for a
    tier that arrives by reach at a measure stating its own scope, the clauses of that scope.
    """

    label: str
    path: tuple[str, ...]
    kind: InheritKind = InheritKind.REFERENCE
    part: str | None = None
    limited_by: tuple[str, ...] = ()

    @property
    def source(self) -> str:
        """The clause holding the label (the end of the path)."""
        return self.path[-1]

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "path": list(self.path), "kind": self.kind.value, "part": self.part,
                "limited_by": list(self.limited_by)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Inherited":
        return cls(data["label"], tuple(data["path"]), InheritKind(data.get("kind", "reference")),
                   data.get("part"), tuple(data.get("limited_by", ())))


@dataclass
class LabelledClause:
    """A clause with its own labels, evidence and references, and (after resolution)
    the labels it inherits."""

    clause: Clause
    tiers: list[str] = field(default_factory=list)
    safeguards: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    references: list[CrossReference] = field(default_factory=list)
    inherited: list[Inherited] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)

    @property
    def labels(self) -> list[str]:
        return self.tiers + self.safeguards

    @property
    def effective_tiers(self) -> list[str]:
        own = set(self.tiers)
        return [t for t in TIERS if t in own or any(i.label == t for i in self.inherited)]

    @property
    def effective_safeguards(self) -> list[str]:
        own = set(self.safeguards)
        return [s for s in SAFEGUARDS if s in own or any(i.label == s for i in self.inherited)]

    def polarity(self, label: str) -> str | None:
        """The polarity of a safeguard in this clause's own words (waived > optional > required)."""
        found = {e.polarity for e in self.evidence if e.label == label and e.polarity}
        for p in reversed(POLARITIES):
            if p in found:
                return p.value
        return Polarity.REQUIRED.value if label in self.safeguards else None

    def to_dict(self) -> dict[str, Any]:
        c = self.clause
        return {
            "doc_id": c.doc_id,
            "clause_id": c.clause_id,
            "article": c.article,
            "paragraph": c.paragraph,
            "subparagraph": c.subparagraph,
            "heading": c.heading,
            "language": c.language,
            "skipped": c.skipped,
            "start": c.start,
            "end": c.end,
            "text": c.text,
            "bracketed": c.bracketed,
            "brackets": [list(b) for b in c.brackets],
            "context": list(c.context),
            "chapeau": c.chapeau,
            "kind": c.kind,
            "tiers": list(self.tiers),
            "safeguards": list(self.safeguards),
            "effective": {
                "tiers": self.effective_tiers,
                "safeguards": self.effective_safeguards,
                "via": [i.to_dict() for i in self.inherited],
            },
            "references": [r.to_dict() for r in self.references],
            "evidence": [e.to_dict() for e in self.evidence],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "LabelledClause":
        clause = Clause.from_dict(data)
        via = data.get("effective", {}).get("via", [])
        return cls(
            clause=clause,
            tiers=list(data.get("tiers", [])),
            safeguards=list(data.get("safeguards", [])),
            evidence=[Evidence.from_dict(e) for e in data.get("evidence", [])],
            references=[CrossReference.from_dict(r) for r in data.get("references", [])],
            inherited=[Inherited.from_dict(v) for v in via],
        )


@dataclass
class LabelledDocument:
    """A document's labelled clauses, in text order."""

    document: Document
    clauses: list[LabelledClause]

    @property
    def doc_id(self) -> str:
        return self.document.doc_id

    def articles(self) -> list["ArticleView"]:
        """Group the clauses by article, in text order (a repeated number is a new article)."""
        views: list[ArticleView] = []
        for lc in self.clauses:
            key = article_key(lc.clause)
            if not views or views[-1].key != key:
                views.append(ArticleView(key=key, clauses=[]))
            views[-1].clauses.append(lc)
        return views


def article_key(clause: Clause) -> str:
    """The clause id of a clause's article, which is unique in its document."""
    return clause.clause_id.split("(", 1)[0]


@dataclass
class ArticleView:
    """An article seen through its clauses; all of its values are derived."""

    key: str
    clauses: list[LabelledClause]

    @property
    def article(self) -> str:
        return self.clauses[0].clause.article

    @property
    def heading(self) -> str | None:
        return self.clauses[0].clause.heading

    @property
    def language(self) -> str:
        return self.clauses[0].clause.language

    @property
    def start(self) -> int:
        return self.clauses[0].clause.start

    @property
    def end(self) -> int:
        return self.clauses[-1].clause.end

    @property
    def bracketed(self) -> bool:
        return any(lc.clause.bracketed for lc in self.clauses)

    def _own(self, names: tuple[str, ...]) -> list[str]:
        got = {lab for lc in self.clauses for lab in lc.labels}
        return [n for n in names if n in got]

    @property
    def tiers(self) -> list[str]:
        return self._own(TIERS)

    @property
    def safeguards(self) -> list[str]:
        return self._own(SAFEGUARDS)

    def arrivals(self) -> dict[str, list[Inherited]]:
        """Labels the article receives by reference or by reach, each with how they came."""
        out: dict[str, list[Inherited]] = {}
        for lc in self.clauses:
            for inh in lc.inherited:
                out.setdefault(inh.label, []).append(inh)
        return out

    def inherited(self) -> dict[str, list[tuple[str, ...]]]:
        """Labels the article receives by reference or by reach, each with the paths they came
        by (also those it states in its own words)."""
        out: dict[str, list[tuple[str, ...]]] = {}
        for lc in self.clauses:
            for inh in lc.inherited:
                out.setdefault(inh.label, []).append(inh.path)
        return out

    @property
    def effective_tiers(self) -> list[str]:
        got = set(self.tiers) | set(self.inherited())
        return [t for t in TIERS if t in got]

    @property
    def effective_safeguards(self) -> list[str]:
        got = set(self.safeguards) | set(self.inherited())
        return [s for s in SAFEGUARDS if s in got]

    def polarities(self, label: str) -> list[str]:
        """The polarities a safeguard has in the article's own words, strongest first."""
        found = {lc.polarity(label) for lc in self.clauses if label in lc.safeguards}
        return [p.value for p in POLARITIES if p in found]
