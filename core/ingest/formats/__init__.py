"""Every known export format, one declarative :class:`Profile` each.

Adding a format is adding a profile to :mod:`.social` or :mod:`.tools`; ``docs/FORMATS.md``
lists them for users (checked by a test).
"""

from __future__ import annotations

from core.ingest.formats.base import Profile
from core.ingest.formats.social import SOCIAL
from core.ingest.formats.tools import TOOLS

PROFILES: tuple[Profile, ...] = SOCIAL + TOOLS

__all__ = ["PROFILES", "Profile"]
