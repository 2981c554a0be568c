"""The project's gold labels (``gold/``), installed with the package as ``treatyscope.corpora``
so that ``treatyscope train``, ``evaluate`` and ``gold`` find them after ``pip install .``."""
