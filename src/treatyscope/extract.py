"""Patterns: scope and condition spans, their polarity, and cross-references.

Three spaCy pieces, assembled from ``configs/pipeline.cfg`` on ``spacy.blank("en")`` with
the lookup lemmatizer:

- spaCy's own ``span_ruler`` finds candidate spans with the token patterns in
  ``configs/patterns/*.jsonl`` (tier labels, safeguard labels, ``NOT_<label>`` spans that
  cancel a label where its words mean something else, and ``POLARITY_*`` cues);
- ``treatyscope_evidence`` turns candidates into evidence spans in ``doc.spans["evidence"]``:
  cancelled spans dropped, overlaps of one label merged, each safeguard span given the
  polarity of the nearest cue (``Span._.polarity``);
- ``treatyscope_references`` parses cross-references into ``doc._.references`` with the
  grammar in ``configs/references.json``.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable

import spacy
import srsly
from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span

from . import lemmatizer as _lemmatizer  # noqa: F401  (registers treatyscope_lookup_lemmatizer)
from .types import SAFEGUARDS, TIERS, CrossReference

CONFIG_PACKAGE = "treatyscope.configs"
EVIDENCE_KEY = "evidence"
TEXT_KEY = "treatyscope_text"  # Doc.user_data: the text the doc was made from

if not Span.has_extension("polarity"):
    Span.set_extension("polarity", default=None)
if not Doc.has_extension("references"):
    Doc.set_extension("references", default=None)


def config_path(name: str) -> Path:
    """The path of a file in the installed ``configs`` folder."""
    return Path(str(resources.files(CONFIG_PACKAGE).joinpath(name)))


@spacy.registry.misc("treatyscope.patterns.v1")
def read_patterns(files: list[str], folder: str = "patterns") -> list[dict[str, Any]]:
    """Read span-ruler patterns from JSONL files in ``configs/<folder>`` (or absolute paths).

    A first token with an ``IN`` list is expanded into one pattern per value: spaCy's
    matcher tries every pattern's first token at every position, and a plain value is
    checked in C while an ``IN`` list is a Python call.
    """
    patterns: list[dict[str, Any]] = []
    for name in files:
        path = Path(name) if Path(name).is_absolute() else config_path(f"{folder}/{name}")
        for pattern in srsly.read_jsonl(path):
            patterns.extend(_expand_first_token(pattern))
    return patterns


def _expand_first_token(pattern: dict[str, Any]) -> list[dict[str, Any]]:
    tokens = pattern.get("pattern")
    if not isinstance(tokens, list) or not tokens:
        return [pattern]
    first = tokens[0]
    lists = [k for k, v in first.items() if isinstance(v, dict) and set(v) == {"IN"}]
    if len(lists) != 1 or "OP" in first:
        return [pattern]
    key = lists[0]
    return [{**pattern, "pattern": [{**first, key: value}] + tokens[1:]} for value in first[key]["IN"]]


def _token_requirement(token: dict[str, Any]) -> frozenset[str] | None:
    """The lower-case words one of which must occur for a pattern token to match, or None."""
    if token.get("OP") not in (None, "+", "1"):
        return None
    for key in ("LOWER", "LEMMA", "ORTH", "TEXT"):
        value = token.get(key)
        if isinstance(value, str):
            return frozenset({value.lower()})
        if isinstance(value, dict) and set(value) == {"IN"}:
            return frozenset(v.lower() for v in value["IN"])
    return None


# Words too common to tell which patterns a clause could match.
_COMMON = frozenset("the a an of to in by and or not shall may be any for with this its their under on as "
                    "that is are other such from".split())


def _anchor(reqs: tuple[frozenset[str], ...]) -> frozenset[str]:
    """The requirement of a pattern that best tells clauses apart: fewest common words,
    then fewest words."""
    return min(reqs, key=lambda r: (len(r & _COMMON), len(r)))


class PatternGate:
    """Tells cheaply whether any token pattern could match a doc: each pattern needs one
    of the words of every required token (by lower form or lemma)."""

    def __init__(self, patterns: list[dict[str, Any]]):
        self.requirements: list[tuple[frozenset[str], ...]] | None = []
        # Each pattern under the words of one of its requirements: only the patterns one of
        # whose words occurs are checked.
        self.index: dict[str, list[int]] = {}
        for p in patterns:
            tokens = p.get("pattern")
            if not isinstance(tokens, list):
                self.requirements = None  # a phrase pattern: no gate
                return
            reqs = tuple(r for r in (_token_requirement(t) for t in tokens) if r is not None)
            if not reqs:
                self.requirements = None  # a pattern that needs no particular word
                return
            for word in _anchor(reqs):
                self.index.setdefault(word, []).append(len(self.requirements))
            self.requirements.append(reqs)

    def open_for(self, words: set[str]) -> bool:
        """Whether some pattern could match a doc with these words (lower forms and lemmas)."""
        if self.requirements is None:
            return True
        for word in words:
            for i in self.index.get(word, ()):
                if all(not req.isdisjoint(words) for req in self.requirements[i]):
                    return True
        return False


# A word of the patterns' vocabulary is ASCII letters; the Kelvin sign is the one other
# character whose lower case is an ASCII letter.
_ASCII_WORD = re.compile(r"[A-Za-z\u212a]+")


class TextWords:
    """The pattern words of a text, found without building a spaCy doc.

    ``words(text)`` returns a superset of what spaCy would give for the words of
    ``vocabulary`` (lower forms and lower-cased lookup lemmas of the tokens of English
    ``spacy.blank("en")``): a token whose lower form is an ASCII word is a whole run of
    ASCII letters in the text, because the English tokenizer splits two adjacent letters
    only through a special case ("cannot" -> "can", "not"), and the pieces of every special
    case are added for each letter run of its key. A token whose lemma is a vocabulary word
    is either such a run or one of the few other forms of the lemma table ("n't" -> "not"),
    looked for as substrings. More words than spaCy's can only open a gate that then finds
    nothing; fewer would lose spans, which the tests check against spaCy on the corpus.
    """

    def __init__(self, vocabulary: Iterable[str], special_cases: dict[str, list[str]], lemmas: dict[str, str]):
        self.vocabulary = frozenset(vocabulary)
        # form -> lower-case lemma, for the forms whose lemma the patterns ask for
        self.lemmas = {form: lemma.lower() for form, lemma in lemmas.items() if lemma.lower() in self.vocabulary}
        self.pieces: dict[str, frozenset[str]] = {}
        for key, orths in special_cases.items():
            words = frozenset(o for o in orths if _ASCII_WORD.fullmatch(o))
            if len(orths) > 1 and words:
                for run in _ASCII_WORD.findall(key):
                    self.pieces[run] = self.pieces.get(run, frozenset()) | words
        odd_forms = [(form, lemma) for form, lemma in self.lemmas.items() if not _ASCII_WORD.fullmatch(form)]
        odd_words = [w for w in self.vocabulary if not _ASCII_WORD.fullmatch(w)]
        # Forms and words that are not ASCII letters are looked for as substrings, in each
        # whitespace-free chunk of the text, or in the whole text when they hold a space.
        self.odd_forms = [(f, lemma) for f, lemma in odd_forms if not any(c.isspace() for c in f)]
        self.odd_words = [w for w in odd_words if not any(c.isspace() for c in w)]
        self.spaced_forms = [(f, lemma) for f, lemma in odd_forms if any(c.isspace() for c in f)]
        self.spaced_words = [w for w in odd_words if any(c.isspace() for c in w)]
        self._chunks: dict[str, frozenset[str]] = {}

    def _chunk_words(self, chunk: str) -> frozenset[str]:
        """The vocabulary words of one whitespace-free chunk of text (remembered)."""
        found: set[str] = set()
        for run in _ASCII_WORD.findall(chunk):
            for form in (run, *self.pieces.get(run, ())):
                lower = form.lower()
                if lower in self.vocabulary:
                    found.add(lower)
                lemma = self.lemmas.get(form)
                if lemma is not None:
                    found.add(lemma)
        found.update(_substrings(chunk, self.odd_forms, self.odd_words))
        words = frozenset(found) if found else _NO_WORDS
        if len(self._chunks) >= 100_000:
            self._chunks.clear()
        self._chunks[chunk] = words
        return words

    def words(self, text: str) -> set[str]:
        """The vocabulary words a spaCy doc of ``text`` could have (a superset)."""
        found: set[str] = set()
        chunks = self._chunks
        for chunk in set(text.split()):
            words = chunks.get(chunk)
            if words is None:
                words = self._chunk_words(chunk)
            if words:
                found |= words
        if self.spaced_forms or self.spaced_words:
            found.update(_substrings(text, self.spaced_forms, self.spaced_words))
        return found

    @classmethod
    def for_pipeline(cls, nlp: Language, vocabulary: Iterable[str], before: list[str]) -> "TextWords | None":
        """The text words for a pipeline whose components ``before`` run ahead of the
        patterns; None when the superset cannot be promised (another tokenizer, another
        lemmatizer, a lemma table that is not spacy-lookups-data's)."""
        from spacy.lang.en import English
        from spacy.lookups import Table
        from spacy.pipeline import Lemmatizer
        from spacy.tokenizer import Tokenizer

        tok = nlp.tokenizer
        if nlp.lang != "en" or type(tok) is not Tokenizer or not _english_affixes(tok, English.Defaults):
            return None
        special = {key: [piece[spacy.attrs.ORTH] for piece in pieces] for key, pieces in tok.rules.items()}
        vocabulary = frozenset(vocabulary)
        lemmas: dict[str, str] = {}
        for name in before:
            component = nlp.get_pipe(name)
            if not isinstance(component, Lemmatizer) or component.mode != "lookup":
                return None
            table = component.lookups.get_table("lemma_lookup", Table())
            table_lemmas = _lookup_strings(nlp.lang, table, vocabulary)
            if table_lemmas is None:
                return None
            lemmas.update(table_lemmas)
        return cls(vocabulary, special, lemmas)


_NO_WORDS: frozenset[str] = frozenset()


def _substrings(text: str, forms: list[tuple[str, str]], words: list[str]) -> set[str]:
    """The lemmas of the forms that occur in a text, and the words that occur in its lower case."""
    found = {lemma for form, lemma in forms if form in text}
    if words:
        lower = text.lower()
        # Final sigma is the one letter whose lower case depends on its neighbours.
        found.update(w for w in words if w in lower or "σ" in w or "ς" in w)
    return found


def _english_affixes(tokenizer, defaults) -> bool:
    """Whether a tokenizer splits words with spaCy's English prefixes, suffixes and infixes."""
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    def pattern(fn):
        return getattr(getattr(fn, "__self__", None), "pattern", None)

    return (pattern(tokenizer.prefix_search) == compile_prefix_regex(defaults.prefixes).pattern
            and pattern(tokenizer.suffix_search) == compile_suffix_regex(defaults.suffixes).pattern
            and pattern(tokenizer.infix_finditer) == compile_infix_regex(defaults.infixes).pattern)


def _lookup_strings(lang: str, table, vocabulary: frozenset[str]) -> dict[str, str] | None:
    """The forms of a lookup table whose lemma (lower-cased) is a vocabulary word.

    spaCy keeps a table's keys as hashes, so the forms are read from spacy-lookups-data and
    checked against the table: every form found gives the table's lemma, and the table has
    no other entry with such a lemma. None when they differ.
    """
    from spacy.util import load_language_data, registry

    try:
        raw = load_language_data(registry.lookups.get(lang)["lemma_lookup"])
    except (KeyError, OSError, ValueError):  # no spacy-lookups-data table for the language
        return None

    def first(value):
        return value[0] if isinstance(value, list) and value else value

    wanted = {form: first(lemma) for form, lemma in raw.items()
              if isinstance(first(lemma), str) and first(lemma).lower() in vocabulary}
    in_table = sum(1 for v in table.values() if isinstance(first(v), str) and first(v).lower() in vocabulary)
    if in_table != len(wanted) or any(first(table.get(form)) != lemma for form, lemma in wanted.items()):
        return None
    return wanted


@Language.factory(
    "treatyscope_span_ruler",
    assigns=["doc.spans"],
    default_config={"spans_key": "treatyscope_raw", "phrase_matcher_attr": None, "validate": False,
                    "overwrite": True},
)
def make_gated_span_ruler(nlp: Language, name: str, *, spans_key: str, phrase_matcher_attr: str | None,
                          validate: bool, overwrite: bool):
    return GatedSpanRuler(nlp, name, spans_key=spans_key, phrase_matcher_attr=phrase_matcher_attr,
                          validate=validate, overwrite=overwrite, scorer=None)


class _Group:
    """Patterns that share an anchor: a required token matched by one of a few words.

    Every match of these patterns holds a token whose lower form is in ``lowers`` or
    whose lemma is in ``lemmas``, and is at most ``length`` tokens long, so the matcher
    need only look within ``length - 1`` tokens of such a token.
    """

    def __init__(self, matcher: Matcher):
        self.matcher = matcher
        self.length = 0
        self.lowers: set[int] = set()
        self.lemmas: set[int] = set()


class GatedSpanRuler(SpanRuler):
    """spaCy's SpanRuler, made cheap on long texts: a doc in which no label pattern could
    match is skipped, and in the others each pattern runs only near its anchor tokens.

    The patterns are grouped by an anchor (a required token, the one whose words are
    rarest); a group's matcher runs on the stretches of the doc around the tokens its
    anchor matches, which hold every match it can make. Whether a doc can match at all is
    told from its words, read from its text (:class:`TextWords`, a superset of the tokens'
    lower forms and lemmas) when the pipeline allows that promise, else from its tokens.
    The spans are the same as the SpanRuler's, with its match keys, deduplication and
    annotation.
    """

    def __init__(self, nlp: Language, name: str, **config):
        super().__init__(nlp, name, **config)
        self.gate = PatternGate([])
        self.groups: list[_Group] = []
        self._whole: list[Matcher] = []  # patterns without an anchor: run on the whole doc
        self._by_lower: dict[int, list[int]] = {}
        self._by_lemma: dict[int, list[int]] = {}
        self._text_words: TextWords | None | bool = False  # False: not built yet
        self._screened: dict[str, set[str]] = {}  # text -> words, from may_match

    def add_patterns(self, patterns):
        super().add_patterns(patterns)
        # Polarity cues and cancellations matter only beside a label's span: the gate
        # opens for the label patterns alone.
        self.gate = PatternGate([p for p in self.patterns if not p["label"].startswith(("POLARITY_", "NOT_"))])
        self._build_groups()

    def clear(self):
        super().clear()
        self.gate = PatternGate([])
        self._build_groups()

    def _build_groups(self) -> None:
        strings = self.nlp.vocab.strings
        by_anchor: dict[frozenset[str], _Group] = {}
        self._whole = []
        for p in self.patterns:
            tokens = p["pattern"]
            if not isinstance(tokens, list):
                continue
            key = repr((p["label"], p.get("id", "")))
            reqs = [(t, r) for t in tokens if (r := _token_requirement(t)) is not None]
            if not reqs:
                whole = Matcher(self.nlp.vocab, validate=False)
                whole.add(key, [tokens])
                self._whole.append(whole)
                continue
            anchor = _anchor(tuple(r for _, r in reqs))
            token = next(t for t, r in reqs if r == anchor)
            group = by_anchor.get(anchor)
            if group is None:
                group = by_anchor[anchor] = _Group(Matcher(self.nlp.vocab, validate=False))
            group.matcher.add(key, [tokens])
            group.length = max(group.length, len(tokens))
            for attr in ("LOWER", "ORTH", "TEXT", "LEMMA"):
                value = token.get(attr)
                values = [value] if isinstance(value, str) else value["IN"] if isinstance(value, dict) else []
                for v in values:
                    if attr == "LEMMA":
                        group.lemmas.add(strings.add(v))
                    else:
                        group.lowers.add(strings.add(v.lower()))
        self.groups = list(by_anchor.values())
        self._by_lower, self._by_lemma = {}, {}
        for i, group in enumerate(self.groups):
            for h in group.lowers:
                self._by_lower.setdefault(h, []).append(i)
            for h in group.lemmas:
                self._by_lemma.setdefault(h, []).append(i)
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
        """Per group, the merged stretches [start, end) of the doc around its anchor tokens."""
        by_lower, by_lemma, groups = self._by_lower, self._by_lemma, self.groups
        windows: dict[int, list[list[int]]] = {}
        n = len(doc)
        for i, (lower, lemma) in enumerate(doc.to_array([LOWER, LEMMA]).tolist()):
            hit = by_lower.get(lower)
            also = by_lemma.get(lemma)
            if hit is None and also is None:
                continue
            for g in {*(hit or ()), *(also or ())}:
                reach = groups[g].length
                start, end = max(0, i - reach + 1), min(n, i + reach)
                spans = windows.setdefault(g, [])
                if spans and start <= spans[-1][1]:
                    spans[-1][1] = max(spans[-1][1], end)
                else:
                    spans.append([start, end])
        return windows

    def match(self, doc: Doc):
        matches = [m for whole in self._whole for m in whole(doc)]
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

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc) if self.gate.open_for(self.words(doc)) else [])
        return doc


def doc_text(doc: Doc) -> str:
    """A doc's text: the text it was made from when make_docs kept it (``Doc.text`` joins
    the tokens in Python, which costs as much as matching)."""
    text = doc.user_data.get(TEXT_KEY)
    if isinstance(text, str) and len(text) == (doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0):
        return text
    return doc.text


def _words(doc: Doc) -> set[str]:
    """A doc's words, as lower forms and lower-case lemmas."""
    return {t.lower_ for t in doc} | {t.lemma_.lower() for t in doc}


@spacy.registry.misc("treatyscope.reference_grammar.v1")
def read_reference_grammar(file: str = "references.json") -> dict[str, Any]:
    """Read the cross-reference grammar (regular expressions as data)."""
    path = Path(file) if Path(file).is_absolute() else config_path(file)
    return json.loads(path.read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------------------
# Evidence


@Language.factory(
    "treatyscope_evidence",
    assigns=["doc.spans", "span._.polarity"],
    default_config={"source_key": "treatyscope_raw", "spans_key": EVIDENCE_KEY, "window": 25},
)
def make_evidence(nlp: Language, name: str, *, source_key: str, spans_key: str, window: int):
    return EvidenceComponent(name, source_key=source_key, spans_key=spans_key, window=window)


class EvidenceComponent:
    """Turn span-ruler candidates into evidence spans with polarity."""

    def __init__(self, name: str, *, source_key: str, spans_key: str, window: int):
        self.name = name
        self.source_key = source_key
        self.spans_key = spans_key
        self.window = window

    def __call__(self, doc: Doc) -> Doc:
        raw = list(doc.spans.get(self.source_key, []))
        cancels: dict[str, list[Span]] = {}
        cues: list[Span] = []
        candidates: list[Span] = []
        for span in raw:
            label = span.label_
            if label.startswith("NOT_"):
                cancels.setdefault(label[4:], []).append(span)
            elif label.startswith("POLARITY_"):
                cues.append(span)
            elif label in TIERS or label in SAFEGUARDS:
                candidates.append(span)
        kept = [s for s in candidates if not any(_overlaps(s, c) for c in cancels.get(s.label_, ()))]
        merged = _merge_same_label(kept)
        for span in merged:
            if span.label_ in SAFEGUARDS:
                span._.polarity = self._polarity(span, cues)
        doc.spans[self.spans_key] = merged
        return doc

    def _polarity(self, span: Span, cues: list[Span]) -> str:
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
            kind = cue.label_.split("_", 1)[1]
            rank = (distance, 0 if kind == "waived" else 1)
            if best is None or rank < (best[0], 0 if best[1] == "waived" else 1):
                best = (distance, kind)
        return best[1] if best else "required"


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


# ---------------------------------------------------------------------------------------
# Cross-references


class ReferenceGrammar:
    """Compiled cross-reference grammar."""

    def __init__(self, grammar: dict[str, Any]):
        item, joiner = grammar["item"], grammar["joiner"]
        self.reference = re.compile(grammar["reference"].replace("{item}", item).replace("{joiner}", joiner))
        self.item = re.compile(item)
        self.joiner = re.compile(joiner)
        self.subject_to = re.compile(grammar["subject_to"], re.I)
        self.scope_mention = re.compile(grammar["scope_mention"], re.I)
        self.external = re.compile(grammar["external"])
        self.window = int(grammar.get("window", 80))
        self.needs = tuple(grammar.get("needs", ()))


@spacy.registry.misc("treatyscope.refs_parser.v1")
def make_refs_parser() -> Callable[[str, ReferenceGrammar], list[CrossReference]]:
    """The v1 reference parser: regular-expression grammar, ranges expanded up to 200 items."""
    return parse_references


def _split_items(text: str, grammar: ReferenceGrammar) -> list[str]:
    """'14 and 15' -> ['14', '15']; '6 to 16' -> ['6', ..., '16']."""
    tokens: list[str] = []
    pos = 0
    ranges: list[int] = []
    for m in grammar.item.finditer(text):
        between = text[pos:m.start()]
        if tokens and re.search(r"\b(?:to|through)\b|[-–]", between):
            ranges.append(len(tokens))
        tokens.append(m.group().strip())
        pos = m.end()
    out: list[str] = []
    for i, tok in enumerate(tokens):
        if i in ranges and out and out[-1].isdigit() and tok.isdigit():
            lo, hi = int(out[-1]), int(tok)
            if lo < hi <= lo + 200:
                out.extend(str(n) for n in range(lo + 1, hi + 1))
                continue
        out.append(tok)
    return out


def _designator(item: str) -> tuple[str, str | None, str | None]:
    """'40(21)' -> ('40', '21', None); '1.a' -> ('1', None, 'a'); '(b)' -> ('b', None, None)."""
    item = item.strip()
    parts = re.findall(r"\(([a-z0-9]{1,4})\)", item)
    base = re.sub(r"\s*\(.*", "", item).strip("() ")
    dotted = base.split(".")
    base = dotted[0]
    rest = parts + dotted[1:]
    para = sub = None
    for r in rest:
        if r.isdigit() and para is None and sub is None:
            para = r
        else:
            sub = r if sub is None else f"{sub}.{r}"
    return base, para, sub


def parse_references(text: str, grammar: ReferenceGrammar) -> list[CrossReference]:
    """Find the cross-references in a clause's text.

    Returns :class:`CrossReference` objects with offsets relative to ``text``. A target in
    the same article is returned with ``article=None`` (the caller knows which article that
    is); ``paragraph="this"`` stands for "this paragraph".
    """
    refs: list[CrossReference] = []
    if grammar.needs:
        lower = text.lower()
        if not any(word in lower for word in grammar.needs):
            return refs
    for m in grammar.reference.finditer(text):
        head = m.group("head").lower()
        items = _split_items(m.group("items"), grammar)
        head2 = (m.group("head2") or "").lower()
        items2 = _split_items(m.group("items2"), grammar) if m.group("items2") else [None]
        of = (m.group("of") or "").lower()
        before = text[max(0, m.start() - grammar.window):m.start()]
        after = text[m.end():m.end() + 160]
        external = bool(grammar.external.match(after)) and not of.startswith("this")
        if grammar.scope_mention.search(before):
            kind = "mention"
        elif grammar.subject_to.search(before):
            kind = "subject_to"
        else:
            kind = "mention"
        for item in items:
            for item2 in items2:
                art: str | None
                para: str | None
                sub: str | None
                if head.startswith("art"):
                    art, para, sub = _designator(item)
                    if item2 is not None:
                        if head2.startswith("par"):
                            _, para2, sub2 = _designator(f"x({item2})" if item2.isdigit() else f"x.{item2}")
                            para, sub = para2 or item2, sub2 or sub
                        else:
                            sub = item2.strip("()")
                elif head.startswith("par"):
                    p, _, s = _designator(item)
                    art = m.group("of_num") if m.group("of_num") and "article" in of else None
                    para, sub = p, s
                    if item2 is not None:
                        sub = item2.strip("()")
                else:  # subparagraph / letter
                    art = None
                    letter = item.strip("()")
                    if "paragraph" in of and m.group("of_num"):
                        para = m.group("of_num")
                    elif "this paragraph" in of or not of:
                        para = "this"
                    else:
                        para = None
                    sub = letter
                    if m.group("of_num") and "article" in of:
                        art, para = m.group("of_num"), None
                refs.append(CrossReference(article=art, paragraph=para, subparagraph=sub, start=m.start(),
                                           end=m.end(), text=m.group(), kind=kind, external=external))
    return refs


@Language.factory(
    "treatyscope_references",
    assigns=["doc._.references"],
    default_config={"parser": {"@misc": "treatyscope.refs_parser.v1"}},
)
def make_references(nlp: Language, name: str, *, parser: Callable):
    return ReferenceComponent(name, parser=parser)


class ReferenceComponent:
    """Parse cross-references into ``doc._.references``; the grammar is loaded in ``initialize``."""

    def __init__(self, name: str, *, parser: Callable):
        self.name = name
        self.parser = parser
        self.grammar: ReferenceGrammar | None = None

    def initialize(self, get_examples=None, *, nlp=None, grammar: dict[str, Any] | None = None) -> None:
        self.grammar = ReferenceGrammar(grammar or read_reference_grammar())

    def parse(self, text: str) -> list[CrossReference]:
        """The cross-references in a clause's text (offsets relative to it)."""
        if self.grammar is None:
            self.initialize()
        return self.parser(text, self.grammar)

    def __call__(self, doc: Doc) -> Doc:
        doc._.references = self.parse(doc_text(doc))
        return doc

    def to_disk(self, path, *, exclude=()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "grammar.json", read_reference_grammar())

    def from_disk(self, path, *, exclude=()):
        self.grammar = ReferenceGrammar(srsly.read_json(Path(path) / "grammar.json"))
        return self


# ---------------------------------------------------------------------------------------
# Assembling the pipeline


@lru_cache(maxsize=8)
def load_pipeline(config: str | None = None, overrides: str = "{}", *, classifier: bool = True) -> Language:
    """Build and initialise the pipeline from a spaCy config file.

    Takes the path of a config (default ``configs/pipeline.cfg``), config overrides as a
    JSON object (e.g. ``{"components.treatyscope_classifier.model": "DIR"}``) and whether
    to keep the classifier; returns the initialised ``Language``. Nothing is downloaded:
    the lemma tables come from spacy-lookups-data. Raises :class:`ModelError` when a named
    model cannot be loaded safely.
    """
    from . import classify  # noqa: F401  (registers the classifier component)

    path = Path(config) if config else config_path("pipeline.cfg")
    cfg = spacy.util.load_config(path, overrides=json.loads(overrides), interpolate=False)
    exclude = [] if classifier else ["treatyscope_classifier"]
    nlp = spacy.util.load_model_from_config(cfg, auto_fill=True, validate=True, exclude=exclude)
    nlp.initialize()
    # Only clauses are passed to spaCy, but a text with no structure can be one long clause.
    nlp.max_length = 10_000_000
    return nlp


def evidence_of(doc: Doc, offset: int = 0) -> Iterable[tuple[str, int, int, str, str | None]]:
    """(label, start, end, text, polarity) for each evidence span, offsets shifted by ``offset``."""
    for span in doc.spans.get(EVIDENCE_KEY, []):
        yield span.label_, span.start_char + offset, span.end_char + offset, span.text, span._.polarity

