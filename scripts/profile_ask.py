"""Profile warm `ask` (cProfile) on a spread of eval questions of one route, as `regbot bench` sets it up:
`OMP_NUM_THREADS=1 python scripts/profile_ask.py [route] [n] [out.prof]` (route default retrieval, n default 300).

Every question is answered once untimed (warm-up, and to learn its route), then the chosen route's questions are
answered again under the profiler; prints the top functions by cumulative and by own time.
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import time


def main(route: str = "retrieval", n: int = 300, out: str = "/tmp/ask.prof") -> None:
    from bot.bench_ask import TODAY
    from bot.engine import Engine
    from evals.bench import ask_questions

    engine = Engine.create()
    qs = ask_questions(1500)
    picked = [q for q in qs if engine.answer(q, today=TODAY).route == route][:n]
    for q in picked:
        engine.answer(q, today=TODAY)
    prof = cProfile.Profile()
    t0 = time.process_time()
    prof.enable()
    for q in picked:
        engine.answer(q, today=TODAY)
    prof.disable()
    print(f"{len(picked)} {route} questions, {1000 * (time.process_time() - t0) / len(picked):.1f} ms CPU each (profiled)")
    prof.dump_stats(out)
    stats = pstats.Stats(prof).strip_dirs()
    stats.sort_stats("cumulative").print_stats(70)
    stats.sort_stats("tottime").print_stats(50)


if __name__ == "__main__":
    args = sys.argv[1:]
    main(args[0] if args else "retrieval", int(args[1]) if len(args) > 1 else 300, args[2] if len(args) > 2 else "/tmp/ask.prof")
