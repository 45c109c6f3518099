"""`python -m tests.bot.slack.http_process`: the bot's HTTP server as its own process, for tests.

The same path as `regbot slack --http` (configure_logging, build_app, run_http with the readiness
check, then the answer pool closed), with the scripted FakeEngine instead of the real one, and
the Web API at SLACK_API_URL (a RecordingSlackAPI). A question containing "slow" creates the
file REGBOT_TEST_SLOW_MARKER when the engine starts on it, then takes REGBOT_TEST_SLOW_S seconds. REGBOT_TEST_READ_TIMEOUT_S: the time limit for a body.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from pydantic import SecretStr

from bot.answer import Answer, Conversation
from bot.inquiry_log import InquiryLog
from bot.settings import get_settings
from bot.slack.app import build_app
from bot.slack.config import SlackConfig
from bot.slack.http_server import Limits, readiness_check
from bot.slack.runner import configure_logging, run_http
from bot.slack.services import Services
from devtools.stand_in import SIGNING_SECRET
from tests.bot.slack.fakes import FakeEngine

BOT_TOKEN = "xoxb-test-0000-bot-token"


class SlowFakeEngine(FakeEngine):
    def answer(self, question: str, conversation: Conversation | None = None, *, today=None) -> Answer:
        if "slow" in question:
            Path(os.environ["REGBOT_TEST_SLOW_MARKER"]).touch()
            time.sleep(float(os.environ.get("REGBOT_TEST_SLOW_S", "2")))
        return super().answer(question, conversation, today=today)


def main() -> None:
    configure_logging()
    settings = get_settings()
    log = InquiryLog.from_settings(settings)
    svc = Services(engine=SlowFakeEngine(), log=log, staff_channel="CSTAFF0001")
    config = SlackConfig(bot_token=SecretStr(BOT_TOKEN), signing_secret=SecretStr(SIGNING_SECRET),
                         api_url=os.environ["SLACK_API_URL"], staff_channel="CSTAFF0001")
    app = build_app(config, svc)
    try:
        run_http(app, "127.0.0.1", int(os.environ.get("REGBOT_TEST_PORT", "0")), signing_secret=SIGNING_SECRET,
                 ready=readiness_check(settings.index_dir, log.engine),
                 limits=Limits(read_timeout_s=float(os.environ.get("REGBOT_TEST_READ_TIMEOUT_S", "10"))))
    finally:
        svc.close(wait=True)
        log.close()


if __name__ == "__main__":
    main()
