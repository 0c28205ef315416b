"""Voices and topics: who drives the conversation, and what is said — positive, negative, new.

Voices are grouped as employees, candidates, media, influencers and others, from what the
data tells: the author type (employees), the platform or name (news sites and outlets are
media), the audience (:data:`INFLUENCER_FOLLOWERS` followers or more), and what they wrote
(asking about vacancies, applying, working there: candidates).
"""

from __future__ import annotations

import re
from datetime import date

import polars as pl

from core import concepts
from core.concepts import is_question

INFLUENCER_FOLLOWERS = 10_000
MEDIA_PLATFORMS = ("news", "blog")
MEDIA_NAME = re.compile(
    r"nieuws|news|krant|dagblad|courant|rtv|omroep|radio|\btv\b|fm\b|vakblad|magazine|"
    r"journaal|media|\bpers\b|press|bouwwereld",
    re.IGNORECASE,
)
CANDIDATE_WORDS = re.compile(
    r"vacature|sollicit|functie|sollicitatie|werken (bij|als)|gesprek|vacancy|apply|applying|"
    r"position|interview|job|hiring|werkervaring|stage|traineeship",
    re.IGNORECASE,
)
SEGMENTS = ("employee", "candidate", "media", "influencer", "other")


def segment(author_type: str, platform: str, name: str, followers: int | None, texts) -> str:
    """The voice segment of one author (see the module docstring for the rules, in order)."""
    if author_type == "employee":
        return "employee"
    if platform in MEDIA_PLATFORMS or MEDIA_NAME.search(name or ""):
        return "media"
    if any(t and is_question(t) and CANDIDATE_WORDS.search(t) for t in texts):
        return "candidate"
    if (followers or 0) >= INFLUENCER_FOLLOWERS:
        return "influencer"
    return "other"


def _segment_expr() -> pl.Expr:
    """:func:`segment` for every author at once, over the grouped columns (``author_type``,
    ``platform``, ``author_name``, ``followers``, ``candidate``: any of their posts asks about
    working there)."""
    media = pl.col("platform").is_in(MEDIA_PLATFORMS) | pl.col("author_name").fill_null(
        ""
    ).str.contains("(?i)" + MEDIA_NAME.pattern)
    return (
        pl.when(pl.col("author_type") == "employee")
        .then(pl.lit("employee"))
        .when(media)
        .then(pl.lit("media"))
        .when(pl.col("candidate"))
        .then(pl.lit("candidate"))
        .when(pl.col("followers").fill_null(0) >= INFLUENCER_FOLLOWERS)
        .then(pl.lit("influencer"))
        .otherwise(pl.lit("other"))
    )


def voices(mentions: pl.DataFrame, top: int | None = None) -> pl.DataFrame:
    """One row per author of mentions, most-seen first.

    Columns: ``author_handle``, ``author_name``, ``segment``, ``mentions``, ``reach`` (largest
    audience seen: reach, else followers), ``engagements``, ``positive``, ``negative`` (shares
    of their mentions with a sentiment), ``theme`` (their most frequent theme, when known),
    ``location``, ``platforms``.
    """
    if mentions.is_empty():
        return pl.DataFrame()
    from core.metrics import with_derived

    frame = with_derived(mentions.lazy()).collect()
    asks_about_work = concepts.asks(pl.col("text").fill_null("")) & pl.col("text").fill_null(
        ""
    ).str.contains("(?i)" + CANDIDATE_WORDS.pattern)
    has_theme = "theme_name" in frame.columns
    known = pl.col("sentiment").is_not_null().sum().cast(pl.Float64)
    grouped = frame.group_by(pl.coalesce("author_handle", "author_name").alias("author")).agg(
        pl.col("author_handle").first(),
        pl.col("author_name").drop_nulls().first(),
        pl.col("author_type").cast(pl.String).first(),
        pl.col("platform").cast(pl.String).mode().sort().first().alias("platform"),
        pl.len().alias("mentions"),
        pl.max_horizontal(pl.col("reach").max(), pl.col("followers").max()).alias("reach"),
        pl.col("followers").max(),
        pl.col("engagements").sum(),
        pl.when(known > 0)
        .then((pl.col("sentiment") == "positive").sum() / known)
        .alias("positive"),
        pl.when(known > 0)
        .then((pl.col("sentiment") == "negative").sum() / known)
        .alias("negative"),
        (
            pl.col("theme_name").drop_nulls().mode().sort().first()
            if has_theme
            else pl.lit(None, pl.String)
        ).alias("theme"),
        pl.col("location").drop_nulls().mode().sort().first().alias("location"),
        pl.col("platform").cast(pl.String).unique().sort().str.join(", ").alias("platforms"),
        asks_about_work.any().alias("candidate"),
    )
    out = grouped.with_columns(_segment_expr().alias("segment")).select(
        "author_handle",
        "author_name",
        "segment",
        "mentions",
        "reach",
        "engagements",
        "positive",
        "negative",
        "theme",
        "location",
        "platforms",
    )
    out = out.sort(
        ["reach", "engagements", "author_name"], descending=[True, True, False], nulls_last=True
    )
    return out.head(top) if top else out


def geography(mentions: pl.DataFrame) -> pl.DataFrame:
    """Mentions per place (``location``), when the export has it."""
    if "location" not in mentions.columns:
        return pl.DataFrame()
    known = mentions.filter(pl.col("location").is_not_null())
    if known.is_empty():
        return pl.DataFrame()
    return (
        known.group_by("location")
        .agg(
            pl.len().alias("mentions"),
            (pl.col("sentiment") == "negative").sum().alias("negative"),
        )
        .sort(["mentions", "location"], descending=[True, False])
    )


def topics(
    mentions: pl.DataFrame, start: date, end: date, previous: tuple[date, date], tz: str
) -> pl.DataFrame:
    """Themes of the period's mentions, by sentiment, and what changed since the period before.

    Args:
        mentions: Mentions with ``theme_name``.
        start, end: The period; ``previous``: the period before (same length).

    Returns:
        ``theme_name``, ``mentions``, ``positive``, ``negative`` (counts), ``previous``
        (mentions in the previous period), ``change`` (ratio − 1, null when new), ``new``
        (at least 5 now and at most 1 before).
    """
    if "theme_name" not in mentions.columns or mentions.is_empty():
        return pl.DataFrame()
    day = pl.col("published_at").dt.convert_time_zone(tz).dt.date()
    framed = mentions.filter(pl.col("theme_name").is_not_null())
    now = (
        framed.filter(day.is_between(start, end))
        .group_by("theme_name")
        .agg(
            pl.len().alias("mentions"),
            (pl.col("sentiment") == "positive").sum().alias("positive"),
            (pl.col("sentiment") == "negative").sum().alias("negative"),
        )
    )
    before = (
        framed.filter(day.is_between(*previous))
        .group_by("theme_name")
        .agg(pl.len().alias("previous"))
    )
    return (
        now.join(before, on="theme_name", how="left")
        .with_columns(pl.col("previous").fill_null(0))
        .with_columns(
            pl.when(pl.col("previous") > 0)
            .then(pl.col("mentions") / pl.col("previous") - 1)
            .alias("change"),
            ((pl.col("mentions") >= 5) & (pl.col("previous") <= 1)).alias("new"),
        )
        .sort(["mentions", "theme_name"], descending=[True, False])
    )
