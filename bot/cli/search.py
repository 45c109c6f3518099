"""`regbot search`: ranked clauses for a query, with id, label, score and text."""

from __future__ import annotations

import json

import typer


def search(
    query: str = typer.Argument(..., help="What to look for, e.g. 年會積分 or 第五條第十二款."),
    k: int = typer.Option(5, "-k", "--k", min=1, max=50, help="How many clauses to show."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead of text."),
    doc: str | None = typer.Option(None, "--doc", help="Only this regulation: tsa-cme, tsir-instructor or hpa-mammo."),
) -> None:
    """Search the three regulations (look-up + dense + lexical, fused) and print the best clauses."""
    from bot.errors import BadQuery, RegbotError

    try:
        from bot.cli.index import build_progress
        from knowledge.textnorm import clean_query

        clean_query(query)  # an empty query fails before the index is opened
        from knowledge.retrieve import HybridRetriever

        with build_progress() as report:
            retriever = HybridRetriever.open(progress=report)
        for message in retriever.notices:
            typer.echo(message, err=True)
        hits = retriever.search(query, k, doc=doc)
    except BadQuery as exc:
        typer.echo(f"regbot search: {exc}", err=True)
        raise typer.Exit(2) from None
    except RegbotError as exc:
        typer.echo(f"regbot search: {exc}", err=True)
        raise typer.Exit(1) from None

    corpus = retriever.corpus
    rows = [
        {
            "rank": rank,
            "id": hit.clause.id,
            "label": corpus.full_label(hit.clause.id),
            "score": round(hit.score, 4),
            "via": hit.via,
            "text": hit.clause.text,
            "full_text": corpus.full_text(hit.clause.id),
        }
        for rank, hit in enumerate(hits, start=1)
    ]
    if as_json:
        typer.echo(json.dumps({"query": query, "hits": rows}, ensure_ascii=False))
        return
    if not rows:
        typer.echo("no matching clause")
    for row in rows:
        typer.echo(f"{row['rank']}. {row['id']}  {row['label']}  score {row['score']:.4f} ({', '.join(row['via'])})")
        for line in corpus.quote(row["id"], max_chars=400).splitlines():
            typer.echo(f"   {line}")
