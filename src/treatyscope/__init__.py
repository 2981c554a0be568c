"""treatyscope: which crimes does each treaty provision reach, and which safeguards bind it?

The public API is three functions: :func:`segment` (text to clauses), :func:`label`
(a treaty to labelled clauses) and :func:`compare` (two drafts to their differences).
"""

from ._version import __version__
from .pipeline import label
from .segment import segment

# The modules, in the order of the pipeline (no module imports one further down this list):
#   types, errors, fileio, paths, extensions   data and where it lives
#   ingest, language, segment                 files to text to clauses
#   resolve                                   labels inherited through cross-references
#   fast/                                     shortcuts that give spaCy's and sklearn's results
#   features, classify, model_store           the trained classifier: features, estimator, files
#   components/                               the spaCy components: evidence, references, classifier
#   pipeline                                  the one builder of the spaCy pipeline; label_document
#   comparison, report/                       two drafts compared; text, Markdown, HTML
#   batch/, corpus, gold, agreement, evaluate collections, the corpus, gold labels, measurement
#   cli/                                      the command line


def compare(old, new, **kwargs):
    """Compare two versions of a treaty (paths); see :func:`treatyscope.comparison.compare_paths`."""
    from .comparison import compare_paths

    return compare_paths(old, new, **kwargs)


__all__ = ["segment", "label", "compare", "__version__"]
