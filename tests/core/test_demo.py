"""The demo dataset is deterministic and carries the structure docs/DEMO.md promises."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from core import demo
from core.metrics import with_derived
from core.schema import validate

LOCAL = pl.col("published_at").dt.convert_time_zone(demo.TZ)


@pytest.fixture(scope="module")
def posts(demo_posts) -> pl.DataFrame:
    return (
        with_derived(demo_posts.lazy())
        .with_columns(
            LOCAL.dt.hour().alias("hour"),
            LOCAL.dt.weekday().alias("weekday"),
            LOCAL.dt.date().alias("day"),
        )
        .collect()
    )


def test_same_seed_same_frame(demo_posts):
    assert_frame_equal(demo.generate(2026), demo_posts)


def test_other_seed_other_frame(demo_posts):
    assert not demo.generate(7).equals(demo_posts)


def test_shape_and_validity(demo_posts):
    assert validate(demo_posts) == []
    assert demo_posts.height >= 5000
    start, end = demo_posts["published_at"].min(), demo_posts["published_at"].max()
    assert (end - start).days >= 360
    assert set(demo_posts["platform"].unique()) == {
        "linkedin",
        "instagram",
        "facebook",
        "x",
        "tiktok",
    }
    assert demo_posts["employer"].n_unique() == 4
    assert set(demo_posts["author_type"].unique()) == {"own", "employee", "public"}
    share_en = (demo_posts["language"] == "en").mean()
    assert 0.05 < share_en < 0.3, "mostly Dutch with some English"


def test_competitor_out_posts_but_under_engages(posts):
    accounts = posts.filter(
        pl.col("segment").is_in(["own_account", "competitor_accounts"])
        & (pl.col("post_type") != "reply")
    )
    stats = accounts.group_by("employer").agg(
        pl.len().alias("n"), pl.col("er_impressions").median().alias("er")
    )
    by = {r["employer"]: r for r in stats.iter_rows(named=True)}
    bremer, own = by[demo.UNDER_ENGAGING_COMPETITOR], by[demo.OWN.name]
    assert bremer["n"] == max(r["n"] for r in by.values())
    assert bremer["n"] > 2 * own["n"]
    assert bremer["er"] < 0.6 * min(r["er"] for name, r in by.items() if name != bremer["employer"])


@pytest.mark.parametrize("platform", list(demo.BEST_WINDOWS))
def test_best_window_has_real_uplift_but_few_posts(posts, platform):
    window = demo.BEST_WINDOWS[platform]
    accounts = posts.filter(
        (pl.col("author_type") == "own")
        & (pl.col("platform") == platform)
        & (pl.col("post_type") != "reply")
    )
    inside = pl.col("weekday").is_in([d + 1 for d in window.weekdays]) & pl.col("hour").is_between(
        window.start, window.end - 1
    )
    split = accounts.group_by(inside.alias("inside")).agg(
        pl.len().alias("n"), pl.col("er_impressions").median().alias("er")
    )
    by = {r["inside"]: r for r in split.iter_rows(named=True)}
    assert by[True]["er"] > 1.3 * by[False]["er"]
    assert by[True]["n"] < 0.25 * by[False]["n"]


def test_late_night_ambassador(posts):
    late = (pl.col("hour") >= 22) | (pl.col("hour") < 2)
    share = posts.group_by("author_name").agg(late.mean().alias("late"), pl.len().alias("n"))
    by = {r["author_name"]: r for r in share.iter_rows(named=True)}
    assert by[demo.LATE_NIGHT_AMBASSADOR]["late"] > 0.5
    for person in demo.AMBASSADORS[1:]:
        assert by[person.name]["late"] < 0.2


def test_workload_spike_about_own_organisation(posts):
    complaints = posts.filter(
        (pl.col("employer") == demo.OWN.name)
        & (pl.col("sentiment") == "negative")
        & pl.col("text").str.contains("(?i)werkdruk|overuren|workload|overtime")
    )
    start, end = demo.WORKLOAD_SPIKE
    in_spike = complaints.filter(pl.col("day").is_between(start, end)).height / 3
    outside = complaints.filter(~pl.col("day").is_between(start, end)).height / 49
    assert in_spike > 5 * outside


def test_candidate_questions_partly_unanswered(posts):
    questions = posts.filter(
        (pl.col("author_type") == "public")
        & (pl.col("employer") == demo.OWN.name)
        & pl.col("text").str.contains(r"\?")
    )
    replied = posts.filter((pl.col("author_type") == "own") & (pl.col("post_type") == "reply"))[
        "in_reply_to_id"
    ]
    answered = questions["post_id"].is_in(replied.implode()).mean()
    assert questions.height >= 200
    assert 0.3 < answered < 0.8


def test_period_is_fixed_not_relative_to_today(demo_posts):
    assert demo_posts["published_at"].min().date() >= date(2025, 11, 1)
    assert demo_posts["published_at"].max().date() <= date(2026, 11, 2)
