"""Reputation over time: mentions, sentiment, Brand Health Index, spikes and silences.

A *mention* is :func:`core.concepts.mention`: a post about the employer by someone other than its
own accounts (employees, candidates, fans, critics, media; shares count). Spikes are weeks with
clearly more mentions than the weeks before (a rolling baseline); they are explained by what was
said more than usual.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

import numpy as np
import polars as pl

from core import concepts

BASELINE_WEEKS = 8
SPIKE_SIGMAS = 3.0
SPIKE_MIN_RATIO = 1.5
SPIKE_MIN_MENTIONS = 10
SPIKE_P = 0.001
SILENCE_DAYS = 7


def mentions(posts: pl.DataFrame, employer: str | None) -> pl.DataFrame:
    """The mentions of ``employer`` (all employers when None): :func:`core.concepts.mentions`."""
    return concepts.mentions(posts, employer)


def bhi(positive: int, negative: int) -> float | None:
    """Brand Health Index: positive ÷ (positive + negative); None without either."""
    total = positive + negative
    return positive / total if total else None


def bhi_expr(positive: str = "positive", negative: str = "negative") -> pl.Expr:
    """:func:`bhi` as an expression over two count columns (null where both are 0)."""
    total = pl.col(positive) + pl.col(negative)
    return pl.when(total > 0).then(pl.col(positive) / total).otherwise(None).cast(pl.Float64)


def weekly(frame: pl.DataFrame, tz: str) -> pl.DataFrame:
    """Mentions per week (Monday), every week from the first to the last, with sentiment counts,
    BHI, the rolling baselines and whether the week is a spike — in all mentions or in the
    negative ones (a storm of complaints can hide in a normal total).

    Columns: ``week``, ``mentions``, ``positive``, ``neutral``, ``negative``, ``unknown``,
    ``bhi``, ``baseline``, ``threshold``, ``negative_baseline``, ``volume_spike``,
    ``negative_spike``, ``spike``.
    """
    if frame.is_empty():
        return pl.DataFrame()
    local = frame.with_columns(
        pl.col("published_at").dt.convert_time_zone(tz).dt.date().alias("day")
    ).with_columns((pl.col("day") - pl.duration(days=pl.col("day").dt.weekday() - 1)).alias("week"))
    counts = local.group_by("week").agg(
        pl.len().alias("mentions"),
        (pl.col("sentiment") == "positive").sum().alias("positive"),
        (pl.col("sentiment") == "neutral").sum().alias("neutral"),
        (pl.col("sentiment") == "negative").sum().alias("negative"),
        pl.col("sentiment").is_null().sum().alias("unknown"),
    )
    first, last = counts.get_column("week").min(), counts.get_column("week").max()
    weeks = pl.DataFrame({"week": pl.date_range(first, last, "1w", eager=True)})
    out = weeks.join(counts, on="week", how="left").fill_null(0).sort("week")
    volume = _flag(out.get_column("mentions").to_numpy().astype(float))
    negative = _flag(out.get_column("negative").to_numpy().astype(float))
    return out.with_columns(
        bhi_expr().alias("bhi"),
        pl.Series("baseline", volume[0]),
        pl.Series("threshold", volume[1]),
        pl.Series("negative_baseline", negative[0]),
        pl.Series("volume_spike", volume[2]),
        pl.Series("negative_spike", negative[2]),
    ).with_columns((pl.col("volume_spike") | pl.col("negative_spike")).alias("spike"))


def _flag(values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rolling baseline, threshold and spike flag per week.

    The baseline is the median of the previous weeks (up to :data:`BASELINE_WEEKS`, at least
    3). The threshold lies :data:`SPIKE_SIGMAS` robust standard deviations (1.4826 × MAD) above
    it, and at least the Poisson noise √baseline above, so a quiet account does not 'spike' on
    two extra posts. A spike week also needs :data:`SPIKE_MIN_RATIO` × the baseline and
    :data:`SPIKE_MIN_MENTIONS`, and a count that a Poisson process at the baseline rate
    reaches less than once in 1,000 weeks (:data:`SPIKE_P`). Spike weeks count as the threshold
    for later weeks, so a three-week storm is three spike weeks, not one that raises the bar for
    the next two — while a lasting rise still lifts the baseline.
    """
    n = len(values)
    baseline = np.full(n, np.nan)
    threshold = np.full(n, np.nan)
    spike = np.zeros(n, dtype=bool)
    cleaned = values.copy()
    for i in range(n):
        window = cleaned[max(0, i - BASELINE_WEEKS) : i]
        if len(window) < 3:
            continue
        median = float(np.median(window))
        spread = 1.4826 * float(np.median(np.abs(window - median)))
        baseline[i] = median
        threshold[i] = median + SPIKE_SIGMAS * max(spread, np.sqrt(max(median, 1.0)))
        spike[i] = (
            values[i] > threshold[i]
            and values[i] >= SPIKE_MIN_RATIO * median
            and values[i] >= SPIKE_MIN_MENTIONS
            and _at_least(values[i], max(median, 1.0)) < SPIKE_P
        )
        if spike[i]:
            cleaned[i] = threshold[i]
    return baseline, threshold, spike


@dataclass(frozen=True)
class Spike:
    """Consecutive spike weeks, and what was said more than usual.

    Attributes:
        start, end: First and last day (end = the Sunday of the last week).
        mentions: Mentions in the spike; ``baseline``: expected for the same number of weeks.
        negative: Negative mentions in the spike; ``negative_baseline``: expected.
        negative_share: Share of the spike's mentions that are negative (of those with a
            sentiment); ``baseline_negative_share`` the same for the weeks before.
        words: Words that mark the spike against the weeks before (c-TF-IDF).
        themes: ``(theme name, mentions in the spike, lift)`` for themes over-represented in
            the spike, when themes are known; lift = share in spike ÷ share before.
        posts: ``post_id`` of the mentions behind it: using most marking words, most-seen.
    """

    start: date
    end: date
    mentions: int
    baseline: float
    negative: int
    negative_baseline: float
    negative_share: float | None
    baseline_negative_share: float | None
    words: list[str]
    themes: list[tuple[str, int, float | None]]
    posts: list[str]


WORDS_SAMPLE = 20_000
"""Texts a side (the spike, the weeks before) from which a spike's marking words are read."""


def _distinct_sides(
    spike: pl.Series, before: pl.Series
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The texts of both sides with links, @mentions and ``#`` left out (a web address is not
    what a spike is about), each distinct text once per side with how often it occurs."""
    from core.themes.pipeline import masked

    sides = pl.concat(
        [
            pl.DataFrame({"text": masked(texts, []), "side": side})
            for side, texts in ((0, spike), (1, before))
        ]
    )
    rows = sides.group_by("text", "side", maintain_order=True).len("count")
    return (
        rows.get_column("text").to_list(),
        rows.get_column("side").to_numpy(),
        rows.get_column("count").to_numpy(),
    )


def _at_least(count: float, mean: float) -> float:
    """P(X ≥ count) for a Poisson count with this mean (scipy.special: scipy.stats alone
    takes a second to import, on the first page of a fresh server)."""
    from scipy.special import pdtrc

    return 1.0 if count <= 0 else float(pdtrc(count - 1, mean))


def spikes(frame: pl.DataFrame, weeks: pl.DataFrame, tz: str, extra_stop=()) -> list[Spike]:
    """Group spike weeks into episodes and explain each against the weeks before it."""
    if weeks.is_empty():
        return []
    from core.themes.keywords import keywords

    rows = weeks.to_dicts()
    episodes: list[list[dict]] = []
    for row in rows:
        if row["spike"]:
            if episodes and episodes[-1][-1]["week"] == row["week"] - timedelta(days=7):
                episodes[-1].append(row)
            else:
                episodes.append([row])
    local = frame.with_columns(
        pl.col("published_at").dt.convert_time_zone(tz).dt.date().alias("day")
    )
    out = []
    for episode in episodes:
        start = episode[0]["week"]
        end = episode[-1]["week"] + timedelta(days=6)
        before_start = start - timedelta(days=7 * BASELINE_WEEKS)
        inside = local.filter(pl.col("day").is_between(start, end))
        before = local.filter((pl.col("day") >= before_start) & (pl.col("day") < start))
        # The marking words of a spike are stable on a sample: at most WORDS_SAMPLE texts a
        # side, the same ones every time (a spike of 100,000 mentions need not be read whole).
        spike_texts, before_texts = (
            side.get_column("text").fill_null("") for side in (inside, before)
        )
        spike_texts, before_texts = (
            texts.sample(WORDS_SAMPLE, seed=0) if len(texts) > WORDS_SAMPLE else texts
            for texts in (spike_texts, before_texts)
        )
        texts, labels, counts = _distinct_sides(spike_texts, before_texts)
        words = keywords(texts, labels, 6, tuple(extra_stop), counts).get(0, [])
        out.append(
            Spike(
                start=start,
                end=end,
                mentions=inside.height,
                baseline=float(sum(np.nan_to_num(r["baseline"]) for r in episode)),
                negative=int(sum(r["negative"] for r in episode)),
                negative_baseline=float(
                    sum(np.nan_to_num(r["negative_baseline"]) for r in episode)
                ),
                negative_share=_negative_share(inside),
                baseline_negative_share=_negative_share(before),
                words=words,
                themes=_theme_lift(inside, before),
                posts=_top_posts(inside, words),
            )
        )
    return out


def _negative_share(frame: pl.DataFrame) -> float | None:
    known = frame.filter(pl.col("sentiment").is_not_null())
    return float((known.get_column("sentiment") == "negative").mean()) if known.height else None


def _theme_lift(inside: pl.DataFrame, before: pl.DataFrame) -> list[tuple[str, int, float | None]]:
    if "theme_name" not in inside.columns or inside.is_empty():
        return []
    now = inside.filter(pl.col("theme_name").is_not_null()).group_by("theme_name").len("n")
    then = before.filter(pl.col("theme_name").is_not_null()).group_by("theme_name").len("m")
    joined = now.join(then, on="theme_name", how="left").with_columns(pl.col("m").fill_null(0))
    total_now, total_then = max(inside.height, 1), max(before.height, 1)
    rows = []
    for r in joined.sort(["n", "theme_name"], descending=[True, False]).to_dicts():
        share_now = r["n"] / total_now
        lift = share_now / (r["m"] / total_then) if r["m"] else None
        if r["n"] >= 3 and (lift is None or lift >= 1.5):
            rows.append((r["theme_name"], int(r["n"]), lift))
    return rows[:5]


def _top_posts(frame: pl.DataFrame, words: list[str], top: int = 5) -> list[str]:
    """The posts behind a spike: those using most of its marking words, most-seen first."""
    seen = pl.coalesce(pl.col("reach"), pl.col("followers"), pl.lit(0))
    text = pl.col("text").fill_null("").str.to_lowercase()
    hits = pl.sum_horizontal([text.str.contains(w, literal=True).cast(pl.Int32) for w in words])
    return (
        frame.with_columns(seen.alias("_seen"), (hits if words else pl.lit(0)).alias("_hits"))
        .sort(["_hits", "_seen", "post_id"], descending=[True, True, False])
        .unique(subset="text", keep="first", maintain_order=True)
        .head(top)
        .get_column("post_id")
        .to_list()
    )


def silences(frame: pl.DataFrame, start: date, end: date, tz: str, days: int = SILENCE_DAYS):
    """Periods of at least ``days`` days without a single mention, between ``start`` and ``end``.

    Returns:
        ``[(first silent day, last silent day), ...]``.
    """
    if frame.is_empty():
        return [(start, end)] if (end - start).days + 1 >= days else []
    active = sorted(
        set(frame.get_column("published_at").dt.convert_time_zone(tz).dt.date().to_list())
    )
    edges = [start - timedelta(days=1), *[d for d in active if start <= d <= end]]
    edges.append(end + timedelta(days=1))
    out = []
    for a, b in pairwise(edges):
        gap = (b - a).days - 1
        if gap >= days:
            out.append((a + timedelta(days=1), b - timedelta(days=1)))
    return out
