from __future__ import annotations

import polars as pl
import pytest

from core.metrics import DERIVED, FORMULAS, with_derived


def derive(**columns) -> dict:
    base = {
        "reactions": [None],
        "comments": [None],
        "shares": [None],
        "impressions": [None],
        "reach": [None],
        "followers": [None],
        "author_type": ["own"],
        "employer_role": ["own"],
    }
    frame = pl.DataFrame(base | {k: [v] for k, v in columns.items()}, strict=False)
    frame = frame.with_columns(
        pl.col("reactions", "comments", "shares", "impressions", "reach", "followers").cast(
            pl.Int64
        )
    )
    return with_derived(frame.lazy()).collect().row(0, named=True)


@pytest.mark.parametrize(
    ("columns", "engagements", "er_impressions", "er_reach", "er_followers"),
    [
        ({"reactions": 8, "comments": 1, "shares": 1, "impressions": 1000}, 10, 0.01, None, None),
        ({"reactions": 8, "impressions": 400, "reach": 200, "followers": 80}, 8, 0.02, 0.04, 0.1),
        ({"impressions": 1000}, None, None, None, None),  # no engagement data at all
        ({"reactions": 5, "impressions": 0}, 5, None, None, None),  # no division by zero
        ({"comments": 3, "reach": 30}, 3, None, 0.1, None),
    ],
)
def test_engagement_and_rates(columns, engagements, er_impressions, er_reach, er_followers):
    row = derive(**columns)
    assert row["engagements"] == engagements
    for name, expected in [
        ("er_impressions", er_impressions),
        ("er_reach", er_reach),
        ("er_followers", er_followers),
    ]:
        assert row[name] == (pytest.approx(expected) if expected is not None else None), name


@pytest.mark.parametrize(
    ("author_type", "employer_role", "segment"),
    [
        ("own", "own", "own_account"),
        ("employee", "own", "own_employees"),
        ("own", "competitor", "competitor_accounts"),
        ("employee", "competitor", "competitor_employees"),
        ("public", "own", "public"),
        ("public", None, "public"),
        ("own", None, "own_account"),  # an account's own analytics, no brand mapping yet
        ("employee", None, "own_employees"),
    ],
)
def test_segment(author_type, employer_role, segment):
    assert derive(author_type=author_type, employer_role=employer_role)["segment"] == segment


def test_every_derived_column_has_a_formula():
    assert set(FORMULAS) == {d.name for d in DERIVED}
    assert all(len(f) > 10 for f in FORMULAS.values())
