"""The inquiry log: records, feedback, hand-offs, shared dedupe keys with a TTL, staff export —
on SQLite and on a real PostgreSQL server (tests/postgres.py)."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import update
from typer.testing import CliRunner

from bot.answer import Answer, Citation, Conversation, ToolCall
from bot.cli import app
from bot.inquiry_log import Inquiry, InquiryLog, SeenKey
from bot.settings import get_settings


def _answer(route: str = "calculator", text: str = "積分合計 120 分。") -> Answer:
    return Answer(
        question="年會 1 次、月會 3 次幾分？", lang="zh-TW", route=route, answer=text,
        citations=[Citation(id="tsa-cme/5.1", label="第五條第一款", quote="年會 60 分")],
        tool_calls=[ToolCall(name="tsa_credit_tally", args={"activities": [{"kind": "tsa_annual_meeting"}]}, result={"total": 60})],
        assumptions=["未註明年度的活動歸於同一年度"],
    )


@pytest.fixture(params=["sqlite", "postgresql"])
def log(request, monkeypatch):
    """The log the settings name: the default SQLite file, or a fresh PostgreSQL database."""
    if request.param == "postgresql":
        monkeypatch.setenv("REGBOT_DATABASE_URL", request.getfixturevalue("postgres_url"))
    get_settings.cache_clear()
    store = InquiryLog.from_settings(get_settings())
    assert store.engine.dialect.name == request.param
    yield store
    store.close()


@pytest.fixture
def sqlite_log():
    store = InquiryLog.from_settings(get_settings())
    yield store
    store.close()


def test_default_database_is_a_sqlite_file_in_the_data_folder(sqlite_log, regbot_data_dir):
    log = sqlite_log
    assert log.url == f"sqlite:///{regbot_data_dir / 'inquiries.sqlite3'}"
    log.record_inquiry(source="dm", question="q", answer=None, error="RuntimeError")
    assert (regbot_data_dir / "inquiries.sqlite3").exists()


def test_database_url_setting_picks_another_database(monkeypatch, tmp_path):
    url = f"sqlite:///{tmp_path / 'elsewhere.db'}"
    monkeypatch.setenv("REGBOT_DATABASE_URL", url)
    get_settings.cache_clear()
    other = InquiryLog.from_settings(get_settings())
    assert other.url == url
    other.record_inquiry(source="dm", question="q", answer=_answer())
    assert (tmp_path / "elsewhere.db").exists()
    other.close()


def test_inquiry_keeps_question_answer_route_tools_citations_latency_and_ids(log):
    inquiry_id = log.record_inquiry(
        source="mention", question="年會 1 次、月會 3 次幾分？", answer=_answer(), channel_id="C1", thread_ts="1.1",
        message_ts="1.1", user_id="U1", team_id="T1", latency_ms=12.5,
    )
    log.set_reply(inquiry_id, "1.2")
    row = log.get(inquiry_id)
    assert (row.route, row.lang, row.reply_ts, row.latency_ms) == ("calculator", "zh-TW", "1.2", 12.5)
    assert row.answer() == _answer()
    [exported] = list(log.export())
    assert exported["citations"][0]["id"] == "tsa-cme/5.1" and exported["tool_calls"][0]["name"] == "tsa_credit_tally"
    assert exported["assumptions"] == ["未註明年度的活動歸於同一年度"]
    assert (exported["channel_id"], exported["thread_ts"], exported["user_id"], exported["team_id"]) == ("C1", "1.1", "U1", "T1")


def test_thread_conversation_is_rebuilt_in_order_without_failed_turns(log):
    log.record_inquiry(source="mention", question="first", answer=_answer("clarify"), channel_id="C1", thread_ts="9.0")
    log.record_inquiry(source="thread", question="broken", answer=None, error="RuntimeError", channel_id="C1", thread_ts="9.0")
    log.record_inquiry(source="mention", question="elsewhere", answer=_answer(), channel_id="C1", thread_ts="8.0")
    conversation = log.conversation("C1", "9.0")
    assert isinstance(conversation, Conversation)
    assert [t.question for t in conversation.turns] == ["first"]
    assert conversation.pending_clarify is not None
    assert log.has_thread("C1", "9.0") and not log.has_thread("C1", "7.0") and not log.has_thread("C2", "9.0")


def test_feedback_is_one_vote_per_user_and_unknown_inquiries_are_refused(log):
    inquiry_id = log.record_inquiry(source="dm", question="q", answer=_answer())
    assert log.record_feedback(inquiry_id, "U1", "helpful")
    assert log.record_feedback(inquiry_id, "U1", "not_helpful")
    assert log.record_feedback(inquiry_id, "U2", "not_helpful")
    assert not log.record_feedback(inquiry_id + 100, "U1", "helpful")
    [row] = list(log.export())
    assert (row["helpful"], row["not_helpful"]) == (0, 2)


def test_handoff_once_and_the_first_resolver_wins(log):
    inquiry_id = log.record_inquiry(source="dm", question="q", answer=_answer())
    assert log.resolve_handoff(inquiry_id, "US1") is None  # nothing handed off yet
    assert log.start_handoff(inquiry_id, "U1") is not None
    assert log.start_handoff(inquiry_id, "U1") is None
    log.set_handoff_message(inquiry_id, "CSTAFF", "5.5", "https://x/p1")
    handoff, newly = log.resolve_handoff(inquiry_id, "US1")
    assert newly and handoff.resolved_by == "US1" and handoff.resolved_at.tzinfo is not None
    handoff, newly = log.resolve_handoff(inquiry_id, "US2")
    assert not newly and handoff.resolved_by == "US1"
    [row] = list(log.export())
    assert (row["handoff_by"], row["resolved_by"], row["handoff_permalink"]) == ("U1", "US1", "https://x/p1")


def test_a_failed_handoff_can_be_cancelled_and_retried(log):
    inquiry_id = log.record_inquiry(source="dm", question="q", answer=_answer())
    log.start_handoff(inquiry_id, "U1")
    log.cancel_handoff(inquiry_id)
    assert log.start_handoff(inquiry_id, "U1") is not None


def test_claims_are_shared_between_processes_and_expire(log):
    other = InquiryLog(log.url)  # another process on the same database
    assert log.claim("event:Ev1")
    assert not other.claim("event:Ev1")
    assert not log.claim("event:Ev1")
    with log.engine.begin() as conn:  # age the claim past its time limit
        conn.execute(update(SeenKey).where(SeenKey.key == "event:Ev1").values(seen_at=0.0))
    assert other.claim("event:Ev1", ttl_s=60)
    assert not log.claim("event:Ev1", ttl_s=60)
    other.close()


def _seed_for_export(log) -> None:
    old = log.record_inquiry(source="dm", question="舊的問題", answer=_answer(), user_id="U0")
    with log.engine.begin() as conn:
        conn.execute(update(Inquiry).where(Inquiry.id == old).values(created_at=datetime(2024, 1, 2, tzinfo=UTC)))
    new = log.record_inquiry(source="mention", question="新的問題, with \"quotes\"\nand a line break", answer=_answer(), user_id="U1")
    log.record_feedback(new, "U1", "not_helpful")


def test_export_since_a_date(log):
    _seed_for_export(log)
    assert [r["question"] for r in log.export(date(2024, 1, 3))] == ["新的問題, with \"quotes\"\nand a line break"]
    assert len(list(log.export())) == 2


def test_cli_export_csv_and_jsonl(log, tmp_path):
    _seed_for_export(log)
    runner = CliRunner()
    result = runner.invoke(app, ["log", "export", "--since", "2024-01-03"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 1 and rows[0]["question"].endswith("and a line break")
    assert rows[0]["citations"] == "tsa-cme/5.1" and rows[0]["tool_calls"] == "tsa_credit_tally"
    assert rows[0]["not_helpful"] == "1" and rows[0]["route"] == "calculator"

    out = tmp_path / "all.jsonl"
    result = runner.invoke(app, ["log", "export", "--format", "jsonl", "--output", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["question"] for r in records][0] == "舊的問題"
    assert records[1]["tool_calls"][0]["args"] == {"activities": [{"kind": "tsa_annual_meeting"}]}


def test_cli_export_rejects_a_bad_date():
    result = CliRunner().invoke(app, ["log", "export", "--since", "2024/01/03"])
    assert result.exit_code != 0 and "YYYY-MM-DD" in result.output
