"""The gated span ruler is spaCy's SpanRuler: the same spans after add, remove and
remove_by_id, the same serialisation, options and error handling.

Each kind of pattern (label, polarity cue, cancellation: ``PatternKind``) has a span group
of its own: the label group is the ``spans_key`` spaCy's SpanRuler writes with the label
patterns alone, and each other kind's group holds what spaCy's SpanRuler finds with that
kind's patterns alone. With the gate open to every kind (the default), the gate never
changes a result.
"""

from __future__ import annotations

from collections import Counter

import pytest
import spacy
import srsly
from shared import shipped_patterns

from treatyscope.extensions import CANCELS_KEY, CUES_KEY, KIND_KEYS
from treatyscope.types import PatternKind

PATTERNS = shipped_patterns()
KINDS = {kind: [p for p in PATTERNS if p.get("kind", "label") == kind] for kind in PatternKind}
GROUPS = {PatternKind.LABEL: "raw", **KIND_KEYS}  # the span group of each kind in these tests
TEXTS = [
    # tiers, a safeguard and a polarity cue
    "Each Party may refuse assistance for serious crime under its domestic law, subject to Articles 14 and 15.",
    # dual criminality waived
    "Dual criminality shall not be required for the collection of evidence of any criminal offence.",
    # a cancellation: sanctions are not proportionality
    "punishable by effective, proportionate and dissuasive sanctions",
    # a cue alone
    "The Parties need not meet.",
    # nothing to find
    "The Secretary General shall notify the Parties.",
]


def _pipeline(factory: str, config: dict | None = None, patterns: list[dict] = PATTERNS):
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    ruler = nlp.add_pipe(factory, name="ruler", config={"spans_key": "raw", **(config or {})})
    nlp.initialize()
    if patterns:
        ruler.add_patterns(patterns)
    return nlp


@pytest.fixture()
def pair():
    """spaCy's span_ruler, one per kind with that kind's patterns, and ours with every pattern."""
    return {kind: _pipeline("span_ruler", patterns=KINDS[kind]) for kind in PatternKind}, \
        _pipeline("treatyscope_span_ruler")


def _tuples(spans) -> list[tuple[int, int, str, str]]:
    return [(s.start, s.end, s.label_, s.id_) for s in spans]


def spans(nlp, text: str, key: str = "raw") -> list[tuple[int, int, str, str]]:
    doc = nlp(text)
    return _tuples(doc.spans.get(key, []))


def groups(nlp, text: str) -> dict[str, list[tuple[int, int, str, str]]]:
    doc = nlp(text)
    return {key: _tuples(doc.spans.get(key, [])) for key in GROUPS.values()}


def same(pair, texts=TEXTS) -> None:
    spacys, ours = pair
    expected = [{GROUPS[kind]: spans(spacys[kind], t) for kind in PatternKind} for t in texts]
    assert [groups(ours, t) for t in texts] == expected


def remove(pair, method: str, name: str) -> None:
    """Remove a label or pattern id from our ruler and from each of spaCy's that holds it."""
    spacys, ours = pair
    getattr(ours.get_pipe("ruler"), method)(name)
    for nlp in spacys.values():
        ruler = nlp.get_pipe("ruler")
        if (name in ruler.labels) if method == "remove" else (name in ruler.ids):
            getattr(ruler, method)(name)


def test_each_kind_has_its_own_group():
    """The whole output on the texts: labels, cues and cancellations in their own groups, each
    labelled with what it names (a label, a polarity, the label cancelled)."""
    ours = _pipeline("treatyscope_span_ruler")
    nothing = {"raw": [], CUES_KEY: [], CANCELS_KEY: []}
    assert [groups(ours, t) for t in TEXTS] == [
        {"raw": [(3, 4, "refusal_grounds", "rg-refuse"), (6, 8, "serious", "serious-crime")],
         CUES_KEY: [(2, 4, "optional", "pol-may-refuse"), (2, 4, "optional", "pol-may-adverb-refuse")],
         CANCELS_KEY: []},
        {"raw": [(0, 2, "dual_criminality", "dc-term"), (12, 15, "any", "any-criminal-offence")],
         CUES_KEY: [(2, 6, "waived", "pol-not-required")], CANCELS_KEY: []},
        {"raw": [(4, 5, "proportionality", "pr-proportionality")], CUES_KEY: [],
         CANCELS_KEY: [(2, 7, "proportionality", "not-pr-sanctions")]},
        {**nothing, CUES_KEY: [(2, 4, "waived", "pol-need-not")]},
        nothing,
    ]


def test_added_patterns_give_spacys_spans(pair):
    same(pair)
    assert all(spans(pair[0][kind], t) for kind, t in zip(PatternKind, TEXTS[:3]))  # the texts do hold matches


@pytest.mark.parametrize("label", ["serious", "domestic_law", "optional", "proportionality"])
def test_after_remove_the_label_is_gone_as_in_spacy(pair, label):
    """Removing a label removes its patterns of every kind (a cue's label is its polarity, a
    cancellation's the label it cancels), as spaCy's remove does in each ruler holding it."""
    remove(pair, "remove", label)
    same(pair)
    assert all(lab != label for t in TEXTS for group in groups(pair[1], t).values() for _, _, lab, _ in group)


@pytest.mark.parametrize("pattern_id", ["dc-term", "pol-not-required", "not-pr-sanctions"])
def test_after_remove_by_id_the_pattern_is_gone_as_in_spacy(pair, pattern_id):
    remove(pair, "remove_by_id", pattern_id)
    same(pair)
    assert all(i != pattern_id for t in TEXTS for group in groups(pair[1], t).values() for *_, i in group)


def test_a_removed_cancellation_leaves_the_label_it_cancelled():
    ours = _pipeline("treatyscope_span_ruler")
    before = groups(ours, TEXTS[2])
    ours.get_pipe("ruler").remove_by_id("not-pr-sanctions")
    assert groups(ours, TEXTS[2]) == {**before, CANCELS_KEY: []}
    assert before[CANCELS_KEY] == [(2, 7, "proportionality", "not-pr-sanctions")]


@pytest.mark.filterwarnings("ignore:\\[W036")  # spaCy's ruler for cancellations is left empty
def test_clear_then_add_again(pair):
    added = {PatternKind.LABEL: [{"label": "serious", "pattern": [{"LOWER": "serious"}, {"LOWER": "crime"}]}],
             PatternKind.CUE: [{"label": "optional", "kind": "cue", "pattern": [{"LOWER": "may"}, {"LOWER": "refuse"}]}],
             PatternKind.CANCEL: []}
    spacys, ours = pair
    ours.get_pipe("ruler").clear()
    ours.get_pipe("ruler").add_patterns(added[PatternKind.LABEL] + added[PatternKind.CUE])
    for kind, nlp in spacys.items():
        nlp.get_pipe("ruler").clear()
        nlp.get_pipe("ruler").add_patterns(added[kind])
    same(pair)
    assert groups(ours, TEXTS[0]) == {"raw": [(6, 8, "serious", "")], CUES_KEY: [(2, 4, "optional", "")],
                                      CANCELS_KEY: []}


def test_bytes_and_disk_round_trips_keep_the_spans_and_kinds(pair, tmp_path):
    spacys, ours = pair
    remove(pair, "remove", "serious")
    ruler = ours.get_pipe("ruler")
    from_bytes = _pipeline("treatyscope_span_ruler", patterns=[])
    from_bytes.get_pipe("ruler").from_bytes(ruler.to_bytes())
    ruler.to_disk(tmp_path / "ruler")
    from_disk = _pipeline("treatyscope_span_ruler", patterns=[])
    from_disk.get_pipe("ruler").from_disk(tmp_path / "ruler")
    ours.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    for nlp in (from_bytes, from_disk, loaded):
        same((spacys, nlp))
        assert nlp.get_pipe("ruler").patterns == ruler.patterns
    saved = list(srsly.read_jsonl(tmp_path / "ruler" / "patterns"))
    assert saved == ruler.patterns
    assert Counter(p.get("kind", "label") for p in saved) == Counter(
        {"label": len(KINDS[PatternKind.LABEL]) - sum(p["label"] == "serious" for p in KINDS[PatternKind.LABEL]),
         "cue": len(KINDS[PatternKind.CUE]),
         "cancel": len(KINDS[PatternKind.CANCEL]) - sum(p["label"] == "serious" for p in KINDS[PatternKind.CANCEL])})


@pytest.mark.parametrize("config", [{"annotate_ents": True}, {"annotate_ents": True, "spans_key": None},
                                    {"overwrite": False}])
def test_options_do_what_spacys_do(config):
    """The label patterns' spans and entities are spaCy's with the label patterns."""
    spacys = _pipeline("span_ruler", config, patterns=KINDS[PatternKind.LABEL])
    ours = _pipeline("treatyscope_span_ruler", config)
    for text in TEXTS:
        a, b = spacys(text), ours(text)
        assert [(e.start, e.end, e.label_) for e in b.ents] == [(e.start, e.end, e.label_) for e in a.ents]
        assert _tuples(b.spans.get("raw", [])) == _tuples(a.spans.get("raw", []))


@pytest.mark.parametrize("overwrite", [True, False])
def test_overwrite_applies_to_every_group_as_spacy_to_its_own(pair, overwrite):
    """Run twice over one doc: without overwrite each group holds its spans twice."""
    spacys = {kind: _pipeline("span_ruler", {"overwrite": overwrite}, patterns=KINDS[kind]) for kind in PatternKind}
    ours = _pipeline("treatyscope_span_ruler", {"overwrite": overwrite})

    def twice(nlp, text):
        doc = nlp(text)
        return nlp.get_pipe("ruler")(doc)

    for text in TEXTS:
        doc = twice(ours, text)
        got = {key: _tuples(doc.spans.get(key, [])) for key in GROUPS.values()}
        docs = {kind: twice(spacys[kind], text) for kind in PatternKind}
        assert got == {GROUPS[kind]: _tuples(docs[kind].spans.get("raw", [])) for kind in PatternKind}
    doc = twice(ours, TEXTS[1])
    assert len(doc.spans[CUES_KEY]) == (1 if overwrite else 2)


def test_spans_filter_is_applied_to_each_group_alone():
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    ruler = nlp.add_pipe("treatyscope_span_ruler", config={
        "spans_key": "raw", "spans_filter": {"@misc": "spacy.first_longest_spans_filter.v1"}})
    nlp.initialize()
    ruler.add_patterns([{"label": "A", "pattern": [{"LOWER": "serious"}]},
                        {"label": "B", "pattern": [{"LOWER": "serious"}, {"LOWER": "crime"}]},
                        {"label": "optional", "kind": "cue", "pattern": [{"LOWER": "serious"}]},
                        {"label": "waived", "kind": "cue", "pattern": [{"LOWER": "crime"}]}])
    assert groups(nlp, "serious crime") == {"raw": [(0, 2, "B", "")],
                                            CUES_KEY: [(0, 1, "optional", ""), (1, 2, "waived", "")],
                                            CANCELS_KEY: []}


def test_the_error_handler_is_called_as_spacys_is():
    calls = []

    def handler(name, component, docs, exc):
        calls.append((name, type(component).__name__, len(docs), str(exc)))

    def failing_filter(existing, new):
        raise ValueError("filter failed")

    results = []
    for factory in ("span_ruler", "treatyscope_span_ruler"):
        nlp = _pipeline(factory)
        ruler = nlp.get_pipe("ruler")
        ruler.spans_filter = failing_filter
        ruler.set_error_handler(handler)
        results.append(ruler(nlp.get_pipe("lemmatizer")(nlp.make_doc("serious crime"))))
    assert results == [None, None]  # the handler's return value
    assert calls == [("ruler", "SpanRuler", 1, "filter failed"), ("ruler", "GatedSpanRuler", 1, "filter failed")]


def test_the_gate_opens_for_the_kinds_it_is_told():
    """With gate_kinds = ["label"], a doc in which no label pattern could match gets no cue or
    cancellation; one in which a label pattern matches gets them all; by default every kind
    opens the gate (spaCy's spans)."""
    alone, beside = "The Parties need not meet.", "The Parties need not apply dual criminality."
    plain = _pipeline("treatyscope_span_ruler")
    gated = _pipeline("treatyscope_span_ruler", {"gate_kinds": ["label"]})
    nothing = {"raw": [], CUES_KEY: [], CANCELS_KEY: []}
    assert groups(plain, alone) == {**nothing, CUES_KEY: [(2, 4, "waived", "pol-need-not")]}
    assert groups(gated, alone) == nothing
    assert groups(gated, beside) == groups(plain, beside) == {
        "raw": [(5, 7, "dual_criminality", "dc-term")], CUES_KEY: [(2, 4, "waived", "pol-need-not")], CANCELS_KEY: []}
    assert not gated.get_pipe("ruler").may_match(alone)
    assert gated.get_pipe("ruler").may_match(beside)


def test_unknown_kinds_are_refused():
    with pytest.raises(ValueError, match="unknown gate_kinds kind 'cues'"):
        _pipeline("treatyscope_span_ruler", {"gate_kinds": ["cues"]})
    ruler = _pipeline("treatyscope_span_ruler").get_pipe("ruler")
    with pytest.raises(ValueError, match="unknown pattern kind 'polarity'"):
        ruler.add_patterns([{"label": "optional", "kind": "polarity", "pattern": [{"LOWER": "may"}]}])
    assert ruler.patterns == PATTERNS


def test_a_label_and_id_name_one_kind():
    """A cancellation with a label pattern's label and id could not be told from it: refused,
    with nothing added."""
    ruler = _pipeline("treatyscope_span_ruler", patterns=[]).get_pipe("ruler")
    label = {"label": "serious", "id": "s", "pattern": [{"LOWER": "serious"}]}
    ruler.add_patterns([label])
    cancel = {"label": "serious", "id": "s", "kind": "cancel", "pattern": [{"LOWER": "serious"}, {"LOWER": "doubt"}]}
    other = {"label": "optional", "kind": "cue", "pattern": [{"LOWER": "may"}]}
    with pytest.raises(ValueError, match="label 'serious' with id 's' names patterns of two kinds"):
        ruler.add_patterns([other, cancel])
    assert ruler.patterns == [label]
    ruler.add_patterns([{**cancel, "id": "s-doubt"}])
    assert groups(ruler.nlp, "no serious doubt") == {"raw": [(1, 2, "serious", "s")], CUES_KEY: [],
                                                     CANCELS_KEY: [(1, 3, "serious", "s-doubt")]}


def test_patterns_with_capitals_gaps_and_repeats_give_spacys_spans():
    """Words written with capitals (ORTH, TEXT, LEMMA as the lookup table gives them), an
    unbounded gap, a repeated anchor and a gap before the anchor: the windows and the test of
    a pattern's words must not lose what spaCy's SpanRuler finds."""
    patterns = [
        {"label": "a", "pattern": [{"ORTH": "Party"}, {"OP": "*"}, {"LOWER": "refuse"}]},
        {"label": "b", "pattern": [{"TEXT": {"IN": ["State", "Party"]}}, {"LEMMA": "be"}, {"LOWER": "bound"}]},
        {"label": "c", "pattern": [{"LOWER": "any"}, {"OP": "?"}, {"OP": "?"}, {"LOWER": "offence", "OP": "+"}]},
        {"label": "d", "pattern": [{"IS_PUNCT": True, "OP": "{0,3}"}, {"LOWER": "unless"}, {"IS_ALPHA": True}]},
        {"label": "e", "pattern": [{"IS_TITLE": True}]},
        {"label": "f", "pattern": [{"LOWER": {"NOT_IN": ["state"]}, "LEMMA": "be"}, {"LOWER": "bound"}]},
    ]
    texts = ["The Requesting Party may, after consulting, refuse it.", "Each State is bound; Party was bound.",
             "any grave offence offence, any offence", "... unless agreed", "party refuse", "STATE IS BOUND"]
    spacys = _pipeline("span_ruler", patterns=patterns)
    ours = _pipeline("treatyscope_span_ruler", patterns=patterns)
    assert [spans(ours, t) for t in texts] == [spans(spacys, t) for t in texts]
    assert [spans(ours, t) for t in texts][:2] == [
        [(0, 1, "e", ""), (1, 2, "e", ""), (2, 3, "e", ""), (2, 9, "a", "")],
        [(0, 1, "e", ""), (1, 2, "e", ""), (1, 4, "b", ""), (2, 4, "f", ""), (5, 6, "e", ""), (5, 8, "b", ""),
         (6, 8, "f", "")]]
