"""The document model: what a treaty says about itself, read once before its clauses are labelled.

A clause is labelled from its own words, but much of what they mean lives elsewhere in the
same document: a "grave offence" defined in article 2 by a four-year threshold, "trafficking
in persons" being the crime the treaty itself establishes, article 2 being its
criminalisation article, a clause standing in a prevention chapter rather than among the
cooperation measures. :class:`DocumentModel` collects that, from the clauses of one
document:

- its **parts** (chapters, sections) and the articles in each;
- each clause's **function** (``measure``, ``criminalisation``, ``definition``, ``policy``,
  ``institutional``, ``monitoring``, ``final``, ``preamble``), as the codebook's "Measures"
  section draws the line between measures and other obligations (``monitoring``: a clause
  that names the treaty's monitoring body and grants no measure in its own words);
- its **own offences**: the crimes its criminalisation articles establish (their headings)
  and the offence terms it defines;
- its **defined terms**, each with the tier its definition gives it.

:meth:`DocumentModel.clause_facts` turns that into what one clause draws on: the defined
terms and own crimes its words use, its function, the criminalisation articles it cites.
The classifier reads them as features (:mod:`treatyscope.features`) and ``treatyscope
explain`` prints them. The cues are data, in ``configs/document.toml``.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Any, Callable, Iterable, Protocol

from .paths import config_path
from .segment import word_number_value
from .types import THIS_PARAGRAPH, CrossReference

# Functions of clauses where a defined term delimits what a measure or obligation acts on
# (in a criminalisation clause it is an element of the offence: "proceeds of a predicate
# offence" delimits nothing).
OPERATIVE = frozenset({"measure", "policy", "other"})
_OTHER_TIERS = frozenset({"treaty", "serious", "other", "any"})
FUNCTIONS = ("measure", "criminalisation", "definition", "policy", "institutional", "monitoring", "final", "preamble",
             "other")


class ClauseLike(Protocol):
    """What the document model reads of a clause (a :class:`~treatyscope.types.Clause` or a gold record)."""

    clause_id: str
    article: str
    heading: str | None
    text: str
    context: tuple[str, ...]


@dataclass(frozen=True)
class DefinedTerm:
    """A term the instrument defines, where, and the tier its definition gives it (or None)."""

    term: str
    clause_id: str
    article: str
    tier: str | None
    offence: bool  # the term names a class of offences
    words: str  # the words of the definition that gave the tier
    # the term names personal data in the instrument's own words ('"PNR data" means the records
    # ... of a passenger'): where it is used, the clause speaks of personal data
    personal: bool = False
    # the one article the definition is made for ("For the purposes of this article, ...", a
    # resolution's "for the purposes of paragraph 1, the expression ... shall be understood to
    # include"), or None: the term is the defined term in that article alone
    only_in: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {"term": self.term, "clause_id": self.clause_id, "article": self.article, "tier": self.tier,
               "offence": self.offence, "words": self.words, "personal": self.personal}
        if self.only_in is not None:
            out["only_in"] = self.only_in
        return out


@dataclass(frozen=True)
class OwnOffence:
    """A crime the instrument establishes: its term and the article it comes from."""

    term: str
    article: str
    source: str  # "heading" or "definition"

    def to_dict(self) -> dict[str, Any]:
        return {"term": self.term, "article": self.article, "source": self.source}


@dataclass(frozen=True)
class Part:
    """A chapter, section or part of the instrument and the articles in it, in order."""

    label: str
    articles: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "articles": list(self.articles)}


@dataclass(frozen=True)
class ClauseFacts:
    """What one clause draws on from its document (features and the reasons shown by ``explain``)."""

    function: str
    defined_terms: tuple[DefinedTerm, ...] = ()  # tiered defined terms the clause's words use (not its own definition)
    own_offences: tuple[OwnOffence, ...] = ()  # own crimes the clause names by their term
    cited_criminalisation: tuple[str, ...] = ()  # criminalisation articles the clause cites
    lead_in_labels: tuple[str, ...] = ()  # the pattern labels of the clause's lead-in (items only)
    # tiered defined terms the clause uses only inside an aim ("with a view to eliminating
    # incentives for illicit traffic"): the codebook's "not in a purpose clause, an aim"
    aim_terms: tuple[str, ...] = ()
    # an item of a closed list of offences the instrument enumerates ("The offences referred to in
    # paragraph 2 are: (a) offences involving acts of terrorism;"): codebook, "Closed lists"
    list_item: str | None = None  # the lead-in's clause id
    # the clause defines a class of offences with a tier ("'serious crime' means conduct
    # punishable by at least four years"): codebook, "Defined terms", the definition itself
    # gets the tier when the defined term is a class of offences
    defines: DefinedTerm | None = None
    # terms the instrument defines as personal data that the clause uses ("PNR data"): the
    # reason its words count as personal data (evidence, :mod:`~treatyscope.components.evidence`)
    personal_terms: tuple[DefinedTerm, ...] = ()
    # the words by which a criminalisation clause establishes offences ("A further offence is
    # committed by any person who:", "Each of the following shall be punishable as an ordinary
    # crime:"; clause offsets of the flattened text): codebook, "Criminalisation", the clause that
    # establishes offences gets `defined`. None elsewhere, and where the offences are named by a
    # back-reference ("make those offences punishable": no tier)
    establishes: tuple[int, int] | None = None
    # the words by which an item of a criminalisation clause names one of the instrument's own
    # crimes as the object of an attempt, a conspiracy, an incitement or a complicity
    # ("Conspiracy to commit genocide;", "attempts to commit an act of hostage-taking": clause
    # offsets of the flattened text, up to the crime's term): codebook, "Criminalisation", an
    # item whose own words name offences gets `defined`. Not the crime's term alone as the
    # conduct made punishable ("The smuggling of migrants;": no tier)
    ancillary: tuple[int, int] | None = None
    # tiered classes of offences defined in an article the clause cites whose acts a criminalisation
    # clause makes offences ("the acts referred to in Article 1", where Article 1 defines "terrorism"
    # by the treaties listed in the Annex): their tiers, as a term defined by two classes has both
    cited_terms: tuple[DefinedTerm, ...] = ()
    # the words by which an operative clause names, as the offences it applies to, those a
    # criminalisation article establishes or whose acts it makes offences ("in relation to the acts
    # referred to in Article 1", "any act referred to in Article 3"): clause offsets of the
    # flattened text. Codebook, "Defined terms": a citation of the criminalisation articles names
    # the treaty's own crimes. Not the persons a measure protects ("the object of conduct set forth
    # in article 6"), nor an aim
    scope_citation: tuple[int, int] | None = None
    # the scope paragraph that citation names, when it is no criminalisation article's but one whose
    # words name the instrument's own offences ("the offences referred to in Art. 3 para. 2", where
    # 3(2) applies a Part to "the offences established in accordance with Art. 5 to Art. 7"): its
    # article and paragraph ("3", "2"; the paragraph None when the whole article is cited)
    scope_paragraph: tuple[str, str | None] | None = None
    # an item of a lead-in listing what a request must contain (DocumentModel.in_request_list)
    request_item: bool = False
    # the words by which a clause of a criminalisation article names the offences another paragraph
    # of that article establishes ("attempting to commit an offence established in accordance with
    # paragraph 1"; clause offsets of the flattened text): codebook, "Criminalisation", an item whose
    # own words name offences gets `defined`. Not the reservation of an element, nor a name given them
    own_citation: tuple[int, int] | None = None

    def basis(self, label: str, text: str) -> tuple[tuple[int, int] | None, str] | None:
        """For a tier the document facts support, the words of the clause that carry it
        (clause offsets) and what they rest on; None when no fact supports ``label``."""
        for t in self.defined_terms:
            if t.tier == label:
                m = _term_re(t.term).search(text)
                return ((m.start(), m.end()) if m else None,
                        f"defined term \"{t.term}\" (article {t.article}, {t.clause_id}): {t.words or t.tier}")
        if label == "defined" and self.ancillary is not None:
            return (_unflat_span(text, *self.ancillary),
                    "names the instrument's own offence as the object of an attempt, a conspiracy, an incitement "
                    "or a complicity (an item of a criminalisation clause)")
        if label == "defined" and self.own_offences:
            o = self.own_offences[0]
            m = _term_re(o.term).search(text)
            return ((m.start(), m.end()) if m else None,
                    f"the instrument's own offence \"{o.term}\" (article {o.article})")
        if self.defines is not None and self.defines.tier == label:
            t = self.defines
            m = re.search(re.escape(t.words), text, re.I) if t.words else None
            return ((m.start(), m.end()) if m else None,
                    f"defines \"{t.term}\", a class of offences: {t.words or t.tier}")
        if label == "defined" and self.establishes is not None:
            return (_unflat_span(text, *self.establishes), "the clause establishes offences (a criminalisation clause)")
        if label == "defined" and self.list_item:
            words = text.strip().rstrip(";.,").rstrip()
            start = len(text) - len(text.lstrip())
            return ((start, start + len(words.lstrip())) if words else None,
                    f"an item of the closed list of offences that {self.list_item} enumerates")
        if label == "defined" and self.scope_citation is not None and self.scope_paragraph is not None:
            art, para = self.scope_paragraph
            return (_unflat_span(text, *self.scope_citation),
                    f"names the offences of article {art}{f', paragraph {para}' if para else ''} (whose words name "
                    "the instrument's own offences as those it applies to)")
        if label == "defined" and self.scope_citation is not None:
            arts = ", ".join(self.cited_criminalisation)
            return (_unflat_span(text, *self.scope_citation),
                    f"names the offences of article{'s' if len(self.cited_criminalisation) > 1 else ''} {arts} "
                    "(established by a criminalisation article, or made offences by one)")
        if label == "defined" and self.own_citation is not None:
            return (_unflat_span(text, *self.own_citation),
                    "names the offences another paragraph of its own criminalisation article establishes")
        if label == "defined" and self.cited_criminalisation:
            arts = ", ".join(self.cited_criminalisation)
            return None, f"cites criminalisation article{'s' if len(self.cited_criminalisation) > 1 else ''} {arts}"
        for t in self.cited_terms:
            if t.tier == label:
                return None, (f"cites article {t.article}, whose acts are made offences and which defines \"{t.term}\" "
                              f"({t.clause_id}): {t.words or t.tier}")
        return None

    def markers(self) -> list[str]:
        """The facts as marker words for the classifier."""
        out = [f"FN_{self.function}"]
        out += [f"LEAD_{lab}" for lab in self.lead_in_labels]
        terms = self.defined_terms + self.cited_terms
        out += sorted({f"DT_{t.tier}" for t in terms if t.tier})
        if self.function in OPERATIVE:
            # Codebook, "Defined terms": a defined term takes the tier of its definition
            # wherever it delimits a measure or obligation: a hit, like a pattern's.
            out += sorted({f"HIT_{t.tier}" for t in terms if t.tier and t.term not in self.aim_terms})
        elif self.function == "criminalisation" and any(t.tier == "defined" for t in self.defined_terms):
            # An obligation to punish or to make legal persons liable for "Protocol offences"
            # (a term defined as the offences the instrument establishes) names its own class
            # of offences: codebook, "Criminalisation". Other tiers there are elements of an
            # offence ("agreeing to commit a serious crime"), not a scope.
            out.append("HIT_defined")
        if self.defines is not None:
            out.append(f"HIT_{self.defines.tier}")
        if self.establishes is not None or self.ancillary is not None:
            out.append("HIT_defined")
        if self.list_item:
            out.append("LIST_ITEM")
            # (an item of a definition is a list's only when the definition is one by a closed
            # list of offences: '"crimes of high regional impact" means the following conduct:')
            if self.function in OPERATIVE or self.function == "definition":
                out.append("HIT_defined")
        if self.own_offences:
            out.append("OWN_CRIME")
        if self.cited_criminalisation:
            out.append("CITE_CRIM")
        if self.scope_citation is not None and "HIT_defined" not in out:
            out.append("HIT_defined")
        if self.own_citation is not None and "HIT_defined" not in out:
            # (a marker word of its own: a model trained before this fact keeps its other
            # probabilities; labelmodel reads it as HIT_defined)
            out.append("HIT_defined/own")
        if self.request_item:
            out.append("REQUEST_ITEM")
        return out


@dataclass(frozen=True)
class ClausePlace:
    """Where a clause stands: its document's model, its id and article, and its lead-in's id
    (its own id when it has none). Set on each clause's spaCy doc by ``make_docs``."""

    model: "DocumentModel"
    clause_id: str
    article: str
    lead_in: str


@dataclass
class DocumentModel:
    """What one treaty says about itself (see the module docstring)."""

    parts: list[Part] = field(default_factory=list)
    functions: dict[str, str] = field(default_factory=dict)  # clause id -> function
    article_functions: dict[str, str] = field(default_factory=dict)  # article -> function of its heading
    criminalisation_articles: list[str] = field(default_factory=list)
    # articles whose acts a criminalisation clause makes offences ("ensure that the acts referred
    # to in Article 1 are recognised ... as criminal offences"): cited, they name the own crimes
    offence_articles: list[str] = field(default_factory=list)
    _established_terms: list[DefinedTerm] = field(default_factory=list, repr=False)
    offences: list[OwnOffence] = field(default_factory=list)
    defined_terms: list[DefinedTerm] = field(default_factory=list)
    offence_lists: list[str] = field(default_factory=list)  # lead-ins that enumerate offences (clause ids)
    # Pattern labels of clauses already read (filled as features are computed, in document
    # order), so that an item can use its lead-in's labels.
    pattern_labels: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _offence_re: re.Pattern | None = field(default=None, repr=False)
    _term_res: list[tuple[re.Pattern, DefinedTerm]] = field(default_factory=list, repr=False)
    _offence_terms: list[tuple[re.Pattern, OwnOffence]] = field(default_factory=list, repr=False)
    _defines: dict[str, DefinedTerm] = field(default_factory=dict, repr=False)  # clause id -> the term it defines
    _personal_re: re.Pattern | None = field(default=None, repr=False)  # the personal-data terms' uses
    _personal: list[tuple[re.Pattern, DefinedTerm]] = field(default_factory=list, repr=False)  # each such term
    _definition_tiers: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)  # clause id -> tiers
    # clause id -> the heading of its article, for clauses of articles about personal data
    data_headings: dict[str, str] = field(default_factory=dict, repr=False)
    # lead-ins of a purpose clause ("The purposes of this Convention are:"): their items are aims
    purpose_lead_ins: frozenset[str] = frozenset()
    # the clauses of a model request form (an annex so headed): each names a field a request states
    request_forms: frozenset[str] = frozenset()
    # numbered paragraphs that are the items of their article's unnumbered list lead-in ("Surrender
    # shall be granted for the crimes set out in the following list ...: 1. Murder. 2. Arson."):
    # clause id -> the lead-in's
    list_paragraphs: dict[str, str] = field(default_factory=dict, repr=False)
    # items of a list of offences that are lead-ins of their own ("a. offences under the law of both States:"
    # / "1. murder;"): their items are the list's as well
    sub_lists: frozenset[str] = frozenset()
    # Its articles are numbered paragraphs (a scheme's "7. (1)", a memorandum's "Paragraph 4", a
    # resolution's operative paragraphs): "paragraph 5" cites the unit numbered 5, not a paragraph
    # of the citing article (_paragraph_units).
    paragraph_units: bool = False
    # lead-ins listing what a request must contain ("A request for preservation shall specify:")
    request_lists: frozenset[str] = frozenset()

    @classmethod
    def build(cls, clauses: Iterable[ClauseLike]) -> "DocumentModel":
        """The model of one document from its (English) clauses, in document order."""
        cues = _cues()
        clauses = list(clauses)
        model = cls()
        parts: dict[str, list[str]] = {}
        for c in clauses:
            if c.article == "preamble":
                continue
            for label in getattr(c, "context", ()) or ():
                arts = parts.setdefault(label, [])
                if not arts or arts[-1] != c.article:
                    arts.append(c.article)
        model.parts = [Part(label, tuple(arts)) for label, arts in parts.items()]
        # Each clause's flat text, and whether a clause cue matches it, are read once: the
        # article's function and each clause's function ask the same questions.
        flat = [_flat(c.text) for c in clauses]
        lowered: list[str | None] = [None] * len(flat)
        found: dict[tuple[str, int], bool] = {}

        def cue(name: str, i: int) -> bool:
            hit = found.get((name, i))
            if hit is None:
                lower = lowered[i]
                if lower is None:
                    lower = lowered[i] = flat[i].lower()
                hit = found[name, i] = cues.clause[name].hit(flat[i], lower)
            return hit

        by_article: dict[str, list[int]] = {}
        for i, c in enumerate(clauses):
            by_article.setdefault(_function_unit(c), []).append(i)
        model.paragraph_units = _paragraph_units(clauses, flat, by_article)
        for article, members in by_article.items():
            first = clauses[members[0]]
            fn = own = _heading_function(article, first.heading or "")
            # An amending formula brings operative text: no final clause, whatever the heading
            # or chapter says ("Amendments to the Convention"); its clauses decide.
            amending = any(cue("amending", i) for i in members)
            if fn == "final" and amending:
                fn = ""
            # No heading cue: the innermost chapter or section title that has one, then the
            # article's own words (any clause granting a measure makes it a measure article).
            for label in reversed(tuple(getattr(first, "context", ()) or ())):
                if fn:
                    break
                fn = _heading_function(article, _part_title(label))
                if fn == "final" and amending:
                    fn = ""
                    continue
                # A chapter "Purpose, principles and definitions" that names definitions among other
                # subjects makes no article a definition: its clauses that define terms say so in
                # their own words ('"x" means'). A chapter "Definitions" does.
                if fn == "definition" and re.search(r",|\band\b", _part_title(label)):
                    fn = ""
                    continue
                # A chapter "Criminalization and law enforcement" also holds bank secrecy,
                # witnesses, release pending trial: one of its articles is criminalisation
                # only when its own words establish offences.
                if fn == "criminalisation" and not any(cue("criminalisation", i) for i in members):
                    fn = ""
                    break
            # An article with no heading whose lead-in opens definitions ("For the purpose of the
            # present Protocol:") and whose items define their terms without quotation marks
            # ("(a) Sale of children means ...") is a definitions article; so is one with no title
            # at all whose items define terms with them ('(h) "personal data" means ...'), whatever
            # its chapter's title ("Chapter I - Letters of request"). Not an article whose lead-in
            # defines terms "for the purpose of this Article": it has other matter.
            if (len(members) > 1 and _DEFINITIONS_LEAD_IN.search(flat[members[0]])
                    and not _THIS_ARTICLE.search(flat[members[0]])):
                items = [i for i in members[1:] if getattr(clauses[i], "subparagraph", None)]
                if ((not fn and any(cues.definition_item.search(flat[i]) for i in items))
                        or (not own and not (first.heading or "").strip()
                            and any(cues.definition_item.search(flat[i]) or cues.definition.search(flat[i])
                                    for i in items))):
                    fn = "definition"
            # A heading read as a policy's by a word of its subject ("Use of false identity documents")
            # over an article whose first clause establishes offences ("Each Party shall establish
            # as criminal offences, when committed intentionally: ..."): a criminalisation article.
            if fn == "policy" and cue("criminalisation", members[0]):
                fn = "criminalisation"
            if not fn:
                for name in ("measure", "criminalisation"):
                    if any(cue(name, i) for i in members):
                        fn = name
                        break
            # An article with no heading that settles disputes over the treaty's interpretation
            # (the older UN conventions have no headings) is a final clause.
            if not fn and cue("final", members[0]):
                fn = "final"
            model.article_functions[article] = fn
        for i, c in enumerate(clauses):
            model.functions[c.clause_id] = _clause_function(model.article_functions[_function_unit(c)], flat[i],
                                                            cues, lambda name, i=i: cue(name, i), c.heading or "")
        # A paragraph of a text read paragraph by paragraph whose words say nothing of its function takes the
        # text's: a measure where any of its paragraphs grants one ("The supplying authority may refuse ... where:").
        silent = [c.clause_id for c in clauses if c.article == "body" and model.functions[c.clause_id] in ("", "other")]
        if silent:
            body = [i for i, c in enumerate(clauses) if c.article == "body"]
            text_function = next((name for name in ("measure", "criminalisation")
                                  if any(cue(name, i) for i in body)), "")
            for cid in silent if text_function else ():
                model.functions[cid] = text_function
        for article, members in by_article.items():
            # The crime a criminalisation article's heading names, defined there ('"public
            # provocation to commit a terrorist offence" means ...') and established by another
            # of its clauses ("Each Party shall ... establish public provocation ... as a criminal
            # offence"): the first is the definition. Where the definition is all that establishes
            # it ('"genocide" means any of the following acts'), it stays the crime's clause.
            if model.article_functions[article] != "criminalisation" or not any(cue("criminalisation", i) for i in members):
                continue
            for i in members:
                cid = clauses[i].clause_id
                if (model.functions[cid] == "criminalisation" and not cue("criminalisation", i)
                        and (cues.definition.search(flat[i]) or cues.definition_named.search(flat[i]))):
                    model.functions[cid] = "definition"
        crim = []
        for c in clauses:
            if model.functions[c.clause_id] == "criminalisation" and c.article not in crim and c.article != "preamble":
                crim.append(c.article)
        model.criminalisation_articles = crim
        offence_parts: list[tuple[str, str | None]] = []  # (article, paragraph or item cited, if any)
        for i, c in enumerate(clauses):
            if model.functions[c.clause_id] != "criminalisation":
                continue
            for m in cues.established_citation.finditer(flat[i]):
                num = _cited_article(m, model.paragraph_units)
                if num and num != c.article and num in by_article and num not in crim:
                    if num not in model.offence_articles:
                        model.offence_articles.append(num)
                    part = m.group("before") or m.group("paren") or m.group("after")
                    offence_parts.append((num, part))
        model.offence_lists = [c.clause_id for i, c in enumerate(clauses)
                               if model.functions[c.clause_id] in OPERATIVE
                               and _may_match(cues.offence_list, tail := flat[i][-_LEAD_IN_TAIL:])
                               and cues.offence_list.search(tail)]
        # (a lead-in that the instrument cites as a list of offences: "an offence listed in paragraph (4)")
        cited = _cited_lists(clauses, flat, cues.cited_list)
        model.offence_lists += [c.clause_id for i, c in enumerate(clauses)
                                if (c.article, getattr(c, "paragraph", None)) in cited
                                and not getattr(c, "subparagraph", None) and c.clause_id not in model.offence_lists
                                and model.functions[c.clause_id] in OPERATIVE and flat[i].rstrip(" *_").endswith(":")]
        closed: list[str] = []
        model.defined_terms = _definitions(clauses, flat, model.functions, cues, closed, model.paragraph_units)
        # (a definition by a closed list of offences enumerates them: its items are the list's)
        model.offence_lists += [c for c in closed if c not in model.offence_lists]
        # the classes of offences defined where a criminalisation clause cites the acts it makes
        # offences: own crimes (not a threshold, "'serious crime' means conduct punishable by ...")
        model._established_terms = [t for t in model.defined_terms
                                    if t.offence and t.tier not in ("serious", "any", "other")
                                    and any(t.article == a and (part is None or f"({part})" in t.clause_id[len(a):])
                                            for a, part in offence_parts)]
        model.data_headings = {c.clause_id: " ".join(c.heading.split()) for c in clauses
                               if c.heading and c.article != "preamble" and cues.personal_heading.search(c.heading)
                               and model.functions.get(c.clause_id) != "definition"}
        model.offences = _offences(clauses, flat, model, cues)
        # A term defined as information about persons that names what the instrument's own crimes act
        # on ("identity information", whose theft and transfer it criminalises: "Transfer of identity
        # information") is the crimes' object, not personal data a measure handles.
        objects = [o.term.lower() for o in model.offences]
        model.defined_terms = [dataclasses.replace(t, personal=False)
                               if t.personal and any(t.term.lower() in o for o in objects) else t
                               for t in model.defined_terms]
        lists = set(model.offence_lists)
        model.sub_lists = frozenset(c.clause_id for c, text in zip(clauses, flat)
                                    if c.clause_id not in lists and text.rstrip(" *_").endswith(":")
                                    and _PARENT.sub("", c.clause_id) in lists)
        model.list_paragraphs = {c.clause_id: c.article for c in clauses
                                 if c.article in lists and c.clause_id != c.article
                                 and getattr(c, "paragraph", None) is not None and not getattr(c, "subparagraph", None)}
        # lead-ins (a text ending on a colon) of a purpose clause's items, and of a request's contents
        lead_ins = [(c.clause_id, text) for c, text in zip(clauses, flat) if text.rstrip(" *_").endswith(":")]
        model.purpose_lead_ins = frozenset(cid for cid, text in lead_ins if cues.purpose.search(text))
        model.request_lists = frozenset(cid for cid, text in lead_ins
                                        if "equest" in text and cues.request_list.search(text))
        # the fields of a model request form ("ANNEX I – MODEL REQUEST FORM" / "Legal qualification of the offence")
        model.request_forms = frozenset(c.clause_id for c in clauses if c.heading and _REQUEST_FORM.search(c.heading))
        model._compile()
        return model

    def in_request_list(self, lead_in: str | None, clause_id: str) -> bool:
        """Whether the clause is an item of a lead-in listing what a request must contain: it
        states no `proportionality`, whatever it asks the request to state (codebook,
        "Proportionality": "Not: ... items listing what a request must contain"); so is a field of a model
        request form."""
        if clause_id in self.request_forms:
            return True
        return (bool(lead_in) and lead_in != clause_id and lead_in in self.request_lists
                and not clause_id.endswith("(tail)"))  # (the words after the list are no item)

    def in_purpose(self, lead_in: str | None, clause_id: str) -> bool:
        """Whether the clause is an item of a purpose clause's lead-in ("The purposes of this
        Convention are: (a) to prevent and suppress trafficking in human organs"): it states an
        aim, and names no tier (codebook, tier rules: "not in a purpose clause")."""
        return bool(lead_in) and lead_in != clause_id and lead_in in self.purpose_lead_ins

    def _compile(self) -> None:
        terms = sorted({o.term for o in self.offences}, key=len, reverse=True)
        self._offence_re = re.compile(r"\b(?:" + "|".join(_term_pattern(t) for t in terms) + r")\b", re.I) if terms else None
        self._offence_terms = [(_compiled(_term_pattern(o.term)), o) for o in self.offences]
        generic = _cues().generic
        self._term_res = [(_term_re(t.term), t)
                          for t in self.defined_terms if t.tier and t.term.lower() not in generic]
        self._defines = {t.clause_id: t for t in reversed(self.defined_terms)}  # the first term a clause defines
        personal = sorted({t.term for t in self.defined_terms if t.personal}, key=len, reverse=True)
        self._personal_re = re.compile(r"\b(?:" + "|".join(_term_pattern(t) for t in personal) + r")\b", re.I) \
            if personal else None
        self._personal = [(_term_re(t.term), t)
                          for t in self.defined_terms if t.personal]
        tiers: dict[str, set[str]] = {}
        for t in self.defined_terms:
            if t.offence and t.tier:
                tiers.setdefault(t.clause_id, set()).add(t.tier)
        self._definition_tiers = {cid: frozenset(v) for cid, v in tiers.items()}

    def personal_data_uses(self, clause_id: str, text: str, *, terms: bool = True,
                           headings: bool = True) -> list[tuple[int, int]]:
        """Where ``text`` (clause ``clause_id``) uses a term the instrument defines as personal
        data ("PNR data", '"personal information" means ...'), as (start, end) offsets in
        ``text``; none in the definitions themselves (codebook, "Data protection": a
        definition of personal data is none). With ``headings``, also the "data" of an article
        about personal data (those ``terms`` does not cover, when it is set)."""
        spans = [] if not terms or self._personal_re is None or self.functions.get(clause_id) == "definition" \
            else [m.span() for m in self._personal_re.finditer(text)]
        if headings and clause_id in self.data_headings:
            # the "data" of an article about personal data (see ``data_heading``)
            spans += [m.span() for m in _cues().data_word.finditer(text)
                      if not any(s < m.end() and m.start() < e for s, e in spans)]
        return sorted(spans)

    def data_heading(self, clause_id: str, words: str) -> str | None:
        """The heading of the article about personal data whose "data" ``words`` are, or None."""
        heading = self.data_headings.get(clause_id)
        return heading if heading is not None and _cues().data_word.fullmatch(words.strip()) else None

    def clause_facts(self, clause_id: str, article: str, text: str,
                     cited_articles: Iterable[str] = (), lead_in: str | None = None,
                     own_labels: Iterable[str] = ()) -> ClauseFacts:
        """What one clause draws on: its function, the tiered defined terms and own crimes its
        words use, the criminalisation articles among ``cited_articles``, and the pattern
        labels of its lead-in ``lead_in`` (a clause id) when they have been noted."""
        function = self.functions.get(clause_id) or self.article_functions.get(article) or "other"
        text = _flat(text)  # the cues read the words, not where a line was broken
        used = [(rx, t) for rx, t in self._term_res
                if t.clause_id != clause_id and (t.only_in is None or t.only_in == article)
                and any(not in_a_name(text, m) for m in rx.finditer(text))]
        terms = tuple(t for _, t in used)
        aims: tuple[str, ...] = ()
        regions: Regions | None = None  # the aims' stretches, found once when needed
        purpose = self.in_purpose(lead_in, clause_id)
        if purpose:
            aims = tuple(t.term for t in terms)
        elif used:
            regions = Regions(text, _cues().aim)
            if regions:
                aims = tuple(t.term for rx, t in used if all(m.start() in regions for m in rx.finditer(text)))
        offences: tuple[OwnOffence, ...] = ()
        ancillary = None
        if self._offence_re is not None and function != "definition" and not purpose:
            # (not where the crime stands in an aim or a description of its victims: "assist one
            # another in supporting the victims of enforced disappearance")
            hits = [m for m in self._offence_re.finditer(text) if not in_a_name(text, m)]
            if hits:
                if regions is None:
                    regions = Regions(text, _cues().aim)
                if regions:
                    hits = [m for m in hits if m.start() not in regions]
            found = {m.group(0).lower() for m in hits}
            offences = tuple(o for rx, o in self._offence_terms if any(rx.fullmatch(f) for f in found))
            if offences and function == "criminalisation" and lead_in and lead_in != clause_id:
                for m in hits:
                    a = _ANCILLARY.search(text, max(0, m.start() - 80), m.start())
                    if a is not None:
                        ancillary = (a.start(), m.end())
                        break
        crim = set(self.criminalisation_articles) | set(self.offence_articles)
        cited = tuple(dict.fromkeys(a for a in cited_articles if a in crim and a != article))
        # "the acts referred to in Article 1" name the classes of offences Article 1 defines, with
        # every tier their definitions give ("terrorism": any act that is an offence under a treaty
        # listed in the Annex), as a term defined by two classes has both.
        via = tuple(t for t in self._established_terms if t.tier and t.article in cited
                    and t.clause_id != clause_id and t not in terms)
        scope = None
        # (and a criminalisation clause that names them: "enable legal persons to be held liable for
        # the conduct made unlawful under Articles 16 and 17")
        if cited and (function in OPERATIVE or function == "criminalisation") and not purpose:
            found = _naming_citation(
                text, lambda m: True if _cited_article(m, self.paragraph_units) in cited else None, regions)
            scope = found[0] if found else None
        scope_paragraph = None
        if scope is None and function in OPERATIVE and not purpose:
            found = _naming_citation(text, partial(self._scope_paragraph, article, set(cited_articles) - crim), regions)
            scope, scope_paragraph = found if found else (None, None)
        lead = self.pattern_labels.get(lead_in, frozenset()) if lead_in and lead_in != clause_id else frozenset()
        # An item of a lead-in that enumerates offences names one of them, unless it refers back
        # ("an attempt to commit any of the foregoing offences") or its own words name another
        # tier ("an offence within the scope of the Convention for the Suppression of ...": treaty;
        # "any predicate offence", a term defined as any offence: any).
        listed = None
        if lead_in == clause_id or not lead_in:
            lead_in = self.list_paragraphs.get(clause_id, lead_in)
        # An item that is itself a lead-in ("(c) any of the following offences, when committed
        # against persons:") leaves the tier to its own items, as a lead-in does; the words after the
        # last item ("where the offence is transnational in nature") are no item.
        if (lead_in and lead_in != clause_id and (lead_in in self.offence_lists or lead_in in self.sub_lists)
                and clause_id not in self.offence_lists and not clause_id.endswith("(tail)")
                and not _cues().list_back.search(text) and not set(own_labels) & _OTHER_TIERS
                and not any(t.tier in _OTHER_TIERS for t in terms)):
            listed = lead_in
        defines = self._defines.get(clause_id) if function == "definition" else None
        if defines is not None and (not (defines.offence and defines.tier) or self._names_a_crime(defines)):
            defines = None
        personal: tuple[DefinedTerm, ...] = ()
        if self._personal_re is not None and function != "definition" and self._personal_re.search(text):
            personal = tuple(t for rx, t in self._personal if rx.search(text))
        # (Not a clause that also speaks of a request: "A person shall be surrendered for any
        # conduct which the laws of the requesting Party and of the requested Party alike make
        # punishable by imprisonment" is an extradition clause whose words read as criminalisation.)
        establishes = None
        if (function == "criminalisation" and not _cues().list_back.search(text)
                and not _REQUEST_WORDS.search(text)):
            establishes = _cues().clause["criminalisation"].span(text)
        own = None
        if article in crim and function != "definition" and not purpose:
            m = _cues().own_citation.search(text)
            if m is not None and not _cues().own_citation_not.search(text):
                if regions is None:
                    regions = Regions(text, _cues().aim)
                own = None if m.start() in regions else m.span()
        return ClauseFacts(function, terms, offences, cited, tuple(sorted(lead)), aims, listed, defines, personal,
                           establishes, ancillary, via, scope, scope_paragraph,
                           self.in_request_list(lead_in, clause_id), own)

    def _scope_paragraph(self, article: str, cited: set[str], m: re.Match) -> tuple[str, str | None] | None:
        """The article and paragraph (None for the whole article) of a citation by an operative
        clause of another article's scope paragraph whose own words (its patterns, as read so far in
        document order) name the instrument's offences, else None. Codebook, "Back-references": an
        explicit citation names a category; guide, session 39: a citation of such a scope paragraph
        is `defined` only."""
        num = _cited_article(m, self.paragraph_units)
        if num is None or num == article or num not in cited:
            return None
        part = m.group("before") or m.group("paren") or m.group("after")
        own = f"{num}({part})" if part else num
        if not any("defined" in labels for cid, labels in self.pattern_labels.items()
                   if cid == own or cid.startswith(own + "(")):
            return None
        return num, part

    def personal_term(self, words: str) -> DefinedTerm | None:
        """The term defined as personal data that ``words`` are (one of its uses), or None."""
        words = words.strip()
        return next((t for rx, t in self._personal if rx.fullmatch(words)), None)

    def definition_tiers(self, clause_id: str) -> frozenset[str]:
        """The tiers the clause's own definition of a class of offences gives its term ("'serious
        transnational crime' means any offence punishable ... by at least three years": serious),
        empty when it defines none. Codebook, "Defined terms": the definition gets the tier of
        the class it defines; other offence words in it ("any offence", "an offence as defined
        in article 6") are the definition's matter, not a scope of their own."""
        if self.functions.get(clause_id) != "definition":
            return frozenset()
        return self._definition_tiers.get(clause_id, frozenset())

    def plain_definition(self, clause_id: str) -> bool:
        """Whether the clause defines a term that is no class of offences ("'sentence' means
        any punishment ... on account of a criminal offence"): codebook, "Defined terms", the
        definition itself gets a tier only when the defined term is a class of offences."""
        if self.functions.get(clause_id) != "definition":
            return False
        term = self._defines.get(clause_id)
        return term is not None and (not term.offence or self._names_a_crime(term))

    def _names_a_crime(self, term: DefinedTerm) -> bool:
        """Whether ``term``, defined inside a criminalisation article, names a crime or an element
        of one rather than a class of offences: 'the offences established in accordance with
        paragraphs 1 and 2 are together called "foreign bribery"', '"The crime of apartheid" means
        inhumane acts of a character similar to those referred to in paragraph 1' (codebook, the
        treaty's own crime: not in "a definition of the term"); not '"serious offence" means ...'."""
        return self.article_functions.get(term.article) == "criminalisation" and not _CLASS_TERM.search(term.term)

    def part_of(self, article: str) -> list[str]:
        """The labels of the parts (chapters, sections) an article stands in, outermost first."""
        return [p.label for p in self.parts if article in p.articles]

    def to_dict(self) -> dict[str, Any]:
        return {
            "parts": [p.to_dict() for p in self.parts],
            "criminalisation_articles": list(self.criminalisation_articles),
            "offence_articles": list(self.offence_articles),
            "offences": [o.to_dict() for o in self.offences],
            "defined_terms": [t.to_dict() for t in self.defined_terms],
            "offence_lists": list(self.offence_lists),
            "article_functions": dict(self.article_functions),
            "functions": dict(self.functions),
        }


# ---------------------------------------------------------------------------------------
# Reading the cues


@dataclass(frozen=True)
class _Cues:
    heading: dict[str, re.Pattern]
    clause: dict[str, "_Screened"]
    definition: re.Pattern
    definition_unquoted: re.Pattern
    definition_item: re.Pattern
    definition_named: re.Pattern
    named_opener: re.Pattern
    offence_term: re.Pattern
    offence_body: re.Pattern
    generic: frozenset[str]
    tier: list[tuple[str, re.Pattern]]
    openers: re.Pattern
    relation_opener: re.Pattern
    conduct_words: re.Pattern
    not_crimes: re.Pattern
    phrase: re.Pattern
    named: re.Pattern
    min_chars: int
    aim: re.Pattern
    purpose: re.Pattern
    offence_list: re.Pattern
    cited_list: re.Pattern
    request_list: re.Pattern
    list_back: re.Pattern
    personal_term: re.Pattern
    personal_heading: re.Pattern
    data_word: re.Pattern
    personal_body: re.Pattern
    personal_not: re.Pattern
    victims_citation: re.Pattern
    established_citation: re.Pattern
    own_citation: re.Pattern
    own_citation_not: re.Pattern
    recital_need: re.Pattern


# The cue of a lead-in that enumerates offences ("none of the following offences shall be
# regarded as a political offence:") ends it: only its last characters are read (a long lead-in
# is read in time linear in its length).
_LEAD_IN_TAIL = 400


def states_a_need(text: str) -> bool:
    """Whether a recital states a constraint the measures must respect ("Mindful of the need to
    ensure a proper balance ...", "it is necessary to ensure the effective protection of human
    rights", "Determined that every measure ... shall respect human rights"): only such a
    recital gets ``human_rights``; one that recalls an instrument ("Having regard to the Universal
    Declaration of Human Rights"), acknowledges ("Recognizing that everyone has the right to
    life") or states an aim gets none (codebook, "Recitals"). Read for ``human_rights`` only:
    the gold's recitals with another safeguard state it in other words ("Mindful also of the
    right to the protection of personal data")."""
    return _cues().recital_need.search(_flat(text)) is not None  # read as on one line


def purpose_clauses(text: str) -> "Regions":
    """The parts of ``text`` that stand in a purpose clause ("The purpose of this Convention is
    to ...", "This Convention aims to ..."), each to the end of its sentence (codebook, tier
    rules, "not in a purpose clause"), given by positions in ``text`` itself. The cue is read
    with each run of whitespace as one space: a purpose clause broken over lines is found as on
    a single line."""
    flat = _flat(text)
    found = Regions(flat, _cues().purpose)
    if not found or flat == text:  # no cue, or positions that are already the text's
        return found
    where = []  # for each character of the flat text, its place in ``text``
    for run in re.finditer(r"\S+|\s+", text):
        if run.group(0)[0].isspace():
            where.append(run.start())
        else:
            where.extend(range(run.start(), run.end()))
    where.append(len(text))
    found.starts = [where[i] for i in found.starts]
    found.ends = [where[i] for i in found.ends]
    return found


class Regions:
    """The stretches of a text from each match of ``cue`` to the end of its sentence (". " or
    ";"), found once (linear in the text's length) and asked by position."""

    def __init__(self, text: str, cue: re.Pattern):
        self.starts: list[int] = []
        self.ends: list[int] = []
        end = -1
        for m in cue.finditer(text):
            if m.start() < end:  # inside the stretch found before
                continue
            stops = [i for i in (text.find(". ", m.end()), text.find(";", m.end())) if i >= 0]
            end = min(stops) if stops else len(text)
            self.starts.append(m.start())
            self.ends.append(end)

    def __bool__(self) -> bool:
        return bool(self.starts)

    def __contains__(self, at: int) -> bool:
        i = bisect_right(self.starts, at) - 1
        return i >= 0 and at < self.ends[i]


def _alternation(patterns: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


@lru_cache(maxsize=16384)
def _literals(pattern: str) -> tuple[str, ...] | None:
    """Plain words one of which every match of a case-insensitive pattern holds (lower-cased
    ASCII, each at least four characters), or None: a run of plain characters, or the words of
    each branch of a group that every match passes through ("(order|compel|seize)"), whichever
    has the longest shortest word."""
    from re import _constants as c, _parser

    def score(words: tuple[str, ...]) -> tuple[int, int]:
        return min(map(len, words)), -len(words)

    def best_of(items) -> tuple[str, ...] | None:
        found: list[tuple[str, ...]] = []
        run = ""
        for op, arg in [*items, (None, None)]:
            if op is c.LITERAL and arg < 128:
                run += chr(arg).lower()
                continue
            if run:
                found.append((run,))
            run = ""
            inner = None
            if op is c.SUBPATTERN:
                inner = best_of(arg[-1])
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and arg[0] >= 1:
                inner = best_of(arg[2])
            elif op is c.ATOMIC_GROUP:
                inner = best_of(arg)
            elif op is c.BRANCH:
                branches = [best_of(b) for b in arg[1]]
                if all(branches):
                    inner = tuple(dict.fromkeys(w for b in branches for w in b))
            if inner:
                found.append(inner)
        found = [f for f in found if min(map(len, f)) >= 4]
        return max(found, key=score) if found else None

    return best_of(_parser.parse(pattern, re.I))


# The four letters beyond ASCII that a case-insensitive ASCII letter matches (Python's re
# documentation, re.IGNORECASE): a text holding one is searched with the whole alternation.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


class _Screened:
    """An alternation of case-insensitive patterns that tells whether a text matches
    (:meth:`hit`) by running only the patterns whose plain words (:func:`_literals`) the
    lower-cased text holds: a substring test is far cheaper than a search at every position,
    and most clauses hold none of a cue's words. The same answers as the whole alternation's
    search; a text with a letter that folds to ASCII (``_FOLDS_TO_ASCII``) goes to it."""

    def __init__(self, patterns: list[str]):
        self.regex = _alternation(patterns)
        self.parts = [(_literals(p), re.compile(p, re.I)) for p in patterns]

    def span(self, text: str) -> tuple[int, int] | None:
        """Where the first of the patterns that match ``text`` matches (in pattern order), or None."""
        lower = text.lower()
        ascii_text = text.isascii()
        for words, regex in self.parts:
            if words is None or not ascii_text or _holds_one(lower, words):
                m = regex.search(text)
                if m is not None:
                    return m.start(), m.end()
        return None

    def hit(self, text: str, lower: str | None = None) -> bool:
        """Whether the alternation matches ``text`` (``lower``: the text lower-cased, when the
        caller has it)."""
        if not text.isascii() and any(c in text for c in _FOLDS_TO_ASCII):
            return self.regex.search(text) is not None
        if lower is None:
            lower = text.lower()
        for words, regex in self.parts:
            if (words is None or _holds_one(lower, words)) and regex.search(text) is not None:
                return True
        return False


def _may_match(regex: re.Pattern, text: str) -> bool:
    """Whether a case-insensitive expression may match a text: the text holds one of its plain
    words (:func:`_literals`), or a letter that folds to ASCII; False only where it cannot."""
    words = _literals(regex.pattern)
    if words is None or (not text.isascii() and any(c in text for c in _FOLDS_TO_ASCII)):
        return True
    return _holds_one(text.lower(), words)


def _holds_one(lower: str, words: tuple[str, ...]) -> bool:
    """Whether a lower-cased text holds one of the words (a loop, not ``any()`` over a
    generator: this runs for every part of every cue of every clause)."""
    for word in words:
        if word in lower:
            return True
    return False


# "paragraph 5" or "Paragraphs 20 and 21" standing alone: not "sub-paragraph (1)", not "paragraph 2 of
# this article" or "of Article 5" (nor "Article 5, paragraph 2": _ARTICLE_BEFORE).
# (Nor a decimal paragraph, "paragraph 4.4"; nor "paragraphs 1 and 2 of Article 11", "paragraph 6 of
# Annex I"; nor one in the same sentence after an article's number, "Article 2, paragraph 3,
# paragraph 5", "articles 19, paragraph 2; 23, paragraphs 1 to 4".)
_BARE_PARAGRAPH = re.compile(r"(?<![-\w])[Pp]aragraphs?\s+(\d{1,3})\b(?![.,]\d)"
                             r"(?![^.;:]{0,40}?\bof\s+(?:this|that|the|[A-Z]))")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]rticles?|[Aa]rts?\.)\s+\w+[^.;:]{0,50}$|\b\d{1,3}\s*,\s*$")


def _paragraph_units(clauses: list[ClauseLike], flat: list[str], by_article: dict[str, list[int]]) -> bool:
    """Whether the document's articles are numbered paragraphs, told from how it cites them: its
    bare "paragraph N" citations (at least three) name another of its articles more often than a
    paragraph of the citing article ("Paragraph 20" in a memorandum's Paragraph 6, which has no
    paragraph 20; "paragraph 1 (a)" in a resolution's operative paragraph 6, which has no numbered
    paragraphs). In a treaty "paragraph 2" is the citing article's own paragraph 2."""
    paragraphs: dict[str, set[str]] = {}
    for c in clauses:
        p = getattr(c, "paragraph", None)
        if p is not None:
            paragraphs.setdefault(c.article, set()).add(p)
    own = other = 0
    for c, text in zip(clauses, flat):
        if not c.article.isdigit() or "aragraph" not in text:  # (not the recitals, not an annex)
            continue
        for m in _BARE_PARAGRAPH.finditer(text):
            if _ARTICLE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
                continue
            num = m.group(1)
            if num in paragraphs.get(c.article, ()):
                own += 1
            elif num in by_article and num != c.article:
                other += 1
    return other >= 3 and other > own


def unit_reference(ref: CrossReference, model: "DocumentModel | None") -> CrossReference:
    """A cross-reference read in a document whose articles are numbered paragraphs: "paragraph 1
    (a)" (no article named) cites article 1, item (a); other references, and every reference in
    other documents, are returned as they are."""
    if (model is None or not model.paragraph_units or ref.article is not None or ref.paragraph is None
            or ref.paragraph == THIS_PARAGRAPH or ref.text[:4].lower() != "para"):
        return ref
    return dataclasses.replace(ref, article=ref.paragraph, paragraph=None)


# an annex or article headed as a model request form ("ANNEX I – MODEL REQUEST FORM")
_REQUEST_FORM = re.compile(r"\brequest form\b|\bform of (?:a |the )?request\b", re.I)


def _function_unit(c: ClauseLike) -> str:
    """What a clause's function is read with: its article, or the clause alone in a text read paragraph by
    paragraph (no article structure: each paragraph is a unit of its own, "body(7)", not one article)."""
    return c.clause_id if c.article == "body" else c.article


_PARENT = re.compile(r"\([^()]*\)$")  # an item's own enumerator at the end of its clause id: "9(2)(a)" -> "9(2)"


def _cited_lists(clauses, flat: list[str], pattern: re.Pattern) -> set[tuple[str, str]]:
    """The (article, paragraph) pairs the document's own words cite as a list of offences ("an offence
    listed in paragraph (4) of this Article", "the offences referred to in Article 3 (3) a)")."""
    out: set[tuple[str, str]] = set()
    for c, text in zip(clauses, flat):
        if "ffen" not in text and "rime" not in text:  # (a cheap test before the pattern, either case: "Offences ...")
            continue
        for m in pattern.finditer(text):
            article = m.group("article") or m.group("article2") or c.article
            out.add((article, m.group("paragraph") or m.group("paragraph2")))
    return out


def _naming_citation(text: str, accept: Callable[[re.Match], Any], regions: "Regions | None" = None
                     ) -> tuple[tuple[int, int], Any] | None:
    """The first citation of established offences in ``text`` ("the acts referred to in Article 1")
    that ``accept`` gives a value for, and neither describes the persons a measure protects ("the
    object of conduct set forth in article 6") nor stands in an aim: (its span, that value); else None.
    ``regions``: the aims' stretches of the text, when the caller has found them already."""
    for m in _cues().established_citation.finditer(text):
        got = accept(m)
        if got is None or _cues().victims_citation.search(text[max(0, m.end() - 160):m.end()]):
            continue
        if regions is None:
            regions = Regions(text, _cues().aim)
        if m.start() not in regions:
            return (m.start(), m.end()), got
    return None


def _cited_article(m: re.Match, units: bool) -> str | None:
    """The article an ``established_citation`` match cites, in figures ("Five": "5"), or None (a
    "paragraph 5" where ``units`` is false: the document's articles are no numbered paragraphs)."""
    if m.group("unit") and not units:
        return None
    num = m.group("num")
    return num if num[-1:].isdigit() or num[:1].isdigit() else word_number_value(num)  # "5", "II-4", "6a"; "Five": 5


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    with open(config_path("document.toml"), "rb") as f:
        data = tomllib.load(f)
    fn = data["function"]
    return _Cues(
        heading={k: _alternation(v) for k, v in fn["heading"].items()},
        clause={k: _Screened(v) for k, v in fn["clause"].items()},
        definition=re.compile(data["definition"]["pattern"], re.I),
        definition_unquoted=re.compile(data["definition"]["pattern_unquoted"], re.I),
        definition_item=re.compile(data["definition"]["pattern_item"], re.I),
        definition_named=re.compile(data["definition"]["pattern_named"], re.I),
        named_opener=re.compile(data["definition"]["named_opener"], re.I),
        offence_term=re.compile(data["definition"]["offence_term"], re.I),
        offence_body=re.compile(data["definition"]["offence_body"], re.I),
        generic=frozenset(t.lower() for t in data["definition"]["generic_terms"]),
        tier=[(k, _alternation(v)) for k, v in data["definition"]["tier"].items()],
        openers=_alternation(data["offences"]["heading_openers"]),
        relation_opener=re.compile(data["offences"]["relation_opener"], re.I),
        conduct_words=re.compile(data["offences"]["conduct_words"], re.I),
        not_crimes=_alternation(data["offences"]["not_crimes"]),
        phrase=re.compile(data["offences"]["phrase"], re.I),
        named=re.compile(data["offences"]["named"], re.I),
        min_chars=int(data["offences"]["min_chars"]),
        aim=_alternation(data["aim"]["purpose"] + data["aim"]["words"]),
        purpose=_alternation(data["aim"]["purpose"]),
        offence_list=_alternation(data["lists"]["lead_in"]),
        cited_list=re.compile(data["lists"]["cited_list"], re.I),
        request_list=_alternation(data["lists"]["request_contents"]),
        list_back=_alternation(data["lists"]["back_reference"]),
        personal_term=re.compile(data["definition"]["personal_term"], re.I),
        personal_body=re.compile(data["definition"]["personal_body"], re.I),
        personal_not=re.compile(data["definition"]["personal_not"], re.I),
        personal_heading=re.compile(data["definition"]["personal_heading"], re.I),
        data_word=re.compile(data["definition"]["data_word"], re.I),
        victims_citation=re.compile(data["citations"]["victims"], re.I),
        established_citation=re.compile(data["citations"]["established"], re.I),
        own_citation=re.compile(data["citations"]["own_paragraph"], re.I),
        own_citation_not=re.compile(data["citations"]["own_paragraph_not"], re.I),
        recital_need=re.compile(data["recitals"]["need"], re.I),
    )


_HEADING_ORDER = ("final", "institutional", "definition", "criminalisation", "measure", "policy")


def _heading_function(article: str, heading: str) -> str:
    if article == "preamble":
        return "preamble"
    h = " ".join(heading.replace("*", "").split()).strip(" .:")
    return _heading_cue(h)


@lru_cache(maxsize=8192)
def _heading_cue(h: str) -> str:
    """The function a (normalised) heading names, "" for none: headings repeat from treaty to
    treaty ("Entry into force", "Extradition"), so each is read once."""
    cues = _cues()
    for name in _HEADING_ORDER:
        if h and cues.heading[name].search(h):
            if name == "institutional" and cues.heading["body_powers"].search(h):
                return "measure"  # a body's power used in a case
            return name
    return ""  # decided clause by clause


def _part_title(label: str) -> str:
    """The title of a part label ("Chapter III – International co-operation" -> "International co-operation")."""
    for dash in (" – ", " - ", " — ", ": "):
        if dash in label:
            return label.split(dash, 1)[1]
    return ""


def _clause_function(article_function: str, text: str, cues: _Cues, cue=None, heading: str = "") -> str:
    """A clause's function; ``cue(name)`` says whether the clause cue ``name`` matches ``text``
    (a remembered answer), default a search; ``heading`` is its article's."""
    if cue is None:
        def cue(name: str) -> bool:
            return cues.clause[name].hit(text)
    # Personal data or confidential information received under the treaty stay protected after
    # it ends ("Personal data received before the denunciation takes effect shall continue to
    # be protected in accordance with Chapter IV"): the clause binds the transfer, a cooperation
    # measure (codebook, "Measures"), though its article is a final clause.
    if article_function == "final" and cue("received"):
        return "measure"
    if article_function in ("preamble", "final", "institutional"):
        return article_function
    # A term defined in a definitions article by the conduct a criminalisation article
    # establishes ('"money laundering" means the conduct ... made a criminal offence under
    # Article 4') is a definition, not criminalisation.
    if article_function == "definition" and cues.definition.search(text):
        return "definition"
    if cue("criminalisation"):
        return "criminalisation"
    # A term defined within a criminalisation article ('"foreign public official" means ...';
    # 'The offences set out in paragraphs 1 and 2 are together called "foreign bribery"') is a
    # definition: the term's uses elsewhere take its tier. Not the crime the article's heading
    # names ('Article 6. Genocide. For the purpose of this Statute, "genocide" means any of the
    # following acts': the clause establishes the crime).
    if article_function == "criminalisation":
        m = cues.definition.search(text) or cues.definition_named.search(text)
        if m is not None and _crime_words(m.group("term")) != _crime_words(heading):
            return "definition"
    # An article on its scope as well as its terms ("Scope and use of terms", "Definitions and
    # scope"): a clause that defines nothing there states the scope ("This Convention shall apply
    # to trafficking in human organs"), no definition.
    if (article_function == "definition" and _SCOPE_HEADING.search(heading) and not cues.definition_unquoted.search(text)
            and not _DEFINITIONS_LEAD_IN.search(text)):
        return "other"
    if article_function == "definition" or (not article_function and (cues.definition.search(text)
                                                                      or cues.definition_unquoted.search(text)
                                                                      or cues.definition_named.search(text))):
        return "definition"
    if cue("measure") or cue("abroad"):
        return "measure"
    if article_function in ("", "measure") and cue("monitoring"):
        return "monitoring"
    return article_function or "other"


_SCOPE_HEADING = re.compile(r"\bscope\b", re.I)
# An attempt, a conspiracy, an incitement or a complicity whose object follows: the words just
# before a crime's term in an item of a criminalisation clause ("Direct and public incitement to
# commit genocide;", "attempts to commit an act of hostage-taking", "complicity in genocide").
_ANCILLARY = re.compile(
    r"\b(?:(?:attempt(?:s|ing|ed)?|conspir(?:acy|ing|es|e)|incit(?:ement|es|ing|e)(?: others)?|"
    r"solicit(?:s|ing|ation)?(?: others)?|agree(?:s|ing|ment)?)\s+to\s+commit,?|"
    r"(?:conspiracy|agreement)\s+with\s+[^.;]{1,50}?\s+to\s+commit|"
    r"(?:order|solicit|induc|aid|abet|assist|instigat)\w*\b[^.;]{0,60}?\bthe\s+commission\s+of,?|"
    r"(?:complicity|participation|participating|participates)(?:\s+as\s+an\s+accomplice)?\s+in)"
    r"\s+(?:(?:an?|the)\s+(?:act|offence|crime)\s+of\s+)?$", re.I)
# (also "ordering, soliciting or inducing the commission of torture", "aiding ... in the commission of, or
# the attempt to commit, torture", "conspiracy or agreement with one or more other persons to commit torture")
# The words of a request between States ("the requested Party", "shall be surrendered"): a clause
# that holds them is no criminalisation clause establishing offences, whatever its other words.
_REQUEST_WORDS = re.compile(r"\b(?:request(?:ed|ing) (?:state|party|contracting)|surrender(?:ed)?|extradit\w*)\b", re.I)
# "For the purposes of this Convention:", "In this Protocol:", "the following terms are used ...":
# the lead-in of definitions
_DEFINITIONS_LEAD_IN = re.compile(r"^\W*(?:for the purposes? of|in)\b[^.;]{0,60}:\s*$|\bterms?\b[^.;]{0,40}\b(?:mean|used|defined)\b"
                                  # "Save where the context indicates otherwise, the following shall apply for
                                  # the purposes of this Convention:"
                                  r"|^[^.;]{0,80}\bfor the purposes? of (?:this|the present)\b[^.;]{0,30}:\s*$", re.I)
_THIS_ARTICLE = re.compile(r"\bthis article\b", re.I)
# A defined term that names a class of offences by its words ("serious offence", "offence within the
# scope of this Convention"), not a crime ("the crime of apartheid", "foreign bribery").
_CLASS_TERM = re.compile(r"\b(?:offen[cs]es?|crimes?)\b(?!\s+(?:of|against)\b)", re.I)


def _crime_words(name: str) -> tuple[str, ...]:
    """A crime's name compared with another's: lower case, no articles, no plural "s"
    ("Crimes against humanity" and "crime against humanity"; "Bribery of foreign public
    officials" and "bribery of a foreign public official")."""
    words = re.findall(r"\w+", name.replace("*", "").lower())
    return tuple(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words if w not in ("a", "an", "the"))


# A defined term that names a class of crimes in its own words ("crimes of high regional impact",
# "listed offences"), not conduct or an act ("terrorism", "act of violence").
_CLASS_OF_CRIMES = re.compile(r"\b(?:offen[cs]es|crimes)\b", re.I)


def _list_words(body: str) -> str:
    """The first words of a definition that is a lead-in ("the following conduct"), as its evidence."""
    words = re.split(r"[,:;]", body.strip(" \t*_"), maxsplit=1)[0].strip()
    return " ".join(words.split()[:8])


def _definitions(clauses: list[Any], flat: list[str], functions: dict[str, str], cues: _Cues,
                 closed: list[str] | None = None, units: bool = False) -> list[DefinedTerm]:
    """The terms the definition clauses define; ``flat`` holds each clause's flattened text. The
    lead-ins of definitions by a closed list of offences are added to ``closed``. ``units``: the
    document's articles are numbered paragraphs ("for the purposes of paragraph 1" names one)."""
    closed = [] if closed is None else closed
    out: list[DefinedTerm] = []
    seen: set[str] = set()
    for c, text in zip(clauses, flat):
        if functions.get(c.clause_id) != "definition":
            continue
        # (a term defined without quotation marks in an item, or in a numbered paragraph of the definitions
        # article: "6. Covered Offense means conduct that ... constitutes a serious crime")
        m = (cues.definition.search(text) or cues.definition_unquoted.search(text)
             or (cues.definition_item.search(text)
                 if getattr(c, "subparagraph", None) or getattr(c, "paragraph", None) else None))
        if m is not None:
            body = text[m.end():]
        elif (m := cues.definition_named.search(text)) is not None:
            body = text[:m.start()]
            if (opener := cues.named_opener.match(body)) is not None:
                body = body[opener.end():]
        else:
            continue
        # A definition that is a lead-in ('"relevant offences" means:') is defined by its items:
        # the term takes the tier of each of them ("offences established in accordance with the
        # ... Convention": treaty; "offences punishable by ... four years": serious).
        # So is one whose lead-in ends in a colon ('"tax crime" means any conduct ... which:'): its
        # items give the tiers, and an "any" of the lead-in's words is restricted by them.
        lead_in = not body.strip(" \t:;,.-–—") or body.rstrip(" \t*_").endswith(":")
        items = [(i.clause_id, t) for i, t in zip(clauses, flat) if i.clause_id.startswith(c.clause_id + "(")] \
            if lead_in else []
        parts = items or [(c.clause_id, body)]
        if items and body.strip(" \t:;,.-–—"):
            parts = [(c.clause_id, body), *items]
        only_in = _definition_for(text[:m.start()], c.article, units)
        # '"money laundering" and "terrorist financing" mean ...': every term joined before the
        # verb shares the definition.
        for term in [*_joined_terms(text[:m.start("term")]), m.group("term")]:
            term = " ".join(term.split()).strip(" ,;:")
            key = term.lower()
            if len(key) < 3 or key in seen:
                continue
            seen.add(key)
            offence = bool(cues.offence_term.search(term) or any(cues.offence_body.search(t) for _, t in parts))
            # (every tier a part's words give: "the acts specified in the Annex, as well as other
            # acts ... committed with the use of information technologies" is defined and other)
            found = [(where, hit) for where, t in parts for hit in _tiers_of(t, cues)
                     if not (items and where == c.clause_id and hit[0] == "any")] if offence else []
            # each tier once, with the first words that give it and the clause they stand in (an
            # item, for a lead-in: the item carries the tier, the lead-in none)
            tiers = {hit[0]: (where, hit[1]) for where, hit in reversed(found)}
            if not tiers and len(items) >= 2 and _CLASS_OF_CRIMES.search(term):
                # '"crimes of high regional impact" means the following conduct ...:' / "(i) illicit
                # trafficking in narcotic drugs;" / "(ii) ...": a class of offences defined by a closed
                # list the instrument enumerates, its items naming no tier (codebook, "Closed lists")
                tiers = {"defined": (c.clause_id, _list_words(body))}
                closed.append(c.clause_id)
            for name, _ in cues.tier:
                if name in tiers:
                    out.append(DefinedTerm(term, tiers[name][0], c.article, name, offence, tiers[name][1],
                                           only_in=only_in))
            if not tiers:
                # ("personal data" itself is the patterns' to read, with their cancellations)
                # (read in the definition's own words, or its items' when it has none of its own)
                said = [(c.clause_id, body)] if body.strip(" \t:;,.-–—") else parts
                personal = (not offence and bool(cues.personal_term.search(term)) and not _PERSONAL_DATA.fullmatch(term)
                            and any(cues.personal_body.search(t) for _, t in said)
                            and not any(cues.personal_not.search(t) for _, t in said))
                out.append(DefinedTerm(term, c.clause_id, c.article, None, offence, "", personal, only_in))
    return out


_DEFINITION_FOR = re.compile(r"\bfor\s+the\s+purposes?\s+of\s+(?:(?:this|the\s+present)\s+(?P<this>article|paragraph)\b"
                             r"|(?P<head>article|paragraph)\s+(?P<num>\d{1,3})\b(?!\s*(?:\(\w{1,4}\)\s*)?,?\s*of\b))",
                             re.I)


def _definition_for(before: str, article: str, units: bool) -> str | None:
    """The one article a definition is made for, from the words before its term: "For the purposes
    of this article" (or "paragraph": the article), "for the purposes of article 5", and in a
    document whose articles are numbered paragraphs "for the purposes of paragraph 1"; else None."""
    m = _DEFINITION_FOR.search(before)
    if m is None:
        return None
    if m.group("this") or (m.group("head").lower() == "paragraph" and not units):
        return article
    return m.group("num")


# The words the patterns read as personal data themselves (with their cancellations).
_PERSONAL_DATA = re.compile(r"personal\s+(?:data|information)", re.I)


def _tiers_of(text: str, cues: _Cues) -> list[tuple[str, str]]:
    """The tiers a definition's words give its term, each with the words of its cue: the first of
    :data:`_Cues.tier` that matches, and with `other` (offences marked by the means alone) `defined`
    too, or with `defined` `other` too, when both match: "the offences established in accordance
    with Chapter II, as well as any other criminal offence committed by means of a computer system"
    names two classes, as does `treaty` with `defined` in words of their own ("any act referred to in
    Article 4, whether it constitutes an offence within the meaning of one of the instruments listed in
    the Annex or ..."), and any other tier joined to `defined` by words of addition (:data:`_UNION`).
    (Other tiers restrict each other: "any offence punishable by at least four years" is serious, "any
    offence ... that may become the subject of an offence as defined in article 6" is any.)"""
    found = [(name, m) for name, rx in cues.tier if (m := rx.search(text))]
    if not found:
        return []
    hits = [(name, m.group(0)) for name, m in found]
    pair = {"other": "defined", "defined": "other"}.get(hits[0][0])
    if pair is None and _UNION.search(text):
        pair = "defined"  # "the offences listed in Section 4, together with any other offence punishable by ..."
    if hits[0][0] == "treaty":
        # (the instrument's own acts beside another instrument's offences, in words of their own: not
        # "offences established in accordance with the international conventions", nor "as defined in
        # articles 5 to 8 of the Statute")
        t = found[0][1]
        d = next((m for name, m in found if name == "defined"), None)
        apart = d is not None and (d.end() <= t.start() or d.start() >= t.end())
        if apart and not _OF_ANOTHER.match(text, d.end()):
            pair = "defined"
    return [hits[0], *(hit for hit in hits[1:] if hit[0] == pair)]


# After a citation, the words that make it another instrument's ("... Article 7 of the Convention on ...").
_OF_ANOTHER = re.compile(r"[^.;:]{0,30}?\bof\s+(?!this\b|the\s+present\b)(?:the\s+)?[A-Z]")


# Words that add a second class to a definition's first: "the offences listed in Section 4, together
# with any other offence that is punishable ... by at least four years".
_UNION = re.compile(r"\b(?:together with|as well as|in addition to)\b|\b(?:and|or) any other (?:criminal )?(?:offen[cs]es?|crimes?)\b")


# A quoted term joined to the next by "and", "or" or a comma, read backwards from a definition's
# last term: '"money laundering" and "' before 'terrorist financing" mean'.
_JOINED_TERM = re.compile(r"""["“„'‘`]+[\s*_]*(?P<term>[^"“”„'‘’`\n*]{2,80}?)[\s*_]*["”'’]+\s*(?:,\s*(?:and|or)?|and|or)\s*["“„'‘`]*[\s*_]*$""")


def _joined_terms(before: str) -> list[str]:
    """The quoted terms joined, in order, to the defined term that ``before`` precedes."""
    found: list[str] = []
    while (j := _JOINED_TERM.search(before)) is not None:
        found.insert(0, j.group("term"))
        before = before[:j.start()]
    return found


def _offences(clauses: list[Any], flat: list[str], model: DocumentModel, cues: _Cues) -> list[OwnOffence]:
    """The instrument's own crimes; ``flat`` holds each clause's flattened text."""
    out: list[OwnOffence] = []
    seen: set[str] = set()
    headings = {}
    for c in clauses:
        headings.setdefault(c.article, c.heading or "")
    for article in model.criminalisation_articles:
        # A heading that names a measure, a body or a final clause names no crime: an article
        # "Mutual legal assistance" with one clause that establishes an offence does not make
        # assistance a crime.
        if model.article_functions.get(article) in ("measure", "institutional", "final"):
            continue
        h = " ".join((headings.get(article) or "").replace("*", "").split()).strip(" .:")
        if not h or cues.not_crimes.search(h):
            continue
        # A heading that names a policy ("Border measures", whose carriers' sanctions made the
        # article criminalise) names no crime.
        if _heading_cue(h) == "policy":
            continue
        term = cues.openers.sub("", h.lower(), count=1).strip()
        if cues.relation_opener.search(h) and not cues.conduct_words.search(term):
            term = h.lower()  # "offences relating to intercepted material": the object is no crime
        term = re.split(r"\s*[;:(]", term)[0].strip()
        if len(term) >= cues.min_chars and term not in seen:
            seen.add(term)
            out.append(OwnOffence(term, article, "heading"))
            # "Laundering offences": the crime is also named by its conduct ("money laundering").
            conduct = _CONDUCT_HEAD.fullmatch(term)
            if conduct and conduct.group(1) not in seen:
                seen.add(conduct.group(1))
                out.append(OwnOffence(conduct.group(1), article, "heading"))
    for c, text in zip(clauses, flat):
        crim = model.functions.get(c.clause_id) == "criminalisation"
        if not crim and c.article == "preamble":
            continue
        for m in cues.phrase.finditer(text) if _may_match(cues.phrase, text) else ():
            if m.group("term") is not None and not crim:
                continue  # "commits the offence of ..." names an own crime where it is established
            term = " ".join((m.group("term") or m.group("alias")).split()).lower()
            if len(term) >= cues.min_chars and term not in seen:
                seen.add(term)
                out.append(OwnOffence(term, c.article, "criminalisation"))
    for c, text in zip(clauses, flat):
        # offences the instrument names by a term of its own ('... are referred to in this
        # Convention as "acts of aviation sabotage"')
        for m in cues.named.finditer(text) if _may_match(cues.named, text) else ():
            term = " ".join(m.group("term").split()).lower()
            if (len(term) >= cues.min_chars and term not in seen and term not in cues.generic
                    and not any(_compiled(_term_pattern(o.term)).fullmatch(term) for o in out)):
                seen.add(term)
                out.append(OwnOffence(term, c.article, "definition"))
    for t in model.defined_terms:
        if t.tier == "defined" and t.term.lower() not in seen:
            # "'illicit traffic' means the offences set forth in article 3": the term names them.
            seen.add(t.term.lower())
            out.append(OwnOffence(t.term.lower(), t.article, "definition"))
    # A term defined inside a criminalisation article defines an element of the crime its
    # heading names ("Article 7. Crimes against humanity ... 2. (e) 'Torture' means ..."), not a
    # crime of its own: only a term whose definition gives it a tier (above) names offences.
    conduct_terms = [t for t in model.defined_terms if model.article_functions.get(t.article) != "criminalisation"]
    # The texts of the clauses that criminalise. A defined conduct names an own crime only in an
    # instrument that has one: a convention on civil remedies that defines "corruption"
    # establishes no offence, so its term names none (codebook: `defined` is offences the
    # instrument itself establishes).
    made = [text for c, text in zip(clauses, flat) if model.functions.get(c.clause_id) == "criminalisation"]
    for t in conduct_terms if made else ():
        # A defined conduct ("trafficking in persons" shall mean the recruitment ...; "genocide
        # means any of the following acts") that the instrument criminalises: its term names the
        # treaty's own crime where it recurs.
        key = t.term.lower()
        if (t.tier in (None, "defined") and key not in seen and len(key) >= cues.min_chars
                and (_names_conduct(key) or (t.offence and _names_conduct(key, _DEALING)))):
            seen.add(key)
            out.append(OwnOffence(key, t.article, "definition"))
    # A defined term that a criminalisation clause makes an offence ("ensure that enforced
    # disappearance is an offence under its criminal law", "make the offence of enforced
    # disappearance punishable", "establish enforced disappearance as a criminal offence")
    # names the treaty's own crime where it recurs, whatever its words; a term only used there
    # ("committed by a public official") names none.
    made_lower = [text.lower() for text in made]
    folds = any(not text.isascii() and any(ch in text for ch in _FOLDS_TO_ASCII) for text in made)
    for t in conduct_terms:
        key = t.term.lower()
        if t.tier is not None or t.personal or key in seen or key in cues.generic or len(key) < cues.min_chars:
            continue
        term = _term_pattern(t.term)
        # Every match holds the term's plain words: a text without them is not searched, and
        # the expression (slow to compile: the term three times over) is not even made.
        words = _literals(term)
        if not folds and words is not None and not any(_holds_one(text, words) for text in made_lower):
            continue
        offence = _compiled(
            rf"\b{term}\s+(?:is|are|constitutes?|shall\s+(?:constitute|be))\s+(?:an?\s+)?(?:criminal\s+)?offen[cs]es?\b"
            rf"|\boffen[cs]es?\s+of\s+(?:the\s+)?{term}\b"
            rf"|\bestablish(?:es|ed|ing)?\s+{term}\s+as\s+(?:an?\s+)?(?:criminal\s+)?offen[cs]e")
        if any(offence.search(text) for text in made):
            seen.add(key)
            out.append(OwnOffence(key, t.article, "definition"))
    for t in model._established_terms:
        # A class of offences defined in an article whose acts a criminalisation clause makes
        # offences ("'terrorism' means ...", Article 1; "the acts referred to in Article 1 are
        # ... criminal offences", Article 3) is an own crime, whatever else its definition gives.
        if t.term.lower() not in seen:
            seen.add(t.term.lower())
            out.append(OwnOffence(t.term.lower(), t.article, "definition"))
    return out


_CONDUCT = re.compile(r"\b(trafficking|smuggling|laundering|bribery|corruption|terroris[mt]|hostage|piracy|"
                      r"torture|genocide|exploitation|forgery|fraud|theft|manufacturing|prostitution|pornography|"
                      r"sale(?= of (?:children|persons|human beings|women)\b))\b", re.I)


# A heading "<conduct> offences" whose first words name the conduct by a gerund or a crime noun.
_CONDUCT_HEAD = re.compile(r"((?:[a-z-]+ )?(?:[a-z-]+ing|bribery|corruption|torture|genocide|piracy|fraud|forgery|theft))"
                           r" (?:offen[cs]es?|crimes?)")


# What may follow a conduct word that is the head of a term: nothing, its object ("trafficking
# in persons", "smuggling of migrants") or the rest of a compound ("hostage-taking").
_CONDUCT_HEAD_REST = re.compile(r"\s*$|\s+(?:of|in|against|with|by)\b|[\s-]taking\b", re.I)


# A dealing is a conduct where its definition makes it an offence or prohibited conduct ('"illicit
# trade" means any practice or conduct prohibited by law ...', "slave trade"), not otherwise
# ("trade in services").
_DEALING = re.compile(r"\b(trade|traffic)\b", re.I)
_JOINED = re.compile(r"\s+(?:and|or)\s+", re.I)  # terms joined into one ("... and sexual abuse of children")


def _names_conduct(term: str, words: re.Pattern = _CONDUCT) -> bool:
    """Whether a defined term names a conduct: a conduct word is its head ("money laundering",
    "trafficking in persons", "hostage-taking"), not a word that qualifies an object
    ("manufacturing equipment", "exploitation rights"; codebook, "Criminalisation": the
    "manufacture of equipment listed in Table I" names no offence). Each of the terms joined by
    "and" or "or" is read so ("sexual exploitation and sexual abuse of children")."""
    return any(_CONDUCT_HEAD_REST.match(part, m.end())
               for part in _JOINED.split(term) for m in words.finditer(part))


# A run of whitespace that is not one space: a character of whitespace other than a space and
# what follows it, or a space and more (a run of one space is left as it is, a run of any other
# whitespace is one space: the same text as replacing every run of ``\s+``, with fewer pieces).
_SPACE = re.compile(r"[^\S ]\s*| \s+")


def _flat(text: str) -> str:
    """A clause's text with every run of whitespace as one space: the cues read the words,
    not where a line was broken (a draft hard-wrapped at 60 columns reads the same)."""
    return _SPACE.sub(" ", text)


def _unflat_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of ``text`` that ``[start, end)`` of ``_flat(text)`` stands for (None when it is out of range)."""
    at: list[int] = []  # the position in ``text`` of each character of ``_flat(text)``
    last = 0
    for m in _SPACE.finditer(text):
        at.extend(range(last, m.start()))
        at.append(m.start())
        last = m.end()
    at.extend(range(last, len(text)))
    if not 0 <= start < end <= len(at):
        return None
    return at[start], at[end - 1] + 1


_ARTICLES = frozenset({"a", "an", "the"})


@lru_cache(maxsize=16384)
def _compiled(pattern: str) -> re.Pattern:
    """A case-insensitive pattern, compiled once per process: documents repeat each other's
    terms ("money laundering", "the offence"), more of them than ``re``'s own cache keeps."""
    return re.compile(pattern, re.I)


def _term_re(term: str) -> re.Pattern:
    """A defined or crime term as a whole-word, case-insensitive pattern (:func:`_term_pattern`)."""
    return _compiled(r"\b" + _term_pattern(term) + r"\b")


def _term_pattern(term: str) -> str:
    """A defined or crime term as a pattern: any spacing, each word in the singular or the
    plural, an article or none between words ("bribery of foreign public officials", a
    heading, names the crime that "bribery of a foreign public official" commits). An
    article that opens the term stays required: "the offence", an aviation convention's
    name for its own crime, is not "an offence"."""
    given = term.split()
    words = given[:1] + [w for w in given[1:] if w.lower() not in _ARTICLES]
    parts = []
    for w in words:
        stem = w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) else w
        parts.append(re.escape(stem) + (r"(?:e?s)?" if stem[-1:].isalpha() else ""))
    pattern = r"\s+(?:(?:an?|the)\s+)?".join(parts)
    # "illicit trafficking" is also what "illicitly trafficked" firearms underwent
    adverb = _ADVERB_CRIME.fullmatch(term.strip())
    if adverb:
        pattern = rf"(?:{pattern}|{adverb.group(1)}ly\s+{re.escape(adverb.group(2))}ed)"
    return pattern


# A crime named by an adjective and a verbal noun ("illicit manufacturing", "unlawful trafficking").
_ADVERB_CRIME = re.compile(r"(illicit|illegal|unlawful)\s+(\w{3,})ing", re.I)


# Words of a name that may stand lower-case inside it ("Protocol to Prevent ... Trafficking in Persons").
_NAME_JOINERS = frozenset(("of", "in", "and", "the", "a", "an", "on", "against", "for", "to", "at"))
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'-]*[^\S\n]*$")
_CAPITAL_AFTER = re.compile(r"[^\S\n]*[A-Z][\w'-]*")


def in_a_name(text: str, m: re.Match) -> bool:
    """Whether the match ``m`` of a term (a crime or a defined term) in ``text`` is words of a proper
    name, not a use of the term: each of its words capitalised, inside a run of capitalised words that goes
    on after it or began before it mid-sentence ("the Regional Fisheries Crime Coordination Centre", where
    "fisheries crime" is defined). The start of a sentence or a heading is no name."""
    words = m.group().split()
    if not all(w[:1].isupper() for w in words if w.lower() not in _NAME_JOINERS) or not words[0][:1].isupper():
        return False
    if _CAPITAL_AFTER.match(text, m.end()):
        return True
    before = _CAPITAL_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if before is None:
        return False
    ahead = text[:before.start()].rstrip()
    return bool(ahead) and ahead[-1] not in ".:;!?\"“(["


def cites_victims(before: str) -> bool:
    """Whether a citation that follows the words ``before`` names the victims of the cited
    offences ("persons who have been the object of conduct set forth in" article 6), not a scope
    of offences (the gold's smuggling protocol: such clauses are no `defined`)."""
    return _cues().victims_citation.search(_flat(before[-120:])) is not None


def build_model(clauses: Iterable[ClauseLike]) -> DocumentModel:
    """The document model of one document's clauses (see :class:`DocumentModel`)."""
    return DocumentModel.build(clauses)


__all__ = ["DocumentModel", "ClausePlace", "ClauseFacts", "DefinedTerm", "OwnOffence", "Part", "FUNCTIONS", "build_model",
           "cites_victims", "states_a_need"]
