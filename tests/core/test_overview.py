from __future__ import annotations

from datetime import UTC, datetime

import polars as pl
import pytest

from core.overview import overview
from core.schema import conform


@pytest.fixture
def posts() -> pl.LazyFrame:
    t0 = datetime(2026, 1, 1, 9, tzinfo=UTC)
    return conform(
        pl.DataFrame(
            {
                "post_id": ["1", "2", "3", "4"],
                "platform": ["linkedin", "linkedin", "x", "tiktok"],
                "published_at": [
                    t0,
                    datetime(2026, 1, 15, tzinfo=UTC),
                    t0,
                    datetime(2026, 1, 29, 9, tzinfo=UTC),
                ],
                "author_type": ["own", "public", "employee", "own"],
                "employer": ["A", "A", "A", "B"],
                "employer_role": ["own", "own", "own", "competitor"],
                "post_type": ["post", "reply", "post", "video"],
                "reactions": [10, 1, None, 30],
                "comments": [2, None, None, 5],
                "shares": [0, None, None, 5],
            }
        )
    )


def test_overview_numbers_by_hand(posts):
    o = overview(posts)
    assert o.posts == 4
    assert o.weeks == 4
    assert o.employers == 2
    assert o.engagements_total == 12 + 1 + 40
    assert o.engagements_median == 12  # of 12, 1, 40 (the post without data is left out)
    assert o.per_platform.rows() == [("linkedin", 2), ("x", 1), ("tiktok", 1)]  # ties: enum order
    assert o.segment_posts("own_account") == 1
    assert o.segment_posts("own_employees") == 1
    assert o.segment_posts("competitor_accounts") == 1
    assert o.segment_posts("public") == 1
    assert o.segment_posts("competitor_employees") == 0
    assert o.per_segment["share"].sum() == pytest.approx(1.0)


def test_overview_of_empty_table(posts):
    o = overview(posts.head(0))
    assert (o.posts, o.start, o.weeks, o.engagements_total) == (0, None, 0, 0)
    assert o.per_segment.height == 5
