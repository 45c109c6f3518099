"""`regbot log …`: the inquiry log, for the society staff."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date, datetime
from enum import Enum
from pathlib import Path

import typer

app = typer.Typer(help="The inquiry log: what physicians asked and how the bot answered.", no_args_is_help=True)


class ExportFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"


def _parse_since(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise typer.BadParameter(f"expected a date as YYYY-MM-DD, got {value!r}") from None


@app.command("export")
def export(
    since: str | None = typer.Option(None, "--since", help="Only inquiries on or after this date (YYYY-MM-DD, UTC)."),
    fmt: ExportFormat = typer.Option(ExportFormat.csv, "--format", help="csv (one row per inquiry) or jsonl (full records)."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write here instead of standard output."),
    corrections: bool = typer.Option(
        False, "--corrections", help="Instead: the readings people corrected in Slack, as eval cases (YAML) to review."),
) -> None:
    """Export every inquiry with its answer, route, citations, feedback and hand-off state."""
    from bot.inquiry_log import EXPORT_FIELDS, InquiryLog, flatten_for_csv
    from bot.settings import get_settings

    since_date = _parse_since(since)
    log = InquiryLog.from_settings(get_settings())
    if corrections:
        _export_corrections(log, since_date, output)
        return
    stream = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        count = 0
        if fmt is ExportFormat.csv:
            writer = csv.DictWriter(stream, fieldnames=EXPORT_FIELDS)
            writer.writeheader()
            for row in log.export(since_date):
                writer.writerow(flatten_for_csv(row))
                count += 1
        else:
            for row in log.export(since_date):
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
    finally:
        if output:
            stream.close()
        log.close()
    if output:
        typer.echo(f"wrote {count} inquiries to {output}", err=True)


def _export_corrections(log, since_date: date | None, output: Path | None) -> None:
    from bot.corrections_export import cases_yaml, correction_cases

    try:
        cases = correction_cases(log, since_date)
    finally:
        log.close()
    text = cases_yaml(cases)
    if output:
        output.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {len(cases)} correction cases to {output}", err=True)
    else:
        sys.stdout.write(text)
