"""The span ruler's pattern groups, run near their anchors, find the spans of spaCy's SpanRuler."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared import _PIECES, _spans, corpus_clauses, ruler, shipped_patterns, spacy_ruler  # noqa: F401

from treatyscope.fast.text_words import _token_requirement


def test_windowed_ruler_finds_the_spans_of_spacys_span_ruler(patterns_nlp, ruler, spacy_ruler, corpus_clauses):
    nlp = spacy_ruler
    differ = []
    for clause in corpus_clauses:
        doc = nlp(clause.text)
        ours = patterns_nlp.get_pipe("lemmatizer")(patterns_nlp.make_doc(clause.text))
        if _spans(ruler.match(ours)) != _spans(doc.spans["raw"]):
            differ.append(clause.clause_id)
    assert differ == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=60).map(" ".join))
def test_windowed_ruler_on_pattern_word_soup(patterns_nlp, ruler, spacy_ruler, text):
    nlp = spacy_ruler
    ours = patterns_nlp.get_pipe("lemmatizer")(patterns_nlp.make_doc(text))
    doc = nlp(text)
    assert _spans(ruler.match(ours)) == _spans(doc.spans["raw"])


_PATTERNS = [p["pattern"] for p in shipped_patterns() if isinstance(p["pattern"], list)]
# Every word a shipped pattern requires, with a few separators.
_WORDS = sorted({w for tokens in _PATTERNS for t in tokens for w in (_token_requirement(t) or ())}) + \
    [",", ".", ";", "(a)", "\n"]


@st.composite
def _near_matches(draw) -> str:
    """A text around one pattern's words: each required token one of its words (now and then
    left out), each other token a pattern word or nothing, between other pattern words. Such
    texts match, or hold a group's anchor without the rest of its words."""
    words = st.sampled_from(_WORDS)
    out = draw(st.lists(words, max_size=12))
    for token in draw(st.sampled_from(_PATTERNS)):
        need = _token_requirement(token)
        if need is not None:
            if draw(st.integers(0, 9)):
                out.append(draw(st.sampled_from(sorted(need))))
        elif draw(st.booleans()):
            out.extend(draw(st.lists(words, max_size=3)))
    out.extend(draw(st.lists(words, max_size=12)))
    return " ".join(out) or "none"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_near_matches())
def test_windowed_ruler_near_the_patterns_matches(patterns_nlp, ruler, spacy_ruler, text):
    # Groups are skipped when the doc lacks some word of each of their patterns, and windows
    # reach only as far before and after the anchor as a pattern can: spaCy's spans still.
    nlp = spacy_ruler
    ours = patterns_nlp.get_pipe("lemmatizer")(patterns_nlp.make_doc(text))
    doc = nlp(text)
    assert _spans(ruler.match(ours)) == _spans(doc.spans["raw"])
