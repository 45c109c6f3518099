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

import argparse
import hashlib
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
    """Write both halves; refuses (before writing anything) when either file already exists: a second split of the
    same name would silently replace a half someone may already have scored."""
    targets = [(dev_dir or ROOT / "evals" / "cases") / f"{name}.yaml",
               (held_dir or ROOT / "evals" / "heldout") / f"{name}.yaml"]
    existing = [str(t) for t in targets if t.exists()]
    if existing:
        raise SystemExit(f"refusing to overwrite {', '.join(existing)}: choose another name")
    dev, held = [], []
    for p in paths:
        for raw in yaml.safe_load(Path(p).read_text(encoding="utf-8"))["cases"]:
            (held if held_out(str(raw["id"])) else dev).append(as_case(raw))
    header = ("# Written blind (regulations and SPEC only, never the code or other cases); split by "
              "scripts/split_blind.py.\n")
    for target, cases, what in ((targets[0], dev, "development half"),
                                (targets[1], held, "held-out half: scored once, never tuned on")):
        target.parent.mkdir(parents=True, exist_ok=True)
        text = header + f"# {what}.\n" + yaml.safe_dump({"cases": cases}, allow_unicode=True, sort_keys=False, width=200)
        target.write_text(text, encoding="utf-8")
        print(f"{target}: {len(cases)} cases")


def cli(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Split raw blind questions into a development and a held-out half.")
    parser.add_argument("--dirs", nargs=2, metavar=("DEV_DIR", "HELD_DIR"),
                        help="folders for the two halves, relative to the repository (default evals/cases, evals/heldout)")
    parser.add_argument("name", help="file name of both halves, without .yaml")
    parser.add_argument("raw", nargs="+", help="the writers' raw YAML files")
    args = parser.parse_args(argv)
    dirs = (ROOT / args.dirs[0], ROOT / args.dirs[1]) if args.dirs else (None, None)
    main(args.name, args.raw, *dirs)


if __name__ == "__main__":
    cli()
