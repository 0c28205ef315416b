"""Follower growth per platform: from the account figures per day where the exports have them,
else from the follower counts the posts carry (the posting account's followers at the time)."""

from __future__ import annotations

from datetime import date

import polars as pl


def follower_growth(
    days: pl.DataFrame, own_posts: pl.DataFrame, own: str | None, start: date, end: date
) -> pl.DataFrame:
    """Per platform: ``first`` and ``last`` follower count in the period, ``growth`` (last −
    first), ``growth_share`` (growth ÷ first) and ``basis`` (``account figures`` or ``posts``).
    """
    rows = []
    levels = _from_days(days, own, start, end)
    for platform, first, last, growth in levels:
        rows.append((platform, first, last, growth, "account figures"))
    have = {r[0] for r in rows}
    if "followers" in own_posts.columns:
        known = own_posts.filter(pl.col("followers").is_not_null()).sort("published_at")
        for (platform,), group in known.group_by(pl.col("platform").cast(pl.String)):
            if platform in have or group.height < 2:
                continue
            first, last = group["followers"][0], group["followers"][-1]
            rows.append((platform, first, last, last - first, "posts"))
    schema = {
        "platform": pl.String,
        "first": pl.Int64,
        "last": pl.Int64,
        "growth": pl.Int64,
        "basis": pl.String,
    }
    frame = pl.DataFrame(rows, schema=schema, orient="row")
    return frame.with_columns(
        pl.when(pl.col("first") > 0).then(pl.col("growth") / pl.col("first")).alias("growth_share"),
    ).sort("growth", descending=True, nulls_last=True)


def _from_days(days: pl.DataFrame, own: str | None, start: date, end: date) -> list[tuple]:
    if days.is_empty():
        return []
    frame = days.filter(pl.col("date").is_between(start, end) & pl.col("platform").is_not_null())
    if own and "employer" in frame.columns:
        frame = frame.filter(pl.col("employer").is_null() | (pl.col("employer") == own))
    out = []
    levels = frame.filter(pl.col("metric") == "followers").sort("date")
    for (platform,), group in levels.group_by("platform"):
        daily = group.group_by("date").agg(pl.col("value").sum()).sort("date")
        if daily.height >= 2:
            first, last = int(daily["value"][0]), int(daily["value"][-1])
            out.append((platform, first, last, last - first))
    done = {p for p, *_ in out}
    gained = frame.filter(pl.col("metric") == "new_followers")
    for (platform,), group in gained.group_by("platform"):
        if platform not in done and group.height:
            # Only the gain is known: the levels are not, so growth_share stays empty.
            out.append((platform, None, None, int(group["value"].sum())))
    return out
