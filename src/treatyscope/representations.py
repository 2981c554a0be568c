"""What the unlabelled corpus teaches: a low-rank projection of clause words (latent semantic
analysis), learnt from every English clause of the collection.

The gold set is a few thousand clauses; the collection has about 150,000. Words that stand
in the same clauses across the collection ("court", "judge", "independent body", "review")
land near each other in a projection learnt from their co-occurrence, so a paraphrase the
gold has never seen gets features close to the wording it has. The projection is
scikit-learn's ``TruncatedSVD`` of a tf-idf matrix (latent semantic analysis): well kept,
deterministic for a seed, no extra dependency, and small enough to ship (a 10,000-word
vocabulary times 96 dimensions in float32 is under 4 MB, stored once as ``.npz`` and named
by the classifier, not copied into it). Word vectors (floret, fastText)
were the alternative; they need a compiled dependency and learn from word windows, which
for clause classification adds little over clause-level co-occurrence.

``treatyscope vectors`` fits it (:func:`fit_projection` over :func:`unlabelled_clauses`)
and saves it in ``models/treatyscope-vectors``; ``train`` then uses it as the ``vectors``
feature group (:class:`ClauseProjection`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer

PROJECTION_FILE = "projection.npz"
# Bounds on a projection file (the shipped one: 3.7 MB packed, 5.3 MB unpacked).
MAX_PROJECTION_BYTES = 64 * 1024 * 1024
MAX_PROJECTION_UNPACKED = 256 * 1024 * 1024


@dataclass(frozen=True)
class Projection:
    """A learnt projection: the vocabulary (word -> column), idf weights, and the components
    (dimensions x words)."""

    vocabulary: dict[str, int]
    idf: np.ndarray
    components: np.ndarray

    def transform(self, texts: list[str]) -> np.ndarray:
        """Space-separated lower-cased words to L2-normalised rows (a text of unknown words: zeros)."""
        from .fast.vectorize import vectorize

        tfidf = vectorize(_vectorizer(self), list(texts))
        dense = np.asarray(tfidf @ self.components.T, dtype=np.float64)
        norms = np.linalg.norm(dense, axis=1, keepdims=True)
        return np.divide(dense, norms, out=np.zeros_like(dense), where=norms > 0)


_VECTORIZERS: dict[int, TfidfVectorizer] = {}


def _vectorizer(projection: Projection) -> TfidfVectorizer:
    vec = _VECTORIZERS.get(id(projection))
    if vec is None or vec.vocabulary is not projection.vocabulary:
        vec = TfidfVectorizer(token_pattern=r"\S+", lowercase=False, sublinear_tf=True,
                              vocabulary=projection.vocabulary)
        vec.idf_ = np.asarray(projection.idf, dtype=np.float64)
        _VECTORIZERS[id(projection)] = vec
    return vec


class ClauseProjection(TransformerMixin, BaseEstimator):
    """The words column of the features, projected to a few dense dimensions.

    Names the projection file it uses (``source``: a path, relative to the ``models/``
    folder when not absolute) and that file's sha256, rather than holding its arrays: a
    saved classifier stays small and quick to load, and a projection file that changed is
    refused (:class:`ValueError`) instead of giving features the model was not trained on.
    ``fit`` learns nothing (the projection was learnt from the unlabelled corpus, not from
    the gold); ``transform`` takes space-separated lower-cased words and returns one
    L2-normalised row per text.
    """

    def __init__(self, source: str | None = None, sha256: str | None = None):
        self.source = source
        self.sha256 = sha256

    def fit(self, X=None, y=None):
        self.n_features_out_ = int(self.projection().components.shape[0])
        return self

    def projection(self) -> Projection:
        if not self.source:
            raise ValueError("ClauseProjection names no projection file")
        return _load_checked(str(self.source), self.sha256)

    def transform(self, X) -> sp.csr_matrix:
        texts = list(X.tolist() if hasattr(X, "tolist") else X)
        return sp.csr_matrix(self.projection().transform(texts))

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        return np.array([f"lsa{i}" for i in range(self.projection().components.shape[0])], dtype=object)


def resolve_source(source: str) -> Path:
    """The file a projection source names (relative sources are under the ``models/`` folder)."""
    from .paths import models_dir

    path = Path(source)
    return path if path.is_absolute() else models_dir() / path


_LOADED: dict[tuple, Projection] = {}


def _load_checked(source: str, sha256: str | None) -> Projection:
    path = resolve_source(source)
    try:
        st = path.stat()
    except OSError as exc:
        raise ValueError(f"{path}: the projection file the model names cannot be read ({exc.strerror})") from None
    import stat

    # A model can name any path: only a regular file of bounded size is read (not a device,
    # a pipe or a folder), and its arrays are checked before they are unpacked.
    if not stat.S_ISREG(st.st_mode):
        raise ValueError(f"{path}: the projection file the model names is not a regular file")
    if st.st_size > MAX_PROJECTION_BYTES:
        raise ValueError(f"{path}: the projection file is {st.st_size:,} bytes (at most {MAX_PROJECTION_BYTES:,})")
    # Checked again whenever the file's size or time changes.
    key = (source, sha256, st.st_size, st.st_mtime_ns)
    if key not in _LOADED:
        if sha256 is not None and _sha256(path) != sha256:
            raise ValueError(f"{path}: the projection file differs from the one the model was trained with")
        _LOADED[key] = read_projection(path)
    return _LOADED[key]


def _sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def fit_projection(texts: Iterable[str], *, dimensions: int = 96, max_words: int = 10000, min_df: int = 5,
                   seed: int = 0) -> Projection:
    """Learn a projection from clause texts given as space-separated lower-cased words."""
    from sklearn.decomposition import TruncatedSVD

    vec = TfidfVectorizer(token_pattern=r"\S+", lowercase=False, sublinear_tf=True, min_df=min_df,
                          max_features=max_words, dtype=np.float32)
    matrix = vec.fit_transform(texts)
    svd = TruncatedSVD(n_components=dimensions, algorithm="randomized", n_iter=7, random_state=seed)
    svd.fit(matrix)
    vocabulary = {w: int(i) for w, i in vec.vocabulary_.items()}
    return Projection(vocabulary, vec.idf_.astype(np.float32), svd.components_.astype(np.float32))


def save_projection(projection: Projection, folder: Path) -> Path:
    """Write the projection as one ``.npz`` (arrays and the word list only: nothing executable)."""
    folder.mkdir(parents=True, exist_ok=True)
    words = np.array(sorted(projection.vocabulary, key=projection.vocabulary.__getitem__), dtype=str)
    path = folder / PROJECTION_FILE
    tmp = folder / f".{PROJECTION_FILE}.tmp.npz"
    np.savez_compressed(tmp, words=words, idf=np.asarray(projection.idf, dtype=np.float32),
                        components=np.asarray(projection.components, dtype=np.float32))
    tmp.replace(path)
    return path


def read_projection(path: Path) -> Projection:
    """Read a projection file written by :func:`save_projection` (no pickled objects are
    allowed; the archive's sizes and every array's dtype and shape are checked before
    anything is unpacked: :func:`treatyscope.model_trust.check_archive`). Raises
    :class:`ValueError` for a file that is not one."""
    import io

    from .model_trust import ModelTrustError, check_archive

    raw = Path(path).read_bytes()
    try:
        check_archive(raw, max_unpacked=MAX_PROJECTION_UNPACKED, required=())
    except ModelTrustError as exc:
        raise ValueError(f"{path}: not a projection file ({exc})") from None
    try:
        with np.load(io.BytesIO(raw), allow_pickle=False) as data:
            words = [str(w) for w in data["words"]]
            return Projection({w: i for i, w in enumerate(words)}, np.asarray(data["idf"], dtype=np.float32),
                              np.asarray(data["components"], dtype=np.float32))
    except (KeyError, ValueError, OSError, EOFError) as exc:
        raise ValueError(f"{path}: not a projection file ({type(exc).__name__})") from None


def projection_feature(folder: Path) -> ClauseProjection:
    """The ``vectors`` feature step for the projection saved in ``folder``: named relative to
    the ``models/`` folder when it lies inside it (so a shipped model works wherever the
    package is installed), with the file's sha256."""
    from .paths import models_dir

    path = (Path(folder) / PROJECTION_FILE).resolve()
    try:
        source = str(path.relative_to(models_dir().resolve()))
    except ValueError:
        source = str(path)
    return ClauseProjection(source, _sha256(path)).fit()


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


__all__ = ["Projection", "ClauseProjection", "fit_projection", "save_projection", "read_projection",
           "projection_feature", "unlabelled_clauses", "PROJECTION_FILE"]
