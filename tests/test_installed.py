"""The commands that read the project's data (gold corpus, configs, manifest) work from a plain,
non-editable install: the package laid out as ``pip install .`` lays it out, run from another
folder, through Typer's CliRunner."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[1]
DOC = "mini_convention"

# Runs in the installed copy: each command through CliRunner, its exit code and output as JSON.
SCRIPT = r"""
import json, sys
from typer.testing import CliRunner
from treatyscope.cli import app
import treatyscope
out = {"package": treatyscope.__file__}
for name, args in json.loads(sys.argv[1]):
    r = CliRunner().invoke(app, args)
    out[name] = [r.exit_code, r.stdout, r.stderr]
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """site/treatyscope as a wheel installs it (configs, models and corpora inside the package),
    with a gold corpus of one small document, and a corpus folder holding it."""
    from treatyscope import gold
    from test_gold import annotations, write_draft

    base = tmp_path_factory.mktemp("installed")
    package = base / "site" / "treatyscope"
    shutil.copytree(ROOT / "src" / "treatyscope", package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "configs", package / "configs", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "models", package / "models", ignore=shutil.ignore_patterns("__pycache__"))
    (package / "corpora" / "gold").mkdir(parents=True)
    if (ROOT / "corpora" / "__init__.py").is_file():
        shutil.copy(ROOT / "corpora" / "__init__.py", package / "corpora" / "__init__.py")
    corpus = base / "corpus"
    (corpus / "treaties").mkdir(parents=True)
    shutil.copy(FIXTURES / f"{DOC}.md", corpus / "treaties" / f"{DOC}.md")
    gold.write_jsonl(package / "corpora" / "gold" / f"{DOC}.jsonl", gold.build(DOC, annotations(), corpus))
    write_draft(package / "corpora" / "drafts")  # the labelled drafts, trained on beside the gold
    return base, corpus


def run(installed, commands: dict[str, list[str]]) -> dict:
    base, _ = installed
    work = base / "elsewhere"
    work.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "TREATYSCOPE_CORPUS")}
    env["PYTHONPATH"] = str(base / "site")
    done = subprocess.run([sys.executable, "-c", SCRIPT, json.dumps(list(commands.items()))], cwd=work, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.splitlines()[-1])
    assert result.pop("package") == str(base / "site" / "treatyscope" / "__init__.py")
    return result


def test_train_evaluate_gold_and_corpus_from_an_installed_package(installed):
    base, corpus = installed
    model = base / "model"
    figures = base / "figures.json"
    got = run(installed, {
        "gold check": ["gold", "check", "--corpus", str(corpus)],
        "train": ["train", "--corpus", str(corpus), "--folds", "0", "-o", str(model)],
        "evaluate": ["evaluate", "--corpus", str(corpus), "--model", str(model), "--json", str(figures)],
        "corpus check": ["corpus", "check", "--corpus", str(corpus)],
    })
    assert got["gold check"] == [0, "7 clauses in 1 documents: checksums match\n"
                                    + "".join(f"  {label:20s} {n}\n" for label, n in [
                                        ("defined", 2), ("treaty", 0), ("serious", 0), ("other", 0), ("any", 1),
                                        ("dual_criminality", 0), ("refusal_grounds", 1), ("non_discrimination", 0),
                                        ("domestic_law", 1), ("human_rights", 1), ("judicial_oversight", 0),
                                        ("proportionality", 0), ("data_protection", 0), ("use_limitation", 0)])
                                    + "0 near-identical clause pairs across documents; 0 with different labels, "
                                      "0 of them explained by a note\n", ""]
    assert got["train"] == [0, "", f"treatyscope: training on 7 gold and 7 draft clauses ...\n"
                                   f"treatyscope: model saved to {model}\n"]
    assert got["evaluate"][0] == 0 and got["evaluate"][2] == f"treatyscope: figures written to {figures}\n"
    result = json.loads(figures.read_text())
    assert (result["clauses"], result["documents"]) == (7, [DOC])
    card = json.loads((model / "model.json").read_text())
    assert (card["data"]["documents"], card["data"]["drafts"], card["data"]["draft_clauses"]) == ([DOC], ["cyber_draft"], 7)
    assert got["corpus check"] == [1, "0 of 1645 documents match; 1645 missing, 0 changed\n", ""]
