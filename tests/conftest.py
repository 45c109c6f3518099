"""Shared fixtures: every test gets its own data folder and a fresh settings object."""

from __future__ import annotations

import json
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
    seed_index(os.environ.get(SEED_INDEX_VAR), folder)
    HybridRetriever.open(Settings(REGBOT_DATA_DIR=folder)).close()  # rebuilt here unless the seed is this very index
    return folder


# CI builds the real index once (`regbot index`, .ci/run) and names its data folder here: the session's index starts as
# a copy of it instead of a second ~90 s build. The copy is only a seed: opening it checks its manifest key (corpus
# hash, embedder, chunking) and rebuilds on any difference, as for any index (tests/knowledge/test_perf_caches.py).
SEED_INDEX_VAR = "REGBOT_TEST_INDEX_FROM"


def seed_index(source: str | os.PathLike[str] | None, target: Path) -> bool:
    """Copy the index that `source` (a data folder) holds — its manifest and the folder the manifest names, nothing
    else — into `target`; False (nothing copied) when there is none."""
    if not source:
        return False
    index = Path(source) / "index"
    try:
        manifest = json.loads((index / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    name = manifest.get("folder") if isinstance(manifest, dict) else None
    if not isinstance(name, str) or "/" in name or name.startswith(".") or not (index / name).is_dir():
        return False
    (target / "index").mkdir(parents=True, exist_ok=True)
    shutil.copytree(index / name, target / "index" / name, dirs_exist_ok=True)
    shutil.copy2(index / "manifest.json", target / "index" / "manifest.json")
    return True


def copy_of_built_index(built: Path, target: Path) -> Path:
    """`target` holding a copy of the session's built index (a build takes ~90 s; a copy, milliseconds)."""
    shutil.copytree(built, target, dirs_exist_ok=True)
    return target
