"""The app manifest asks for exactly the scopes and events the listeners use."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

import bot
from bot.slack.listeners import EVENTS
from tests.bot.slack.conftest import CHANNEL, DM, mention, message

MANIFEST = Path(bot.__file__).parent / "manifest.yaml"

# The scope each Web API method the bot calls needs (None: no scope), and each event subscription's.
METHOD_SCOPES = {
    "auth.test": None,
    "chat.postMessage": "chat:write",
    "chat.update": "chat:write",
    "chat.postEphemeral": "chat:write",
    "chat.getPermalink": None,
    "assistant.threads.setStatus": "assistant:write",
    "assistant.threads.setSuggestedPrompts": "assistant:write",
    "views.open": None,
    "views.update": None,
    "views.publish": None,
    "conversations.members": ("channels:read", "groups:read"),  # a public or a private staff channel
}
EVENT_SCOPES = {
    "app_mention": "app_mentions:read",
    "message.channels": "channels:history",
    "message.groups": "groups:history",
    "message.im": "im:history",
    "app_home_opened": None,
}


def _manifest() -> dict:
    return yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))


def test_events_match_the_listeners():
    assert sorted(_manifest()["settings"]["event_subscriptions"]["bot_events"]) == sorted(EVENTS)


def test_scopes_are_exactly_those_of_the_events_methods_and_command():
    method_scopes = {s for v in METHOD_SCOPES.values() if v for s in ((v,) if isinstance(v, str) else v)}
    needed = method_scopes | {s for s in EVENT_SCOPES.values() if s} | {"commands"}
    assert set(EVENTS) == set(EVENT_SCOPES)
    assert sorted(_manifest()["oauth_config"]["scopes"]["bot"]) == sorted(needed)


def test_socket_mode_slash_command_interactivity_and_agent_view():
    manifest = _manifest()
    assert manifest["settings"]["socket_mode_enabled"] is True
    assert manifest["settings"]["interactivity"]["is_enabled"] is True
    assert [c["command"] for c in manifest["features"]["slash_commands"]] == ["/regbot"]
    assert manifest["features"]["agent_view"]["agent_description"]
    assert "assistant_view" not in manifest["features"]  # being retired; new apps use the agent view
    assert manifest["features"]["app_home"]["messages_tab_enabled"] is True


def test_every_web_api_method_the_bot_calls_is_covered(harness):
    """Drive every surface, then check each recorded method against the table above."""
    event = mention("年會幾分？")
    harness.event(event)
    [reply] = harness.replies_in(CHANNEL, event["ts"])
    inquiry_id = reply.body["blocks"][-1]["elements"][0]["value"]
    harness.event(message("radiographer monthly cap?", channel=DM, channel_type="im"))
    harness.event({"type": "app_home_opened", "user": "U1", "channel": DM, "tab": "messages", "event_ts": "1.0"})
    harness.event({"type": "app_home_opened", "user": "U1", "channel": DM, "tab": "home", "event_ts": "1.1"})
    harness.command("calc")
    harness.click("edit_inputs", f"{inquiry_id}:0", user="U1", channel=CHANNEL, message_ts="1.0")
    harness.api.wait_for("views.open", count=2)
    harness.api.wait_for("views.publish")
    harness.click("feedback_helpful", inquiry_id, user="U1", channel=CHANNEL, message_ts="1.0")
    harness.click("handoff", inquiry_id, user="U1", channel=CHANNEL, message_ts="1.0")
    harness.api.wait_for("chat.postMessage", count=3)
    harness.click("resolve", inquiry_id, user="U2", channel="CSTAFF0001", message_ts="1.0")
    harness.api.wait_for("chat.update")
    _, url = harness.command("年會幾分？")
    harness.api.wait_for("response_url", where=lambda c: url.endswith(c.path))
    harness.settle()
    called = {c.method for c in harness.api.calls if c.method != "response_url"}
    assert called <= set(METHOD_SCOPES), json.dumps(sorted(called - set(METHOD_SCOPES)))
    assert {"chat.postMessage", "chat.update", "chat.getPermalink", "assistant.threads.setStatus",
            "assistant.threads.setSuggestedPrompts", "views.open", "views.publish", "conversations.members"} <= called


def test_home_tab_and_the_calculator_shortcut():
    from bot.slack.listeners.shortcuts.calc import CALC_SHORTCUT

    manifest = _manifest()
    assert manifest["features"]["app_home"]["home_tab_enabled"] is True
    [shortcut] = manifest["features"]["shortcuts"]
    assert shortcut["type"] == "global" and shortcut["callback_id"] == CALC_SHORTCUT
    assert len(shortcut["name"]) <= 24 and len(shortcut["description"]) <= 80
