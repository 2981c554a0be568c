"""Pattern words read from text are a superset of spaCy's, so a clause that skips spaCy loses nothing."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import HealthCheck, given, settings

from shared import _TEXTS, corpus_clauses, finder, ruler  # noqa: F401
from treatyscope.fast.text_words import TextWords, _words
from treatyscope.ingest import read_document
from treatyscope.pipeline import label_clauses, label_document
from treatyscope.segment import segment_document


def _missing_words(patterns_nlp, finder, text: str) -> set[str]:
    doc = patterns_nlp.get_pipe("lemmatizer")(patterns_nlp.make_doc(text))
    return (_words(doc) & finder.vocabulary) - finder.words(text)


# A vocabulary that makes the tokenizer work: pattern words in several cases, special cases

@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_text_words_include_every_pattern_word_spacy_finds(patterns_nlp, finder, text):
    assert _missing_words(patterns_nlp, finder, text) == set()


def test_text_words_on_the_corpus(patterns_nlp, finder, corpus_clauses):
    missing = {c.clause_id: m for c in corpus_clauses if (m := _missing_words(patterns_nlp, finder, c.text))}
    assert missing == {}


def test_text_words_read_special_cases_and_lemmas(finder):
    assert {"can", "not"} <= finder.words("It cannot be refused.")
    assert "not" in finder.words("A Party don't refuse")  # "n't" has the lemma "not"
    assert "offence" in finder.words("the offences concerned")
    assert "offences" in finder.words("the OFFENCES concerned")  # the lemma table is case-sensitive
    assert finder.words("de Verdragsluitende Partijen") == set()


def test_no_promise_without_the_english_tokenizer_and_lookup_lemmas(patterns_nlp):
    vocabulary = {"offence"}
    nl = spacy.blank("nl")
    assert TextWords.for_pipeline(nl, vocabulary, []) is None
    en = spacy.blank("en")
    en.tokenizer.infix_finditer = lambda text: iter(())
    assert TextWords.for_pipeline(en, vocabulary, []) is None
    rule = spacy.blank("en")
    rule.add_pipe("lemmatizer", config={"mode": "rule"})
    assert TextWords.for_pipeline(rule, vocabulary, ["lemmatizer"]) is None
    assert TextWords.for_pipeline(spacy.blank("en"), vocabulary, []) is not None


def test_skipping_spacy_changes_no_labelled_clause(patterns_nlp, corpus_clauses, sample_path):
    sample = [c for c in segment_document(read_document(sample_path)).clauses if not c.skipped]
    for clauses in (sample, corpus_clauses):
        fast = label_clauses(patterns_nlp, clauses)
        full = label_clauses(patterns_nlp, clauses, prefilter=False)
        assert [lc.to_dict() for lc in fast] == [lc.to_dict() for lc in full]


def test_an_item_of_a_refusal_lead_in_is_never_skipped(patterns_nlp):
    """An item whose own words match no pattern still gets its refusal lead-in's ground: it
    is run through spaCy because its lead-in may match (the item rule of the evidence
    component), and the fast path gives what the full one gives."""
    from treatyscope.types import Document

    text = ("Article 7\nExchange of information\n\n"
            "In no case shall this Article be construed so as to impose on a State the obligation:\n\n"
            "(a) to carry out administrative measures at variance with its own laws;\n\n"
            "(b) to supply information which is not obtainable in the normal course of the administration.\n")
    clauses = [c for c in segment_document(Document("d", text)).clauses if not c.skipped]
    fast = label_clauses(patterns_nlp, clauses)
    full = label_clauses(patterns_nlp, clauses, prefilter=False)
    assert [lc.to_dict() for lc in fast] == [lc.to_dict() for lc in full]
    assert [(lc.clause.clause_id, lc.safeguards) for lc in fast] == [
        ("7", ["refusal_grounds"]), ("7(a)", ["refusal_grounds", "domestic_law"]), ("7(b)", ["refusal_grounds"])]


def test_skipping_spacy_actually_skips(patterns_nlp, ruler):
    assert not ruler.may_match("The Parties shall meet once a year at the seat of the Council.")
    assert ruler.may_match("Each Party shall adopt such measures in accordance with its domestic law.")


def test_the_classifier_pipeline_runs_every_clause_through_spacy(sample_path):
    from treatyscope.pipeline import _prefilter, default_pipeline

    nlp = default_pipeline()
    if "treatyscope_classifier" not in nlp.pipe_names:
        pytest.skip("no trained model in models/treatyscope-clf")
    assert _prefilter(nlp) is None
    labelled, _ = label_document(read_document(sample_path), nlp=nlp)
    assert any(lc.scores for lc in labelled.clauses)
