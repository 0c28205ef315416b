"""Audience timing on the 36 real X analytics exports (skips when ../shared is absent)."""

from __future__ import annotations

import polars as pl

from core import timing
from core.ingest import ingest
from core.timing.advice import sentence


def test_x_analytics_heatmap_and_recommendations(shared_data):
    files = [
        (p.name, p.read_bytes())
        for p in sorted((shared_data / "exports" / "x-analytics").glob("*.csv"))
    ]
    posts, _ = ingest(files)
    cells = timing.heatmap(posts.lazy(), "er_impressions", "Europe/Amsterdam")
    assert cells.height == 168 and cells["n"].sum() == posts.height
    slots = timing.best_slots(posts.lazy(), "er_impressions", "Europe/Amsterdam")
    assert (
        slots["n"].sum()
        == posts.filter(
            pl.col("reactions") + pl.col("comments").fill_null(0) + pl.col("shares") > 0
        ).height
    )
    assert (~slots["thin"]).sum() > 10, "three years of tweets fill many slots"
    [rec] = timing.recommend(posts.lazy(), "er_impressions", "Europe/Amsterdam")
    line = sentence(rec, "er_impressions", "en", 5)
    assert line.startswith("**X (Twitter)**:")
    assert "posts" in line and str(rec.total_posts if rec.thin else rec.posts) in line
