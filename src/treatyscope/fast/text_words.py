"""Which pattern words a text holds, told without building a spaCy doc.

:class:`TextWords` reads from a clause's text a superset of the lower forms and lookup
lemmas spaCy's English tokenizer and lemmatizer would give for the words the patterns ask
for; :class:`PatternGate` tells from such words whether any token pattern could match.
Together they let a clause in which no pattern can match skip spaCy altogether.
``tests/fast/test_text_words.py`` compares the words with spaCy's on the corpus and on
generated text.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc


def _token_words(token: dict[str, Any]) -> list[str] | None:
    """The words, as the pattern writes them, one of which must occur for a pattern token to
    match (by lower form, lemma or text), or None."""
    if token.get("OP") not in (None, "+", "1"):
        return None
    for key in ("LOWER", "LEMMA", "ORTH", "TEXT"):
        value = token.get(key)
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return list(value["IN"])
    return None


def _token_requirement(token: dict[str, Any]) -> frozenset[str] | None:
    """The lower-case words one of which must occur for a pattern token to match, or None."""
    words = _token_words(token)
    return None if words is None else frozenset(w.lower() for w in words)


# Words too common to tell which patterns a clause could match.
_COMMON = frozenset("the a an of to in by and or not shall may be any for with this its their under on as "
                    "that is are other such from".split())


# The pattern words most frequent in treaty text, after those: the 99 most frequent in the
# English clauses of every fifth corpus file (1.3 million words, counted once on 2026-12-07, from
# "which", 6.4 per thousand words, to "laws", 0.8). A pattern anchored on one of them is run
# near many more tokens than one anchored on a rarer word of the same pattern ("domestic" rather
# than "law" in "domestic law"); the anchor changes how fast the patterns run, never what they match.
_FREQUENT = frozenset("""
which party contracting state article convention agreement parties at it paragraph have if provisions states
international all each into member accordance has information than one date respect territory force government no
means united after members including been within provided competent where council person referred authority case
subject period time made present section they protocol apply organization request persons purposes those law
authorities articles necessary following only more use will when appropriate tax national treaty account court take
application who legislation term concerned rights purpose annex part measures either upon without specified out
services so right same conditions these laws
""".split())


def _anchor(reqs: tuple[frozenset[str], ...]) -> frozenset[str]:
    """The requirement of a pattern that best tells clauses apart: fewest common words, then
    fewest frequent ones (:data:`_FREQUENT`), then fewest words."""
    return min(reqs, key=lambda r: (len(r & _COMMON), len(r & _FREQUENT), len(r)))


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
        index, requirements = self.index, self.requirements
        # Only the words some pattern is indexed under (one set operation, most words are none).
        for word in self.index.keys() & words:
            for i in index[word]:
                for req in requirements[i]:
                    if req.isdisjoint(words):
                        break
                else:
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



def _words(doc: Doc) -> set[str]:
    """A doc's words, as lower forms and lower-case lemmas."""
    return {t.lower_ for t in doc} | {t.lemma_.lower() for t in doc}

