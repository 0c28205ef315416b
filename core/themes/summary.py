"""Per-theme figures for the Themes page and the other pages: size, engagement, sentiment, trend."""

from __future__ import annotations

import numpy as np
import polars as pl

from core.metrics import with_derived
from core.themes.names import Applied
from core.themes.naming import label
from core.themes.pipeline import Themes

RATES = ("er_impressions", "er_reach", "er_followers")


def names(themes: Themes, applied: Applied, fallback: str) -> dict[int, str]:
    """Shown theme → its name: the user's, else the top keywords, else ``fallback`` + number."""
    out = {}
    for theme in sorted(set(applied.group.values())):
        if theme in applied.names:
            out[theme] = applied.names[theme]
        else:
            out[theme] = label(themes.keywords.get(theme, []), f"{fallback} {theme + 1}")
    return out


def assign(posts: pl.DataFrame, themes: Themes, applied: Applied, fallback: str) -> pl.DataFrame:
    """``posts`` with ``theme`` (shown theme number, null when unassigned) and ``theme_name``."""
    shown = np.array([applied.group.get(int(x), int(x)) if x >= 0 else -1 for x in themes.labels])
    named = names(themes, applied, fallback)
    theme = pl.Series("theme", shown, dtype=pl.Int32)
    return posts.with_columns(
        pl.when(theme >= 0).then(theme).otherwise(None).alias("theme")
    ).with_columns(
        pl.col("theme")
        .replace_strict(named, default=None, return_dtype=pl.String)
        .alias("theme_name")
    )


def rate_column(posts: pl.DataFrame) -> str | None:
    """The engagement rate the data supports best (impressions, then reach, then followers)."""
    frame = with_derived(posts.lazy()).select(RATES).collect()
    for rate in RATES:
        if frame.get_column(rate).drop_nulls().len() > 0:
            return rate
    return None


def table(posts: pl.DataFrame, own: str | None = None) -> tuple[pl.DataFrame, str | None]:
    """One row per theme (largest first) with what a marketer asks about it.

    Args:
        posts: Output of :func:`assign`.
        own: The own organisation, for its share of each theme.

    Returns:
        The table — ``theme``, ``theme_name``, ``posts``, ``share``, ``median_rate``,
        ``positive``/``negative`` (shares of posts with a known sentiment, null when none is
        known), ``own_share``, ``top_platform``, ``trend`` (posts per month, oldest first),
        ``change`` (posts in the last 90 days ÷ the 90 before, minus 1) — and the rate used.
    """
    rate = rate_column(posts)
    frame = with_derived(posts.lazy()).collect()
    total = frame.height
    assigned = frame.filter(pl.col("theme").is_not_null())
    if assigned.is_empty():
        return pl.DataFrame(), rate
    months = frame.select(pl.col("published_at").dt.truncate("1mo").unique().sort()).to_series()
    end = frame.get_column("published_at").max()
    recent = pl.col("published_at") > end - pl.duration(days=90)
    before = (pl.col("published_at") <= end - pl.duration(days=90)) & (
        pl.col("published_at") > end - pl.duration(days=180)
    )
    known = pl.col("sentiment").is_in(["positive", "negative", "neutral"])
    rows = assigned.group_by("theme", "theme_name").agg(
        pl.len().alias("posts"),
        (pl.col(rate).median() if rate else pl.lit(None, pl.Float64)).alias("median_rate"),
        ((pl.col("sentiment") == "positive").sum() / known.sum().cast(pl.Float64)).alias(
            "positive"
        ),
        ((pl.col("sentiment") == "negative").sum() / known.sum().cast(pl.Float64)).alias(
            "negative"
        ),
        ((pl.col("employer") == own).mean() if own else pl.lit(None, pl.Float64)).alias(
            "own_share"
        ),
        pl.col("platform").mode().sort().first().alias("top_platform"),
        recent.sum().alias("_recent"),
        before.sum().alias("_before"),
    )
    trend = (
        assigned.with_columns(pl.col("published_at").dt.truncate("1mo").alias("month"))
        .group_by("theme", "month")
        .len()
    )
    grid = (
        pl.DataFrame({"theme": rows.get_column("theme")})
        .join(pl.DataFrame({"month": months}), how="cross")
        .join(trend, on=["theme", "month"], how="left")
        .with_columns(pl.col("len").fill_null(0))
        .sort("theme", "month")
        .group_by("theme", maintain_order=True)
        .agg(pl.col("len").alias("trend"))
    )
    out = (
        rows.join(grid, on="theme", how="left")
        .with_columns(
            (pl.col("posts") / total).alias("share"),
            pl.when(pl.col("_before") > 0)
            .then(pl.col("_recent") / pl.col("_before") - 1)
            .otherwise(None)
            .alias("change"),
            pl.when(pl.col("positive").is_nan())
            .then(None)
            .otherwise(pl.col("positive"))
            .alias("positive"),
            pl.when(pl.col("negative").is_nan())
            .then(None)
            .otherwise(pl.col("negative"))
            .alias("negative"),
        )
        .drop("_recent", "_before")
        .sort(["posts", "theme"], descending=[True, False])
    )
    return out, rate


def split(posts: pl.DataFrame, by: str) -> pl.DataFrame:
    """Posts per theme and ``by`` (``platform``, ``employer``), with the share within the theme."""
    return (
        posts.filter(pl.col("theme").is_not_null() & pl.col(by).is_not_null())
        .group_by("theme", "theme_name", by)
        .len("posts")
        .with_columns((pl.col("posts") / pl.col("posts").sum().over("theme")).alias("share"))
        .sort("theme", by)
    )
