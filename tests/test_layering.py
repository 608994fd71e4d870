"""The engine's layers (CONTRIBUTING.md): no module imports from a layer above its own."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "timeline"

LAYERS = {
    "errors": 0,
    "_lazy": 0,  # a package's names loaded on first use: the standard library only
    "time": 0,
    "vocabulary": 1,
    "converter": 1,
    "identity": 1,
    "progress": 1,
    "text": 1,
    "_files": 1,
    "log": 2,
    "projections": 3,
    "sources": 4,
    "read": 4,
    "sources.corpus": 5,  # ingests a folder of articles into a Timeline: the workflow above it
    "extract": 4,
    "search": 5,
    "answers": 5,
    "api": 5,
    "cli": 6,
    "html": 6,
    "serve": 6,
    "__init__": 7,
    "__main__": 7,
}
"""Each top-level module or folder of the package (or a module of one, dotted), by layer: a
module may import its own layer and those below, type-only imports included."""


def _layer(parts: tuple[str, ...]) -> int:
    """The layer of a module: that of its longest dotted prefix in `LAYERS`."""
    for n in range(len(parts), 0, -1):
        key = ".".join(parts[:n])
        if key in LAYERS:
            return LAYERS[key]
    raise KeyError(".".join(parts))


def _imports(path: Path) -> list[tuple[str, ...]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        for name in names:
            if name == "timeline" or not name.startswith("timeline."):
                continue
            out.append(tuple(name.split(".")[1:]))
    return out


def test_every_top_level_part_of_the_package_has_a_layer() -> None:
    """A new module or folder must be given its place in the layers."""
    modules = {p.stem for p in PACKAGE.glob("*.py")}
    folders = {d.name for d in PACKAGE.iterdir() if d.is_dir() and d.name != "__pycache__"}
    assert modules | folders <= set(LAYERS), sorted((modules | folders) - set(LAYERS))


def test_no_module_imports_from_a_layer_above_its_own() -> None:
    """Nothing imports upward: `log/` never reads `projections/`, `projections/` never reads
    `extract/` or the command line, and so on.
    """
    upward = []
    for path in sorted(PACKAGE.rglob("*.py")):
        own = path.relative_to(PACKAGE).with_suffix("").parts
        for imported in _imports(path):
            if imported and _layer(imported) > _layer(own):
                upward.append(f"{'/'.join(own)} imports timeline.{'.'.join(imported)}")
    assert upward == []
