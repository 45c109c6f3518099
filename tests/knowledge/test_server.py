"""Server mode against a real `chroma run` process, and an unreachable server URL."""

from __future__ import annotations

import pytest

from bot.errors import ChromaUnreachable
from knowledge.retrieve import HybridRetriever
from tests.knowledge.conftest import free_port, make_corpus, running_chroma, settings_for


@pytest.mark.slow
def test_builds_on_the_server_then_reuses_it(chroma_server, tmp_path, tiny_corpus):
    settings = settings_for(tmp_path, REGBOT_CHROMA_URL=chroma_server)
    first = HybridRetriever.open(settings, corpus=tiny_corpus)
    assert first.built and first.manifest.dim == 384
    assert first.search("年會積分", 1)[0].clause.id == "tsa-cme/5.1"
    assert not (tmp_path / "index").exists()  # nothing embedded on disk in server mode

    again = HybridRetriever.open(settings, corpus=tiny_corpus)
    assert not again.built and again.manifest.dim == 384
    assert again.search("二(五)", 1)[0].clause.id == "hpa-mammo/2.5"
    names = [c.name for c in again.client.list_collections()]
    assert again.manifest.collection in names and not any("-building-" in n for n in names)

    changed = HybridRetriever.open(settings, corpus=make_corpus(extra="(修正)"))
    assert changed.built and changed.manifest.collection != again.manifest.collection


@pytest.mark.slow
def test_a_broken_collection_on_the_server_is_rebuilt(chroma_server, tmp_path, tiny_corpus):
    settings = settings_for(tmp_path, REGBOT_CHROMA_URL=chroma_server)
    opened = HybridRetriever.open(settings, corpus=tiny_corpus)
    opened.collection.delete(ids=["tsa-cme/5.1"])  # a partial collection under the final name
    again = HybridRetriever.open(settings, corpus=tiny_corpus)
    assert again.built and "unusable" in again.notices[0]
    assert again.collection.count() == 9


@pytest.mark.parametrize("url", ["http://127.0.0.1:{port}", "127.0.0.1:{port}", "ftp://example"])
def test_unreachable_server_names_the_url(tmp_path, tiny_corpus, url):
    url = url.format(port=free_port())  # a port nobody listens on
    with pytest.raises(ChromaUnreachable) as info:
        HybridRetriever.open(settings_for(tmp_path, REGBOT_CHROMA_URL=url), corpus=tiny_corpus)
    assert url in str(info.value) and info.value.url == url


@pytest.mark.slow
def test_server_going_away_mid_run_is_a_clear_error(tmp_path, tiny_corpus):
    with running_chroma(tmp_path / "server") as url:
        retriever = HybridRetriever.open(settings_for(tmp_path, REGBOT_CHROMA_URL=url), corpus=tiny_corpus)
        assert retriever.search("年會", 1)
    with pytest.raises(ChromaUnreachable) as info:  # the server is stopped now
        retriever.search("年會", 1)
    assert url in str(info.value)
