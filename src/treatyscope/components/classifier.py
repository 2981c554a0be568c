"""The classifier in the spaCy pipeline: a saved :class:`~treatyscope.classify.LabelModel`
combined with the pattern evidence into ``doc._.labels`` (factory ``treatyscope_classifier``)."""

from __future__ import annotations

from typing import Iterable

import numpy as np
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, LOWER
from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import EVIDENCE_KEY, PLACE_KEY, doc_text
from ..features import clause_facts, clause_features
from ..labelmodel import LabelModel
from ..model_store import CARD_FILE, load_model
from ..paths import shipped_model_dir
from ..types import TIERS, EvidenceSource


@Language.factory(
    "treatyscope_classifier",
    assigns=["doc._.labels"],
    requires=["doc.spans"],
    default_config={"model": None, "batch_size": 256},
)
def make_classifier(nlp: Language, name: str, *, model: str | None, batch_size: int):
    return ClassifierComponent(name, model=model, batch_size=batch_size)


class ClassifierComponent:
    """Combine classifier probabilities with pattern evidence into ``doc._.labels``.

    ``doc._.labels`` maps each assigned label to ``(probability, source, words, basis)``:
    source ``pattern`` when the patterns found words for it, ``classifier`` otherwise, with
    ``words`` the character span that carries it: the defined term or own crime its
    document model rests it on (``basis`` says which), else the n-gram that weighed most.
    Without a model the component leaves ``doc._.labels`` unset, and the pattern labels
    stand.
    """

    def __init__(self, name: str, *, model: str | None, batch_size: int):
        self.name = name
        self.model_path = model
        self.batch_size = batch_size
        self.model: LabelModel | None = None

    def initialize(self, get_examples=None, *, nlp=None) -> None:
        if self.model_path:
            self.model = load_model(self.model_path)
        elif (shipped_model_dir() / CARD_FILE).is_file():
            self.model = load_model(None)

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None):
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= (batch_size or self.batch_size):
                yield from self._label(batch)
                batch = []
        if batch:
            yield from self._label(batch)

    def _label(self, docs: list[Doc]) -> list[Doc]:
        if self.model is None or not docs:
            return docs
        rows = [clause_features(d) for d in docs]
        decided = self.model.decide(self.model.table(rows))
        for doc, row, labels in zip(docs, rows, decided):
            found = {s.label_ for s in doc.spans.get(EVIDENCE_KEY, [])}
            facts = clause_facts(doc)
            out = {}
            for label, p in labels.items():
                if label in found:
                    out[label] = (p, EvidenceSource.PATTERN, None, None)
                    continue
                basis = facts.basis(label, doc_text(doc)) if facts is not None else None
                if basis is not None:
                    words, why = basis
                    words = words or _citation(doc, facts) or self._words(doc, label, row["words"])
                    out[label] = (p, EvidenceSource.CLASSIFIER, words, why)
                else:
                    out[label] = (p, EvidenceSource.CLASSIFIER, self._words(doc, label, row["words"]), None)
            doc._.labels = out
        return docs

    def _words(self, doc: Doc, label: str, words: str) -> tuple[int, int] | None:
        clf = self.model.tiers if label in TIERS else self.model.safeguards
        top = clf.top_words(clf.labels.index(label), words)
        if not top:
            return None
        target = top[0].split()
        # The lower forms of the tokens that are neither space nor punctuation, read as arrays.
        arr = doc.to_array([LOWER, IS_SPACE, IS_PUNCT, IDX, LENGTH]) if len(doc) else np.zeros((0, 5), dtype=np.uint64)
        kept = arr[(arr[:, 1] == 0) & (arr[:, 2] == 0)]
        strings = doc.vocab.strings
        lowers = [strings[h] for h in kept[:, 0].tolist()]
        n = len(target)
        for i in range(len(lowers) - n + 1):
            if lowers[i:i + n] == target:
                return int(kept[i, 3]), int(kept[i + n - 1, 3] + kept[i + n - 1, 4])
        return None


def _citation(doc: Doc, facts) -> tuple[int, int] | None:
    """The words of the clause's first citation of an article whose acts a criminalisation clause
    makes offences, where a tier rests on that citation ("the acts referred to in Article 1":
    "Article 1"), or None."""
    place = doc.user_data.get(PLACE_KEY)
    if place is None or not set(facts.cited_criminalisation) & set(place.model.offence_articles):
        return None
    for r in doc._.references or []:
        if not r.external and (r.article or place.article) in place.model.offence_articles:
            return r.start, r.end
    return None
