"""`regbot bench`: latency, cold start, index build and memory figures in one table and JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer


def bench(
    json_path: Annotated[Path | None, typer.Option("--json", help="Also write the figures as JSON here.")] = None,
    only: Annotated[list[str] | None, typer.Option("--only", help="Only these sections (repeatable): retrieval, ask, cold_ask, cold_ask_retrieval, ack, process.")] = None,
    queries: Annotated[int, typer.Option("--queries", min=1, help="Warm retrieval queries to time.")] = 200,
    asks: Annotated[int, typer.Option("--asks", min=1, help="Eval questions to time warm `ask` on (spread over the whole suite; each answered once untimed, then three times).")] = 600,
    events: Annotated[int, typer.Option("--events", min=1, help="Concurrent Slack events for the ack benchmark.")] = 50,
) -> None:
    """Benchmark retrieval, warm `ask` per route, cold `regbot ask`, Slack ack latency and peak RSS.

    A part that is not available is listed with the reason; nothing is estimated.
    """
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from evals.bench import SECTIONS, TARGETS, flatten, run_bench, target_met

    err = Console(stderr=True)
    bad = [s for s in only or [] if s not in SECTIONS]
    if bad:
        err.print(f"unknown section {', '.join(bad)}; choose from {', '.join(SECTIONS)}")
        raise typer.Exit(2)
    data = run_bench(n_queries=queries, ack_events=events, n_asks=asks, only=only, on_status=lambda m: err.print(m, style="dim"))

    table = Table(title=f"regbot bench — {data['machine']['cpus']} CPUs, Python {data['machine']['python']}",
                  title_justify="left")
    for col in ("section", "figure", "value", "target"):
        table.add_column(col, overflow="fold")
    for section, figures in data["sections"].items():
        if not figures.get("available", True):
            table.add_row(section, "[yellow]not available[/]", escape(str(figures.get("reason", ""))), "")
            continue
        for key, value in flatten(figures).items():
            if key in ("available", "section_wall_s"):
                continue
            full = f"{section}.{key}"
            ok = target_met(full, value)
            target = ""
            if full in TARGETS:
                op, limit = TARGETS[full]
                mark = "" if ok is None else (" [green]✓[/]" if ok else " [red]✗[/]")
                target = f"{op} {limit:g}{mark}"
            shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            table.add_row(section, escape(key), escape(shown), target)
    Console(width=140).print(table)
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
