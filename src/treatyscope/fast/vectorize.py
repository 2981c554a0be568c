"""scikit-learn's text features and logistic probabilities, computed faster with the same results.

Each function stands in for the sklearn call it names and falls back on it for any input
or estimator it was not written for; ``tests/fast/test_vectorize.py`` compares them with
sklearn's own results:

- :func:`vectorize` is ``vectorizer.transform(docs)`` (through :class:`KnownGrams`);
- :func:`tfidf` is ``tfidf_transformer.transform(counts)``;
- :func:`transform` is ``column_transformer.transform(X)``, column by column;
- :func:`probabilities` is ``one_vs_rest.predict_proba(features)``;
- :func:`same_features` tells whether two fitted column transformers compute the same matrix.
"""

from __future__ import annotations

import weakref
from collections import Counter
from functools import reduce
from itertools import chain, repeat

import numpy as np
import scipy.sparse as sp
from scipy.special import expit

from .frozen import FrozenRegressions, FrozenVectorizer


def _text_vectorizer(vectorizer, *, any_count: bool = False) -> bool:
    """Whether ``vectorizer`` is a frozen vectorizer or sklearn's ``CountVectorizer`` or
    ``TfidfVectorizer`` (``any_count``: or any subclass of ``CountVectorizer``)."""
    if isinstance(vectorizer, FrozenVectorizer):
        return True
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

    return isinstance(vectorizer, CountVectorizer) if any_count else type(vectorizer) in (CountVectorizer, TfidfVectorizer)


def _tfidf_vectorizer(vectorizer) -> bool:
    """Whether a text vectorizer weighs its counts by tf-idf (a ``TfidfVectorizer``)."""
    if isinstance(vectorizer, FrozenVectorizer):
        return vectorizer.tfidf
    from sklearn.feature_extraction.text import TfidfVectorizer

    return isinstance(vectorizer, TfidfVectorizer)


# Words longer than this (no word of a treaty is) have their character n-grams counted a
# stretch at a time, not listed: a 9 MB file of one "word" took 2.3 GB as a list of n-grams.
LONG_WORD = 1024
LONG_WORD_STRETCH = 65_536


class KnownGrams:
    """A fitted vectorizer's ``transform``, counting only the n-grams in its vocabulary.

    sklearn builds every n-gram of a text as a string and skips those outside the
    vocabulary (a raised and caught KeyError each, most of them); the counts are the same
    when they are never built. Two shortcuts, each for the settings where it gives
    sklearn's n-grams exactly (else the analyzer's own n-grams are looked up):

    - word n-grams of whitespace-separated tokens (``token_pattern`` ``\\S+``, no custom
      tokenizer or stop words): every word of the vocabulary gets a number, a text becomes
      an array of word numbers (-1 for a word in no vocabulary n-gram), and the n-grams of
      a whole batch of texts are looked up at once as integer keys in sorted arrays;
    - ``char_wb``: that analyzer pads and cuts each word on its own, so a text's n-grams are
      its words' n-grams one after the other; each word's are remembered, as vocabulary
      indices.

    The tf-idf weighting is the vectorizer's own.
    """

    def __init__(self, vectorizer):
        self.vectorizer = vectorizer
        self.vocabulary = vectorizer.vocabulary_
        self.analyze = vectorizer.build_analyzer()
        self.decode = vectorizer.decode
        self.preprocess = vectorizer.build_preprocessor()
        self.by_word = (vectorizer.analyzer == "char_wb" and hasattr(vectorizer, "_char_wb_ngrams")
                        and hasattr(vectorizer, "_white_spaces"))
        if self.by_word:
            self.word_ngrams = vectorizer._char_wb_ngrams
            self.spaces = vectorizer._white_spaces
        self.known: dict[str, list[int]] = {}
        self.tables = self._word_tables(vectorizer)

    def _word_tables(self, vec):
        """For whitespace-token word n-grams: (word numbers, unigram column per word number,
        {n: (sorted n-gram keys, their columns)}, the key base); None for other settings."""
        if (vec.analyzer != "word" or vec.tokenizer is not None or vec.token_pattern != r"\S+"
                or vec.get_stop_words() is not None):
            return None
        min_n, max_n = vec.ngram_range
        numbers: dict[str, int] = {}
        grams: dict[int, list[tuple[list[int], int]]] = {}
        for term, column in self.vocabulary.items():
            parts = term.split(" ")
            if not min_n <= len(parts) <= max_n or "" in parts:
                continue  # never made from whitespace-separated tokens
            grams.setdefault(len(parts), []).append(([numbers.setdefault(w, len(numbers)) for w in parts], column))
        base = max(len(numbers), 1)
        if base ** max_n >= 2 ** 62:
            return None
        unigram = np.full(base, -1, dtype=np.int64)
        by_length: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        for n, items in grams.items():
            if n == 1:
                for (w,), column in items:
                    unigram[w] = column
                continue
            keys = np.array([reduce(lambda k, w: k * base + w, ws, 0) for ws, _ in items], dtype=np.int64)
            columns = np.array([c for _, c in items], dtype=np.int64)
            order = np.argsort(keys, kind="stable")
            by_length[n] = (keys[order], columns[order])
        return numbers, unigram, by_length, base

    def _ids(self, doc: str, long_words: Counter | None = None) -> list[int]:
        """The vocabulary indices of a text's n-grams, in the analyzer's order; with
        ``long_words``, the n-grams of words over :data:`LONG_WORD` characters are counted
        there instead (by vocabulary index), in bounded memory."""
        vocabulary = self.vocabulary
        if not self.by_word:
            return [vocabulary[g] for g in self.analyze(doc) if g in vocabulary]
        out: list[int] = []
        known = self.known
        for word in self.spaces.sub(" ", self.preprocess(self.decode(doc))).split():
            if long_words is not None and len(word) > LONG_WORD:
                self._count_long_word(word, long_words)
                continue
            ids = known.get(word)
            out.extend(ids if ids is not None else self._word_ids(word))
        return out

    def _word_ids(self, word: str) -> list[int]:
        """The vocabulary indices of one word's ``char_wb`` n-grams, remembered."""
        ids = self.known.get(word)
        if ids is None:
            if len(self.known) >= 200_000:
                self.known.clear()
            vocabulary = self.vocabulary
            ids = self.known[word] = [vocabulary[g] for g in self.word_ngrams(word) if g in vocabulary]
        return ids

    def _char_counts(self, docs: list[str], shape: tuple[int, int], dtype) -> sp.csr_matrix | None:
        """The counts of the ``char_wb`` n-grams of a batch of texts, in canonical form: each
        distinct word's n-grams are read once for the batch. A large batch multiplies the texts'
        word counts by the words' n-gram counts (sparse, in compiled code); a small one repeats
        each word's n-grams as (row, column) pairs, one per occurrence, and counts those (the
        same integers either way). None when a text holds a word over :data:`LONG_WORD`
        characters (counted by :meth:`_ids`)."""
        local: dict[str, int] = {}
        number = local.setdefault
        occurrences: list[int] = []
        per_doc = np.empty(len(docs), dtype=np.int64)
        for i, doc in enumerate(docs):
            words = self.spaces.sub(" ", self.preprocess(self.decode(doc))).split()
            if len(doc) > LONG_WORD and any(len(w) > LONG_WORD for w in words):
                return None
            occurrences.extend([number(w, len(local)) for w in words])
            per_doc[i] = len(words)
        get = self.known.get
        lists = list(map(get, local))
        for i, (word, ids) in enumerate(zip(local, lists)):
            if ids is None:
                lists[i] = self._word_ids(word)
        lengths = np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))
        flat = np.fromiter(chain.from_iterable(lists), dtype=np.int64, count=int(lengths.sum()))
        occ = np.asarray(occurrences, dtype=np.int64)
        counts = lengths[occ]  # n-grams per word occurrence
        total = int(counts.sum())
        if total >= _PRODUCT_CELLS:
            # (texts x words) @ (words x n-grams): every entry a sum of products of counts, exact
            ones = np.ones(len(flat), dtype=dtype)
            words = sp.csr_matrix((ones, flat, np.concatenate(([0], np.cumsum(lengths)))), shape=(len(lists), shape[1]))
            words.sum_duplicates()
            texts = sp.csr_matrix((np.ones(len(occ), dtype=dtype),
                                   (np.repeat(np.arange(len(docs), dtype=np.int64), per_doc), occ)),
                                  shape=(len(docs), len(lists)))
            texts.sum_duplicates()
            product = sp.csr_matrix(texts @ words)
            product.sort_indices()
            return product
        starts = np.cumsum(lengths) - lengths
        # The n-grams of occurrence k are flat[starts[w_k] : starts[w_k] + counts[k]], in order.
        first = np.cumsum(counts) - counts
        columns = flat[np.arange(total, dtype=np.int64) + np.repeat(starts[occ] - first, counts)]
        rows = np.repeat(np.repeat(np.arange(len(docs), dtype=np.int64), per_doc), counts)
        return _count_matrix(rows, columns, shape, dtype)

    def _count_long_word(self, word: str, counts: Counter) -> None:
        """Add the vocabulary n-grams of one long word to ``counts``: the n-grams sklearn's
        ``char_wb`` analyzer makes of it (the word padded with a space on each side, every
        window of each length), counted a stretch of :data:`LONG_WORD_STRETCH` windows at
        a time, so a nine-megabyte "word" never becomes a list of forty million strings."""
        vocabulary = self.vocabulary
        min_n, max_n = self.vectorizer.ngram_range
        padded = f" {word} "
        for n in range(min_n, max_n + 1):
            last = len(padded) - n + 1  # windows start at 0 .. last - 1 (the word is longer than n)
            for start in range(0, last, LONG_WORD_STRETCH):
                stop = min(start + LONG_WORD_STRETCH, last)
                for gram, k in Counter(padded[i:i + n] for i in range(start, stop)).items():
                    column = vocabulary.get(gram)
                    if column is not None:
                        counts[column] += k

    def _word_gram_cells(self, docs: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(row, column) of every vocabulary word n-gram in the texts, one pair per occurrence."""
        numbers, unigram, by_length, base = self.tables
        get = numbers.get
        flat: list[int] = []
        lengths = np.empty(len(docs), dtype=np.int64)
        for i, doc in enumerate(docs):
            # str.split() cuts at what the regex \S+ does not match (both use str.isspace).
            words = self.preprocess(self.decode(doc)).split()
            flat.extend(map(get, words, repeat(-1)))  # each get(word, -1), in compiled code
            flat.append(-1)  # no n-gram runs from one text into the next
            lengths[i] = len(words) + 1
        seq = np.array(flat, dtype=np.int64)
        row_of = np.repeat(np.arange(len(docs), dtype=np.int64), lengths)
        rows, columns = [], []
        min_n, max_n = self.vectorizer.ngram_range
        if min_n == 1:
            at = np.flatnonzero(seq >= 0)
            hit = unigram[seq[at]]
            keep = hit >= 0
            rows.append(row_of[at[keep]])
            columns.append(hit[keep])
        for n in range(max(min_n, 2), max_n + 1):
            if n not in by_length or len(seq) < n:
                continue
            keys_n, columns_n = by_length[n]
            starts = len(seq) - n + 1
            valid = np.ones(starts, dtype=bool)
            key = np.zeros(starts, dtype=np.int64)
            for k in range(n):
                part = seq[k:k + starts]
                valid &= part >= 0
                key = key * base + part
            at = np.flatnonzero(valid)
            key = key[at]
            where = np.searchsorted(keys_n, key)
            where[where == len(keys_n)] = 0
            keep = keys_n[where] == key
            rows.append(row_of[at[keep]])
            columns.append(columns_n[where[keep]])
        if not rows:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        return np.concatenate(rows), np.concatenate(columns)

    def transform(self, docs: list[str]):
        """``vectorizer.transform(docs)``: the same matrix (counts, then tf-idf)."""
        vec = self.vectorizer
        shape = (len(docs), len(self.vocabulary))
        counts = (_count_matrix(*self._word_gram_cells(docs), shape, vec.dtype) if self.tables is not None
                  else self._char_counts(docs, shape, vec.dtype) if self.by_word else None)
        if counts is None:
            indices: list[int] = []
            indptr = [0]
            extra_rows: list[int] = []
            extra_columns: list[int] = []
            extra_counts: list[int] = []
            for row, doc in enumerate(docs):
                long_words: Counter = Counter()
                indices.extend(self._ids(doc, long_words))
                indptr.append(len(indices))
                for column, k in long_words.items():
                    extra_rows.append(row)
                    extra_columns.append(column)
                    extra_counts.append(k)
            counts = sp.csr_matrix((np.ones(len(indices), dtype=vec.dtype), np.asarray(indices, dtype=np.int32),
                                    np.asarray(indptr, dtype=np.int32)), shape=shape)
            if extra_counts:
                counts = counts + sp.csr_matrix((np.asarray(extra_counts, dtype=vec.dtype),
                                                 (extra_rows, extra_columns)), shape=shape)
        counts.sum_duplicates()  # sorted indices, one entry per n-gram, as sklearn's (a no-op when canonical)
        if vec.binary:
            counts.data.fill(1)
        return tfidf(vec._tfidf, counts) if _tfidf_vectorizer(vec) else counts


# From this many n-gram occurrences in a batch, counts are made by scipy (a sparse product, or
# its sum of duplicates, sorting each row's few columns) rather than by one sort of them all.
_PRODUCT_CELLS = 20_000


def _count_matrix(rows: np.ndarray, columns: np.ndarray, shape: tuple[int, int], dtype) -> sp.csr_matrix:
    """The csr matrix of occurrence counts of (row, column) cells, one pair per occurrence, in
    canonical form (each row's columns sorted, one entry each): what building it from the
    pairs and summing duplicates gives, with one sort of a combined key instead for a few
    cells, scipy's sum of duplicates (row by row) for many."""
    if len(rows) >= _PRODUCT_CELLS:
        matrix = sp.csr_matrix((np.ones(len(rows), dtype=dtype), (rows, columns)), shape=shape)
        matrix.sum_duplicates()
        return matrix
    n_rows, n_columns = shape
    keys, counts = np.unique(rows * n_columns + columns, return_counts=True)
    row_of = keys // n_columns
    indptr = np.searchsorted(row_of, np.arange(n_rows + 1, dtype=np.int64))
    index_dtype = np.int32 if max(n_columns, len(keys)) < 2 ** 31 else np.int64
    matrix = sp.csr_matrix((counts.astype(dtype), (keys % n_columns).astype(index_dtype),
                            indptr.astype(index_dtype)), shape=shape)
    matrix.has_canonical_format = True
    return matrix


def tfidf(transformer, counts: sp.csr_matrix):
    """``transformer.transform(counts, copy=False)`` for a csr matrix of float64 counts: for
    scikit-learn's ``TfidfTransformer``, the same operations in the same order (sublinear tf,
    idf, l2 norm by sklearn's own row normaliser) without its input validation, which took
    most of the time on the small matrices of one document's clauses. Anything else (a frozen
    copy's transformer among them) goes to its own ``transform``; scikit-learn is imported
    only when the transformer is its own."""
    kind = type(transformer)
    if kind.__name__ != "TfidfTransformer" or not kind.__module__.startswith("sklearn."):
        return transformer.transform(counts, copy=False)
    from sklearn import get_config
    from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

    if (type(counts) is not sp.csr_matrix or counts.dtype != np.float64 or transformer.norm not in ("l2", None)
            or not hasattr(transformer, "idf_") or get_config()["sparse_interface"] != "spmatrix"
            or not np.isfinite(counts.data).all()):
        return transformer.transform(counts, copy=False)
    if transformer.sublinear_tf:
        np.log(counts.data, counts.data)
        counts.data += 1.0
    counts.data *= transformer.idf_[counts.indices]
    if transformer.norm == "l2":
        inplace_csr_row_normalize_l2(counts)
    return counts


# The fast transform of each fitted vectorizer met (outside the estimators: a model is
# never changed, and never saved with them).
KNOWN_GRAMS: "weakref.WeakKeyDictionary[object, KnownGrams]" = weakref.WeakKeyDictionary()


def vectorize(vectorizer, docs: list[str]):
    """``vectorizer.transform(docs)``, through :class:`KnownGrams` for sklearn's text vectorizers."""
    if not _text_vectorizer(vectorizer) or not hasattr(vectorizer, "vocabulary_") \
            or (_tfidf_vectorizer(vectorizer) and not hasattr(vectorizer, "_tfidf")):
        return vectorizer.transform(docs)
    known = KNOWN_GRAMS.get(vectorizer)
    if known is None or known.vocabulary is not vectorizer.vocabulary_:  # refitted: start again
        known = KNOWN_GRAMS[vectorizer] = KnownGrams(vectorizer)
    return known.transform(docs)


def transform(features, X):
    """``features.transform(X)`` for a fitted column transformer of text columns, made column
    by column (without the per-call data-frame checks, and with the fast vectorizing)."""
    simple = (features.remainder == "drop" and getattr(features, "sparse_output_", False)
              and all(_text_vectorizer(t, any_count=True) and isinstance(c, str) for _, t, c in features.transformers_))
    if not simple:
        to_pandas = getattr(X, "to_pandas", None)  # feature rows held by column (treatyscope.features.Rows)
        return features.transform(to_pandas() if to_pandas is not None else X)
    weights = features.transformer_weights or {}
    parts = []
    for name, vectorizer, column in features.transformers_:
        part = vectorize(vectorizer, X[column].tolist())
        weight = weights.get(name)
        parts.append(part if weight is None or weight == 1 else part * weight)
    return sp.hstack(parts).tocsr()


def probabilities(model, features) -> np.ndarray:
    """``model.predict_proba(features)`` for a fitted multi-label one-vs-rest of logistic
    regressions, computed as each regression's ``predict_proba`` does (the sigmoid of
    ``features @ coef_.T + intercept_``) without sklearn's input checks on every call."""
    estimators = getattr(model, "estimators_", None)
    if (not _logistic_one_vs_rest(model) or not estimators
            or not sp.issparse(features) or features.format != "csr" or features.dtype != np.float64
            or features.shape[1] != estimators[0].coef_.shape[1]):
        return model.predict_proba(features)
    # All the regressions' scores in one product with their stacked coefficients (scipy sums
    # each score's terms in the same order as one product per regression: the same numbers).
    key = tuple(id(e.coef_) for e in estimators)
    stacked = _STACKED.get(model)
    if stacked is None or stacked[0] != key:
        stacked = _STACKED[model] = (key, np.ascontiguousarray(np.vstack([e.coef_ for e in estimators]).T),
                                     np.concatenate([np.ravel(e.intercept_) for e in estimators]))
    scores = features @ stacked[1]
    return np.array([expit(scores[:, k] + stacked[2][k]) for k in range(len(estimators))]).T


# Each model's stacked coefficients and intercepts (by its estimators' coefficient arrays).
_STACKED: "weakref.WeakKeyDictionary[object, tuple]" = weakref.WeakKeyDictionary()


def _logistic_one_vs_rest(model) -> bool:
    """Whether ``model`` is a frozen model's regressions (checked when read) or sklearn's
    multi-label ``OneVsRestClassifier`` of two or more binary ``LogisticRegression``."""
    if isinstance(model, FrozenRegressions):
        return True
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier

    estimators = getattr(model, "estimators_", None)
    return (type(model) is OneVsRestClassifier and getattr(model, "multilabel_", False) and bool(estimators)
            and len(estimators) >= 2 and all(type(e) is LogisticRegression and e.coef_.shape[0] == 1
                                             and len(e.classes_) == 2 for e in estimators))


def same_features(a, b) -> bool:
    """Whether two fitted column transformers compute the same features."""
    if (a.transformer_weights != b.transformer_weights or a.remainder != b.remainder
            or a.sparse_threshold != b.sparse_threshold or len(a.transformers_) != len(b.transformers_)):
        return False
    for (name_a, ta, cols_a), (name_b, tb, cols_b) in zip(a.transformers_, b.transformers_):
        if name_a != name_b or cols_a != cols_b or type(ta) is not type(tb):
            return False
        if isinstance(ta, str):
            if ta != tb:
                return False
            continue
        if ta.get_params(deep=False) != tb.get_params(deep=False):
            return False
        if getattr(ta, "vocabulary_", None) != getattr(tb, "vocabulary_", None):
            return False
        idf_a, idf_b = getattr(ta, "idf_", None), getattr(tb, "idf_", None)
        if (idf_a is None) != (idf_b is None) or (idf_a is not None and not np.array_equal(idf_a, idf_b)):
            return False
    return True

