"""The demo's careers site: a Google Analytics 4 export that matches the demo posts.

The export is written exactly as GA4's "Traffic acquisition" report downloads as CSV (comment
lines with the property and the date range, then the table) with ``Date``, ``Session source /
medium`` and ``Session campaign`` as dimensions, and read back through the same import as any
upload (:mod:`core.ingest.visits`), so the demo shows what a real export gives.

Planted (``docs/DEMO.md``): LinkedIn brings fewer visits than Facebook or Instagram, but the most
applications of any channel — its visitors apply about ten times as often. Visits from a
platform rise on the days the own organisation posts there; vacancy posts carry utm-tagged
links (``utm_campaign=vacatures``).
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import polars as pl

from core.demo.generate import DAYS, OWN, START, TAGGED_PLATFORMS, TZ

PROPERTY = "werkenbij.veldhuis-techniek.nl – GA4"

# source / medium: (sessions per day on a weekday, extra sessions per own post that day on the
# platform, share of sessions with an application, platform whose posts drive it)
SOURCES: dict[str, tuple[float, float, float, str | None]] = {
    "google / organic": (52.0, 0.0, 0.020, None),
    "(direct) / (none)": (34.0, 0.0, 0.026, None),
    "bing / organic": (4.0, 0.0, 0.020, None),
    "indeed.com / referral": (11.0, 0.0, 0.055, None),
    "nationalevacaturebank.nl / referral": (4.0, 0.0, 0.040, None),
    "nieuwsbrief / email": (1.5, 0.0, 0.050, None),
    "linkedin / social": (0.0, 9.0, 0.125, "linkedin"),
    "lnkd.in / referral": (4.0, 2.0, 0.105, "linkedin"),
    "facebook / social": (0.0, 10.0, 0.010, "facebook"),
    "m.facebook.com / referral": (16.0, 8.0, 0.009, "facebook"),
    "l.instagram.com / referral": (15.0, 12.0, 0.008, "instagram"),
    "x / social": (0.0, 2.0, 0.020, "x"),
    "t.co / referral": (1.0, 1.0, 0.015, "x"),
    "tiktok.com / referral": (5.0, 6.0, 0.004, "tiktok"),
}
WEEKEND = 0.55
"""Visits on Saturday and Sunday, as a share of a weekday's."""


def _own_posts_per_day(posts: pl.DataFrame) -> dict[tuple[date, str], int]:
    own = posts.filter(
        (pl.col("employer") == OWN.name)
        & (pl.col("author_type") == "own")
        & (pl.col("post_type") != "reply")
    )
    days = own.select(
        pl.col("published_at").dt.convert_time_zone(TZ).dt.date().alias("day"),
        pl.col("platform").cast(pl.String),
    )
    counts = days.group_by("day", "platform").len()
    return {(d, p): n for d, p, n in counts.iter_rows()}


def export(posts: pl.DataFrame, seed: int = 2026) -> bytes:
    """The GA4 CSV download of the demo's careers site for the demo's year."""
    rng = np.random.default_rng(seed + 9)
    per_day = _own_posts_per_day(posts)
    last = START + timedelta(days=DAYS - 1)
    lines = [
        "# ----------------------------------------",
        "# Traffic acquisition: Session source / medium",
        "# Account: Veldhuis Techniek",
        f"# Property: {PROPERTY}",
        "# ----------------------------------------",
        "#",
        "# All Users",
        f"# Start date: {START:%Y%m%d}",
        f"# End date: {last:%Y%m%d}",
        "Date,Session source / medium,Session campaign,Sessions,Total users,Key events",
    ]
    for offset in range(DAYS):
        day = START + timedelta(days=offset)
        factor = WEEKEND if day.weekday() >= 5 else 1.0
        for source, (base, per_post, apply, platform) in SOURCES.items():
            posts_today = per_day.get((day, platform), 0) if platform else 0
            sessions = int(rng.poisson(base * factor + per_post * posts_today))
            if not sessions:
                continue
            users = max(1, round(sessions * rng.uniform(0.78, 0.92)))
            applications = int(rng.binomial(sessions, apply))
            tagged = source.endswith("/ social") and platform in TAGGED_PLATFORMS
            campaign = "vacatures" if tagged else "(referral)"
            if source.startswith(("google", "bing")):
                campaign = "(organic)"
            elif source.startswith("(direct)"):
                campaign = "(direct)"
            elif source.startswith("nieuwsbrief"):
                campaign = "nieuwsbrief"
            lines.append(f"{day:%Y%m%d},{source},{campaign},{sessions},{users},{applications}")
    return ("\n".join(lines) + "\n").encode("utf-8")


FILE_NAME = "werkenbij-veldhuis-techniek_traffic-acquisition.csv"


def careers_site_visits(posts: pl.DataFrame, seed: int = 2026) -> pl.DataFrame:
    """The demo export, read through the web-analytics import like any upload."""
    from core.ingest import ingest_all

    loaded = ingest_all([(FILE_NAME, export(posts, seed))])
    return loaded.visits
