"""Settings live in `core.settings` (shared with `knowledge/`); re-exported here for existing imports."""

from __future__ import annotations

from core.settings import Settings, get_settings

__all__ = ["Settings", "get_settings"]
