"""Split a blind question bank into a development half and a held-out half, before anyone looks.

Usage: python scripts/split_blind.py [--dirs DEV_DIR HELD_DIR] NAME RAW.yaml [RAW.yaml …]
Writes evals/cases/NAME.yaml (development) and evals/heldout/NAME.yaml (held-out), or into the
two folders given with --dirs. A case goes
to the held-out half when the first byte of sha256(its id) is odd: fixed by the id alone, so the
split is reproducible and nobody chooses which questions are held out.

Raw rules questions (writers' format: id, lang, question, gold_ids, kind, first_line,
polarity, mentions_credits) become `rules` cases; raw cases already in the case schema
(with `category`) are copied as they are.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def held_out(case_id: str) -> bool:
    return hashlib.sha256(case_id.encode()).digest()[0] % 2 == 1


def as_case(raw: dict) -> dict:
    if "category" in raw:
        return raw
    tags = [f"kind:{raw.get('kind') or 'other'}"] + (["credits"] if raw.get("mentions_credits") else [])
    expect = {"route": "retrieval", "gold_ids": list(raw["gold_ids"]),
              "first_line": [str(t) for t in raw.get("first_line") or []]}
    if raw.get("polarity") in ("yes", "no", "conditional"):
        expect["polarity"] = raw["polarity"]
    return {"id": raw["id"], "category": "rules", "lang": raw["lang"], "question": raw["question"],
            "tags": tags, "expect": expect}


def main(name: str, paths: list[str], dev_dir: Path | None = None, held_dir: Path | None = None) -> None:
    dev, held = [], []
    for p in paths:
        for raw in yaml.safe_load(Path(p).read_text(encoding="utf-8"))["cases"]:
            (held if held_out(str(raw["id"])) else dev).append(as_case(raw))
    header = ("# Written blind (regulations and SPEC only, never the code or other cases); split by "
              "scripts/split_blind.py.\n")
    for folder, cases, what in ((dev_dir or ROOT / "evals" / "cases", dev, "development half"),
                                (held_dir or ROOT / "evals" / "heldout", held, "held-out half: scored once, never tuned on")):
        folder.mkdir(parents=True, exist_ok=True)
        text = header + f"# {what}.\n" + yaml.safe_dump({"cases": cases}, allow_unicode=True, sort_keys=False, width=200)
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
        print(f"{folder.relative_to(ROOT)}/{name}.yaml: {len(cases)} cases")


if __name__ == "__main__":
    args = sys.argv[1:]
    dirs: tuple[Path | None, Path | None] = (None, None)
    if args[:1] == ["--dirs"]:
        dirs, args = (ROOT / args[1], ROOT / args[2]), args[3:]
    main(args[0], args[1:], *dirs)
