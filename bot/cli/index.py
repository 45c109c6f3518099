"""`regbot index` (being built; see the open issues)."""

from __future__ import annotations

import typer


def index() -> None:
    """Not built yet."""
    typer.echo("regbot index: not built yet", err=True)
    raise typer.Exit(1)
