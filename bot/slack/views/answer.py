"""The answer as Block Kit: text, calculation steps, assumptions, numbered citations, buttons.

A `clarify` answer's text asks for the missing facts itself, in the user's language."""

from __future__ import annotations

from bot.answer import Answer
from bot.slack.forms.buttons import edit_buttons  # "edit inputs" on calculator and clarify answers
from bot.slack.views.common import (
    Block,
    SlackMessage,
    button,
    context,
    escape,
    into_messages,
    sections,
    shorten,
)

QUOTE_MAX = 280  # a citation's quote is a reminder of the clause, not the clause

FEEDBACK_HELPFUL = "feedback_helpful"
FEEDBACK_NOT_HELPFUL = "feedback_not_helpful"
HANDOFF = "handoff"

LABELS = {
    "zh-TW": {
        "steps": "計算步驟",
        "assumptions": "本回答採用的解讀",
        "sources": "出處",
        "no_source": ":warning: 這個回答沒有可引用的條文，請向學會確認。",
        "helpful": "👍 有幫助",
        "not_helpful": "👎 沒幫助",
        "handoff": "詢問學會人員",
        "footer": "regbot 依三項規定的條文與計算工具自動回覆；以學會及主管機關公告為準。",
        "apology": "抱歉，這次無法回答您的問題（系統發生錯誤，已記錄）。請稍後再試一次，或按下方按鈕詢問學會人員。",
    },
    "en": {
        "steps": "Calculation",
        "assumptions": "Readings this answer relies on",
        "sources": "Sources",
        "no_source": ":warning: No clause could be cited for this answer; please check with the society.",
        "helpful": "👍 Helpful",
        "not_helpful": "👎 Not helpful",
        "handoff": "Ask the society staff",
        "footer": "regbot answers from the text of three regulations and deterministic calculators; the official notices prevail.",
        "apology": "Sorry, I could not answer this one (an error occurred and was logged). Please try again later, or ask the society staff with the button below.",
    },
}


def labels(lang: str) -> dict[str, str]:
    return LABELS["en" if lang == "en" else "zh-TW"]


def calculation_steps(answer: Answer) -> list[str]:
    """The answer's steps; failing that, the text rows of its tool results' breakdowns."""
    if answer.steps:
        return list(answer.steps)
    steps: list[str] = []
    for call in answer.tool_calls:
        for row in call.result.get("breakdown") or []:
            if isinstance(row, dict):
                text = row.get("text_en") if answer.lang == "en" and row.get("text_en") else row.get("text")
                if text:
                    steps.append(str(text))
    return steps


# The engine's text repeats, under these headings, what the blocks below show on their own;
# the Slack message leaves those parts out of the answer section (free-form text is kept whole).
_STEPS_HEADINGS = {"計算步驟：", "Steps:"}
_ASSUMPTION_HEADINGS = {"假設：", "Assumptions:"}
_SOURCE_HEADINGS = {"依據：", "Sources:"}
_RETRIEVAL_LEADS = ("相關條文如下", "The rules that answer this")


def answer_text(answer: Answer) -> str:
    """The answer's own text, without the steps, assumptions and sources shown in their own blocks."""
    kept: list[str] = []
    for part in answer.answer.split("\n\n"):
        heading = part.split("\n", 1)[0].strip()
        if answer.citations and heading in _SOURCE_HEADINGS:
            break  # the sources come last; their quotes may contain blank lines
        if answer.citations and answer.route == "retrieval" and heading.startswith(_RETRIEVAL_LEADS):
            kept.append(heading)  # the quoted clauses that follow are the citation blocks
            break
        if (heading in _STEPS_HEADINGS and calculation_steps(answer)) or (
            heading in _ASSUMPTION_HEADINGS and answer.assumptions
        ):
            continue
        kept.append(part)
    return "\n\n".join(kept).strip() or answer.answer


def _bullets(items: list[str]) -> str:
    return "\n".join(f"• {escape(item)}" for item in items)


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in escape(shorten(text, QUOTE_MAX)).split("\n"))


def citation_blocks(answer: Answer) -> list[Block]:
    """Numbered citations, one context block each: label, id, short quote."""
    lab = labels(answer.lang)
    if not answer.citations:
        return [] if answer.route == "out_of_scope" else [context(lab["no_source"])]
    blocks: list[Block] = [{"type": "divider"}, context(f"*{lab['sources']}*")]
    for number, citation in enumerate(answer.citations, start=1):
        blocks.append(
            context(f"*[{number}]* {escape(citation.label)}  `{citation.id}`\n{_quote(citation.quote)}")
        )
    return blocks


def action_buttons(inquiry_id: int, lang: str, extra: list[Block] | None = None) -> Block:
    lab = labels(lang)
    value = str(inquiry_id)
    return {
        "type": "actions",
        "block_id": "regbot_actions",
        "elements": [
            button(lab["helpful"], FEEDBACK_HELPFUL, value),
            button(lab["not_helpful"], FEEDBACK_NOT_HELPFUL, value),
            button(lab["handoff"], HANDOFF, value),
            *(extra or [])[:22],  # an actions block holds 25 elements
        ],
    }


def answer_blocks(answer: Answer) -> list[Block]:
    """Every block of the answer except the buttons, in reading order."""
    lab = labels(answer.lang)
    blocks = sections(escape(answer_text(answer)))
    steps = calculation_steps(answer)
    if steps:
        numbered = "\n".join(f"{i}. {escape(step)}" for i, step in enumerate(steps, start=1))
        blocks += sections(f"*{lab['steps']}*\n{numbered}")
    if answer.assumptions:
        blocks += sections(f"*{lab['assumptions']}*\n{_bullets(answer.assumptions)}")
    blocks += citation_blocks(answer)
    blocks.append(context(lab["footer"]))
    return blocks


def answer_messages(answer: Answer, inquiry_id: int) -> list[SlackMessage]:
    """The answer as one or more messages within Slack's limits; buttons on the last."""
    # The notification fallback is the whole text (quotes included): it is read where blocks are not shown.
    tail = [action_buttons(inquiry_id, answer.lang, edit_buttons(answer, inquiry_id))]
    return into_messages(answer_blocks(answer), answer.answer, tail=tail)


def apology_message(lang: str, inquiry_id: int | None) -> SlackMessage:
    """A short apology after an engine failure: no error text, a way to reach a person."""
    lab = labels(lang)
    blocks: list[Block] = sections(lab["apology"])
    if inquiry_id is not None:
        blocks.append(
            {"type": "actions", "block_id": "regbot_actions", "elements": [button(lab["handoff"], HANDOFF, str(inquiry_id))]}
        )
    return SlackMessage(text=lab["apology"], blocks=blocks)
