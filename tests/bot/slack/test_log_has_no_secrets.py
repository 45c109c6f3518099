"""After a full round of Slack traffic, the inquiry log's database holds no token or secret."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from devtools.stand_in import SIGNING_SECRET
from tests.bot.slack.conftest import APP_TOKEN, ASKER, BOT_TOKEN, CHANNEL, DM, STAFF, STAFF_CHANNEL, mention, message


def test_no_token_or_secret_reaches_the_inquiry_log(harness):
    event = mention("我今年參加外科醫學會年會 1 次，幾分？")
    harness.event(event)
    [reply] = harness.replies_in(CHANNEL, event["ts"])
    inquiry_id = reply.body["blocks"][-1]["elements"][0]["value"]
    harness.click("feedback_helpful", inquiry_id, user=ASKER, channel=CHANNEL, message_ts=reply.body.get("ts", "1.0"))
    harness.click("handoff", inquiry_id, user=ASKER, channel=CHANNEL, message_ts=event["ts"])
    harness.api.wait_for("chat.postMessage", where=lambda c: c.body.get("channel") == STAFF_CHANNEL)
    harness.click("resolve", inquiry_id, user=STAFF, channel=STAFF_CHANNEL, message_ts="1.0")
    harness.api.wait_for("chat.update")
    harness.command("radiographer monthly cap?")
    harness.event(message("boom: this question breaks the engine", channel=DM, channel_type="im"))
    harness.settle()

    # every request carried the bot token; none of it may be stored
    assert all(c.headers.get("authorization") == f"Bearer {BOT_TOKEN}" for c in harness.api.calls_to("chat.postMessage"))
    forbidden = [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET, "xoxb-", "xapp-", "Bearer"]

    engine = harness.log.engine
    cells: list[str] = []
    with engine.connect() as conn:
        for table in inspect(engine).get_table_names():
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                cells += [str(value) for value in row]
    assert len(list(harness.log.export())) == 3  # mention, command, failed DM
    assert cells and not [c for c in cells if any(f in c for f in forbidden)]

    # and not in the file's bytes either (WAL included)
    database = Path(engine.url.database)
    raw = b"".join(p.read_bytes() for p in database.parent.glob(database.name + "*"))
    assert raw and not [f for f in forbidden if f.encode() in raw]
