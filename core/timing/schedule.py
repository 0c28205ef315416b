"""A test schedule: post in slots we rarely or never tried, to learn whether they work.

Slots are picked where the audience is most active among those with too few posts to judge,
spread over the coming weeks, and exported as CSV or as an iCalendar (.ics) file.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import polars as pl
from icalendar import Calendar, Event


def untried_slots(
    slots: pl.DataFrame,
    audience: pl.DataFrame,
    platform: str,
    block_hours: int,
    min_posts: int,
    hours: tuple[int, int] = (7, 22),
) -> pl.DataFrame:
    """Slots (weekday × block) of a platform with fewer than ``min_posts`` posts, ranked by
    how active the audience is then.

    Args:
        slots: :func:`core.timing.best_slots` output (any platforms).
        audience: :func:`core.timing.heatmap` of the audience (``weekday``, ``hour``, ``n``).
        platform: The platform to plan for.
        block_hours: Width of the blocks used in ``slots``.
        min_posts: Slots below this many posts count as untried.
        hours: Only blocks starting within these local hours are proposed.

    Returns:
        ``weekday``, ``block``, ``tried`` (posts so far), ``audience`` (audience posts then).
    """
    tried = slots.filter(pl.col("platform") == platform).select(
        "weekday", "block", pl.col("n").alias("tried")
    )
    activity = (
        audience.with_columns(
            (pl.col("hour") // block_hours * block_hours).cast(pl.Int8).alias("block")
        )
        .group_by("weekday", "block")
        .agg(pl.col("n").sum().alias("audience"))
    )
    blocks = activity.filter(pl.col("block").is_between(hours[0], hours[1] - block_hours))
    return (
        blocks.join(tried, on=["weekday", "block"], how="left")
        .with_columns(pl.col("tried").fill_null(0))
        .filter(pl.col("tried") < min_posts)
        .sort(["audience", "weekday", "block"], descending=[True, False, False])
    )


def plan(
    candidates: pl.DataFrame,
    platform: str,
    start: date,
    weeks: int = 4,
    per_week: int = 2,
    block_hours: int = 2,
) -> pl.DataFrame:
    """Spread the best untried slots over the coming weeks, ``per_week`` test posts a week.

    Returns:
        ``date``, ``start``, ``end`` (local times as HH:MM), ``weekday``, ``platform``,
        ``tried``; ordered by date.
    """
    monday = start - timedelta(days=start.weekday())
    if monday < start:
        monday += timedelta(days=7)  # plan from the next full week
    weekly: list[list[dict]] = [[] for _ in range(weeks)]
    for slot in candidates.to_dicts():  # best first; one test post per day, per_week a week
        week = next(
            (
                w
                for w in weekly
                if len(w) < per_week and all(s["weekday"] != slot["weekday"] for s in w)
            ),
            None,
        )
        if week is not None:
            week.append(slot)
        if all(len(w) == per_week for w in weekly):
            break
    rows = [
        {
            "date": monday + timedelta(days=7 * i + slot["weekday"] - 1),
            "start": f"{slot['block']:02d}:00",
            "end": f"{(slot['block'] + block_hours) % 24:02d}:00",
            "weekday": slot["weekday"],
            "platform": platform,
            "tried": slot["tried"],
        }
        for i, week in enumerate(weekly)
        for slot in week
    ]
    schema = {
        "date": pl.Date,
        "start": pl.String,
        "end": pl.String,
        "weekday": pl.Int8,
        "platform": pl.String,
        "tried": pl.Int64,
    }
    return pl.DataFrame(rows, schema=schema).sort("date", "start")


def to_ics(schedule: pl.DataFrame, tz: str, summary: str, description: str) -> bytes:
    """The schedule as an iCalendar file: one 30-minute event at the start of each slot."""
    calendar = Calendar()
    calendar.add("prodid", "-//Employer Radar//test schedule//NL")
    calendar.add("version", "2.0")
    zone = ZoneInfo(tz)
    for row in schedule.iter_rows(named=True):
        begin = datetime.combine(row["date"], time.fromisoformat(row["start"]), tzinfo=zone)
        event = Event()
        stamp = f"{row['date']:%Y%m%d}-{row['start'].replace(':', '')}"
        event.add("uid", f"{stamp}-{row['platform']}@employer-radar.invalid")
        event.add("dtstamp", datetime(2026, 1, 1, tzinfo=ZoneInfo("UTC")))
        event.add("dtstart", begin)
        event.add("dtend", begin + timedelta(minutes=30))
        event.add("summary", summary.format(platform=row["platform"]))
        event.add("description", description)
        calendar.add_component(event)
    calendar.add_missing_timezones()  # VTIMEZONE for the TZID, so every client agrees on the time
    return calendar.to_ical()
