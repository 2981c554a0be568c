"""The spaCy components of the extract and classify stages, registered as factories.

- ``treatyscope_evidence`` (:mod:`.evidence`): span-ruler matches to label spans with polarity;
- ``treatyscope_references`` (:mod:`.references`): cross-references into ``doc._.references``;
- ``treatyscope_classifier`` (:mod:`.classifier`): the trained model combined with the evidence;
- the patterns they run on (:mod:`.patterns`, registry name ``treatyscope.patterns.v2``).

The two components that imitate spaCy's own for speed (``treatyscope_span_ruler``,
``treatyscope_lookup_lemmatizer``) are in :mod:`treatyscope.fast`. Every factory is also
declared as a ``spacy_factories`` entry point, so ``nlp.add_pipe("treatyscope_evidence")``
works on an installed treatyscope without importing anything first.
"""

from . import classifier, evidence, patterns, references  # noqa: F401  (registers the factories)
