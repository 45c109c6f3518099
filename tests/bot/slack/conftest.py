"""A real Bolt app wired to a recording Web API stand-in on 127.0.0.1, fed signed requests."""

from __future__ import annotations

import itertools
import json
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import pytest
from pydantic import SecretStr
from slack_bolt import App, BoltRequest, BoltResponse

from bot.inquiry_log import InquiryLog
from bot.settings import get_settings
from bot.slack.app import build_app
from bot.slack.config import SlackConfig
from bot.slack.services import Services
from devtools.stand_in import (
    BOT_USER_ID,
    SIGNING_SECRET,
    TEAM_ID,
    RecordingSlackAPI,
    event_callback,
    signed_headers,
)
from tests.bot.slack.fakes import FakeEngine

BOT_TOKEN = "xoxb-test-0000-bot-token"
APP_TOKEN = "xapp-1-test-app-token"
ASKER = "UASKER001"
STAFF = "USTAFF001"
CHANNEL = "CGENERAL01"
STAFF_CHANNEL = "CSTAFF0001"
DM = "DREGBOT001"

_ts = itertools.count(1)


def new_ts() -> str:
    return f"{1_710_000_000 + next(_ts)}.000200"


@dataclass
class Harness:
    api: RecordingSlackAPI
    app: App
    svc: Services
    log: InquiryLog
    engine: Any

    # -- requests -----------------------------------------------------------------------

    def send(self, raw: str, content_type: str, *, retry_num: int | None = None, secret: str = SIGNING_SECRET) -> BoltResponse:
        headers = signed_headers(raw, content_type=content_type, secret=secret, retry_num=retry_num)
        return self.app.dispatch(BoltRequest(body=raw, headers=headers))

    def event(self, event: dict[str, Any], *, event_id: str | None = None, retry_num: int | None = None) -> BoltResponse:
        return self.send(json.dumps(event_callback(event, event_id=event_id)), "application/json", retry_num=retry_num)

    def command(self, text: str, *, user: str = ASKER, channel: str = CHANNEL) -> tuple[BoltResponse, str]:
        response_url = self.api.response_url()
        form = {
            "token": "legacy", "team_id": TEAM_ID, "team_domain": "regbot-test", "channel_id": channel,
            "channel_name": "general", "user_id": user, "user_name": "asker", "command": "/regbot", "text": text,
            "api_app_id": "AREGBOT01", "response_url": response_url, "trigger_id": "1.2.3",
        }
        return self.send(urlencode(form), "application/x-www-form-urlencoded"), response_url

    def click(self, action_id: str, value: str, *, user: str, channel: str, message_ts: str,
              thread_ts: str | None = None) -> tuple[BoltResponse, str]:
        response_url = self.api.response_url()
        message = {"type": "message", "ts": message_ts, "text": "regbot", "bot_id": "BREGBOT01", "user": BOT_USER_ID}
        if thread_ts:
            message["thread_ts"] = thread_ts
        payload = {
            "type": "block_actions", "api_app_id": "AREGBOT01", "token": "legacy", "trigger_id": "1.2.3",
            "user": {"id": user, "username": "someone", "team_id": TEAM_ID},
            "team": {"id": TEAM_ID, "domain": "regbot-test"},
            "container": {"type": "message", "message_ts": message_ts, "channel_id": channel, "is_ephemeral": False},
            "channel": {"id": channel, "name": "general"},
            "message": message,
            "response_url": response_url,
            "actions": [{"type": "button", "action_id": action_id, "block_id": "regbot_actions", "value": value,
                         "action_ts": str(time.time())}],
        }
        return self.send(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded"), response_url

    # -- reading the stand-in -----------------------------------------------------------

    def replies_in(self, channel: str, thread_ts: str, count: int = 1, timeout: float = 10.0):
        return self.api.wait_for(
            "chat.postMessage", count,
            where=lambda c: c.body.get("channel") == channel and c.body.get("thread_ts") == thread_ts,
            timeout=timeout,
        )

    def settle(self) -> None:
        """Wait until every listener ran and every answer was posted; the harness takes no more requests."""
        self.app.listener_runner.listener_executor.shutdown(wait=True)
        self.svc.close(wait=True)


def mention(text: str, *, channel: str = CHANNEL, user: str = ASKER, ts: str | None = None, thread_ts: str | None = None) -> dict[str, Any]:
    event = {"type": "app_mention", "user": user, "text": f"<@{BOT_USER_ID}> {text}", "ts": ts or new_ts(),
             "channel": channel, "event_ts": "0"}
    if thread_ts:
        event["thread_ts"] = thread_ts
    event["event_ts"] = event["ts"]
    return event


def message(text: str, *, channel: str = CHANNEL, channel_type: str = "channel", user: str | None = ASKER,
            ts: str | None = None, thread_ts: str | None = None, **extra: Any) -> dict[str, Any]:
    event = {"type": "message", "channel_type": channel_type, "text": text, "ts": ts or new_ts(), "channel": channel}
    if user:
        event["user"] = user
    if thread_ts:
        event["thread_ts"] = thread_ts
    event["event_ts"] = event["ts"]
    event.update(extra)
    return event


def slack_config(api: RecordingSlackAPI, *, staff_channel: str | None = STAFF_CHANNEL) -> SlackConfig:
    return SlackConfig(
        bot_token=SecretStr(BOT_TOKEN), signing_secret=SecretStr(SIGNING_SECRET), api_url=api.api_url,
        staff_channel=staff_channel,
    )


@pytest.fixture
def stand_in():
    with RecordingSlackAPI() as api:
        yield api


@pytest.fixture
def inquiry_log(regbot_data_dir):
    log = InquiryLog.from_settings(get_settings())
    yield log
    log.close()


def make_harness(api: RecordingSlackAPI, log: InquiryLog, engine: Any, *, staff_channel: str | None = STAFF_CHANNEL) -> Harness:
    svc = Services(engine=engine, log=log, staff_channel=staff_channel)
    app = build_app(slack_config(api, staff_channel=staff_channel), svc)
    return Harness(api=api, app=app, svc=svc, log=log, engine=engine)


@pytest.fixture
def harness(stand_in, inquiry_log):
    h = make_harness(stand_in, inquiry_log, FakeEngine())
    yield h
    h.svc.close(wait=True)
