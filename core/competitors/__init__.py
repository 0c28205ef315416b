"""Competitor benchmark: how the own organisation compares with the employers it competes with.

- :mod:`core.competitors.benchmark`: definitions, ranking, weekly series, top posts
  (re-exported here);
- :mod:`core.competitors.categories`: kinds of activity by fixed keywords.
"""

from core.competitors.benchmark import (
    AGGREGATIONS,
    METRICS,
    RATES,
    SOV,
    Choice,
    Definition,
    Period,
    Value,
    content_mix,
    engagement_rate,
    growth,
    growth_from_days,
    per_platform,
    ranking,
    sentiment,
    share_of_voice,
    top_posts,
    weekly,
    within,
)

__all__ = [
    "AGGREGATIONS",
    "METRICS",
    "RATES",
    "SOV",
    "Choice",
    "Definition",
    "Period",
    "Value",
    "content_mix",
    "engagement_rate",
    "growth",
    "growth_from_days",
    "per_platform",
    "ranking",
    "sentiment",
    "share_of_voice",
    "top_posts",
    "weekly",
    "within",
]
