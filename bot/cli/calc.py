"""`regbot calc` (being built; see the open issues)."""

from __future__ import annotations

import typer


def calc() -> None:
    """Not built yet."""
    typer.echo("regbot calc: not built yet", err=True)
    raise typer.Exit(1)
