"""Best slots are honest: true uplift beats volume, accounts are compared with themselves."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import polars as pl
import pytest
from icalendar import Calendar

from core import timing
from core.listening.continuity import continuity
from core.schema import conform
from core.timing import schedule
from core.timing.advice import sentence, weekdays

TZ = "Europe/Amsterdam"
MONDAY = datetime(2026, 1, 5, tzinfo=UTC)  # winter: Amsterdam = UTC+1


def posts_at(
    slots: list[tuple[int, int, float, int]],
    account: str = "@acc",
    seed: int = 1,
    base: float = 0.02,
) -> list[dict]:
    """Posts by one account: (weekday 1-7, local hour, uplift, count) → rows with ER ≈ base × uplift."""
    rng = np.random.default_rng(seed)
    rows = []
    for weekday, hour, uplift, count in slots:
        for i in range(count):
            local = datetime(2026, 1, 5, hour, tzinfo=ZoneInfo(TZ)) + timedelta(
                days=7 * i + weekday - 1
            )
            when = local.astimezone(UTC)
            impressions = 10_000
            rate = base * uplift * rng.lognormal(0, 0.15)
            rows.append(
                {
                    "post_id": f"{account}-{weekday}-{hour}-{i}",
                    "platform": "linkedin",
                    "published_at": when,
                    "author_type": "own",
                    "author_handle": account,
                    "post_type": "post",
                    "impressions": impressions,
                    "reactions": round(impressions * rate),
                }
            )
    return rows


def frame(rows: list[dict]) -> pl.LazyFrame:
    return conform(pl.DataFrame(rows))


def test_true_uplift_with_few_posts_beats_many_mediocre_posts():
    rows = posts_at(
        [(2, 8, 2.0, 6), (4, 14, 1.0, 60), (1, 10, 1.0, 20), (3, 16, 0.9, 20), (5, 12, 1.0, 20)]
    )
    posts = frame(rows)
    slots = timing.best_slots(posts, "er_impressions", TZ)
    top = slots.row(0, named=True)
    assert (top["weekday"], top["block"], top["n"]) == (2, 8, 6)
    assert top["low"] > 1.0 and not top["thin"]
    # A volume-based ranking (total engagements per slot) picks the busy slot instead.
    cells = timing.heatmap(posts, "engagements", TZ).sort("value", descending=True)
    assert (cells["weekday"][0], cells["hour"][0]) == (4, 14)
    [rec] = timing.recommend(posts, "er_impressions", TZ)
    assert (rec.weekdays, rec.block, rec.posts, rec.thin) == ((2,), 8, 6, False)
    assert rec.rate == pytest.approx(0.04, rel=0.15) and rec.overall == pytest.approx(
        0.02, rel=0.15
    )


def test_accounts_are_compared_with_themselves():
    # A big account (ER 10%) always posts Monday 10:00, a small one (ER 1%) always Friday 14:00.
    # Neither slot is better for its own account: no slot should be recommended.
    rows = posts_at([(1, 10, 1.0, 25)], "@big", base=0.10, seed=2) + posts_at(
        [(5, 14, 1.0, 25)], "@small", base=0.01, seed=3
    )
    posts = frame(rows)
    slots = timing.best_slots(posts, "er_impressions", TZ)
    assert all(row["low"] <= 1.0 <= row["high"] for row in slots.iter_rows(named=True))
    assert timing.recommend(posts, "er_impressions", TZ)[0].thin
    # Without normalisation the big account's slot would look ten times better.
    raw = (
        timing.heatmap(posts, "er_impressions", TZ)
        .drop_nulls("value")
        .sort("value", descending=True)
    )
    assert (raw["weekday"][0], raw["hour"][0]) == (1, 10)


def test_thin_data_is_flagged_and_worded_as_such():
    posts = frame(posts_at([(2, 8, 2.5, 3), (4, 14, 1.0, 4)]))
    slots = timing.best_slots(posts, "er_impressions", TZ)
    assert slots["thin"].all()
    [rec] = timing.recommend(posts, "er_impressions", TZ)
    assert rec.thin and rec.weekdays == ()
    assert "too little data to tell (7 posts in 2 slots" in sentence(rec, "er_impressions", "en", 5)
    assert "te weinig gegevens" in sentence(rec, "er_impressions", "nl", 5)


def test_same_data_same_intervals():
    posts = frame(posts_at([(2, 8, 1.5, 12), (4, 14, 1.0, 30)]))
    first = timing.best_slots(posts, "er_impressions", TZ)
    assert first.equals(timing.best_slots(posts, "er_impressions", TZ))


def test_summer_time_does_not_shift_slots():
    # 09:00 Amsterdam is 08:00 UTC in winter and 07:00 UTC in summer: same slot either way.
    rows = [
        {
            "post_id": "w",
            "platform": "x",
            "published_at": datetime(2026, 3, 27, 8, tzinfo=UTC),
            "author_type": "own",
            "post_type": "post",
        },
        {
            "post_id": "s",
            "platform": "x",
            "published_at": datetime(2026, 4, 3, 7, tzinfo=UTC),
            "author_type": "own",
            "post_type": "post",
        },
    ]
    cells = timing.heatmap(frame(rows), "posts", TZ).filter(pl.col("n") > 0)
    assert cells.select("weekday", "hour", "n").rows() == [(5, 9, 2)]


def test_heatmap_has_every_cell_of_the_week():
    cells = timing.heatmap(frame(posts_at([(2, 8, 1.0, 3)])), "er_impressions", TZ)
    assert cells.height == 168
    filled = cells.filter(pl.col("n") > 0)
    assert filled.select("weekday", "hour", "n").rows() == [(2, 8, 3)]
    assert cells.filter(pl.col("n") == 0)["value"].null_count() == 167


def test_sentence_in_both_languages():
    rec = timing.Recommendation(
        "linkedin", (2, 3), 8, 2, 41, 0.019, 0.011, 1.7, 1.4, 2.0, False, 300, 40
    )
    assert sentence(rec, "er_impressions", "en", 5) == (
        "**LinkedIn**: Tuesday and Wednesday 08:00–10:00; 41 posts, median engagement rate per impression 1.9% vs 1.1% for all posts (lift 1.70, interval 1.40–2.00)."
    )
    assert sentence(rec, "er_impressions", "nl", 5).startswith(
        "**LinkedIn**: dinsdag en woensdag 08:00–10:00; 41 berichten, mediane engagement rate per impressie 1,9% tegenover 1,1%"
    )
    assert weekdays([1, 3, 5], "nl") == "maandag, woensdag en vrijdag"


def test_schedule_tries_untested_slots_where_the_audience_is():
    posts = frame(posts_at([(2, 8, 1.0, 10)]))
    slots = timing.best_slots(posts, "er_impressions", TZ)
    audience_rows = [
        {
            "post_id": f"a{i}",
            "platform": "linkedin",
            "published_at": MONDAY + timedelta(days=2, hours=19),
            "author_type": "public",
            "post_type": "post",
        }
        for i in range(9)
    ]
    audience_rows += [
        {
            "post_id": f"b{i}",
            "platform": "linkedin",
            "published_at": MONDAY + timedelta(days=1, hours=7),
            "author_type": "public",
            "post_type": "post",
        }
        for i in range(20)
    ]
    crowd = timing.heatmap(frame(audience_rows), "posts", TZ)
    candidates = schedule.untried_slots(slots, crowd, "linkedin", 2, 5)
    assert (candidates["weekday"][0], candidates["block"][0]) == (3, 20), (
        "Tue 08 has 10 posts already"
    )
    plan = schedule.plan(candidates, "linkedin", date(2026, 11, 24), weeks=3, per_week=2)
    assert plan.height == 6
    assert plan["date"].min() >= date(2026, 11, 30)  # from the next full week
    per_day = plan.group_by("date").len()
    assert per_day["len"].max() == 1, "one test post a day"
    calendar = Calendar.from_ical(schedule.to_ics(plan, TZ, "Test {platform}", "Try it"))
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 6
    first = min(e.decoded("dtstart") for e in events)
    assert str(first.tzinfo) == TZ
    assert list(calendar.walk("VTIMEZONE")), "the calendar carries its time zone"


def test_continuity_shares_and_waiting_times():
    def post(pid, when, **kw):
        return {
            "post_id": pid,
            "platform": "x",
            "published_at": when,
            "post_type": "post",
            "author_type": "public",
            "employer": "Acme",
            **kw,
        }

    tue_10 = datetime(2026, 1, 6, 9, tzinfo=UTC)  # Tuesday 10:00 local: office hours
    sat_20 = datetime(2026, 1, 10, 19, tzinfo=UTC)  # Saturday 20:00 local
    rows = [
        post("q1", tue_10, text="Is de vacature nog open?"),
        post("q2", sat_20, text="Hoe is het om bij Acme te werken?"),
        post("m1", sat_20, text="Mooi bedrijf"),
        post(
            "r1",
            tue_10 + timedelta(hours=2),
            author_type="own",
            post_type="reply",
            in_reply_to_id="q1",
            text="Ja!",
        ),
        post(
            "r2",
            sat_20 + timedelta(hours=38),
            author_type="own",
            post_type="reply",
            in_reply_to_id="q2",
            text="Leuk!",
        ),
        post("o1", sat_20, employer="Other", text="Vraag?"),
    ]
    c = continuity(frame(rows), TZ, ["Acme"])
    assert (c.mentions, c.questions) == (3, 2)
    assert c.outside_share == pytest.approx(2 / 3) and c.weekend_share == pytest.approx(2 / 3)
    assert c.answered_share == 1.0 and c.within_day_share == 0.5
    assert (c.wait_office_h, c.wait_outside_h) == (2.0, 38.0)
    assert continuity(frame(rows[:3]), TZ).answered_share is None, (
        "no replies in the data: unknown, not 0"
    )


def test_large_slots_use_the_normal_approximation_of_the_bootstrap():
    """Above NORMAL_FROM posts the interval comes from the central limit theorem: it agrees with
    a thousand resamples to two decimals, without drawing them."""
    import numpy as np

    from core.timing import slots

    values = np.random.default_rng(2).normal(0.2, 0.8, slots.NORMAL_FROM * 4)
    settings = slots.SlotSettings()
    normal = slots._bootstrap(values, settings, np.random.default_rng(1))
    resampled = np.exp(
        np.percentile(
            np.random.default_rng(1)
            .choice(values, size=(settings.bootstrap, len(values)))
            .sum(axis=1)
            / (len(values) + settings.prior_posts),
            [5, 95],
        )
    )
    assert np.allclose(normal, resampled, atol=0.01)
    small = slots._bootstrap(values[:50], settings, np.random.default_rng(1))
    assert small[0] < small[1]
