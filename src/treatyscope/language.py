"""Which language a stretch of treaty text is in.

The corpus mixes English with Dutch and French versions of the same treaty, article by
article. Function words tell these apart reliably on a paragraph or more, and cost
almost nothing, which matters when a whole collection is labelled (a statistical
detector such as lingua was about 40 times slower here and no more accurate on whole
articles).
"""

from __future__ import annotations

import re
from collections import Counter

_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the of and to in shall be or any by for with this that such which as its on party "
        "parties convention article is are may not from other has have it their".split()
    ),
    "nl": frozenset(
        "de het een van en in op te voor met dat die wordt worden zijn is aan door bij tot "
        "of dit deze verdrag artikel partij partijen niet zal kan ten als om".split()
    ),
    "fr": frozenset(
        "le la les des du de et un une est dans pour par sur au aux que qui ne pas sont "
        "cette ce partie parties convention présente toute tout être".split()
    ),
    "de": frozenset(
        "der die das und ist nicht ein eine zu den dem des mit von für auf im sich vertragspartei "
        "übereinkommen werden wird oder auch bei".split()
    ),
    "es": frozenset(
        "el la los las de del y en que por para con una un se su sus parte partes estado "
        "convención artículo será podrá".split()
    ),
}
# Words shared by several languages ("de", "in", "die") count for none.
_SHARED = frozenset(w for lang, ws in _FUNCTION_WORDS.items() for w in ws
                    if sum(w in other for other in _FUNCTION_WORDS.values()) > 1)
_LANGUAGE_OF = {w: lang for lang, ws in _FUNCTION_WORDS.items() for w in ws if w not in _SHARED}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ASCII_WORD = re.compile(r"[a-z]+")  # the same words in lower-case ASCII text, found faster


def detect_language(text: str, *, default: str = "en") -> str:
    """Return the ISO 639-1 code of the language the text is mostly written in.

    Takes any text; returns one of ``en``, ``nl``, ``fr``, ``de``, ``es``, or ``und`` when
    the text has words but none of them decides; ``default`` when it has no words.
    """
    text = text[:20000]
    lower = text.lower()
    if len(lower) == len(text):
        # Each character lower-cased to one: the same words, lower-cased (no lower-casing of
        # one character turns a letter into a non-letter or back; final sigma aside, which
        # no function word has).
        words = (_ASCII_WORD if lower.isascii() else _WORD).findall(lower)
        seen = Counter(words)
        found = ((w, seen[w]) for w in seen.keys() & _LANGUAGE_OF.keys())
    else:
        words = _WORD.findall(text)
        found = ((w.lower(), n) for w, n in Counter(words).items())
    if not words:
        return default
    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    for word, n in found:
        lang = _LANGUAGE_OF.get(word)
        if lang is not None:
            counts[lang] += n
    best = max(counts, key=counts.__getitem__)
    if counts[best] == 0:
        return "und" if len(words) >= 5 else default
    return best
