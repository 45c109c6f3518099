"""Shared fixtures: every test gets its own data folder and a fresh settings object."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

pytest_plugins = ["tests.postgres"]  # the real PostgreSQL server fixtures

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(autouse=True)
def regbot_data_dir(tmp_path_factory, monkeypatch):
    """Point REGBOT_DATA_DIR at a temp folder and clear Slack/LLM settings from the environment."""
    from bot.settings import get_settings

    data_dir = tmp_path_factory.mktemp("regbot-data")
    monkeypatch.setenv("REGBOT_DATA_DIR", str(data_dir))
    for var in ("REGBOT_CHROMA_URL", "REGBOT_LLM", "REGBOT_DATABASE_URL", "REGBOT_EMBEDDINGS",
                "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_API_URL",
                "REGBOT_STAFF_CHANNEL"):
        monkeypatch.delenv(var, raising=False)
    get_settings.cache_clear()
    yield data_dir
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def built_index(tmp_path_factory) -> Path:
    """A data folder holding the real index of the real corpus (default embedder), built once per session; the
    session's engine and retriever fixtures each work on a copy (`copy_of_built_index`), never on this one."""
    from bot.settings import Settings
    from knowledge.retrieve import HybridRetriever

    folder = tmp_path_factory.mktemp("built-index")
    HybridRetriever.open(Settings(REGBOT_DATA_DIR=folder)).close()
    return folder


def copy_of_built_index(built: Path, target: Path) -> Path:
    """`target` holding a copy of the session's built index (a build takes ~90 s; a copy, milliseconds)."""
    shutil.copytree(built, target, dirs_exist_ok=True)
    return target
