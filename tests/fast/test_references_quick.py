"""The reference parser's quick test (a head word must occur) loses no reference."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from shared import corpus_clauses  # noqa: F401


def _without_needs(grammar):
    import copy

    plain = copy.copy(grammar)
    plain.needs = ()
    return plain


_REFERENCE_SOUP = st.lists(st.sampled_from(
    ["Article", "ARTICLES", "Arts.", "art.", "Paragraph", "paragraphs", "Sub-paragraph", "subparagraphs", "Letter",
     "letters", "14", "2 bis", "(b)", "(iii)", "1.a", "and", "to", ",", "of", "this", "article", "the", "Convention",
     "subject", "in accordance with", "Protocol", "–"]), max_size=30).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_REFERENCE_SOUP)
def test_reference_quick_test_loses_no_reference(patterns_nlp, text):
    from treatyscope.components.references import parse_references

    refs = patterns_nlp.get_pipe("treatyscope_references")
    assert refs.parse(text) == parse_references(text, _without_needs(refs.grammar))


def test_reference_quick_test_on_the_corpus(patterns_nlp, corpus_clauses):
    from treatyscope.components.references import parse_references

    refs = patterns_nlp.get_pipe("treatyscope_references")
    plain = _without_needs(refs.grammar)
    assert [c.clause_id for c in corpus_clauses if refs.parse(c.text) != parse_references(c.text, plain)] == []
