"""Time warm `Engine.answer` on a fixed sample of questions, and profile the time outside the encoder.

A development tool (round 28, issue 10): the full `regbot bench --only ask` takes a quarter of an hour; this
takes a minute. The sample is fixed (the development cases of `evals/cases/` and `evals/blind/`, never
`evals/heldout/`, picked by a hash of their id), so two runs compare. Every query encode is answered from a
memo filled in the warm-up pass, so the timed figures are the time spent *outside* the encoder; the answers'
hash (every field but the latency) shows whether a change altered any answer.

    .venv/bin/python -m devtools.perf_sample [--rules 300] [--other 100] [--rounds 3] [--profile] [--hashes FILE]
                                             [--real-encoder] [--per-question FILE]
"""

from __future__ import annotations

import argparse
import cProfile
import datetime
import hashlib
import io
import json
import pstats
import time
from pathlib import Path
from typing import Any

import numpy as np

TODAY = datetime.date(2026, 11, 25)
SOURCES = ("evals/cases", "evals/blind")


def _pick(cases: list[Any], n: int) -> list[Any]:
    """The `n` cases whose id hashes lowest: a fixed sample that does not depend on file order."""
    return sorted(cases, key=lambda c: hashlib.sha1(c.id.encode()).hexdigest())[:n]


def sample(n_rules: int, n_other: int) -> dict[str, list[Any]]:
    """Development cases by expected route: rules (`retrieval`), `calculator` and `clarify`, single questions only."""
    from evals.schema import load_cases  # noqa: PLC0415

    cases = [c for c in load_cases(list(SOURCES)) if c.question and not c.followup and "heldout" not in c.source]
    by_route: dict[str, list[Any]] = {}
    for c in cases:
        by_route.setdefault(c.expect.route or "", []).append(c)
    return {"retrieval": _pick(by_route.get("retrieval", []), n_rules),
            "calculator": _pick(by_route.get("calculator", []), n_other),
            "clarify": _pick(by_route.get("clarify", []), n_other)}


def _memoise_encoder() -> None:
    """Answer every query encode from a memo (filled on first use): the timed passes then measure the rest."""
    import knowledge.embeddings as emb  # noqa: PLC0415

    model = emb._model()  # noqa: SLF001 - a development tool measuring around the encoder
    real_query = model.query
    memo: dict[Any, Any] = {}

    class _Memo:
        dim = model.dim

        def query(self, texts: Any) -> Any:
            key = texts if isinstance(texts, str) else tuple(texts)
            if key not in memo:
                memo[key] = real_query(texts)
            return memo[key]

        def __getattr__(self, name: str) -> Any:
            return getattr(model, name)

    emb._model = lambda: _Memo()  # noqa: SLF001


def _digest(answer: Any) -> str:
    return hashlib.sha1(answer.model_dump_json(exclude={"latency_ms"}).encode()).hexdigest()


def _figures(ms: list[float]) -> str:
    arr = np.asarray(ms)
    return f"n={arr.size} p50={np.percentile(arr, 50):.1f} p95={np.percentile(arr, 95):.1f} max={arr.max():.1f} ms"


def run(n_rules: int, n_other: int, *, rounds: int, profile: bool, hashes: Path | None,
        dump: Path | None = None, real_encoder: bool = False, per_question: Path | None = None) -> None:
    """Warm up, time `rounds` passes per route group, optionally profile the rules group, write / compare hashes.

    With `real_encoder` every pass encodes for real: the whole warm answer is timed, as `regbot bench` does.
    `per_question`: a JSON file of each question's best wall / CPU ms and the query texts and tokens its last pass
    encoded (`knowledge.embeddings.encoded_so_far`), slowest first: which questions make the tail, and why."""
    from bot.engine import Engine  # noqa: PLC0415
    from knowledge.embeddings import encoded_so_far  # noqa: PLC0415

    if not real_encoder:
        _memoise_encoder()
    engine = Engine.create()
    groups = sample(n_rules, n_other)
    digests: dict[str, str] = {}
    for group in groups.values():
        for c in group:
            digests[c.id] = _digest(engine.answer(c.question, today=c.effective_today))
    rows: list[dict[str, Any]] = []
    for name, group in ((n, g) for n, g in groups.items() if g):
        ms: dict[str, float] = {}
        cpu: dict[str, float] = {}
        encoded: dict[str, tuple[int, int]] = {}
        for _ in range(rounds):
            for c in group:
                e0 = encoded_so_far()
                c0, t0 = time.process_time(), time.perf_counter()
                engine.answer(c.question, today=c.effective_today)
                ms[c.id] = min(ms.get(c.id, float("inf")), (time.perf_counter() - t0) * 1000)
                cpu[c.id] = min(cpu.get(c.id, float("inf")), (time.process_time() - c0) * 1000)
                e1 = encoded_so_far()
                encoded[c.id] = (e1[0] - e0[0], e1[1] - e0[1])
        rows += [{"id": c.id, "group": name, "wall_ms": round(ms[c.id], 1), "cpu_ms": round(cpu[c.id], 1),
                  "encodes": encoded[c.id][0], "tokens": encoded[c.id][1], "question": c.question} for c in group]
        tokens = [encoded[c.id][1] for c in group]
        if real_encoder:
            print(f"{name:10s} tokens encoded p50={np.percentile(tokens, 50):.0f} p95={np.percentile(tokens, 95):.0f}")
        # (each question's best of `rounds`, and the CPU time of the process, its threads included: on a machine shared
        # with other work the wall clock of one pass measures the load as much as the code)
        print(f"{name:10s} wall {_figures(list(ms.values()))} | cpu {_figures(list(cpu.values()))}")
    if per_question is not None:
        per_question.write_text(json.dumps(sorted(rows, key=lambda r: -r["wall_ms"]), ensure_ascii=False, indent=0))
    if profile:
        prof = cProfile.Profile()
        prof.enable()
        for c in groups["retrieval"]:
            engine.answer(c.question, today=c.effective_today)
        prof.disable()
        if dump is not None:
            prof.dump_stats(str(dump))
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(40)
        print(out.getvalue())
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(30)
        print(out.getvalue())
    if hashes is not None:
        if hashes.exists():
            before = json.loads(hashes.read_text())
            changed = sorted(k for k in digests if before.get(k) != digests[k])
            print(f"answers compared with {hashes}: {len(digests)} , changed: {changed or 'none'}")
        else:
            hashes.write_text(json.dumps(digests, indent=0, sort_keys=True))
            print(f"answer hashes written to {hashes}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rules", type=int, default=300)
    ap.add_argument("--other", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=3, help="timed passes; each question's best counts")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--hashes", type=Path)
    ap.add_argument("--dump", type=Path, help="write the profile (pstats) to this file")
    ap.add_argument("--real-encoder", action="store_true",
                    help="encode every pass for real (the whole warm answer, not only the time outside the encoder)")
    ap.add_argument("--per-question", type=Path, help="write each question's figures (JSON), slowest first")
    args = ap.parse_args()
    run(args.rules, args.other, rounds=args.rounds, profile=args.profile, hashes=args.hashes,
        dump=args.dump, real_encoder=args.real_encoder, per_question=args.per_question)


if __name__ == "__main__":
    main()
