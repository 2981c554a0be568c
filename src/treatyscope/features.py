"""The classifier's features: a processed clause (a spaCy doc) to text columns, and the
scikit-learn transformer that turns those columns into one feature matrix.

Columns (:data:`FEATURE_COLUMNS`): the clause's words, their lemmas, its raw text, its
heading and chapeau, the pattern hits (evidence labels with their polarity, polarity
cues, reference kinds) as marker words, and what the clause draws on from its document
(:mod:`treatyscope.docmodel`: its function, the tiered defined terms and own crimes it
names, the criminalisation articles it cites, its lead-in's labels), each also joined
with the clause's function so that "domestic law" in a measure and in a prevention
clause weigh differently.
"""

from __future__ import annotations

from typing import Sequence

from spacy.attrs import IS_PUNCT, IS_SPACE, LEMMA, LOWER
from spacy.tokens import Doc

from .docmodel import ClauseFacts, ClausePlace, cites_victims, unit_reference
from .extensions import (CHAPEAU_KEY, CUES_KEY, EVIDENCE_KEY, FACTS_KEY, HEADING_KEY, PLACE_KEY, doc_text,
                         last_sentence_start)

FEATURE_COLUMNS = ("words", "lemmas", "raw", "context", "patterns", "function", "facts")
# Feature groups that can be left out (the ablation in docs/evaluation.md): the clause's
# function, the facts it draws from its document, and the low-rank projection learnt from
# the unlabelled corpus (:mod:`treatyscope.representations`).
FEATURE_GROUPS = ("function", "facts", "vectors")
# The marker word of a polarity cue in the ``patterns`` column, followed by the cue's polarity
# ("POLARITY_optional"): a feature name of the shipped model, not a pattern label.
CUE_MARKER = "POLARITY_"


def clause_features(doc: Doc) -> dict[str, str]:
    """The feature columns of one processed clause (a spaCy doc from the extraction pipeline)."""
    # The lower forms and lower-cased lemmas of the tokens that are neither space nor
    # punctuation (Token.lower_ and Token.lemma_.lower()), read as arrays. Lower-casing the
    # joined lemmas is lower-casing each: only final sigma looks at its neighbours, and
    # not across a space.
    words = lemmas = ""
    if len(doc):
        arr = doc.to_array([LOWER, LEMMA, IS_SPACE, IS_PUNCT])
        kept = arr[(arr[:, 2] == 0) & (arr[:, 3] == 0)]
        words = " ".join(_strings(doc, kept[:, 0].tolist()))
        lemmas = " ".join(_strings(doc, kept[:, 1].tolist())).lower()
    hits = []
    evidence = doc.spans.get(EVIDENCE_KEY, [])
    for span in evidence:
        hits.append(f"P_{span.label_}")
        if span._.polarity:
            hits.append(f"P_{span.label_}_{span._.polarity}")
    for cue in doc.spans.get(CUES_KEY, []):
        hits.append(f"{CUE_MARKER}{cue.label_}")
    for ref in doc._.references or []:
        hits.append(f"R_{ref.kind}")
    context = " ".join(x for x in (doc.user_data.get(HEADING_KEY, ""), doc.user_data.get(CHAPEAU_KEY, "")) if x)
    facts = clause_facts(doc)
    function = known = ""
    if facts is not None:
        fn = f"FN_{facts.function}"
        function = " ".join([fn] + [f"P_{lab}@{fn}" for lab in sorted({span.label_ for span in evidence})])
        markers = facts.markers()[1:]
        known = " ".join(markers + [f"{m}@{fn}" for m in markers])
    # Marker tokens keep every column's vocabulary non-empty (clauses without context).
    return {"words": words or "w_none", "lemmas": lemmas or "l_none", "raw": doc_text(doc).lower(),
            "context": context.lower() or "ctx_none",
            "patterns": " ".join(sorted(set(hits))) or "P_none",
            "function": function or "FN_none", "facts": known or "F_none"}


# Strings by hash, as the string store gives them (it decodes a new string on every look-up); a
# hash names one string in every vocabulary (spaCy's hashes are of the string alone).
_STRINGS: dict[int, str] = {}


def _strings(doc: Doc, hashes: list[int]) -> list[str]:
    """The strings of a doc's hashes (its lower forms or lemmas)."""
    known = _STRINGS
    try:
        return [known[h] for h in hashes]
    except KeyError:
        if len(known) >= 500_000:
            known.clear()
        strings = doc.vocab.strings
        for h in hashes:
            if h not in known:
                known[h] = strings[h]
        return [known[h] for h in hashes]


def clause_facts(doc: Doc) -> ClauseFacts | None:
    """What a processed clause draws on from its document (None when it was labelled alone).

    Also notes the clause's pattern labels in the document model, for the items that hang
    from it (clauses are read in document order)."""
    place = doc.user_data.get(PLACE_KEY)
    if not isinstance(place, ClausePlace):
        return None
    facts = doc.user_data.get(FACTS_KEY)
    if isinstance(facts, ClauseFacts):  # read once per doc (features, then evidence)
        return facts
    evidence = doc.spans.get(EVIDENCE_KEY, [])
    labels = frozenset(s.label_ for s in evidence)
    # As a lead-in, the labels of its last sentence: the one its items continue.
    start = last_sentence_start(doc) if labels else 0
    place.model.pattern_labels[place.clause_id] = frozenset(s.label_ for s in evidence if s.start >= start)
    text = doc_text(doc)
    cited = [unit_reference(r, place.model).article or place.article for r in (doc._.references or [])
             if not r.external and not cites_victims(text[:r.start])]
    facts = place.model.clause_facts(place.clause_id, place.article, text, cited, place.lead_in, labels)
    doc.user_data[FACTS_KEY] = facts
    return facts


def frame(rows: Sequence[dict[str, str]]):
    """Feature rows as the data frame the column transformer selects its columns from."""
    import pandas as pd

    return pd.DataFrame(list(rows), columns=list(FEATURE_COLUMNS))


def build_features(groups: Sequence[str] = ("function", "facts"), projection=None):
    """The column transformer from feature rows to one sparse matrix (unfitted).

    ``groups`` are the optional feature groups used (:data:`FEATURE_GROUPS`); ``vectors``
    needs ``projection``, a fitted :class:`~treatyscope.representations.ClauseProjection`.
    (scikit-learn is imported here, not with the module: labelling with a frozen model
    does without it.)
    """
    from sklearn.compose import ColumnTransformer
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

    unknown = set(groups) - set(FEATURE_GROUPS)
    if unknown:
        raise ValueError(f"unknown feature groups: {', '.join(sorted(unknown))}")
    steps = [
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
    ]
    # Character n-grams catch spelling variants (offence/offense, -ise/-ize) but add
    # little beyond the words (grouped cross-validation, docs/evaluation.md): a half weight.
    weights = {"words": 1.0, "lemmas": 1.0, "chars": 0.5, "context": 0.5, "patterns": 2.0}
    for group in ("function", "facts"):
        if group in groups:
            steps.append((group, CountVectorizer(token_pattern=r"\S+", binary=True, lowercase=False), group))
            weights[group] = 2.0
    if "vectors" in groups:
        if projection is None:
            raise ValueError("the 'vectors' feature group needs a fitted projection")
        steps.append(("vectors", projection, "words"))
        weights["vectors"] = 1.0
    return ColumnTransformer(steps, transformer_weights=weights)
