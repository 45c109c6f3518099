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
