"""Errors live in `core.errors` (shared with `knowledge/`); re-exported here for existing imports."""

from __future__ import annotations

from core.errors import BadQuery, ChromaUnreachable, ConfigError, IndexUnavailable, InquiryLogUnavailable, RegbotError

__all__ = ["BadQuery", "ChromaUnreachable", "ConfigError", "IndexUnavailable", "InquiryLogUnavailable", "RegbotError"]
