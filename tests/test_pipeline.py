"""The pipeline as a whole: one builder and cache, saving and loading, the options of its config."""

from __future__ import annotations

import pytest
import spacy
from thinc.api import ConfigValidationError

from treatyscope.components.references import read_reference_grammar
from treatyscope.ingest import read_document
from treatyscope.pipeline import label_document, load_pipeline, patterns_pipeline
from treatyscope.report.text import jsonl_lines
from treatyscope.types import CrossReference, RefKind


def ref(article=None, paragraph=None, subparagraph=None, start=0, end=0, text="", kind=RefKind.MENTION,
        external=False) -> CrossReference:
    return CrossReference(article, paragraph, subparagraph, start, end, text, kind, external)


def test_one_cache_for_every_way_of_asking():
    from treatyscope.pipeline import default_pipeline, pipeline_for

    assert patterns_pipeline() is load_pipeline(classifier=False) is pipeline_for(True)
    assert default_pipeline() is load_pipeline() is pipeline_for(False, None)
    assert load_pipeline(classifier=False, cached=False) is not patterns_pipeline()


def test_saved_and_loaded_pipeline_keeps_a_grammar_that_is_not_the_default(tmp_path):
    """A pipeline whose reference grammar was changed is saved with that grammar, not the default."""
    nlp = load_pipeline(classifier=False, cached=False)
    grammar = read_reference_grammar()
    grammar["subject_to"] = r"(?:owing\s+to)\s*$"  # only "owing to" subjects a clause to its target
    nlp.get_pipe("treatyscope_references").initialize(grammar=grammar)
    text = "owing to Article 5; subject to Article 6"
    expected = [ref("5", start=9, end=18, text="Article 5", kind=RefKind.SUBJECT_TO),
                ref("6", start=31, end=40, text="Article 6")]
    assert nlp(text)._.references == expected
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    assert loaded(text)._.references == expected
    assert loaded.get_pipe("treatyscope_references").to_bytes() == nlp.get_pipe("treatyscope_references").to_bytes()


def test_the_evidence_component_has_no_output_key_option():
    """Its span groups are the contract's fixed names (pipeline.py); an option it would ignore is refused."""
    with pytest.raises(ConfigValidationError):
        load_pipeline(classifier=False, cached=False, overrides={"components.treatyscope_evidence.spans_key": "x"})


@pytest.mark.parametrize("patterns_only", [True, False])
def test_the_rulers_spans_key_is_honoured(sample_path, patterns_only):
    """Another key for the ruler's matches, read by the evidence component, labels the same."""
    key = {"components.treatyscope_ruler.spans_key": "matches",
           "components.treatyscope_ruler.scorer.spans_key": "matches",
           "components.treatyscope_evidence.source_key": "matches"}
    document = read_document(sample_path)
    default = load_pipeline(classifier=not patterns_only)
    moved = load_pipeline(classifier=not patterns_only, overrides=key)
    assert "matches" in moved(document.text[:2000]).spans
    got = "".join(jsonl_lines([label_document(document, nlp=moved)[0]]))
    assert got == "".join(jsonl_lines([label_document(document, nlp=default)[0]]))
