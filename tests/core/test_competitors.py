"""Every benchmark metric and definition variant against a small fixture computed by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime

import polars as pl
import pytest

from core import demo
from core.competitors import (
    Choice,
    Period,
    content_mix,
    engagement_rate,
    growth,
    ranking,
    sentiment,
    share_of_voice,
    weekly,
)
from core.metrics import with_derived
from core.schema import conform

TZ = "Europe/Amsterdam"


def post(pid, employer, author_type="own", day=5, **metrics):
    return {
        "post_id": pid,
        "platform": metrics.pop("platform", "linkedin"),
        "published_at": datetime(2026, 1, day, 12, tzinfo=UTC),
        "author_type": author_type,
        "post_type": metrics.pop("post_type", "post"),
        "employer": employer,
        "text": metrics.pop("text", "Vacature: monteur"),
        **metrics,
    }


# A posts twice (impressions 100 / 1000, engagements 10 / 20), B once (impressions 400, engagements 4).
# Mentions: A 3 (2 positive, 1 negative), B 1 (neutral). Reach: A 300 + 60, B 40 + 100.
ROWS = [
    post("a1", "A", impressions=100, reach=100, reactions=10, followers=1000),
    post("a2", "A", day=12, impressions=1000, reach=200, reactions=20, followers=1100),
    post("b1", "B", impressions=400, reach=40, reactions=4, followers=500),
    post("m1", "A", "public", sentiment="positive", reach=30, reactions=1),
    post("m2", "A", "public", sentiment="positive", reach=20),
    post("m3", "A", "public", sentiment="negative", reach=10),
    post("m4", "B", "public", sentiment="neutral", reach=100, reactions=2),
]
FRAME = with_derived(conform(pl.DataFrame(ROWS))).collect()


@pytest.mark.parametrize(
    ("definition", "a", "b"),
    [
        ("mentions", 3 / 4, 1 / 4),
        ("own_posts", 2 / 3, 1 / 3),
        ("reach", 360 / 500, 140 / 500),
        ("engagement", 31 / 37, 6 / 37),
    ],
)
def test_share_of_voice(definition, a, b):
    result = share_of_voice(FRAME, ["A", "B"], definition)
    assert result["A"].value == pytest.approx(a) and result["B"].value == pytest.approx(b)


@pytest.mark.parametrize(
    ("rate", "aggregation", "expected"),
    [
        ("er_impressions", "mean_of_ratios", (10 / 100 + 20 / 1000) / 2),
        ("er_impressions", "ratio_of_totals", 30 / 1100),
        ("er_reach", "mean_of_ratios", (10 / 100 + 20 / 200) / 2),
        ("er_reach", "ratio_of_totals", 30 / 300),
        ("er_followers", "mean_of_ratios", (10 / 1000 + 20 / 1100) / 2),
        ("er_followers", "ratio_of_totals", 30 / 2100),
    ],
)
def test_engagement_rate_variants(rate, aggregation, expected):
    assert engagement_rate(
        FRAME.filter(pl.col("employer") == "A"), rate, aggregation
    ).value == pytest.approx(expected)


def test_unavailable_is_a_reason_not_zero():
    bare = FRAME.with_columns(
        pl.lit(None, dtype=pl.Int64).alias("impressions"),
        pl.lit(None, dtype=pl.Int64).alias("followers"),
    )
    assert (
        engagement_rate(
            bare.filter(pl.col("employer") == "A"), "er_impressions", "mean_of_ratios"
        ).reason
        == "no_impressions"
    )
    assert growth(bare.filter(pl.col("employer") == "A")).reason == "no_followers"
    no_mentions = FRAME.filter(pl.col("author_type") == "own")
    assert share_of_voice(no_mentions, ["A", "B"], "mentions")["A"].reason == "no_mentions"
    assert sentiment(no_mentions.filter(pl.col("employer") == "A"))["bhi"].reason == "no_sentiment"
    neutral_only = FRAME.filter(pl.col("employer") == "B")
    assert sentiment(neutral_only)["bhi"].reason == "no_polar"


def test_growth_and_sentiment_by_hand():
    a = FRAME.filter(pl.col("employer") == "A")
    assert growth(a).value == pytest.approx(1100 / 1000 - 1)
    s = sentiment(a)
    assert (s["positive"].value, s["negative"].value, s["bhi"].value) == (
        pytest.approx(2 / 3),
        pytest.approx(1 / 3),
        pytest.approx(2 / 3),
    )


def test_ranking_with_comparison_period():
    earlier = [post("a0", "A", day=1, impressions=100, reactions=5)]  # 1 January: the period before
    posts = conform(pl.DataFrame(ROWS + earlier))
    table = ranking(
        posts,
        ["A", "B"],
        Period(date(2026, 1, 2), date(2026, 1, 15)),
        Choice("own_posts", "er_impressions", "ratio_of_totals"),
        TZ,
    )
    row = {r["metric"]: r for r in table.filter(pl.col("employer") == "A").iter_rows(named=True)}
    assert row["posts_per_week"]["value"] == pytest.approx(2 / 2) and row["posts_per_week"][
        "before"
    ] == pytest.approx(1 / 2)
    assert row["rate"]["value"] == pytest.approx(30 / 1100) and row["rate"][
        "before"
    ] == pytest.approx(5 / 100)
    assert row["rate"]["change"] == pytest.approx(30 / 1100 - 5 / 100)
    assert row["median_engagements"]["value"] == 15


def test_content_mix_shares():
    posts = conform(
        pl.DataFrame(
            [*ROWS, post("a3", "A", day=13, text="Open dag zaterdag", impressions=10, reactions=9)]
        )
    )
    mix = content_mix(posts, ["A"], Period(date(2026, 1, 1), date(2026, 1, 31)), TZ)
    by = {r["category"]: r for r in mix.iter_rows(named=True)}
    assert by["vacancy"]["posts_share"] == pytest.approx(2 / 3) and by["event"][
        "engagement_share"
    ] == pytest.approx(9 / 39)


def test_weekly_share_of_voice_sums_to_one():
    table = weekly(
        conform(pl.DataFrame(ROWS)),
        ["A", "B"],
        Period(date(2026, 1, 1), date(2026, 1, 31)),
        TZ,
        "mentions",
    )
    voiced = table.filter(pl.col("sov").is_not_null())
    sums = voiced.group_by("week").agg(pl.col("sov").sum()).get_column("sov")
    assert len(sums) == 1 and abs(sums[0] - 1) < 1e-9
    assert table.filter(pl.col("week") == date(2026, 1, 12))["sov"].to_list() == [None], (
        "no mentions: no share, not 0"
    )


def test_weekly_leaves_out_the_partial_weeks_at_the_edges_of_the_period():
    rows = [post("t", "A", day=1), post("m", "A", day=5), post("n", "A", day=13)]
    table = weekly(
        conform(pl.DataFrame(rows)),
        ["A"],
        Period(date(2026, 1, 1), date(2026, 1, 17)),
        TZ,
        "mentions",
    )
    # Thursday 1 January starts a four-day week and the week of the 12th ends after the 17th.
    assert table.get_column("week").to_list() == [date(2026, 1, 5)]
    short = weekly(
        conform(pl.DataFrame(rows)),
        ["A"],
        Period(date(2026, 1, 1), date(2026, 1, 3)),
        TZ,
        "mentions",
    )
    assert short.get_column("week").to_list() == [date(2025, 12, 29)]  # less than a week: kept


def test_weekly_lines_never_go_below_zero_and_the_own_organisation_stands_out():
    from core.charts import lines

    frame = pl.DataFrame(
        {"week": [date(2026, 1, 5)] * 2, "sov": [0.0, 1.0], "employer": ["B", "A"]}
    )
    spec = lines(frame, "week", "sov", "employer", ("w", "s"), "nl", True, highlight="A").to_dict()
    assert spec["encoding"]["y"]["scale"] == {"domainMin": 0, "clamp": True}
    assert spec["encoding"]["color"]["scale"]["domain"] == ["A", "B"]  # own first
    assert spec["encoding"]["strokeWidth"]["condition"]["value"] == 4


def test_demo_competitor_out_posts_but_under_engages():
    employers = [demo.OWN.name, *(c.name for c in demo.COMPETITORS)]
    table = ranking(
        demo.generate(2026).lazy(),
        employers,
        Period(date(2026, 5, 1), date(2026, 10, 31)),
        Choice(),
        TZ,
    )
    wide = table.pivot(on="metric", index="employer", values="value")
    by = {r["employer"]: r for r in wide.iter_rows(named=True)}
    bremer = by[demo.UNDER_ENGAGING_COMPETITOR]
    assert bremer["posts_per_week"] == max(r["posts_per_week"] for r in by.values())
    assert bremer["rate"] == min(r["rate"] for r in by.values())
