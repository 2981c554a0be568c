"""spaCy's ``SpanRuler``, made cheap on long texts (factory ``treatyscope_span_ruler``).

It takes every option of spaCy's ``span_ruler`` factory, with the same defaults, and two of
its own, ``gate_kinds`` and ``skip_space_tokens``. Each pattern has a kind
(:class:`~treatyscope.types.PatternKind`, in its ``"kind"`` key; label when absent): the
matches of label patterns go to ``spans_key`` (and ``doc.ents``), exactly as spaCy's
SpanRuler writes them for the same patterns; cues and cancellations go to span groups of
their own (:data:`~treatyscope.extensions.KIND_KEYS`). With label patterns alone and the
default options, its spans, serialisation, ``add_patterns``, ``remove``, ``remove_by_id``,
``clear`` and error handling are spaCy's (``tests/fast/test_span_ruler.py`` compares them).
"""

from __future__ import annotations

from typing import Callable, Iterable, Optional

import numpy as np
from spacy.attrs import IS_SPACE, LEMMA, LOWER, NORM, ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import SpanRuler
from spacy.pipeline.span_ruler import DEFAULT_SPANS_KEY
from spacy.tokens import Doc, Span

from ..extensions import KIND_KEYS, doc_text
from ..types import PATTERN_KIND_KEY, PatternKind
from .text_words import _COMMON, PatternGate, TextWords, _anchor, _token_requirement, _token_words, _words


@Language.factory(
    "treatyscope_span_ruler",
    assigns=["doc.spans"],
    default_config={
        "spans_key": DEFAULT_SPANS_KEY,
        "spans_filter": None,
        "annotate_ents": False,
        "ents_filter": {"@misc": "spacy.first_longest_spans_filter.v1"},
        "phrase_matcher_attr": None,
        "matcher_fuzzy_compare": {"@misc": "spacy.levenshtein_compare.v1"},
        "validate": False,
        "overwrite": True,
        "scorer": {"@scorers": "spacy.overlapping_labeled_spans_scorer.v1", "spans_key": DEFAULT_SPANS_KEY},
        "gate_kinds": [kind.value for kind in PatternKind],
        "skip_space_tokens": False,
    },
)
def make_gated_span_ruler(nlp: Language, name: str, *, spans_key: Optional[str], spans_filter: Optional[Callable],
                          annotate_ents: bool, ents_filter: Callable, phrase_matcher_attr: Optional[str],
                          matcher_fuzzy_compare: Callable, validate: bool, overwrite: bool,
                          scorer: Optional[Callable], gate_kinds: list[str],
                          skip_space_tokens: bool) -> "GatedSpanRuler":
    return GatedSpanRuler(nlp, name, spans_key=spans_key, spans_filter=spans_filter, annotate_ents=annotate_ents,
                          ents_filter=ents_filter, phrase_matcher_attr=phrase_matcher_attr,
                          matcher_fuzzy_compare=matcher_fuzzy_compare, validate=validate, overwrite=overwrite,
                          scorer=scorer, gate_kinds=gate_kinds, skip_space_tokens=skip_space_tokens)


def _kind(value: str, what: str) -> PatternKind:
    """A pattern kind from its name, or a clear ValueError."""
    try:
        return PatternKind(value)
    except ValueError:
        raise ValueError(f"unknown {what} kind {value!r}: one of {', '.join(k.value for k in PatternKind)}") from None


def _max_length(tokens: list[dict]) -> int | None:
    """The most tokens a pattern can match, None when unbounded ("*", "+", "{n,}")."""
    total = 0
    for token in tokens:
        op = token.get("OP")
        if op in (None, "!", "?", "1"):
            total += 1  # "!" too: counting it keeps the window wide enough
        elif isinstance(op, str) and op.startswith("{") and op.endswith("}") and not op.rstrip("}").endswith(","):
            total += int(op[1:-1].split(",")[-1])
        else:
            return None
    return total


def _among(values: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Which values are among the sorted keys (``np.isin``, by binary search: isin sorts both
    arrays on every call, slower on a clause's few tokens)."""
    if not len(keys):
        return np.zeros(len(values), dtype=bool)
    where = np.searchsorted(keys, values)
    where[where == len(keys)] = 0
    return keys[where] == values


def _reach(tokens: list[dict], at: int) -> tuple[int, int] | None:
    """The most tokens a match can hold before and after the one pattern token ``at`` matches
    (a token of op None or "1"); None when unbounded."""
    before, after = _max_length(tokens[:at]), _max_length(tokens[at + 1:])
    return None if before is None or after is None else (before, after)


def _needs(tokens: list[dict], strings) -> tuple[frozenset[int], ...]:
    """Per required token of a pattern, the hashes one of which a doc's lower forms or lemmas
    must hold for the pattern to match: the token's words as written and lower-cased."""
    return tuple(frozenset(strings.add(w) for v in words for w in {v, v.lower()})
                 for words in map(_token_words, tokens) if words is not None)


# Patterns of one anchor are grouped by how far they reach from it (at most this many tokens
# either way, then more, then unbounded): the matcher runs every pattern of a group at every
# token of its windows, so a short pattern is not run over the windows a long one needs.
_REACH_CLASSES = (2, 4, 7, 11)


def _reach_class(reach: tuple[int, int] | None) -> int:
    """The reach class of a pattern (:data:`_REACH_CLASSES`): 0, 1, ... by the most tokens it
    holds on either side of its anchor; one past the last for an unbounded pattern."""
    if reach is None:
        return len(_REACH_CLASSES) + 1
    return next((i for i, most in enumerate(_REACH_CLASSES) if max(reach) <= most), len(_REACH_CLASSES))


class _Group:
    """Patterns that share an anchor: a required token matched by one of a few words.

    Every match of these patterns holds a token whose lower form is in ``lowers`` or
    whose lemma is in ``lemmas``, with at most ``before`` tokens before it and ``after``
    after it (``reach``; None when a pattern is unbounded: the whole doc), so the matcher
    need only look that near such a token. ``needs`` holds each pattern's required words
    (:func:`_needs`): the group runs only on a doc that holds all of some pattern's.
    """

    def __init__(self, matcher: Matcher):
        self.matcher = matcher
        self.reach: tuple[int, int] | None = (0, 0)
        self.lowers: set[int] = set()
        self.lemmas: set[int] = set()
        self.needs: list[tuple[frozenset[int], ...]] = []

    def add(self, reach: tuple[int, int] | None, needs: tuple[frozenset[int], ...]) -> None:
        if reach is None or self.reach is None:
            self.reach = None
        else:
            self.reach = (max(self.reach[0], reach[0]), max(self.reach[1], reach[1]))
        if needs not in self.needs:
            self.needs.append(needs)

    def finish(self, common: frozenset[int]) -> None:
        """Fewer and cheaper checks for :meth:`can_match`, with the same answers: a pattern
        whose needs hold another's is left out (where it could match, so could the other), and
        each pattern's needs are checked those without a common word first (``common``: their
        hashes), fewest words first, the likeliest to be missing."""
        sets = sorted({frozenset(n) for n in self.needs}, key=len)
        kept = [n for i, n in enumerate(sets) if not any(m < n for m in sets[:i])]
        self.needs = [tuple(sorted(n, key=lambda need: (not need.isdisjoint(common), len(need), sorted(need))))
                      for n in kept]

    def can_match(self, words: set[int]) -> bool:
        """Whether a doc with these lower forms and lemmas holds the words of one of the patterns."""
        for needs in self.needs:  # loops, not any(all(...)): this runs for every anchor of every doc
            for need in needs:
                if need.isdisjoint(words):
                    break
            else:
                return True
        return False


class GatedSpanRuler(SpanRuler):
    """spaCy's SpanRuler, made cheap on long texts: a doc in which no label pattern could
    match is skipped, and in the others each pattern runs only near its anchor tokens.

    The patterns are grouped by an anchor (a required token, the one whose words are
    rarest); a group's matcher runs on the stretches of the doc around the tokens its
    anchor matches, which hold every match it can make (the whole doc for a group of
    unbounded patterns), and only when the doc holds every required word of one of its
    patterns. Whether a doc can match at all is
    told from its words, read from its text (:class:`TextWords`, a superset of the tokens'
    lower forms and lemmas) when the pipeline allows that promise, else from its tokens.
    The spans are the same as the SpanRuler's, with its match keys, deduplication and
    annotation.

    Kinds: a pattern's ``"kind"`` key (a :class:`PatternKind` value, ``label`` when absent)
    says which span group its matches go to: label patterns to ``spans_key`` (and to
    ``doc.ents`` with ``annotate_ents``), cues and cancellations to the groups named in
    :data:`KIND_KEYS`, written only when they have a span (``overwrite`` and
    ``spans_filter`` apply to each group alone). A label and pattern id name one kind: a
    pattern whose label and id another pattern of another kind has is refused. The kind is
    kept in the saved patterns.

    ``gate_kinds``: the kinds whose patterns open the gate (default: every kind). Patterns
    of the other kinds match only in docs where some pattern of these could (our polarity
    cues and cancellations, which matter only beside a label's words). Only there do the
    spans differ from the SpanRuler's; with every kind they never do.

    ``skip_space_tokens``: match as if the doc had no whitespace tokens, so that a pattern
    matches across a line break or a run of spaces ("any criminal\\noffence", which spaCy's
    tokenizer splits into "criminal", "\\n", "offence"): labels do not depend on where a
    text's lines break. The spans are the doc's own tokens, offsets unchanged. Off, the spans
    are the SpanRuler's.
    """

    def __init__(self, nlp: Language, name: str = "treatyscope_span_ruler", *,
                 gate_kinds: Iterable[str] = tuple(PatternKind), skip_space_tokens: bool = False, **config):
        self.gate_kinds = frozenset(_kind(k, "gate_kinds") for k in gate_kinds)
        self.skip_space_tokens = skip_space_tokens
        self.gate = PatternGate([])
        self.groups: list[_Group] = []
        # Patterns that need no particular word, in one matcher run on the whole doc (one call
        # per doc, not one per pattern: the first tokens' IN lists are expanded into a pattern
        # each, so a single such pattern could cost a dozen calls).
        self._whole: Matcher | None = None
        self._by_lower: dict[int, list[int]] = {}
        self._by_lemma: dict[int, list[int]] = {}
        self._lower_keys = self._lemma_keys = np.zeros(0, dtype=np.uint64)  # their keys, as arrays
        self._anchor_groups: dict[tuple[int, int], tuple[int, ...]] = {}
        self._text_words: TextWords | None | bool = False  # False: not built yet
        self._screened: dict[str, set[str]] = {}  # text -> words, from may_match
        self._kind_of: dict[tuple[int, int], PatternKind] = {}  # (label, id) -> kind, for kinds other than label
        super().__init__(nlp, name, **config)  # calls clear(), which builds the (empty) gate and groups

    def add_patterns(self, patterns):
        patterns = list(patterns)
        kinds = {(p["label"], p.get("id", "")): _kind(p.get(PATTERN_KIND_KEY, PatternKind.LABEL), "pattern")
                 for p in self.patterns}
        for p in patterns:
            key, kind = (p["label"], p.get("id", "")), _kind(p.get(PATTERN_KIND_KEY, PatternKind.LABEL), "pattern")
            if kinds.setdefault(key, kind) is not kind:
                raise ValueError(f"[{self.name}] label {key[0]!r} with id {key[1]!r} names patterns of two kinds "
                                 f"({kinds[key].value}, {kind.value}): give one of them another id")
        super().add_patterns(patterns)
        self._rebuild()

    def remove(self, label: str) -> None:
        super().remove(label)
        self._rebuild()

    def remove_by_id(self, pattern_id: str) -> None:
        super().remove_by_id(pattern_id)
        self._rebuild()

    def clear(self):
        super().clear()
        self._rebuild()

    def _rebuild(self) -> None:
        """The kinds, the gate and the anchor groups, from the patterns the ruler holds now."""
        strings = self.nlp.vocab.strings
        self._kind_of = {}
        gating = []
        for p in self.patterns:
            kind = PatternKind(p.get(PATTERN_KIND_KEY, PatternKind.LABEL))
            if kind is not PatternKind.LABEL:
                self._kind_of[strings.add(p["label"]), strings.add(p.get("id", ""))] = kind
            if kind in self.gate_kinds:
                gating.append(p)
        self.gate = PatternGate(gating)
        self._build_groups()

    def _build_groups(self) -> None:
        strings = self.nlp.vocab.strings
        by_anchor: dict[tuple[frozenset[str], int], _Group] = {}
        self._whole = None
        for p in self.patterns:
            tokens = p["pattern"]
            if not isinstance(tokens, list):
                continue
            key = repr((p["label"], p.get("id", "")))
            reqs = [(i, r) for i, t in enumerate(tokens) if (r := _token_requirement(t)) is not None]
            if not reqs:
                if self._whole is None:
                    self._whole = Matcher(self.nlp.vocab, validate=self.validate,
                                          fuzzy_compare=self.matcher_fuzzy_compare)
                self._whole.add(key, [tokens])
                continue
            anchor = _anchor(tuple(r for _, r in reqs))
            at = next(i for i, r in reqs if r == anchor)
            token = tokens[at]
            reach = None if token.get("OP") == "+" else _reach(tokens, at)
            # By reach class (unbounded patterns apart), so that long patterns do not widen the
            # windows of the short ones.
            size = _reach_class(reach)
            group = by_anchor.get((anchor, size))
            if group is None:
                group = by_anchor[anchor, size] = _Group(Matcher(
                    self.nlp.vocab, validate=self.validate, fuzzy_compare=self.matcher_fuzzy_compare))
            group.matcher.add(key, [tokens])
            # The anchor's own need is met wherever the group runs (at a token its words name).
            anchor_need = _needs([token], strings)[0]
            group.add(reach, tuple(n for n in _needs(tokens, strings) if n != anchor_need))
            for attr in ("LOWER", "ORTH", "TEXT", "LEMMA"):
                value = token.get(attr)
                values = [value] if isinstance(value, str) else value["IN"] if isinstance(value, dict) else []
                for v in values:
                    if attr == "LEMMA":
                        group.lemmas.add(strings.add(v))
                    else:
                        group.lowers.add(strings.add(v.lower()))
        self.groups = list(by_anchor.values())
        common = frozenset(strings.add(w) for w in _COMMON)
        for group in self.groups:
            group.finish(common)
        self._by_lower, self._by_lemma = {}, {}
        self._anchor_groups = {}
        for i, group in enumerate(self.groups):
            for h in group.lowers:
                self._by_lower.setdefault(h, []).append(i)
            for h in group.lemmas:
                self._by_lemma.setdefault(h, []).append(i)
        self._lower_keys = np.array(sorted(self._by_lower), dtype=np.uint64)
        self._lemma_keys = np.array(sorted(self._by_lemma), dtype=np.uint64)
        self._text_words = False
        self._screened = {}

    def text_words(self) -> TextWords | None:
        """The text-word finder for this pipeline, or None when words must come from tokens."""
        if self._text_words is False:
            names = self.nlp.pipe_names
            before = names[:names.index(self.name)] if self.name in names else None
            vocabulary = {w for p in self.patterns if isinstance(p["pattern"], list)
                          for t in p["pattern"] for w in (_token_requirement(t) or ())}
            self._text_words = None if before is None else TextWords.for_pipeline(self.nlp, vocabulary, before)
        return self._text_words

    def words(self, doc: Doc) -> set[str]:
        """The words that decide whether a doc can match."""
        finder = self.text_words()
        if finder is None:
            return _words(doc)
        text = doc_text(doc)
        words = self._screened.pop(text, None)
        return words if words is not None else finder.words(text)

    def may_match(self, text: str) -> bool:
        """Whether a label pattern could match a clause, from its text alone (True when
        that cannot be told without spaCy). The words of a clause that may match are kept
        for the doc made from it next."""
        finder = self.text_words()
        if finder is None:
            return True
        words = finder.words(text)
        if not self.gate.open_for(words):
            return False
        if len(self._screened) >= 4096:
            self._screened.clear()
        self._screened[text] = words
        return True

    def _windows(self, doc: Doc) -> dict[int, list[list[int]]]:
        """Per group that can match, the merged stretches [start, end) of the doc around its
        anchor tokens."""
        by_lower, by_lemma, groups = self._by_lower, self._by_lemma, self.groups
        n = len(doc)
        values = doc.to_array([LOWER, LEMMA])
        # Only the tokens that are some group's anchor are visited (found in one array call).
        at = np.flatnonzero(_among(values[:, 0], self._lower_keys) | _among(values[:, 1], self._lemma_keys))
        if not len(at):
            return {}
        anchors: dict[int, list[int]] = {}
        known = self._anchor_groups  # (lower, lemma) -> the groups a token of them anchors
        for i, pair in zip(at.tolist(), map(tuple, values[at].tolist())):
            found = known.get(pair)
            if found is None:
                if len(known) >= 100_000:
                    known.clear()
                lower, lemma = pair
                found = known[pair] = tuple(sorted({*by_lower.get(lower, ()), *by_lemma.get(lemma, ())}))
            for g in found:
                anchors.setdefault(g, []).append(i)
        words = set(values.ravel().tolist())
        windows: dict[int, list[list[int]]] = {}
        for g, places in anchors.items():
            group = groups[g]
            if not group.can_match(words):
                continue
            if group.reach is None:
                windows[g] = [[0, n]]
                continue
            before, after = group.reach
            spans = windows[g] = []
            for i in places:
                start, end = max(0, i - before), min(n, i + after + 1)
                if spans and start <= spans[-1][1]:
                    spans[-1][1] = max(spans[-1][1], end)
                else:
                    spans.append([start, end])
        return windows

    def match(self, doc: Doc):
        self._require_patterns()
        if self.skip_space_tokens and len(doc):
            spaces = doc.to_array(IS_SPACE)
            if spaces.any():
                return self._match_without_spaces(doc, np.flatnonzero(spaces == 0))
        return self._match(doc)

    def _match_without_spaces(self, doc: Doc, kept: np.ndarray) -> list[Span]:
        """The spans of the doc's words matched as one run of tokens, mapped back onto the doc."""
        if not len(kept):
            return []
        attrs = [LEMMA, NORM]
        strings = doc.vocab.strings
        # The kept tokens' texts read from their ORTH values (a Token object each was slower).
        words = Doc(doc.vocab, words=[strings[o] for o in doc.to_array(ORTH)[kept].tolist()])
        words.from_array(attrs, doc.to_array(attrs)[kept])
        index = kept.tolist()
        return sorted({Span(doc, index[s.start], index[s.end - 1] + 1, label=s.label, span_id=s.id)
                       for s in self._match(words)})

    def _match(self, doc: Doc) -> list[Span]:
        matches = list(self._whole(doc)) if self._whole is not None else []
        for g, spans in sorted(self._windows(doc).items()):
            matcher = self.groups[g].matcher
            for start, end in spans:
                matches.extend((m_id, s + start, e + start) for m_id, s, e in matcher(doc[start:end]))
        if len(self.phrase_matcher):
            matches.extend(self.phrase_matcher(doc))
        found = {Span(doc, start, end, label=self._match_label_id_map[m_id]["label"],
                      span_id=self._match_label_id_map[m_id]["id"])
                 for m_id, start, end in matches if start != end}
        return sorted(found)

    def match_kinds(self, doc: Doc) -> dict[PatternKind, list[Span]]:
        """The doc's matches by kind (every kind present, in :meth:`match`'s order), without the gate."""
        return self._by_kind(self.match(doc))

    def _by_kind(self, spans: list[Span]) -> dict[PatternKind, list[Span]]:
        found: dict[PatternKind, list[Span]] = {kind: [] for kind in PatternKind}
        kind_of = self._kind_of
        for span in spans:
            found[kind_of.get((span.label, span.id), PatternKind.LABEL)].append(span)
        return found

    def set_annotations(self, doc: Doc, matches: list[Span]) -> None:
        """Write each kind's matches to its span group: label matches as spaCy's SpanRuler does."""
        if not self._kind_of:  # label patterns alone
            super().set_annotations(doc, matches)
            return
        found = self._by_kind(matches)
        super().set_annotations(doc, found[PatternKind.LABEL])
        for kind, key in KIND_KEYS.items():
            new = found[kind]
            if not new and key not in doc.spans:  # a span group costs a Python object per doc
                continue
            spans = doc.spans[key] if key in doc.spans and not self.overwrite else []
            spans.extend(self.spans_filter(spans, new) if self.spans_filter else new)
            doc.spans[key] = spans

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            self.set_annotations(doc, self.match(doc) if self.gate.open_for(self.words(doc)) else [])
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)

