"""The lookup lemmatizer gives spaCy's lemmas."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings

from shared import _TEXTS, corpus_clauses  # noqa: F401


@pytest.fixture(scope="module")
def spacy_lemmatizer():
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


def test_lookup_lemmatizer_gives_spacys_lemmas(patterns_nlp, spacy_lemmatizer, corpus_clauses):
    ours = patterns_nlp.get_pipe("lemmatizer")
    differ = [c.clause_id for c in corpus_clauses
              if [t.lemma_ for t in ours(patterns_nlp.make_doc(c.text))] != [t.lemma_ for t in spacy_lemmatizer(c.text)]]
    assert differ == []


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_lookup_lemmatizer_on_odd_text(patterns_nlp, spacy_lemmatizer, text):
    ours = patterns_nlp.get_pipe("lemmatizer")(patterns_nlp.make_doc(text))
    assert [t.lemma_ for t in ours] == [t.lemma_ for t in spacy_lemmatizer(text)]


def test_lookup_lemmatizer_keeps_lemmas_already_set_unless_told(patterns_nlp):
    from treatyscope.fast.lemmatizer import LookupLemmatizer

    keep = patterns_nlp.get_pipe("lemmatizer")
    doc = patterns_nlp.make_doc("The offences were committed")
    doc[1].lemma_ = "misdeed"
    assert [t.lemma_ for t in keep(doc)] == ["The", "misdeed", "be", "commit"]
    nlp = spacy.blank("en")
    overwrite = nlp.add_pipe("treatyscope_lookup_lemmatizer", config={"overwrite": True})
    nlp.initialize()
    assert isinstance(overwrite, LookupLemmatizer)
    doc = nlp.make_doc("The offences were committed")
    doc[1].lemma_ = "misdeed"
    assert [t.lemma_ for t in overwrite(doc)][1] == "offence"
    assert len(overwrite(nlp.make_doc(""))) == 0
