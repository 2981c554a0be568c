"""Bounded time on hostile and unlucky inputs (issue 17): every pathological input of the issue,
doubled, takes at most 2.2 times as long (best of 5 runs each; sizes chosen so that a run takes
a fraction of a second, with a floor under which timings are not compared). Each input took
seconds to minutes before, growing 4 to 8 times per doubling or worse.

A time is the machine's as much as the code's: beside the suite's other worker (both share the
caches), an input whose work is exactly linear was measured at 2.3 to 2.5 times per doubling
now and then, and failed CI. So a ratio over 2.2 but under 3.0 (a quadratic step is near 4) is
settled over a wider span: the input doubled twice must then take at most 8 times as long
(linear work takes 4 times, with the same noise 5 to 6; quadratic work 16). A profiler's count
of calls would not depend on the machine, but a profiling hook hangs in a process where an
in-process Dask cluster has run (as the suite's Dask test does), so the rule stays with time."""

from __future__ import annotations

import gc
import random
import sys
import time

import pytest

from treatyscope import comparison
from treatyscope.comparison import compare_documents, word_diff
from treatyscope.ingest import document_from_bytes, html_to_text
from treatyscope.pipeline import label_document, patterns_pipeline
from treatyscope.segment import _ARTICLE, _CITED_ENUMERATOR, _CONTEXT, segment
from treatyscope.types import Clause, Document, LabelledClause, LabelledDocument

RATIO = 2.2
FLOOR = 0.05  # seconds: below this a run is too short to time on a shared machine
REPEATS = 5
NOISE = 3.0  # growth per doubling up to which the wider span decides
WIDER = 8.0  # growth allowed then over two doublings (linear 4, quadratic 16)


def _timed(run, arg) -> float:
    # The garbage collector is paused while a run is timed: its full collections cost what
    # the whole process holds (the pipeline too), not what the run does. The time is this
    # process's CPU time: with the suite's other worker busy beside it, wall time also counts
    # the waits for a core.
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        run(arg)
        return time.process_time() - start
    finally:
        gc.enable()


def assert_linear(make, run, n: int, ratio: float = RATIO, attempts: int = 3) -> None:
    """Best of :data:`REPEATS` runs at ``n`` and at ``2n``, taken in turn (a burst of load on
    the machine then slows both sizes, not one). A ratio over the bound is measured again, up to
    ``attempts`` times, keeping the best times across attempts (load only ever adds time, so the
    least time seen at each size is the truest). A ratio still over the bound but under
    :data:`NOISE` passes only if the input doubled twice takes at most :data:`WIDER` times as long."""
    small, large = make(n), make(2 * n)
    seen = []
    t_small = t_large = float("inf")
    for _ in range(attempts):
        for _ in range(REPEATS):
            t_small = min(t_small, _timed(run, small))
            t_large = min(t_large, _timed(run, large))
        if t_large <= ratio * max(t_small, FLOOR):
            return
        seen.append(f"{t_large / max(t_small, 1e-9):.1f}x ({t_small:.3f} s -> {t_large:.3f} s)")
    if t_large <= NOISE * max(t_small, FLOOR):
        huge = make(4 * n)
        t_huge = min(_timed(run, huge) for _ in range(REPEATS))
        if t_huge <= WIDER * max(t_small, FLOOR):
            return
        seen.append(f"doubled twice {t_huge / max(t_small, 1e-9):.1f}x ({t_small:.3f} s -> {t_huge:.3f} s)")
    raise AssertionError(f"doubling the input took, in {attempts} measurements: {'; '.join(seen)}")


@pytest.mark.parametrize(("per_doubling", "doubled_twice", "passes"), [
    (1.9, None, True),    # within the time bound: the wider span is not measured
    (2.5, 5.0, True),     # over the bound, but linear over two doublings: the machine's noise
    (2.5, 12.0, False),   # over the bound, and near quadratic over two doublings
    (3.5, 5.0, False),    # a step near quadratic fails whatever the wider span says
])
def test_assert_linear_settles_noise_over_a_wider_span(monkeypatch, per_doubling, doubled_twice, passes):
    # the times are given, so that what is tested is the rule, not this machine
    times = {1000: 1.0, 2000: per_doubling, 4000: doubled_twice}
    monkeypatch.setattr(sys.modules[__name__], "_timed", lambda run, k: times[k])
    if passes:
        assert_linear(lambda n: n, None, 1000)
    else:
        with pytest.raises(AssertionError, match="doubling the input took"):
            assert_linear(lambda n: n, None, 1000)


@pytest.fixture(scope="module")
def nlp():
    return patterns_pipeline()


def _label(nlp):
    return lambda text: label_document(Document(doc_id="d", text=text), nlp=nlp)


# -- the segmenter ------------------------------------------------------------------------------


def test_blank_lines_between_two_recitals():
    # the article search between recitals read every blank line again from every line (8x per doubling)
    assert_linear(lambda n: "Preamble\n\nConsidering the need for cooperation,\n" + "\n" * n
                  + "Recognising the role of the Parties,\n\nArticle 1\nScope\nEach Party shall cooperate.\n",
                  segment, 800_000)


@pytest.mark.parametrize("line", ["Article 1{}x", "Article 1 - x{}x", "CHAPTER{}" + "x" * 200])
def test_heading_patterns_on_a_line_of_spaces(line):
    pattern = _CONTEXT if line.startswith("CHAPTER") else _ARTICLE
    assert_linear(lambda n: line.format(" " * n), pattern.match, 2_000_000)


def test_cited_enumerators_that_parse_two_ways():
    # "ii)" is a letter pair and a roman number: the pattern tried every split (2^n)
    assert_linear(lambda n: "ii) " * n + "Z", _CITED_ENUMERATOR.match, 400_000)


@pytest.mark.parametrize("token", ["[", "[a](", "![", "; Considering\n", "(a)\n"])
def test_runs_the_segmenter_reads(token):
    assert_linear(lambda n: "Article 1\nScope\nEach Party shall " + token * n + "\nArticle 2\nEnd\nText.\n",
                  segment, 20_000)


def test_a_recital_wrapped_over_many_lines():
    assert_linear(lambda n: "Preamble\n\nConsidering that\n" + "the Parties shall cooperate in\n" * n
                  + "all matters,\n\nArticle 1\nScope\nEach Party shall cooperate.\n", segment, 20_000)


# -- labelling ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("token", "n"), [("(", 40_000), ("[", 60_000), ("<!", 20_000), ("&", 40_000)])
def test_a_long_run_of_punctuation_in_a_clause(nlp, token, n):
    # spaCy's tokenizer strips one affix at a time, searching the whole rest each time
    assert_linear(lambda k: "Article 1\nScope\nEach Party shall " + token * k + "\n", _label(nlp), n)


def test_paragraphs_each_subject_to_every_article(nlp):
    def draft(paragraphs: int) -> str:
        per = paragraphs // 50
        return "\n".join(f"Article {a}\nMeasure\n" + "\n".join(
            f"{p}. Each Party shall cooperate, subject to articles 1 to 50." for p in range(1, per + 1))
            for a in range(1, 51)) + "\n"

    assert_linear(draft, _label(nlp), 200)


@pytest.mark.parametrize("token", ["[a](", "[^1]"])
def test_report_of_a_clause_with_many_brackets(nlp, token):
    from treatyscope.report.html import render_report_html

    def report(text: str) -> str:
        labelled, _ = label_document(Document(doc_id="d", text=text), nlp=nlp)
        return render_report_html(labelled)

    assert_linear(lambda n: "Article 1\nScope\nEach Party shall " + token * n + "\n", report, 64_000)


# -- HTML ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("piece", ["<!--", "<a", "<![CDATA[>", "</"])
def test_html_constructs_that_never_close(piece):
    assert_linear(lambda n: "<p>Article 1</p><p>Each Party shall cooperate.</p>" + piece * n, html_to_text, 20_000)


@pytest.mark.parametrize(("piece", "n"), [("<!", 10_000), ("&", 20_000)])
def test_html_pages_labelled(nlp, piece, n):
    def page(k: int) -> bytes:
        return ("<html><body><p>Article 1</p><p>Each Party shall cooperate " + piece * k + "</p></body></html>").encode()

    assert_linear(page, lambda data: label_document(document_from_bytes(data, suffix=".html", doc_id="d"), nlp=nlp), n)


# -- compare ---------------------------------------------------------------------------------------

_VOCABULARY = [f"word{i}" for i in range(20_000)]


def _version(n: int, changed: bool) -> LabelledDocument:
    clauses, pos = [], 0
    for a in range(1, n + 1):
        r = random.Random(a)
        # (a vocabulary in proportion to the length: a longer treaty has more distinct words, and a
        # word is shared by as many articles at every size)
        words = [f"word{r.randrange(50 * n)}" for _ in range(12)]
        if changed and a % 10 == 0:
            words[3] = "changed"
        text = "Each Party shall " + " ".join(words) + "."
        clauses.append(LabelledClause(Clause("d", str(a), str(a), None, None, f"Heading {a:06d}", "en", pos,
                                             pos + len(text), text)))
        pos += len(text) + 1
    return LabelledDocument(Document(doc_id="d", text=""), clauses)


def test_compare_of_long_versions_scores_candidate_pairs(monkeypatch):
    """The candidate alignment scores a number of article pairs linear in the articles (about
    ten per article, counted exactly here). Its time grows 2.1 to 2.3 times per doubling on this
    machine (sets and dicts growing with the documents): the wider span settles those."""
    monkeypatch.setattr(comparison, "FULL_ALIGNMENT_PAIRS", 0)  # the candidate alignment at any size
    scored = []
    real = comparison.similarity
    monkeypatch.setattr(comparison, "similarity", lambda a, b: (scored.append(1), real(a, b))[1])
    counts = []
    for n in (600, 1200, 2400):
        scored.clear()
        compare_documents(_version(n, False), _version(n, True))
        counts.append(len(scored))
    assert counts[1] <= 2.05 * counts[0] and counts[2] <= 2.05 * counts[1], counts
    monkeypatch.setattr(comparison, "similarity", real)
    assert_linear(lambda n: (_version(n, False), _version(n, True)), lambda pair: compare_documents(*pair), 1200)


def test_candidate_alignment_finds_the_full_alignment(monkeypatch):
    old, new = _version(200, False), _version(200, True)
    full = [(a.old_key, a.new_key, a.status) for a in compare_documents(old, new).articles]
    monkeypatch.setattr(comparison, "FULL_ALIGNMENT_PAIRS", 0)
    assert [(a.old_key, a.new_key, a.status) for a in compare_documents(old, new).articles] == full
    assert sum(1 for _, _, status in full if status == "changed") == 20


def test_word_diff_of_a_long_article():
    def versions(n: int) -> tuple[str, str]:
        r = random.Random(n)
        words = [r.choice(_VOCABULARY) for _ in range(n)]
        changed = [w if i % 50 else "changed" for i, w in enumerate(words)]
        return " ".join(words), " ".join(changed)

    assert_linear(versions, lambda pair: word_diff(*pair), 20_000)
