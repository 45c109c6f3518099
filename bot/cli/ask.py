"""`regbot ask` (being built; see the open issues)."""

from __future__ import annotations

import typer


def ask() -> None:
    """Not built yet."""
    typer.echo("regbot ask: not built yet", err=True)
    raise typer.Exit(1)
