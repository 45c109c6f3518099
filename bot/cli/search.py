"""`regbot search` (being built; see the open issues)."""

from __future__ import annotations

import typer


def search() -> None:
    """Not built yet."""
    typer.echo("regbot search: not built yet", err=True)
    raise typer.Exit(1)
