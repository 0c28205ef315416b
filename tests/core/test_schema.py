from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from core.schema import (
    COLUMNS,
    POST_SCHEMA,
    REQUIRED,
    SchemaError,
    conform,
    empty_posts,
    schema_markdown,
    validate,
)

ROOT = Path(__file__).resolve().parents[2]


def minimal(**overrides) -> dict:
    row = {
        "post_id": ["a", "b"],
        "platform": ["LinkedIn", "x"],
        "published_at": [datetime(2026, 1, 5, 9, tzinfo=UTC), datetime(2026, 1, 6, 21, tzinfo=UTC)],
        "author_type": ["own", "public"],
        "post_type": ["post", "reply"],
    }
    return row | overrides


def test_every_column_is_documented_and_required_ones_exist():
    assert [c.name for c in COLUMNS] == list(POST_SCHEMA)
    assert all(len(c.doc) > 15 for c in COLUMNS)
    for name in ("post_id", "platform", "published_at", "author_type"):
        assert name in REQUIRED
    assert POST_SCHEMA["published_at"] == pl.Datetime("us", "UTC")


def test_conform_adds_missing_columns_and_normalises_enum_case():
    df = conform(pl.DataFrame(minimal())).collect()
    assert df.schema == POST_SCHEMA
    assert df["platform"].to_list() == ["linkedin", "x"]
    assert df["impressions"].null_count() == 2
    assert validate(df) == []


def test_conform_rejects_missing_required_column_with_its_name():
    data = minimal()
    del data["author_type"]
    with pytest.raises(SchemaError, match="author_type"):
        conform(pl.DataFrame(data))


def test_conform_drops_columns_outside_the_schema():
    df = conform(pl.DataFrame(minimal(extra=[1, 2]))).collect()
    assert "extra" not in df.columns


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"post_id": ["a", "a"]}, "repeat a post_id"),
        ({"impressions": [-5, 10]}, "negative impressions"),
        ({"published_at": [None, datetime(2026, 1, 6, tzinfo=UTC)]}, "no published_at"),
    ],
)
def test_validate_names_the_problem(change, expected):
    df = conform(pl.DataFrame(minimal(**change))).collect()
    assert any(expected in problem for problem in validate(df))


def test_validate_reports_wrong_types():
    df = conform(pl.DataFrame(minimal())).collect().with_columns(pl.col("reach").cast(pl.String))
    assert any("reach" in problem for problem in validate(df))


def test_round_trip_through_parquet(tmp_path, demo_posts):
    path = tmp_path / "posts.parquet"
    demo_posts.write_parquet(path)
    back = pl.read_parquet(path)
    assert_frame_equal(back, demo_posts)
    assert validate(back) == []


def test_empty_posts_is_a_valid_empty_table():
    assert empty_posts().schema == POST_SCHEMA
    assert validate(empty_posts()) == []


def test_data_doc_holds_the_current_schema_table():
    doc = (ROOT / "docs" / "DATA.md").read_text(encoding="utf-8")
    assert schema_markdown() in doc, "docs/DATA.md is stale: paste core.schema.schema_markdown()"


def test_account_days_documented():
    from core.ingest.days import days_markdown

    doc = (ROOT / "docs" / "DATA.md").read_text(encoding="utf-8")
    assert days_markdown() in doc, "docs/DATA.md is stale: paste core.ingest.days.days_markdown()"


def test_careers_site_visits_documented():
    from core.ingest.visits import visits_markdown

    doc = (ROOT / "docs" / "DATA.md").read_text(encoding="utf-8")
    assert visits_markdown() in doc, (
        "docs/DATA.md is stale: paste core.ingest.visits.visits_markdown()"
    )
