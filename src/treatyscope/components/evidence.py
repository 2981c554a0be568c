"""Evidence: the span ruler's matches turned into label spans with polarity.

The patterns in ``configs/patterns/*.jsonl`` are of three kinds (:class:`PatternKind`,
declared by the file each is in), and the span ruler writes each kind's matches to a span
group of its own (names in :mod:`treatyscope.extensions`):

- label spans (``serious``, ``dual_criminality``), in the ruler's ``spans_key`` (the
  component's ``source_key``): candidate label spans;
- cancellations, labelled with the label they cancel (``CANCELS_KEY``): words where that
  label's words mean something else; a candidate of the label that overlaps one is dropped;
- polarity cues, labelled with their :class:`Polarity` (``CUES_KEY``): words that soften the
  safeguard they govern (``may refuse``: optional, ``shall not be required``: waived).

The component writes the label spans, overlaps of one label merged, the pieces of one
statement joined (:func:`_join_statement_pieces`) and a later span that repeats an earlier
one's words dropped (:func:`_first_of_repeats`), each safeguard span with
``Span._.polarity``, to ``EVIDENCE_KEY``.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import AbstractSet, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..docmodel import purpose_clauses, states_a_need
from ..extensions import CANCELS_KEY, CHAPEAU_KEY, CUES_KEY, EVIDENCE_KEY, PLACE_KEY, doc_text, last_sentence_start
from ..fast.tokens import make_doc, matchable
from ..paths import config_path
from ..types import LABELS, SAFEGUARDS, TIERS, PatternKind, Polarity

DEFAULT_WINDOW = 10  # the component's default: words after a span in which a cue may govern it
LEAD_IN_POLARITY_KEY = "treatyscope_lead_in_polarity"  # doc.user_data: what governs the clause's lead-in
TAIL_KEY = "treatyscope_tail"  # doc.user_data: True for the text after a paragraph's last item (no item of its lead-in)
# Safeguards every item of a lead-in carries when the lead-in states them (codebook, Refusal:
# "every item of a refusal lead-in states a ground"): the item's own words are its evidence.
ITEM_SAFEGUARDS = ("refusal_grounds", "data_protection")
# Safeguards an item carries only when the lead-in ends with a pattern written with its colon,
# so that the items complete it: a court's checklist ("The court ... shall satisfy itself:") or
# a necessity test ("The arrest of the person appears necessary:"); the codebook's item rule,
# an item "states the content of that safeguard". A lead-in that merely mentions them ("A
# decision ... may be appealed ... as follows:", "may, in specific cases:") gives its items nothing.
# So does a lead-in whose items are a person's rights ("shall be entitled to:", "the following
# rights ...:"); "without prejudice to the rights of the defendant ... may include:" is none.
ITEM_SAFEGUARDS_AT_END = ("human_rights", "judicial_oversight", "proportionality")
# Patterns of an act of judicial oversight written as an item's verb ("issue such orders and
# warrants", "authorize the Prosecutor to take specific investigative steps", "confirm those
# charges"): the item continues a lead-in whose subject is a court, chamber, judge or magistrate
# and that grants it the power ("the Pre-Trial Chamber may:"), so the measure is ordered or
# authorised by that court (codebook, "Judicial oversight" and "Items"). Kept only there: the
# same verbs with another subject ("the Prosecutor may: ... issue orders") are none.
COURT_ITEM_PATTERNS = frozenset({"jo-court-item-issue-orders", "jo-court-item-authorize",
                                 "jo-court-item-confirm-charges"})
_COURT_LEAD_IN = re.compile(r"\b(?:court|chamber|judges?|magistrates?)\b[^.;:]{0,60}?\b(?:shall|may)\b"
                            r"(?:(?!\b(?:that|whether|where|if|when|by|to)\b)[^.;:]){0,60}:\s*$", re.I)
# Words at an item's end that join it to the next item: not part of its evidence.
_ITEM_JOINERS = frozenset({"or", "and", ";", ",", ".", ":"})


def _personal_data_uses(doc: Doc, place, kept: list[Span]) -> list[Span]:
    """Spans labelled ``data_protection`` where the clause uses a term its instrument defines
    as personal data ("PNR data"): read as the words "personal data" are (codebook, "Data
    protection": the protection binds the processing or transfer of personal data, whatever
    the instrument calls them). A mere mention is the classifier's to tell apart, as it is for
    "personal data". The "data" of an article about personal data count only in a clause with
    no such words of its own (``kept``, the clause's label spans): in "Personal data shall be
    transmitted solely to the authority for which the data are needed", "the data" are the
    same data again, not another statement."""
    text = doc_text(doc)
    found = place.model.personal_data_uses(place.clause_id, text, headings=False)
    if not found and not any(s.label_ == "data_protection" for s in kept):
        found = place.model.personal_data_uses(place.clause_id, text, terms=False)
    out = []
    for start, end in found:
        span = doc.char_span(start, end, label="data_protection", alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out


@Language.factory(
    "treatyscope_evidence",
    assigns=["doc.spans", "span._.polarity"],
    requires=["doc.spans"],
    default_config={"source_key": "treatyscope_raw", "window": DEFAULT_WINDOW},
)
def make_evidence(nlp: Language, name: str, *, source_key: str, window: int) -> "EvidenceComponent":
    return EvidenceComponent(nlp, name, source_key=source_key, window=window)


# Modal verbs: a plain one (not part of a cue) nearest a safeguard governs it, as required.
MODALS = frozenset({"shall", "must", "will", "should", "may", "can", "cannot", "might"})
# Cues that relax a condition only where no refusal governs them ("may decline ... in the
# absence of dual criminality" keeps the condition as optional): their pattern ids.
RELAXING_CUES = frozenset({"pol-irrespective", "pol-notwithstanding-absence"})
_SENTENCE_PART_END = frozenset({";", "."})


class EvidenceComponent:
    """Turn span-ruler candidates (``doc.spans[source_key]``) into evidence spans with polarity.

    The polarity of a safeguard span is decided by the words that govern it
    (:meth:`polarity`): the nearest polarity cue or plain modal verb before its end in its
    sentence part (the words between ";" or "." marks), else the first cue, or modal verb
    with its cue, that follows it within ``window`` words, else, in a subparagraph, what governs the end of its
    lead-in ("Assistance may be refused:" makes each ground optional); required when
    nothing does. Whitespace tokens are not words: the layout does not change a polarity.
    """

    def __init__(self, nlp: Language | None, name: str, *, source_key: str, window: int):
        self.nlp = nlp
        self.name = name
        self.source_key = source_key
        self.window = window
        self._lead_ins: dict[str, tuple[str | None, frozenset[str]]] = {}

    def __call__(self, doc: Doc) -> Doc:
        candidates = [span for span in doc.spans.get(self.source_key, []) if span.label_ in LABELS]
        cancels: dict[str, list[Span]] = {}
        for span in doc.spans.get(CANCELS_KEY, []):
            cancels.setdefault(span.label_, []).append(span)
        kept = [s for s in candidates if not any(_overlaps(s, c) for c in cancels.get(s.label_, ()))]
        court = [s for s in kept if s.id_ in COURT_ITEM_PATTERNS]
        if court and not self._court_item(doc):
            kept, court = [s for s in kept if s.id_ not in COURT_ITEM_PATTERNS], []
        place = doc.user_data.get(PLACE_KEY)
        if any(s.label_ in TIERS for s in kept):
            # A purpose clause names no tier (codebook, tier rules: "not in a purpose clause"),
            # nor does an item of its lead-in ("The purposes of this Convention are:").
            if place is not None and place.model.in_purpose(place.lead_in, place.clause_id):
                kept = [s for s in kept if s.label_ not in TIERS]
            purpose = purpose_clauses(doc_text(doc))
            if purpose:
                kept = [s for s in kept if s.label_ not in TIERS or s.start_char not in purpose]
        if (place is not None and place.model.functions.get(place.clause_id) == "preamble"
                and not states_a_need(doc_text(doc))):
            # A recital that recalls an instrument or acknowledges rights states no constraint
            # ("Having regard to the Universal Declaration of Human Rights"; codebook, "Recitals").
            kept = [s for s in kept if s.label_ != "human_rights"]
        if place is not None and place.model.plain_definition(place.clause_id):
            # A definition of a term that is no class of offences names no tier ("'sentence'
            # means ... on account of a criminal offence"; codebook, "Defined terms").
            kept = [s for s in kept if s.label_ not in TIERS]
        elif place is not None and any(s.label_ in TIERS for s in kept):
            # A definition of a class of offences carries the tier its definition gives the
            # term ("'predicate offence' means any offence ... that may become the subject of an
            # offence as defined in article 6": any, not defined).
            own = place.model.definition_tiers(place.clause_id)
            if own:
                kept = [s for s in kept if s.label_ not in TIERS or s.label_ in own]
        if (place is not None and any(s.label_ == "proportionality" for s in kept)
                and place.model.in_request_list(place.lead_in, place.clause_id)):
            # An item listing what a request must contain states no proportionality ("the desired
            # duration of the interception, which shall not exceed three months"; codebook).
            kept = [s for s in kept if s.label_ != "proportionality"]
        uses: list[Span] = []
        if place is not None:
            uses = _personal_data_uses(doc, place, kept)
            kept += uses
        merged = _merge_same_label(kept)
        items: list[Span] = []
        if doc.user_data.get(CHAPEAU_KEY):
            # What governs the lead-in, for the safeguards the classifier may add (polarity_at).
            doc.user_data[LEAD_IN_POLARITY_KEY] = self._lead_in_polarity(doc)
            if not doc.user_data.get(TAIL_KEY):
                items = self._item_safeguards(doc, merged)
        if any(span.label_ in SAFEGUARDS for span in merged):
            governing = _Governing(doc, list(doc.spans.get(CUES_KEY, [])))
            for span in merged:
                if span.label_ in SAFEGUARDS:
                    span._.polarity = (governing.polarity(span.start, span.end, self.window)
                                       or self._lead_in_polarity(doc) or Polarity.REQUIRED.value)
                if any(_overlaps(span, c) for c in court):
                    # the court "may" issue the order: its discretion, and the measure still
                    # needs its order (the oversight is required, not softened)
                    span._.polarity = Polarity.REQUIRED.value
        # a defined term's use shows the term's own words, on which its basis rests
        merged = _join_statement_pieces(merged, self.window, {(u.start, u.end) for u in uses})
        for span in items:  # an item's ground is governed by its lead-in ("may be refused:": optional)
            span._.polarity = self._lead_in_polarity(doc) or Polarity.REQUIRED.value
        if items:
            merged = sorted(merged + items, key=lambda s: (s.start, s.end, s.label_))
        doc.spans[EVIDENCE_KEY] = _first_of_repeats(merged)
        return doc

    @staticmethod
    def _court_item(doc: Doc) -> bool:
        """Whether the doc is an item of a lead-in that grants a court, chamber, judge or
        magistrate its power ("the Pre-Trial Chamber may:"; not "the court shall determine
        whether:", not the text after the last item)."""
        lead = doc.user_data.get(CHAPEAU_KEY)
        return bool(lead) and not doc.user_data.get(TAIL_KEY) and _COURT_LEAD_IN.search(lead) is not None

    def _lead_in_polarity(self, doc: Doc) -> str | None:
        """What governs the end of a subparagraph's lead-in (its chapeau), None when nothing does."""
        return self._lead_in(doc)[0]

    def _lead_in(self, doc: Doc) -> tuple[str | None, frozenset[str]]:
        """A subparagraph's lead-in (its chapeau) read once: what governs its end (None when
        nothing does) and the labels its items carry: those of its own pattern spans
        (cancellations applied) among :data:`ITEM_SAFEGUARDS`, and among
        :data:`ITEM_SAFEGUARDS_AT_END` those whose span ends the lead-in."""
        text = doc.user_data.get(CHAPEAU_KEY) or ""
        if not text or self.nlp is None:
            return None, frozenset()
        if text not in self._lead_ins:
            if len(self._lead_ins) >= 4096:
                self._lead_ins.clear()
            lead = make_doc(self.nlp, matchable(text))
            kinds: dict[PatternKind, list[Span]] = {}
            for name, proc in self.nlp.pipeline:
                if name == self.name:
                    break
                if hasattr(proc, "match_kinds"):  # the span ruler, without its gate
                    kinds = proc.match_kinds(lead)
                else:
                    lead = proc(lead)
            cancels = kinds.get(PatternKind.CANCEL, [])
            words = [t.i for t in lead if not t.is_space and t.lower_ not in _ITEM_JOINERS]
            last = words[-1] if words else -1
            # The items continue the lead-in's last sentence (codebook, "Items"): a ground stated or
            # waived in an earlier one ("... regardless of whether the requested State needs such
            # information for purposes of its own tax. Moreover, ... the requested State shall:")
            # is no ground its items state.
            sentence = last_sentence_start(lead)
            labels = frozenset(s.label_ for s in kinds.get(PatternKind.LABEL, [])
                               if s.start >= sentence
                               and (s.label_ in ITEM_SAFEGUARDS
                                    or (s.label_ in ITEM_SAFEGUARDS_AT_END and s.end > last
                                        and lead[s.end - 1].text == ":"))
                               and not any(c.label_ == s.label_ and _overlaps(s, c) for c in cancels))
            polarity = _Governing(lead, kinds.get(PatternKind.CUE, [])).polarity(len(lead), len(lead), 0) if len(lead) else None
            self._lead_ins[text] = (polarity, labels)
        return self._lead_ins[text]

    def _item_safeguards(self, doc: Doc, merged: list[Span]) -> list[Span]:
        """The spans an item of a lead-in that states one of :data:`ITEM_SAFEGUARDS` gets for
        it (none where its own words carry the label): its own words, the "or"/"and" and end
        marks that join it to the next item left out. An item of a lead-in that enumerates
        offences (the document model's closed lists) names an offence: it states no ground or
        condition of the lead-in's safeguard (codebook, "Items")."""
        place = doc.user_data.get(PLACE_KEY)
        if place is not None and place.lead_in in place.model.offence_lists:
            return []
        lead_labels = self._lead_in(doc)[1]
        if (place is not None and "data_protection" not in lead_labels
                and place.model.personal_data_uses(place.lead_in, doc.user_data.get(CHAPEAU_KEY) or "")):
            # a lead-in that speaks of a term the instrument defines as personal data ("PNR data")
            lead_labels = lead_labels | {"data_protection"}
        inherited = [lab for lab in ITEM_SAFEGUARDS + ITEM_SAFEGUARDS_AT_END if lab in lead_labels
                     and not any(s.label_ == lab for s in merged)]
        if not inherited:
            return []
        words = [t.i for t in doc if not t.is_space]
        while words and doc[words[-1]].lower_ in _ITEM_JOINERS:
            words.pop()
        if not words:
            return []
        return [Span(doc, words[0], words[-1] + 1, label=lab) for lab in inherited]

    def polarity(self, span: Span, cues: list[Span]) -> str:
        """The polarity of a safeguard span given the doc's polarity cues (see the class)."""
        return _Governing(span.doc, cues).polarity(span.start, span.end, self.window) or Polarity.REQUIRED.value


class _Governing:
    """The words of a doc that can govern a safeguard: cues (the longest one at each token) and modals."""

    def __init__(self, doc: Doc, cues: list[Span]):
        self.doc = doc
        self.cue_at: dict[int, Span] = {}
        # Longer cues last ("shall not exercise the right to refuse" wins over "right to
        # refuse"), and a waiver last among cues of one length.
        for cue in sorted(cues, key=lambda c: (c.end - c.start, c.label_ == Polarity.WAIVED)):
            for i in range(cue.start, cue.end):
                self.cue_at[i] = cue

    def polarity(self, start: int, end: int, window: int) -> str | None:
        doc, cue_at = self.doc, self.cue_at
        relaxed: Span | None = None
        i = end - 1
        while i >= 0:
            token = doc[i]
            if token.is_space:
                i -= 1
                continue
            if i < start and token.text in _SENTENCE_PART_END:
                break
            cue = cue_at.get(i)
            if cue is not None:
                if relaxed is None and cue.id_ in RELAXING_CUES:
                    relaxed = cue  # "in the absence of": waived unless a refusal governs it
                    i = cue.start - 1
                    continue
                if relaxed is not None:
                    return Polarity.OPTIONAL.value if cue.label_ == Polarity.OPTIONAL else relaxed.label_
                return cue.label_
            if token.lower_ in MODALS:
                return relaxed.label_ if relaxed is not None else Polarity.REQUIRED.value
            i -= 1
        if relaxed is not None:
            return relaxed.label_
        seen = 0
        for i in range(end, len(doc)):
            token = doc[i]
            if token.is_space:
                continue
            if token.text in _SENTENCE_PART_END or seen >= window:
                break
            cue = cue_at.get(i)
            if cue is not None:
                return cue.label_
            if token.lower_ in MODALS:
                # "Where dual criminality is required, it shall be deemed fulfilled": the
                # modal's own verb phrase decides.
                ahead = [cue_at[j] for j in range(i + 1, min(i + 4, len(doc))) if j in cue_at]
                return ahead[0].label_ if ahead else Polarity.REQUIRED.value
            seen += 1
        return None


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



def _join_statement_pieces(spans: list[Span], window: int,
                           apart: AbstractSet[tuple[int, int]] = frozenset()) -> list[Span]:
    """Join the pieces of one statement of a label into one span: two spans of one label and
    one polarity with at most ``window`` words between them, none of them a modal verb (which
    begins another statement) or a ";", "." or ":" (which ends a sentence part). "may not be
    refused" ... "political offence" are the words of one refusal ground, so the evidence is
    "may not be refused on the sole ground that it concerns a political offence" (codebook,
    "Evidence and polarity": the words that carry the label, one statement one span). Spans of
    one label further apart, or across a modal or a sentence part's end, stay apart: each
    states the condition again, and so do spans whose (start, end) token offsets are in
    ``apart``. Whitespace is no word, so the layout changes nothing."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.label_, s.start, s.end)):
        last = out[-1] if out else None
        if (last is not None and last.label_ == span.label_ and last._.polarity == span._.polarity
                and (last.start, last.end) not in apart and (span.start, span.end) not in apart
                and _one_statement(span.doc, last.end, span.start, window)):
            joined = Span(span.doc, last.start, max(last.end, span.end), label=last.label_)
            joined._.polarity = last._.polarity
            out[-1] = joined
            continue
        out.append(span)
    return sorted(out, key=lambda s: (s.start, s.end, s.label_))


def _first_of_repeats(spans: list[Span]) -> list[Span]:
    """Each label's evidence without the spans that repeat an earlier span's words with the
    same polarity: "keep confidential the fact and substance of the request ... cannot comply
    with the requirement of confidentiality" shows "confidential" and "confidentiality", but
    "refuse ... refuse" (one condition named and then referred back to) shows the first
    "refuse" only; "may refuse" and "shall not ... refuse" differ in polarity and both stay.
    Words are compared in lower case without whitespace, so the layout changes nothing."""
    seen: set[tuple] = set()
    out = []
    for span in spans:
        key = (span.label_, span._.polarity, tuple(t.lower_ for t in span if not t.is_space))
        if key in seen:
            continue
        seen.add(key)
        out.append(span)
    return out


def _one_statement(doc: Doc, start: int, end: int, window: int) -> bool:
    """Whether the tokens ``doc[start:end]`` between two spans keep them in one statement."""
    words = 0
    for token in doc[start:end]:
        if token.is_space:
            continue
        if token.text in _SENTENCE_PART_END or token.text == ":" or token.lower_ in MODALS:
            return False
        if not token.is_punct:
            words += 1
            if words > window:
                return False
    return True


def evidence_of(doc: Doc, offset: int = 0) -> Iterable[tuple[str, int, int, str, str | None]]:
    """(label, start, end, text, polarity) for each evidence span, offsets shifted by ``offset``
    (the text is the doc's own words, a draft's brackets included)."""
    text = doc_text(doc)
    for span in doc.spans.get(EVIDENCE_KEY, []):
        start, end = span.start_char, span.end_char
        yield span.label_, start + offset, end + offset, text[start:end], span._.polarity


# Words that carry no label on their own: an n-gram of these alone is no evidence ("if the").
_FUNCTION_WORDS = frozenset(
    "a an the of to in on at by for with from as or and nor not no if that which who whom whose this these "
    "those such its their his her he she it they them be is are was were been being has have had shall may "
    "must will would should can could any all each other than when where whether so also only same".split())
_WORD = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=1)
def label_words() -> dict[str, re.Pattern]:
    """Per label, one case-insensitive expression for the words that carry it loosely
    (``configs/label_words.json``), a space matching any run of whitespace."""
    data = json.loads(config_path("label_words.json").read_text(encoding="utf-8"))
    space = r"\s+"
    return {label: re.compile("|".join(r"(?<![\w-])(?:" + p.replace(" ", space) + r")(?!\w)" for p in patterns),
                              re.IGNORECASE)
            for label, patterns in data.items() if label in LABELS}


def readable_evidence(label: str, text: str, words: tuple[int, int] | None) -> tuple[int, int]:
    """The shortest words of a clause that carry a label the classifier gave (the patterns
    having found none): the occurrence of the label's words (:func:`label_words`) nearest
    ``words``, the n-gram that weighed most; else that n-gram when it has a word of substance
    ("essential interests", not "if the"); else the whole clause. Returns offsets into ``text``.
    """
    rx = label_words().get(label)
    hits = [m.span() for m in rx.finditer(text) if m.end() > m.start()] if rx is not None else []
    if hits:
        if words is None:
            return hits[0]
        return min(hits, key=lambda h: (max(0, h[0] - words[1], words[0] - h[1]), h[1] - h[0]))
    if words is not None and any(w.lower() not in _FUNCTION_WORDS for w in _WORD.findall(text[words[0]:words[1]])):
        return words
    return 0, len(text)


def polarity_at(doc: Doc, start_char: int, end_char: int) -> str:
    """The polarity of the words at these offsets of a processed doc, from the cues and modals
    that govern them, as for a pattern span (the lead-in's, when the evidence component noted it)."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    found = None
    if span is not None and len(span):
        found = _Governing(doc, list(doc.spans.get(CUES_KEY, []))).polarity(span.start, span.end, DEFAULT_WINDOW)
    return found or doc.user_data.get(LEAD_IN_POLARITY_KEY) or Polarity.REQUIRED.value
