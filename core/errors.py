"""Errors regbot raises on purpose. The CLI and the Slack layer convert them at the edge."""

from __future__ import annotations

from core.redact import mask_url, scrub, url_secrets


class RegbotError(Exception):
    """Base class: a problem the user or operator can act on; str() is the message."""


class ConfigError(RegbotError):
    """A setting is missing or malformed (names the variable)."""

    def __init__(self, variable: str, problem: str) -> None:
        self.variable = variable
        super().__init__(f"{variable}: {problem}")


class IndexUnavailable(RegbotError):
    """The vector index cannot be opened or built."""


class ChromaUnreachable(IndexUnavailable):
    """A configured Chroma server did not answer. The URL is kept and shown with its password masked."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = mask_url(url)
        super().__init__(f"cannot reach the Chroma server at {self.url}: {scrub(reason, url_secrets(url))}")


class BadQuery(RegbotError):
    """A query that cannot be searched or answered (empty, too long)."""


class InquiryLogUnavailable(RegbotError):
    """The inquiry-log database cannot be opened, migrated or read (names the cause, never a password)."""
