"""The 36 real X analytics exports in ../shared/data (skips cleanly when absent)."""

from __future__ import annotations

import csv
import io
from zoneinfo import ZoneInfo

import polars as pl
import pytest

from core.ingest import ingest


@pytest.fixture(scope="module")
def x_files(request) -> list[tuple[str, bytes]]:
    shared = request.getfixturevalue("shared_data")
    paths = sorted((shared / "exports" / "x-analytics").glob("tweet_activity_metrics_*.csv"))
    assert len(paths) == 36
    return [(p.name, p.read_bytes()) for p in paths]


def test_every_row_of_every_file_loads_without_mapping(x_files):
    expected = sum(
        len(list(csv.DictReader(io.StringIO(data.decode("utf-8"))))) for _, data in x_files
    )
    posts, report = ingest(x_files)
    assert report.errors == []
    assert report.rows_read == expected == report.rows_loaded
    for file in report.files:
        assert file.format == "X (Twitter) analytics export"
        assert file.dropped == [] and file.warnings == []
    assert posts["post_id"].n_unique() == posts.height
    assert posts["platform"].unique().to_list() == ["x"]
    assert posts["author_handle"].unique().to_list() == ["@rOpenSci"]
    assert (
        posts.select(pl.col("impressions", "reactions", "shares").null_count())
        .sum_horizontal()
        .item()
        == 0
    )


def test_times_are_exact_utc(x_files):
    posts, _ = ingest(x_files[:1])
    first = posts.filter(pl.col("post_id") == "812369747765362688").row(0, named=True)
    assert first["published_at"].isoformat() == "2016-12-23T18:50:00+00:00"
    assert first["impressions"] == 1938 and first["clicks"] == 15
    local = first["published_at"].astimezone(ZoneInfo("Europe/Amsterdam"))
    assert local.hour == 19  # winter time: UTC+1
