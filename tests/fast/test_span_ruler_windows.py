"""The span ruler's pattern groups, run near their anchors, find the spans of spaCy's SpanRuler."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared import _PIECES, _spans, corpus_clauses, ruler, spacy_ruler  # noqa: F401


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
