"""A module-level name bound twice in one module: the later binding silently replaces the earlier
one for every function that reads it at call time, and no linter here reports a constant bound
twice (ruff's F811 covers imports and definitions, not plain assignments). One such slip (a second
regex given an existing one's name) moved three speakers in the news bench before it was caught."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("retrieval", "bot", "prompts", "bench")


def _bound_twice(source: str) -> list[str]:
    """Names a module's top level binds more than once (assignments, functions, classes)."""
    counts: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            counts[node.name] += 1
        elif isinstance(node, ast.Assign):
            counts.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            counts[node.target.id] += node.value is not None
    return sorted(name for name, n in counts.items() if n > 1)


def test_the_check_finds_a_constant_bound_twice() -> None:
    source = (
        'import re\nA_RE = re.compile("a")\ndef f():\n    return A_RE\nA_RE = re.compile("b")\n'
    )
    assert _bound_twice(source) == ["A_RE"]
    assert _bound_twice("X: int\nX = 1\n") == []  # (a bare annotation binds nothing)


def test_no_module_binds_a_top_level_name_twice() -> None:
    found = {
        str(path.relative_to(ROOT)): names
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        if (names := _bound_twice(path.read_text(encoding="utf-8")))
    }
    assert found == {}
