"""Shortcuts: code that gives what spaCy or scikit-learn would give, faster.

Each stands behind the interface it imitates and falls back on the original wherever its
promise does not hold; each has a parity test beside it in ``tests/fast/``:

- :mod:`.span_ruler`: spaCy's ``SpanRuler``, running pattern groups near their anchor words;
- :mod:`.text_words`: the pattern words a clause holds, read from its text (no spaCy doc);
- :mod:`.lemmatizer`: spaCy's lookup ``Lemmatizer``, looking each word form up once;
- :mod:`.vectorize`: sklearn's text vectorizers, column transformer and logistic probabilities;
- :mod:`.tokens`: spaCy's ``make_doc``, cutting a word longer than 256 characters into pieces
  (spaCy's affix loop is quadratic in a word's length).
"""

from . import lemmatizer, span_ruler  # noqa: F401  (registers the factories)
