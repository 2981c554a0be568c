"""Inheritance through cross-references.

A clause that subjects itself to other provisions ("subject to Articles 14 and 15", "the
grounds contained in article 40, paragraph 21") inherits their labels. Resolution
follows such references transitively, stops at cycles, and records for every inherited
label the path of clause ids it came by.
"""

from __future__ import annotations

from collections import deque
from dataclasses import replace

from .types import THIS_PARAGRAPH, CrossReference, Inherited, LabelledClause, RefKind, article_key


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


def resolve(clauses: list[LabelledClause], *, max_depth: int = 25) -> list[LabelledClause]:
    """Compute each clause's inherited labels from its ``subject_to`` references.

    Takes a document's labelled clauses (references already absolute); sets
    ``inherited`` on each and returns the same list. Cycles are safe: a clause is visited
    once per source clause; depth is capped at ``max_depth``. A label held by several
    target clauses is recorded once for each, with the shortest path to it.
    """
    index = ProvisionIndex(clauses)
    for lc in clauses:
        if lc.clause.skipped:
            lc.inherited = []
            continue
        own = set(lc.labels)
        seen_clauses = {lc.clause.clause_id}
        inherited: dict[tuple[str, str], Inherited] = {}
        queue: deque[tuple[LabelledClause, tuple[str, ...]]] = deque([(lc, (lc.clause.clause_id,))])
        while queue:
            current, path = queue.popleft()
            if len(path) > max_depth:
                continue
            for ref in current.references:
                if ref.kind != RefKind.SUBJECT_TO:
                    continue
                for target in index.targets(ref):
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
    return clauses
