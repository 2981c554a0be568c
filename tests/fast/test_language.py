"""Language detection counts function words in bulk as a word-by-word count would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st



def _detect_language_word_by_word(text: str, default: str = "en") -> str:
    """The plain statement of the function-word count that detect_language makes fast."""
    from treatyscope.language import _FUNCTION_WORDS, _SHARED, _WORD

    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    words = 0
    for m in _WORD.finditer(text[:20000]):
        w = m.group().lower()
        words += 1
        if w not in _SHARED:
            for lang, vocab in _FUNCTION_WORDS.items():
                counts[lang] += w in vocab
    if words == 0:
        return default
    best = max(counts, key=counts.__getitem__)
    if counts[best] == 0:
        return "und" if words >= 5 else default
    return best


_LANGUAGE_SOUP = st.lists(st.one_of(
    st.sampled_from(["the", "THE", "Party", "shall", "de", "het", "Verdrag", "wordt", "les", "présente", "être",
                     "und", "der", "los", "será", "’s", "“", "”", "\u0130", "\u03a3\u0391\u03a3", "ß", "Ⅻ", "1er",
                     "2bis", "_", "é", "\u212a"]),
    st.text(max_size=6)), max_size=40).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_LANGUAGE_SOUP)
def test_language_detection_counts_like_word_by_word(text):
    from treatyscope.language import detect_language

    assert detect_language(text) == _detect_language_word_by_word(text)
    assert detect_language(text, default="nl") == _detect_language_word_by_word(text, "nl")
