"""Audience timing: when the audience is online and which slots work best.

- :mod:`core.timing.slots`: heatmaps, best slots with their lift and interval (re-exported here);
- :mod:`core.timing.advice`: the advice as a sentence per platform;
- :mod:`core.timing.schedule`: a test schedule for slots not tried yet.

How much arrives outside office hours is listening: :mod:`core.listening.continuity`.
"""

from core.timing.slots import (
    HEAT_METRICS,
    OFFICE_HOURS,
    RATE_METRICS,
    Recommendation,
    SlotSettings,
    accounts,
    audience,
    available_rates,
    best_slots,
    heatmap,
    local_times,
    post_lifts,
    recommend,
    select,
)

__all__ = [
    "HEAT_METRICS",
    "OFFICE_HOURS",
    "RATE_METRICS",
    "Recommendation",
    "SlotSettings",
    "accounts",
    "audience",
    "available_rates",
    "best_slots",
    "heatmap",
    "local_times",
    "post_lifts",
    "recommend",
    "select",
]
