"""The whole path from a file or text to labelled clauses.

``ingest`` → ``segment`` → ``extract`` (spaCy patterns, and the classifier when the
pipeline has one) → ``resolve``. Only English clauses are run through spaCy; the rest are
kept, unlabelled, with their language.
"""

from __future__ import annotations

import os
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .extract import EVIDENCE_KEY, TEXT_KEY, load_pipeline
from .ingest import read_document
from .resolve import absolute, resolve
from .segment import chapeau_id, segment_document
from .types import SAFEGUARDS, TIERS, Clause, CrossReference, Document, Evidence, LabelledClause, LabelledDocument

if not Doc.has_extension("labels"):
    # Set by the classifier component: {label: (score, source)} for the labels it decides.
    Doc.set_extension("labels", default=None)


def make_docs(nlp: Language, clauses: list[Clause], among: list[Clause] | None = None) -> list[Doc]:
    """spaCy docs for clauses, with the article heading and chapeau as context in ``user_data``
    (the chapeau looked up among ``among``, default the clauses themselves)."""
    by_id = {c.clause_id: c for c in (clauses if among is None else among)}
    docs = []
    for c in clauses:
        d = nlp.make_doc(c.text)
        d.user_data[TEXT_KEY] = c.text
        d.user_data["heading"] = c.heading or ""
        parent = by_id.get(chapeau_id(c)) if c.subparagraph else None
        d.user_data["chapeau"] = parent.text if parent is not None else ""
        d.user_data["context"] = " ".join(c.context)
        docs.append(d)
    return docs


def labelled_clause(clause: Clause, doc: Doc) -> LabelledClause:
    """Read a processed spaCy doc back into a :class:`LabelledClause` (document offsets)."""
    off = clause.start
    evidence = [
        Evidence(span.label_, span.start_char + off, span.end_char + off, span.text,
                 span._.polarity if span.label_ in SAFEGUARDS else None, "pattern")
        for span in doc.spans.get(EVIDENCE_KEY, [])
    ]
    decided = doc._.labels
    if decided is None:
        labels = {e.label for e in evidence}
    else:
        labels = set(decided)
        evidence = [e for e in evidence if e.label in labels]
        for label, (_, source, words) in decided.items():
            if source == "classifier" and not any(e.label == label for e in evidence):
                # The n-gram that weighed most; failing that, the clause as a whole.
                s, e = words or (0, len(clause.text))
                evidence.append(Evidence(label, s + off, e + off, clause.text[s:e],
                                         "required" if label in SAFEGUARDS else None, "classifier"))
    refs = _references(clause, doc._.references or [])
    scores = {k: round(float(v[0]), 4) for k, v in decided.items()} if decided else {}
    return LabelledClause(
        clause=clause,
        tiers=[t for t in TIERS if t in labels],
        safeguards=[s for s in SAFEGUARDS if s in labels],
        evidence=sorted(evidence, key=lambda e: (e.start, e.end, e.label)),
        references=refs,
        scores=scores,
    )


def _references(clause: Clause, found: list[CrossReference]) -> list[CrossReference]:
    """A clause's cross-references in document offsets, with their targets made absolute."""
    off = clause.start
    return [absolute(CrossReference(r.article, r.paragraph, r.subparagraph, r.start + off, r.end + off, r.text,
                                    r.kind, r.external), clause.article, clause.paragraph)
            for r in found]


# The factories of the patterns-only pipeline. With these alone, a clause in which no label
# pattern could match ends with no evidence and no labels, so it need not become a spaCy
# doc: only its cross-references are looked for.
_PATTERN_FACTORIES = frozenset({"lemmatizer", "treatyscope_lookup_lemmatizer", "treatyscope_span_ruler",
                                "treatyscope_evidence", "treatyscope_references"})


def _prefilter(nlp: Language):
    """(span ruler, reference component or None) when clauses may skip spaCy, else None."""
    factories = {name: nlp.get_pipe_meta(name).factory for name in nlp.pipe_names}
    rulers = [name for name, factory in factories.items() if factory == "treatyscope_span_ruler"]
    references = [name for name, factory in factories.items() if factory == "treatyscope_references"]
    if set(factories.values()) - _PATTERN_FACTORIES or len(rulers) != 1 or len(references) > 1:
        return None
    ruler = nlp.get_pipe(rulers[0])
    if ruler.text_words() is None:
        return None
    return ruler, (nlp.get_pipe(references[0]) if references else None)


def label_clauses(nlp: Language, clauses: list[Clause], *, prefilter: bool = True) -> list[LabelledClause]:
    """Label clauses (English ones) with a pipeline; returns them in the same order.

    With the patterns-only pipeline, a clause in which no label pattern could match (told
    from its text) is not run through spaCy; its result is the one spaCy would give
    (``prefilter=False`` runs every clause through spaCy).
    """
    prefilter = _prefilter(nlp) if prefilter else None
    if prefilter is None:
        run = list(range(len(clauses)))
    else:
        ruler, references = prefilter
        run = [i for i, c in enumerate(clauses) if ruler.may_match(c.text)]
    docs = nlp.pipe(make_docs(nlp, [clauses[i] for i in run], among=clauses))
    out: list[LabelledClause | None] = [None] * len(clauses)
    for i, doc in zip(run, docs):
        out[i] = labelled_clause(clauses[i], doc)
    for i, c in enumerate(clauses):
        if out[i] is None:
            out[i] = LabelledClause(clause=c, references=_references(c, references.parse(c.text) if references else []))
    return out


def label_document(document: Document, *, nlp: Language | None = None) -> tuple[LabelledDocument, list[str]]:
    """Segment, label and resolve one document.

    Takes a :class:`Document` and optionally a loaded pipeline (default: the shipped
    one); returns the labelled document and warnings (from ingestion and segmentation).
    """
    nlp = nlp or default_pipeline()
    seg = segment_document(document)
    english = [c for c in seg.clauses if not c.skipped]
    processed = iter(label_clauses(nlp, english))
    clauses = [LabelledClause(clause=c) if c.skipped else next(processed) for c in seg.clauses]
    resolve(clauses)
    warnings = list(document.warnings) + list(seg.warnings)
    if seg.clauses and not english:
        langs = sorted({c.language for c in seg.clauses})
        warnings.append(f"no English text found (languages: {', '.join(langs)}); nothing was labelled")
    return LabelledDocument(document=document, clauses=clauses), warnings


def default_pipeline(model: str | os.PathLike | None = None) -> Language:
    """The shipped pipeline (patterns plus the trained classifier when a model is available)."""
    from .classify import pipeline_with_model

    return pipeline_with_model(model)


def label(source: str | os.PathLike | Document, *, doc_id: str | None = None,
          model: str | os.PathLike | None = None) -> LabelledDocument:
    """Label a treaty: a file path, a :class:`Document`, or the text itself.

    Returns the :class:`LabelledDocument`. Raises :class:`InputError` for a file that
    cannot be read.
    """
    if isinstance(source, Document):
        document = source
    elif isinstance(source, Path) or _names_a_file(source):
        document = read_document(source, doc_id=doc_id)
    else:
        document = Document(doc_id=doc_id or "document", text=str(source))
    labelled, _ = label_document(document, nlp=default_pipeline(model))
    return labelled


def _names_a_file(source: str) -> bool:
    """True when a string is a path to an existing file rather than treaty text."""
    return (len(source) < 4096 and "\n" not in source and "\x00" not in source
            and bool(Path(source).suffix) and Path(source).is_file())


def patterns_pipeline() -> Language:
    """The pattern-only pipeline (no classifier)."""
    return load_pipeline(classifier=False)
