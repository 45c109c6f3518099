"""Every listener, registered in one visible place."""

from __future__ import annotations

from slack_bolt import App

from bot.slack.listeners.actions import edit_inputs, feedback, handoff, open_calculator, resolve
from bot.slack.listeners.assistant import suggested_prompts
from bot.slack.listeners.commands import regbot
from bot.slack.listeners.events import app_home, app_mention, message
from bot.slack.listeners.shortcuts import calc
from bot.slack.listeners.views import forms
from bot.slack.services import Services

# The manifest's bot_events must match this list (tests/bot/slack/test_manifest.py checks it).
EVENTS = ["app_mention", "message.channels", "message.groups", "message.im", "app_home_opened"]


def register_listeners(app: App, svc: Services) -> None:
    """Attach every listener to the app; each module registers its own handler."""
    app_mention.register(app, svc)
    message.register(app, svc)
    app_home.register(app, svc)  # tab "home"; before the agent view's app_home_opened (tab "messages")
    suggested_prompts.register(app, svc)
    regbot.register(app, svc)
    feedback.register(app, svc)
    handoff.register(app, svc)
    resolve.register(app, svc)
    edit_inputs.register(app, svc)
    open_calculator.register(app, svc)
    calc.register(app, svc)
    forms.register(app, svc)
