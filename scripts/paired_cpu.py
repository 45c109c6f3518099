"""Round 52: the answering thread's CPU per warm answer, the round's shortcuts on and off in one process, question by
question (paired, so the machine's load falls on both alike): `python scripts/paired_cpu.py SAMPLE.jsonl [route] [n]`.

SAMPLE is a `scripts/dump_answers.py` output; the questions whose first answer took `route` (default calculator) are
answered once untimed, then twice per mode, the modes alternating. "off" puts back what the round replaced: `_read` and
`_read_corrected` unremembered, and `_drop_left_out`'s scan run whatever the text (`_LEFT_OUT_WORD` matching anything).
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time


def main(sample: str, route: str = "calculator", n: int = 300) -> None:
    from bot.bench_ask import TODAY
    from bot.engine import Engine
    from bot.parsing import text as parsing_text
    from bot.reader import items

    on = (parsing_text._read, parsing_text._read_corrected, items._LEFT_OUT_WORD)
    off = (parsing_text._read.__wrapped__, parsing_text._read_corrected.__wrapped__, re.compile(""))

    def mode(m: tuple) -> None:
        parsing_text._read, parsing_text._read_corrected, items._LEFT_OUT_WORD = m

    rows = [json.loads(line) for line in open(sample, encoding="utf-8")]
    qs = [r["first"]["question"] for r in rows if r.get("first", {}).get("route") == route][:n]
    engine = Engine.create()
    for q in qs:
        engine.answer(q, today=TODAY)
    cpu: dict[str, list[float]] = {"on": [], "off": []}
    for k in range(2):
        for i, q in enumerate(qs):
            for name in (("on", "off") if (i + k) % 2 == 0 else ("off", "on")):
                mode(on if name == "on" else off)
                t0 = time.thread_time()
                engine.answer(q, today=TODAY)
                cpu[name].append((time.thread_time() - t0) * 1000)
    mode(on)
    diffs = sorted(b - a for a, b in zip(cpu["on"], cpu["off"]))  # (each question's pair, before the lists are sorted)
    for name, ms in cpu.items():
        ms = sorted(ms)
        print(f"{name}: n {len(ms)}, answering-thread CPU p50 {statistics.median(ms):.2f} ms, "
              f"p95 {ms[int(0.95 * (len(ms) - 1))]:.2f} ms, mean {statistics.fmean(ms):.2f} ms")
    print(f"paired off − on: median {statistics.median(diffs):.2f} ms")


if __name__ == "__main__":
    a = sys.argv[1:]
    main(a[0], a[1] if len(a) > 1 else "calculator", int(a[2]) if len(a) > 2 else 300)
