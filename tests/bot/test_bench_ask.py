from __future__ import annotations

from bot.bench_ask import run_ask_bench


def test_bench_reports_percentiles_per_route(engine):
    out = run_ask_bench(["追蹤完成率 68%，會被扣多少？", "出席簽名單可以蓋章嗎？", "今天天氣如何？", "會被扣多少？"],
                        engine=engine, rounds=2)
    assert out["n"] == 8 and out["questions"] == 4
    assert set(out["by_route"]) == {"calculator", "retrieval", "out_of_scope", "clarify"}
    for figures in [out, *out["by_route"].values()]:
        assert 0 <= figures["p50_ms"] <= figures["p95_ms"] <= figures["p99_ms"] <= figures["max_ms"]


def test_bench_states_the_encoder_threads_and_the_load_it_ran_under(engine, monkeypatch):
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    out = run_ask_bench(["出席簽名單可以蓋章嗎？"], engine=engine, rounds=1)["conditions"]
    assert out["omp_num_threads"] == "1" and out["encoder_threads"] == 1
    assert out["encoders_side_by_side"] == max(1, out["cpus"])
    before, after = out["load_avg_1m"]
    assert before >= 0 and after >= 0
    monkeypatch.delenv("OMP_NUM_THREADS")
    out = run_ask_bench(["出席簽名單可以蓋章嗎？"], engine=engine, rounds=1)["conditions"]
    assert out["omp_num_threads"] == "unset" and out["encoder_threads"] == out["cpus"]
    assert out["encoders_side_by_side"] == 1
