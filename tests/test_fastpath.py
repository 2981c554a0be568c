"""The fast paths give the results of the plain code they stand in for.

Labelling skips spaCy for clauses in which no label pattern could match (told from the
text alone), the span ruler runs each pattern group only near its anchor tokens, the
lookup lemmatizer looks each form up once, references are only searched for in clauses
that hold a head word, language detection counts function words in bulk, and the
classifier vectorizes column by column with its own counting. None may change a result:
each is compared here with spaCy's, sklearn's or a word-by-word statement of the same
computation, on corpus clauses and on generated text.
"""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
import spacy
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from treatyscope.components.patterns import read_patterns
from treatyscope.fast.text_words import TextWords, _words
from treatyscope.ingest import read_document
from treatyscope.pipeline import label_clauses, label_document
from treatyscope.segment import segment_document

PATTERN_FILES = ["tiers.jsonl", "safeguards.jsonl", "polarity.jsonl"]


@pytest.fixture(scope="module")
def ruler(patterns_nlp):
    return patterns_nlp.get_pipe("treatyscope_ruler")


@pytest.fixture(scope="module")
def finder(ruler) -> TextWords:
    found = ruler.text_words()
    assert found is not None, "the shipped pipeline must allow reading pattern words from text"
    return found


@pytest.fixture(scope="module")
def spacy_ruler(patterns_nlp):
    """spaCy's own SpanRuler with the same patterns, on a pipeline with the same lemmatizer."""
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    plain = nlp.add_pipe("span_ruler", config={"spans_key": "raw", "validate": False})
    nlp.initialize()
    plain.add_patterns(read_patterns(PATTERN_FILES))
    return nlp


@pytest.fixture(scope="module")
def corpus_clauses(corpus) -> list:
    """English clauses of every 60th corpus treaty (about 28 treaties)."""
    files = sorted((corpus / "treaties").glob("*.md"))[::60]
    return [c for f in files for c in segment_document(read_document(f)).clauses if not c.skipped]


def _spans(spans) -> list[tuple[int, int, str, str]]:
    return sorted((s.start, s.end, s.label_, s.id_) for s in spans)


def _missing_words(patterns_nlp, finder, text: str) -> set[str]:
    doc = patterns_nlp.get_pipe("lemmatizer")(patterns_nlp.make_doc(text))
    return (_words(doc) & finder.vocabulary) - finder.words(text)


# A vocabulary that makes the tokenizer work: pattern words in several cases, special cases
# ("cannot", "don't", "Mr."), affixes, hyphens, digits with units, a Kelvin sign, a dotted
# capital I, Greek capital sigma.
_PIECES = ["offence", "Offences", "OFFENCE", "law", "domestic", "cannot", "can't", "don't", "won't", "Mr.",
           "e.g.", "non-discrimination", "human-rights", "30km", "5m", "\u212aelvin", "\u0130n", "\u03a3",
           "shall", "may", "not", "n't", "'s", "'ll", "subject", "to", "Article", "(b)", "[", "]", "—", "...",
           "established", "in", "accordance", "with", "this", "Convention", "refuse", "assistance", "if",
           "dual", "criminality", "serious", "crime", "any", "criminal", "offense", "data", "privacy"]
_TEXTS = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(alphabet="abcdefghijklmnopqrstuvwxyzSTAN'-.,;:()[]/\u212a\u0130 ",
                                                max_size=8)),
    max_size=40,
).map(lambda parts: "".join(p + (" " if i % 3 else "") for i, p in enumerate(parts)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_text_words_include_every_pattern_word_spacy_finds(patterns_nlp, finder, text):
    assert _missing_words(patterns_nlp, finder, text) == set()


def test_text_words_on_the_corpus(patterns_nlp, finder, corpus_clauses):
    missing = {c.clause_id: m for c in corpus_clauses if (m := _missing_words(patterns_nlp, finder, c.text))}
    assert missing == {}


def test_text_words_read_special_cases_and_lemmas(finder):
    assert {"can", "not"} <= finder.words("It cannot be refused.")
    assert "not" in finder.words("A Party don't refuse")  # "n't" has the lemma "not"
    assert "offence" in finder.words("the offences concerned")
    assert "offences" in finder.words("the OFFENCES concerned")  # the lemma table is case-sensitive
    assert finder.words("de Verdragsluitende Partijen") == set()


def test_no_promise_without_the_english_tokenizer_and_lookup_lemmas(patterns_nlp):
    vocabulary = {"offence"}
    nl = spacy.blank("nl")
    assert TextWords.for_pipeline(nl, vocabulary, []) is None
    en = spacy.blank("en")
    en.tokenizer.infix_finditer = lambda text: iter(())
    assert TextWords.for_pipeline(en, vocabulary, []) is None
    rule = spacy.blank("en")
    rule.add_pipe("lemmatizer", config={"mode": "rule"})
    assert TextWords.for_pipeline(rule, vocabulary, ["lemmatizer"]) is None
    assert TextWords.for_pipeline(spacy.blank("en"), vocabulary, []) is not None


def test_windowed_ruler_finds_the_spans_of_spacys_span_ruler(patterns_nlp, ruler, spacy_ruler, corpus_clauses):
    nlp = spacy_ruler
    differ = []
    for clause in corpus_clauses:
        doc = nlp(clause.text)
        ours = patterns_nlp.get_pipe("lemmatizer")(patterns_nlp.make_doc(clause.text))
        if _spans(ruler.match(ours)) != _spans(doc.spans["raw"]):
            differ.append(clause.clause_id)
    assert differ == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=60).map(" ".join))
def test_windowed_ruler_on_pattern_word_soup(patterns_nlp, ruler, spacy_ruler, text):
    nlp = spacy_ruler
    ours = patterns_nlp.get_pipe("lemmatizer")(patterns_nlp.make_doc(text))
    doc = nlp(text)
    assert _spans(ruler.match(ours)) == _spans(doc.spans["raw"])


def test_skipping_spacy_changes_no_labelled_clause(patterns_nlp, corpus_clauses, sample_path):
    sample = [c for c in segment_document(read_document(sample_path)).clauses if not c.skipped]
    for clauses in (sample, corpus_clauses):
        fast = label_clauses(patterns_nlp, clauses)
        full = label_clauses(patterns_nlp, clauses, prefilter=False)
        assert [lc.to_dict() for lc in fast] == [lc.to_dict() for lc in full]


def test_skipping_spacy_actually_skips(patterns_nlp, ruler):
    assert not ruler.may_match("The Parties shall meet once a year at the seat of the Council.")
    assert ruler.may_match("Each Party shall adopt such measures in accordance with its domestic law.")


def test_the_classifier_pipeline_runs_every_clause_through_spacy(sample_path):
    from treatyscope.pipeline import _prefilter, default_pipeline

    nlp = default_pipeline()
    if "treatyscope_classifier" not in nlp.pipe_names:
        pytest.skip("no trained model in models/treatyscope-clf")
    assert _prefilter(nlp) is None
    labelled, _ = label_document(read_document(sample_path), nlp=nlp)
    assert any(lc.scores for lc in labelled.clauses)


def _without_needs(grammar):
    import copy

    plain = copy.copy(grammar)
    plain.needs = ()
    return plain


_REFERENCE_SOUP = st.lists(st.sampled_from(
    ["Article", "ARTICLES", "Arts.", "art.", "Paragraph", "paragraphs", "Sub-paragraph", "subparagraphs", "Letter",
     "letters", "14", "2 bis", "(b)", "(iii)", "1.a", "and", "to", ",", "of", "this", "article", "the", "Convention",
     "subject", "in accordance with", "Protocol", "–"]), max_size=30).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_REFERENCE_SOUP)
def test_reference_quick_test_loses_no_reference(patterns_nlp, text):
    from treatyscope.components.references import parse_references

    refs = patterns_nlp.get_pipe("treatyscope_references")
    assert refs.parse(text) == parse_references(text, _without_needs(refs.grammar))


def test_reference_quick_test_on_the_corpus(patterns_nlp, corpus_clauses):
    from treatyscope.components.references import parse_references

    refs = patterns_nlp.get_pipe("treatyscope_references")
    plain = _without_needs(refs.grammar)
    assert [c.clause_id for c in corpus_clauses if refs.parse(c.text) != parse_references(c.text, plain)] == []


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


@pytest.fixture(scope="module")
def spacy_lemmatizer():
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


def test_lookup_lemmatizer_gives_spacys_lemmas(patterns_nlp, spacy_lemmatizer, corpus_clauses):
    ours = patterns_nlp.get_pipe("lemmatizer")
    differ = [c.clause_id for c in corpus_clauses
              if [t.lemma_ for t in ours(patterns_nlp.make_doc(c.text))] != [t.lemma_ for t in spacy_lemmatizer(c.text)]]
    assert differ == []


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_lookup_lemmatizer_on_odd_text(patterns_nlp, spacy_lemmatizer, text):
    ours = patterns_nlp.get_pipe("lemmatizer")(patterns_nlp.make_doc(text))
    assert [t.lemma_ for t in ours] == [t.lemma_ for t in spacy_lemmatizer(text)]


def test_lookup_lemmatizer_keeps_lemmas_already_set_unless_told(patterns_nlp):
    from treatyscope.fast.lemmatizer import LookupLemmatizer

    keep = patterns_nlp.get_pipe("lemmatizer")
    doc = patterns_nlp.make_doc("The offences were committed")
    doc[1].lemma_ = "misdeed"
    assert [t.lemma_ for t in keep(doc)] == ["The", "misdeed", "be", "commit"]
    nlp = spacy.blank("en")
    overwrite = nlp.add_pipe("treatyscope_lookup_lemmatizer", config={"overwrite": True})
    nlp.initialize()
    assert isinstance(overwrite, LookupLemmatizer)
    doc = nlp.make_doc("The offences were committed")
    doc[1].lemma_ = "misdeed"
    assert [t.lemma_ for t in overwrite(doc)][1] == "offence"
    assert len(overwrite(nlp.make_doc(""))) == 0


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


@settings(max_examples=150, deadline=None)
@given(_GRAM_TEXTS, _GRAM_TEXTS, st.sampled_from([(1, 1), (1, 2), (1, 3), (2, 3), (3, 3)]), st.booleans())
@example(["party shall the party"], ["the party", "shall the", "", "party shall"], (1, 3), True)  # n-grams must not run across texts
def test_word_ngrams_looked_up_as_arrays_equal_sklearns(fit_on, texts, ngram_range, lowercase):
    """The batch lookup of whitespace-token n-grams (and the analyzer path for other token
    patterns) gives sklearn's matrix, on texts with odd whitespace, case and empty texts."""
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

    from treatyscope.fast.vectorize import KNOWN_GRAMS as _KNOWN_GRAMS, vectorize as _vectorize

    for pattern in (r"\S+", r"(?u)\b\w\w+\b"):
        for cls in (CountVectorizer, TfidfVectorizer):
            vec = cls(ngram_range=ngram_range, token_pattern=pattern, lowercase=lowercase)
            try:
                vec.fit(fit_on)
            except ValueError:  # an empty vocabulary: nothing to compare
                continue
            ours, theirs = _vectorize(vec, texts), vec.transform(texts)
            assert (_KNOWN_GRAMS[vec].tables is not None) == (pattern == r"\S+")
            assert ours.shape == theirs.shape
            assert np.array_equal(ours.indptr, theirs.indptr) and np.array_equal(ours.indices, theirs.indices)
            assert np.array_equal(ours.data, theirs.data)
