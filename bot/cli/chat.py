"""`regbot chat` (being built; see the open issues)."""

from __future__ import annotations

import typer


def chat() -> None:
    """Not built yet."""
    typer.echo("regbot chat: not built yet", err=True)
    raise typer.Exit(1)
