"""`regbot log …`: the inquiry log, for the society staff."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import IO

import typer

app = typer.Typer(help="The inquiry log: what physicians asked and how the bot answered.", no_args_is_help=True)


class ExportFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"


def _fail(command: str, message: str) -> typer.Exit:
    typer.echo(f"regbot log {command}: {message}", err=True)
    return typer.Exit(1)


def _parse_since(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise typer.BadParameter(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def _open_output(path: Path) -> IO[str]:
    """The output file, or one line naming why it cannot be written."""
    if not path.parent.is_dir():
        raise _fail("export", f"cannot write {path}: the folder {path.parent} does not exist")
    if path.is_dir():
        raise _fail("export", f"cannot write {path}: it is a folder; name a file")
    try:
        return path.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise _fail("export", f"cannot write {path}: {exc.strerror or exc}") from None


@app.command("export")
def export(
    since: str | None = typer.Option(None, "--since", help="Only inquiries on or after this date (YYYY-MM-DD, UTC)."),
    fmt: ExportFormat = typer.Option(ExportFormat.csv, "--format", help="csv (one row per inquiry) or jsonl (full records)."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write here instead of standard output."),
    corrections: bool = typer.Option(
        False, "--corrections", help="Instead: the readings people corrected in Slack, as eval cases (YAML) to review."),
) -> None:
    """Export every inquiry with its answer, route, citations, feedback, hand-off and delivery state."""
    from sqlalchemy.exc import SQLAlchemyError

    from bot.errors import RegbotError
    from bot.inquiry_log import EXPORT_FIELDS, InquiryLog, describe_db_error, flatten_for_csv
    from bot.settings import get_settings

    since_date = _parse_since(since)
    if corrections:
        try:
            log = InquiryLog.from_settings(get_settings())
        except RegbotError as exc:
            raise _fail("export", str(exc)) from None
        _export_corrections(log, since_date, output)
        return
    stream = _open_output(output) if output else sys.stdout
    try:
        log = InquiryLog.from_settings(get_settings())
    except RegbotError as exc:
        if output:
            stream.close()
            output.unlink(missing_ok=True)
        raise _fail("export", str(exc)) from None
    count = 0
    try:
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
    except SQLAlchemyError as exc:  # the database went away mid-export
        raise _fail("export", describe_db_error(log.url, exc)) from None
    except OSError as exc:  # the disk filled up, the pipe closed
        raise _fail("export", f"cannot write {output or 'the output'}: {exc.strerror or exc}") from None
    finally:
        if output:
            stream.close()
        log.close()
    if output:
        typer.echo(f"wrote {count} inquiries to {output}", err=True)


@app.command("migrate")
def migrate() -> None:
    """Bring the inquiry log's database to the newest schema (the bot also does this when it starts)."""
    from sqlalchemy.exc import SQLAlchemyError

    from bot.inquiry_log import describe_db_error, migrate as run_migrations, safe_url
    from bot.settings import get_settings

    settings = get_settings()
    url = settings.resolved_database_url
    try:
        if settings.database_url is None:
            settings.data_dir.mkdir(parents=True, exist_ok=True)
        revision = run_migrations(url)
    except OSError as exc:
        raise _fail("migrate", f"REGBOT_DATA_DIR: cannot create the data folder {settings.data_dir}: {exc.strerror or exc}") from None
    except (SQLAlchemyError, ImportError) as exc:
        raise _fail("migrate", describe_db_error(url, exc)) from None
    typer.echo(f"{safe_url(url)}: schema at revision {revision}")


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
