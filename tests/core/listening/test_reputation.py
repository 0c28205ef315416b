"""Reputation: weekly mentions and BHI, spikes against a rolling baseline, silences."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import numpy as np
import polars as pl

from core import demo
from core.listening import reputation as r

TZ = "Europe/Amsterdam"


def synthetic(counts: list[int], negative_from: int | None = None) -> pl.DataFrame:
    rows = []
    start = datetime(2026, 1, 5, 12, tzinfo=UTC)  # a Monday
    for week, n in enumerate(counts):
        for i in range(n):
            negative = negative_from is not None and week >= negative_from and i % 2 == 0
            rows.append(
                {
                    "post_id": f"p{week}-{i}",
                    "published_at": start + timedelta(days=7 * week + i % 7),
                    "sentiment": "negative" if negative else "positive",
                    "text": "werkdruk overuren" if negative else "mooi project",
                    "reach": 10,
                    "followers": 10,
                }
            )
    return pl.DataFrame(rows).with_columns(pl.col("published_at").dt.cast_time_unit("us"))


def test_the_planted_workload_spike_is_found_and_explained(demo_posts):
    mentions = r.mentions(demo_posts, demo.OWN.name)
    weeks = r.weekly(mentions, TZ)
    spikes = r.spikes(mentions, weeks, TZ, [demo.OWN.name])
    assert len(spikes) == 1
    spike = spikes[0]
    planted = demo.WORKLOAD_SPIKE
    assert spike.start <= planted[0] + timedelta(days=6) and spike.end >= planted[1] - timedelta(
        days=6
    )
    assert spike.start >= planted[0] - timedelta(days=6)
    assert {"werkdruk", "overuren"} <= set(spike.words[:3])
    assert spike.negative > 5 * spike.negative_baseline
    assert spike.negative_share > 0.5 > spike.baseline_negative_share
    texts = demo_posts.filter(pl.col("post_id").is_in(spike.posts)).get_column("text")
    assert len(spike.posts) == 5 and texts.str.contains("werkdruk|overuren|overtime|burn").any()


def test_a_spike_is_marked_by_what_is_said_not_by_its_links_and_repeats_count(demo_posts):
    """Every spike post carries a link (as shared articles do): the address is not a marking
    word. The words are read from each distinct text once, counted as often as it occurs, so
    the result equals reading every copy."""
    mentions = r.mentions(demo_posts, demo.OWN.name)
    linked = mentions.with_columns(
        (pl.col("text") + " https://nieuws.example.org/artikel?id=" + pl.col("post_id")).alias(
            "text"
        )
    )
    weeks = r.weekly(linked, TZ)
    spike = r.spikes(linked, weeks, TZ, [demo.OWN.name])[0]
    assert not {"https", "nieuws", "example", "artikel"} & set(spike.words)
    assert {"werkdruk", "overuren"} <= set(spike.words[:3])
    twice = pl.concat([mentions, mentions.with_columns(pl.col("post_id") + "-copy")])
    doubled = r.spikes(twice, r.weekly(twice, TZ), TZ, [demo.OWN.name])[0]
    assert doubled.words == r.spikes(mentions, r.weekly(mentions, TZ), TZ, [demo.OWN.name])[0].words


def test_competitors_in_the_demo_have_no_spikes(demo_posts):
    for employer in demo.COMPETITORS:
        mentions = r.mentions(demo_posts, employer.name)
        assert not r.weekly(mentions, TZ).get_column("spike").any(), employer.name


def test_flat_and_noisy_series_do_not_spike_and_a_storm_does():
    rng = np.random.default_rng(3)
    flat = synthetic([int(x) for x in rng.poisson(30, 40)])
    assert not r.weekly(flat, TZ).get_column("spike").any()
    small = synthetic([int(x) for x in rng.poisson(2, 40)])  # a quiet employer
    assert not r.weekly(small, TZ).get_column("spike").any()
    storm = synthetic([30] * 12 + [90, 85, 80] + [30] * 10)
    weeks = r.weekly(storm, TZ)
    assert weeks.filter("spike").height == 3  # all three weeks, not only the first
    assert weeks.filter("volume_spike").height == 3


def test_a_storm_of_complaints_in_a_normal_total_is_a_negative_spike():
    counts = [30] * 12 + [32, 31] + [30] * 6
    weeks = r.weekly(synthetic(counts, negative_from=12), TZ)
    flagged = weeks.filter("spike")
    assert flagged.height >= 1 and flagged.get_column("negative_spike").all()
    assert not flagged.get_column("volume_spike").any()


def test_bhi_and_weekly_counts(demo_posts):
    assert r.bhi(3, 1) == 0.75 and r.bhi(0, 0) is None
    mentions = r.mentions(demo_posts, demo.OWN.name)
    weeks = r.weekly(mentions, TZ)
    assert weeks.get_column("mentions").sum() == mentions.height
    assert (
        weeks.get_column("positive")
        + weeks.get_column("neutral")
        + weeks.get_column("negative")
        + weeks.get_column("unknown")
        == weeks.get_column("mentions")
    ).all()
    assert weeks.get_column("week").dt.weekday().unique().to_list() == [1]
    assert not mentions.get_column("author_type").cast(pl.String).is_in(["own"]).any()


def test_silences_are_periods_without_a_mention():
    frame = synthetic([3, 0, 0, 4])
    quiet = r.silences(frame, date(2026, 1, 5), date(2026, 2, 1), TZ)
    assert quiet == [(date(2026, 1, 8), date(2026, 1, 25))]
    assert r.silences(frame.head(0), date(2026, 1, 1), date(2026, 1, 3), TZ) == []
    assert r.silences(frame.head(0), date(2026, 1, 1), date(2026, 1, 31), TZ) == [
        (date(2026, 1, 1), date(2026, 1, 31))
    ]
