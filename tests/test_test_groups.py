"""scripts/test_groups.py splits the test files for CI's two lanes (.ci/run): every file in exactly one group, the same
split in every process, the groups' measured times close, and a new file (not yet measured) still placed."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("test_groups_script", ROOT / "scripts" / "test_groups.py")
groups_script = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(groups_script)


def _run(*args: str) -> list[str]:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "test_groups.py"), *args], capture_output=True,
                          text=True, check=True, cwd=ROOT)
    return [line for line in done.stdout.splitlines() if line]


def test_every_test_file_is_in_exactly_one_of_the_two_groups_and_the_split_is_stable() -> None:
    first, second = _run("1", "2"), _run("2", "2")
    every = groups_script.test_files()
    assert sorted(first + second) == every and not set(first) & set(second)
    assert "tests/test_test_groups.py" in every and "tests/bot/test_engine.py" in every
    assert (first, second) == (_run("1", "2"), _run("2", "2"))  # each lane computes the same split
    assert sorted(_run("1", "1")) == every


def test_the_lanes_measured_times_are_close_their_evals_included() -> None:
    files, measured = groups_script.test_files(), groups_script.read_measured()
    weight = groups_script.weights(files, measured)
    lead = [measured[groups_script.lane_key(k)] for k in (1, 2)]  # recorded with the files' seconds
    halves = groups_script.groups(files, weight, 2, lead)
    assert halves == [_run("1", "2"), _run("2", "2")]  # what .ci/run's lanes get
    totals = [lead[i] + sum(weight[f] for f in half) for i, half in enumerate(halves)]
    assert min(totals) >= 0.9 * max(totals), totals
    three = [sum(weight[f] for f in g) for g in groups_script.groups(files, weight, 3)]
    tests_only = [sum(weight[f] for f in half) for half in groups_script.groups(files, weight, 2)]
    assert abs(sum(three) - sum(tests_only)) < 1e-6 and max(three) < max(tests_only)


def test_a_file_not_measured_weighs_its_size_and_a_junit_report_is_recorded(tmp_path) -> None:
    (tmp_path / "tests" / "sub").mkdir(parents=True)
    for name, size in (("test_a.py", 1000), ("test_b.py", 3000), ("sub/test_new.py", 2000)):
        (tmp_path / "tests" / name).write_text("#" * size, encoding="utf-8")
    files = groups_script.test_files(tmp_path)
    assert files == ["tests/sub/test_new.py", "tests/test_a.py", "tests/test_b.py"]
    weight = groups_script.weights(files, {"tests/test_a.py": 10.0, "tests/test_b.py": 30.0}, tmp_path)
    assert weight["tests/sub/test_new.py"] == 20.0  # 2000 bytes at the measured 0.01 s per byte
    assert groups_script.groups(files, weight, 2) == [["tests/test_b.py"], ["tests/sub/test_new.py", "tests/test_a.py"]]
    # a lane whose eval is long already gets the fewer tests: 45 s of eval on lane 1 leaves it only the lightest file
    assert groups_script.groups(files, weight, 2, [45.0, 0.0]) == [["tests/test_a.py"],
                                                                   ["tests/sub/test_new.py", "tests/test_b.py"]]
    report = tmp_path / "junit.xml"
    report.write_text('<testsuites><testsuite name="pytest">'
                      '<testcase classname="tests.test_a" name="t1" time="1.5"/>'
                      '<testcase classname="tests.test_a" name="t2" time="2.0"/>'
                      '<testcase classname="tests.sub.test_new.TestKind" name="t3" time="0.25"/>'
                      '<testcase classname="" name="collect" time="9"/>'
                      '</testsuite></testsuites>', encoding="utf-8")
    out = tmp_path / "durations.json"
    recorded = groups_script.record(report, out)
    assert recorded == {"tests/sub/test_new.py": 0.25, "tests/test_a.py": 3.5}
    own, blind = tmp_path / "eval.json", tmp_path / "eval-blind.json"
    own.write_text(json.dumps({"wall_s": 500.123, "cases": []}), encoding="utf-8")
    blind.write_text(json.dumps({"wall_s": 160.0}), encoding="utf-8")
    recorded = groups_script.record(report, out, [own, blind])
    assert recorded == {"lane/1/eval": 500.12, "lane/2/eval": 160.0, "tests/sub/test_new.py": 0.25, "tests/test_a.py": 3.5}
    assert json.loads(out.read_text(encoding="utf-8")) == recorded


def test_a_file_that_reads_its_lanes_eval_report_runs_in_that_lane() -> None:
    """tests/bot/test_ask_cases.py reads the own eval's report (lane 1's eval, REGBOT_EVAL_REPORT): it is in group 1
    whatever the weights, and a split into one group still holds every file."""
    assert groups_script.PINNED == {"tests/bot/test_ask_cases.py": 1}
    assert "tests/bot/test_ask_cases.py" in _run("1", "2")
    files = ["tests/bot/test_ask_cases.py", "tests/test_a.py", "tests/test_b.py"]
    weight = {"tests/bot/test_ask_cases.py": 1.0, "tests/test_a.py": 5.0, "tests/test_b.py": 5.0}
    assert groups_script.groups(files, weight, 2, [100.0, 0.0]) == [["tests/bot/test_ask_cases.py"],
                                                                     ["tests/test_a.py", "tests/test_b.py"]]
    assert groups_script.groups(files, weight, 1) == [sorted(files)]
