"""Inheritance through cross-references, and reach.

A clause that subjects itself to other provisions ("subject to Articles 14 and 15", "the
grounds contained in article 40, paragraph 21") inherits their labels. Resolution
follows such references transitively, stops at cycles, and records for every inherited
label the path of clause ids it came by (kind ``reference``).

A clause that states conditions or a scope for a whole part of the instrument ("the powers
and procedures provided for in this chapter are subject to ...", "This Convention shall
apply to ...") has a *reach*: its labels arrive at every measure of that part and at
nothing outside it (kind ``reach``, with the part's name). The parts are the document's
chapters, sections, parts and titles, read from the headings the segmenter keeps in each
clause's ``context`` (:func:`document_parts`, the one place that knows the structure). A
measure that states its own scope keeps it: tiers arriving by reach at such a measure, or at
an article the reach clause excepts ("Except as provided otherwise in article 21"), record
the clauses of the measure's own scope in ``limited_by``, and both are shown.
"""

from __future__ import annotations

import re
import tomllib
from collections import deque
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable

from .paths import config_path
from .types import (THIS_PARAGRAPH, TIERS, ArticleView, CrossReference, Inherited, InheritKind, LabelledClause,
                    RefKind, article_key)


class ProvisionIndex:
    """Finds the English clauses a reference points to within one document."""

    def __init__(self, clauses: list[LabelledClause]):
        self.by_article: dict[str, list[LabelledClause]] = {}
        for lc in clauses:
            c = lc.clause
            if c.skipped or c.article == "preamble":
                continue
            # The first (English) occurrence of an article number is the one referred to.
            key = article_key(c)
            if "@" in key:
                continue
            self.by_article.setdefault(c.article, []).append(lc)

    def targets(self, ref: CrossReference) -> list[LabelledClause]:
        """The clauses a resolved (absolute) reference designates; empty when none exist."""
        if ref.external or ref.article is None:
            return []
        found = self.by_article.get(ref.article, [])
        if ref.paragraph:
            found = [lc for lc in found if lc.clause.paragraph == ref.paragraph]
        if ref.subparagraph:
            sub = ref.subparagraph
            found = [lc for lc in found if lc.clause.subparagraph and
                     (lc.clause.subparagraph == sub or lc.clause.subparagraph.startswith(sub + ".")
                      or lc.clause.subparagraph.endswith("." + sub))]
        return found


def absolute(ref: CrossReference, clause_article: str, clause_paragraph: str | None) -> CrossReference:
    """Fill in "this article" and "this paragraph" from the referring clause."""
    article = ref.article if ref.article is not None else clause_article
    paragraph = ref.paragraph
    if paragraph == THIS_PARAGRAPH:
        paragraph = clause_paragraph
    return replace(ref, article=article, paragraph=paragraph)


def resolve(clauses: list[LabelledClause], *, max_depth: int = 25,
            is_measure: Callable[[ArticleView], bool] | None = None) -> list[LabelledClause]:
    """Compute each clause's inherited labels: through ``subject_to`` references, then by reach.

    Takes a document's labelled clauses (references already absolute) and optionally the
    test that tells a measure (default: :func:`treatyscope.measures.is_measure` with
    ``configs/measures.json``); sets ``inherited`` on each clause and returns the same list.
    Cycles are safe: a clause is visited once per source clause; depth is capped at
    ``max_depth``. A label held by several target clauses is recorded once for each, with the
    shortest path to it. Labels that arrive by reach are recorded on the first clause of each
    measure the reach covers (see :func:`reaches`).
    """
    index = ProvisionIndex(clauses)
    # What a clause refers to (its signature): two clauses with the same references lead to
    # the same clauses, so in one search only the first of them reached is followed (it is
    # reached first, by the shortest path: the others would add nothing). A group of targets
    # is read as its labelled clauses and the first clause of each signature in it, so a
    # search costs the references it follows, not the clauses behind them (800 paragraphs
    # each "subject to articles 1 to 200" took minutes).
    numbers: dict[tuple, int] = {}  # each signature by a number (a long tuple hashes slowly)
    signature = {id(lc): numbers.setdefault(_signature(lc), len(numbers)) for lc in clauses}
    groups: dict[tuple, list[LabelledClause]] = {}

    def group(ref: CrossReference) -> list[LabelledClause]:
        key = (ref.article, ref.paragraph, ref.subparagraph)
        found = groups.get(key)
        if found is None:
            found, sigs = [], set()
            for target in index.targets(ref):
                sig = signature[id(target)]
                if target.labels or sig not in sigs:
                    found.append(target)
                    sigs.add(sig)
            groups[key] = found
        return found

    for lc in clauses:
        if lc.clause.skipped:
            lc.inherited = []
            continue
        own = set(lc.labels)
        seen_clauses = {lc.clause.clause_id}
        followed: set[int] = set()
        inherited: dict[tuple[str, str], Inherited] = {}
        queue: deque[tuple[LabelledClause, tuple[str, ...]]] = deque([(lc, (lc.clause.clause_id,))])
        while queue:
            current, path = queue.popleft()
            if len(path) > max_depth:
                continue
            sig = signature[id(current)]
            if sig in followed:
                continue
            followed.add(sig)
            for ref in current.references:
                if ref.kind != RefKind.SUBJECT_TO:
                    continue
                for target in group(ref):
                    tid = target.clause.clause_id
                    if tid in seen_clauses:
                        continue
                    seen_clauses.add(tid)
                    tpath = path + (tid,)
                    for label in target.labels:
                        if label not in own:
                            # One entry per label and holding clause, by its shortest path.
                            inherited.setdefault((label, tid), Inherited(label, tpath))
                    queue.append((target, tpath))
        lc.inherited = list(inherited.values())
    apply_reach(clauses, is_measure=is_measure)
    return clauses


def _signature(lc: LabelledClause) -> tuple:
    """The targets of a clause's ``subject_to`` references, in order (what a search follows from it)."""
    return tuple((r.article, r.paragraph, r.subparagraph) for r in lc.references
                 if r.kind == RefKind.SUBJECT_TO and not r.external and r.article is not None)


# --- the document's parts -------------------------------------------------------------------

PART_KINDS = ("part", "chapter", "title", "section")
INSTRUMENT_WORDS = ("convention", "protocol", "agreement", "treaty")


def document_parts(clause) -> dict[str, tuple[str, ...]]:
    """The parts a clause lies in, by kind: ``{"chapter": ("CHAPTER III – ...",), ...}``.

    A part is the chain of headings from the top of the document down to it (the clause's
    ``context`` cut after the heading of that kind), so two chapters with the same number in
    two parts stay apart; ``"instrument"`` is the empty chain, the whole document. This is the
    only function that reads the document's structure for reach.
    """
    parts: dict[str, tuple[str, ...]] = {"instrument": ()}
    for i, heading in enumerate(clause.context):
        word = heading.split(None, 1)[0].lower().rstrip(".") if heading.strip() else ""
        if word in PART_KINDS:
            parts[word] = tuple(clause.context[: i + 1])
    return parts


def part_name(kind: str, part: tuple[str, ...]) -> str:
    """How a part is called in a table: its heading, or "the whole instrument"."""
    return part[-1] if part else "the whole instrument"


def within(clause, part: tuple[str, ...]) -> bool:
    """True when a clause lies inside a part (every clause lies inside the whole instrument)."""
    return tuple(clause.context[: len(part)]) == part


# --- reach -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reach:
    """A clause that states conditions or a scope for a part, and the clauses whose labels reach.

    ``holders`` are the reach clause, its items and tail, and the later paragraphs of its
    article that continue it ("Such conditions and safeguards shall include ...").
    ``excepted`` are the article numbers of "except as provided otherwise in article N".
    ``only``, for a clause that binds the instrument's obligations rather than its measures,
    are the labels that reach (human rights); ``None``: all.
    """

    clause_id: str
    article_key: str
    kind: str
    part: tuple[str, ...]
    holders: tuple[LabelledClause, ...]
    excepted: tuple[str, ...] = ()
    only: frozenset[str] | None = None

    @property
    def name(self) -> str:
        return part_name(self.kind, self.part)

    def carries(self, label: str) -> bool:
        """True when a label of the holders reaches the measures."""
        return self.only is None or label in self.only

    def covers(self, article: ArticleView) -> bool:
        """True when a measure lies inside the part (the reach's own article is never covered)."""
        return article.key != self.article_key and within(article.clauses[0].clause, self.part)


@dataclass(frozen=True)
class ReachStatement:
    """What a reach clause says: the kind of part it names, and whether it binds obligations only."""

    kind: str
    obligations: bool


@dataclass(frozen=True)
class ReachGrammar:
    part: re.Pattern
    subject: re.Pattern
    scope: re.Pattern
    paragraph: re.Pattern
    continues: re.Pattern
    excepted: re.Pattern
    obligations: frozenset[str]
    obligation_labels: frozenset[str]
    window: int

    def search(self, text: str) -> ReachStatement | None:
        """The reach a clause states, if any: "this chapter" after a subject, or a scope clause."""
        low = text.lower()
        # Most clauses name no part at all: a substring test is far cheaper than the expression.
        if "this " not in low and "present " not in low:
            return None
        for m in self.part.finditer(text):
            word = m.group("part").lower()
            kind = "instrument" if word in INSTRUMENT_WORDS else word
            before = self.subject.search(text, max(0, m.start() - self.window), m.start())
            if before:
                return ReachStatement(kind, before.group("subject").lower() in self.obligations)
            # A scope clause opens with the part's name: "This Convention shall apply to ...".
            if m.start() < 8 and self.scope.match(text):
                return ReachStatement(kind, False)
        return None


@lru_cache(maxsize=1)
def reach_grammar() -> ReachGrammar:
    """The reach expressions of ``configs/references.toml``."""
    with open(config_path("references.toml"), "rb") as f:
        g = tomllib.load(f)
    return ReachGrammar(re.compile(g["reach_part"], re.I), re.compile(g["reach_subject"], re.I),
                        re.compile(g["reach_scope"], re.I), re.compile(g["reach_paragraph"], re.I),
                        re.compile(g["reach_continues"]), re.compile(g["reach_except"]),
                        frozenset(g["reach_obligations"]), frozenset(g["reach_obligation_labels"]),
                        int(g.get("window", 80)))


def _group_articles(clauses: list[LabelledClause]) -> list[ArticleView]:
    views: list[ArticleView] = []
    for lc in clauses:
        key = article_key(lc.clause)
        if not views or views[-1].key != key:
            views.append(ArticleView(key=key, clauses=[]))
        views[-1].clauses.append(lc)
    return views


def _under(lc: LabelledClause, article: ArticleView) -> list[LabelledClause]:
    """A paragraph's own clause with its items and tail (an item alone when it is one)."""
    c = lc.clause
    if c.subparagraph is not None:
        return [lc]
    return [x for x in article.clauses if x.clause.paragraph == c.paragraph]


def reaches(clauses: list[LabelledClause]) -> list[Reach]:
    """Every reach stated in a document's English articles, in text order."""
    g = reach_grammar()
    out: list[Reach] = []
    for article in _group_articles(clauses):
        if article.article == "preamble" or article.language != "en":
            continue
        found: list[Reach] = []
        taken: set[str] = set()
        for lc in article.clauses:
            c = lc.clause
            if c.clause_id in taken:
                continue
            kind, only = None, None
            stated = g.search(c.text)
            if stated:
                kind = stated.kind
                part = document_parts(c).get(kind)
                only = g.obligation_labels if stated.obligations else None
            elif found and "paragraph" in c.text:
                pm = g.paragraph.search(c.text)
                earlier = [r for r in found if pm and r.clause_id.startswith(f"{article.key}({pm.group('paragraph')})")]
                if earlier:
                    kind, part, only = earlier[0].kind, earlier[0].part, earlier[0].only
            if kind is None or part is None:
                continue  # no reach, or "this chapter" in a document without chapters
            holders = _under(lc, article)
            # Later paragraphs that continue this one ("Such conditions ...", "these powers").
            for later in article.clauses[article.clauses.index(lc) + 1:]:
                lcl = later.clause
                if (lcl.subparagraph is None and lcl.paragraph != c.paragraph
                        and not g.search(lcl.text) and g.continues.search(lcl.text)):
                    holders += [h for h in _under(later, article) if h not in holders]
            taken.update(h.clause.clause_id for h in holders)
            ex = g.excepted.search(c.text)
            excepted = tuple(re.findall(r"\d{1,3}(?:\s?bis)?", ex.group("articles"))) if ex else ()
            found.append(Reach(c.clause_id, article.key, kind, part, tuple(holders), excepted, only))
        out.extend(found)
    return out


def _default_is_measure() -> Callable[[ArticleView], bool]:
    from .measures import is_measure, load_measure_config

    config = load_measure_config()
    return lambda article: is_measure(article, config)


def apply_reach(clauses: list[LabelledClause], *, is_measure: Callable[[ArticleView], bool] | None = None) -> None:
    """Add the labels that arrive by reach to the first clause of every measure a reach covers.

    Each arrives with kind ``reach``, the part's name, and the path from the measure's first
    clause to the clause holding the label (through the holder's own references, if that
    is how the holder has it). Tiers arriving at a measure that states its own scope, or at
    an article the reach excepts, record the measure's own scope clauses in ``limited_by``.
    """
    # A reach whose clauses carry no label it passes on changes nothing.
    found = [r for r in reaches(clauses) if any(r.carries(label) for h in r.holders
                                                 for label in (*h.labels, *(i.label for i in h.inherited)))]
    if not found:
        return
    is_measure = is_measure or _default_is_measure()
    for article in _group_articles(clauses):
        if (article.article == "preamble" or article.language != "en"
                or not any(r.covers(article) for r in found) or not is_measure(article)):
            continue
        first = article.clauses[0]
        own_scope = tuple(lc.clause.clause_id for lc in article.clauses if lc.tiers)
        have = {(i.label, i.path[-1], i.kind) for i in first.inherited}
        for r in found:
            if not r.covers(article):
                continue
            limited = own_scope or ((article.key,) if article.article in r.excepted else ())
            for h in r.holders:
                arrivals = [(label, (h.clause.clause_id,)) for label in h.labels]
                arrivals += [(i.label, i.path) for i in h.inherited if i.kind == InheritKind.REFERENCE]
                for label, tail in arrivals:
                    key = (label, tail[-1], InheritKind.REACH)
                    # A label the measure states itself arrives too: both are shown.
                    if key in have or not r.carries(label):
                        continue
                    have.add(key)
                    first.inherited.append(Inherited(
                        label, (first.clause.clause_id,) + tail, InheritKind.REACH, r.name,
                        limited if label in TIERS else ()))
