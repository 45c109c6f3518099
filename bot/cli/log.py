"""`regbot log …` (being built; see the open issues)."""

from __future__ import annotations

import typer

app = typer.Typer(help="The inquiry log.", no_args_is_help=True)


@app.command("export")
def export() -> None:
    """Not built yet."""
    typer.echo("regbot log export: not built yet", err=True)
    raise typer.Exit(1)
