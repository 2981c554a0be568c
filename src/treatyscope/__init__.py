"""treatyscope: which crimes does each treaty provision reach, and which safeguards bind it?

The public API is three functions: :func:`segment` (text to clauses), :func:`label`
(a treaty to labelled clauses) and :func:`compare` (two drafts to their differences).
"""

from ._version import __version__
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
#   index, precedents                         a collection's index; where a draft's language comes from
#   cli/                                      the command line


def label(path, *args, **kwargs):
    """Label one treaty file; see :func:`treatyscope.pipeline.label`. (Imported when called: the
    pipeline needs spaCy and scikit-learn, which a command that does not label need not load.)"""
    from .pipeline import label as _label

    return _label(path, *args, **kwargs)


def compare(old, new, *, index=None, **kwargs):
    """Compare two versions of a treaty (paths); see :func:`treatyscope.comparison.compare_paths`.
    With a precedent ``index`` (:func:`treatyscope.index.load_index`), changed clauses that move
    towards or away from agreed language are marked too
    (:func:`treatyscope.precedents.compare_paths_with_precedents`)."""
    if index is not None:
        from .precedents import compare_paths_with_precedents

        return compare_paths_with_precedents(old, new, index, **kwargs)
    from .comparison import compare_paths

    return compare_paths(old, new, **kwargs)


__all__ = ["segment", "label", "compare", "__version__"]
