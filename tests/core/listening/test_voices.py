"""Voices: segments from what the data tells; geography; topics new this period."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from core import demo
from core.listening import reputation, voices

TZ = "Europe/Amsterdam"


@pytest.mark.parametrize(
    ("author_type", "platform", "name", "followers", "texts", "expected"),
    [
        ("employee", "linkedin", "Sanne Bakker", 90_000, ["Trots!"], "employee"),
        ("public", "news", "Jan Jansen", 100, ["Artikel"], "media"),
        ("public", "x", "RTV Regio Zuid", 120_000, ["Nieuws"], "media"),
        ("public", "linkedin", "Installatie Vakblad", 45_000, ["Stuk"], "media"),
        ("public", "x", "Lisa", 50, ["Is de vacature nog open?"], "candidate"),
        ("public", "x", "Tom", 50, ["Can I apply as a planner?"], "candidate"),
        ("public", "instagram", "Recruitment Rita", 25_000, ["Mooi!"], "influencer"),
        ("public", "x", "Piet", 50, ["Mooi project"], "other"),
        ("public", "x", "Piet", 50, ["Hoe laat begint de open dag?"], "other"),
    ],
)
def test_segments(author_type, platform, name, followers, texts, expected):
    assert voices.segment(author_type, platform, name, followers, texts) == expected


def test_demo_voices(demo_posts):
    mentions = reputation.mentions(demo_posts, demo.OWN.name)
    table = voices.voices(mentions)
    assert table.get_column("mentions").sum() == mentions.height
    segments = dict(table.group_by("segment").len().iter_rows())
    assert set(segments) == set(voices.SEGMENTS)
    top = table.head(5)
    assert set(top.get_column("segment")) <= {"media", "influencer"}
    assert table.get_column("reach").head(50).is_sorted(descending=True, nulls_last=True)
    places = voices.geography(mentions)
    assert places.get_column("mentions").sum() == mentions.get_column("location").drop_nulls().len()


def test_topics_new_and_by_sentiment():
    posts = pl.DataFrame(
        {
            "published_at": [pl.datetime(2026, 3, d, 12) for d in (1, 2, 3, 4, 5, 6, 7)] * 2,
        }
    )
    rows = [(f"2026-03-1{i}", "werkdruk", "negative") for i in range(6)]
    rows += [(f"2026-{m}-1{i}", "open dag", "positive") for i in range(3) for m in ("03", "02")]
    frame = pl.DataFrame(
        rows, schema=["day", "theme_name", "sentiment"], orient="row"
    ).with_columns(
        pl.col("day").str.to_datetime().dt.replace_time_zone("UTC").alias("published_at")
    )
    del posts
    table = voices.topics(
        frame, date(2026, 3, 1), date(2026, 3, 31), (date(2026, 1, 29), date(2026, 2, 28)), TZ
    )
    rows = {r["theme_name"]: r for r in table.iter_rows(named=True)}
    assert rows["werkdruk"]["new"] and rows["werkdruk"]["negative"] == 6
    assert rows["werkdruk"]["change"] is None
    assert not rows["open dag"]["new"] and rows["open dag"]["change"] == 0
    assert voices.topics(
        frame.drop("theme_name"),
        date(2026, 3, 1),
        date(2026, 3, 31),
        (date(2026, 2, 1), date(2026, 2, 28)),
        TZ,
    ).is_empty()
