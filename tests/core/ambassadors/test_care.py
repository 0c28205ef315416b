"""Check-ins due and signs of strain, table-driven with a fixed clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import polars as pl
import pytest

from core import demo
from core.ambassadors.care import checkins_due, overview, strain, thank_you
from core.ambassadors.discover import candidates, fans
from core.schema import conform

TODAY = date(2026, 3, 31)
TZ = ZoneInfo("Europe/Amsterdam")


def person(**extra) -> dict:
    base = {
        "id": "p1",
        "name": "Sanne",
        "status": "active",
        "handles": [{"platform": "linkedin", "handle": "@sanne"}],
        "consent_date": "2025-11-01",
        "checkin_days": 42,
        "checkins": [],
        "appreciation": [],
        "max_hours_week": None,
        "online_window": None,
        "weekends": False,
        "created_at": "2025-11-01T00:00:00",
    }
    return base | extra


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({"checkins": [{"date": "2026-03-20"}]}, []),
        ({"checkins": [{"date": "2026-02-20"}]}, [("checkin_due", 3)]),  # due 3 April
        ({"checkins": [{"date": "2026-02-17"}]}, [("checkin_due", 0)]),  # due today
        ({"checkins": [{"date": "2026-02-25"}]}, []),  # due 8 April: more than a week away
        ({"checkins": [{"date": "2026-01-01"}]}, [("checkin_overdue", 47)]),
        ({"checkins": [{"date": "2026-01-01"}, {"date": "2026-03-30"}]}, []),
        ({"checkins": [], "consent_date": "2026-03-01"}, []),
        ({"checkins": [], "consent_date": "2026-01-01"}, [("checkin_overdue", 47)]),
        ({"checkins": [{"date": "2026-03-01"}], "checkin_days": 14}, [("checkin_overdue", 16)]),
        ({"status": "paused", "checkins": [{"date": "2025-01-01"}]}, []),
        ({"status": "candidate", "checkins": []}, []),
    ],
)
def test_checkins_due(extra, expected):
    got = [(s.code, s.values["days"]) for s in checkins_due([person(**extra)], TODAY)]
    assert got == expected


def posts_at(
    times: list[datetime], handle: str = "@sanne", platform: str = "linkedin", reactions: int = 10
) -> pl.LazyFrame:
    rows = [
        {
            "post_id": f"p{i}",
            "platform": platform,
            "published_at": t.astimezone(UTC),
            "author_type": "employee",
            "author_handle": handle,
            "post_type": "post",
            "reactions": reactions,
            "text": "Trots op ons team",
        }
        for i, t in enumerate(times)
    ]
    return conform(pl.DataFrame(rows))


def at(day_offset: int, hour: int) -> datetime:
    return datetime.combine(TODAY - timedelta(days=day_offset), datetime.min.time(), TZ).replace(
        hour=hour
    )


WEEKDAY_OFFSETS = [1, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 18]  # Mon–Fri (31 March 2026 is a Tuesday)
WEEKEND_OFFSETS = (2, 3, 9, 10, 16, 17)


@pytest.mark.parametrize(
    ("times", "extra", "codes"),
    [
        ([at(d, 12) for d in WEEKDAY_OFFSETS], {}, []),
        ([at(d, 23) for d in WEEKDAY_OFFSETS], {}, ["late_night"]),
        (
            [at(d, 0) for d in WEEKDAY_OFFSETS[:6]] + [at(d, 12) for d in WEEKDAY_OFFSETS[6:]],
            {},
            ["late_night"],
        ),
        (
            [at(d, 21) for d in WEEKDAY_OFFSETS],
            {"online_window": {"from": 8, "until": 18}},
            ["outside_hours"],
        ),
        ([at(d, 21) for d in WEEKDAY_OFFSETS], {"online_window": {"from": 8, "until": 22}}, []),
        ([at(d, 12) for d in WEEKEND_OFFSETS], {}, ["weekends"]),
        ([at(d, 12) for d in WEEKEND_OFFSETS], {"weekends": True}, []),
        ([at(d, 12) for d in WEEKDAY_OFFSETS], {"max_hours_week": 1}, ["over_hours"]),
        ([at(d, 12) for d in WEEKDAY_OFFSETS], {"max_hours_week": 2}, []),
        ([at(d, 12) for d in range(30, 84, 2)] + [at(3, 12)], {}, ["drop"]),
        ([at(d, 23) for d in WEEKDAY_OFFSETS], {"consent_date": None}, []),
    ],
)
def test_strain(times, extra, codes):
    signals = strain(posts_at(times), person(**extra), TODAY)
    assert [s.code for s in signals] == codes


def test_posts_before_consent_are_never_read():
    early = [at(d, 23) for d in WEEKDAY_OFFSETS]
    assert strain(posts_at(early), person(consent_date=TODAY.isoformat()), TODAY) == []


def test_thank_you_when_a_post_did_well_and_nobody_said_thanks():
    times = [at(d, 12) for d in range(40, 90, 5)]
    rows = (
        posts_at(times)
        .collect()
        .vstack(
            posts_at([at(3, 12)], reactions=80)
            .collect()
            .with_columns(pl.lit("big").alias("post_id"))
        )
    )
    assert [s.code for s in thank_you(rows.lazy(), person(), TODAY)] == ["thank"]
    thanked = person(appreciation=[{"date": "2026-03-01", "what": "bloemen", "by": "directie"}])
    assert thank_you(rows.lazy(), thanked, TODAY) == []


def test_demo_late_night_ambassador_is_flagged_and_ambassadors_are_candidates():
    posts = demo.generate(2026).lazy()
    top = candidates(posts, demo.OWN.name, []).get_column("key").head(5).to_list()
    assert sorted(top) == sorted(p.handle.lstrip("@").lower() for p in demo.AMBASSADORS)
    roster = [
        person(
            id=p.handle,
            name=p.name,
            handles=[{"platform": "linkedin", "handle": p.handle}],
            consent_date="2025-11-01",
            checkins=[{"date": "2026-10-01"}],
        )
        for p in demo.AMBASSADORS
    ]
    flagged = {
        s.ambassador
        for s in overview(posts, roster, date(2026, 10, 31))
        if s.code in ("late_night", "weekends")
    }
    assert flagged == {demo.AMBASSADORS[0].handle}
    assert fans(posts, demo.OWN.name, []).height >= 5


def test_a_checkin_that_does_not_fit_working_hours_is_no_tick():
    from core.ambassadors.care import checkin_line

    assert checkin_line({"date": "2026-01-01", "how": "Druk", "fits_hours": False}) == (
        "does_not_fit",
        "Druk",
    )
    assert checkin_line({"date": "2026-01-01", "fits_hours": True})[0] == "fits"
    assert checkin_line({"date": "2026-01-01"})[0] == "unknown"
