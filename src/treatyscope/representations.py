"""What the unlabelled corpus teaches: a low-rank projection of clause words (latent semantic
analysis), learnt from every English clause of the collection.

The gold set is a few thousand clauses; the collection has about 150,000. Words that stand
in the same clauses across the collection ("court", "judge", "independent body", "review")
land near each other in a projection learnt from their co-occurrence, so a paraphrase the
gold has never seen gets features close to the wording it has. The projection is
scikit-learn's ``TruncatedSVD`` of a tf-idf matrix (latent semantic analysis): well kept,
deterministic for a seed, no extra dependency, and small enough to ship (a 10,000-word
vocabulary times 96 dimensions in float32 is under 4 MB). Word vectors (floret, fastText)
were the alternative; they need a compiled dependency and learn from word windows, which
for clause classification adds little over clause-level co-occurrence.

``treatyscope model vectors`` fits it (:func:`fit_projection` over
:func:`unlabelled_clauses`) and saves it in ``models/``; ``train`` then uses it as the
``vectors`` feature group (:class:`ClauseProjection`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Iterator

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer

PROJECTION_FILE = "projection.npz"


class ClauseProjection(TransformerMixin, BaseEstimator):
    """The words column of the features, projected to a few dense dimensions.

    Holds a fitted projection as constructor parameters (``vocabulary``: word -> column,
    ``idf``, ``components``: dimensions x words), so that it survives scikit-learn's
    ``clone`` inside a pipeline: ``fit`` learns nothing (the projection was learnt from the
    unlabelled corpus, not from the gold); ``transform`` takes space-separated lower-cased
    words and returns one L2-normalised row per text.
    """

    def __init__(self, vocabulary: dict[str, int] | None = None, idf: np.ndarray | None = None,
                 components: np.ndarray | None = None):
        self.vocabulary = vocabulary
        self.idf = idf
        self.components = components

    def fit(self, X=None, y=None):
        if self.vocabulary is None or self.idf is None or self.components is None:
            raise ValueError("ClauseProjection holds a projection learnt by fit_projection; it has none")
        self.n_features_out_ = int(np.asarray(self.components).shape[0])
        return self

    def _vectorizer(self) -> TfidfVectorizer:
        vec = getattr(self, "_vec", None)
        if vec is None:
            vec = TfidfVectorizer(token_pattern=r"\S+", lowercase=False, sublinear_tf=True, vocabulary=self.vocabulary)
            vec.idf_ = np.asarray(self.idf, dtype=np.float64)
            self._vec = vec
        return vec

    def transform(self, X) -> sp.csr_matrix:
        from .fast.vectorize import vectorize

        texts = list(X.tolist() if hasattr(X, "tolist") else X)
        tfidf = vectorize(self._vectorizer(), texts)
        dense = np.asarray(tfidf @ np.asarray(self.components, dtype=np.float32).T, dtype=np.float64)
        norms = np.linalg.norm(dense, axis=1, keepdims=True)
        dense = np.divide(dense, norms, out=np.zeros_like(dense), where=norms > 0)
        return sp.csr_matrix(dense)

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        return np.array([f"lsa{i}" for i in range(np.asarray(self.components).shape[0])], dtype=object)

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("_vec", None)  # rebuilt on first use; never saved
        return state


def fit_projection(texts: Iterable[str], *, dimensions: int = 96, max_words: int = 10000, min_df: int = 5,
                   seed: int = 0) -> ClauseProjection:
    """Learn a projection from clause texts given as space-separated lower-cased words."""
    from sklearn.decomposition import TruncatedSVD

    vec = TfidfVectorizer(token_pattern=r"\S+", lowercase=False, sublinear_tf=True, min_df=min_df,
                          max_features=max_words, dtype=np.float32)
    matrix = vec.fit_transform(texts)
    svd = TruncatedSVD(n_components=dimensions, algorithm="randomized", n_iter=7, random_state=seed)
    svd.fit(matrix)
    vocabulary = {w: int(i) for w, i in vec.vocabulary_.items()}
    return ClauseProjection(vocabulary, vec.idf_.astype(np.float32), svd.components_.astype(np.float32)).fit()


def save_projection(projection: ClauseProjection, folder: Path) -> Path:
    """Write the projection as one ``.npz`` (arrays and the word list only: nothing executable)."""
    folder.mkdir(parents=True, exist_ok=True)
    words = np.array(sorted(projection.vocabulary, key=projection.vocabulary.__getitem__), dtype=str)
    path = folder / PROJECTION_FILE
    tmp = folder / f".{PROJECTION_FILE}.tmp.npz"
    np.savez_compressed(tmp, words=words, idf=np.asarray(projection.idf, dtype=np.float32),
                        components=np.asarray(projection.components, dtype=np.float32))
    tmp.replace(path)
    return path


def load_projection(folder: Path) -> ClauseProjection:
    """Read a projection saved by :func:`save_projection` (no pickled objects are allowed)."""
    with np.load(Path(folder) / PROJECTION_FILE, allow_pickle=False) as data:
        words = [str(w) for w in data["words"]]
        return ClauseProjection({w: i for i, w in enumerate(words)}, data["idf"], data["components"]).fit()


def unlabelled_clauses(corpus: Path, *, progress: Callable[[int, int], None] | None = None) -> Iterator[str]:
    """Every English clause of the collection as the ``words`` feature column reads it
    (lower-cased tokens, no spaces or punctuation), in file-name order."""
    import spacy
    from spacy.attrs import IS_PUNCT, IS_SPACE, LOWER

    from .errors import TreatyscopeError
    from .ingest import read_document
    from .segment import segment_document

    tokenizer = spacy.blank("en").tokenizer
    files = sorted((Path(corpus) / "treaties").glob("*.md"))
    for n, path in enumerate(files, 1):
        try:
            doc = read_document(path, doc_id=path.stem)
        except TreatyscopeError:
            continue
        texts = [c.text for c in segment_document(doc).clauses if not c.skipped]
        for d in tokenizer.pipe(texts, batch_size=256):
            arr = d.to_array([LOWER, IS_SPACE, IS_PUNCT])
            if not len(arr):
                continue
            kept = arr[(arr[:, 1] == 0) & (arr[:, 2] == 0)]
            words = " ".join(d.vocab.strings[int(k)] for k in kept[:, 0].tolist())
            if words:
                yield words
        if progress:
            progress(n, len(files))


__all__ = ["ClauseProjection", "fit_projection", "save_projection", "load_projection", "unlabelled_clauses",
           "PROJECTION_FILE"]
