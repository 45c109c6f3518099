"""`regbot chat`: an interactive terminal session that keeps the conversation's context."""

from __future__ import annotations

from typing import Optional

import typer

from bot.cli.ask import parse_today, print_answer

EXIT_WORDS = {"exit", "quit", ":q", "bye", "離開", "結束"}


def chat(
    today: Optional[str] = typer.Option(None, "--today", help="Date that 今年/去年 are relative to (YYYY-MM-DD)."),
) -> None:
    """Chat in the terminal; a clarifying question is completed by your next message. Type 'exit' to leave."""
    from rich.console import Console

    from bot.answer import Conversation, Turn
    from bot.engine import Engine
    from bot.errors import RegbotError

    day = parse_today(today)
    console = Console()
    try:
        engine = Engine.create()
    except RegbotError as exc:
        typer.echo(f"regbot chat: {exc}", err=True)
        raise typer.Exit(1) from None
    conversation = Conversation()
    console.print("regbot chat — 請輸入問題（exit 離開） / ask a question (exit to leave)", markup=False)
    while True:
        try:
            line = console.input("> ")
        except (EOFError, KeyboardInterrupt):
            console.print()
            break
        if line.strip().lower() in EXIT_WORDS:
            break
        if not line.strip():
            continue
        answer = engine.answer(line, conversation, today=day)
        conversation.turns.append(Turn(question=line, answer=answer))
        print_answer(console, answer)
