"""Getting the corpus: downloads are checked against the manifest and written atomically."""

from __future__ import annotations

import hashlib
import http.server
import threading
from functools import partial

import pytest

from treatyscope.corpus import fetch, find_corpus
from treatyscope.errors import TreatyscopeError


@pytest.fixture()
def server(tmp_path):
    """A local HTTP server for a fake source repository (loopback only)."""
    root = tmp_path / "source"
    (root / "verdrag" / "a").mkdir(parents=True)
    (root / "verdrag" / "a" / "README.md").write_text("Article 1\nText of A.\n")
    (root / "verdrag" / "b").mkdir(parents=True)
    (root / "verdrag" / "b" / "README.md").write_text("Article 1\nText of B, changed since the snapshot.\n")
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *a: None
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


def manifest(tmp_path):
    sha_a = hashlib.sha256(b"Article 1\nText of A.\n").hexdigest()
    path = tmp_path / "manifest.csv"
    path.write_text("doc_id,lang,bytes,articles,sha256,source\n"
                    f"DOC_A,en,21,1,{sha_a},verdrag/a/README.md\n"
                    f"DOC_B,en,30,1,{'0' * 64},verdrag/b/README.md\n"
                    f"DOC_C,en,30,1,{'0' * 64},verdrag/c/README.md\n")
    return path


def test_fetch_checks_checksums_and_reports_each_problem(tmp_path, server):
    dest = tmp_path / "corpus"
    ok, problems = fetch(dest, base_url=server, manifest=manifest(tmp_path), timeout=5)
    assert ok == 1
    assert (dest / "treaties" / "DOC_A.md").read_text() == "Article 1\nText of A.\n"
    assert not (dest / "treaties" / "DOC_B.md").exists()  # a changed source is not kept
    assert [p.split(":")[0] for p in problems] == ["DOC_B", "DOC_C"]
    assert "checksum mismatch" in problems[0] and "download failed" in problems[1]
    assert find_corpus(dest) == dest


def test_fetch_skips_files_already_present(tmp_path, server):
    dest = tmp_path / "corpus"
    fetch(dest, ids=["DOC_A"], base_url=server, manifest=manifest(tmp_path), timeout=5)
    ok, problems = fetch(dest, ids=["DOC_A"], base_url="http://127.0.0.1:9/", manifest=manifest(tmp_path), timeout=5)
    assert (ok, problems) == (1, [])


def test_named_corpus_folder_that_is_not_one(tmp_path, monkeypatch):
    monkeypatch.setenv("TREATYSCOPE_CORPUS", str(tmp_path / "nothing"))
    with pytest.raises(TreatyscopeError, match="not a corpus folder"):
        find_corpus()
