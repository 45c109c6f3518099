"""`regbot slack` (being built; see the open issues)."""

from __future__ import annotations

import typer


def slack() -> None:
    """Not built yet."""
    typer.echo("regbot slack: not built yet", err=True)
    raise typer.Exit(1)
