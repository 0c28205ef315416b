"""When is the audience online, when do we post, and when should we post — honestly.

A best-time-to-post table that averages engagement per hour mostly shows when an account
already posts. Here every post is compared with its own account's typical post (its *lift*:
engagement rate ÷ the account's median rate), slots are weekday × time block, and each slot is
ranked by a shrunk geometric-mean lift: a slot needs several posts before it can beat the
baseline, and a slot with many posts cannot win by volume because nothing is summed. Each slot
carries its sample size, a seeded bootstrap confidence interval and a thin-data flag.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import polars as pl

from core.metrics import with_derived

RATE_METRICS: tuple[str, ...] = ("er_impressions", "er_reach", "er_followers")
HEAT_METRICS: tuple[str, ...] = ("posts", "engagements", *RATE_METRICS)
OFFICE_HOURS = (9, 17)
"""Office hours (local): from 09:00 up to 17:00, Monday to Friday."""


def local_times(posts: pl.LazyFrame, tz: str) -> pl.LazyFrame:
    """Add ``weekday`` (1 = Monday), ``hour`` and ``day`` in time zone ``tz``.

    Converting the UTC time per post keeps a post at 09:00 Amsterdam at 09:00 in winter and in
    summer, whatever the UTC offset that day. Posts whose export gave no time of day
    (``time_known`` false) are left out: they would all stand at midnight.
    """
    local = pl.col("published_at").dt.convert_time_zone(tz)
    return posts.filter(pl.col("time_known").fill_null(True)).with_columns(
        local.dt.weekday().alias("weekday"),
        local.dt.hour().alias("hour"),
        local.dt.date().alias("day"),
    )


def available_rates(posts: pl.DataFrame) -> list[str]:
    """The engagement-rate variants this data can support (denominator present)."""
    need = {"er_impressions": "impressions", "er_reach": "reach", "er_followers": "followers"}
    return [m for m in RATE_METRICS if posts.get_column(need[m]).drop_nulls().len() > 0]


def heatmap(posts: pl.LazyFrame, metric: str, tz: str) -> pl.DataFrame:
    """Weekday × hour cells with the metric's value and the number of posts behind it.

    Args:
        posts: Post table (derived columns are added here).
        metric: ``posts`` (count), ``engagements`` (sum) or a rate (median over posts).
        tz: Time zone for weekday and hour.

    Returns:
        Frame with ``weekday`` (1–7), ``hour`` (0–23), ``value`` (f64) and ``n`` (u32), one row
        per cell of the week (168), empty cells with n = 0 and value null (0 for counts).
    """
    frame = local_times(with_derived(posts), tz)
    if metric == "posts":
        value = pl.len().cast(pl.Float64)
    elif metric == "engagements":
        value = pl.col("engagements").sum().cast(pl.Float64)
    else:
        value = pl.col(metric).median()
    n = pl.len() if metric in ("posts", "engagements") else pl.col(metric).is_not_null().sum()
    cells = frame.group_by("weekday", "hour").agg(value.alias("value"), n.alias("n")).collect()
    week = (
        pl.DataFrame({"weekday": list(range(1, 8))})
        .join(pl.DataFrame({"hour": list(range(24))}), how="cross")
        .with_columns(pl.col("weekday", "hour").cast(pl.Int8))
    )
    full = week.join(
        cells.with_columns(pl.col("weekday", "hour").cast(pl.Int8)),
        on=["weekday", "hour"],
        how="left",
    )
    counted = metric in ("posts", "engagements")  # an empty cell is 0 posts, but no rate
    value = pl.col("value").fill_null(0.0) if counted else pl.col("value")
    return full.with_columns(pl.col("n").fill_null(0).cast(pl.UInt32), value).sort(
        "weekday", "hour"
    )


@dataclass(frozen=True)
class SlotSettings:
    """How best slots are computed.

    Attributes:
        block_hours: Width of a time block (2 → 08:00–10:00, 10:00–12:00, ...).
        min_posts: Below this many posts a slot is flagged as thin and never recommended.
        prior_posts: Shrinkage strength: a slot's mean log-lift is pulled towards 0 (no
            difference) as if it had this many extra posts at the account's typical rate.
        bootstrap: Bootstrap resamples for the confidence interval.
        confidence: Width of the interval (0.9 → 5th–95th percentile).
        seed: Random seed, so the same data gives the same intervals.
    """

    block_hours: int = 2
    min_posts: int = 5
    prior_posts: float = 3.0
    bootstrap: int = 1000
    confidence: float = 0.9
    seed: int = 7


def post_lifts(posts: pl.LazyFrame, metric: str, tz: str, block_hours: int = 2) -> pl.DataFrame:
    """Per post: its slot and its lift over its own account's median rate.

    An account is a platform plus handle (or, without a handle, the author name or employer).
    Posts without the metric, and accounts whose median is 0, are left out.
    """
    frame = local_times(with_derived(posts), tz).filter(pl.col(metric) > 0)
    account = pl.concat_str(
        [
            pl.col("platform").cast(pl.String),
            pl.coalesce("author_handle", "author_name", "employer"),
        ],
        separator="|",
        ignore_nulls=True,
    )
    return (
        frame.with_columns(account.alias("account"))
        .with_columns((pl.col(metric) / pl.col(metric).median().over("account")).alias("lift"))
        .filter(pl.col("lift").is_finite())
        .with_columns(
            (pl.col("hour") // block_hours * block_hours).cast(pl.Int8).alias("block"),
            pl.col("lift").log().alias("log_lift"),
        )
        .select(
            "platform", "account", "weekday", "block", "hour", metric, "lift", "log_lift", "post_id"
        )
        .collect()
    )


NORMAL_FROM = 200
"""Posts in a slot above which its interval comes from the normal approximation."""


def _bootstrap(
    values: np.ndarray, settings: SlotSettings, rng: np.random.Generator
) -> tuple[float, float]:
    """Confidence interval of the (shrunk) mean log-lift, by resampling posts.

    A slot with more than :data:`NORMAL_FROM` posts uses the normal approximation the bootstrap
    converges to (the central limit theorem: sd of the sum = sd · √n), so a million posts do
    not take a thousand resamples each."""
    n = len(values)
    if n > NORMAL_FROM:
        from statistics import NormalDist

        z = NormalDist().inv_cdf(1 - (1 - settings.confidence) / 2)
        centre = values.sum() / (n + settings.prior_posts)
        spread = z * values.std(ddof=1) * np.sqrt(n) / (n + settings.prior_posts)
        return float(np.exp(centre - spread)), float(np.exp(centre + spread))
    samples = rng.choice(values, size=(settings.bootstrap, n), replace=True)
    shrunk = samples.sum(axis=1) / (n + settings.prior_posts)
    tail = (1 - settings.confidence) / 2 * 100
    low, high = np.percentile(shrunk, [tail, 100 - tail])
    return float(np.exp(low)), float(np.exp(high))


def best_slots(
    posts: pl.LazyFrame, metric: str, tz: str, settings: SlotSettings = SlotSettings()
) -> pl.DataFrame:
    """Every slot per platform, ranked: lift, interval, sample size, thin flag.

    Returns:
        Frame with ``platform``, ``weekday``, ``block`` (start hour), ``n``, ``median_rate``,
        ``lift`` (shrunk geometric mean), ``low``, ``high`` (interval of the lift), ``thin``
        (n < min_posts) and ``rank`` (1 = best within the platform, thin slots ranked last).
    """
    lifts = post_lifts(posts, metric, tz, settings.block_hours)
    if lifts.is_empty():
        return pl.DataFrame(
            schema={
                "platform": pl.String,
                "weekday": pl.Int8,
                "block": pl.Int8,
                "n": pl.UInt32,
                "median_rate": pl.Float64,
                "lift": pl.Float64,
                "low": pl.Float64,
                "high": pl.Float64,
                "thin": pl.Boolean,
                "rank": pl.UInt32,
            }
        )
    slots = (
        lifts.group_by("platform", "weekday", "block")
        .agg(
            pl.len().alias("n"),
            pl.col(metric).median().alias("median_rate"),
            (pl.col("log_lift").sum() / (pl.len() + settings.prior_posts)).exp().alias("lift"),
            pl.col("log_lift").alias("values"),
        )
        .sort("platform", "weekday", "block")
    )
    rng = np.random.default_rng(settings.seed)
    intervals = [_bootstrap(np.asarray(v), settings, rng) for v in slots.get_column("values")]
    slots = slots.drop("values").with_columns(
        pl.Series("low", [i[0] for i in intervals]),
        pl.Series("high", [i[1] for i in intervals]),
        (pl.col("n") < settings.min_posts).alias("thin"),
        pl.col("platform").cast(pl.String),
    )
    order = pl.struct(pl.col("thin"), -pl.col("lift"))
    return slots.with_columns(
        order.rank("ordinal").over("platform").cast(pl.UInt32).alias("rank")
    ).sort("platform", "rank")


@dataclass(frozen=True)
class Recommendation:
    """The advice for one platform, as data; :func:`core.timing_text.sentence` words it.

    Attributes:
        platform: Platform.
        weekdays: Recommended weekdays (1 = Monday), empty when the data is too thin.
        block: Start hour of the recommended block; ``block_hours`` wide.
        posts: Posts in the recommended slots.
        rate: Median rate of those posts.
        overall: Median rate of all the platform's posts.
        lift: Shrunk lift of the best slot, with its interval (low, high).
        thin: True when no slot has enough posts, or the best one is not clearly better.
        total_posts: Posts with the metric on this platform.
        slots_tried: Slots with at least one post.
    """

    platform: str
    weekdays: tuple[int, ...]
    block: int | None
    block_hours: int
    posts: int
    rate: float | None
    overall: float | None
    lift: float | None
    low: float | None
    high: float | None
    thin: bool
    total_posts: int
    slots_tried: int


def recommend(
    posts: pl.LazyFrame, metric: str, tz: str, settings: SlotSettings = SlotSettings()
) -> list[Recommendation]:
    """Per platform: the best time block and the weekdays on which it works, or 'too thin'.

    Weekdays join the best slot when they share its block, are not thin, their interval clears
    1 and overlaps the best slot's (statistically indistinguishable from it). The advice is 'too
    thin' when no slot has ``min_posts`` posts or the best slot's interval does not clear 1 (no
    better than the account's typical post).
    """
    slots = best_slots(posts, metric, tz, settings)
    lifts = post_lifts(posts, metric, tz, settings.block_hours)
    advice = []
    for platform in slots.get_column("platform").unique(maintain_order=True).to_list():
        mine = slots.filter(pl.col("platform") == platform)
        rows = lifts.filter(pl.col("platform") == platform)
        overall = rows.get_column(metric).median()
        best = mine.row(0, named=True)
        clear = not best["thin"] and best["low"] > 1.0
        if not clear:
            advice.append(
                Recommendation(
                    platform,
                    (),
                    None,
                    settings.block_hours,
                    0,
                    None,
                    overall,
                    best["lift"],
                    best["low"],
                    best["high"],
                    True,
                    rows.height,
                    mine.height,
                )
            )
            continue
        same_block = mine.filter(
            (pl.col("block") == best["block"])
            & ~pl.col("thin")
            & (pl.col("low") > 1.0)
            & (pl.col("high") >= best["low"])
        )
        weekdays = tuple(sorted(same_block.get_column("weekday").to_list()))
        chosen = rows.filter(pl.col("weekday").is_in(weekdays) & (pl.col("block") == best["block"]))
        advice.append(
            Recommendation(
                platform,
                weekdays,
                best["block"],
                settings.block_hours,
                chosen.height,
                chosen.get_column(metric).median(),
                overall,
                best["lift"],
                best["low"],
                best["high"],
                False,
                rows.height,
                mine.height,
            )
        )
    return advice


def select(
    posts: pl.LazyFrame,
    start=None,
    end=None,
    contains: str | None = None,
    tz: str = "Europe/Amsterdam",
) -> pl.LazyFrame:
    """Posts within a local date range whose text contains a word (case-insensitive)."""
    local_day = pl.col("published_at").dt.convert_time_zone(tz).dt.date()
    if start is not None:
        posts = posts.filter(local_day >= start)
    if end is not None:
        posts = posts.filter(local_day <= end)
    if contains and contains.strip():
        posts = posts.filter(
            pl.col("text").str.to_lowercase().str.contains(contains.strip().lower(), literal=True)
        )
    return posts


def accounts(posts: pl.LazyFrame, employers: list[str] | None) -> pl.LazyFrame:
    """Original posts (not replies) by employer accounts, optionally of some employers only."""
    own = posts.filter((pl.col("author_type") == "own") & (pl.col("post_type") != "reply"))
    return own if employers is None else own.filter(pl.col("employer").is_in(employers))


def audience(posts: pl.LazyFrame, employers: list[str] | None) -> pl.LazyFrame:
    """Posts, comments and mentions by the public, optionally about some employers only."""
    public = posts.filter(pl.col("author_type") == "public")
    return public if employers is None else public.filter(pl.col("employer").is_in(employers))
