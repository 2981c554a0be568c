"""Comparing two versions: alignment through renumbering, labels gained and lost, and nothing else reported."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from treatyscope.cli import app
from treatyscope.comparison import compare_documents, compare_paths
from treatyscope.ingest import read_document
from treatyscope.pipeline import label_document
from treatyscope.report.analysis import is_measure, load_measure_config
from treatyscope.types import SAFEGUARDS, TIERS, Document, LabelledDocument

runner = CliRunner()

CORPUS_TREATY = "BWBV0001839"  # the Convention on Cybercrime: powers, cooperation, cross-references
PURPOSE = ("Statement of purpose", "The purpose of this Convention is to promote and strengthen cooperation among the "
                                   "Parties.")
WIDER = "any criminal offence"
_HEADING = re.compile(r"(?m)^(?P<pre>#*[ \t]*Article[ \t]+)(?P<num>\d+)(?P<post>[^\n]*)$")
_ARTICLE_LIST = re.compile(r"(?i)\b(articles?\s+)(\d+(?:\s*(?:,|and|or|to|through)\s*\d+)*)")

ARTICLE_FIELDS = {"old", "new", "status", "renumbered", "retitled", "gained", "lost", "effective_gained",
                  "effective_lost", "polarity_changed", "scope_phrases", "safeguard_phrases", "diff"}


# --- building a revision from a real text -----------------------------------------------------


@dataclass
class Edit:
    """The article an edit touched, the label concerned and the words taken out."""

    article: str
    label: str
    words: str
    lost: list[str]
    effective_lost: list[str]
    gained: list[str] = ()
    effective_gained: list[str] = ()


@dataclass
class Revision:
    old_path: Path
    new_path: Path
    first: int  # the number of the article after which one is inserted
    deleted: Edit
    widened: Edit

    def new_number(self, old: str) -> str:
        return str(int(old) + 1) if old.isdigit() and int(old) > self.first else old


def _referenced(ld: LabelledDocument) -> set[str]:
    """Articles whose labels another clause inherits."""
    return {article_key_of(cid) for lc in ld.clauses for inh in lc.inherited for cid in inh.path[1:]}


def article_key_of(clause_id: str) -> str:
    return clause_id.split("(", 1)[0]


def _free(lc, span) -> bool:
    """True when no other evidence or reference of the clause overlaps the span and the clause refers nowhere."""
    s, e = span
    others = [x for x in lc.evidence if (x.start, x.end) != span and x.start < e and s < x.end]
    return not others and not lc.references


def make_revision(path: Path, ld: LabelledDocument, out: Path) -> Revision:
    """Write a new version of a treaty: one safeguard phrase deleted, one tier phrase widened to
    "any criminal offence", a new article inserted after the first so that every later one is renumbered
    (headings and the internal cross-references to them), as an editor would."""
    text = ld.document.text
    config = load_measure_config()
    articles = [a for a in ld.articles() if a.language == "en" and a.article.isdigit() and "@" not in a.key]
    first = int(articles[0].article)
    assert articles[1].article == str(first + 1)
    referenced = _referenced(ld)
    candidates = sorted(articles[1:], key=lambda a: not is_measure(a, config))  # measures first, text order kept

    def inherits(a, label):
        return any(i.label == label for lc in a.clauses for i in lc.inherited)

    deleted = None
    for a in candidates:
        if a.key in referenced:
            continue
        for lc in a.clauses:
            for ev in lc.evidence:
                alone = sum(1 for c in a.clauses for x in c.evidence if x.label == ev.label) == 1
                if (ev.label in SAFEGUARDS and ev.polarity == "required" and alone and not inherits(a, ev.label)
                        and _free(lc, (ev.start, ev.end))):
                    deleted = (a, ev)
                    break
            if deleted:
                break
        if deleted:
            break
    assert deleted, "no safeguard phrase can be deleted cleanly"
    widened = None
    for a in candidates:
        if a.key in referenced or a.key == deleted[0].key or "any" in a.tiers:
            continue
        for lc in a.clauses:
            for ev in lc.evidence:
                if ev.label in TIERS and ev.label != "any" and _free(lc, (ev.start, ev.end)):
                    widened = (a, ev)
                    break
            if widened:
                break
        if widened:
            break
    assert widened, "no tier phrase can be widened cleanly"

    edits: list[tuple[int, int, str]] = []
    a, ev = deleted
    end = ev.end + 1 if text[ev.end:ev.end + 1] == " " else ev.end
    edits.append((ev.start, end, ""))
    d_edit = Edit(a.article, ev.label, ev.text, [ev.label], [ev.label])
    a, ev = widened
    edits.append((ev.start, ev.end, WIDER))
    alone = sum(1 for c in a.clauses for x in c.evidence if x.label == ev.label) == 1
    w_edit = Edit(a.article, ev.label, ev.text, [ev.label] if alone else [],
                  [ev.label] if alone and not inherits(a, ev.label) else [],
                  ["any"], [] if "any" in a.effective_tiers else ["any"])
    # internal cross-references follow the renumbering
    for lc in ld.clauses:
        if lc.clause.skipped:
            continue
        for s, e in sorted({(r.start, r.end) for r in lc.references if not r.external}):
            new = _ARTICLE_LIST.sub(lambda m: m.group(1) + re.sub(
                r"\d+", lambda n: str(int(n.group(0)) + 1) if int(n.group(0)) > first else n.group(0), m.group(2)),
                text[s:e])
            if new != text[s:e]:
                edits.append((s, e, new))
    # headings of every later article, and the new article after the first
    headings = list(_HEADING.finditer(text))
    for art in articles[1:]:
        h = [m for m in headings if m.end() <= art.start and m.group("num") == art.article][-1]
        edits.append((h.start("num"), h.end("num"), str(int(art.article) + 1)))
    h = [m for m in headings if m.end() <= articles[1].start and m.group("num") == articles[1].article][-1]
    title = text[h.end():articles[1].start].strip().splitlines()[0]
    hashes = re.match(r"#*", title).group(0)
    sep = "\n\n" if h.group("pre").startswith("#") else "\n"
    block = f"\n\n{h.group('pre')}{first + 1}{h.group('post')}{sep}{hashes}{PURPOSE[0]}{sep}{PURPOSE[1]}"
    edits.append((articles[0].end, articles[0].end, block))
    new_text = text
    for s, e, rep in sorted(edits, key=lambda x: (x[0], x[1]), reverse=True):
        new_text = new_text[:s] + rep + new_text[e:]
    suffix = path.suffix
    old_path, new_path = out / f"old{suffix}", out / f"new{suffix}"
    old_path.write_text(text, encoding="utf-8")
    new_path.write_text(new_text, encoding="utf-8")
    return Revision(old_path, new_path, first, d_edit, w_edit)


@pytest.fixture(scope="module", params=["sample", "corpus"])
def revision(request, patterns_nlp, sample_path, tmp_path_factory):
    if request.param == "sample":
        path = sample_path
    else:
        path = request.getfixturevalue("corpus") / "treaties" / f"{CORPUS_TREATY}.md"
    ld, _ = label_document(read_document(path), nlp=patterns_nlp)
    rev = make_revision(path, ld, tmp_path_factory.mktemp(request.param))
    result = compare_paths(rev.old_path, rev.new_path, nlp=patterns_nlp)
    return rev, result.to_dict()


def _by_old(result: dict) -> dict:
    return {a["old"]: a for a in result["articles"] if a["old"] is not None}


def test_only_the_three_edits_are_reported(revision):
    rev, result = revision
    not_same = {(a["old"], a["new"]) for a in result["articles"] if a["status"] != "unchanged"}
    assert not_same == {
        (None, str(rev.first + 1)),
        (rev.deleted.article, rev.new_number(rev.deleted.article)),
        (rev.widened.article, rev.new_number(rev.widened.article)),
    }


@pytest.mark.parametrize("edit, phrases", [
    ("deleted", "safeguard_phrases"),  # a safeguard phrase taken out: the safeguard is lost, own and effective
    ("widened", "scope_phrases"),  # a tier phrase widened: "any" gained, the narrower tier lost where it stood alone
])
def test_each_edit_is_reported_as_made(revision, edit, phrases):
    rev, result = revision
    e: Edit = getattr(rev, edit)
    a = _by_old(result)[e.article]
    assert (a["status"], a["new"], a["renumbered"]) == ("changed", rev.new_number(e.article), True)
    assert (a["gained"], a["lost"]) == (list(e.gained), e.lost)
    assert (a["effective_gained"], a["effective_lost"]) == (list(e.effective_gained), e.effective_lost)
    assert {"label": e.label, "text": " ".join(e.words.split())} in a[phrases]["removed"]
    if edit == "widened":
        assert any(p["label"] == "any" and WIDER in p["text"] for p in a[phrases]["added"])
    assert a["polarity_changed"] == [] and not a["retitled"]
    assert len(a["diff"]) == 1 and " ".join(e.words.split()) in a["diff"][0]["removed"]


def test_every_other_article_is_unchanged_and_renumbered_from_the_insertion(revision):
    rev, result = revision
    edited = {rev.deleted.article, rev.widened.article}
    for a in result["articles"]:
        if a["old"] is None or a["old"] in edited:
            continue
        assert a["status"] == "unchanged", a
        assert a["new"] == rev.new_number(a["old"])
        assert a["renumbered"] is (a["old"] != a["new"])
        assert not (a["gained"] or a["lost"] or a["effective_gained"] or a["effective_lost"] or a["diff"])
    added = [a for a in result["articles"] if a["status"] == "added"]
    assert [(a["new"], a["new_heading"], a["gained"]) for a in added] == [(str(rev.first + 1), PURPOSE[0], [])]


def test_the_first_lines_say_what_matters(revision):
    rev, result = revision
    d, w = rev.deleted, rev.widened
    lines = result["headline"]
    assert lines[0].startswith("Scope widened: ") and f"Art. {w.article} (now {rev.new_number(w.article)}) reaches any" in lines[0]
    assert lines[2].startswith("Safeguards lost: ")
    assert f"Art. {d.article} (now {rev.new_number(d.article)}) loses {d.label}" in lines[2]
    assert lines[3] == "Safeguards gained: none."


# --- alignment, table style -------------------------------------------------------------------


USE = 'Article 1\nUse of terms\nFor the purposes of this Convention, "computer data" shall mean any representation of ' \
      'facts or information in a form suitable for processing.\n\n'
PRESERVE = "Article {n}\nExpedited preservation\n1. Each State Party shall enable its competent authorities to order " \
           "the expeditious preservation of specified electronic data.\n2. The powers referred to in this article " \
           "shall be subject to article {ref}.\n\n"
SAFEGUARD = "Article {n}\nConditions and safeguards\nEach State Party shall ensure that the powers provided for in " \
            "this chapter are subject to judicial or other independent review.\n\n"
SIGN = "Article {n}\nSignature\nThis Convention shall be open for signature by all States until a date to be agreed.\n"
TRAINING = "Article {n}\nTechnical assistance\nStates Parties shall consider providing training to developing " \
           "countries on request.\n\n"
SPONTANEOUS = "Article {n}\nSpontaneous information\nA State Party may, without prior request, forward to another " \
              "State Party information obtained within the framework of its own investigations.\n\n"
DUAL = "Article {n}\nAssistance\nThe requested Party {verb} dual criminality as a condition for preservation.\n\n"

OLD = USE + PRESERVE.format(n=2, ref=3) + SAFEGUARD.format(n=3) + SIGN.format(n=4)


ALIGNMENT_CASES = ["identical", "retitled", "swapped", "inserted", "replaced", "dropped", "repointed", "weakened"]


@pytest.mark.parametrize("old, new, expected", ids=ALIGNMENT_CASES, argvalues=[
    # the same text: nothing to report
    (OLD, OLD, {}),
    # a new heading, same words: retitled and nothing else
    (OLD, OLD.replace("Expedited preservation\n", "Expedited preservation of stored data\n"),
     {("2", "2"): {"status": "changed", "retitled": True, "gained": [], "lost": [], "diff": []}}),
    # two articles swap places and numbers (references follow): both found, neither changed
    (OLD, USE + SAFEGUARD.format(n=2) + PRESERVE.format(n=3, ref=2) + SIGN.format(n=4),
     {("3", "2"): {"status": "unchanged", "renumbered": True}, ("2", "3"): {"status": "unchanged", "renumbered": True}}),
    # a new article takes number 2: the old 2 is found as 3 by its words, not confused with the new 2
    (OLD, USE + SPONTANEOUS.format(n=2) + PRESERVE.format(n=3, ref=4) + SAFEGUARD.format(n=4) + SIGN.format(n=5),
     {(None, "2"): {"status": "added"}, ("2", "3"): {"status": "unchanged"}, ("3", "4"): {"status": "unchanged"},
      ("4", "5"): {"status": "unchanged"}}),
    # an article replaced by an unrelated one: removed and added; the power that referred to it loses the safeguard
    (OLD, USE + PRESERVE.format(n=2, ref=3) + TRAINING.format(n=3) + SIGN.format(n=4),
     {("3", None): {"status": "removed", "lost": ["judicial_oversight"]}, (None, "3"): {"status": "added", "gained": []},
      ("2", "2"): {"status": "changed", "lost": [], "effective_lost": ["judicial_oversight"], "diff": []}}),
    # the last article dropped
    (OLD, USE + PRESERVE.format(n=2, ref=3) + SAFEGUARD.format(n=3), {("4", None): {"status": "removed"}}),
    # a cross-reference pointed elsewhere without renumbering: a text change that loses an effective safeguard
    (OLD, OLD.replace("subject to article 3", "subject to article 4"),
     {("2", "2"): {"status": "changed", "effective_lost": ["judicial_oversight"], "lost": []}}),
    # "shall require" becomes "may require": the same safeguard, weakened
    (USE + DUAL.format(n=2, verb="shall require"), USE + DUAL.format(n=2, verb="may require"),
     {("2", "2"): {"status": "changed", "gained": [], "lost": [],
                   "polarity_changed": [{"label": "dual_criminality", "old": ["required"], "new": ["optional"],
                                         "weakened": True}]}}),
])
def test_alignment_and_changes(patterns_nlp, old, new, expected):
    docs = [label_document(Document(doc_id=name, text=t), nlp=patterns_nlp)[0] for name, t in (("old", old), ("new", new))]
    result = compare_documents(*docs).to_dict()
    got = {(a["old"], a["new"]): a for a in result["articles"]}
    for pair, fields in expected.items():
        assert pair in got, (pair, list(got))
        assert {k: got[pair][k] for k in fields} == fields
    for pair, a in got.items():
        if pair not in expected:
            assert (a["status"], a["old"]) == ("unchanged", a["new"]), a


# --- the command ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_revision(patterns_nlp, sample_path, tmp_path_factory):
    ld, _ = label_document(read_document(sample_path), nlp=patterns_nlp)
    return make_revision(sample_path, ld, tmp_path_factory.mktemp("cli"))


def compare_cli(rev: Revision, *args: str):
    return runner.invoke(app, ["compare", str(rev.old_path), str(rev.new_path), "--patterns-only", *args])


def test_json_output_follows_the_schema(sample_revision):
    result = compare_cli(sample_revision, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"old", "new", "headline", "summary", "articles"} <= set(data)
    assert all(ARTICLE_FIELDS <= set(a) for a in data["articles"])
    statuses = {a["status"] for a in data["articles"]}
    assert statuses <= {"unchanged", "changed", "added", "removed"}
    added = next(a for a in data["articles"] if a["status"] == "added")
    assert added["old"] is None and added["new"] == "2"
    labels = {x for a in data["articles"] for k in ("gained", "lost", "effective_gained", "effective_lost") for x in a[k]}
    assert labels and labels <= set(TIERS + SAFEGUARDS)


@pytest.mark.parametrize("fmt, first, contains", [
    ("table", "Scope widened: Art.", "Unchanged ("),  # the default: headline, then the table
    ("md", "# old → new", "| Old | New | Status |"),  # Markdown: a title, the headline as a list, a table
    ("html", "<!DOCTYPE html>", '<ul class="headline"'),  # a page: the headline first
])
def test_formats_lead_with_the_headline(sample_revision, fmt, first, contains):
    result = compare_cli(sample_revision, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(first)
    assert contains in result.stdout
    if fmt == "html":
        assert "<script" not in result.stdout and "Scope widened: Art." in result.stdout


def test_html_comparison_escapes_document_text(patterns_nlp, tmp_path):
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    old.write_text(USE + SIGN.format(n=2), encoding="utf-8")
    new.write_text(USE + SIGN.format(n=2).replace("Signature", "Signature <script>alert(1)</script>"), encoding="utf-8")
    result = runner.invoke(app, ["compare", str(old), str(new), "--patterns-only", "--format", "html"])
    assert result.exit_code == 0, result.stderr
    assert "<script" not in result.stdout and "&lt;script&gt;alert(1)&lt;/script&gt;" in result.stdout


def test_output_file_is_written(sample_revision, tmp_path):
    out = tmp_path / "changes.json"
    result = compare_cli(sample_revision, "--format", "json", "--output", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["articles"]


@pytest.mark.parametrize("args, message", [
    (["missing.txt", "draft.txt"], "missing.txt: no such file"),  # the old version is not there
    (["draft.txt", "draft.xyz"], "unsupported file type .xyz"),  # the new version cannot be read
    (["draft.txt", "empty.txt"], "the file is empty"),  # an empty file
    (["draft.txt", "draft.txt", "--output", "nofolder/c.json"], "the folder nofolder does not exist"),  # bad output
])
def test_compare_bad_input_is_one_line_and_no_traceback(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "draft.xyz").write_text("Article 1\nText.\n", encoding="utf-8")
    (tmp_path / "draft.txt").write_text(SIGN.format(n=1), encoding="utf-8")
    result = runner.invoke(app, ["compare", "--patterns-only", *args])
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr and isinstance(result.exception, SystemExit)


def test_public_api_compare(sample_revision):
    import treatyscope

    result = treatyscope.compare(sample_revision.old_path, sample_revision.new_path, patterns_only=True)
    assert result.to_dict()["articles"] == compare_paths(sample_revision.old_path, sample_revision.new_path,
                                                         patterns_only=True).to_dict()["articles"]
