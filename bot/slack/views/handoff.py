"""The staff channel's hand-off card, its resolved form, and the notes to the asker."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel

from bot.answer import Answer
from bot.slack.views.answer import answer_text, labels
from bot.slack.views.common import (
    SECTION_TEXT_MAX,
    Block,
    SlackMessage,
    button,
    channel_link,
    context,
    escape,
    link,
    mention,
    sections,
    shorten,
)

RESOLVE = "resolve"


class HandoffCard(BaseModel):
    """What staff need to pick up an inquiry."""

    inquiry_id: int
    question: str
    answer: Answer | None
    asker: str | None
    channel_id: str | None
    requested_by: str
    permalink: str | None = None
    resolved_by: str | None = None
    resolved_at: datetime | None = None


def _card_blocks(card: HandoffCard) -> list[Block]:
    where = f" 於 {channel_link(card.channel_id)}" if card.channel_id and channel_link(card.channel_id) else ""
    asker = mention(card.asker) if card.asker else "（未知）"
    blocks = sections(f":raising_hand: *轉交學會人員* #{card.inquiry_id}：{asker}{where} 的提問")
    blocks += sections(f"*問題*\n>{escape(shorten(card.question, 2000))}")
    if card.answer is None:
        blocks += sections("*regbot 的回答*\n（系統發生錯誤，未能回答）")
    else:
        head = f"*regbot 的回答*（{card.answer.route}）\n"
        blocks += sections(head + escape(shorten(answer_text(card.answer), SECTION_TEXT_MAX - len(head))))
        if card.answer.citations:
            lines = [
                f"[{n}] {escape(c.label)} `{c.id}`" for n, c in enumerate(card.answer.citations, start=1)
            ]
            blocks.append(context("*出處*\n" + "\n".join(lines)))
    if card.permalink:
        blocks.append(context(link(card.permalink, "開啟原討論串 Open the thread")))
    blocks.append(context(f"由 {mention(card.requested_by)} 轉交"))
    return blocks


def staff_message(card: HandoffCard) -> SlackMessage:
    """The message posted into the staff channel, with a "mark resolved" button until resolved."""
    blocks = _card_blocks(card)
    if card.resolved_by:
        when = card.resolved_at.strftime("%Y-%m-%d %H:%M UTC") if card.resolved_at else ""
        blocks.append(context(f":white_check_mark: 已由 {mention(card.resolved_by)} 標示為已解決 {when}".rstrip()))
    else:
        blocks.append(
            {
                "type": "actions",
                "block_id": "regbot_staff",
                "elements": [button("標示為已解決 Mark resolved", RESOLVE, str(card.inquiry_id), style="primary")],
            }
        )
    state = "已解決" if card.resolved_by else "待處理"
    question = escape(shorten(card.question, 200))  # the notification text: a typed <!channel> must not notify
    return SlackMessage(text=f"[{state}] regbot 轉交 #{card.inquiry_id}：{question}", blocks=blocks)


def handoff_sent_text(lang: str) -> str:
    if lang == "en":
        return "Sent to the society staff. You will be told in this thread when they mark it resolved."
    return "已轉交學會人員；處理完成時會在此討論串通知您。"


def handoff_already_text(lang: str) -> str:
    if lang == "en":
        return "This question has already been sent to the society staff."
    return "這個問題已經轉交學會人員了。"


def no_staff_channel_text(lang: str) -> str:
    if lang == "en":
        return "No staff channel is configured (REGBOT_STAFF_CHANNEL), so I cannot hand this over. Please contact the society directly."
    return "尚未設定學會人員頻道（REGBOT_STAFF_CHANNEL），無法轉交；請直接聯絡學會。"


def handoff_failed_text(lang: str) -> str:
    if lang == "en":
        return "Sorry, I could not reach the staff channel. Please try again later or contact the society directly."
    return "抱歉，目前無法送到學會人員頻道，請稍後再試或直接聯絡學會。"


def resolved_notice(lang: str, staff_user: str) -> SlackMessage:
    """Told in the asker's thread once staff mark the inquiry resolved."""
    if lang == "en":
        text = f"The society staff ({mention(staff_user)}) marked your question resolved."
    else:
        text = f"學會人員（{mention(staff_user)}）已將您的問題標示為已解決。"
    return SlackMessage(text=text, blocks=sections(text))


def feedback_thanks_text(lang: str, value: str) -> str:
    lab = labels(lang)
    if lang == "en":
        return f"Thanks, recorded as {lab[value]}."
    return f"謝謝，已記錄您的回饋：{lab[value]}。"
