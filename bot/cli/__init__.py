"""The `regbot` command line: one small module per command, registered here in one place.

Command modules import heavy libraries (chromadb, torch, slack) inside the command
function, so `regbot --help` and `regbot calc` start fast.
"""

from __future__ import annotations

import typer

from bot.cli import ask, bench, calc, chat, evaluate, index, log, search, slack

app = typer.Typer(
    name="regbot",
    help="Answers questions about the TSA CME, TSIR instructor and HPA mammography regulations, with citations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

app.command("ask")(ask.ask)
app.command("chat")(chat.chat)
app.command("calc")(calc.calc)
app.command("search")(search.search)
app.command("index")(index.index)
app.command("eval")(evaluate.evaluate)
app.command("bench")(bench.bench)
app.command("slack")(slack.slack)
app.add_typer(log.app, name="log")


def main() -> None:
    """Console-script entry point: an error regbot names is one line on stderr and exit status 1."""
    import sys

    from bot.errors import RegbotError

    try:
        app()
    except RegbotError as exc:  # a command that did not convert its own errors: still no traceback
        typer.echo(f"regbot: {exc}", err=True)
        sys.exit(1)
