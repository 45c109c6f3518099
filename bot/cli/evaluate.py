"""`regbot eval`: run the golden cases, print the tables, check the gates."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer


def evaluate(
    category: Annotated[list[str] | None, typer.Option("--category", "-c", help="Only this category (repeatable).")] = None,
    retrieval: Annotated[bool, typer.Option("--retrieval", help="Only the retrieval cases: recall@1/3/5 and MRR per language.")] = False,
    json_path: Annotated[Path | None, typer.Option("--json", help="Write the full report as JSON here.")] = None,
    junit_path: Annotated[Path | None, typer.Option("--junit", help="Write JUnit XML here.")] = None,
    baseline: Annotated[Path | None, typer.Option("--baseline", help="Compare with this baseline (default: evals/baseline.json if it exists).")] = None,
    write_baseline: Annotated[bool, typer.Option("--write-baseline", help="Save this run as the baseline (full runs only).")] = False,
    k: Annotated[int, typer.Option("-k", min=1, max=50, help="How many clauses retrieval cases rank.")] = 5,
    cases: Annotated[list[Path] | None, typer.Option("--cases", help="Case files or folders (default: evals/cases/).")] = None,
    gates_path: Annotated[Path | None, typer.Option("--gates", help="Gates file (default: evals/gates.yaml).")] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Progress bar on stderr.")] = True,
    heldout: Annotated[bool, typer.Option(
        "--heldout", help="Score the held-out half (evals/heldout/, written blind): report only, no gates, no baseline.")] = False,
) -> None:
    """Run the eval cases; print a table per category, the failures, the baseline diff and the gates.

    Exits 1 when a gate is missed, 2 when a case or gates file is malformed, 0 otherwise.
    """
    from rich.console import Console

    from evals import gates as gate_mod
    from evals import report
    from evals.schema import CATEGORIES, EvalCaseError, load_cases

    # soft_wrap: an error message stays one line whatever the terminal width (grep-able, testable).
    err = Console(stderr=True, soft_wrap=True)
    selected = list(category or [])
    if retrieval:
        selected = ["retrieval"]
    unknown = [c for c in selected if c not in CATEGORIES]
    if unknown:
        err.print(f"unknown category {', '.join(unknown)}; choose from {', '.join(CATEGORIES)}")
        raise typer.Exit(2)
    if write_baseline and (selected or (cases is not None and baseline is None)):
        # A partial baseline would drop the other categories' cases from the committed one.
        err.print("--write-baseline needs a full run (no --category / --retrieval; with --cases, name a --baseline)")
        raise typer.Exit(2)
    if heldout:
        from evals.schema import HELDOUT_DIR

        cases = cases or [HELDOUT_DIR]  # a file under evals/heldout/ (the calculator bank's half), or the rules half
    try:
        all_cases = load_cases(cases)
        gates = gate_mod.load_gates(gates_path or gate_mod.GATES_FILE)
    except (EvalCaseError, gate_mod.GateError) as exc:
        err.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from exc
    chosen = [c for c in all_cases if not selected or c.category in selected]
    if not chosen:
        err.print("no cases to run")
        raise typer.Exit(2)

    from evals.runner import run_cases

    run = run_cases(chosen, k=k, progress=progress, rank_only=retrieval,
                    on_status=lambda m: err.print(m, style="dim"))
    results = gate_mod.evaluate_gates(run, gates, filtered=bool(selected) or cases is not None)

    # The committed baseline covers the committed cases: compare with it by default, not for --cases runs.
    default_baseline = report.BASELINE_FILE if report.BASELINE_FILE.exists() and cases is None else None
    baseline_path = baseline or default_baseline
    diff = None
    if baseline_path is not None and not write_baseline:
        if baseline_path.exists():
            try:
                diff = report.diff_baseline(report.load_baseline(baseline_path), run)
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                err.print(f"[red]baseline {baseline_path} is unreadable ({exc}); skipping the diff[/]")
        else:
            err.print(f"no baseline at {baseline_path}; skipping the diff")

    # CI logs are not terminals: give the tables room instead of rich's 80-column default.
    out = Console() if sys.stdout.isatty() else Console(width=160)
    if retrieval:
        out.print(report.retrieval_lang_table(run))
    if "rules" in run.categories:
        out.print(report.rules_lang_table(run, "held-out half: rules answers by language" if heldout else
                                          "rules answers by language"))
    if heldout:  # the held-out half is measured, never gated: a gate would invite tuning on it
        report.print_report(run, [], None, out)
        if json_path:
            report.write_json(json_path, run, [], None)
        return
    report.print_report(run, results, diff, out)
    if json_path:
        report.write_json(json_path, run, results, diff)
    if junit_path:
        report.write_junit(junit_path, run, results)
    if write_baseline:
        target = baseline or report.BASELINE_FILE
        report.write_baseline(run, target)
        err.print(f"baseline written to {target}")
    unexplained = report.unexplained_regressions(diff) if diff else []
    if unexplained:
        err.print(f"[red]{len(unexplained)} case(s) passed in the baseline and fail now, not listed in "
                  f"{report.REGRESSIONS_FILE.name} with a reason: {', '.join(unexplained)}[/]")
    if any(g.failed for g in results) or unexplained:
        raise typer.Exit(1)
