"""Web-analytics exports of the careers site (GA4, Matomo) load as visits, with no mapping."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from core.ingest import ingest_all, prepare
from core.ingest.visits import channel_from, platform_of, utm
from tests.core.ingest import exports as E


def visits_of(name: str, data: bytes):
    loaded = ingest_all([(name, data)])
    assert not loaded.report.errors, [e.text() for e in loaded.report.errors]
    assert loaded.posts.is_empty()
    return loaded


def test_ga4_traffic_acquisition_download_reads_both_tables_with_its_date_range():
    prepared, errors = prepare([("traffic.csv", E.ga4_traffic_acquisition())])
    assert not errors
    assert [p.plan.kind for p in prepared] == ["visits", "visits"]
    assert not any(p.plan.needs_confirmation for p in prepared)
    loaded = visits_of("traffic.csv", E.ga4_traffic_acquisition())
    whole = loaded.visits.filter(pl.col("date").is_null())
    assert dict(whole.select("channel", "sessions").iter_rows()) == {
        "organic_search": 1240, "direct": 880, "organic_social": 412, "referral": 95,
        "unassigned": 7,
    }  # fmt: skip
    assert whole["key_events"].sum() == 31 + 22 + 18 + 4
    assert set(whole["start"]) == {date(2026, 3, 1)} and set(whole["end"]) == {date(2026, 3, 31)}
    series = loaded.visits.filter(pl.col("date").is_not_null())
    assert series["date"].min() == date(2026, 3, 1) and series["date"].max() == date(2026, 3, 31)
    assert series["key_events"].is_null().all()  # the chart has sessions only
    assert loaded.report.files[0].format == "Google Analytics 4 (channels)"
    assert loaded.report.ok


def test_ga4_in_dutch_by_source_and_medium_gives_platforms_and_channels():
    loaded = visits_of("verkeer.csv", E.ga4_source_medium_dutch())
    rows = loaded.visits
    assert rows["sessions"].sum() == 300
    assert rows["key_events"].sum() == 15
    assert rows["users"].sum() == 262
    by_platform = rows.group_by("platform").agg(pl.col("sessions").sum())
    assert dict(by_platform.iter_rows()) == {
        "linkedin": 50, "facebook": 50, "instagram": 40, None: 160
    }  # fmt: skip
    channels = dict(rows.select("source", "channel").unique().iter_rows())
    assert channels["linkedin"] == "organic_social"
    assert channels["m.facebook.com"] == "organic_social"
    assert channels["google"] == "organic_search"
    assert channels["(direct)"] == "direct"


def test_ga4_landing_pages_take_source_and_campaign_from_the_utm_tags():
    rows = visits_of("landing.csv", E.ga4_landing_pages()).visits
    tagged = rows.filter(pl.col("campaign").is_not_null())
    assert dict(tagged.select("campaign", "sessions").iter_rows()) == {
        "vacatures": 210,
        "cultuur": 90,
    }
    assert set(tagged["platform"]) == {"linkedin", "facebook"}
    assert set(rows["report"]) == {"landing_page"}


@pytest.mark.parametrize("translated", [True, False])
def test_matomo_channel_type_in_utf16(translated):
    loaded = visits_of("channel-type.csv", E.matomo_channel_type(translated))
    rows = loaded.visits
    assert dict(rows.select("channel", "sessions").iter_rows()) == {
        "organic_search": 1500, "direct": 700, "referral": 210, "organic_social": 380,
        "campaigns": 60,
    }  # fmt: skip
    assert rows["users"].sum() == 1320 + 650 + 200 + 350 + 58
    assert rows["key_events"].sum() == 82
    assert set(rows["tool"]) == {"matomo"}


def test_matomo_social_networks_from_excel_per_day():
    rows = visits_of("social.xlsx", E.matomo_social_networks_xlsx()).visits
    assert rows["date"].n_unique() == 2
    per = dict(rows.group_by("platform").agg(pl.col("key_events").sum()).iter_rows())
    assert per == {"linkedin": 10, "facebook": 1, "instagram": 0}
    assert set(rows["channel"]) == {"organic_social"}


def test_total_rows_are_left_out_and_said():
    data = b"Session default channel group,Sessions,Key events\nDirect,10,1\nOrganic Search,20,2\nGrand total,30,3\n"
    loaded = visits_of("totals.csv", data)
    assert loaded.visits["sessions"].sum() == 30
    assert any(
        "total row" in m.text()
        for m in loaded.report.files[0].notes + loaded.report.files[0].warnings
    )


def test_a_post_export_is_not_taken_for_web_analytics():
    prepared, _ = prepare([("tweets.csv", E.sprout())])
    assert all(p.plan.kind == "posts" for p in prepared)


def test_visits_are_stored_with_the_dataset(tmp_path):
    from core.datasets import DatasetStore

    loaded = ingest_all([("traffic.csv", E.ga4_traffic_acquisition()), ("x.csv", E.sprout())])
    store = DatasetStore(tmp_path)
    info = store.save(loaded.posts, "with visits", visits=loaded.visits)
    assert info.visits == loaded.visits.height > 0
    assert store.visits(info.id).equals(loaded.visits)
    store.delete(info.id)
    assert store.visits(info.id).is_empty()


@pytest.mark.parametrize(
    ("source", "medium", "channel"),
    [
        ("linkedin.com", "referral", "organic_social"),
        ("lnkd.in", "referral", "organic_social"),
        ("facebook", "paid_social", "paid_social"),
        ("linkedin", "cpc", "paid_social"),
        ("google", "cpc", "paid_search"),
        ("google", "organic", "organic_search"),
        ("(direct)", "(none)", "direct"),
        ("nieuwsbrief", "email", "email"),
        ("indeed.com", "referral", "referral"),
        ("partner", "display", "display"),
        ("something", "(not set)", "unassigned"),
    ],
)
def test_default_channel_group_from_source_and_medium(source, medium, channel):
    assert channel_from(source, medium) == channel


def test_platform_and_utm_helpers():
    assert platform_of("l.instagram.com") == "instagram"
    assert platform_of("t.co") == "x"
    assert platform_of("google") is None
    assert utm("https://x.nl/vacatures?utm_source=linkedin&utm_campaign=zomer") == {
        "source": "linkedin", "campaign": "zomer"
    }  # fmt: skip
    assert utm("https://x.nl/vacatures") == {}
