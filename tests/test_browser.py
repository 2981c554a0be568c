"""The report in headless Chromium: the tables show, every highlight's labels are written in the text, a
highlight shows its clause on keyboard focus, the print style sheet, and a corpus treaty's Markdown read as text."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatyscope.ingest import read_document
from treatyscope.pipeline import label_document
from treatyscope.report.html import render_report_html as render_html

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # the test extras are not installed
    sync_playwright = None

CHROMIUM = Path("/usr/bin/chromium")
# Debian's Chromium, never a downloaded one; no network, no first-run work.
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(sync_playwright is None, reason="playwright is not installed (pip install -e '.[test]')"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no headless Chromium at {CHROMIUM} (.ci/run installs it)"),
]


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="module")
def browser_page(browser, tmp_path_factory, sample_path, patterns_nlp):
    out = tmp_path_factory.mktemp("browser")
    ld, warnings = label_document(read_document(sample_path), nlp=patterns_nlp)
    report = out / "report.html"
    report.write_text(render_html(ld, warnings=warnings), encoding="utf-8")
    requests: list[str] = []
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.on("request", lambda r: requests.append(r.url))
    page.goto(report.as_uri())
    yield page, requests, out
    page.close()


@pytest.mark.parametrize("selector, rows, words", [
    ("#tiers table", 5, "By reach"),  # the tier map: one row per tier
    ("#measures table", 4, "Judicial oversight"),  # the matrix: articles 7 to 10, a column per safeguard
])
def test_tables_are_visible(browser_page, selector, rows, words):
    page, _, _ = browser_page
    table = page.locator(selector)
    assert table.is_visible()
    assert table.locator("tbody tr").count() == rows
    assert words in table.inner_text()


def test_the_first_screen_shows_the_gaps_and_the_tier_map(browser_page):
    page, _, out = browser_page
    page.evaluate("window.scrollTo(0, 0)")
    height = page.viewport_size["height"]
    gaps = page.locator("#gaps li")
    assert gaps.count() == 4
    for i in range(gaps.count()):  # every gap sentence is on the first screen, unscrolled
        box = gaps.nth(i).bounding_box()
        assert box is not None and box["y"] + box["height"] <= height
    assert gaps.nth(1).inner_text() == (
        "The general safeguards articles (Art. 5, Scope of procedural measures; Art. 6, Conditions and safeguards) "
        "bind CHAPTER III – PROCEDURAL MEASURES only; they do not reach Art. 9 (Mutual legal assistance); "
        "Art. 10 (Extradition).")
    tiers = page.locator("#tiers table").bounding_box()
    assert tiers is not None and tiers["y"] < height  # the tier map starts on the first screen
    shot = out / "report-first-screen.png"
    page.screenshot(path=str(shot))  # the first screen, as a reader sees it
    assert shot.stat().st_size > 10_000


def test_a_highlight_shows_its_labels_on_keyboard_focus(browser_page):
    page, _, out = browser_page
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to the full text"
    page.keyboard.press("Enter")
    for _ in range(5):  # from the skip link's target, Tab reaches the first highlight
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('mark.ev')"):
            break
    else:
        pytest.fail("no highlight is reachable with the Tab key")
    mark = page.locator("mark.ev:focus")
    tip = mark.locator(".tip")
    assert tip.is_visible()
    labels = mark.get_attribute("data-labels").split()
    described = page.locator(f"#{mark.get_attribute('aria-describedby')}").inner_text()
    assert labels and all(label in tip.inner_text() and label in described for label in labels)
    others = page.locator("mark.ev:not(:focus) .tip")
    assert not others.first.is_visible()  # only the focused highlight shows its labels
    shot = out / "report-focus.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000


def test_hover_shows_labels_too(browser_page):
    page, _, _ = browser_page
    mark = page.locator("mark.ev.weak").first  # an optional or waived safeguard
    mark.hover()
    assert mark.locator(".tip").is_visible()
    assert "(optional)" in mark.locator(".tip").inner_text() or "(waived)" in mark.locator(".tip").inner_text()


def test_the_page_loads_nothing_from_outside(browser_page):
    _, requests, _ = browser_page
    assert requests and all(url.startswith("file:") for url in requests)


def test_labels_show_without_hovering(browser_page):
    page, _, _ = browser_page
    page.mouse.move(0, 0)
    marks = page.locator("mark.ev")
    assert marks.count() > 10
    for i in range(marks.count()):
        mark = marks.nth(i)
        lab = mark.locator(".lab")
        assert lab.is_visible()
        assert [x.split(" (")[0] for x in lab.inner_text().split(" · ")] == mark.get_attribute("data-labels").split()


def test_print_style_sheet(browser_page):
    page, _, out = browser_page
    page.emulate_media(media="print")
    try:
        mark = page.locator("mark.ev").first
        mark.focus()
        assert not mark.locator(".tip").is_visible()  # no tooltip on paper
        assert mark.locator(".lab").is_visible()  # the labels are printed in the text
        assert not page.locator("nav").is_visible()
        assert page.evaluate("getComputedStyle(document.querySelector('.scroll')).overflowX") == "visible"
        pdf = out / "report.pdf"
        page.pdf(path=str(pdf))
        assert pdf.read_bytes().startswith(b"%PDF")
    finally:
        page.emulate_media(media="screen")


@pytest.fixture(scope="module")
def corpus_page(browser, tmp_path_factory, corpus, patterns_nlp):
    """A corpus treaty (Markdown) in the browser; the page and its screenshot stay in a temporary folder."""
    out = tmp_path_factory.mktemp("browser-corpus")
    ld, warnings = label_document(read_document(corpus / "treaties" / "BWBV0001839.md"), nlp=patterns_nlp)
    report = out / "report.html"
    report.write_text(render_html(ld, warnings=warnings), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.goto(report.as_uri())
    yield page, out
    page.close()


def test_a_corpus_treaty_reads_as_text(corpus_page):
    page, out = corpus_page
    text = page.locator(".doc").inner_text()
    assert "Convention on Cybercrime" in text
    assert not [s for s in ("<meta", "README.md", "](", "##", "<sup>") if s in text]
    heading = page.locator(".doc .md-h4", has_text="Convention on Cybercrime").first
    assert heading.is_visible()
    assert page.evaluate("(e) => getComputedStyle(e).fontWeight", heading.element_handle()) == "700"
    assert page.locator(".doc .md-link").count() >= 3  # the texts of links, their targets dropped
    page.locator("mark.ev").nth(5).scroll_into_view_if_needed()
    assert page.locator("mark.ev .lab").nth(5).is_visible()
    shot = out / "corpus-treaty.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
