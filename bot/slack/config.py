"""Slack settings checked at start: which tokens each mode needs and what they look like."""

from __future__ import annotations

from pydantic import BaseModel, SecretStr

from bot.errors import ConfigError
from bot.settings import Settings


class SlackConfig(BaseModel):
    """Validated Slack settings; secrets stay wrapped so they never reach logs or reprs."""

    bot_token: SecretStr
    app_token: SecretStr | None = None
    signing_secret: SecretStr | None = None
    api_url: str | None = None
    staff_channel: str | None = None


def _token(value: str | None, variable: str, prefix: str, what: str) -> SecretStr:
    if not value or not value.strip():
        raise ConfigError(variable, f"not set; it is the {what} ({prefix}…) from the Slack app's settings")
    if not value.strip().startswith(prefix):
        # Never echo the value: it may be a real secret pasted into the wrong variable.
        raise ConfigError(variable, f"malformed; the {what} starts with {prefix}")
    return SecretStr(value.strip())


def api_base_url(url: str | None) -> str | None:
    """SLACK_API_URL as a WebClient base_url: http(s) and ending with / (slack_sdk joins with urljoin)."""
    if not url:
        return None
    if not url.startswith(("http://", "https://")):
        raise ConfigError("SLACK_API_URL", "must be an http:// or https:// URL")
    return url if url.endswith("/") else url + "/"


def load_slack_config(settings: Settings, *, http: bool) -> SlackConfig:
    """The tokens for Socket Mode (bot + app token) or HTTP mode (bot token + signing secret)."""
    bot_token = _token(settings.slack_bot_token, "SLACK_BOT_TOKEN", "xoxb-", "bot token")
    app_token = signing_secret = None
    if http:
        secret = (settings.slack_signing_secret or "").strip()
        if not secret:
            raise ConfigError("SLACK_SIGNING_SECRET", "not set; it is the signing secret from the Slack app's Basic Information page")
        signing_secret = SecretStr(secret)
    else:
        app_token = _token(settings.slack_app_token, "SLACK_APP_TOKEN", "xapp-", "app-level token (connections:write)")
    return SlackConfig(
        bot_token=bot_token,
        app_token=app_token,
        signing_secret=signing_secret,
        api_url=api_base_url(settings.slack_api_url),
        staff_channel=settings.staff_channel,
    )
