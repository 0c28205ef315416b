"""Impact: the channel table against numbers computed by hand, the choice of rows, campaigns,
follower growth and the demo's planted effect."""

from __future__ import annotations

from datetime import UTC, date, datetime

import polars as pl
import pytest

from core import impact
from core.ingest import ingest_all
from core.ingest.days import empty_days
from core.schema import conform
from tests.core.ingest import exports as E

OWN = "Acme"
MARCH = (date(2026, 3, 1), date(2026, 3, 31))
GA4 = """# ----------------------------------------
# Traffic acquisition: Session source / medium
# Property: werkenbij.acme.nl - GA4
# ----------------------------------------
# Start date: 20260301
# End date: 20260430
Date,Session source / medium,Session campaign,Sessions,Total users,Key events
20260302,linkedin / social,vacatures,30,25,6
20260310,linkedin / social,vacatures,20,18,4
20260305,m.facebook.com / referral,(referral),100,90,2
20260306,l.instagram.com / referral,(referral),50,45,0
20260307,google / organic,(organic),300,280,6
20260402,(direct) / (none),(direct),20,20,2
"""


def post(i: int, day: date, platform: str, **fields) -> dict:
    return {
        "post_id": f"p{i}",
        "platform": platform,
        "published_at": datetime(day.year, day.month, day.day, 10, tzinfo=UTC),
        "author_type": fields.pop("author_type", "own"),
        "employer": fields.pop("employer", OWN),
        "post_type": fields.pop("post_type", "post"),
        **fields,
    }


@pytest.fixture
def posts() -> pl.DataFrame:
    link = (
        "Vacature! https://werkenbij.acme.nl/vacatures?utm_source=linkedin&utm_campaign=vacatures"
    )
    rows = [
        post(1, date(2026, 3, 2), "linkedin", impressions=1000, clicks=20, reactions=10, text=link),
        post(
            2, date(2026, 3, 10), "linkedin", impressions=3000, clicks=40, reactions=30, text=link
        ),
        post(3, date(2026, 3, 5), "facebook", impressions=2000, reactions=5),
        post(4, date(2026, 3, 6), "instagram", reactions=7),
        post(5, date(2026, 3, 6), "linkedin", impressions=50_000, employer="Rival", clicks=900),
        post(
            6, date(2026, 3, 7), "linkedin", impressions=777, post_type="reply", in_reply_to_id="x"
        ),
        post(7, date(2026, 4, 10), "linkedin", impressions=99_999, clicks=999),
    ]
    return conform(pl.DataFrame(rows, infer_schema_length=None)).collect()


@pytest.fixture
def visits() -> pl.DataFrame:
    return ingest_all([("ga4.csv", GA4.encode())]).visits


def test_channel_table_equals_the_hand_computed_figures(posts, visits):
    every = impact.own_posts(posts.lazy(), OWN, "Europe/Amsterdam", date.min, date.max).collect()
    rows, span = impact.channel_rows(visits, *MARCH)
    assert span == impact.Span(*MARCH, dated=True)
    table = {r["key"]: r for r in impact.channel_table(rows, span, every).iter_rows(named=True)}
    assert list(table) == [
        "organic_search",
        "facebook",
        "instagram",
        "linkedin",
    ]  # most visits first, ties by name
    linkedin = table["linkedin"]
    assert (linkedin["sessions"], linkedin["users"], linkedin["applications"]) == (50, 43, 10)
    assert linkedin["impressions"] == 4000 and linkedin["clicks"] == 60
    assert linkedin["rate"] == pytest.approx(10 / 50)
    assert linkedin["share_sessions"] == pytest.approx(50 / 500)
    assert linkedin["share_applications"] == pytest.approx(10 / 18)
    assert linkedin["per_1000"] == pytest.approx(10 / 4000 * 1000)
    assert linkedin["per_click"] == pytest.approx(50 / 60)
    facebook = table["facebook"]
    assert (facebook["sessions"], facebook["applications"], facebook["impressions"]) == (
        100,
        2,
        2000,
    )
    assert facebook["per_1000"] == pytest.approx(1.0)
    assert facebook["clicks"] is None and facebook["per_click"] is None  # unknown, not 0
    assert table["instagram"]["impressions"] is None and table["instagram"]["per_1000"] is None
    assert table["organic_search"]["impressions"] is None
    assert sum(r["sessions"] for r in table.values()) == 500  # April's direct visit is outside


def test_the_export_range_is_used_when_it_has_no_days(posts):
    visits = ingest_all([("traffic.csv", E.ga4_traffic_acquisition())]).visits
    rows, span = impact.channel_rows(visits, date(2026, 3, 10), date(2026, 3, 20))
    assert span == impact.Span(date(2026, 3, 1), date(2026, 3, 31), dated=False)
    assert rows["sessions"].sum() == 1240 + 880 + 412 + 95 + 7  # the table, not the series too
    assert rows["key_events"].sum() == 75
    twice = pl.concat([visits, visits.with_columns(pl.lit("again.csv").alias("file"))])
    assert impact.channel_rows(twice, *MARCH)[0]["sessions"].sum() == rows["sessions"].sum()
    every = impact.own_posts(posts.lazy(), OWN, "Europe/Amsterdam", date.min, date.max).collect()
    table = impact.channel_table(rows, span, every)
    social = table.filter(pl.col("key") == "organic_social")
    assert social["sessions"][0] == 412 and social["impressions"][0] is None


def test_no_web_analytics_gives_no_rows():
    rows, span = impact.channel_rows(ingest_all([]).visits, *MARCH)
    assert span is None and rows.is_empty()


def test_campaigns_from_the_utm_tags_in_the_posts(posts, visits):
    every = impact.own_posts(posts.lazy(), OWN, "Europe/Amsterdam", date.min, date.max).collect()
    found = impact.campaigns(visits, every, *MARCH)
    assert found.to_dicts() == [
        {"campaign": "vacatures", "sources": "linkedin", "posts": 2, "impressions": 4000,
         "clicks": 60, "sessions": 50, "applications": 10}
    ]  # fmt: skip


def test_posts_per_platform_and_kind(posts):
    own = impact.own_posts(posts.lazy(), OWN, "Europe/Amsterdam", *MARCH)
    kinds = impact.by_kind(own)
    linkedin = kinds.filter(pl.col("platform") == "linkedin").row(0, named=True)
    assert (linkedin["posts"], linkedin["impressions"], linkedin["engagements"]) == (2, 4000, 40)
    assert linkedin["rate"] == pytest.approx(40 / 4000)
    instagram = kinds.filter(pl.col("platform") == "instagram").row(0, named=True)
    assert instagram["impressions"] is None and instagram["rate"] is None
    weeks = impact.weekly(own, "platform")
    assert weeks["impressions"].sum() == 6000


def test_follower_growth_from_days_before_posts(posts):
    days = pl.DataFrame(
        {
            "date": [date(2026, 3, 1), date(2026, 3, 31), date(2026, 3, 5)],
            "platform": ["linkedin", "linkedin", "facebook"],
            "account": [None, None, None],
            "metric": ["followers", "followers", "new_followers"],
            "value": [1000.0, 1100.0, 12.0],
            "source": ["a", "a", "b"],
            "employer": [OWN, OWN, OWN],
        },
        schema_overrides={"account": pl.String},
    )
    own = posts.with_columns(
        pl.when(pl.col("platform") == "instagram").then(500).alias("followers")
    )
    growth = {
        r["platform"]: r
        for r in impact.follower_growth(days, own, OWN, *MARCH).iter_rows(named=True)
    }
    assert growth["linkedin"]["growth"] == 100 and growth["linkedin"][
        "growth_share"
    ] == pytest.approx(0.1)
    assert growth["linkedin"]["basis"] == "account figures"
    assert growth["facebook"]["growth"] == 12 and growth["facebook"]["first"] is None
    assert "instagram" not in growth  # one post with a count: no growth to tell
    assert impact.follower_growth(empty_days(), posts, OWN, *MARCH).is_empty()


def test_demo_planted_effect_linkedin_brings_fewer_visits_but_the_most_applications(demo_posts):
    from core import demo

    visits = demo.careers_site_visits(demo_posts)
    every = impact.own_posts(
        demo_posts.lazy(), demo.OWN.name, demo.TZ, date.min, date.max
    ).collect()
    rows, span = impact.channel_rows(visits, demo.START, date(2026, 10, 31))
    table = {r["key"]: r for r in impact.channel_table(rows, span, every).iter_rows(named=True)}
    assert table["linkedin"]["sessions"] < table["facebook"]["sessions"]
    assert table["linkedin"]["sessions"] < table["instagram"]["sessions"]
    assert table["linkedin"]["applications"] == max(r["applications"] for r in table.values())
    campaigns = impact.campaigns(visits, every, demo.START, date(2026, 10, 31))
    assert campaigns["campaign"].to_list() == ["vacatures"]
    assert campaigns["sessions"][0] > 0
