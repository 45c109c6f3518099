"""`regbot bench` (being built; see the open issues)."""

from __future__ import annotations

import typer


def bench() -> None:
    """Not built yet."""
    typer.echo("regbot bench: not built yet", err=True)
    raise typer.Exit(1)
