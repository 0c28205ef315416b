"""Hypothesis throws thousands of malformed files at the readers: never a crash, always a message."""

from __future__ import annotations

import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.ingest import ingest
from core.schema import POST_SCHEMA

CELL = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12),
    st.sampled_from(
        [
            "2026-03-03",
            "03-04-2026 14:05",
            "31-02-2026",
            "-",
            "1.234,5",
            '=HYPERLINK("x")',
            '"',
            '""',
            ";",
            ",",
            "\n",
            "€ 12",
            "-5",
        ]
    ),
)
HEADERS = st.lists(
    st.sampled_from(
        ["Datum", "date", "Bericht", "text", "likes", "Bereik", "Auteur", "", "Datum", "x"]
    ),
    min_size=1,
    max_size=6,
)


def assert_sane(posts: pl.DataFrame, report) -> None:
    assert posts.schema == POST_SCHEMA
    assert report.rows_loaded == posts.height
    assert report.ok or report.errors, "a load that keeps nothing must say why"


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_random_bytes(data):
    assert_sane(*ingest([("fuzz.csv", data)]))


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    headers=HEADERS,
    rows=st.lists(st.lists(CELL, max_size=7), max_size=6),
    sep=st.sampled_from([",", ";", "\t", "|"]),
    encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]),
)
def test_malformed_csv(headers, rows, sep, encoding):
    text = "\n".join(sep.join(r) for r in [headers, *rows])
    data = text.encode(encoding, errors="replace")
    assert_sane(*ingest([("fuzz.csv", data)]))


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(["date", "text", "likes", "id", "user"]), inner, max_size=4
        )
    ),
    max_leaves=12,
)


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(JSONISH)
def test_malformed_json(value):
    import json

    assert_sane(*ingest([("fuzz.json", json.dumps(value).encode())]))
