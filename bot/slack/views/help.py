"""Help for `/regbot` with no text, for an empty mention, and the agent view's suggested prompts."""

from __future__ import annotations

from bot.slack.views.common import SlackMessage, context, sections

EXAMPLES = [
    ("外科年會與月會積分", "我今年參加外科醫學會年會 1 次、月會 3 次，共有幾學分？"),
    ("外科專科醫師換證", "我六年的積分是 100、120、90、110、95、100，可以換證嗎？"),
    ("介入放射指導老師資格", "腫瘤血管栓塞指導老師需要幾例？我是專科醫師 9 年、做了 280 例。"),
    ("乳房攝影追蹤完成率", "乳房攝影陽性個案追蹤完成率 68%，年度補助 100 萬，要扣多少？"),
]

HELP_TEXT = (
    "*regbot* 回答三項規定的問題，並附上條文出處：\n"
    "• 台灣外科醫學會繼續教育積分認定辦法\n"
    "• 台灣介入放射線學會影像導引介入性治療分項專長指導老師認證辦法\n"
    "• 預防保健服務之乳房 X 光攝影醫療機構資格後續審查作業（附件四）\n"
    "使用方式：在頻道中 @regbot 提問、直接傳訊息給 regbot，或輸入 `/regbot 問題`。"
    "需要計算時請附上數字；資料不足時我會在討論串中詢問。"
)

HELP_TEXT_EN = (
    "regbot answers questions about the TSA surgical CME rules, the TSIR instructor certificate and "
    "the HPA mammography facility review, with citations. Mention @regbot, send it a direct message, "
    "or type `/regbot your question` (English is fine)."
)


def suggested_prompts() -> list[dict[str, str]]:
    """Up to four prompts for the agent view's messages tab."""
    return [{"title": title, "message": message} for title, message in EXAMPLES[:4]]


def help_message() -> SlackMessage:
    examples = "\n".join(f"• `/regbot {message}`" for _, message in EXAMPLES)
    blocks = sections(HELP_TEXT) + sections(f"*範例 Examples*\n{examples}") + [context(HELP_TEXT_EN)]
    return SlackMessage(text="regbot：三項醫療相關規定的問答（附條文出處）", blocks=blocks)
