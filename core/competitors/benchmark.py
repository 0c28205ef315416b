"""Competitor benchmarking: how do we compare with the employers we compete with for talent?

Industry definitions differ, so each is a choice with its formula shown (:data:`SOV`,
:data:`RATES`, :data:`AGGREGATIONS`). A figure the data cannot support is returned as
unavailable with a reason code (:class:`Value`), never as zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import polars as pl

from core import concepts
from core.competitors.categories import categories
from core.metrics import with_derived


@dataclass(frozen=True)
class Definition:
    """A way to compute a figure: its id, the formula in words (a translation key base)."""

    id: str
    formula: str


SOV: tuple[Definition, ...] = (
    Definition(
        "mentions",
        "mentions of the employer (posts about it not by its own accounts, shares included) "
        "÷ mentions of all employers",
    ),
    Definition("own_posts", "posts by the employer's accounts ÷ posts by all employers' accounts"),
    Definition("reach", "reach of posts by and about the employer ÷ that of all employers"),
    Definition(
        "engagement", "engagements on posts by and about the employer ÷ those of all employers"
    ),
)
RATES: tuple[Definition, ...] = (
    Definition("er_impressions", "engagements ÷ impressions"),
    Definition("er_reach", "engagements ÷ reach"),
    Definition("er_followers", "engagements ÷ followers of the account"),
)
AGGREGATIONS: tuple[Definition, ...] = (
    Definition("mean_of_ratios", "the average of each post's rate"),
    Definition("ratio_of_totals", "all engagements ÷ all denominators together"),
)
_DENOMINATOR = {"er_impressions": "impressions", "er_reach": "reach", "er_followers": "followers"}


@dataclass(frozen=True)
class Value:
    """A figure, or why it is unavailable (``reason`` is a code the page translates)."""

    value: float | None
    reason: str | None = None


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    @property
    def weeks(self) -> float:
        return max(1, (self.end - self.start).days + 1) / 7

    def before(self) -> Period:
        """The period of the same length just before this one."""
        length = self.end - self.start
        return Period(self.start - length - timedelta(days=1), self.start - timedelta(days=1))


def within(posts: pl.LazyFrame, period: Period, tz: str) -> pl.LazyFrame:
    day = pl.col("published_at").dt.convert_time_zone(tz).dt.date()
    return posts.filter(day.is_between(period.start, period.end))


def _accounts(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.filter((pl.col("author_type") == "own") & (pl.col("post_type") != "reply"))


def _mentions(frame: pl.DataFrame) -> pl.DataFrame:
    return concepts.mentions(frame)


def share_of_voice(frame: pl.DataFrame, employers: list[str], definition: str) -> dict[str, Value]:
    """Each employer's share by one definition; unavailable when the data has nothing to share."""
    if definition == "mentions":
        base, measure = _mentions(frame), pl.len()
    elif definition == "own_posts":
        base, measure = _accounts(frame), pl.len()
    elif definition == "reach":
        base, measure = frame, pl.col("reach").sum()
    else:
        base, measure = frame, pl.col("engagements").sum()
    parts = (
        base.filter(pl.col("employer").is_in(employers))
        .group_by("employer")
        .agg(measure.alias("m"))
    )
    totals = dict(parts.iter_rows())
    total = sum(v or 0 for v in totals.values())
    if not total:
        return {e: Value(None, f"no_{definition}") for e in employers}
    return {e: Value((totals.get(e) or 0) / total) for e in employers}


def engagement_rate(frame: pl.DataFrame, rate: str, aggregation: str) -> Value:
    """An employer's engagement rate over its accounts' posts, by one definition."""
    posts = _accounts(frame)
    den = _DENOMINATOR[rate]
    usable = posts.filter((pl.col(den) > 0) & pl.col("engagements").is_not_null())
    if usable.is_empty():
        return Value(None, f"no_{den}")
    if aggregation == "mean_of_ratios":
        return Value(usable.get_column(rate).mean())
    return Value(usable.get_column("engagements").sum() / usable.get_column(den).sum())


def growth(frame: pl.DataFrame) -> Value:
    """Audience growth: followers of the accounts at the end ÷ at the start of the period, − 1.

    Per platform the first and last follower count of the employer's accounts; summed.
    """
    counted = _accounts(frame).filter(pl.col("followers").is_not_null()).sort("published_at")
    if counted.height < 2:
        return Value(None, "no_followers")
    ends = counted.group_by("platform").agg(
        pl.col("followers").first().alias("a"), pl.col("followers").last().alias("b")
    )
    start, end = ends.get_column("a").sum(), ends.get_column("b").sum()
    return Value(end / start - 1) if start else Value(None, "no_followers")


def growth_from_days(days: pl.DataFrame, employer: str, period: Period) -> Value | None:
    """Audience growth from the account figures per day, where the exports had them.

    Followers at the end ÷ at the start of the period − 1, per platform and account, summed;
    from a follower total (TikTok, Meta) or, when only daily new followers are known
    (LinkedIn), from the total at the start plus what was gained. None when the account
    figures say nothing about this employer's followers in the period.
    """
    mine = days.filter(
        (pl.col("employer") == employer) & pl.col("date").is_between(period.start, period.end)
    )
    keys = ["platform", "account"]
    totals = mine.filter(pl.col("metric") == "followers").sort("date")
    if totals.height >= 2:
        ends = totals.group_by(keys).agg(
            pl.col("value").first().alias("a"), pl.col("value").last().alias("b")
        )
        start, end = ends.get_column("a").sum(), ends.get_column("b").sum()
        return Value(end / start - 1) if start else None
    gained = mine.filter(pl.col("metric") == "new_followers").get_column("value").sum()
    earlier = days.filter(
        (pl.col("employer") == employer)
        & (pl.col("metric") == "followers")
        & (pl.col("date") <= period.start)
    )
    if gained and not earlier.is_empty():
        base = earlier.sort("date").group_by(keys).agg(pl.col("value").last()).get_column("value")
        return Value(gained / base.sum()) if base.sum() else None
    return None


def sentiment(frame: pl.DataFrame) -> dict[str, Value]:
    """Shares of positive, neutral, negative mentions and the Brand Health Index.

    BHI = positive ÷ (positive + negative) — the monitoring tools' definition.
    """
    rated = _mentions(frame).filter(pl.col("sentiment").is_not_null())
    if rated.is_empty():
        return {k: Value(None, "no_sentiment") for k in ("positive", "neutral", "negative", "bhi")}
    counts = dict(rated.group_by(pl.col("sentiment").cast(pl.String)).len().iter_rows())
    pos, neu, neg = (counts.get(k, 0) for k in ("positive", "neutral", "negative"))
    n = pos + neu + neg
    bhi = Value(pos / (pos + neg)) if pos + neg else Value(None, "no_polar")
    return {
        "positive": Value(pos / n),
        "neutral": Value(neu / n),
        "negative": Value(neg / n),
        "bhi": bhi,
    }


@dataclass(frozen=True)
class Choice:
    """The definitions the user chose."""

    sov: str = "mentions"
    rate: str = "er_impressions"
    aggregation: str = "mean_of_ratios"


METRICS = (
    "posts_per_week",
    "mentions",
    "sov",
    "rate",
    "median_engagements",
    "growth",
    "positive",
    "negative",
    "bhi",
)


def ranking(
    posts: pl.LazyFrame,
    employers: list[str],
    period: Period,
    choice: Choice,
    tz: str,
    days: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """One row per employer and metric: value, comparison value, change, and reason if unavailable.

    Follower growth comes from the account figures per day (``days``) where they cover the
    employer, else from the follower counts on its posts.

    Returns:
        ``employer``, ``metric``, ``value``, ``before``, ``change`` (value − before), ``reason``.
    """
    rows = []
    now, then = (with_derived(within(posts, p, tz)).collect() for p in (period, period.before()))
    sov_now, sov_then = (
        share_of_voice(now, employers, choice.sov),
        share_of_voice(then, employers, choice.sov),
    )
    for employer in employers:
        mine, before = (f.filter(pl.col("employer") == employer) for f in (now, then))
        figures = {
            "posts_per_week": (_per_week(mine, now, period), _per_week(before, then, period)),
            "mentions": (
                Value(float(_mentions(mine).height)),
                Value(float(_mentions(before).height)),
            ),
            "sov": (sov_now[employer], sov_then[employer]),
            "rate": (
                engagement_rate(mine, choice.rate, choice.aggregation),
                engagement_rate(before, choice.rate, choice.aggregation),
            ),
            "median_engagements": (_median(mine), _median(before)),
            "growth": _growth(mine, before, employer, period, days),
        }
        s_now, s_then = sentiment(mine), sentiment(before)
        figures |= {k: (s_now[k], s_then[k]) for k in ("positive", "negative", "bhi")}
        for metric in METRICS:
            current, earlier = figures[metric]
            change = (
                current.value - earlier.value
                if current.value is not None and earlier.value is not None
                else None
            )
            rows.append(
                {
                    "employer": employer,
                    "metric": metric,
                    "value": current.value,
                    "before": earlier.value,
                    "change": change,
                    "reason": current.reason,
                }
            )
    schema = {
        "employer": pl.String,
        "metric": pl.String,
        "value": pl.Float64,
        "before": pl.Float64,
        "change": pl.Float64,
        "reason": pl.String,
    }
    return pl.DataFrame(rows, schema=schema)


def _growth(
    mine: pl.DataFrame,
    before: pl.DataFrame,
    employer: str,
    period: Period,
    days: pl.DataFrame | None,
) -> tuple[Value, Value]:
    if days is not None and not days.is_empty():
        now = growth_from_days(days, employer, period)
        if now is not None:
            return now, growth_from_days(days, employer, period.before()) or Value(
                None, "no_followers"
            )
    return growth(mine), growth(before)


def _per_week(mine: pl.DataFrame, everyone: pl.DataFrame, period: Period) -> Value:
    """Account posts per week; unavailable when the data holds no account posts at all (a
    review or listening export), because then 0 would be a guess, not a count."""
    if _accounts(everyone).is_empty():
        return Value(None, "no_own_posts")
    return Value(_accounts(mine).height / period.weeks)


def _median(frame: pl.DataFrame) -> Value:
    values = _accounts(frame).get_column("engagements").drop_nulls()
    return Value(values.median()) if len(values) else Value(None, "no_engagement")


def per_platform(
    posts: pl.LazyFrame, employers: list[str], period: Period, tz: str
) -> pl.DataFrame:
    """Posts per week per platform by each employer's accounts (wide: one column per platform)."""
    frame = _accounts(within(posts, period, tz).collect()).filter(
        pl.col("employer").is_in(employers)
    )
    counts = frame.group_by("employer", pl.col("platform").cast(pl.String)).agg(
        (pl.len() / period.weeks).alias("per_week")
    )
    return (
        counts.pivot(on="platform", index="employer", values="per_week")
        .fill_null(0.0)
        .sort("employer")
    )


def content_mix(
    posts: pl.LazyFrame,
    employers: list[str],
    period: Period,
    tz: str,
    by: str = "category",
    top: int = 8,
) -> pl.DataFrame:
    """Per employer and kind of content: share of its posts and share of its engagement.

    Args:
        by: ``category`` (rule-based activity categories of :mod:`core.categories`) or a column
            of ``posts`` such as ``theme_name`` (themes from the Themes page); with a column,
            each employer's ``top`` largest values are kept and the rest is ``other``.

    Returns:
        ``employer``, ``category``, ``posts_share``, ``engagement_share``, ``posts``.
    """
    frame = with_derived(_accounts_lazy(within(posts, period, tz))).filter(
        pl.col("employer").is_in(employers)
    )
    if by == "category":
        tagged = (
            frame.with_columns(categories(pl.col("text")).alias("category"))
            .explode("category")
            .with_columns(pl.col("category").fill_null("other"))
        )
    else:
        value = pl.col(by).cast(pl.String)
        # Exactly ``top`` kept per employer: by size, ties by name (a dense rank kept ties all).
        kept = (
            frame.filter(value.is_not_null())
            .group_by("employer", value.alias("_value"))
            .len()
            .sort(["employer", "len", "_value"], descending=[False, True, False])
            .group_by("employer", maintain_order=True)
            .head(top)
            .select("employer", "_value", pl.lit(True).alias("_kept"))
        )
        tagged = (
            frame.with_columns(value.alias("_value"))
            .join(kept, on=["employer", "_value"], how="left")
            .with_columns(
                pl.when(pl.col("_kept").fill_null(False))
                .then(pl.col("_value"))
                .otherwise(pl.lit("other"))
                .alias("category")
            )
        )
    mix = (
        tagged.group_by("employer", "category")
        .agg(pl.len().alias("posts"), pl.col("engagements").sum().alias("eng"))
        .collect()
    )
    return (
        mix.with_columns(
            (pl.col("posts") / pl.col("posts").sum().over("employer")).alias("posts_share"),
            (pl.col("eng") / pl.col("eng").sum().over("employer")).alias("engagement_share"),
        )
        .select("employer", "category", "posts_share", "engagement_share", "posts")
        .sort("employer", "category")
    )


def _accounts_lazy(posts: pl.LazyFrame) -> pl.LazyFrame:
    return posts.filter((pl.col("author_type") == "own") & (pl.col("post_type") != "reply"))


def weekly(
    posts: pl.LazyFrame, employers: list[str], period: Period, tz: str, sov: str
) -> pl.DataFrame:
    """Per ISO week and employer: account posts, engagements on them, and share of voice.

    Only weeks that lie wholly inside the period: a period that starts on a Thursday would
    otherwise begin with a week of four days, drawn as a drop that did not happen. A period
    shorter than one whole week keeps what it has.
    """
    frame = with_derived(within(posts, period, tz)).filter(pl.col("employer").is_in(employers))
    week = pl.col("published_at").dt.convert_time_zone(tz).dt.truncate("1w").dt.date().alias("week")
    own = (pl.col("author_type") == "own") & (pl.col("post_type") != "reply")
    voice = {
        "mentions": concepts.mention().cast(pl.Int64),
        "own_posts": own.cast(pl.Int64),
        "reach": pl.col("reach").fill_null(0),
        "engagement": pl.col("engagements").fill_null(0),
    }[sov]
    table = frame.group_by(week, "employer").agg(
        own.sum().alias("posts"),
        pl.col("engagements").filter(own).sum().alias("engagements"),
        voice.sum().alias("voice"),
    )
    share = pl.col("voice") / pl.col("voice").sum().over("week")
    out = (
        table.with_columns(pl.when(pl.col("voice").sum().over("week") > 0).then(share).alias("sov"))
        .drop("voice")
        .sort("week", "employer")
        .collect()
    )
    whole = out.filter(
        (pl.col("week") >= period.start) & (pl.col("week") + timedelta(days=6) <= period.end)
    )
    return whole if not whole.is_empty() else out


def top_posts(
    posts: pl.LazyFrame, employer: str, period: Period, tz: str, n: int = 5
) -> pl.DataFrame:
    """An employer's accounts' posts with the most engagements in the period."""
    frame = with_derived(_accounts_lazy(within(posts, period, tz))).filter(
        pl.col("employer") == employer
    )
    return (
        frame.sort("engagements", descending=True, nulls_last=True)
        .head(n)
        .select("published_at", pl.col("platform").cast(pl.String), "text", "engagements", "url")
        .collect()
    )
