"""Why a treaty's clauses got their labels: the document model and, per label, its reasons.

``treatyscope explain FILE [ARTICLE]`` prints what :mod:`treatyscope.docmodel` read from the
whole document (its parts, criminalisation articles, own offences, defined terms with their
tiers, each article's function) and, for the clauses of one article (or all), each label
with its source (the patterns' words, or the classifier), its evidence and what the
evidence rests on, the features that weighed most for it, and the document facts the
clause draws on.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language

from .docmodel import DocumentModel, build_model
from .features import clause_facts, clause_features, frame
from .pipeline import labelled_clause, make_docs
from .resolve import resolve
from .segment import segment_document
from .types import Document, LabelledClause


@dataclass
class ClauseExplanation:
    """One clause: its function and document facts, and each label's evidence and reasons."""

    clause: LabelledClause
    function: str
    facts: dict[str, Any]
    reasons: dict[str, list[tuple[str, float]]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lc = self.clause
        labels = []
        for label in lc.labels:
            ev = [e for e in lc.evidence if e.label == label]
            labels.append({
                "label": label,
                "source": ev[0].source.value if ev and hasattr(ev[0].source, "value") else (ev[0].source if ev else None),
                "score": lc.scores.get(label),
                "evidence": [{"text": e.text, "start": e.start, "end": e.end, "polarity": e.polarity,
                              **({"basis": e.basis} if e.basis else {})} for e in ev],
                "reasons": [{"feature": n, "weight": w} for n, w in self.reasons.get(label, [])],
            })
        return {"clause_id": lc.clause.clause_id, "article": lc.clause.article, "function": self.function,
                "facts": self.facts, "labels": labels,
                "references": [r.to_dict() for r in lc.references]}


@dataclass
class Explanation:
    """A document's model and the explained clauses of the article asked for (or all)."""

    doc_id: str
    model: DocumentModel
    clauses: list[ClauseExplanation]

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "document": self.model.to_dict(),
                "clauses": [c.to_dict() for c in self.clauses]}


def explain(document: Document, nlp: Language, article: str | None = None) -> Explanation:
    """Label ``document`` with ``nlp`` and explain the clauses of ``article`` (all when None).

    Raises :class:`ValueError` when the document has no article ``article``.
    """
    # The clauses label_document labels (English, no title lines), run through the pipeline once:
    # the same docs give the labels and the features the reasons are read from.
    clauses = [c for c in segment_document(document).clauses if not c.skipped and c.kind != "title"]
    model = build_model(clauses)
    wanted = [c for c in clauses if article is None or c.article == article]
    if article is not None and not wanted:
        known = ", ".join(dict.fromkeys(c.article for c in clauses))
        raise ValueError(f"no article {article} in {document.doc_id} (articles: {known})")
    docs = list(nlp.pipe(make_docs(nlp, clauses, document=model)))
    labelled = [labelled_clause(c, d) for c, d in zip(clauses, docs)]
    resolve(labelled)
    keep = {c.clause_id for c in wanted}
    chosen = [lc for lc in labelled if lc.clause.clause_id in keep]
    rows = {c.clause_id: (clause_features(d), clause_facts(d)) for c, d in zip(clauses, docs)}
    classifier = _classifier_model(nlp)
    reasons: dict[str, dict[str, list[tuple[str, float]]]] = {}
    if classifier is not None and chosen:
        ids = [lc.clause.clause_id for lc in chosen]
        for cid, r in zip(ids, classifier.reasons(frame([rows[cid][0] for cid in ids]))):
            reasons[cid] = r
    out = []
    for lc in chosen:
        cid = lc.clause.clause_id
        facts = rows[cid][1]
        out.append(ClauseExplanation(
            lc, facts.function if facts else model.functions.get(cid, "other"), _facts_dict(facts),
            {lab: reasons.get(cid, {}).get(lab, []) for lab in lc.labels}))
    return Explanation(document.doc_id, model, out)


def _facts_dict(facts) -> dict[str, Any]:
    if facts is None:
        return {}
    return {
        "defined_terms": [t.to_dict() for t in facts.defined_terms],
        "own_offences": [o.to_dict() for o in facts.own_offences],
        "cited_criminalisation": list(facts.cited_criminalisation),
        "lead_in_labels": list(facts.lead_in_labels),
        "aim_terms": list(facts.aim_terms),
        "list_item": facts.list_item,
        "establishes": list(facts.establishes) if facts.establishes is not None else None,
        "ancillary": list(facts.ancillary) if facts.ancillary is not None else None,
        "defines": facts.defines.to_dict() if facts.defines is not None else None,
        "personal_terms": [t.to_dict() for t in facts.personal_terms],
    }


def _classifier_model(nlp: Language):
    for name in nlp.pipe_names:
        if nlp.get_pipe_meta(name).factory == "treatyscope_classifier":
            return getattr(nlp.get_pipe(name), "model", None)
    return None


def render(explanation: Explanation, console) -> None:
    """Print an explanation for people (rich)."""
    from rich.markup import escape

    from .display import terminal_safe

    m = explanation.model
    console.print(f"[bold]{escape(terminal_safe(explanation.doc_id))}[/bold]: what the document says about itself")
    if m.parts:
        console.print("[bold]Parts[/bold]")
        for p in m.parts:
            arts = p.articles
            span = f"articles {arts[0]}–{arts[-1]}" if len(arts) > 1 else f"article {arts[0]}"
            console.print(f"  {escape(p.label)}: {span}")
    console.print("[bold]Criminalisation articles[/bold]: " + (", ".join(m.criminalisation_articles) or "none found"))
    if m.offence_articles:
        console.print("[bold]Articles whose acts it makes offences[/bold]: " + ", ".join(m.offence_articles))
    console.print("[bold]Own offences[/bold]: " + ("; ".join(
        f"{escape(o.term)} (article {o.article}, {o.source})" for o in m.offences) or "none found"))
    tiered = [t for t in m.defined_terms if t.tier]
    console.print("[bold]Defined terms with a tier[/bold]: " + ("; ".join(
        f"\"{escape(t.term)}\" → {t.tier} (article {t.article}: {escape(t.words)}"
        f"{f'; for article {t.only_in} only' if t.only_in else ''})" for t in tiered) or "none"))
    personal = [t for t in m.defined_terms if t.personal]
    if personal:
        console.print("[bold]Terms for personal data[/bold]: " + "; ".join(
            f"\"{escape(t.term)}\" (article {t.article}, {escape(t.clause_id)})" for t in personal))
    others = [t.term for t in m.defined_terms if not t.tier]
    if others:
        console.print("[bold]Other defined terms[/bold]: " + escape(", ".join(others)))
    console.print("[bold]Article functions[/bold]: " + escape(", ".join(
        f"{a}: {f or '-'}" for a, f in m.article_functions.items())))
    for ce in explanation.clauses:
        d = ce.to_dict()
        console.print()
        console.print(f"[bold]{escape(d['clause_id'])}[/bold] ({d['function']})")
        facts = d["facts"]
        notes = []
        if facts.get("defined_terms"):
            notes.append("uses defined terms " + ", ".join(f"\"{t['term']}\" ({t['tier']})" for t in facts["defined_terms"]))
        if facts.get("own_offences"):
            notes.append("names own offences " + ", ".join(o["term"] for o in facts["own_offences"]))
        if facts.get("cited_criminalisation"):
            notes.append("cites criminalisation articles " + ", ".join(facts["cited_criminalisation"]))
        if facts.get("lead_in_labels"):
            notes.append("lead-in has " + ", ".join(facts["lead_in_labels"]))
        if facts.get("aim_terms"):
            notes.append("uses only inside an aim (no tier) " + ", ".join(f"\"{t}\"" for t in facts["aim_terms"]))
        if facts.get("establishes"):
            notes.append("establishes offences (a criminalisation clause)")
        if facts.get("ancillary"):
            notes.append("names an own offence as the object of an attempt, conspiracy, incitement or complicity")
        if facts.get("list_item"):
            notes.append(f"an item of the closed list of offences that {facts['list_item']} enumerates")
        if facts.get("defines"):
            notes.append(f"defines \"{facts['defines']['term']}\", a class of offences ({facts['defines']['tier']})")
        for n in notes:
            console.print(f"  document: {escape(n)}")
        if not d["labels"]:
            console.print("  no labels")
        for lab in d["labels"]:
            score = f" p={lab['score']:.2f}" if lab["score"] is not None else ""
            console.print(f"  [bold]{lab['label']}[/bold] from {lab['source']}{score}")
            for e in lab["evidence"]:
                pol = f" [{e['polarity']}]" if e.get("polarity") else ""
                console.print(f"    words: \"{escape(e['text'])}\"{pol}")
                if e.get("basis"):
                    console.print(f"    rests on: {escape(e['basis'])}")
            if lab["reasons"]:
                console.print("    weighed most: " + escape("; ".join(
                    f"{r['feature']} ({r['weight']:+.2f})" for r in lab["reasons"])))
        for (kind, text), count in _grouped_references(d["references"]):
            many = f" ({count} provisions)" if count > 1 else ""
            console.print(f"  reference ({kind}): \"{escape(text)}\"{many}")


def _grouped_references(references: list[dict]) -> list[tuple[tuple[str, str], int]]:
    """The references of a clause as printed: one line per cited span and kind, with how many
    provisions it points to ("Articles 1 to 31" is one span that points to thirty-one articles)."""
    counts = Counter((r["kind"], r["start"], r["end"], r["text"]) for r in references)
    return [((kind, text), n) for (kind, _, _, text), n in counts.items()]


__all__ = ["explain", "render", "Explanation", "ClauseExplanation"]
