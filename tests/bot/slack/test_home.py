"""App Home through a real Bolt app: the staff's live view of the inquiry log, everyone else's view,
Slack's limits with 500 open hand-offs, refreshes on hand-off and resolve, and escaped user text."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest

from bot.answer import Answer
from bot.slack.forms.view import FormContext, form_view
from calculators.registry import get_tool
from tests.bot.slack.conftest import ASKER, CHANNEL, STAFF, STAFF_CHANNEL, make_harness
from tests.bot.slack.fakes import FakeEngine, calculator_answer
from tests.bot.slack.limits import check_view, texts

EVIL = "<!channel> <!here> <@UEVIL0001> <https://evil.example|click> &amp; 月會 4 次？"


def _home_opened(harness, user: str, tab: str = "home"):
    return harness.event({"type": "app_home_opened", "user": user, "channel": "D0HOME0001", "tab": tab,
                          "event_ts": "1.0"})


def _published(harness, user: str, count: int = 1):
    return harness.api.wait_for("views.publish", count, where=lambda c: c.body.get("user_id") == user)


def _inquiry(log, question: str, *, handoff: bool = False, user: str = ASKER, answer: Answer | None = None) -> int:
    answer = answer or calculator_answer(question)
    inquiry_id = log.record_inquiry(source="mention", question=question, answer=answer, channel_id=CHANNEL,
                                    thread_ts="1.0", user_id=user)
    if handoff:
        log.start_handoff(inquiry_id, user)
        log.set_handoff_message(inquiry_id, STAFF_CHANNEL, f"9{inquiry_id}.0",
                                f"https://regbot-test.slack.com/archives/{CHANNEL}/p{inquiry_id}")
    return inquiry_id


@pytest.fixture
def staff_harness(stand_in, inquiry_log):
    stand_in.members[STAFF_CHANNEL] = [STAFF]
    h = make_harness(stand_in, inquiry_log, FakeEngine())
    yield h
    h.svc.close(wait=True)


def test_everyone_else_sees_what_the_bot_covers_examples_and_the_calculator(staff_harness):
    h = staff_harness
    _inquiry(h.log, "秘密的問題", handoff=True)
    _home_opened(h, ASKER)
    [published] = _published(h, ASKER)
    view = published.body["view"]
    check_view(view, "home")
    shown = json.dumps(view, ensure_ascii=False)
    assert "秘密的問題" not in shown  # the log is for staff only
    assert "台灣外科醫學會繼續教育積分認定辦法" in shown and "乳房 X 光攝影" in shown
    buttons = [e for b in view["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert [b["action_id"] for b in buttons] == ["open_calculator"]


def test_staff_see_open_handoffs_oldest_first_the_week_and_what_fell_short(staff_harness):
    h = staff_harness
    first = _inquiry(h.log, "第一個轉交的問題", handoff=True)
    second = _inquiry(h.log, "第二個轉交的問題", handoff=True)
    resolved = _inquiry(h.log, "已解決的問題", handoff=True)
    h.log.resolve_handoff(resolved, STAFF)
    unhelpful = _inquiry(h.log, "答得不好的問題")
    h.log.record_feedback(unhelpful, ASKER, "not_helpful")
    h.log.record_feedback(first, ASKER, "helpful")
    h.log.record_inquiry(source="mention", question="天氣", answer=Answer(question="天氣", lang="zh-TW",
                         route="out_of_scope", answer="不在範圍"), channel_id=CHANNEL)
    h.log.record_correction(inquiry_id=second, user_id=ASKER, tool="tsa_credit_tally", call_index=0,
                            reading={"activities": []}, corrected={"activities": []}, result={"total": 0})
    _home_opened(h, STAFF)
    [published] = _published(h, STAFF)
    view = published.body["view"]
    check_view(view, "home")
    shown = json.dumps(view, ensure_ascii=False)
    assert shown.index("第一個轉交的問題") < shown.index("第二個轉交的問題")
    assert "已解決的問題" not in shown
    resolve = [b["accessory"] for b in view["blocks"] if b.get("accessory", {}).get("action_id") == "resolve"]
    assert [r["value"] for r in resolve] == [str(first), str(second)]
    assert f"https://regbot-test.slack.com/archives/{CHANNEL}/p{first}|" in shown  # the thread link
    fields = next(b["fields"] for b in view["blocks"] if b.get("fields"))
    figures = {f["text"].split("\n")[0]: f["text"].split("\n")[1] for f in fields}
    assert figures["*提問 Questions*"] == "5"
    assert figures["*範圍外 Out of scope*"] == "1（20%）"
    assert figures["*👍 / 👎*"] == "1 / 1"
    assert figures["*修正 Corrections*"] == "1" and figures["*轉交 Hand-offs*"] == "3"
    assert "答得不好的問題" in shown


def test_staff_by_setting_without_being_in_the_channel(stand_in, inquiry_log):
    h = make_harness(stand_in, inquiry_log, FakeEngine())
    h.svc.staff_users = frozenset({"UBOSS0001"})
    _inquiry(h.log, "待處理", handoff=True)
    _home_opened(h, "UBOSS0001")
    [published] = _published(h, "UBOSS0001")
    assert "待處理" in json.dumps(published.body["view"], ensure_ascii=False)
    h.svc.close(wait=True)


def test_500_open_handoffs_stay_within_slacks_limits(staff_harness):
    h = staff_harness
    ids = [_inquiry(h.log, f"第 {n} 個問題 " + "很長的問題" * 200, handoff=True) for n in range(500)]
    _home_opened(h, STAFF)
    [published] = _published(h, STAFF)
    view = published.body["view"]
    check_view(view, "home")
    resolve = [b["accessory"]["value"] for b in view["blocks"] if b.get("accessory", {}).get("action_id") == "resolve"]
    assert resolve == [str(i) for i in ids[: len(resolve)]] and 0 < len(resolve) < 500  # the oldest, in order
    shown = json.dumps(view, ensure_ascii=False)
    assert "500 件" in shown and f"另有 {500 - len(resolve)} 件" in shown


def test_the_staff_view_refreshes_when_a_handoff_is_created_and_resolved(staff_harness):
    h = staff_harness
    inquiry_id = _inquiry(h.log, "要轉交的問題")
    _home_opened(h, STAFF)
    _published(h, STAFF)
    h.click("handoff", str(inquiry_id), user=ASKER, channel=CHANNEL, message_ts="1.0")
    [_, after_handoff] = _published(h, STAFF, 2)
    assert "要轉交的問題" in json.dumps(after_handoff.body["view"], ensure_ascii=False)
    payload = {"type": "block_actions", "user": {"id": STAFF, "team_id": "T0REGBOT1"}, "team": {"id": "T0REGBOT1"},
               "api_app_id": "AREGBOT01", "token": "legacy", "trigger_id": "1.2.3",
               "container": {"type": "view", "view_id": "V0HOME"}, "view": {"id": "V0HOME", "type": "home"},
               "actions": [{"type": "button", "action_id": "resolve", "block_id": f"handoff_{inquiry_id}",
                            "value": str(inquiry_id), "action_ts": "1.0"}]}
    h.send(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")
    [_, _, after_resolve] = _published(h, STAFF, 3)
    assert "要轉交的問題" not in json.dumps(after_resolve.body["view"], ensure_ascii=False)
    [update] = h.api.wait_for("chat.update")  # the staff channel's card, resolved from the Home tab
    assert update.body["channel"] == STAFF_CHANNEL
    h.settle()
    assert h.log.get(inquiry_id).handoff.resolved_by == STAFF


def test_messages_tab_still_gets_the_agent_views_prompts_not_the_home(staff_harness):
    h = staff_harness
    _home_opened(h, STAFF, tab="messages")
    h.settle()
    assert h.api.calls_to("views.publish") == []


def test_home_calculator_button_opens_the_picker(staff_harness):
    h = staff_harness
    payload = {"type": "block_actions", "user": {"id": ASKER, "team_id": "T0REGBOT1"}, "team": {"id": "T0REGBOT1"},
               "api_app_id": "AREGBOT01", "token": "legacy", "trigger_id": "5.5.5",
               "container": {"type": "view", "view_id": "V0HOME"}, "view": {"id": "V0HOME", "type": "home"},
               "actions": [{"type": "button", "action_id": "open_calculator", "block_id": "home_tools", "value": "home",
                            "action_ts": "1.0"}]}
    h.send(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")
    [opened] = h.api.wait_for("views.open")
    assert opened.body["trigger_id"] == "5.5.5" and opened.body["view"]["callback_id"] == "regbot_calc_pick"


def _assert_escaped(view: dict) -> None:
    for text in texts(view):
        for raw in ("<!channel>", "<!here>", "<@UEVIL0001>", "<https://evil.example|"):
            assert raw not in text, text


def test_every_user_supplied_text_in_every_view_is_escaped(staff_harness):
    h = staff_harness
    evil_answer = calculator_answer(EVIL).model_copy(update={"answer": f"回答 {EVIL}"})
    bad = _inquiry(h.log, EVIL, handoff=True, answer=evil_answer)
    h.log.record_feedback(bad, ASKER, "not_helpful")
    h.log.record_correction(inquiry_id=bad, user_id=ASKER, tool="tsa_credit_tally", call_index=0,
                            reading={}, corrected={}, result={})
    _home_opened(h, STAFF)
    [staff] = _published(h, STAFF)
    _assert_escaped(staff.body["view"])
    assert "&lt;!channel&gt;" in json.dumps(staff.body["view"], ensure_ascii=False)
    _home_opened(h, ASKER)
    _assert_escaped(_published(h, ASKER)[0].body["view"])
    for name, args in (("tsa_credit_tally", {"activities": [{"kind": "tsa_monthly_meeting", "count": 4}]}),
                       ("hpa_followup_deadline", {"category": 3})):
        view = form_view(get_tool(name), "zh-TW", args, FormContext(tool=name, lang="zh-TW", origin="edit"),
                         question=EVIL)
        _assert_escaped(view)
    # The form opened from the answer's button (the question is the user's).
    h.click("edit_inputs", f"{bad}:0", user=ASKER, channel=CHANNEL, message_ts="1.0", thread_ts="1.0")
    [opened] = h.api.wait_for("views.open")
    _assert_escaped(opened.body["view"])
    check_view(opened.body["view"], "modal")


def test_staff_see_answers_slack_did_not_take(staff_harness):
    h = staff_harness
    ok = _inquiry(h.log, "送達的問題")
    h.log.delivery_done(ok, parts=1, reply_ts="2.0")
    lost = _inquiry(h.log, "沒送達的問題")
    h.log.delivery_failed(lost, "SlackApiError: HTTP 500 internal_error", parts=0, reply_ts=None)
    _home_opened(h, STAFF)
    [published] = _published(h, STAFF)
    fields = next(b["fields"] for b in published.body["view"]["blocks"] if b.get("fields"))
    figures = {f["text"].split("\n")[0]: f["text"].split("\n")[1] for f in fields}
    assert figures["*未送達 Not delivered*"].startswith("1")
