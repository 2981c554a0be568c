"""treatyscope.fast.tokens: spaCy's tokens wherever a text has no word longer than MAX_WORD; the
same text (and so every character offset) where it has one, tokenized in pieces."""

from __future__ import annotations

import spacy

from treatyscope.fast.tokens import MAX_WORD, make_doc


def test_ordinary_text_gets_spacys_tokens():
    nlp = spacy.blank("en")
    text = "Each Party shall, subject to article 5(2)(a), co-operate \"to the widest extent\" - it's 24/7.\n(b) x"
    assert [(t.text, t.whitespace_, t.idx) for t in make_doc(nlp, text)] == \
        [(t.text, t.whitespace_, t.idx) for t in nlp.make_doc(text)]


def test_a_long_run_keeps_the_text_and_the_words_around_it():
    nlp = spacy.blank("en")
    text = "Each Party shall (" + "(" * (3 * MAX_WORD) + " cooperate, subject to article 5."
    doc = make_doc(nlp, text)
    assert doc.text == text
    assert [t.text for t in doc][:3] == ["Each", "Party", "shall"]
    tail = [t.text for t in nlp.make_doc("cooperate, subject to article 5.")]
    assert [t.text for t in doc][-len(tail):] == tail
    assert all(doc.text[t.idx:t.idx + len(t.text)] == t.text for t in doc)
