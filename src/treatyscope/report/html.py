"""HTML: the report page and the comparison page, each one self-contained file.

The Jinja2 templates in ``templates/`` are filled with autoescaping on, so every piece of
document text reaches the page escaped; a page has inline CSS, no script and no external font.
"""

from __future__ import annotations

from ..comparison import Comparison, status_words, unchanged_line
from ..types import LabelledDocument
from .analysis import MeasureConfig, build_report


def template_environment():
    """The Jinja2 environment for the package's templates, with autoescaping on for every template."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("treatyscope", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_report_html(ld: LabelledDocument, *, warnings: list[str] | None = None,
                config: MeasureConfig | None = None, precedents: dict | None = None) -> str:
    """The report as one self-contained HTML page (inline CSS, no script, no external font);
    with ``precedents`` (:func:`treatyscope.precedents.article_precedents`), a section on each
    article's closest precedent and the safeguards the draft dropped from it."""
    report = build_report(ld, warnings=warnings, config=config)
    return template_environment().get_template("report.html.j2").render(r=report, precedents=precedents,
                                                                        markdown=ld.document.format == "md")


def render_comparison_html(c: Comparison) -> str:
    """The comparison as one self-contained HTML page (autoescaped template, inline CSS)."""
    return template_environment().get_template("compare.html.j2").render(
        c=c, headline=c.headline(), rows=c.changed(), unchanged=unchanged_line(c), status_words=status_words)
