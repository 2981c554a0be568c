"""The classifier's shortcuts give sklearn's features and probabilities."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import example, given, settings
from hypothesis import strategies as st

from shared import _TEXTS, corpus_clauses, shipped_model  # noqa: F401


def _features_token_by_token(doc) -> tuple[str, str]:
    words = " ".join(t.lower_ for t in doc if not t.is_space and not t.is_punct)
    lemmas = " ".join(t.lemma_.lower() for t in doc if not t.is_space and not t.is_punct)
    return words or "w_none", lemmas or "l_none"


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_clause_features_read_as_arrays_equal_token_by_token(patterns_nlp, text):
    from treatyscope.features import clause_features

    doc = patterns_nlp(text)
    row = clause_features(doc)
    assert (row["words"], row["lemmas"]) == _features_token_by_token(doc)
    assert row["raw"] == text.lower()


@pytest.fixture(scope="module")
def shipped_model():
    from treatyscope.model_store import CARD_FILE, load_model
    from treatyscope.paths import shipped_model_dir

    if not (shipped_model_dir() / CARD_FILE).is_file():
        pytest.skip("no trained model in models/treatyscope-clf")
    return load_model(None)


def test_classifier_shortcuts_change_no_probability(patterns_nlp, shipped_model, corpus_clauses):
    from treatyscope.fast.vectorize import probabilities as _probabilities, transform as _transform, vectorize as _vectorize
    from treatyscope.features import clause_features, frame
    from treatyscope.pipeline import make_docs

    docs = list(patterns_nlp.pipe(make_docs(patterns_nlp, corpus_clauses[:3000])))
    X = frame([clause_features(d) for d in docs])
    assert shipped_model.shared_features()
    # decide() computes the tier classifier's features once and gives them to both models.
    features = _transform(shipped_model.tiers.pipeline_.named_steps["features"], X)
    sklearn_features = shipped_model.tiers.pipeline_.named_steps["features"].transform(X)
    assert features.shape == sklearn_features.shape
    assert (features != sklearn_features).nnz == 0
    assert np.array_equal(features.indices, sklearn_features.indices)
    for clf in (shipped_model.tiers, shipped_model.safeguards):
        model = clf.pipeline_.named_steps["model"]
        assert np.array_equal(_probabilities(model, features), clf.pipeline_.predict_proba(X))
        # top_words reads the word n-grams through the same fast vectorizing.
        words = clf.pipeline_.named_steps["features"].named_transformers_["words"]
        one_by_one = sp.vstack([_vectorize(words, [t]) for t in X["words"][:50]])
        assert (words.transform(X["words"][:50]) != one_by_one).nnz == 0
    # A frozen model is handed its rows held by column (labelmodel.Columns), not a pandas
    # frame: the same features, and the same decisions.
    from treatyscope.features import FEATURE_COLUMNS
    from treatyscope.labelmodel import Columns

    rows = Columns([clause_features(d) for d in docs], FEATURE_COLUMNS)
    by_column = _transform(shipped_model.tiers.pipeline_.named_steps["features"], rows)
    assert by_column.shape == features.shape and (by_column != features).nnz == 0
    assert np.array_equal(by_column.data, features.data)
    assert shipped_model.decide(rows) == shipped_model.decide(X)


def test_probabilities_fall_back_to_sklearn_for_other_models():
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.svm import LinearSVC

    from treatyscope.fast.vectorize import probabilities as _probabilities

    rng = np.random.default_rng(0)
    X = sp.csr_matrix(rng.random((40, 6)))
    multilabel = rng.integers(0, 2, (40, 3))
    multiclass = rng.integers(0, 3, 40)
    ours = OneVsRestClassifier(LogisticRegression()).fit(X, multilabel)
    assert np.array_equal(_probabilities(ours, X), ours.predict_proba(X))
    for other in (OneVsRestClassifier(LogisticRegression()).fit(X, multiclass),  # normalised rows
                  LogisticRegression().fit(X, multiclass)):
        assert np.array_equal(_probabilities(other, X), other.predict_proba(X))
    with pytest.raises(AttributeError):  # no predict_proba: sklearn's own error, not a made-up score
        _probabilities(OneVsRestClassifier(LinearSVC()).fit(X, multilabel), X)


def test_features_are_computed_once_only_when_both_classifiers_agree(shipped_model):
    import copy

    from treatyscope.fast.vectorize import same_features as _same_features

    tiers = shipped_model.tiers.pipeline_.named_steps["features"]
    other = copy.deepcopy(shipped_model.safeguards.pipeline_.named_steps["features"])
    assert _same_features(tiers, other)
    chars = other.named_transformers_["chars"]
    chars.vocabulary_ = dict(list(chars.vocabulary_.items())[:-1])
    assert not _same_features(tiers, other)


@pytest.mark.parametrize("options", [dict(analyzer="char_wb", ngram_range=(2, 4)),
                                     dict(ngram_range=(1, 3), token_pattern=r"\S+", sublinear_tf=True),
                                     dict(binary=True, lowercase=False, token_pattern=r"\S+")])
def test_vectorizing_equals_sklearn_and_follows_a_refit(options):
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

    from treatyscope.fast.vectorize import vectorize as _vectorize

    first = ["Each Party shall adopt measures", "de Verdragsluitende Partijen", "P_defined R_subject_to"]
    second = ["Mutual assistance may be refused", "offences established under Article 2", "  ", "ΟΔΟΣ Σ"]
    for cls in (TfidfVectorizer, CountVectorizer):
        if cls is CountVectorizer and "sublinear_tf" in options:
            continue
        vec = cls(**options).fit(first)
        assert (_vectorize(vec, second) != vec.transform(second)).nnz == 0
        vec.fit(second)  # the same object refitted: its vocabulary changes
        ours, theirs = _vectorize(vec, first + second), vec.transform(first + second)
        assert ours.shape == theirs.shape and (ours != theirs).nnz == 0


_GRAM_TEXTS = st.lists(st.lists(st.one_of(
    st.sampled_from(["party", "Party", "shall", "the", "of", "P_defined", "R_subject_to", "ß", "ΟΔΟΣ", "σ", "İ", "K"]),
    st.sampled_from([" ", "  ", "\t", "\n", "\xa0", "\u2028", "\u3000", "\x1c", "\x85", "\u200b"]),
    st.text(max_size=4)), max_size=25).map("".join), min_size=1, max_size=8)


@pytest.mark.parametrize("product_cells", [20_000, 0])
@settings(max_examples=150, deadline=None)
@given(_GRAM_TEXTS, _GRAM_TEXTS, st.sampled_from([(1, 1), (1, 2), (1, 3), (2, 3), (3, 3)]), st.booleans())
@example(["party shall the party"], ["the party", "shall the", "", "party shall"], (1, 3), True)  # n-grams must not run across texts
def test_word_ngrams_looked_up_as_arrays_equal_sklearns(product_cells, fit_on, texts, ngram_range, lowercase):
    """The batch lookup of whitespace-token n-grams (and the analyzer path for other token
    patterns) gives sklearn's matrix, on texts with odd whitespace, case and empty texts, its
    counts made by one sort for a few n-grams and by scipy for many (``product_cells``: 0 makes
    every batch many)."""
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

    from treatyscope.fast import vectorize
    from treatyscope.fast.vectorize import KNOWN_GRAMS as _KNOWN_GRAMS, vectorize as _vectorize

    for pattern in (r"\S+", r"(?u)\b\w\w+\b"):
        for cls in (CountVectorizer, TfidfVectorizer):
            vec = cls(ngram_range=ngram_range, token_pattern=pattern, lowercase=lowercase)
            try:
                vec.fit(fit_on)
            except ValueError:  # an empty vocabulary: nothing to compare
                continue
            before, vectorize._PRODUCT_CELLS = vectorize._PRODUCT_CELLS, product_cells
            try:
                ours, theirs = _vectorize(vec, texts), vec.transform(texts)
            finally:
                vectorize._PRODUCT_CELLS = before
            assert (_KNOWN_GRAMS[vec].tables is not None) == (pattern == r"\S+")
            assert ours.shape == theirs.shape
            assert np.array_equal(ours.indptr, theirs.indptr) and np.array_equal(ours.indices, theirs.indices)
            assert np.array_equal(ours.data, theirs.data)


def test_long_words_counted_in_stretches_equal_sklearn(monkeypatch):
    """A word over LONG_WORD characters (a file of one nine-megabyte "word") is counted a
    stretch at a time, never listed; the matrix is sklearn's to the last digit."""
    import random

    from sklearn.feature_extraction.text import TfidfVectorizer

    from treatyscope.fast import vectorize as fast

    monkeypatch.setattr(fast, "LONG_WORD", 50)
    monkeypatch.setattr(fast, "LONG_WORD_STRETCH", 7)  # stretches end mid-word and mid-pattern
    rng = random.Random(4)
    train = ["".join(rng.choice("abc ") for _ in range(400)) for _ in range(12)]
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True).fit(train)
    docs = ["ab" * 300 + " c " + "abc" * 40, "a b c", "x" * 51, "a" * 51 + " " + "a" * 51 + " ab",
            "".join(rng.choice("abc") for _ in range(999)), "b" * 49]
    ours, theirs = fast.vectorize(vec, docs), vec.transform(docs)
    assert ours.shape == theirs.shape and ours.nnz == theirs.nnz
    assert np.array_equal(ours.indices, theirs.indices) and np.array_equal(ours.indptr, theirs.indptr)
    assert np.allclose(ours.data, theirs.data, rtol=0, atol=1e-12)


@pytest.mark.parametrize("product_cells", [20_000, 0])
@settings(max_examples=100, deadline=None)
@given(_GRAM_TEXTS, _GRAM_TEXTS, st.sampled_from([(1, 1), (2, 4), (3, 5)]), st.booleans())
@example(["party shall the party"], ["", "party party", "  ", "shall"], (3, 5), True)  # empty rows, repeated words
def test_char_ngrams_of_a_batch_equal_sklearns(product_cells, fit_on, texts, ngram_range, sublinear):
    """char_wb n-grams read once per distinct word of a batch (KnownGrams._char_counts), counted
    as (row, column) pairs for a small batch and as a product of sparse counts for a large one
    (``product_cells``: 0 makes every batch large), give sklearn's tf-idf matrix exactly, with
    the weighting done without sklearn's validation (fast.vectorize.tfidf)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from treatyscope.fast import vectorize
    from treatyscope.fast.vectorize import KnownGrams

    try:
        vec = TfidfVectorizer(analyzer="char_wb", ngram_range=ngram_range, sublinear_tf=sublinear).fit(fit_on)
    except ValueError:  # nothing to learn from (empty vocabulary)
        return
    known = KnownGrams(vec)
    assert known.by_word
    before, vectorize._PRODUCT_CELLS = vectorize._PRODUCT_CELLS, product_cells
    try:
        ours, theirs = known.transform(texts), vec.transform(texts)
    finally:
        vectorize._PRODUCT_CELLS = before
    assert ours.shape == theirs.shape
    assert np.array_equal(ours.indptr, theirs.indptr) and np.array_equal(ours.indices, theirs.indices)
    assert np.array_equal(ours.data, theirs.data)
    assert np.array_equal(known.transform(texts).data, ours.data)  # the words remembered give the same


@pytest.mark.parametrize("block", [1 << 22, 1, 7, 500])
def test_rows_normalised_in_blocks_equal_sklearns_bit_for_bit(monkeypatch, block):
    """Rows of every length (empty, all zeros, long, values from 1e-5 to 1e5), summed in
    zero-padded blocks of any size: the same numbers as sklearn's normalize."""
    from sklearn.preprocessing import normalize

    from treatyscope.fast import frozen

    monkeypatch.setattr(frozen, "_L2_BLOCK", block)
    rng = np.random.default_rng(7)
    for seed in range(40):
        X = sp.random(int(rng.integers(1, 30)), 2000, density=float(rng.random()) * 0.2, format="csr",
                      random_state=seed)
        X.data = rng.random(len(X.data)) * 10 ** rng.uniform(-5, 5, len(X.data))
        if seed % 4 == 0:
            X.data[X.indptr[0]:X.indptr[1]] = 0.0  # a row of stored zeros
        ours = X.copy()
        frozen.normalize_rows_l2(ours)
        assert np.array_equal(ours.data, normalize(X, norm="l2").data), seed
