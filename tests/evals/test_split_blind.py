"""scripts/split_blind.py: the split is fixed by the id, both halves are written, and nothing is overwritten."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "split_blind.py"
_spec = importlib.util.spec_from_file_location("split_blind", SCRIPT)
split_blind = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(split_blind)

RAW = {"cases": [{"id": f"zz-tsa-{i:03d}", "lang": "en", "question": f"question {i}?", "gold_ids": ["tsa-cme/4.2"],
                  "kind": "period", "first_line": ["30"], "polarity": None, "mentions_credits": False}
                 for i in range(1, 21)]}


def _raw(tmp_path: Path) -> Path:
    path = tmp_path / "raw.yaml"
    path.write_text(yaml.safe_dump(RAW), encoding="utf-8")
    return path


def test_split_writes_both_halves_by_id_hash(tmp_path: Path) -> None:
    dev, held = tmp_path / "dev", tmp_path / "held"
    split_blind.cli(["--dirs", str(dev), str(held), "bank", str(_raw(tmp_path))])
    dev_ids = [c["id"] for c in yaml.safe_load((dev / "bank.yaml").read_text())["cases"]]
    held_ids = [c["id"] for c in yaml.safe_load((held / "bank.yaml").read_text())["cases"]]
    assert sorted(dev_ids + held_ids) == [c["id"] for c in RAW["cases"]]
    assert dev_ids and held_ids
    assert all(split_blind.held_out(i) for i in held_ids) and not any(split_blind.held_out(i) for i in dev_ids)
    case = yaml.safe_load((dev / "bank.yaml").read_text())["cases"][0]
    assert case["category"] == "rules" and case["expect"]["gold_ids"] == ["tsa-cme/4.2"]


def test_split_refuses_to_overwrite_and_writes_nothing(tmp_path: Path) -> None:
    dev, held = tmp_path / "dev", tmp_path / "held"
    held.mkdir()
    (held / "bank.yaml").write_text("scored already\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="refusing to overwrite"):
        split_blind.cli(["--dirs", str(dev), str(held), "bank", str(_raw(tmp_path))])
    assert (held / "bank.yaml").read_text() == "scored already\n"
    assert not (dev / "bank.yaml").exists()


def test_split_option_is_not_taken_for_a_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        split_blind.cli(["--help"])
    assert "usage" in capsys.readouterr().out.lower()
    with pytest.raises(SystemExit):
        split_blind.cli(["bank"])  # no raw file: an error, not an empty bank
