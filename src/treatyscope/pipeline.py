"""The whole path from a file or text to labelled clauses, and the one place the spaCy
pipeline is built.

``ingest`` → ``segment`` → the spaCy pipeline (``extract``: patterns, evidence,
cross-references; ``classify``: the trained classifier, when the pipeline has one) →
``resolve``. Only English clauses are run through spaCy; the rest are kept, unlabelled,
with their language.

The pipeline is described by ``configs/pipeline.cfg`` and built by :func:`load_pipeline`,
which keeps one loaded pipeline per setup (loading the classifier takes seconds). The
``Language`` it returns is shared by every caller in the process: treat it as read-only, or
pass ``cached=False`` for one of your own.

What the components pass to each other on a ``Doc`` (names in :mod:`treatyscope.extensions`),
in pipeline order:

- ``doc.user_data``: the clause's text, heading, chapeau and context, set by :func:`make_docs`,
  and, in a pipeline with a classifier, its place in its document (a
  :class:`~treatyscope.docmodel.ClausePlace`: the document model built once from all the
  document's clauses, the clause id, article and lead-in);
- ``token.lemma``: spaCy's lookup lemmas (``treatyscope_lookup_lemmatizer``);
- the pattern matches, one span group per kind of pattern (:class:`~treatyscope.types.PatternKind`,
  declared by the pattern file; ``treatyscope_span_ruler``):
  ``doc.spans[<spans_key>]``: the label patterns' matches, labelled with their tier or
  safeguard (the evidence component reads the group named by its ``source_key``);
  ``doc.spans["treatyscope_cues"]``: the polarity cues, labelled with their
  :class:`~treatyscope.types.Polarity`; ``doc.spans["treatyscope_cancellations"]``: the
  cancellations, labelled with the label they cancel (these two absent when empty);
- ``doc.spans["evidence"]``: the label spans less those a cancellation of their label
  overlaps, overlaps of one label merged, pieces of one statement joined,
  ``Span._.polarity`` set on safeguards
  (``treatyscope_evidence``);
- ``doc._.references``: the clause's :class:`CrossReference` list, in clause offsets
  (``treatyscope_references``);
- ``doc._.labels``: ``{label: (probability, source, words, basis)}`` for the labels the classifier
  decides, ``None`` without a model, when the evidence stands (``treatyscope_classifier``).
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# Importing these registers every factory and registry function of pipeline.cfg (they are
# also declared as spaCy entry points, for pipelines built without this module).
from . import components, fast  # noqa: F401
from .components.evidence import TAIL_KEY, polarity_at, readable_evidence
from .docmodel import ClausePlace, DocumentModel, build_model, unit_reference
from .extensions import CHAPEAU_KEY, CONTEXT_KEY, EVIDENCE_KEY, HEADING_KEY, PLACE_KEY, TEXT_KEY
from .fast.tokens import make_doc, matchable
from .ingest import read_document
from .measures import load_measure_config
from .paths import config_path
from .resolve import absolute, reach_grammar, resolve
from .segment import chapeau_id, segment_document
from .types import (SAFEGUARDS, TIERS, Clause, CrossReference, Document, Evidence, EvidenceSource, LabelledClause,
                    LabelledDocument, Polarity)

CLASSIFIER = "treatyscope_classifier"

_CACHE: dict[tuple[str, bool, str | None, str], Language] = {}
_CACHE_LOCK = threading.Lock()


def load_pipeline(*, classifier: bool = True, model: str | os.PathLike | None = None,
                  config: str | os.PathLike | None = None, overrides: dict | None = None,
                  cached: bool = True) -> Language:
    """Build and initialise the pipeline from a spaCy config file.

    Takes whether to keep the classifier, its model folder (default: the shipped model; the
    patterns alone when none is shipped), the path of a config (default
    ``configs/pipeline.cfg``) and config overrides (``{"components.X.option": value}``);
    returns the initialised ``Language``, the same object for the same arguments unless
    ``cached`` is false. Nothing is downloaded: the lemma tables come from
    spacy-lookups-data. Raises :class:`ModelError` when a named model cannot be loaded safely.
    """
    overrides = dict(overrides or {})
    if classifier and model:
        overrides[f"components.{CLASSIFIER}.model"] = str(model)
    path = Path(config) if config else config_path("pipeline.cfg")
    key = (str(path), classifier, str(model) if classifier and model else None, json.dumps(overrides, sort_keys=True))
    if not cached:
        return _build(path, classifier, overrides)
    with _CACHE_LOCK:
        nlp = _CACHE.get(key)
        if nlp is None:
            nlp = _CACHE[key] = _build(path, classifier, overrides)
        return nlp


def _build(path: Path, classifier: bool, overrides: dict) -> Language:
    cfg = spacy.util.load_config(path, overrides=overrides, interpolate=False)
    exclude = [] if classifier else [CLASSIFIER]
    nlp = spacy.util.load_model_from_config(cfg, auto_fill=True, validate=True, exclude=exclude)
    nlp.initialize()
    # Only clauses are passed to spaCy, but a text with no structure can be one long clause.
    nlp.max_length = 10_000_000
    # Resolution's data (the reach grammar, the measure test) is read with the pipeline, once,
    # not by the first document that needs it: a batch time limit would count it.
    reach_grammar()
    load_measure_config()
    return nlp


def default_pipeline(model: str | os.PathLike | None = None) -> Language:
    """The shipped pipeline: patterns plus the trained classifier (``model``, default the shipped one)."""
    return load_pipeline(classifier=True, model=model)


def patterns_pipeline() -> Language:
    """The pattern-only pipeline (no classifier)."""
    return load_pipeline(classifier=False)


def pipeline_for(patterns_only: bool, model: str | os.PathLike | None = None) -> Language:
    """The pipeline a command's ``--patterns-only`` and ``--model`` options ask for."""
    return patterns_pipeline() if patterns_only else default_pipeline(model)


def make_docs(nlp: Language, clauses: list[Clause], among: list[Clause] | None = None,
              document: DocumentModel | None = None) -> list[Doc]:
    """spaCy docs for clauses, with the article heading and chapeau as context in ``user_data``
    (the chapeau looked up among ``among``, default the clauses themselves), and each
    clause's place in its document (the document model of ``among``, or ``document`` when
    given)."""
    return list(iter_docs(nlp, clauses, among, document))


def iter_docs(nlp: Language, clauses: list[Clause], among: list[Clause] | None = None,
              document: DocumentModel | None = None) -> Iterator[Doc]:
    """:func:`make_docs` one doc at a time: fed to ``nlp.pipe``, only a batch of docs is alive at
    once, so the memory labelling takes stays that of a batch, whatever the document's length.
    The document model is built first, from all of ``among``."""
    every = clauses if among is None else among
    by_id = {c.clause_id: c for c in every}
    if document is None:
        # The patterns read it too: a definition of a term that is no class of offences
        # names no tier (the evidence component), with or without the classifier.
        document = build_model(every)
    for c in clauses:
        d = make_doc(nlp, matchable(c.text))
        d.user_data[TEXT_KEY] = c.text
        d.user_data[HEADING_KEY] = c.heading or ""
        parent = by_id.get(chapeau_id(c)) if c.subparagraph else None
        d.user_data[CHAPEAU_KEY] = parent.text if parent is not None else ""
        d.user_data[TAIL_KEY] = c.subparagraph == "tail"
        d.user_data[CONTEXT_KEY] = " ".join(c.context)
        d.user_data[PLACE_KEY] = ClausePlace(document, c.clause_id, c.article, chapeau_id(c))
        yield d


def labelled_clause(clause: Clause, doc: Doc) -> LabelledClause:
    """Read a processed spaCy doc back into a :class:`LabelledClause` (document offsets)."""
    off = clause.start
    place = doc.user_data.get(PLACE_KEY)
    evidence = [
        # the clause's own words (the doc's text has a draft's brackets blanked: ``matchable``)
        Evidence(span.label_, span.start_char + off, span.end_char + off,
                 clause.text[span.start_char:span.end_char],
                 span._.polarity if span.label_ in SAFEGUARDS else None, EvidenceSource.PATTERN,
                 _personal_basis(place, span.label_, clause.text[span.start_char:span.end_char]))
        for span in doc.spans.get(EVIDENCE_KEY, [])
    ]
    decided = doc._.labels
    if decided is None:
        labels = {e.label for e in evidence}
    else:
        labels = set(decided)
        evidence = [e for e in evidence if e.label in labels]
        for label, (_, source, words, basis) in decided.items():
            if source == EvidenceSource.CLASSIFIER and not any(e.label == label for e in evidence):
                # The words its document model rests it on (a defined term, an own crime);
                # else the label's own words nearest the n-gram that weighed most, not "if the".
                if basis is not None and words:
                    s, e = words
                else:
                    s, e = readable_evidence(label, clause.text, words)
                evidence.append(Evidence(label, s + off, e + off, clause.text[s:e],
                                         polarity_at(doc, s, e) if label in SAFEGUARDS else None,
                                         EvidenceSource.CLASSIFIER, basis))
    refs = _references(clause, doc._.references or [], place.model if isinstance(place, ClausePlace) else None)
    scores = {k: round(float(v[0]), 4) for k, v in decided.items()} if decided else {}
    return LabelledClause(
        clause=clause,
        tiers=[t for t in TIERS if t in labels],
        safeguards=[s for s in SAFEGUARDS if s in labels],
        evidence=sorted(evidence, key=lambda e: (e.start, e.end, e.label)),
        references=refs,
        scores=scores,
    )


def _personal_basis(place, label: str, words: str) -> str | None:
    """What a ``data_protection`` span rests on when its words are a term the instrument
    defines as personal data ("PNR data"): that definition."""
    if label != "data_protection" or not isinstance(place, ClausePlace):
        return None
    term = place.model.personal_term(words)
    if term is None:
        heading = place.model.data_heading(place.clause_id, words)
        return None if heading is None else f"article {place.article} \"{heading}\": its data are personal data"
    return f"defined term \"{term.term}\" (article {term.article}, {term.clause_id}): personal data"


def _references(clause: Clause, found: list[CrossReference], model: DocumentModel | None) -> list[CrossReference]:
    """A clause's cross-references in document offsets, with their targets made absolute (in a
    document whose articles are numbered paragraphs, "paragraph 5" is article 5: ``unit_reference``)."""
    off = clause.start
    return [absolute(unit_reference(CrossReference(r.article, r.paragraph, r.subparagraph, r.start + off, r.end + off,
                                                   r.text, r.kind, r.external), model),
                     clause.article, clause.paragraph)
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
    from its text, and from its lead-in's: an item of a refusal lead-in is a ground whatever
    its own words) and whose words are no personal data by the document model (a defined
    term, the "data" of an article about personal data) is not run through spaCy; its result
    is the one spaCy would give (``prefilter=False`` runs every clause through spaCy).
    """
    prefilter = _prefilter(nlp) if prefilter else None
    document = None
    if prefilter is None:
        run = list(range(len(clauses)))
    else:
        ruler, references = prefilter
        document = build_model(clauses)
        # Each clause's text is screened once; an item also runs when its lead-in may match.
        may = {(c.doc_id, c.clause_id): ruler.may_match(c.text) for c in clauses}
        run = [i for i, c in enumerate(clauses) if may[c.doc_id, c.clause_id]
               or (c.subparagraph and may.get((c.doc_id, chapeau_id(c)), False))
               or document.personal_data_uses(c.clause_id, c.text)]
    docs = nlp.pipe(iter_docs(nlp, [clauses[i] for i in run], among=clauses, document=document))
    out: list[LabelledClause | None] = [None] * len(clauses)
    for i, doc in zip(run, docs):
        out[i] = labelled_clause(clauses[i], doc)
    for i, c in enumerate(clauses):
        if out[i] is None:
            out[i] = LabelledClause(clause=c, references=_references(c, references.parse(c.text) if references else [],
                                                                         document))
    return out


def label_document(document: Document, *, nlp: Language | None = None) -> tuple[LabelledDocument, list[str]]:
    """Segment, label and resolve one document.

    Takes a :class:`Document` and optionally a loaded pipeline (default: the shipped
    one); returns the labelled document and warnings (from ingestion and segmentation).
    Raises :class:`InputError` for a clause longer than the pipeline's ``max_length`` (a
    line of ten million characters).
    """
    nlp = nlp or default_pipeline()
    seg = segment_document(document)
    english = [c for c in seg.clauses if not c.skipped]
    # A title line or headnote is kept as a clause (its id and offsets) but says nothing to label.
    labelled = [c for c in english if c.kind != "title"]
    too_long = next((c for c in labelled if len(c.text) > nlp.max_length), None)
    if too_long is not None:  # spaCy refuses such a text ([E088]): say so for the file, in one line
        from .errors import InputError

        raise InputError(f"{document.source or document.doc_id}: clause {too_long.clause_id} is "
                         f"{len(too_long.text):,} characters without a paragraph break, over the limit of "
                         f"{nlp.max_length:,}")
    processed = iter(label_clauses(nlp, labelled))
    clauses = [LabelledClause(clause=c) if c.skipped or c.kind == "title" else next(processed)
               for c in seg.clauses]
    resolve(clauses)
    warnings = list(document.warnings) + list(seg.warnings)
    if seg.clauses and not english:
        langs = sorted({c.language for c in seg.clauses})
        warnings.append(f"no English text found (languages: {', '.join(langs)}); nothing was labelled")
    return LabelledDocument(document=document, clauses=clauses), warnings


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
