"""`regbot ask`: answer one question (or one per stdin line, as JSON lines, from one warm process)."""

from __future__ import annotations

import datetime
import sys
from typing import TYPE_CHECKING, Optional

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from bot.answer import Answer

ROUTE_NAMES = {"calculator": "計算 calculator", "retrieval": "條文 retrieval", "clarify": "需要補充 clarify",
               "out_of_scope": "範圍外 out of scope"}


def parse_today(value: str | None) -> datetime.date | None:
    """--today YYYY-MM-DD, or None for the real date."""
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"expected YYYY-MM-DD, got {value!r}", param_hint="--today") from None


def print_answer(console: Console, answer: Answer) -> None:
    """The answer for a person: route, text (steps, assumptions, citations are in it), what is missing."""
    from rich.panel import Panel
    from rich.text import Text

    title = f"{ROUTE_NAMES.get(answer.route, answer.route)} · {answer.lang}"
    if answer.latency_ms is not None:
        title += f" · {answer.latency_ms:.0f} ms"
    console.print(Panel(Text(answer.answer), title=title, title_align="left", border_style="cyan"))


def _engine(*, lazy: bool = False):
    from bot.engine import Engine

    return Engine.create(lazy_retriever=lazy)


def ask(
    question: Optional[str] = typer.Argument(None, help="The question; without it, one question per stdin line (JSON lines out)."),
    json_out: bool = typer.Option(False, "--json", help="Print the SPEC §3 answer object as JSON."),
    today: Optional[str] = typer.Option(None, "--today", help="Date that 今年/去年 are relative to (YYYY-MM-DD)."),
) -> None:
    """Answer a question about the TSA CME, TSIR instructor or HPA mammography rules, with citations."""
    from bot.errors import RegbotError

    day = parse_today(today)
    try:
        # One question: open the index only if it needs it; a stdin batch opens it up front.
        engine = _engine(lazy=question is not None)
        if question is None:
            # A stray invalid byte on one line must not end the whole batch.
            if hasattr(sys.stdin, "reconfigure"):
                sys.stdin.reconfigure(errors="replace")
            for line in sys.stdin:
                if not line.strip():
                    continue
                answer = engine.answer(line.rstrip("\r\n"), today=day)
                sys.stdout.write(answer.model_dump_json() + "\n")
                sys.stdout.flush()
            return
        answer = engine.answer(question, today=day)
    except RegbotError as exc:
        typer.echo(f"regbot ask: {exc}", err=True)
        raise typer.Exit(1) from None
    if json_out:
        typer.echo(answer.model_dump_json(indent=2))
        return
    from rich.console import Console

    print_answer(Console(), answer)
