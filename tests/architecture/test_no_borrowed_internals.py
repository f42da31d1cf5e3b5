"""The package uses the documented events, options and public objects of every library: no replaced methods,
no swapped server parts, no private attributes of anyone else's objects, no rebound module names and no
decisions taken on an engine's English log text. Checked from the source of the package and the hook file;
each rule proves it can fail on a copy with one such line added."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from test_import_rules import package_copy

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "kennisbank"
HOOKS = PACKAGE.parents[1] / "hooks"
# The engine's objects that events receive: none of their attributes is ours to set (config options are:
# changing them in on_config is what the engine documents).
ENGINE_OBJECTS = ("page", "server", "builder", "file", "files", "nav", "livereload")


def _imported_modules(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {(alias.asname or alias.name).split(".")[0] for alias in node.names}
    return names


def _log_filters(tree: ast.AST):
    """`filter(self, record)` methods: a log filter that can answer anything but True drops lines."""
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "filter" and len(node.args.args) == 2:
            yield node


def borrowed(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    modules = _imported_modules(tree)
    found = []
    for node in ast.walk(tree):
        own = isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__") and not own:
            found.append(f"{node.lineno}: private attribute {ast.unparse(node)}")
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, (ast.AugAssign, ast.AnnAssign))
            else []
        )
        for target in targets:
            if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
                owner = target.value.id
                if owner in modules:
                    found.append(f"{node.lineno}: rebinds {owner}.{target.attr} of another module")
                elif owner in ENGINE_OBJECTS:
                    found.append(f"{node.lineno}: sets {owner}.{target.attr} on the engine's object")
    for method in _log_filters(tree):
        for node in ast.walk(method):
            if isinstance(node, ast.Return) and not (isinstance(node.value, ast.Constant) and node.value.value is True):
                found.append(f"{node.lineno}: a log filter that can drop a line ({ast.unparse(node)})")
    return found


def violations(package: Path = PACKAGE, hooks: Path = HOOKS) -> list[str]:
    files = sorted(package.rglob("*.py")) + sorted(hooks.glob("*.py"))
    return [f"{path.name}:{problem}" for path in files for problem in borrowed(path)]


def test_no_borrowed_internals() -> None:
    assert violations() == []


@pytest.mark.parametrize(
    "line, expected",
    [
        ("    page.render = lambda *a: None", "sets page.render on the engine's object"),
        ("    page.present_anchor_ids = set()", "sets page.present_anchor_ids"),
        ("    server.observer = object()", "sets server.observer"),
        ("    server.builder = print", "sets server.builder"),
        ("    import argparse\n    argparse._ = str", "private attribute argparse._"),
        ("    import argparse\n    argparse.ngettext = str", "rebinds argparse.ngettext of another module"),
        ("    element = object()\n    element._id = '0001'", "private attribute element._id"),
        ("    for child in page._children.values():\n        pass", "private attribute page._children"),
    ],
)
def test_each_kind_is_caught(tmp_path: Path, line: str, expected: str) -> None:
    copy = package_copy(tmp_path)
    events = copy / "adapter" / "events.py"
    events.write_text(events.read_text("utf-8") + f"\n\ndef borrow(page, server):\n{line}\n", "utf-8")
    assert any(expected in problem for problem in violations(copy, HOOKS)), violations(copy, HOOKS)


def test_a_log_filter_that_drops_engine_lines_is_caught(tmp_path: Path) -> None:
    copy = package_copy(tmp_path)
    quiet = copy / "adapter" / "quiet.py"
    quiet.write_text(
        '"""x"""\nimport logging\n\n\nclass Quiet(logging.Filter):\n    def filter(self, record):\n'
        '        return not record.getMessage().startswith("Page skipped")\n',
        "utf-8",
    )
    assert any("a log filter that can drop a line" in problem for problem in violations(copy, HOOKS))
