"""Fixtures and generated texts shared by the parity tests of the shortcuts (imported by each module)."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import strategies as st

from treatyscope.fast.text_words import TextWords
from treatyscope.ingest import read_document
from treatyscope.paths import config_path
from treatyscope.segment import segment_document


def shipped_patterns() -> list[dict]:
    """The span ruler's patterns as configs/pipeline.cfg declares them (every kind)."""
    config = spacy.util.load_config(config_path("pipeline.cfg"))
    section = config["initialize"]["components"]["treatyscope_ruler"]["patterns"]
    return spacy.util.registry.resolve({"patterns": section})["patterns"]


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
    """spaCy's own SpanRuler with the same patterns (of every kind, in one group: spaCy does
    not read their kinds), on a pipeline with the same lemmatizer."""
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    plain = nlp.add_pipe("span_ruler", config={"spans_key": "raw", "validate": False})
    nlp.initialize()
    plain.add_patterns(shipped_patterns())
    return nlp


@pytest.fixture(scope="module")
def corpus_clauses(corpus) -> list:
    """English clauses of every 60th corpus treaty (about 28 treaties)."""
    files = sorted((corpus / "treaties").glob("*.md"))[::60]
    return [c for f in files for c in segment_document(read_document(f)).clauses if not c.skipped]


def _spans(spans) -> list[tuple[int, int, str, str]]:
    return sorted((s.start, s.end, s.label_, s.id_) for s in spans)


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



@pytest.fixture(scope="module")
def shipped_model():
    from treatyscope.model_store import CARD_FILE, load_model
    from treatyscope.paths import shipped_model_dir

    if not (shipped_model_dir() / CARD_FILE).is_file():
        pytest.skip("no trained model in models/treatyscope-clf")
    return load_model(None)

