"""Visits and applications per channel, next to what the posts on that platform got.

Web-analytics exports can hold the same visits more than once: GA4's download has the chart's
series per day and the table for the whole range; a user may upload a channel report and a
source / medium report for the same weeks. :func:`channel_rows` therefore picks one set of rows
— the most detailed report (source / medium before channel group), per day when the export has
days (then the chosen period applies), else the export's own date range — and says which.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import polars as pl

from core.i18n import N_
from core.ingest.visits import empty_visits, utm

SOCIAL_CHANNELS = ("organic_social", "paid_social")
REPORTS = ("source", "channel", "campaign", "landing_page")
URL = re.compile(r"https?://\S+|\bwww\.\S+|\b[\w-]+(?:\.[\w-]+)+/\S*utm_\S+")

FORMULAS: dict[str, str] = {
    "sessions": N_(
        "Sessions (GA4) or visits (Matomo) on the careers site, from the web-analytics export."
    ),
    "applications": N_(
        "Key events (GA4) or goal conversions (Matomo), read as applications: the submitted "
        "application is the careers site's key event."
    ),
    "rate": N_("applications ÷ sessions of the channel."),
    "share": N_("sessions (or applications) of the channel ÷ those of all channels."),
    "per_1000": N_(
        "applications from the platform ÷ impressions of the own posts on that platform in "
        "the same period × 1,000; empty for channels without posts."
    ),
    "per_click": N_(
        "sessions from the platform ÷ clicks on the own posts there: how many clicks arrive "
        "as visits (links in bios, shares and untagged links add visits without clicks)."
    ),
    "er": N_("engagements ÷ impressions (engagements = reactions + comments + shares)."),
    "ctr": N_("clicks ÷ impressions."),
    "growth": N_(
        "followers at the end of the period − at the start (account figures per day; else the "
        "follower counts the own posts carry)."
    ),
    "campaign": N_(
        "utm_campaign of the links in the own posts, matched with the sessions the web-analytics "
        "export gives for that campaign."
    ),
}


@dataclass(frozen=True)
class Span:
    """The days the visits figures cover: the chosen period when the export has days
    (``dated``), else the export's own date range (None where it does not say)."""

    start: date | None
    end: date | None
    dated: bool


def channel_key() -> pl.Expr:
    """Social visits by platform ('linkedin'), the rest by channel group ('organic_search')."""
    return (
        pl.when(pl.col("channel").is_in(SOCIAL_CHANNELS) & pl.col("platform").is_not_null())
        .then(pl.col("platform"))
        .otherwise(pl.col("channel").fill_null("unassigned"))
    )


def _unique(visits: pl.DataFrame) -> pl.DataFrame:
    """The same row from a file uploaded twice counts once."""
    keys = [c for c in visits.columns if c not in ("sessions", "users", "key_events", "file")]
    return visits.unique(subset=keys, keep="last", maintain_order=True)


def _pick(rows: pl.DataFrame, start: date, end: date) -> tuple[pl.DataFrame, Span]:
    dated = rows.filter(pl.col("date").is_not_null())
    whole = rows.filter(pl.col("date").is_null())
    counts_applications = whole["key_events"].is_not_null().any()
    if not dated.is_empty() and (
        whole.is_empty() or dated["key_events"].is_not_null().any() or not counts_applications
    ):
        return dated.filter(pl.col("date").is_between(start, end)), Span(start, end, True)
    return whole, Span(whole["start"].min(), whole["end"].max(), False)


def channel_rows(
    visits: pl.DataFrame, start: date, end: date, reports: tuple[str, ...] = REPORTS[:2]
) -> tuple[pl.DataFrame, Span | None]:
    """The visits rows to count for a period (see the module docstring), and what they cover;
    None when no export has visits per channel."""
    visits = _unique(visits)
    for report in reports:
        rows = visits.filter(pl.col("report") == report)
        if not rows.is_empty():
            return _pick(rows, start, end)
    return empty_visits(), None


def _posts_in(own_posts: pl.DataFrame, span: Span) -> pl.DataFrame:
    if span.start is None or span.end is None:
        return own_posts.head(0)
    return own_posts.filter(pl.col("day").is_between(span.start, span.end))


def channel_table(rows: pl.DataFrame, span: Span, own_posts: pl.DataFrame) -> pl.DataFrame:
    """One row per channel (social channels per platform), most sessions first.

    Columns: ``key`` (:func:`channel_key`), ``sessions``, ``users``, ``applications``,
    ``rate``, ``share_sessions``, ``share_applications``, ``impressions``, ``clicks``,
    ``per_1000``, ``per_click`` — see :data:`FORMULAS`.

    Args:
        rows: From :func:`channel_rows`.
        span: What the rows cover; the posts are counted over the same days.
        own_posts: The own accounts' posts with their local ``day``
            (:func:`core.impact.posts.own_posts`, over any period that includes the span).
    """
    has_users = rows["users"].is_not_null().any()
    has_applications = rows["key_events"].is_not_null().any()
    table = (
        rows.group_by(channel_key().alias("key"))
        .agg(
            pl.col("sessions").sum(),
            pl.col("users").sum(),
            pl.col("key_events").sum().round().cast(pl.Int64).alias("applications"),
        )
        .with_columns(
            pl.when(pl.lit(has_users)).then(pl.col("users")).alias("users"),
            pl.when(pl.lit(has_applications)).then(pl.col("applications")).alias("applications"),
        )
    )
    posts = (
        _posts_in(own_posts, span)
        .group_by(pl.col("platform").cast(pl.String).alias("key"))
        .agg(
            pl.col("impressions").sum(),
            pl.col("clicks").sum(),
            pl.col("impressions").is_not_null().any().alias("has_impressions"),
            pl.col("clicks").is_not_null().any().alias("has_clicks"),
        )
        .select(
            "key",
            pl.when("has_impressions").then(pl.col("impressions")).alias("impressions"),
            pl.when("has_clicks").then(pl.col("clicks")).alias("clicks"),
        )
    )
    total_sessions = pl.col("sessions").sum()
    total_applications = pl.col("applications").sum()
    return (
        table.join(posts, on="key", how="left")
        .with_columns(
            pl.when(pl.col("sessions") > 0)
            .then(pl.col("applications") / pl.col("sessions"))
            .alias("rate"),
            (pl.col("sessions") / total_sessions).alias("share_sessions"),
            pl.when(total_applications > 0)
            .then(pl.col("applications") / total_applications)
            .alias("share_applications"),
            pl.when(pl.col("impressions") > 0)
            .then(pl.col("applications") / pl.col("impressions") * 1000)
            .alias("per_1000"),
            pl.when(pl.col("clicks") > 0)
            .then(pl.col("sessions") / pl.col("clicks"))
            .alias("per_click"),
        )
        .sort(["sessions", "key"], descending=[True, False])
    )


def visits_over_time(visits: pl.DataFrame, start: date, end: date) -> pl.DataFrame:
    """Per week (from Monday) and channel key: sessions and applications, from the exports
    that have days (the most detailed report of those), whole weeks inside the period only.
    Empty when none has days."""
    visits = _unique(visits).filter(pl.col("date").is_between(start, end))
    for report in REPORTS[:2]:
        rows = visits.filter(pl.col("report") == report)
        if rows.is_empty():
            continue
        weeks = pl.col("date").dt.truncate("1w")
        whole = rows.filter((weeks >= start) & (weeks + pl.duration(days=6) <= end))
        rows = whole if not whole.is_empty() else rows  # whole weeks only, as weekly()
        return (
            rows.group_by(
                pl.col("date").dt.truncate("1w").alias("week"), channel_key().alias("key")
            )
            .agg(
                pl.col("sessions").sum(),
                pl.col("key_events").sum().alias("applications"),
                pl.col("key_events").is_not_null().any().alias("has_applications"),
            )
            .with_columns(
                pl.when("has_applications").then(pl.col("applications")).alias("applications")
            )
            .drop("has_applications")
            .sort("week", "key")
        )
    return pl.DataFrame(
        schema={"week": pl.Date, "key": pl.String, "sessions": pl.Int64, "applications": pl.Float64}
    )


def _tags(text: str | None, url: str | None) -> dict[str, str]:
    for link in [url or "", *URL.findall(text or "")]:
        found = utm(link)
        if found.get("campaign"):
            return found
    return {}


def campaigns(
    visits: pl.DataFrame, own_posts: pl.DataFrame, start: date, end: date
) -> pl.DataFrame:
    """The utm campaigns of the own posts' links in the period, with the visits the export gives
    for each.

    Columns: ``campaign``, ``sources`` (the utm_source values), ``posts``, ``impressions``,
    ``clicks``, ``sessions``, ``applications`` (None where the export has no such campaign
    or no campaign dimension at all).
    """
    # Only a post with "utm_campaign" in its text or link can have a campaign: the others are
    # not read link by link (a million posts).
    tagged_somewhere = pl.any_horizontal(
        pl.col(c).str.contains("utm_campaign", literal=True).fill_null(False)
        for c in ("text", "url")
    )
    posts = own_posts.filter(pl.col("day").is_between(start, end) & tagged_somewhere)
    tags = [_tags(text, url) for text, url in posts.select("text", "url").iter_rows()]
    tagged = posts.with_columns(
        pl.Series("campaign", [t.get("campaign") for t in tags], dtype=pl.String),
        pl.Series("utm_source", [t.get("source") for t in tags], dtype=pl.String),
    ).filter(pl.col("campaign").is_not_null())
    if tagged.is_empty():
        return pl.DataFrame(
            schema={
                "campaign": pl.String, "sources": pl.String, "posts": pl.UInt32,
                "impressions": pl.Int64, "clicks": pl.Int64, "sessions": pl.Int64,
                "applications": pl.Int64,
            }
        )  # fmt: skip
    by_campaign = tagged.group_by("campaign").agg(
        pl.col("utm_source").drop_nulls().unique().sort().str.join(", ").alias("sources"),
        pl.len().alias("posts"),
        pl.col("impressions").sum(),
        pl.col("clicks").sum(),
    )
    rows, _ = channel_rows(
        visits.filter(pl.col("campaign").is_not_null()), start, end, ("source", "campaign")
    )
    visited = rows.group_by("campaign").agg(
        pl.col("sessions").sum(),
        pl.col("key_events").sum().round().cast(pl.Int64).alias("applications"),
    )
    return by_campaign.join(visited, on="campaign", how="left").sort(
        ["sessions", "posts"], descending=True, nulls_last=True
    )
