"""Secrets kept out of messages and logs."""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

MASK = "***"
_USERINFO = re.compile(r"(?<=//)[^/@\s]*@")


def mask_url(url: str) -> str:
    """`url` with its password shown as *** (http://user:***@host:8000); a bare user part is masked whole.

    A URL urllib cannot parse has everything between `//` and `@` masked; `host:port` needs no scheme.
    """
    if "//" not in url:
        return mask_url(f"//{url}")[2:]
    try:
        parts = urlsplit(url)
        if parts.username is None and parts.password is None:
            return url if "@" not in parts.netloc else _USERINFO.sub(f"{MASK}@", url)
        host = parts.netloc.rsplit("@", 1)[1]
        who = f"{parts.username}:{MASK}" if parts.password is not None else MASK
        return urlunsplit(parts._replace(netloc=f"{who}@{host}"))
    except ValueError:
        return _USERINFO.sub(f"{MASK}@", url)


def url_secrets(url: str) -> list[str]:
    """The secret parts of `url` (password, or a bare user part used as a token), to scrub from other text."""
    try:
        parts = urlsplit(url if "//" in url else f"//{url}")
        secret = parts.password if parts.password is not None else parts.username
    except ValueError:
        return []
    return [secret] if secret else []


def scrub(text: str, secrets: list[str]) -> str:
    """`text` with every occurrence of each secret replaced by ***."""
    for secret in secrets:
        text = text.replace(secret, MASK)
    return text
