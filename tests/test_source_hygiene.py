"""No control character in the project's source: a backspace written as "\\b" in a non-raw string silently turns a
regex word boundary into a byte no question contains (it happened to bot/routing.py's English 'not back yet' words
and to a rules-answer pattern)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
SOURCES = sorted(p for d in ("bot", "knowledge", "calculators", "evals", "core", "scripts", "tests")
                 for p in (ROOT / d).rglob("*") if p.suffix in (".py", ".yaml", ".yml") and p.is_file())


def test_there_are_sources_to_check() -> None:
    assert len(SOURCES) > 100


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_source_file_has_no_control_character(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = [(text.count("\n", 0, m.start()) + 1, repr(m.group(0))) for m in CONTROL.finditer(text)]
    assert found == []


def test_no_tracked_file_is_a_symlink_or_a_local_environment() -> None:
    """A worktree's `.venv` symlink once got committed (`.venv/` ignores only a directory) and a merge replaced the
    main checkout's virtual environment with a link to itself: nothing tracked may be a link or the environment."""
    import subprocess

    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    listing = subprocess.run(["git", "ls-files", "-s"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    links = [line.split("\t", 1)[1] for line in listing.splitlines() if line.startswith("120000 ")]
    assert links == []
    tracked = subprocess.run(["git", "ls-files", ".venv", "data", "reports"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.split()
    assert tracked == []
