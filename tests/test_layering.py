"""The package layering (pyproject's [tool.importlinter] contracts), checked on every test run.

core/ at the bottom; knowledge/ and calculators/ above it, independent of each other and never
importing bot/ or evals/; bot.llm never imports bot.engine; devtools/ (the Slack stand-in, the load
generator) imported by no product module, only by the benchmark. Imports inside functions count too.
"""

from __future__ import annotations

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
