"""What the pipeline's components leave on a spaCy ``Doc``: the names of the contract
described at the top of :mod:`treatyscope.pipeline`, and the extension attributes, registered
once on import."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .types import PatternKind

# doc.spans groups. The span ruler writes the matches of its label patterns under its
# ``spans_key`` option and those of the other kinds (types.PatternKind) under these names.
CUES_KEY = "treatyscope_cues"  # polarity cues; the span's label is the polarity
CANCELS_KEY = "treatyscope_cancellations"  # cancellations; the span's label is the label cancelled
KIND_KEYS = {PatternKind.CUE: CUES_KEY, PatternKind.CANCEL: CANCELS_KEY}
EVIDENCE_KEY = "evidence"  # label spans, after cancellations and merging (Span._.polarity set on safeguards)
# Doc.user_data keys, set by pipeline.make_docs
TEXT_KEY = "treatyscope_text"  # the text the doc was made from
HEADING_KEY = "heading"  # the clause's article heading ("" when none)
CHAPEAU_KEY = "chapeau"  # the text of the clause's chapeau ("" when none)
CONTEXT_KEY = "context"  # enclosing chapters and sections, joined
# The clause's place in its document: a treatyscope.docmodel.ClausePlace (document model,
# clause id, article, lead-in clause id); absent when a clause is labelled on its own.
PLACE_KEY = "treatyscope_place"
FACTS_KEY = "treatyscope_facts"  # the ClauseFacts read from the place (cached by features.clause_facts)

if not Span.has_extension("polarity"):
    Span.set_extension("polarity", default=None)
if not Doc.has_extension("references"):
    Doc.set_extension("references", default=None)
if not Doc.has_extension("labels"):
    Doc.set_extension("labels", default=None)


def doc_text(doc: Doc) -> str:
    """A doc's text: the text it was made from when make_docs kept it (``Doc.text`` joins
    the tokens in Python, which costs as much as matching)."""
    text = doc.user_data.get(TEXT_KEY)
    if isinstance(text, str) and len(text) == (doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0):
        return text
    return doc.text


def last_sentence_start(doc: Doc) -> int:
    """The index of the first token of a doc's last sentence (after the last full stop that a
    word follows): the sentence a lead-in's items continue (codebook, "Items"). The stop of an
    abbreviation that cites ("Art. 5", "para. 2", "no. 3") ends no sentence."""
    words = [t.i for t in doc if not t.is_space and not t.is_punct]
    if not words:
        return 0
    return max((t.i + 1 for t in doc[:words[-1]]
                if t.text == "." and not (t.i and doc[t.i - 1].lower_ in _CITING_ABBREVIATIONS)), default=0)


_CITING_ABBREVIATIONS = frozenset({"art", "arts", "para", "paras", "no", "nos", "cf", "subpara"})
