"""The form surfaces end to end: open a pre-filled form, read a submission, post the (corrected) answer.

"Edit inputs" on an answer → `open_edit_form`; `/regbot calc` or the shortcut → `open_picker`, then
`picked` turns the picker into the form; a submitted form → `read` (in the ack: errors on the fields)
then `deliver` (after the ack: recompute, log, post).
"""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from bot.answer import Answer
from bot.inquiry_log import Inquiry
from bot.slack.answering import guess_lang, post_messages
from bot.slack.forms.buttons import editable_calls
from bot.slack.forms.changes import correction_note, describe_changes
from bot.slack.forms.submit import Submission, read_submission
from bot.slack.forms.view import (
    LANG_ACTION,
    LANG_BLOCK,
    PICK_ACTION,
    PICK_BLOCK,
    FormContext,
    form_view,
    picker_view,
)
from bot.slack.services import Services
from bot.slack.views.answer import answer_messages, apology_message
from calculators.registry import get_tool

logger = logging.getLogger("regbot.slack")



def missing_names(answer: Answer) -> list[str]:
    return [m.split(":", 1)[0].strip() for m in answer.missing]


# --------------------------------------------------------------------------- opening


def open_edit_form(svc: Services, client: Any, body: dict[str, Any], value: str) -> None:
    """Open the form of the clicked answer's reading (call `value`'s index), pre-filled."""
    inquiry_id, _, call = value.partition(":")
    inquiry = svc.log.get(int(inquiry_id))
    answer = inquiry.answer() if inquiry is not None else None
    calls = editable_calls(answer) if answer is not None else []
    index = int(call or 0)
    if inquiry is None or answer is None or not 0 <= index < len(calls):
        logger.warning("edit inputs: nothing to edit for %s", value)
        return
    tool, args = calls[index]
    message = body.get("message") or {}
    container = body.get("container") or {}
    channel = inquiry.channel_id or (body.get("channel") or {}).get("id") or container.get("channel_id")
    thread = inquiry.thread_ts or message.get("thread_ts") or (None if container.get("is_ephemeral") else message.get("ts"))
    ctx = FormContext(tool=tool, lang=answer.lang, origin="edit", inquiry_id=inquiry.id, call=index, channel=channel,
                      thread_ts=thread, response_url=None if thread else body.get("response_url"))
    view = form_view(get_tool(tool), answer.lang, args, ctx, question=inquiry.question,
                     missing=missing_names(answer) if answer.route == "clarify" else ())
    client.views_open(trigger_id=body["trigger_id"], view=view)


def open_picker(client: Any, trigger_id: str, *, lang: str, channel: str | None) -> None:
    client.views_open(trigger_id=trigger_id, view=picker_view(lang, channel=channel))


def picked(view: dict[str, Any]) -> dict[str, Any]:
    """The picker's submission → the chosen calculator's empty form (replaces the picker)."""
    values = view["state"]["values"]
    tool = values[PICK_BLOCK][PICK_ACTION]["selected_option"]["value"]
    option = (values.get(LANG_BLOCK) or {}).get(LANG_ACTION, {}).get("selected_option") or {}
    lang = "en" if option.get("value") == "en" else "zh-TW"
    channel = json.loads(view.get("private_metadata") or "{}").get("c")
    ctx = FormContext(tool=tool, lang=lang, origin="calc", channel=channel)
    return form_view(get_tool(tool), lang, None, ctx)


# --------------------------------------------------------------------------- submitting


def read(view: dict[str, Any]) -> tuple[FormContext, Submission]:
    ctx = FormContext.load(view.get("private_metadata") or "")
    return ctx, read_submission(ctx, view["state"]["values"])


def _root(svc: Services, inquiry: Inquiry, call: int, reading: dict[str, Any]) -> tuple[int, dict[str, Any], int] | None:
    """The inquiry whose reading a correction corrects: a corrected answer corrected again goes back to
    the first answer (its reading is the bot's); (inquiry id, reading, call index). None for an answer
    to a `/regbot calc` form: its inputs were the person's own, not a reading."""
    if inquiry.source == "form":
        for correction, _ in reversed(svc.log.corrections()):
            if correction.result_inquiry_id == inquiry.id:
                return correction.inquiry_id, correction.reading, correction.call_index
        return None
    return inquiry.id, reading, call


def deliver(svc: Services, client: Any, user: str, ctx: FormContext, args: dict[str, Any]) -> int | None:
    """Recompute with the submitted arguments and post the answer; keep a correction in the log.
    A failure is logged and the person gets a short apology where the answer would have gone."""
    try:
        if ctx.origin == "edit" and ctx.inquiry_id is not None:
            return _deliver_correction(svc, client, user, ctx, args)
        return _deliver_calc(svc, client, user, ctx, args)
    except Exception:
        logger.exception("could not answer a %s form (%s)", ctx.origin, ctx.tool)
        apology = apology_message(ctx.lang, None)
        try:
            if ctx.thread_ts and ctx.channel:
                post_messages(client, ctx.channel, ctx.thread_ts, [apology])
            else:
                _to_user(client, user, ctx.channel, [apology])
        except Exception:  # noqa: BLE001 - Slack unreachable: the log has it
            logger.warning("could not send the apology either", exc_info=True)
        return None


def _deliver_correction(svc: Services, client: Any, user: str, ctx: FormContext, args: dict[str, Any]) -> int | None:
    inquiry = svc.log.get(ctx.inquiry_id or 0)
    answer = inquiry.answer() if inquiry is not None else None
    if inquiry is None or answer is None:
        return None
    before = editable_calls(answer)
    reading = before[ctx.call][1] if ctx.call < len(before) else {}
    # Every call of this tool is recomputed (TSIR: one per domain), the edited one with the new inputs.
    same = [i for i, (name, _) in enumerate(before) if name == ctx.tool] if answer.route == "calculator" else []
    calls = [before[i][1] for i in same] if ctx.call in same else []
    if calls:
        calls[same.index(ctx.call)] = args
    else:
        calls = [args]
    corrected = svc.compute(inquiry.question, answer.lang, ctx.tool, calls)
    lines = describe_changes(get_tool(ctx.tool).input_model, reading, args, answer.lang)
    corrected.answer = correction_note(lines, answer.lang) + "\n\n" + corrected.answer
    where = {"channel_id": inquiry.channel_id or ctx.channel, "thread_ts": inquiry.thread_ts or ctx.thread_ts,
             "user_id": user, "team_id": inquiry.team_id}
    new_id = svc.log.record_inquiry(source="form", question=inquiry.question, answer=corrected,
                                    latency_ms=corrected.latency_ms, **where)
    root = _root(svc, inquiry, ctx.call, reading)
    if root is not None:
        result = next((c.result for c in corrected.tool_calls if c.args == args),
                      corrected.tool_calls[0].result if corrected.tool_calls else {})
        svc.log.record_correction(inquiry_id=root[0], user_id=user, tool=ctx.tool, call_index=root[2],
                                  reading=root[1], corrected=args, result=result, result_inquiry_id=new_id)
    messages = answer_messages(corrected, new_id)
    if where["thread_ts"] and where["channel_id"]:
        ts = post_messages(client, where["channel_id"], where["thread_ts"], messages)
    elif ctx.response_url:
        ts = None
        hook = WebhookClient(ctx.response_url)
        for message in messages:
            hook.send(text=message.text, blocks=message.blocks, response_type="ephemeral", replace_original=False)
    else:
        ts = _to_user(client, user, None, messages)
    svc.log.set_reply(new_id, ts)
    return new_id


def _deliver_calc(svc: Services, client: Any, user: str, ctx: FormContext, args: dict[str, Any]) -> int:
    question = f"/regbot calc {ctx.tool} {json.dumps(args, ensure_ascii=False, default=str)}"
    answer = svc.compute(question, ctx.lang, ctx.tool, [args])
    new_id = svc.log.record_inquiry(source="form", question=question, answer=answer, latency_ms=answer.latency_ms,
                                    channel_id=ctx.channel, user_id=user)
    ts = _to_user(client, user, ctx.channel, answer_messages(answer, new_id))
    svc.log.set_reply(new_id, ts)
    return new_id


def _to_user(client: Any, user: str, channel: str | None, messages: list[Any]) -> str | None:
    """Ephemeral in `channel` where the command was used; else (or if that fails) a direct message."""
    if channel and channel[:1] in "CG":
        try:
            for message in messages:
                client.chat_postEphemeral(channel=channel, user=user, text=message.text, blocks=message.blocks)
            return None
        except SlackApiError as err:
            logger.info("could not answer ephemerally in %s (%s); sending a direct message", channel,
                        err.response.get("error"))
    return post_messages(client, user, None, messages)


def form_lang(text: str) -> str:
    """The language of a `/regbot calc …` command (its words after calc), Chinese by default."""
    rest = text.strip()[4:].strip()
    if rest.lower() in ("en", "english"):
        return "en"
    return guess_lang(rest) if rest else "zh-TW"
