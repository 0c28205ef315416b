"""Every known export format, one declarative :class:`Profile` each.

Adding a format is adding a profile to :mod:`.social` or :mod:`.tools` (a file that holds no
posts: an entry in :mod:`.not_posts`); ``docs/FORMATS.md`` lists them for users (checked by a
test).
"""

from __future__ import annotations

from core.ingest.formats.base import NotPosts, Profile
from core.ingest.formats.not_posts import NOT_POSTS
from core.ingest.formats.social import SOCIAL
from core.ingest.formats.tools import TOOLS

PROFILES: tuple[Profile, ...] = SOCIAL + TOOLS

__all__ = ["NOT_POSTS", "PROFILES", "NotPosts", "Profile"]


def not_posts(headers: list[str]) -> NotPosts | None:
    """The kind of file without posts these headers are, if it is one we know."""
    return next((kind for kind in NOT_POSTS if kind.matches(headers)), None)
