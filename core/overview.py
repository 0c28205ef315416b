"""The at-a-glance overview of a dataset shown on the Home page."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import polars as pl

from core import concepts
from core.concepts import SEGMENTS
from core.metrics import with_derived


@dataclass(frozen=True)
class Overview:
    """What a dataset holds, in numbers.

    Attributes:
        posts: Number of posts.
        start: First publication time (UTC), or None for an empty dataset.
        end: Last publication time (UTC).
        weeks: Whole weeks covered (at least 1 for a non-empty dataset).
        employers: Number of distinct employers.
        engagements_total: Sum of engagements over posts that report them.
        engagements_median: Median engagements per post that reports them.
        per_platform: ``platform`` (enum), ``posts`` (u32), sorted by posts descending.
        per_segment: ``segment``, ``posts``, ``share``, ``engagements``, ``median_engagements``;
            one row per segment in :data:`core.concepts.SEGMENTS` order, zero rows included.
        mentions: Mentions (:func:`core.concepts.mention`) per employer over the whole dataset.
    """

    posts: int
    start: datetime | None
    end: datetime | None
    weeks: int
    employers: int
    engagements_total: int
    engagements_median: float | None
    per_platform: pl.DataFrame
    per_segment: pl.DataFrame
    mentions: dict[str, int] = field(default_factory=dict)

    def mentions_of(self, employer: str | None) -> int:
        """Mentions of one employer (of all of them when None)."""
        if employer is None:
            return sum(self.mentions.values())
        return self.mentions.get(employer, 0)

    def segment_posts(self, segment: str) -> int:
        row = self.per_segment.filter(pl.col("segment") == segment)
        return int(row["posts"][0]) if row.height else 0


def overview(posts: pl.LazyFrame) -> Overview:
    """Summarise a post table for the Home page."""
    df = with_derived(posts).collect()
    totals = df.select(
        pl.len().alias("posts"),
        pl.col("published_at").min().alias("start"),
        pl.col("published_at").max().alias("end"),
        pl.col("employer").n_unique().alias("employers"),
        pl.col("employer").null_count().alias("no_employer"),
        pl.col("engagements").sum().alias("engagements_total"),
        pl.col("engagements").median().alias("engagements_median"),
    ).row(0, named=True)
    per_platform = (
        df.group_by("platform")
        .agg(pl.len().alias("posts"))
        .sort(["posts", "platform"], descending=[True, False])
    )
    segments = pl.DataFrame({"segment": pl.Series(SEGMENTS, dtype=pl.Enum(SEGMENTS))})
    per_segment = (
        segments.join(
            df.group_by("segment").agg(
                pl.len().alias("posts"),
                pl.col("engagements").sum().alias("engagements"),
                pl.col("engagements").median().alias("median_engagements"),
            ),
            on="segment",
            how="left",
        )
        .with_columns(pl.col("posts").fill_null(0), pl.col("engagements").fill_null(0))
        .with_columns((pl.col("posts") / max(totals["posts"], 1)).alias("share"))
    )
    start, end = totals["start"], totals["end"]
    weeks = max(1, round((end - start).days / 7)) if start is not None else 0
    employers = totals["employers"] - (1 if totals["no_employer"] else 0)
    return Overview(
        posts=totals["posts"],
        start=start,
        end=end,
        weeks=weeks,
        employers=employers,
        engagements_total=int(totals["engagements_total"] or 0),
        engagements_median=totals["engagements_median"],
        per_platform=per_platform,
        per_segment=per_segment,
        mentions=dict(
            concepts.mentions(df)
            .filter(pl.col("employer").is_not_null())
            .group_by("employer")
            .len()
            .iter_rows()
        ),
    )


STOCK_METRICS = frozenset({"followers"})
"""Daily figures that are a level on that day (summed over days they would mean nothing)."""


def day_figures(days: pl.DataFrame) -> pl.DataFrame:
    """The account figures per day in brief: per platform, account and metric, the days covered
    and the total (or, for a level such as followers, the last value and its change).

    Returns:
        ``platform, account, employer, metric, days, first, last, value, change``; ``change``
        only for levels (last − first).
    """
    if days.is_empty():
        return pl.DataFrame(
            schema={"platform": pl.String, "account": pl.String, "employer": pl.String,
                    "metric": pl.String, "days": pl.UInt32, "first": pl.Date, "last": pl.Date,
                    "value": pl.Float64, "change": pl.Float64}
        )  # fmt: skip
    level = pl.col("metric").is_in(list(STOCK_METRICS))
    ordered = pl.col("value").sort_by("date")
    return (
        days.group_by("platform", "account", "employer", "metric")
        .agg(
            pl.col("date").n_unique().alias("days"),
            pl.col("date").min().alias("first"),
            pl.col("date").max().alias("last"),
            pl.when(level.first())
            .then(ordered.last())
            .otherwise(pl.col("value").sum())
            .alias("value"),
            pl.when(level.first()).then(ordered.last() - ordered.first()).alias("change"),
        )
        .sort("platform", "metric", nulls_last=True)
    )
