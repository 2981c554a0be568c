"""spaCy's tokenizer in time linear in a text's length.

spaCy's tokenizer strips prefixes and suffixes from each whitespace-delimited substring one at
a time, searching the whole remaining substring for a suffix on every step: a substring of
40,000 "(" takes minutes (quadratic). Treaty words are short; a substring longer than
:data:`MAX_WORD` characters (a run of punctuation, a pasted blob) is tokenized in pieces of
that length, each piece by spaCy's own tokenizer, and the pieces joined into one ``Doc``
whose text is the clause's text. Texts without such a substring get spaCy's doc unchanged.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

MAX_WORD = 256
_LONG_WORD = re.compile(rf"\S{{{MAX_WORD + 1},}}")
# A negotiating draft's bracketed alternatives ("[serious crimes] [any criminal offence]", "not
# exceeding [three months]"), a line break inside them included (a draft wrapped at 60
# columns: "[one hundred\nand twenty] days"); not a Markdown link ("[text](address)").
_DRAFT_BRACKETS = re.compile(r"\[([^\[\]]{0,400})\](?!\()")
# A Markdown link of the corpus texts, a line break inside its words included ("under the
# [Vienna Convention on Consular Relations](../../verdrag/.../README.md)"): without its brackets
# and address, its last word is a word of its own ("Relations", not "Relations](").
_MARKDOWN_LINK = re.compile(r"\[([^\[\]]{1,400})\]\(([^()\s]{0,600})\)")


def _blank_link(m: re.Match) -> str:
    words = m.group(1)
    return f" {words}" + " " * (len(m.group(0)) - len(words) - 1)


def matchable(text: str) -> str:
    """The text the patterns read: a draft's square brackets and a Markdown link's brackets and
    address blanked (the same length, so every offset is the text's own), so that the words
    inside and around them match as they would unbracketed ("for a period not exceeding [three
    months]", "any [other] criminal offence", "under the [Vienna Convention on Consular
    Relations](...)")."""
    if "[" not in text:
        return text
    return _DRAFT_BRACKETS.sub(lambda m: f" {m.group(1)} ", _MARKDOWN_LINK.sub(_blank_link, text))


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, cutting substrings longer than :data:`MAX_WORD` characters
    into pieces (the same text, offsets and tokens everywhere else)."""
    if len(text) <= MAX_WORD or _LONG_WORD.search(text) is None:
        return nlp.make_doc(text)
    pieces: list[str] = []
    pos = 0
    for m in _LONG_WORD.finditer(text):
        if m.start() > pos:
            pieces.append(text[pos:m.start()])
        pieces.extend(text[i:min(i + MAX_WORD, m.end())] for i in range(m.start(), m.end(), MAX_WORD))
        pos = m.end()
    if pos < len(text):
        pieces.append(text[pos:])
    return Doc.from_docs([nlp.make_doc(p) for p in pieces], ensure_whitespace=False)
