"""The gated span ruler is spaCy's SpanRuler: the same spans after add, remove and
remove_by_id, the same serialisation, options and error handling (with no gate prefixes,
the gate never changes a result)."""

from __future__ import annotations

import pytest
import spacy

from treatyscope.components.patterns import read_patterns

PATTERN_FILES = ["tiers.jsonl", "safeguards.jsonl", "polarity.jsonl"]
TEXTS = [
    # tiers, a safeguard and a polarity cue
    "Each Party may refuse assistance for serious crime under its domestic law, subject to Articles 14 and 15.",
    # dual criminality waived
    "Dual criminality shall not be required for the collection of evidence of any criminal offence.",
    # a cancellation: sanctions are not proportionality
    "punishable by effective, proportionate and dissuasive sanctions",
    # nothing to find
    "The Secretary General shall notify the Parties.",
]


def _pipeline(factory: str, config: dict | None = None):
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    ruler = nlp.add_pipe(factory, name="ruler", config={"spans_key": "raw", **(config or {})})
    nlp.initialize()
    ruler.add_patterns(read_patterns(PATTERN_FILES))
    return nlp


@pytest.fixture()
def pair():
    """spaCy's span_ruler and ours, with the same patterns."""
    return _pipeline("span_ruler"), _pipeline("treatyscope_span_ruler")


def spans(nlp, text: str, key: str = "raw") -> list[tuple[int, int, str, str]]:
    doc = nlp(text)
    return [(s.start, s.end, s.label_, s.id_) for s in doc.spans.get(key, [])]


def same(pair, texts=TEXTS) -> None:
    spacys, ours = pair
    assert [spans(ours, t) for t in texts] == [spans(spacys, t) for t in texts]


def test_added_patterns_give_spacys_spans(pair):
    same(pair)
    assert spans(pair[1], TEXTS[0]) != []  # the texts do hold matches


@pytest.mark.parametrize("label", ["serious", "domestic_law", "POLARITY_optional", "NOT_proportionality"])
def test_after_remove_the_label_is_gone_as_in_spacy(pair, label):
    for nlp in pair:
        nlp.get_pipe("ruler").remove(label)
    same(pair)
    assert all(lab != label for t in TEXTS for _, _, lab, _ in spans(pair[1], t))


@pytest.mark.parametrize("pattern_id", ["dc-term", "pol-not-required"])
def test_after_remove_by_id_the_pattern_is_gone_as_in_spacy(pair, pattern_id):
    for nlp in pair:
        nlp.get_pipe("ruler").remove_by_id(pattern_id)
    same(pair)
    assert all(i != pattern_id for t in TEXTS for *_, i in spans(pair[1], t))


def test_clear_then_add_again(pair):
    for nlp in pair:
        ruler = nlp.get_pipe("ruler")
        ruler.clear()
        ruler.add_patterns([{"label": "serious", "pattern": [{"LOWER": "serious"}, {"LOWER": "crime"}]}])
    same(pair)


def test_bytes_and_disk_round_trips_keep_the_spans(pair, tmp_path):
    spacys, ours = pair
    ours.get_pipe("ruler").remove("serious")
    spacys.get_pipe("ruler").remove("serious")
    from_bytes = _pipeline("treatyscope_span_ruler")
    from_bytes.get_pipe("ruler").from_bytes(ours.get_pipe("ruler").to_bytes())
    ours.get_pipe("ruler").to_disk(tmp_path / "ruler")
    from_disk = _pipeline("treatyscope_span_ruler")
    from_disk.get_pipe("ruler").from_disk(tmp_path / "ruler")
    for loaded in (from_bytes, from_disk):
        same((spacys, loaded))


@pytest.mark.parametrize("config", [{"annotate_ents": True}, {"annotate_ents": True, "spans_key": None},
                                    {"overwrite": False}])
def test_options_do_what_spacys_do(config):
    spacys, ours = _pipeline("span_ruler", config), _pipeline("treatyscope_span_ruler", config)
    for text in TEXTS:
        a, b = spacys(text), ours(text)
        assert [(e.start, e.end, e.label_) for e in b.ents] == [(e.start, e.end, e.label_) for e in a.ents]
        assert spans(ours, text) == spans(spacys, text)


def test_spans_filter_is_applied():
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    ruler = nlp.add_pipe("treatyscope_span_ruler", config={
        "spans_key": "raw", "spans_filter": {"@misc": "spacy.first_longest_spans_filter.v1"}})
    nlp.initialize()
    ruler.add_patterns([{"label": "A", "pattern": [{"LOWER": "serious"}]},
                        {"label": "B", "pattern": [{"LOWER": "serious"}, {"LOWER": "crime"}]}])
    assert spans(nlp, "serious crime") == [(0, 2, "B", "")]


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


def test_the_gate_skips_cues_only_when_told():
    """With gate_skip_prefixes, a doc in which no other pattern could match gets no span
    from the skipped patterns; without, it gets spaCy's spans."""
    text = "The Parties need not meet."
    plain = _pipeline("treatyscope_span_ruler")
    gated = _pipeline("treatyscope_span_ruler", {"gate_skip_prefixes": ["POLARITY_", "NOT_"]})
    assert spans(plain, text) == [(2, 4, "POLARITY_waived", "pol-need-not")]
    assert spans(gated, text) == []
