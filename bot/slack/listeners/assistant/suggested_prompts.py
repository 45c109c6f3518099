"""The agent view (manifest `agent_view`): suggested prompts when a user opens the app's messages tab.

Slack's agent messaging experience replaces the assistant view's `assistant_thread_started`
with `app_home_opened` (tab "messages"); prompts are set without a thread_ts there. The
"working…" status is set per question in `events/message.py`.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App

from bot.slack.services import Services
from bot.slack.views.help import suggested_prompts


def register(app: App, svc: Services) -> None:
    @app.event("app_home_opened")
    def on_messages_tab_opened(event: dict[str, Any], logger: Any, set_suggested_prompts: Any = None) -> None:
        if event.get("tab") != "messages" or set_suggested_prompts is None:
            return
        try:
            set_suggested_prompts(prompts=suggested_prompts(), title="可以這樣問 Try asking")
        except Exception:
            logger.warning("could not set suggested prompts", exc_info=True)
