"""The report stage: labelled documents and comparisons for people and for other tools.

- :mod:`.analysis`: what a report shows, as data (tier map, measure × safeguard matrix,
  highlighted text);
- :mod:`.text`: JSONL, CSV, Markdown and terminal tables, for labels, reports and comparisons;
- :mod:`.html`: the self-contained report and comparison pages.
"""
