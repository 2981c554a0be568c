"""The classifier's features: a processed clause (a spaCy doc) to text columns, and the
scikit-learn transformer that turns those columns into one feature matrix.

Columns (:data:`FEATURE_COLUMNS`): the clause's words, their lemmas, its raw text, its
heading and chapeau, and the pattern hits (evidence labels with their polarity, polarity
cues, reference kinds) as marker words.
"""

from __future__ import annotations

from typing import Sequence

from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from spacy.attrs import IS_PUNCT, IS_SPACE, LEMMA, LOWER
from spacy.tokens import Doc

from .extensions import CHAPEAU_KEY, CUES_KEY, EVIDENCE_KEY, HEADING_KEY, doc_text

FEATURE_COLUMNS = ("words", "lemmas", "raw", "context", "patterns")
# The marker word of a polarity cue in the ``patterns`` column (what the shipped model was trained with).
CUE_MARKER = "POLARITY_"


def clause_features(doc: Doc) -> dict[str, str]:
    """The feature columns of one processed clause (a spaCy doc from the extraction pipeline)."""
    # The lower forms and lower-cased lemmas of the tokens that are neither space nor
    # punctuation (Token.lower_ and Token.lemma_.lower()), read as arrays. Lower-casing the
    # joined lemmas is lower-casing each: only final sigma looks at its neighbours, and
    # not across a space.
    words = lemmas = ""
    if len(doc):
        strings = doc.vocab.strings
        arr = doc.to_array([LOWER, LEMMA, IS_SPACE, IS_PUNCT])
        kept = arr[(arr[:, 2] == 0) & (arr[:, 3] == 0)]
        words = " ".join(map(strings.__getitem__, kept[:, 0].tolist()))
        lemmas = " ".join(map(strings.__getitem__, kept[:, 1].tolist())).lower()
    hits = []
    for span in doc.spans.get(EVIDENCE_KEY, []):
        hits.append(f"P_{span.label_}")
        if span._.polarity:
            hits.append(f"P_{span.label_}_{span._.polarity}")
    for cue in doc.spans.get(CUES_KEY, []):
        hits.append(f"{CUE_MARKER}{cue.label_}")
    for ref in doc._.references or []:
        hits.append(f"R_{ref.kind}")
    context = " ".join(x for x in (doc.user_data.get(HEADING_KEY, ""), doc.user_data.get(CHAPEAU_KEY, "")) if x)
    # Marker tokens keep every column's vocabulary non-empty (clauses without context).
    return {"words": words or "w_none", "lemmas": lemmas or "l_none", "raw": doc_text(doc).lower(),
            "context": context.lower() or "ctx_none",
            "patterns": " ".join(sorted(set(hits))) or "P_none"}


def frame(rows: Sequence[dict[str, str]]):
    """Feature rows as the data frame the column transformer selects its columns from."""
    import pandas as pd

    return pd.DataFrame(list(rows), columns=list(FEATURE_COLUMNS))


def build_features() -> ColumnTransformer:
    """The column transformer from feature rows to one sparse matrix (unfitted)."""
    return ColumnTransformer(
        [
            # Vocabulary caps keep the saved model small and quick to load (a few MB).
            ("words", TfidfVectorizer(ngram_range=(1, 2), min_df=2, token_pattern=r"\S+", sublinear_tf=True,
                                      max_features=8000), "words"),
            ("lemmas", TfidfVectorizer(ngram_range=(1, 3), min_df=2, token_pattern=r"\S+", sublinear_tf=True,
                                       max_features=8000), "lemmas"),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=3, sublinear_tf=True,
                                      max_features=8000), "raw"),
            ("context", TfidfVectorizer(ngram_range=(1, 2), min_df=2, token_pattern=r"\S+", sublinear_tf=True,
                                        max_features=2000), "context"),
            ("patterns", CountVectorizer(token_pattern=r"\S+", binary=True, lowercase=False), "patterns"),
        ],
        # Character n-grams catch spelling variants (offence/offense, -ise/-ize) but add
        # little beyond the words (grouped cross-validation, docs/evaluation.md): a half weight.
        transformer_weights={"words": 1.0, "lemmas": 1.0, "chars": 0.5, "context": 0.5, "patterns": 2.0},
    )
