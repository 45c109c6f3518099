"""The package layering (pyproject's [tool.importlinter] contracts), checked on every test run.

core/ at the bottom; knowledge/ and calculators/ above it, independent of each other and never
importing bot/ or evals/; bot.llm never imports bot.engine; devtools/ (the Slack stand-in, the load
generator) imported by no product module, only by the benchmark. Imports inside functions count too.
A product module imports only another module's public names (no `_private` name across modules: what one
module shares with others, such as bot.question_shapes' table, it names publicly).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_import_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--config", str(ROOT / "pyproject.toml"), "--no-cache"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout and " kept" in result.stdout


PRODUCT = ("bot", "knowledge", "calculators", "core")


def private_imports(root: Path = ROOT) -> list[str]:
    """Every `from <product module> import _name` in the product packages, as "file:line module._name"."""
    found = []
    for package in PRODUCT:
        for path in sorted((root / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in PRODUCT:
                    found += [f"{path.relative_to(root)}:{node.lineno} {node.module}.{a.name}" for a in node.names
                              if a.name.startswith("_") and not a.name.startswith("__")]
    return found


def test_no_product_module_imports_another_ones_private_names():
    assert private_imports() == []


def test_a_private_import_is_found(tmp_path):
    (tmp_path / "bot").mkdir()
    (tmp_path / "bot" / "a.py").write_text("def f():\n    from bot.rules_answer import _terms\n", encoding="utf-8")
    for package in PRODUCT[1:]:
        (tmp_path / package).mkdir()
    assert private_imports(tmp_path) == ["bot/a.py:2 bot.rules_answer._terms"]
