"""Evidence: the span ruler's matches turned into label spans with polarity.

The patterns in ``configs/patterns/*.jsonl`` give three kinds of span, told apart by the
label the pattern files give them (read here and nowhere else, :func:`span_kind`):

- a tier or safeguard label (``serious``, ``dual_criminality``): a candidate label span;
- ``NOT_<label>``: words where that label's words mean something else; a candidate of the
  label that overlaps one is dropped;
- ``POLARITY_<polarity>``: a cue that softens a nearby safeguard (``may refuse``: optional,
  ``shall not be required``: waived).

The component writes two span groups (names in :mod:`treatyscope.extensions`): the label
spans, overlaps of one label merged, each safeguard span with ``Span._.polarity``; and,
when there are any, the polarity cues, labelled with their polarity alone.
"""

from __future__ import annotations

from enum import Enum
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import CUES_KEY, EVIDENCE_KEY
from ..types import LABELS, SAFEGUARDS, Polarity

CANCEL_PREFIX = "NOT_"
CUE_PREFIX = "POLARITY_"


class SpanKind(Enum):
    """What a span of the span ruler stands for."""

    LABEL = "label"
    CANCEL = "cancel"
    CUE = "cue"
    OTHER = "other"


def span_kind(label: str) -> tuple[SpanKind, str]:
    """The kind of a ruler span's label and what it names: a label, a cancelled label, a polarity."""
    if label.startswith(CANCEL_PREFIX):
        return SpanKind.CANCEL, label[len(CANCEL_PREFIX):]
    if label.startswith(CUE_PREFIX):
        return SpanKind.CUE, label[len(CUE_PREFIX):]
    if label in LABELS:
        return SpanKind.LABEL, label
    return SpanKind.OTHER, label


@Language.factory(
    "treatyscope_evidence",
    assigns=["doc.spans", "span._.polarity"],
    requires=["doc.spans"],
    default_config={"source_key": "treatyscope_raw", "window": 25},
)
def make_evidence(nlp: Language, name: str, *, source_key: str, window: int) -> "EvidenceComponent":
    return EvidenceComponent(name, source_key=source_key, window=window)


class EvidenceComponent:
    """Turn span-ruler candidates (``doc.spans[source_key]``) into evidence spans with polarity.

    ``window``: how many tokens away a polarity cue may be from the safeguard it softens.
    """

    def __init__(self, name: str, *, source_key: str, window: int):
        self.name = name
        self.source_key = source_key
        self.window = window

    def __call__(self, doc: Doc) -> Doc:
        cancels: dict[str, list[Span]] = {}
        cues: list[Span] = []
        candidates: list[Span] = []
        for span in doc.spans.get(self.source_key, []):
            kind, name = span_kind(span.label_)
            if kind is SpanKind.CANCEL:
                cancels.setdefault(name, []).append(span)
            elif kind is SpanKind.CUE:
                cues.append(Span(doc, span.start, span.end, label=name))
            elif kind is SpanKind.LABEL:
                candidates.append(span)
        kept = [s for s in candidates if not any(_overlaps(s, c) for c in cancels.get(s.label_, ()))]
        merged = _merge_same_label(kept)
        for span in merged:
            if span.label_ in SAFEGUARDS:
                span._.polarity = self._polarity(span, cues)
        doc.spans[EVIDENCE_KEY] = merged
        if cues:  # a span group costs a Python object per doc; most clauses have no cue
            doc.spans[CUES_KEY] = cues
        return doc

    def _polarity(self, span: Span, cues: list[Span]) -> str:
        """The polarity of the nearest cue within the window and the same sentence-like
        stretch (a waiver before another cue at the same distance); required when none."""
        best: tuple[int, str] | None = None
        for cue in cues:
            if _overlaps(span, cue):
                distance = 0
            elif cue.end <= span.start:
                distance = span.start - cue.end
            else:
                distance = cue.start - span.end
            if distance > self.window:
                continue
            # A cue inside the same sentence-like stretch only: ";" and "." end it.
            lo, hi = min(cue.start, span.start), max(cue.end, span.end)
            if any(t.text in (";", ".") for t in span.doc[lo:hi]) and distance > 0:
                continue
            kind = cue.label_
            rank = (distance, 0 if kind == Polarity.WAIVED else 1)
            if best is None or rank < (best[0], 0 if best[1] == Polarity.WAIVED else 1):
                best = (distance, kind)
        return best[1] if best else Polarity.REQUIRED.value


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _merge_same_label(spans: list[Span]) -> list[Span]:
    """Join overlapping spans of one label into one, so each label's words appear once."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.label_, s.start, -s.end)):
        if out and out[-1].label_ == span.label_ and span.start < out[-1].end:
            last = out[-1]
            if span.end > last.end:
                out[-1] = Span(span.doc, last.start, span.end, label=last.label_)
            continue
        out.append(span)
    return sorted(out, key=lambda s: (s.start, s.end, s.label_))



def evidence_of(doc: Doc, offset: int = 0) -> Iterable[tuple[str, int, int, str, str | None]]:
    """(label, start, end, text, polarity) for each evidence span, offsets shifted by ``offset``."""
    for span in doc.spans.get(EVIDENCE_KEY, []):
        yield span.label_, span.start_char + offset, span.end_char + offset, span.text, span._.polarity
