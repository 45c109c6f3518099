"""What `regbot eval` shows and writes: tables per category, the failure list, the gates,
the diff against the committed baseline, and the JSON / JUnit XML reports."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import yaml

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from evals.gates import GateResult
from evals.runner import LOWER_IS_BETTER, RunResult, metric_sort_key

BASELINE_FILE = Path(__file__).parent / "baseline.json"
LANGS = ("zh-TW", "zh-CN", "en")
# Timing varies by machine and run: shown, never part of the baseline.
_NOT_IN_BASELINE = ("latency_p50_ms", "latency_p95_ms")
_EPS = 1e-9


# --------------------------------------------------------------------------- formatting


def fmt(metric: str, value: float | None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if metric.endswith("_ms"):
        return f"{value:.1f} ms"
    if metric in ("cases", "answered_with_rule"):
        return f"{value:.0f}"
    return f"{value:.3f}"


def _clip(value: Any, n: int = 120) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# --------------------------------------------------------------------------- tables


def category_table(run: RunResult, category: str, diff: dict[str, Any] | None = None) -> Table:
    """Pass rate and every metric of one category, overall and per question language."""
    metrics = run.metrics[category]
    langs = [lang for lang in LANGS if lang in run.by_lang.get(category, {})]
    title = f"{category} — {metrics['cases']:.0f} cases, pass rate {fmt('pass_rate', metrics.get('pass_rate'))}"
    table = Table(title=title, title_justify="left", show_lines=False)
    table.add_column("metric")
    table.add_column("all", justify="right")
    for lang in langs:
        table.add_column(lang, justify="right")
    deltas = {(d["category"], d["metric"]): d for d in (diff or {}).get("metrics", [])}
    if diff is not None:
        table.add_column("vs baseline", justify="right")
    for name in metrics:
        row = [name, fmt(name, metrics[name])]
        row += [fmt(name, run.by_lang[category][lang].get(name)) for lang in langs]
        if diff is not None:
            d = deltas.get((category, name))
            row.append(_delta_cell(d) if d else "")
        table.add_row(*row)
    return table


def lang_table(run: RunResult, category: str, cols: tuple[str, ...], title: str) -> Table:
    """The category's metrics `cols`, one row per question language and one for all."""
    table = Table(title=title, title_justify="left")
    table.add_column("lang")
    for col in cols:
        table.add_column(col, justify="right")
    per_lang = run.by_lang.get(category, {})
    for lang in [x for x in LANGS if x in per_lang] + ["all"]:
        m = run.metrics.get(category, {}) if lang == "all" else per_lang[lang]
        table.add_row(lang, *(fmt(c, m.get(c)) for c in cols))
    return table


def retrieval_lang_table(run: RunResult) -> Table:
    """recall@1/3/5 and MRR of the retriever's ranking, per question language."""
    return lang_table(run, "retrieval", ("cases", "recall@1", "recall@3", "recall@5", "mrr"),
                      f"retrieval by language (k={run.k})")


def rules_lang_table(run: RunResult, title: str = "rules answers by language") -> Table:
    """For the rules cases (run through the engine): ranking, first line and routing, per language."""
    return lang_table(run, "rules", ("cases", "recall@1", "recall@3", "mrr", "first_line_answers",
                                     "first_line_supported", "credit_rules_routed", "route_accuracy"), title)


def _delta_cell(d: dict[str, Any]) -> str:
    if d["before"] is None:
        return "[cyan]new[/]"
    if d["change"] == "same":
        return ""
    sign = "+" if d["delta"] > 0 else ""
    colour = {"better": "green", "worse": "red"}.get(d["change"], "dim")
    return f"[{colour}]{sign}{fmt(d['metric'], d['delta'])}[/]"


def failure_table(run: RunResult, limit: int = 200) -> Table | None:
    """Every failed check: case id, kind of failure, expected, actual."""
    rows = [(r, f) for r in run.results for f in r.failures]
    if not rows:
        return None
    table = Table(title=f"failures ({len(rows)} in {sum(not r.passed for r in run.results)} cases)",
                  title_justify="left", show_lines=True)
    for col in ("case", "kind", "expected", "actual"):
        table.add_column(col, overflow="fold")
    for r, f in rows[:limit]:
        actual = _clip(f.actual)
        if f.detail:
            actual += f"  ({_clip(f.detail, 80)})"
        table.add_row(escape(r.case.id), f.kind, escape(_clip(f.expected)), escape(actual))
    if len(rows) > limit:
        table.caption = f"… and {len(rows) - limit} more (see the JSON report)"
    return table


def gate_table(gates: list[GateResult]) -> Table:
    table = Table(title="gates", title_justify="left")
    for col in ("gate", "lang", "rule", "value", "status", "failing cases"):
        table.add_column(col, overflow="fold")
    for g in gates:
        rule = {"aggregate": "≥", "max": "≤", "per_case": "each ≥"}[g.mode] + f" {g.threshold:g}"
        status = {"pass": "[green]pass[/]", "fail": "[bold red]FAIL[/]", "n/a": "[dim]n/a[/]"}[g.status]
        cases = ", ".join(g.failing_cases[:8]) + (f" (+{len(g.failing_cases) - 8})" if len(g.failing_cases) > 8 else "")
        metric = g.gate.split(".", 1)[1]
        table.add_row(g.gate, g.lang or "", rule, fmt(metric, g.value), status, escape(cases or g.note))
    return table


def diff_tables(diff: dict[str, Any]) -> list[Table]:
    """What got better and what regressed since the baseline, per metric and per case."""
    out: list[Table] = []
    changed = [d for d in diff["metrics"] if d["change"] in ("better", "worse")]
    t = Table(title="against the baseline: metrics", title_justify="left")
    for col in ("category", "metric", "baseline", "now", "change"):
        t.add_column(col)
    for d in changed:
        colour = "green" if d["change"] == "better" else "red"
        t.add_row(d["category"], d["metric"], fmt(d["metric"], d["before"]), fmt(d["metric"], d["after"]),
                  f"[{colour}]{d['change']}[/]")
    if not changed:
        t.caption = "no metric changed"
    out.append(t)
    t = Table(title="against the baseline: cases", title_justify="left")
    t.add_column("change")
    t.add_column("cases", overflow="fold")
    for key, label in (("newly_failing", "[red]regressed (passed before)[/]"),
                       ("newly_passing", "[green]fixed (failed before)[/]"),
                       ("new_cases", "new cases"), ("removed_cases", "removed cases")):
        if diff[key]:
            t.add_row(label, escape(", ".join(diff[key])))
    if not t.row_count:
        t.caption = "no case changed"
    out.append(t)
    return out


def print_report(run: RunResult, gates: list[GateResult], diff: dict[str, Any] | None,
                 console: Console | None = None, *, failures: bool = True) -> None:
    console = console or Console()
    for category in run.categories:
        console.print(category_table(run, category, diff))
    if failures:
        table = failure_table(run)
        if table is not None:
            console.print(table)
    if diff is not None:
        for table in diff_tables(diff):
            console.print(table)
    if gates:
        console.print(gate_table(gates))
    failed = [g for g in gates if g.failed]
    total = len(run.results)
    passed = sum(r.passed for r in run.results)
    verdict = "[bold red]gates missed: " + ", ".join(
        escape(g.gate + (f" [{g.lang}]" if g.lang else "")) for g in failed) + "[/]" if failed else "[bold green]all gates met[/]"
    console.print(f"{passed}/{total} cases passed in {run.wall_s:.1f} s — {verdict}")


# --------------------------------------------------------------------------- baseline


def baseline_from(run: RunResult) -> dict[str, Any]:
    """The part of a run worth committing: metrics (no timings) and each case's outcome."""
    metrics = {cat: {m: round(v, 4) for m, v in vals.items() if m not in _NOT_IN_BASELINE and not math.isnan(v)}
               for cat, vals in run.metrics.items()}
    cases = {r.case.id: {"category": r.case.category, "passed": r.passed,
                         "failures": sorted({f.kind for f in r.failures})}
             for r in sorted(run.results, key=lambda r: r.case.id)}
    return {"version": 1, "metrics": metrics, "cases": cases}


def write_baseline(run: RunResult, path: str | Path = BASELINE_FILE) -> None:
    Path(path).write_text(json.dumps(baseline_from(run), ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                          encoding="utf-8")


def load_baseline(path: str | Path) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


REGRESSIONS_FILE = Path(__file__).parent / "regressions.yaml"


def accepted_regressions(path: Path | None = None) -> dict[str, str]:
    """Case id → the reason its regression is accepted (evals/regressions.yaml)."""
    path = path or REGRESSIONS_FILE
    if not path.exists():
        return {}
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    listed = raw.get("regressions") or {}
    if not isinstance(listed, dict) or any(not isinstance(v, str) or not v.strip() for v in listed.values()):
        raise ValueError(f"{path}: regressions must map each case id to a non-empty reason")
    return listed


def unexplained_regressions(diff: dict[str, Any], path: Path | None = None) -> list[str]:
    """Cases that passed in the baseline and fail now without a listed reason."""
    accepted = accepted_regressions(path)
    return [c for c in diff.get("newly_failing", []) if c not in accepted]


def diff_baseline(baseline: dict[str, Any], run: RunResult) -> dict[str, Any]:
    """Per metric (better / worse / same / new) and per case (regressed, fixed, new, removed)."""
    now = baseline_from(run)
    ran = set(run.categories) | {"all"}
    metrics = []
    for cat in sorted(set(now["metrics"]) | (set(baseline.get("metrics", {})) & ran)):
        before_m = baseline.get("metrics", {}).get(cat, {})
        after_m = now["metrics"].get(cat, {})
        for m in sorted(set(before_m) | set(after_m), key=metric_sort_key):
            before, after = before_m.get(m), after_m.get(m)
            if after is None:
                continue
            delta = None if before is None else after - before
            if before is None:
                change = "new"
            elif abs(delta) <= _EPS or m == "cases":
                change = "same" if abs(delta) <= _EPS else "changed"
            else:
                better = delta < 0 if m in LOWER_IS_BETTER else delta > 0
                change = "better" if better else "worse"
            metrics.append({"category": cat, "metric": m, "before": before, "after": after, "delta": delta,
                            "change": change})
    old_cases = {cid: c for cid, c in baseline.get("cases", {}).items() if c.get("category") in ran}
    new_cases = now["cases"]
    return {
        "metrics": metrics,
        "newly_failing": sorted(c for c in new_cases if c in old_cases and old_cases[c]["passed"]
                                and not new_cases[c]["passed"]),
        "newly_passing": sorted(c for c in new_cases if c in old_cases and not old_cases[c]["passed"]
                                and new_cases[c]["passed"]),
        "new_cases": sorted(c for c in new_cases if c not in old_cases),
        "removed_cases": sorted(c for c in old_cases if c not in new_cases),
    }


# --------------------------------------------------------------------------- JSON and JUnit


def report_dict(run: RunResult, gates: list[GateResult], diff: dict[str, Any] | None) -> dict[str, Any]:
    return {
        "generated": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "passed": not any(g.failed for g in gates),
        "k": run.k,
        "wall_s": round(run.wall_s, 2),
        "categories": run.categories,
        "metrics": _finite(run.metrics),
        "by_lang": _finite(run.by_lang),
        "gates": [g.to_dict() for g in gates],
        "baseline_diff": diff,
        "cases": [r.to_dict() for r in run.results],
    }


def _finite(obj: Any) -> Any:
    """NaN is not JSON: write null."""
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, float) and math.isnan(obj):
        return None
    return obj


def write_json(path: str | Path, run: RunResult, gates: list[GateResult], diff: dict[str, Any] | None) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report_dict(run, gates, diff), ensure_ascii=False, indent=1, default=str) + "\n",
                    encoding="utf-8")


# XML 1.0 forbids most control characters; adversarial questions contain them.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return _XML_BAD.sub("\ufffd", text)


def junit_tree(run: RunResult, gates: list[GateResult]) -> ET.ElementTree:
    """One testsuite per category (a testcase per case) and one for the gates."""
    root = ET.Element("testsuites", name="regbot-eval")
    total = fails = 0
    for category in run.categories:
        rs = [r for r in run.results if r.case.category == category]
        nfail = sum(not r.passed for r in rs)
        secs = sum((r.latency_ms or 0) for r in rs) / 1000
        suite = ET.SubElement(root, "testsuite", name=f"eval.{category}", tests=str(len(rs)),
                              failures=str(nfail), errors="0", skipped="0", time=f"{secs:.3f}")
        for r in rs:
            tc = ET.SubElement(suite, "testcase", classname=f"eval.{category}", name=_xml_text(r.case.id),
                               time=f"{(r.latency_ms or 0) / 1000:.4f}")
            if r.case.source:
                tc.set("file", _xml_text(r.case.source))
            if r.failures:
                kinds = ", ".join(dict.fromkeys(f.kind for f in r.failures))
                body = "\n".join(f"{f.kind}: expected {_clip(f.expected, 400)}; got {_clip(f.actual, 400)}"
                                 + (f" ({f.detail})" if f.detail else "") for f in r.failures)
                fail = ET.SubElement(tc, "failure", message=_xml_text(kinds), type=_xml_text(r.failures[0].kind))
                fail.text = _xml_text(body)
        total += len(rs)
        fails += nfail
    gsuite = ET.SubElement(root, "testsuite", name="eval.gates", tests=str(len(gates)),
                           failures=str(sum(g.failed for g in gates)), errors="0",
                           skipped=str(sum(g.status == "n/a" for g in gates)), time="0")
    for g in gates:
        name = g.gate + (f"[{g.lang}]" if g.lang else "")
        tc = ET.SubElement(gsuite, "testcase", classname="eval.gates", name=name, time="0")
        if g.status == "fail":
            fail = ET.SubElement(tc, "failure", message=_xml_text(
                f"{g.gate}: {g.value} vs {g.mode} {g.threshold}"), type="gate")
            fail.text = _xml_text("failing cases: " + ", ".join(g.failing_cases))
        elif g.status == "n/a":
            ET.SubElement(tc, "skipped", message=_xml_text(g.note or "not measured"))
    total += len(gates)
    fails += sum(g.failed for g in gates)
    root.set("tests", str(total))
    root.set("failures", str(fails))
    root.set("time", f"{run.wall_s:.3f}")
    return ET.ElementTree(root)


def write_junit(path: str | Path, run: RunResult, gates: list[GateResult]) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tree = junit_tree(run, gates)
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)
