"""App Home views: the staff's live view of the inquiry log, and what everyone else sees.

Pure functions of a `bot.log_summary.Summary` (staff) or of nothing (everyone else). Every text a
user wrote is escaped; the view stays within Slack's limits (100 blocks, 3,000 characters a section).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from bot.log_summary import OpenHandoff, Recent, Summary
from bot.slack.forms.text import HOME_BLOCKS_MAX, SECTION_TEXT_MAX, escape, mrkdwn, plain, quote, shorten

RESOLVE = "resolve"  # the staff channel's "mark resolved" action (listeners/actions/resolve.py)
OPEN_CALCULATOR = "open_calculator"
OPEN_SHOWN = 15  # open hand-offs listed, oldest first; the rest are counted

Block = dict[str, Any]
_USER = re.compile(r"^[UW][A-Z0-9]{2,}$")
_PERMALINK = re.compile(r"^https://[^\s<>|]+$")

EXAMPLES: list[tuple[str, str, list[str]]] = [
    ("台灣外科醫學會繼續教育積分認定辦法", "TSA surgical CME credits", [
        "我今年參加外科醫學會年會 1 次、月會 3 次，共有幾學分？",
        "我六年的積分是 100、120、90、110、95、100，可以換證嗎？",
        "How many credits is an SCI paper as second author?",
    ]),
    ("介入放射線學會指導老師認證辦法", "TSIR instructor certificate", [
        "腫瘤血管栓塞指導老師需要幾例？我是專科醫師 9 年、做了 280 例。",
        "指導老師證書換證需要多少積分？",
        "I am 61; do I still need to renew my TSIR instructor certificate?",
    ]),
    ("乳房 X 光攝影醫療機構資格後續審查作業", "HPA mammography facility review", [
        "乳房攝影陽性個案追蹤完成率 68%，年度補助 100 萬，要扣多少？",
        "乳攝車每天每位放射師最多可以做幾案？",
        "What is the monthly screening cap for a radiographer?",
    ]),
]


def _user(user_id: str | None) -> str:
    if user_id and _USER.match(user_id):
        return f"<@{user_id}>"
    return escape(user_id or "（未知）")


def _when(at: datetime, now: datetime) -> str:
    days = (now - at).days
    age = f"{days} 天前" if days >= 1 else f"{max(int((now - at).total_seconds() // 3600), 0)} 小時前"
    return f"{at.astimezone(UTC):%Y-%m-%d %H:%M} UTC（{age}）"


def _calculator_button() -> Block:
    return {"type": "button", "action_id": OPEN_CALCULATOR, "value": "home", "style": "primary",
            "text": plain("🧮 用表單計算 Calculate with a form", 75)}


def _handoff_blocks(h: OpenHandoff, now: datetime) -> list[Block]:
    head = f"*#{h.inquiry_id}* {_user(h.asker)} · {_when(h.requested_at, now)}\n"
    question = f"*問題 Question*\n{quote(h.question, 300)}\n"
    answer = (f"*regbot 的回答*（{escape(h.route or '')}）\n{escape(shorten(h.answer, 500))}" if h.answer
              else "*regbot 的回答*：（系統錯誤，未能回答）")
    text = shorten(head + question + answer, SECTION_TEXT_MAX)
    link = f"<{h.permalink}|開啟討論串 Open the thread> · " if h.permalink and _PERMALINK.match(h.permalink) else ""
    return [
        {"type": "section", "block_id": f"handoff_{h.inquiry_id}", "text": mrkdwn(text),
         "accessory": {"type": "button", "action_id": RESOLVE, "value": str(h.inquiry_id), "style": "primary",
                       "text": plain("標示為已解決 Resolve", 75)}},
        {"type": "context", "elements": [mrkdwn(f"{link}由 {_user(h.requested_by)} 轉交")]},
    ]


def _recent_line(r: Recent, now: datetime) -> Block:
    text = f"*#{r.inquiry_id}* {escape(r.detail)} · {_when(r.at, now)} · {_user(r.user)}\n{escape(shorten(r.question, 200))}"
    return {"type": "context", "elements": [mrkdwn(text)]}


def _pct(x: float) -> str:
    return f"{x * 100:.0f}%"


def staff_home(summary: Summary, *, now: datetime | None = None) -> Block:
    """The staff view: open hand-offs (oldest first), the last 7 days, recent not-helpful and corrections."""
    now = now or datetime.now(UTC)
    w = summary.week
    blocks: list[Block] = [
        {"type": "header", "text": plain("regbot — 學會人員 Staff view", 150)},
        {"type": "actions", "block_id": "home_tools", "elements": [_calculator_button()]},
        {"type": "section", "text": mrkdwn(f"*待處理的轉交 Open hand-offs*：{summary.open_total} 件（最早的在前 oldest first）")},
    ]
    if not summary.open:
        blocks.append({"type": "context", "elements": [mrkdwn("目前沒有待處理的轉交。Nothing is waiting.")]})
    for h in summary.open:
        blocks += _handoff_blocks(h, now)
    more = summary.open_total - len(summary.open)
    if more > 0:
        blocks.append({"type": "context", "elements": [mrkdwn(
            f"另有 {more} 件較新的轉交未列出；處理完上面的會依序顯示，或見學會人員頻道與 `regbot log export`。"
            f" {more} newer hand-offs are not listed here.")]})
    fields = [
        f"*提問 Questions*\n{w.questions}",
        f"*計算 Calculator*\n{w.by_route.get('calculator', 0)}",
        f"*條文 Retrieval*\n{w.by_route.get('retrieval', 0)}",
        f"*追問 Clarify*\n{w.by_route.get('clarify', 0)}（{_pct(w.rate('clarify'))}）",
        f"*範圍外 Out of scope*\n{w.by_route.get('out_of_scope', 0)}（{_pct(w.rate('out_of_scope'))}）",
        f"*👍 / 👎*\n{w.helpful} / {w.not_helpful}",
        f"*轉交 Hand-offs*\n{w.handoffs}",
        f"*修正 Corrections*\n{w.corrections}",
    ]
    if w.errors:
        fields.append(f"*錯誤 Errors*\n{w.errors}")
    if w.undelivered:
        fields.append(f"*未送達 Not delivered*\n{w.undelivered}（重送中 being re-sent）")
    blocks += [
        {"type": "divider"},
        {"type": "section", "text": mrkdwn("*最近 7 天 Last 7 days*"),
         "fields": [mrkdwn(f) for f in fields[:10]]},
        {"type": "divider"},
        {"type": "section", "text": mrkdwn("*最近的「沒幫助」Latest not-helpful answers*")},
    ]
    blocks += [_recent_line(r, now) for r in summary.not_helpful] or [
        {"type": "context", "elements": [mrkdwn("（沒有）none")]}]
    blocks.append({"type": "section", "text": mrkdwn("*最近的輸入修正 Latest corrections*")})
    blocks += [_recent_line(r, now) for r in summary.corrections] or [
        {"type": "context", "elements": [mrkdwn("（沒有）none")]}]
    blocks.append({"type": "context", "elements": [mrkdwn(
        f"更新於 {now:%Y-%m-%d %H:%M} UTC · `regbot log export --corrections` 把修正匯出為評測案例 (eval cases)")]})
    return {"type": "home", "blocks": blocks[:HOME_BLOCKS_MAX]}


def public_home() -> Block:
    """For everyone else: what the bot covers, example questions per regulation, the calculator."""
    blocks: list[Block] = [
        {"type": "header", "text": plain("regbot", 150)},
        {"type": "section", "text": mrkdwn(
            "regbot 回答三項規定的問題，附上條文出處；需要計算時由固定的計算工具算出，不靠猜測。\n"
            "regbot answers questions about three regulations, citing the article; every number comes from a calculator.")},
        {"type": "actions", "block_id": "home_tools", "elements": [_calculator_button()]},
        {"type": "divider"},
    ]
    for title_zh, title_en, examples in EXAMPLES:
        lines = "\n".join(f"• {escape(q)}" for q in examples)
        blocks.append({"type": "section", "text": mrkdwn(f"*{title_zh}*（{title_en}）\n{lines}")})
    blocks.append({"type": "context", "elements": [mrkdwn(
        "在頻道中 @regbot 提問、直接傳訊息，或輸入 `/regbot 問題`；`/regbot calc` 開啟計算表單。"
        " Mention @regbot, send a direct message, or type `/regbot your question`; `/regbot calc` opens a form.")]})
    return {"type": "home", "blocks": blocks}
