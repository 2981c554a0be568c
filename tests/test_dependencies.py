"""Every package the code imports is declared in pyproject.toml."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = list(project["dependencies"]) + list(project["optional-dependencies"]["dask"])
    return {re.split(r"[\s\[<>=!~;]", r, maxsplit=1)[0].lower().replace("_", "-") for r in requirements}


def _imported() -> dict[str, str]:
    """Top-level modules imported anywhere in src/, each with one file that imports it."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "src").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 else [])
            for name in names:
                found.setdefault(name.split(".")[0], str(path.relative_to(ROOT)))
    return found


# Modules of an optional extra: dask.distributed is declared as dask[distributed] (the dask extra).
OPTIONAL = {"distributed"}


def test_every_imported_package_is_a_declared_dependency():
    distributions = packages_distributions()
    declared = _declared()
    undeclared = {}
    for module, where in _imported().items():
        if module in sys.stdlib_module_names or module in ("treatyscope", "__future__") or module in OPTIONAL:
            continue
        dists = {d.lower().replace("_", "-") for d in distributions.get(module, [module])}
        if not dists & declared:
            undeclared[module] = where
    assert undeclared == {}
