"""The demo, exported the way a Dutch monitoring tool writes it, loads back to the same truths.

The demo plants a best posting window per platform, a competitor that out-posts but
under-engages, and an ambassador who posts at night (docs/DEMO.md). Written out as a Dutch-locale
file (';', dd-mm-yyyy, date and time apart, thousands with dots, cp1252) with nothing but
who-is-who given, the pages' logic must find all three, and the same with English headers.
"""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from core import demo, timing
from core.ambassadors.care import overview
from core.competitors import Choice, Period, ranking
from core.ingest import BrandMap, ingest
from core.metrics import with_derived
from tests.core.ambassadors.test_care import person

DUTCH = ("Datum", "Tijd", "Kanaal", "Auteur", "Bericht", "Weergaven", "Interacties", "Werkgever")
ENGLISH = ("Date", "Time", "Channel", "Author", "Message", "Views", "Interactions", "Employer")
KIND_VALUES = {"post": "Bericht", "reply": "Reactie", "share": "Gedeeld", "video": "Video",
               "image": "Foto", "article": "Artikel"}  # fmt: skip
CHANNELS = {"linkedin": "LinkedIn", "x": "Twitter", "facebook": "Facebook",
            "instagram": "Instagram", "tiktok": "TikTok"}  # fmt: skip


def export(posts: pl.DataFrame, headers: tuple[str, ...], kind: str | None) -> bytes:
    """A monitoring-tool export of the posts: local times, Dutch numbers, cp1252; with a
    column for the kind of post when ``kind`` names it."""
    local = pl.col("published_at").dt.convert_time_zone(demo.TZ)
    total = pl.sum_horizontal("reactions", "comments", "shares")
    dutch_thousands = (
        pl.col("impressions")
        .cast(pl.String)
        .str.reverse()
        .str.replace_all(r"(\d{3})(\d)", "$1.$2")
        .str.reverse()
    )
    frame = posts.select(
        local.dt.strftime("%d-%m-%Y").alias(headers[0]),
        local.dt.strftime("%H:%M").alias(headers[1]),
        pl.col("platform").cast(pl.String).replace_strict(CHANNELS).alias(headers[2]),
        pl.col("author_handle").alias(headers[3]),
        pl.col("text").str.replace_all("\n", " ").alias(headers[4]),
        dutch_thousands.alias(headers[5]),
        total.alias(headers[6]),
        pl.col("employer").alias(headers[7]),
        pl.col("post_type").cast(pl.String).replace_strict(KIND_VALUES).alias(kind or "kind"),
    )
    frame = frame if kind else frame.drop("kind")
    text = frame.write_csv(separator=";")
    return text.encode("cp1252", errors="replace")


def who_is_who(posts: pl.DataFrame) -> BrandMap:
    staff = posts.filter(pl.col("author_type") == "employee").select("author_handle", "employer")
    brands = demo.brand_map()
    brands.employees = dict(staff.unique().iter_rows())
    return brands


@pytest.fixture(scope="module")
def original() -> pl.DataFrame:
    return demo.generate(2026)


@pytest.fixture(scope="module")
def reloaded(original) -> dict[str, pl.DataFrame]:
    out = {}
    variants = (("nl", DUTCH, None), ("en", ENGLISH, None), ("nl+type", DUTCH, "Soort"))
    for name, headers, kind in variants:
        data = export(original, headers, kind)
        posts, report = ingest([(f"monitoring-{name}.csv", data)], brands=who_is_who(original))
        assert report.errors == [] and report.files[0].dropped == []
        assert report.files[0].unmapped == [], "every column is used"
        out[name] = posts
    return out


def _advice(posts: pl.DataFrame) -> dict[str, tuple]:
    own = timing.accounts(with_derived(posts.lazy()), None)
    return {
        r.platform: (r.weekdays, r.block)
        for r in timing.recommend(own, "er_impressions", demo.TZ)
        if not r.thin
    }


def test_every_post_comes_back_with_its_time_and_figures(original, reloaded):
    for posts in reloaded.values():
        assert posts.height == original.height
        minutes = original["published_at"].dt.truncate("1m").sort()  # the export has minutes
        assert posts["published_at"].sort().equals(minutes)
        assert posts["impressions"].sum() == original["impressions"].sum()
        assert posts["employer"].n_unique() == original["employer"].n_unique()
        assert (
            posts["author_type"]
            .value_counts()
            .sort("author_type")
            .equals(original["author_type"].value_counts().sort("author_type"))
        ), "who-is-who alone gives every post its author type back"


def test_planted_best_slots_are_found_in_both_languages(original, reloaded):
    expected = _advice(original)
    assert _advice(reloaded["nl"]) == _advice(reloaded["en"]) == expected
    assert _advice(reloaded["nl+type"]) == expected
    for platform, window in demo.BEST_WINDOWS.items():
        weekdays, block = expected[platform]
        assert block == window.start and set(weekdays) <= {d + 1 for d in window.weekdays}


def test_out_posting_under_engaging_competitor_is_found(reloaded):
    employers = [demo.OWN.name, *(c.name for c in demo.COMPETITORS)]
    period = Period(date(2026, 5, 1), date(2026, 10, 31))
    for posts in reloaded.values():
        wide = ranking(posts.lazy(), employers, period, Choice(), demo.TZ).pivot(
            on="metric", index="employer", values="value"
        )
        by = {r["employer"]: r for r in wide.iter_rows(named=True)}
        bremer = by[demo.UNDER_ENGAGING_COMPETITOR]
        assert bremer["posts_per_week"] == max(r["posts_per_week"] for r in by.values())
        assert bremer["rate"] == min(r["rate"] for r in by.values())


def test_night_posting_employee_is_found(reloaded):
    roster = [
        person(
            id=p.handle,
            name=p.name,
            handles=[{"platform": "linkedin", "handle": p.handle}],
            checkins=[{"date": "2026-10-01"}],
        )
        for p in demo.AMBASSADORS
    ]
    for posts in reloaded.values():
        flagged = {
            s.ambassador
            for s in overview(posts.lazy(), roster, date(2026, 10, 31))
            if s.code in ("late_night", "weekends")
        }
        assert flagged == {demo.AMBASSADORS[0].handle}
