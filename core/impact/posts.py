"""Reach, engagement and clicks of the own accounts' posts, per platform and kind of post."""

from __future__ import annotations

from datetime import date

import polars as pl

from core.metrics import with_derived

SUMS = ("impressions", "reach", "engagements", "clicks")


def own_posts(
    posts: pl.LazyFrame, own: str | None, tz: str, start: date, end: date
) -> pl.LazyFrame:
    """Posts of the own organisation's accounts (not their replies) published in the period,
    with the derived engagements and the local day."""
    frame = with_derived(posts).filter(
        (pl.col("author_type") == "own") & (pl.col("post_type") != "reply")
    )
    if own:
        frame = frame.filter(pl.col("employer") == own)
    day = pl.col("published_at").dt.convert_time_zone(tz).dt.date()
    return frame.with_columns(day.alias("day")).filter(pl.col("day").is_between(start, end))


def _totals() -> list[pl.Expr]:
    sums = [pl.col(c).sum().alias(c) for c in SUMS]
    # A sum over posts of which none reports the figure is unknown, not zero.
    known = [pl.col(c).is_not_null().any().alias(f"has_{c}") for c in SUMS]
    return [pl.len().alias("posts"), *sums, *known]


def _unknown_as_null(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.with_columns(
        [pl.when(pl.col(f"has_{c}")).then(pl.col(c)).alias(c) for c in SUMS]
    ).drop([f"has_{c}" for c in SUMS])


def by_kind(own: pl.LazyFrame) -> pl.DataFrame:
    """Per platform and kind of post: posts, impressions, reach, engagements, clicks, the
    engagement rate (engagements ÷ impressions) and the click-through rate (clicks ÷
    impressions), most impressions first."""
    grouped = own.group_by(
        pl.col("platform").cast(pl.String), pl.col("post_type").cast(pl.String)
    ).agg(_totals())
    out = _unknown_as_null(grouped.collect())
    impressions = pl.col("impressions")
    return out.with_columns(
        pl.when(impressions > 0).then(pl.col("engagements") / impressions).alias("rate"),
        pl.when(impressions > 0).then(pl.col("clicks") / impressions).alias("ctr"),
    ).sort(
        ["impressions", "posts", "platform", "post_type"],
        descending=[True, True, False, False],
        nulls_last=True,
    )


def weekly(
    own: pl.LazyFrame, by: str = "platform", start: date | None = None, end: date | None = None
) -> pl.DataFrame:
    """Per week (starting Monday) and platform (or kind of post): the sums of :data:`SUMS`.

    With a period, only the weeks that lie wholly inside it (a period that starts on a Thursday
    would otherwise begin with a week of four days, drawn as a drop that did not happen); a
    period shorter than a whole week keeps what it has."""
    week = pl.col("day").dt.truncate("1w").alias("week")
    grouped = own.group_by(week, pl.col(by).cast(pl.String).alias("group")).agg(_totals())
    out = _unknown_as_null(grouped.collect()).sort("week", "group")
    if start is None or end is None:
        return out
    whole = out.filter((pl.col("week") >= start) & (pl.col("week") + pl.duration(days=6) <= end))
    return whole if not whole.is_empty() else out
