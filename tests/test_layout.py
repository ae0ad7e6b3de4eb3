"""The kit's size and import rules, checked on the source (see STYLE.md, "Small habits").

- no module in ``src/framing`` is longer than 1,000 lines;
- no function or method is longer than 80 lines (from ``def`` to its last line);
- no module uses another module's private names: neither ``from framing.x import _y``
  (or ``from .x import _y``) nor ``x._y`` on a framing module it imported. A private
  *module* (``_files``, ``_quotemarks``) is the package's own helper: importing it is
  fine, its private names are not.

Today's breaches in files being reorganised by other issues are listed, each with its
reason, in ``KNOWN_EXCEPTIONS``; an entry that is no longer needed fails the test, so
the list only shrinks.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "framing"
MAX_MODULE_LINES = 1_000
MAX_FUNCTION_LINES = 80

#: (kind, where) -> why it is allowed for now, and which issue removes it.
#: kinds: "module" (where = file), "function" (file:qualified name),
#: "private" (file:the private name it uses, as module._name).
KNOWN_EXCEPTIONS: dict[tuple[str, str], str] = {}


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _name(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def _is_private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _own_modules() -> set[str]:
    """Every module of the package by dotted name relative to it: "text", "attribution.cues"."""
    return {
        _name(p).removesuffix(".py").removesuffix("/__init__").replace("/", ".") for p in _modules()
    }


def long_modules() -> set[str]:
    return {
        _name(path)
        for path in _modules()
        if len(path.read_text(encoding="utf-8").splitlines()) > MAX_MODULE_LINES
    }


def long_functions() -> set[str]:
    found = set()
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node, qualified in _functions(tree, ""):
            if node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES:
                found.add(f"{_name(path)}:{qualified}")
    return found


def _functions(tree: ast.AST, prefix: str):
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            qualified = prefix + node.name
            if not isinstance(node, ast.ClassDef):
                yield node, qualified
            yield from _functions(node, qualified + ".")
        else:
            yield from _functions(node, prefix)


def private_uses() -> set[str]:
    """ "file:module._name" for each private name a module takes from another module."""
    own = _own_modules()
    found = set()
    for path in _modules():
        here = _name(path).removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        if path.name == "__init__.py":
            package = "" if path.parent == PACKAGE else here  # relative imports start here
        else:
            package = here.rsplit(".", 1)[0] if "." in here else ""
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported_modules: dict[str, str] = {}  # local name -> framing module
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                source = _imported_from(node, package)
                if source is None:
                    continue
                for alias in node.names:
                    target = f"{source}.{alias.name}".lstrip(".")
                    if target in own:  # a module: `from . import _quotemarks`
                        imported_modules[alias.asname or alias.name] = target
                    elif _is_private(alias.name) and source != here:
                        found.add(f"{_name(path)}:{source}.{alias.name}")
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("framing.") and alias.asname:
                        imported_modules[alias.asname] = alias.name.removeprefix("framing.")
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in imported_modules
                and _is_private(node.attr)
            ):
                found.add(f"{_name(path)}:{imported_modules[node.value.id]}.{node.attr}")
    return found


def _imported_from(node: ast.ImportFrom, package: str) -> str | None:
    """The framing module an import reads from, relative to the package ("" for framing
    itself), or None for a module outside the kit."""
    if node.level == 0:
        module = node.module or ""
        if module == "framing":
            return ""
        return module.removeprefix("framing.") if module.startswith("framing.") else None
    base = package.split(".") if package else []
    base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
    return ".".join([*base, *([node.module] if node.module else [])])


def _check(kind: str, found: set[str]) -> None:
    known = {where for k, where in KNOWN_EXCEPTIONS if k == kind}
    new = sorted(found - known)
    assert not new, f"new {kind} breaches of the layout rules: {new}"
    fixed = sorted(known - found)
    assert not fixed, f"fixed, so delete from KNOWN_EXCEPTIONS: {[(kind, w) for w in fixed]}"


def test_no_module_is_longer_than_1000_lines():
    _check("module", long_modules())


def test_no_function_is_longer_than_80_lines():
    _check("function", long_functions())


def test_no_module_uses_another_modules_private_names():
    _check("private", private_uses())


def test_no_benchmark_uses_the_packages_private_names():
    """bench/ measures the kit through public names (`framing.analysis._voices` once broke
    this): ``from framing.x import _y`` in a bench script is a breach."""
    found = set()
    for path in sorted((PACKAGE.parent.parent / "bench").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and _imported_from(node, "") is not None:
                found |= {f"{path.name}:{a.name}" for a in node.names if _is_private(a.name)}
    assert not found, f"bench scripts use private names of framing: {sorted(found)}"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from framing.text import _trim\n", {"x.py:text._trim"}),
        ("from .text import Article, _trim\n", {"x.py:text._trim"}),
        ("from . import text\ntext._trim('a', 0, 1)\n", {"x.py:text._trim"}),
        ("import framing.text as t\nt._trim\n", {"x.py:text._trim"}),
        ("from . import _quotemarks\n_quotemarks.scan\n", set()),
        ("from ._files import write_atomic\n", set()),
        ("from .text import __all__\n", set()),
        ("from .stages import cues\ncues._x\n", {"x.py:stages.cues._x"}),
        ("from .stages.cues import _find\n", {"x.py:stages.cues._find"}),
        ("def f():\n    from .lexicon import _term_hits\n", {"x.py:lexicon._term_hits"}),
    ],
)
def test_the_private_name_check_reads_imports_as_meant(tmp_path, monkeypatch, source, expected):
    """The checker itself, on small modules: it must neither miss nor invent a breach."""
    (tmp_path / "text.py").write_text("def _trim(t, s, e):\n    return s, e\n")
    (tmp_path / "_quotemarks.py").write_text("def scan():\n    pass\n")
    (tmp_path / "_files.py").write_text("def write_atomic():\n    pass\n")
    (tmp_path / "lexicon.py").write_text("def _term_hits():\n    pass\n")
    (tmp_path / "x.py").write_text(source)
    (tmp_path / "stages").mkdir()
    (tmp_path / "stages" / "__init__.py").write_text("from .cues import _find\n")
    (tmp_path / "stages" / "cues.py").write_text("from ..text import _trim\n")
    monkeypatch.setattr(f"{__name__}.PACKAGE", tmp_path)
    in_stages = {"stages/cues.py:text._trim", "stages/__init__.py:stages.cues._find"}
    assert private_uses() == {*expected, *in_stages}


def test_the_size_checks_count_lines_as_meant(tmp_path, monkeypatch):
    body = "\n".join(f"        x = {i}" for i in range(MAX_FUNCTION_LINES))
    (tmp_path / "big.py").write_text(
        f"class A:\n    def long(self):\n{body}\n\n\ndef short():\n    pass\n"
        + "\n" * MAX_MODULE_LINES
    )
    monkeypatch.setattr(f"{__name__}.PACKAGE", tmp_path)
    assert long_functions() == {"big.py:A.long"}
    assert long_modules() == {"big.py"}
