"""Dump the engine's answer to every ask-level eval question (and its follow-up), one JSON line each, to diff a
refactor that must change no answer: `python scripts/dump_answers.py OUT.jsonl [--limit N] [case files or folders...]`
(default evals/cases then evals/blind; `--limit`: the first N cases only, in that order; `--every K`: every K-th case
only, e.g. `--every 15` for a ~1,500-question sample).

Latency is left out (it differs run to run); everything else of the answer object is kept.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _plain(answer) -> dict:
    data = answer.model_dump(mode="json")
    data.pop("latency_ms", None)
    for part in data.get("parts") or []:
        part.pop("latency_ms", None)
    return data


def main(out: str, paths: list[str], limit: int | None = None, every: int = 1) -> None:
    from bot.answer import Conversation, Turn
    from bot.engine import Engine
    from evals.schema import load_cases

    cases = [c for p in (paths or ["evals/cases", "evals/blind"]) for c in load_cases([p]) if c.question][::every][:limit]
    engine = Engine.create()
    with Path(out).open("w", encoding="utf-8") as fh:
        for case in cases:
            today = case.effective_today
            try:
                first = engine.answer(case.question, None, today=today)
                row = {"id": case.id, "src": case.source, "first": _plain(first)}
                if case.followup:
                    conv = Conversation(turns=[Turn(question=case.question, answer=first)])
                    row["followup"] = _plain(engine.answer(case.followup, conv, today=today))
            except Exception as exc:  # noqa: BLE001 - an error is an answer too
                row = {"id": case.id, "src": case.source, "error": f"{type(exc).__name__}: {exc}"}
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    args = sys.argv[2:]
    n, k = None, 1
    while args[:1] in (["--limit"], ["--every"]):
        if args[0] == "--limit":
            n = int(args[1])
        else:
            k = int(args[1])
        args = args[2:]
    main(sys.argv[1], args, n, k)
