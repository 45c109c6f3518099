"""`regbot index`: build (or check) the search index of the regulation clauses."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import typer


@contextmanager
def build_progress(enabled: bool = True) -> Iterator[Callable[[str, int, int], None]]:
    """A progress callback for HybridRetriever.open that draws a rich progress bar on stderr."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    # Our own messages go out through the CLI; keep the logging module from printing them twice.
    logging.getLogger("regbot").addHandler(logging.NullHandler())
    progress = Progress(TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=console, transient=False, disable=not enabled)
    tasks: dict[str, int] = {}

    def report(stage: str, done: int, total: int) -> None:
        if not tasks:
            progress.start()  # only when something is built: a plain open draws nothing
        if stage not in tasks:
            tasks[stage] = progress.add_task(stage, total=total)
        progress.update(tasks[stage], completed=done, total=total)

    try:
        yield report
    finally:
        if tasks:
            progress.stop()


def index(
    rebuild: bool = typer.Option(False, "--rebuild", help="Build from scratch even if the index is up to date."),
) -> None:
    """Build the search index (embedded Chroma, or the server in REGBOT_CHROMA_URL); shows progress and timing."""
    from bot.errors import RegbotError

    started = time.perf_counter()
    try:
        from knowledge.retrieve import HybridRetriever

        with build_progress() as report:
            retriever = HybridRetriever.open(progress=report, rebuild=rebuild)
    except RegbotError as exc:
        typer.echo(f"regbot index: {exc}", err=True)
        raise typer.Exit(1) from None
    for message in retriever.notices:
        typer.echo(message, err=True)
    m = retriever.manifest
    state = f"built in {m.build_seconds:.1f} s" if retriever.built else "up to date"
    typer.echo(f"index {state}: {m.count} clauses, embeddings {m.embedder}, corpus {m.corpus_hash}, "
               f"collection {m.collection}")
    typer.echo(f"total {time.perf_counter() - started:.1f} s")
