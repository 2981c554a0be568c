"""The report: tier map, measure-by-safeguard matrix, the annotated text, and escaping of document text."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

from treatyscope.cli import app
from treatyscope.pipeline import label_document
from treatyscope.report.analysis import build_report, is_measure, load_measure_config
from treatyscope.report.html import render_report_html as render_html
from treatyscope.report.text import render_report_markdown as render_markdown
from treatyscope.types import Clause, Document, LabelledClause, LabelledDocument

runner = CliRunner()

VOID = {"meta", "br", "img", "input", "link", "hr"}


class Page(HTMLParser):
    """What a reader of the page gets: the text of the document view (tooltips apart), and each highlight."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.doc_text: list[str] = []
        self.marks: list[dict] = []
        self.ids: dict[str, list[str]] = {}
        self.tags: list[tuple[str, dict]] = []
        self.pos = 0  # offset in the document text of what the document view has shown so far
        self.feed(html)

    def _inside(self, cls: str) -> bool:
        return any(cls in (a.get("class") or "").split() for _, a in self.stack)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag in VOID:
            return
        self.stack.append((tag, a))
        if "id" in a:
            self.ids[a["id"]] = []
        if tag == "mark":
            self.marks.append({"attrs": a, "text": [], "tip": [], "lab": [], "start": self.pos, "end": None})

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break
        if tag == "mark":
            self.marks[-1]["end"] = self.pos

    def handle_data(self, data):
        for _, a in self.stack:
            if "id" in a:
                self.ids[a["id"]].append(data)
        if not self._inside("doc"):
            return
        if self._inside("tip") or self._inside("lab"):  # a highlight's labels, not document text
            if self.marks:
                self.marks[-1]["tip" if self._inside("tip") else "lab"].append(data)
            return
        self.doc_text.append(data)
        self.pos += len(data)
        if any(t == "mark" for t, _ in self.stack):
            self.marks[-1]["text"].append(data)

    def text_of(self, element_id: str) -> str:
        return "".join(self.ids.get(element_id, []))


def labelled(nlp, text: str, doc_id: str = "draft") -> tuple[LabelledDocument, list[str]]:
    return label_document(Document(doc_id=doc_id, text=text), nlp=nlp)


@pytest.fixture(scope="module")
def sample(sample_path, patterns_nlp):
    from treatyscope.ingest import read_document

    ld, warnings = label_document(read_document(sample_path), nlp=patterns_nlp)
    return ld, warnings


@pytest.fixture(scope="module")
def sample_page(sample):
    ld, warnings = sample
    return Page(render_html(ld, warnings=warnings))


HOSTILE = (
    "Article 1\n"
    "Use of <b>terms</b> & <script>alert('heading')</script>\n"
    '(a) "Serious crime" shall mean conduct <img src=x onerror=alert(1)> punishable by a maximum deprivation '
    "of liberty of at least four years;\n"
    "(b) [<script>alert('bracket')</script> a computer system] means any device.\n\n"
    "Article 2\n"
    "Mutual legal assistance <i>|x|</i>\n"
    "1. States Parties shall afford one another mutual legal assistance for serious crime </div><!-- x -->.\n"
    "2. Assistance may be refused if execution is likely to prejudice its sovereignty, \"security\" or 'ordre public'.\n"
)


@pytest.mark.parametrize("raw, shown", [
    ("<script>alert('heading')</script>", "&lt;script&gt;alert(&#39;heading&#39;)&lt;/script&gt;"),  # markup in a heading
    ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),  # markup inside a clause
    ("[<script>alert('bracket')</script>", "&lt;script&gt;alert(&#39;bracket&#39;)&lt;/script&gt;"),  # markup in brackets
    ("</div><!-- x -->", "&lt;/div&gt;&lt;!-- x --&gt;"),  # a closing tag and a comment
    ("<b>terms</b> &", "&lt;b&gt;terms&lt;/b&gt; &amp;"),  # inline markup and an ampersand
    ("<i>|x|</i></span>", "Art. 2</span><span class=\"heading\">Mutual legal assistance &lt;i&gt;|x|&lt;/i&gt;"),  # a heading in the matrix
])
def test_markup_in_the_text_is_shown_as_text(patterns_nlp, raw, shown):
    ld, _ = labelled(patterns_nlp, HOSTILE)
    page = render_html(ld)
    assert raw not in page
    assert shown in page


def test_hostile_text_reads_back_exactly_and_adds_no_element(patterns_nlp):
    ld, _ = labelled(patterns_nlp, HOSTILE)
    page = Page(render_html(ld))
    assert "".join(page.doc_text) == HOSTILE
    assert not [t for t, _ in page.tags if t in ("script", "img", "iframe", "object")]


@pytest.mark.parametrize("needle", [
    "<script",  # no script at all
    "<link",  # no external stylesheet
    "@import",  # no imported stylesheet
    "url(",  # no external font or image
    "src=",  # no loaded resource
    'href="http',  # no link out of the page
])
def test_page_is_self_contained(sample_page, sample, needle):
    ld, warnings = sample
    assert needle not in render_html(ld, warnings=warnings).lower()


def test_full_text_reads_back_as_the_document(sample, sample_page):
    ld, _ = sample
    assert "".join(sample_page.doc_text) == ld.document.text


def test_highlights_cover_exactly_the_evidence_and_show_its_labels(sample, sample_page):
    ld, _ = sample
    evidence = [(lc.clause.clause_id, e) for lc in ld.clauses for e in lc.evidence]
    marks = sample_page.marks
    covered = {i for m in marks for i in range(m["start"], m["end"])}
    assert covered == {i for _, e in evidence for i in range(e.start, e.end)}
    for cid, e in evidence:
        mark = next(m for m in marks if m["start"] <= e.start and e.end <= m["end"])
        tip = "".join(mark["tip"])
        assert e.label in tip and cid in tip, (cid, e.label, e.text)
        if e.polarity in ("optional", "waived"):
            assert f"{e.label} ({e.polarity})" in tip or f"{e.label} (waived)" in tip


def test_highlights_are_focusable_and_described(sample_page):
    assert sample_page.marks
    for m in sample_page.marks:
        a = m["attrs"]
        assert a.get("tabindex") == "0"
        described = sample_page.text_of(a["aria-describedby"])
        assert described and all(label in described for label in a["data-labels"].split())


@pytest.mark.parametrize("needle", [
    '<span class="br">[a computer system]</span>',  # bracketed alternative marked
    '<span class="br">[an information and communications technology device]</span>',  # the other alternative
])
def test_bracketed_draft_text_is_marked(sample, needle):
    ld, _ = sample
    assert needle in render_html(ld)


def test_text_not_in_english_is_greyed_and_tagged(patterns_nlp):
    text = ("Article 1\nSignature\nThis Convention shall be open for signature by all States until a date to be "
            "agreed.\n\nArtikel 1\nOndertekening\nDit Verdrag staat open voor ondertekening door alle Staten tot "
            "een nader overeen te komen datum. De Staten die partij zijn bij dit Verdrag werken samen bij het "
            "onderzoek.\n")
    ld, _ = labelled(patterns_nlp, text)
    page = render_html(ld)
    assert '<span class="clause skipped" id="c-1-2" data-clause="1@2" lang="nl"' in page  # the Dutch clause
    assert '<span class="between skipped" lang="nl">\n\nArtikel 1\nOndertekening\n</span>' in page  # its heading
    assert '<span class="clause" id="c-1" data-clause="1">This Convention' in page  # English stays as it is


# --- tier map ---------------------------------------------------------------------------------


@pytest.mark.parametrize("tier, defined_in, own, by_reference, by_reach", [
    # criminalization defines; the scope article 2 reaches every measure, article 5 those of chapter III
    ("defined", {"3", "4"}, ["9", "10"], ["7", "8", "9"], ["7", "8", "9", "10"]),
    ("serious", {"1(a)"}, ["8", "10"], ["9"], ["7", "8", "9", "10"]),  # the definitions article; thresholds
    ("treaty", set(), [], [], ["7", "8", "9", "10"]),  # not defined: only the scope article names it
    ("other", set(), [], ["7", "8"], ["7", "8"]),  # "by means of" is not a definition; chapter III only
    ("any", set(), [], ["7", "8"], ["7", "8"]),  # reach of article 5 and "subject to articles 5 and 6"
])
def test_tier_map_of_the_sample(sample, tier, defined_in, own, by_reference, by_reach):
    ld, _ = sample
    row = {r.tier: r for r in build_report(ld).tier_map}[tier]
    assert {p.clause_id for p in row.defined_in} == defined_in
    assert [m.article for m in row.own] == own
    assert [m.article for m in row.by_reference] == by_reference
    assert [m.article for m in row.by_reach] == by_reach
    assert row.count == len(set(own) | set(by_reference) | set(by_reach))


def test_tier_map_links_to_clauses_in_the_text(sample, sample_page):
    ld, _ = sample
    report = build_report(ld)
    for row in report.tier_map:
        for p in row.defined_in:
            assert report.anchor(p.clause_id) in sample_page.ids
        for m in row.own + row.by_reference + row.by_reach:
            assert report.article_anchor(m.key) in sample_page.ids


# --- measure by safeguard matrix --------------------------------------------------------------


def test_matrix_rows_are_the_articles_granting_powers_or_cooperation(sample):
    ld, _ = sample
    assert [r.article for r in build_report(ld).measures] == ["7", "8", "9", "10"]


@pytest.mark.parametrize("article, safeguard, state, detail", [
    ("7", "use_limitation", "present", "confidential"),  # own words, quoted
    ("7", "judicial_oversight", "reference", "by reference to 6(2); by reach of CHAPTER III from 6(2)"),  # "subject to articles 5 and 6", and the reach of article 6
    ("8", "use_limitation", "absent", ""),  # neither own nor inherited
    ("9", "dual_criminality", "optional", "waived"),  # "may require", and 9(4) waives it
    ("9", "refusal_grounds", "optional", "bank secrecy"),  # "may be refused"; bank secrecy ground waived
    ("10", "non_discrimination", "reference", "by reference to 9(5)"),  # through "the grounds contained in article 9, paragraph 5"
    ("10", "dual_criminality", "present", "punishable under the laws of both"),  # own words
])
def test_matrix_cells_of_the_sample(sample, article, safeguard, state, detail):
    ld, _ = sample
    row = {r.article: r for r in build_report(ld).measures}[article]
    cell = {c.safeguard: c for c in row.cells}[safeguard]
    assert cell.state == state
    assert detail in cell.summary()


def test_a_waived_safeguard_only_is_shown_waived(patterns_nlp):
    ld, _ = labelled(patterns_nlp, "Article 1\nExtradition\n1. Dual criminality shall not be required for "
                                   "extradition under this article.\n")
    cell = {c.safeguard: c for c in build_report(ld).measures[0].cells}["dual_criminality"]
    assert (cell.state, cell.phrases[0].text) == ("waived", "Dual criminality")


def _article(heading: str | None, text: str, number: str = "5"):
    clause = Clause("d", number, number, None, None, heading, "en", 0, len(text), text)
    return LabelledDocument(Document("d", text), [LabelledClause(clause)]).articles()[0]


@pytest.mark.parametrize("heading, text, expected", [
    ("Expedited preservation of stored computer data", "Each Party shall adopt measures.", True),  # a power
    ("Mutual assistance regarding accessing of stored computer data", "A Party may request.", True),  # cooperation
    ("Reservations", "Any State may declare that it avails itself of the reservation.", False),  # not "preservation"
    ("Illegal interception", "Each Party shall adopt such measures as may be necessary to establish as criminal "
                             "offences under its domestic law the interception", False),  # an offence, not a power
    ("Scope of procedural provisions", "Each Party shall establish the powers.", False),  # a scope provision
    (None, "Each State Party shall empower its competent authorities to order the production of data.", True),  # cue
    (None, "This Convention shall enter into force on the first day of the month.", False),  # final clause
])
def test_which_articles_are_measures(heading, text, expected):
    assert is_measure(_article(heading, text), load_measure_config()) is expected


# --- the command ------------------------------------------------------------------------------


def test_report_command_writes_the_page(tmp_path, sample_path):
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(sample_path), "--patterns-only", "--output", str(out)])
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'id="tiers"' in page and 'id="measures"' in page
    assert f"written to {out}" in result.stderr


def test_report_markdown_is_the_tables_alone(tmp_path, patterns_nlp):
    src = tmp_path / "hostile.txt"
    src.write_text(HOSTILE, encoding="utf-8")
    result = runner.invoke(app, ["report", str(src), "--patterns-only", "--format", "md"])
    assert result.exit_code == 0, result.stderr
    md = result.stdout
    assert "## Tier map" in md and "## Measures and safeguards" in md and "<html" not in md
    assert "<script>" not in md and "<img" not in md
    assert "| 2 | Mutual legal assistance &lt;i&gt;\\|x\\|&lt;/i&gt; |" in md  # the heading escaped, pipes too
    ld, _ = labelled(patterns_nlp, HOSTILE, doc_id="hostile")
    assert render_markdown(ld) == md


@pytest.mark.parametrize("args, message", [
    (["missing.txt"], "missing.txt: no such file"),  # a file that is not there
    (["empty.txt"], "the file is empty"),  # an empty file
    (["draft.xyz"], "unsupported file type .xyz"),  # an extension we cannot read
    (["draft.txt", "--output", "nofolder/r.html"], "the folder nofolder does not exist"),  # output folder missing
    (["draft.txt", "--format", "pdf"], "Invalid value for '--format'"),  # a format we do not write
])
def test_report_bad_input_is_one_line_and_no_traceback(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "draft.xyz").write_text("Article 1\nText.\n", encoding="utf-8")
    (tmp_path / "draft.txt").write_text("Article 1\nSignature\nThis Convention is open.\n", encoding="utf-8")
    result = runner.invoke(app, ["report", "--patterns-only", *args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr and isinstance(result.exception, SystemExit)
    if "Invalid value" not in message:
        assert len(result.stderr.strip().splitlines()) == 1
