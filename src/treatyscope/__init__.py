"""treatyscope: which crimes does each treaty provision reach, and which safeguards bind it?

The public API is three functions: :func:`segment` (text to clauses), :func:`label`
(a treaty to labelled clauses) and :func:`compare` (two drafts to their differences).
"""

__version__ = "0.1.0"

from .pipeline import label  # noqa: E402
from .segment import segment  # noqa: E402


def compare(old, new, **kwargs):
    """Compare two versions of a treaty (paths); see :func:`treatyscope.diff.compare_paths`."""
    from .diff import compare_paths

    return compare_paths(old, new, **kwargs)


__all__ = ["segment", "label", "compare", "__version__"]
