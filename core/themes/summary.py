"""Per-theme figures for the Themes page and the other pages: size, engagement, sentiment, trend."""

from __future__ import annotations

import numpy as np
import polars as pl

from core.metrics import with_derived
from core.themes.keywords import names as theme_names
from core.themes.overrides import Applied
from core.themes.pipeline import Themes

RATES = ("er_impressions", "er_reach", "er_followers")


def names(
    themes: Themes,
    applied: Applied,
    fallback: str,
    level: str = "fine",
    taken: set[str] = frozenset(),
) -> dict[int, str]:
    """Shown theme → its name: the user's, else its key phrase (distinct from every other name
    on the level and from ``taken``), else ``fallback`` + number."""
    shown = sorted(set(applied.group.values()))
    scored = themes.scored.get(level, {})
    auto = theme_names(
        {k: scored.get(k, []) for k in shown}, fallback, set(applied.names.values()) | set(taken)
    )
    return {k: applied.names.get(k, auto[k]) for k in shown}


def assign(
    posts: pl.DataFrame,
    themes: Themes,
    applied: Applied,
    fallback: str,
    applied_main: Applied | None = None,
    fallback_main: str | None = None,
) -> pl.DataFrame:
    """``posts`` with ``theme``/``theme_name`` (the fine level, null when unassigned) and
    ``main_theme``/``main_theme_name`` (the main theme each fine theme sits in)."""
    applied_main = applied_main or Applied({i: i for i in range(themes.grouping.k)}, {}, {})
    main_named = names(themes, applied_main, fallback_main or fallback, "main")
    fine_named = names(themes, applied, fallback, "fine", taken=set(main_named.values()))
    # A fine theme that is the only one in its main theme is called as its main theme.
    parents = themes.grouping.parents
    children = np.bincount(parents, minlength=themes.grouping.k) if len(parents) else []
    for fine, name in list(fine_named.items()):
        if fine < len(parents) and children[parents[fine]] == 1 and fine not in applied.names:
            fine_named[fine] = main_named.get(applied_main.group.get(int(parents[fine])), name)
    shown = _merged(themes.labels, applied.group, themes.clustering.k)
    main_shown = _merged(themes.main_labels, applied_main.group, themes.grouping.k)
    theme = pl.Series("theme", shown, dtype=pl.Int32)
    main_theme = pl.Series("main_theme", main_shown, dtype=pl.Int32)
    return posts.with_columns(
        pl.when(theme >= 0).then(theme).otherwise(None).alias("theme"),
        pl.when(main_theme >= 0).then(main_theme).otherwise(None).alias("main_theme"),
    ).with_columns(
        pl.col("theme")
        .replace_strict(fine_named, default=None, return_dtype=pl.String)
        .alias("theme_name"),
        pl.col("main_theme")
        .replace_strict(main_named, default=None, return_dtype=pl.String)
        .alias("main_theme_name"),
    )


def _merged(labels: np.ndarray, merges: dict[int, int], k: int) -> np.ndarray:
    """Each post's theme with merges applied (-1 stays -1), by one lookup table."""
    table = np.array([merges.get(i, i) for i in range(max(k, int(labels.max(initial=-1)) + 1))])
    if len(table) == 0:
        return np.full(len(labels), -1)
    return np.where(labels >= 0, table[np.maximum(labels, 0)], -1)


def at_level(posts: pl.DataFrame, level: str) -> pl.DataFrame:
    """Posts whose ``theme``/``theme_name`` are the main themes (``main``) or the fine ones."""
    if level != "main" or "main_theme" not in posts.columns:
        return posts
    return posts.with_columns(
        pl.col("main_theme").alias("theme"), pl.col("main_theme_name").alias("theme_name")
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
