"""Two processes that need the same index at once: one builds, the other waits and uses it (real lock, real Chroma).

Without the build lock both built, and the first to finish deleted the other's half-written folder as stale
("Error in compaction: Failed to apply logs to the metadata segment").
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

from filelock import FileLock

from bot.settings import get_settings
from knowledge import index
from knowledge.index import BUILD_LOCK, read_manifest
from knowledge.retrieve import HybridRetriever

ROOT = Path(__file__).resolve().parents[2]
# A second process opening the tiny corpus's index; prints what it got as one JSON line.
OPEN_TINY = """
import json, logging, sys
logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(message)s")
from tests.knowledge.conftest import make_corpus
from knowledge.retrieve import HybridRetriever
opened = HybridRetriever.open(corpus=make_corpus())
hit = opened.search("年會積分", 1)[0].clause.id
print(json.dumps({"built": opened.built, "notices": opened.notices, "hit": hit}), flush=True)
opened.close()
"""


def open_in_another_process() -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False"}
    return subprocess.Popen([sys.executable, "-c", OPEN_TINY], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def index_folders() -> list[str]:
    return sorted(p.name for p in get_settings().index_dir.iterdir() if p.is_dir())


def test_a_process_that_finds_a_build_in_progress_waits_and_uses_that_index(tiny_corpus, monkeypatch):
    settings = get_settings()
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    other_builder = FileLock(settings.index_dir / BUILD_LOCK)
    other_builder.acquire()
    try:
        waiting = open_in_another_process()
        seen = []
        for _ in range(200):  # bounded: the waiting line comes after the model loads
            line = waiting.stderr.readline()
            if not line:
                break
            seen.append(line)
            if "another process is building the search index" in line:
                break
        assert any("another process is building the search index" in s for s in seen), seen
        # This process is "the other builder": it builds while holding the lock (its own lock call would wait on
        # the one held above, so it is skipped here), then lets the waiting process go.
        monkeypatch.setattr(index, "_build_lock", lambda _settings: contextlib.nullcontext())
        ours = HybridRetriever.open(corpus=tiny_corpus)
        assert ours.built
        ours.close()
        folder = read_manifest(settings).folder
    finally:
        other_builder.release()
    out, err = waiting.communicate(timeout=300)
    assert waiting.returncode == 0, err
    got = json.loads(out.strip().splitlines()[-1])
    assert got["built"] is False
    assert got["notices"] == ["another process built the search index meanwhile; using it"]
    assert got["hit"] == "tsa-cme/5.1"
    assert read_manifest(settings).folder == folder and index_folders() == [folder]


def test_two_processes_starting_on_an_empty_data_folder_build_once_and_both_answer():
    first, second = open_in_another_process(), open_in_another_process()
    results = []
    for proc in (first, second):
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    assert sorted(r["built"] for r in results) == [False, True]
    assert [r["hit"] for r in results] == ["tsa-cme/5.1", "tsa-cme/5.1"]
    assert index_folders() == [read_manifest(get_settings()).folder]

