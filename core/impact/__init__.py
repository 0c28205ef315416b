"""Impact (seed 000, reason 9): what the posts bring in — reach, engagement and clicks, visits to
the careers site per channel, applications per channel and per 1,000 impressions, follower
growth.

- :mod:`core.impact.posts`: reach, engagement and clicks of the own accounts' posts per platform
  and per kind of post, per week;
- :mod:`core.impact.channels`: visits and applications per channel from web analytics
  (:mod:`core.ingest.visits`), next to the impressions and clicks of the posts on that platform;
  utm campaigns of the posts' links;
- :mod:`core.impact.followers`: follower growth per platform.

Every figure has its formula in :data:`FORMULAS`, shown on the page as on Competitors.
"""

from core.impact.channels import (
    FORMULAS,
    Span,
    campaigns,
    channel_key,
    channel_rows,
    channel_table,
    visits_over_time,
)
from core.impact.followers import follower_growth
from core.impact.posts import by_kind, own_posts, weekly

__all__ = [
    "FORMULAS",
    "Span",
    "by_kind",
    "campaigns",
    "channel_key",
    "channel_rows",
    "channel_table",
    "follower_growth",
    "own_posts",
    "visits_over_time",
    "weekly",
]
