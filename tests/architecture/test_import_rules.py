"""The package is a house with rooms, and imports run one way: from the outer rooms (editor tools, the MkDocs
adapter) through render and views down to data, with `common` below everything. Checked from the source."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "kennisbank"
# Lower rooms first: a module may import its own room and the rooms before it, never one after it.
ROOMS = ("common", "data", "views", "render", "editor", "adapter")
MAX_LINES = 330  # "about 300": a file past this is split by job
# What only the engine adapter may import: the engines, the theme, Python-Markdown (not markdown_it), its
# extensions and the preview server.
ENGINE_MODULES = ("mkdocs", "properdocs", "material", "markdown", "pymdownx", "livereload")


def package_copy(tmp_path: Path) -> Path:
    """A copy of the package to add one forbidden line to: each rule proves it can fail."""
    import shutil

    copy = tmp_path / "kennisbank"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def module_name(path: Path, package: Path = PACKAGE) -> str:
    if not path.is_relative_to(package.parent):  # a file outside the package, such as the hook file
        return path.stem
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, package: Path = PACKAGE) -> list[tuple[int, str, list[str]]]:
    """(line, imported module, imported names) for every import in the file, at any depth (also inside
    functions: an import there still ties the two modules together)."""
    name = module_name(path, package)
    is_package = path.name == "__init__.py"
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Call) and _imports_by_string(node):
            found.append((node.lineno, node.args[0].value, []))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")[: len(name.split(".")) - node.level + (1 if is_package else 0)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names = [alias.name for alias in node.names]
            # `from kennisbank.views import derive` imports the module kennisbank.views.derive.
            submodules = [
                f"{target}.{n}"
                for n in names
                if (package.parent / f"{target}.{n}".replace(".", "/")).with_suffix(".py").exists()
            ]
            if submodules:
                found += [(node.lineno, sub, []) for sub in submodules]
            else:
                found.append((node.lineno, target, names))
    return found


def _imports_by_string(call: ast.Call) -> bool:
    """`importlib.import_module("x")`, `import_module("x")` or `__import__("x")`: an import all the same."""
    name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
    return (
        name in ("import_module", "__import__")
        and bool(call.args)
        and isinstance(call.args[0], ast.Constant)
        and isinstance(call.args[0].value, str)
    )


def room_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "kennisbank" else None


def violations(package: Path = PACKAGE) -> list[str]:
    problems = []
    graph: dict[str, set[str]] = {}
    for path in sorted(package.rglob("*.py")):
        name = module_name(path, package)
        room = room_of(name)
        where = path.relative_to(package.parent)
        if room is None and name != "kennisbank" and name != "kennisbank.__main__":
            problems.append(f"{where}: module outside the rooms {ROOMS}")
        if room is not None and room not in ROOMS:
            problems.append(f"{where}: unknown room {room!r}")
        for line, target, names in imports_of(path, package):
            top = target.split(".")[0]
            if top in ENGINE_MODULES and room != "adapter":
                problems.append(f"{where}:{line}: imports {top} outside the adapter")
            if top != "kennisbank":
                continue
            graph.setdefault(name, set()).add(target)
            target_room = room_of(target)
            if room in ROOMS and target_room in ROOMS and ROOMS.index(target_room) > ROOMS.index(room):
                problems.append(f"{where}:{line}: {room} imports {target} from the higher room {target_room}")
            private = [n for n in names if n.startswith("_") and n != "__future__"]
            if private:
                problems.append(f"{where}:{line}: imports private {', '.join(private)} from {target}")
    problems += [f"import circle: {' -> '.join(cycle)}" for cycle in cycles(graph)]
    return problems


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every import circle, as one path that returns to its start (one per strongly connected group)."""
    found, state = [], {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                found.append(path[path.index(nxt) :] + [nxt] if nxt in path else [node, nxt])
            elif nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = "done"

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    return found


def test_imports_run_one_way_without_circles_or_private_names() -> None:
    assert violations() == []


def file_problems(package: Path = PACKAGE) -> list[str]:
    """Files without a docstring that says their job, and files past ~300 lines."""
    problems = []
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        if not ast.get_docstring(tree):
            problems.append(f"{path.relative_to(package)}: no docstring saying its job")
        lines = len(path.read_text("utf-8").splitlines())
        if lines > MAX_LINES:
            problems.append(f"{path.relative_to(package)}: {lines} lines; split it by job")
    return problems


def test_every_file_says_its_job_and_stays_small() -> None:
    assert file_problems() == []


def test_the_file_rules_catch_a_long_file_and_a_missing_docstring(tmp_path: Path) -> None:
    copy = package_copy(tmp_path)
    (copy / "data" / "lang.py").write_text('"""Too long."""\n' + "x = 1\n" * MAX_LINES, "utf-8")
    (copy / "data" / "stil.py").write_text("x = 1\n", "utf-8")
    assert file_problems(copy) == [
        f"data/lang.py: {MAX_LINES + 1} lines; split it by job",
        "data/stil.py: no docstring saying its job",
    ]


def test_the_hook_file_only_hands_over_to_the_adapter() -> None:
    hook = PACKAGE.parents[1] / "hooks" / "kennisbank_hooks.py"
    assert len(hook.read_text("utf-8").splitlines()) <= 15
    assert {target for _, target, _ in imports_of(hook, PACKAGE)} == {"kennisbank.adapter.events"}


@pytest.mark.parametrize(
    "bad_import, expected",
    [
        (
            "from kennisbank.render.pages import SiteBuilder",
            "data imports kennisbank.render.pages from the higher room",
        ),
        ("from kennisbank.data.datafile import _unknown", "imports private _unknown"),
        ("import mkdocs", "imports mkdocs outside the adapter"),
        ("from properdocs.structure.files import File", "imports properdocs outside the adapter"),
        ("import material.plugins", "imports material outside the adapter"),
        ("from markdown.extensions import toc", "imports markdown outside the adapter"),
        ("import pymdownx.superfences", "imports pymdownx outside the adapter"),
        ("from livereload import Server", "imports livereload outside the adapter"),
        ("importlib.import_module('mkdocs.plugins')", "imports mkdocs outside the adapter"),
        ("__import__('material')", "imports material outside the adapter"),
        ("from kennisbank.data import loading", "import circle"),
    ],
)
def test_the_rules_catch_a_forbidden_import(tmp_path: Path, bad_import: str, expected: str) -> None:
    """The check itself: a copy of the package with one forbidden import added to a data module fails."""
    copy = package_copy(tmp_path)
    target = copy / "data" / "model.py"
    target.write_text(target.read_text("utf-8") + f"\n{bad_import}\n", "utf-8")
    assert any(expected in problem for problem in violations(copy)), violations(copy)
