"""`regbot eval` (being built; see the open issues)."""

from __future__ import annotations

import typer


def evaluate() -> None:
    """Not built yet."""
    typer.echo("regbot eval: not built yet", err=True)
    raise typer.Exit(1)
