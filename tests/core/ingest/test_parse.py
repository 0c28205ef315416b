"""Dates and numbers as Dutch and English exports write them."""

from __future__ import annotations

from datetime import UTC, datetime

import polars as pl
import pytest

from core.ingest.parse import number_convention, plan_dates, to_number
from core.ingest.parse import read_dates as parse_column

TZ = "Europe/Amsterdam"


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def read_dates(values: list[str], day_first: bool = True) -> list[datetime | None]:
    series = pl.Series(values, dtype=pl.String)
    return parse_column(series, plan_dates(series, day_first), TZ).to_list()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-01-31 23:32 +0000", utc(2019, 1, 31, 23, 32)),  # X analytics
        ("2026-03-03T08:30:00Z", utc(2026, 3, 3, 8, 30)),
        ("2026-03-03T08:30:00.123+01:00", utc(2026, 3, 3, 7, 30, 0, 123000)),
        ("2026-03-03 08:30:00", utc(2026, 3, 3, 7, 30)),  # naive: Amsterdam winter time
        ("2026-07-03 08:30", utc(2026, 7, 3, 6, 30)),  # naive: summer time
        ("2026-03-03", utc(2026, 3, 2, 23)),
        ("13-04-2026", utc(2026, 4, 12, 22)),
        ("3-4-2026 14:05", utc(2026, 4, 3, 12, 5)),
        ("03/04/2026 14:05", utc(2026, 4, 3, 12, 5)),  # ambiguous: Dutch day-first
        ("31.12.2025 23:59", utc(2025, 12, 31, 22, 59)),
        ("14-10-25 09:15", utc(2025, 10, 14, 7, 15)),  # two-digit year, not year 14
        ("3 maart 2026 14:05", utc(2026, 3, 3, 13, 5)),
        ("di 3 maart 2026 om 14.05", utc(2026, 3, 3, 13, 5)),
        ("12 okt. 2026", utc(2026, 10, 11, 22)),
        ("3 March 2026, 14:05", utc(2026, 3, 3, 13, 5)),
        ("Mar 3, 2026", utc(2026, 3, 2, 23)),
        ("March 3, 2026 2:05 PM", utc(2026, 3, 3, 13, 5)),
        ("Wed Oct 10 20:19:24 +0000 2018", utc(2018, 10, 10, 20, 19, 24)),  # X archive
        ("1700000000", utc(2023, 11, 14, 22, 13, 20)),  # epoch seconds
        ("1700000000123", utc(2023, 11, 14, 22, 13, 20, 123000)),  # epoch ms
        ("45355.5", utc(2024, 3, 4, 11)),  # Excel serial day, noon Amsterdam
        ("29-03-2026 02:30", utc(2026, 3, 29, 1, 30)),  # skipped DST hour: moved on an hour
        ("25-10-2026 02:30", utc(2026, 10, 25, 0, 30)),  # repeated DST hour: first one
    ],
)
def test_dates(text, expected):
    assert read_dates([text]) == [expected]


def test_us_exports_read_month_first_when_told():
    assert read_dates(["03/04/2026 14:05"], day_first=False) == [utc(2026, 3, 4, 13, 5)]


def test_column_evidence_beats_preference():
    # 13/04 can only be day-first, so the whole column is read day-first even for a US hint.
    assert read_dates(["13/04/2026", "03/04/2026"], day_first=False) == [
        utc(2026, 4, 12, 22),
        utc(2026, 4, 2, 22),
    ]


def test_mixed_formats_in_one_column():
    got = read_dates(["2026-03-03 08:30:00", "03-04-2026", "nonsense", None])
    assert got == [utc(2026, 3, 3, 7, 30), utc(2026, 4, 2, 22), None, None]


@pytest.mark.parametrize("text", ["31-02-2026", "hello", "1899-01-01", "", "2026-13-45"])
def test_unreadable_dates_are_null(text):
    assert read_dates([text]) == [None]


def test_summer_time_weeks_do_not_shift_local_slots():
    # A post at 09:00 Amsterdam time is at 09:00 local in winter and summer alike.
    got = read_dates(["2026-03-27 09:00", "2026-03-30 09:00"])
    local = [g.astimezone(__import__("zoneinfo").ZoneInfo(TZ)).hour for g in got]
    assert local == [9, 9]
    assert [g.hour for g in got] == [8, 7]


@pytest.mark.parametrize(
    ("values", "convention", "expected"),
    [
        (["1.234", "12"], "comma", [1234.0, 12.0]),
        (["1.234,5", "2,5"], "comma", [1234.5, 2.5]),
        (["1,234.5", "2.5"], "dot", [1234.5, 2.5]),
        (["1938.0", "18.0"], "dot", [1938.0, 18.0]),  # X analytics floats
        (['"4.210"', "€ 1.000"], "comma", [4210.0, 1000.0]),
        (["-", "", "n/a"], None, [None, None, None]),
        (["12 345", "7"], "dot", [12345.0, 7.0]),
        (["abc", "5"], "dot", [None, 5.0]),
    ],
)
def test_numbers(values, convention, expected):
    series = pl.Series(values)
    chosen = number_convention(series) if convention else "dot"
    if convention:
        assert chosen == convention
    assert pl.select(to_number(pl.lit(series), chosen)).to_series().to_list() == expected


@pytest.mark.parametrize(
    ("text", "expected"), [("1,2K", 1200.0), ("3.4M", 3_400_000.0), ("12k", 12000.0)]
)
def test_abbreviated_numbers(text, expected):
    series = pl.Series([text])
    assert pl.select(to_number(pl.lit(series), number_convention(series))).item() == expected
