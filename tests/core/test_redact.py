from __future__ import annotations

import pytest

from core.errors import ChromaUnreachable
from core.redact import mask_url, scrub, url_secrets


@pytest.mark.parametrize(("url", "shown"), [
    ("http://user:secret@host:8000", "http://user:***@host:8000"),
    ("https://user:p%40ss@host", "https://user:***@host"),
    ("http://token@host:8000/x", "http://***@host:8000/x"),
    ("user:secret@host:8000", "user:***@host:8000"),  # no scheme, as connect_server accepts
    ("http://u:p@[::1]:80/x", "http://u:***@[::1]:80/x"),
    ("http://u:secret@[bad", "http://***@[bad"),  # urllib cannot parse it: everything before @ goes
    ("http://host:8000", "http://host:8000"),
    ("127.0.0.1:9", "127.0.0.1:9"),
])
def test_mask_url(url, shown):
    assert mask_url(url) == shown


def test_scrub_removes_the_secret_from_other_text():
    url = "http://user:secret@host:8000"
    assert url_secrets(url) == ["secret"]
    assert scrub("auth failed for secret at host", url_secrets(url)) == "auth failed for *** at host"
    assert url_secrets("http://host") == []


def test_chroma_unreachable_masks_url_and_reason():
    exc = ChromaUnreachable("http://reader:secret@db:8000", "401 for reader:secret")
    assert "secret" not in str(exc) and exc.url == "http://reader:***@db:8000"
