"""Per-theme figures on the demo: sizes, shares, sentiment, engagement, trend, splits."""

from __future__ import annotations

import polars as pl
import pytest

from core import demo
from core.themes import summary
from core.themes.overrides import Applied


@pytest.mark.usefixtures("tmp_path")
def test_table_on_the_demo(demo_posts, demo_themes):
    k = demo_themes.clustering.k
    applied = Applied({i: i for i in range(k)}, {0: "Mijn naam"}, {})
    posts = summary.assign(demo_posts, demo_themes, applied, "Thema")
    table, rate = summary.table(posts, demo.OWN.name)
    assert rate == "er_impressions"
    assert table.height == k
    assert table.get_column("posts").sum() == posts.get_column("theme").drop_nulls().len()
    assert table.get_column("posts").is_sorted(descending=True)
    assert abs(table.get_column("share").sum() - (1 - demo_themes.clustering.unassigned)) < 1e-9
    assert table.filter(pl.col("theme") == 0).get_column("theme_name").item() == "Mijn naam"
    months = demo_posts.get_column("published_at").dt.truncate("1mo").n_unique()
    assert table.get_column("trend").list.len().unique().to_list() == [months]
    for share in ("positive", "negative", "own_share"):
        values = table.get_column(share).drop_nulls()
        assert ((values >= 0) & (values <= 1)).all()
    # The workload complaints: mostly negative, about the own organisation, rising at the end
    # of the planted spike is not required — but negative they are.
    worst = table.sort("negative", descending=True, nulls_last=True).row(0, named=True)
    assert worst["negative"] > 0.8


def test_merged_themes_are_one_row_and_splits_add_up(demo_posts, demo_themes):
    k = demo_themes.clustering.k
    group = {i: i for i in range(k)} | {1: 0}
    posts = summary.assign(demo_posts, demo_themes, Applied(group, {0: "Samen"}, {}), "Thema")
    table, _ = summary.table(posts)
    assert table.height == k - 1
    sizes = dict(
        zip(
            *[
                pl.Series(demo_themes.labels).value_counts().sort("").to_dict()[c]
                for c in ("", "count")
            ],
            strict=True,
        )
    )
    assert table.filter(pl.col("theme") == 0)["posts"].item() == sizes[0] + sizes[1]
    by = summary.split(posts, "platform")
    totals = by.group_by("theme").agg(pl.col("share").sum())
    assert ((totals.get_column("share") - 1).abs() < 1e-9).all()


def test_without_text_or_sentiment(demo_posts, demo_themes):
    k = demo_themes.clustering.k
    posts = summary.assign(
        demo_posts.with_columns(pl.lit(None, pl.String).alias("sentiment")),
        demo_themes,
        Applied({i: i for i in range(k)}, {}, {}),
        "Theme",
    )
    table, _ = summary.table(posts)
    assert table.get_column("positive").null_count() == table.height
    assert table.get_column("theme_name").str.len_chars().min() > 0
