"""The layout is the architecture: each module belongs to one stage, and no module imports
one of a later stage (nor the package's __init__, which exports the public API)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "treatyscope"

# Stages in pipeline order; a module may import its own stage and earlier ones.
STAGES = [
    ["_version", "types", "errors", "faults", "fileio", "paths", "extensions", "display"],
    ["docxread", "ingest", "language", "segment"],
    ["resolve", "measures", "docmodel", "provenance"],
    ["fast"],
    ["features", "representations", "labelmodel", "classify", "model_trust", "model_copy", "model_store"],
    ["components"],
    ["pipeline"],
    ["comparison", "report", "explain"],
    ["batch", "corpus", "gold", "agreement", "evaluate"],
    ["index", "precedents"],
    ["cli"],
]
STAGE = {name: i for i, names in enumerate(STAGES) for name in names}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(["treatyscope", *parts])


def imports(path: Path) -> list[str]:
    """The treatyscope modules a file imports (relative imports resolved; ``from . import x``
    counted as the submodule x when there is one, else as the package itself)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.split(".")[0] == "treatyscope"]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            elif node.module and node.module.split(".")[0] == "treatyscope":
                target = node.module
            else:
                continue
            for alias in node.names:
                sub = PACKAGE.parent / Path(*f"{target}.{alias.name}".split("."))
                found.append(f"{target}.{alias.name}" if sub.with_suffix(".py").is_file() or sub.is_dir() else target)
    return found


def stage(module: str) -> int | None:
    parts = module.split(".")
    return STAGE.get(parts[1]) if len(parts) > 1 else None


def test_every_module_has_a_stage():
    assert [module_name(p) for p in sorted(PACKAGE.rglob("*.py"))
            if module_name(p) != "treatyscope" and stage(module_name(p)) is None] == []


def test_no_module_imports_a_later_stage_or_the_package_itself():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = module_name(path)
        if name == "treatyscope":
            continue  # the public API
        for target in imports(path):
            if target == "treatyscope" or stage(target) > stage(name):
                wrong.append(f"{name} imports {target}")
    assert wrong == []


def test_command_modules_do_not_import_the_cli_package_back():
    cli = PACKAGE / "cli"
    assert [f"{p.name} imports {t}" for p in sorted(cli.glob("*.py")) if p.name != "__init__.py"
            for t in imports(p) if t == "treatyscope.cli"] == []
