"""App Home: who is staff (REGBOT_STAFF_USERS, or a member of REGBOT_STAFF_CHANNEL) and publishing
their live view; everyone else gets the public view."""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from slack_sdk.errors import SlackApiError

from bot.log_summary import summarise
from bot.slack.services import Services
from bot.slack.views.home import public_home, staff_home

logger = logging.getLogger("regbot.slack")

MEMBERS_TTL_S = 300.0  # the staff channel's member list is asked for at most this often
MAX_MEMBER_PAGES = 20
_lock = threading.Lock()


class StaffDirectory:
    """Staff user ids: the configured ones plus the staff channel's members (cached); and which staff
    opened their App Home, so a new or resolved hand-off refreshes their view."""

    def __init__(self, svc: Services) -> None:
        self.svc = svc
        self._members: frozenset[str] = frozenset()
        self._fetched = float("-inf")
        self.viewers: set[str] = set()

    def members(self, client: Any) -> frozenset[str]:
        if not self.svc.staff_channel:
            return frozenset()
        if time.monotonic() - self._fetched < MEMBERS_TTL_S:
            return self._members
        found: set[str] = set()
        cursor = None
        try:
            for _ in range(MAX_MEMBER_PAGES):
                page = client.conversations_members(channel=self.svc.staff_channel, limit=1000, cursor=cursor)
                found.update(page.get("members") or [])
                cursor = (page.get("response_metadata") or {}).get("next_cursor")
                if not cursor:
                    break
        except SlackApiError:
            logger.warning("could not list the staff channel's members", exc_info=True)
            return self._members  # the last list known (empty at first): configured ids still count
        self._members, self._fetched = frozenset(found), time.monotonic()
        return self._members

    def is_staff(self, client: Any, user: str) -> bool:
        return user in self.svc.staff_users or user in self.members(client)


def directory(svc: Services) -> StaffDirectory:
    """The one directory of these services (made on first use)."""
    with _lock:
        found = getattr(svc, "_staff_directory", None)
        if found is None:
            found = StaffDirectory(svc)
            svc._staff_directory = found  # type: ignore[attr-defined]
        return found


def publish_home(svc: Services, client: Any, user: str) -> bool:
    """Publish `user`'s App Home; True when it was the staff view."""
    staff = directory(svc)
    is_staff = staff.is_staff(client, user)
    if is_staff:
        staff.viewers.add(user)
    client.views_publish(user_id=user, view=staff_home(summarise(svc.log)) if is_staff else public_home())
    return is_staff


def refresh_staff_homes(svc: Services, client: Any, also: str | None = None) -> None:
    """Re-publish the staff view of every staff member who opened it (a hand-off was created or resolved)."""
    staff = directory(svc)
    users = set(staff.viewers) | ({also} if also and staff.is_staff(client, also) else set())
    if not users:
        return
    view = staff_home(summarise(svc.log))
    for user in sorted(users):
        try:
            client.views_publish(user_id=user, view=view)
        except SlackApiError:
            logger.warning("could not refresh the App Home of %s", user, exc_info=True)
