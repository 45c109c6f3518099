"""A module-level name bound twice, the second binding not built from the first, silently replaces the first for every
function that reads it — two branches merged can each add a `_VENUE_BEFORE` and the older one's readers get the newer
pattern (round 53: a dictated-list cut took the place words of 'the meeting where things were given', and a note was lost).
A later binding that extends the first (`X = replace(X, …)`, `X = rf"…{X}…"`) is fine."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "calculators", "knowledge", "core", "evals")
# Bindings replaced on purpose before this test existed (each later one is the pattern every reader was tested with), and
# two extended through an alias (`_MONTH_CUE, _DAY_CUE = MONTH_CUE, DAY_CUE`, then `MONTH_CUE = extend(_MONTH_CUE, …)`).
KNOWN = {("bot/ledger.py", "_MONTH_RANGE"), ("bot/rules_answer.py", "_ADVISED"),
         ("calculators/vocab_hpa.py", "MONTH_CUE"), ("calculators/vocab_hpa.py", "DAY_CUE")}


def _bound(node: ast.stmt) -> list[str]:
    if isinstance(node, ast.Assign):
        return [t.id for t in node.targets if isinstance(t, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
        return [node.target.id]
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    return []


def _reads(node: ast.stmt, name: str) -> bool:
    value = getattr(node, "value", None)
    return value is not None and any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(value))


def shadowed(path: Path) -> list[str]:
    """The module-level names of `path` bound again later by a value that does not read them."""
    seen: set[str] = set()
    out: list[str] = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        for name in _bound(node):
            if name in seen and not _reads(node, name):
                out.append(f"{name} (line {node.lineno})")
            seen.add(name)
    return out


def test_no_module_name_is_silently_rebound() -> None:
    found = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            found += [f"{rel}: {s}" for s in shadowed(path) if (rel, s.split()[0]) not in KNOWN]
    assert not found, found


def test_the_check_finds_a_rebinding(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('import re\nA = re.compile("x")\nB = 1\nA = re.compile("y")\nB = B + 1\n', encoding="utf-8")
    assert shadowed(module) == ["A (line 4)"]
