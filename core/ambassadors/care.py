"""Looking after ambassadors: check-ins due, signs of strain, someone to thank.

Everything takes an explicit ``today`` so the rules can be tested with a fixed clock, and
works only on ambassadors whose consent is recorded. The wording on the page is gentle: these
are prompts for a conversation, not a leaderboard.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import polars as pl

from core.ambassadors.roster import tracked
from core.metrics import with_derived

MINUTES_PER_POST = {
    "linkedin": 30,
    "instagram": 45,
    "tiktok": 60,
    "facebook": 20,
    "x": 10,
    "youtube": 90,
}
"""Rough time to make one post, per platform (writing, filming, editing, replying)."""
LATE = (23, 6)
"""Late at night: from 23:00 until 06:00 local time."""


@dataclass(frozen=True)
class Signal:
    """Something to look at for one ambassador: a code, values for the message, and severity."""

    ambassador: str
    code: str
    values: dict
    level: str  # "info" or "warn"


CHECKIN_MARKS = {True: "fits", False: "does_not_fit", None: "unknown"}


def checkin_line(entry: dict) -> tuple[str, str]:
    """How one logged check-in reads in the history: whether the work fitted the agreed hours
    (``fits``, ``does_not_fit`` or ``unknown`` — a check-in that says it does not fit is a
    warning, never a tick) and what was said."""
    said = " · ".join(x for x in (entry.get("how"), entry.get("hard"), entry.get("needs")) if x)
    return CHECKIN_MARKS.get(entry.get("fits_hours"), "unknown"), said


def checkins_due(roster: list[dict], today: date) -> list[Signal]:
    """Active ambassadors whose next check-in is due within a week, or overdue."""
    signals = []
    for person in roster:
        if person["status"] != "active":
            continue
        dates = [date.fromisoformat(c["date"]) for c in person.get("checkins", [])]
        last = (
            max(dates)
            if dates
            else date.fromisoformat(person.get("consent_date") or person["created_at"][:10])
        )
        due = last + timedelta(days=person.get("checkin_days", 42))
        days = (due - today).days
        if days < 0:
            signals.append(
                Signal(
                    person["id"], "checkin_overdue", {"days": -days, "due": due.isoformat()}, "warn"
                )
            )
        elif days <= 7:
            signals.append(
                Signal(person["id"], "checkin_due", {"days": days, "due": due.isoformat()}, "info")
            )
    return signals


def their_posts(posts: pl.LazyFrame, person: dict) -> pl.LazyFrame:
    """The posts of one ambassador (matched on handles), only when consent is recorded."""
    handles = [h["handle"].strip().lstrip("@").lower() for h in person.get("handles", [])]
    if not tracked(person) or not handles:
        return posts.head(0)
    who = pl.col("author_handle").str.strip_chars_start("@").str.to_lowercase()
    since = date.fromisoformat(person["consent_date"])
    return posts.filter(who.is_in(handles) & (pl.col("published_at").dt.date() >= since))


def _local(posts: pl.LazyFrame, tz: str) -> pl.LazyFrame:
    local = pl.col("published_at").dt.convert_time_zone(tz)
    known = pl.col("time_known").fill_null(True)  # a day without a time is not 'at midnight'
    return posts.with_columns(
        local.dt.date().alias("day"),
        pl.when(known).then(local.dt.hour()).alias("hour"),
        local.dt.weekday().alias("weekday"),
    )


def strain(
    posts: pl.LazyFrame, person: dict, today: date, tz: str = "Europe/Amsterdam"
) -> list[Signal]:
    """Signs that the ambassador may be doing too much, or at the wrong times.

    - estimated time online in the last 4 weeks above the agreed weekly maximum;
    - more than a quarter of recent posts outside the agreed hours (or late at night when no
      hours were agreed), or at weekends when weekends were not agreed;
    - a sudden drop: the last 4 weeks below 40% of the weekly average of the 8 weeks before.
    """
    mine = _local(their_posts(posts, person), tz).collect()
    recent = mine.filter(pl.col("day").is_between(today - timedelta(days=27), today))
    before = mine.filter(
        pl.col("day").is_between(today - timedelta(days=83), today - timedelta(days=28))
    )
    signals = []
    ident = person["id"]
    if recent.height and person.get("max_hours_week"):
        minutes = recent.select(
            pl.col("platform")
            .cast(pl.String)
            .replace_strict(MINUTES_PER_POST, default=30, return_dtype=pl.Int64)
            .sum()
        ).item()
        per_week = minutes / 60 / 4
        if per_week > person["max_hours_week"]:
            signals.append(
                Signal(
                    ident,
                    "over_hours",
                    {"hours": round(per_week, 1), "max": person["max_hours_week"]},
                    "warn",
                )
            )
    if recent.height >= 4:
        window = person.get("online_window")
        if window:
            outside = ~pl.col("hour").is_between(window["from"], window["until"] - 1)
        else:
            outside = (pl.col("hour") >= LATE[0]) | (pl.col("hour") < LATE[1])
        share = recent.select(outside.mean()).item()
        if share > 0.25:
            code = "outside_hours" if window else "late_night"
            signals.append(Signal(ident, code, {"share": share, "posts": recent.height}, "warn"))
        if not person.get("weekends"):
            weekend = recent.select((pl.col("weekday") >= 6).mean()).item()
            if weekend > 0.25:
                signals.append(
                    Signal(ident, "weekends", {"share": weekend, "posts": recent.height}, "warn")
                )
    if before.height >= 8:
        usual = before.height / 8
        now = recent.height / 4
        if now < 0.4 * usual:
            signals.append(
                Signal(ident, "drop", {"now": round(now, 1), "usual": round(usual, 1)}, "info")
            )
    return signals


def thank_you(posts: pl.LazyFrame, person: dict, today: date, quiet_days: int = 60) -> list[Signal]:
    """Suggest appreciation: a recent post did well and nobody said thanks lately."""
    thanks = [date.fromisoformat(a["date"]) for a in person.get("appreciation", [])]
    if thanks and (today - max(thanks)).days < quiet_days:
        return []
    mine = with_derived(their_posts(posts, person)).collect()
    if mine.height < 3:
        return []
    usual = mine.get_column("engagements").median()
    recent = mine.filter(pl.col("published_at").dt.date() >= today - timedelta(days=30)).sort(
        "engagements", descending=True
    )
    if (
        recent.is_empty()
        or usual is None
        or not recent["engagements"][0]
        or recent["engagements"][0] < 1.5 * usual
    ):
        return []
    best = recent.row(0, named=True)
    return [
        Signal(
            person["id"],
            "thank",
            {
                "engagements": best["engagements"],
                "usual": round(usual),
                "text": (best["text"] or "")[:90],
            },
            "info",
        )
    ]


def overview(
    posts: pl.LazyFrame, roster: list[dict], today: date, tz: str = "Europe/Amsterdam"
) -> list[Signal]:
    """Every signal for every ambassador, check-ins first."""
    signals = checkins_due(roster, today)
    for person in roster:
        if person["status"] in ("active", "paused"):
            signals += strain(posts, person, today, tz) + thank_you(posts, person, today)
    return signals
