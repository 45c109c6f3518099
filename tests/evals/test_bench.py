"""`regbot bench` composition: parts that are missing or fail are reported with a reason, never faked."""

from __future__ import annotations

import json
import sys

from typer.testing import CliRunner

from bot.cli import app
from evals import bench


def test_a_missing_part_is_reported_with_the_reason(monkeypatch):
    def missing(*_a, **_k):
        raise ModuleNotFoundError("No module named 'knowledge.bench'")

    monkeypatch.setattr(bench, "_retrieval", missing)
    out = bench.run_bench(only=["retrieval"])
    sec = out["sections"]["retrieval"]
    assert sec["available"] is False and "knowledge.bench" in sec["reason"] and "not built yet" in sec["reason"]
    assert set(out["sections"]) == {"retrieval"}


def test_a_failing_part_does_not_stop_the_others(monkeypatch):
    monkeypatch.setattr(bench, "_retrieval", lambda n: (_ for _ in ()).throw(RuntimeError("index corrupt")))
    monkeypatch.setattr(bench, "_ask", lambda qs: {"by_route": {"calculator": {"p95_ms": 12.5}}, "questions": len(qs)})
    out = bench.run_bench(only=["retrieval", "ask", "process"])
    assert out["sections"]["retrieval"] == {"available": False, "reason": "failed: RuntimeError: index corrupt"}
    ask = out["sections"]["ask"]
    assert ask["available"] is True and ask["by_route"]["calculator"]["p95_ms"] == 12.5 and ask["questions"] > 0
    assert out["sections"]["process"]["peak_rss_mb"] > 0


def test_cold_ask_times_a_fresh_process_and_reads_its_route(monkeypatch, tmp_path):
    fake = tmp_path / "fake_regbot.py"
    fake.write_text("import json, sys\nbuf = bytearray(30 * 1024 * 1024)\n"
                    "print(json.dumps({'question': sys.argv[-1], 'route': 'calculator'}, indent=2))\n")
    monkeypatch.setattr(bench, "regbot_executable", lambda: [sys.executable, str(fake)])
    sec = bench.run_bench(only=["cold_ask"])["sections"]["cold_ask"]
    assert sec["available"] is True and sec["route"] == "calculator"
    assert sec["wall_s"] > 0
    assert sec["peak_rss_mb"] >= 30  # the child's own peak, not this process's


def test_cold_ask_that_fails_is_not_available(monkeypatch, tmp_path):
    fake = tmp_path / "broken.py"
    fake.write_text("import sys\nsys.stderr.write('IndexUnavailable: no index')\nsys.exit(3)\n")
    monkeypatch.setattr(bench, "regbot_executable", lambda: [sys.executable, str(fake)])
    sec = bench.run_bench(only=["cold_ask"])["sections"]["cold_ask"]
    assert sec["available"] is False and "exited 3" in sec["reason"] and "no index" in sec["reason"]


def test_flatten_and_targets():
    flat = bench.flatten({"ack": {"ack_ms": {"p95": 250.0}, "unanswered": 0}, "x": [1, 2]})
    assert flat == {"ack.ack_ms.p95": 250.0, "ack.unanswered": 0, "x": [1, 2]}
    assert bench.target_met("ack.ack_ms.p95", 250.0) is True
    assert bench.target_met("ack.ack_ms.p95", 300.0) is False  # "< 300"
    assert bench.target_met("cold_ask.wall_s", 2.5) is True  # "≤ 2.5"
    assert bench.target_met("nothing.here", 1) is None


def test_the_command_prints_a_table_and_writes_json(monkeypatch, tmp_path):
    monkeypatch.setattr(bench, "_retrieval", lambda n: {"warm_search_p95_ms": 61.0, "index_build_s": 40.2})
    monkeypatch.setattr(bench, "_ask", lambda qs: (_ for _ in ()).throw(ImportError("No module named 'bot.bench_ask'")))
    path = tmp_path / "bench.json"
    result = CliRunner().invoke(app, ["bench", "--only", "retrieval", "--only", "ask", "--json", str(path)])
    assert result.exit_code == 0, result.output
    assert "warm_search_p95_ms" in result.output and "≤ 50 ✗" in result.output
    assert "not available" in result.output and "bot.bench_ask" in result.output
    data = json.loads(path.read_text())
    assert data["sections"]["retrieval"]["index_build_s"] == 40.2
    assert data["sections"]["ask"]["available"] is False


def test_an_unknown_section_exits_2():
    result = CliRunner().invoke(app, ["bench", "--only", "gpu"])
    assert result.exit_code == 2


def test_ask_questions_with_a_limit_spread_over_the_whole_suite(monkeypatch):
    # The suite's cases are read once, not on each of the four calls (~3 s of CPU each): the sampling is under test.
    from evals import schema  # noqa: PLC0415

    load, loaded = schema.load_cases, schema.load_cases()
    monkeypatch.setattr(schema, "load_cases", lambda paths=None: list(loaded) if paths is None else load(paths))
    every = bench.ask_questions()
    some = bench.ask_questions(50)
    assert len(some) == 50 and len(set(some)) == 50 and set(some) <= set(every)
    assert some[0] == every[0] and every.index(some[-1]) > len(every) * 0.9  # not just the first files
    assert bench.ask_questions(50) == some  # the same sample on every run
    assert bench.ask_questions(len(every) + 10) == every


def test_the_asks_option_bounds_the_warm_ask_questions(monkeypatch):
    seen: list[int] = []
    monkeypatch.setattr(bench, "_ask", lambda qs: seen.append(len(qs)) or {"questions": len(qs)})
    result = CliRunner().invoke(app, ["bench", "--only", "ask", "--asks", "7"])
    assert result.exit_code == 0, result.output
    assert seen == [7]
