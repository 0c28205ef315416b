"""Every export shape a team really has, through ``python -m core.ingest FILE --json --out``.

Each case says what the file holds: how many posts load, whether every post has its time of
day, how many have text, which figures arrive, and how many account figures per day. The files
come from :mod:`tests.core.ingest.exports`, built from the facts of the real formats.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import polars as pl
import pytest

from core.ingest import ingest_all
from core.ingest.__main__ import main
from core.schema import POST_SCHEMA
from tests.core.ingest import exports as E


@dataclass(frozen=True)
class Case:
    name: str
    data: bytes
    posts: int
    texts: int | None = None  # posts with text (None: all)
    days: int = 0  # rows of account figures per day
    format: str | None = None
    metrics: tuple[str, ...] = ()
    timed: bool = True  # every post has its time of day (not all at midnight)
    day_metrics: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)


CASES = [
    Case("company_content_1700000000000.xls", E.xls(E.linkedin_sheets()), 24, days=31 * 19,
         format="LinkedIn page content export", metrics=("impressions", "clicks", "reactions"),
         timed=False, day_metrics=("impressions_total", "reposts_total")),
    Case("linkedin.xlsx", E.xlsx(E.linkedin_sheets()), 24, days=31 * 19, timed=False,
         format="LinkedIn page content export", metrics=("impressions", "shares")),
    Case("linkedin-2022.xls", E.xls(E.linkedin_sheets(old=True)), 24, days=31 * 19,
         format="LinkedIn page content export (before 2023)", timed=False,
         metrics=("impressions", "shares"), day_metrics=("shares_total",)),
    Case("Shares.csv", E.linkedin_shares(), 30, texts=27,
         format="LinkedIn member archive: Shares.csv"),
    Case("Shares_8f3a.csv", E.linkedin_shares(12), 12, texts=11,
         format="LinkedIn member archive: Shares.csv"),
    Case("facebook.csv", E.meta_facebook(), 25, format="Meta Business Suite: Facebook posts",
         metrics=("impressions", "reach", "reactions", "comments", "shares", "clicks")),
    Case("facebook-2024.csv", E.meta_facebook(before_2025=True), 25,
         format="Meta Business Suite: Facebook posts", metrics=("impressions",)),
    Case("instagram.csv", E.meta_instagram(), 20, format="Meta Business Suite: Instagram posts",
         metrics=("impressions", "reach", "reactions")),
    Case("Views.csv", E.meta_daily(), 0, days=31, format="Meta Business Suite: one metric per day",
         day_metrics=("views",)),
    Case("Follows.csv", E.meta_daily("Follows", quoted=False), 0, days=31,
         day_metrics=("new_followers",)),
    Case("insights.csv", E.facebook_insights_classic(), 12,
         format="Facebook Insights post export (classic)",
         metrics=("impressions", "reach", "reactions", "comments", "shares")),
    Case("Overview.csv", E.tiktok_overview(), 0, days=150, format="TikTok Studio: overview per day",
         day_metrics=("video_views", "profile_views", "likes")),
    Case("FollowerHistory.csv", E.tiktok_followers(), 0, days=60,
         day_metrics=("followers", "new_followers")),
    Case("sprout.csv", E.sprout(), 15, format="Sprout Social post performance",
         metrics=("impressions", "reach", "reactions", "clicks")),
    Case("brandwatch.csv", E.brandwatch(), 12, format="Brandwatch mentions export",
         metrics=("reach", "impressions", "followers")),
    Case("meltwater.csv", E.meltwater(), 16, format="Meltwater export", metrics=("reach",)),
    Case("facebook-dyi.zip", E.facebook_archive(), 10,
         format="Facebook 'download your information' archive: posts"),
    Case("facebook-dyi-2021.zip", E.facebook_archive(vintage="old"), 10),
    Case("instagram-dyi.zip", E.instagram_archive(), 20,
         format="Instagram 'download your information' archive: posts"),
    Case("instagram-dyi-2022.zip", E.instagram_archive(vintage="old"), 20),
    Case("reviews.csv", E.review_scrape(), 40, format="Employer reviews (Glassdoor, Indeed, ...)",
         timed=False),
    Case("monitoring.csv", E.dutch_monitoring(), 14, format="automatic mapping",
         metrics=("impressions", "reactions")),
    Case("monitoring-en.csv", E.dutch_monitoring(english=True), 14, format="automatic mapping",
         metrics=("impressions", "reactions")),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_export_loads_as_it_is(case, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("EMPLOYER_RADAR_DATA_DIR", str(tmp_path))
    source = tmp_path / case.name
    source.write_bytes(case.data)
    out = tmp_path / "posts.parquet"
    code = main([str(source), "--json", "--out", str(out)])
    report = json.loads(capsys.readouterr().out)
    assert code == 0, report["errors"]
    assert report["errors"] == []
    assert report["rows_loaded"] == case.posts
    assert all(not f["dropped"] for f in report["files"])
    posts = pl.read_parquet(out)
    assert posts.schema == POST_SCHEMA and posts.height == case.posts
    if case.format:
        assert case.format in {f["format"] for f in report["files"]}
    if case.posts:
        texts = posts["text"].is_not_null().sum()
        assert texts == (case.posts if case.texts is None else case.texts)
        local = posts["published_at"].dt.convert_time_zone("Europe/Amsterdam")
        midnight = ((local.dt.hour() == 0) & (local.dt.minute() == 0)).all()
        assert midnight != case.timed, "time of day lost" if case.timed else "time invented"
    for metric in case.metrics:
        assert posts[metric].is_not_null().all(), metric
    days = report["account_days"]
    assert days["rows"] == case.days
    side = out.with_name("posts.account_days.parquet")
    assert side.exists() == bool(case.days)
    if case.days:
        assert set(case.day_metrics) <= set(days["metrics"])
        assert pl.read_parquet(side).height == case.days


def test_daily_sheet_is_never_read_as_posts():
    loaded = ingest_all([("page.xls", E.xls(E.linkedin_sheets(posts=24, days=31)))])
    sheets = {f.file: f for f in loaded.report.files}
    metrics = sheets["page.xls [Metrics]"]
    assert (metrics.rows_loaded, metrics.account_days) == (0, 31 * 19)
    assert sheets["page.xls [All posts]"].rows_loaded == 24
    assert loaded.posts.height == 24
    assert loaded.days["date"].n_unique() == 31


def test_facebook_text_is_in_title_or_description():
    loaded = ingest_all([("fb.csv", E.meta_facebook())])
    texts = loaded.posts.sort("published_at")["text"].to_list()
    assert texts[0] == "Video: een dag op de bouw 0"  # a video: Description
    assert texts[1] == "Onze monteurs aan het werk in Deventer #1"  # a photo: Title
    assert "Lifetime" not in str(loaded.report.files[0].mapped)


def test_meta_archives_repair_mojibake_and_read_every_vintage():
    for data in (E.instagram_archive(), E.instagram_archive(vintage="old")):
        loaded = ingest_all([("ig.zip", data)])
        texts = set(loaded.posts["text"].to_list())
        assert "Één dag bij Veldhuis 0" in texts and "Carrousel 0" in texts
        assert set(loaded.posts["author_handle"].to_list()) == {"@veldhuistechniek"}
    loaded = ingest_all([("fb.zip", E.facebook_archive())])
    assert "Café-bezoek 0 🎉" in loaded.posts["text"].to_list()
    assert set(loaded.posts["author_name"].to_list()) == {"Jan Jänsen"}
    assert not any("bijgewerkt" in t for t in loaded.posts["text"].to_list())
    reasons = {s.file.split(" › ")[1]: s.reason for s in loaded.report.skipped}
    assert reasons == {
        "personal_information/profile_information/profile_information.json": "owner",
        "your_facebook_activity/messages/inbox/a/message_1.json": "not_posts",
        "your_facebook_activity/posts/media/1.jpg": "media",
    }


def test_zip_of_exports_reads_every_file_and_lists_the_rest():
    bundle = E._zip(
        {
            "exports/sprout.csv": E.sprout().decode(),
            "exports/Views.csv": "ignored",
            "readme.pdf": "%PDF",
        }
    )
    loaded = ingest_all([("bundle.zip", bundle)])
    assert loaded.posts.height == 15
    reasons = {s.file: s.reason for s in loaded.report.skipped}
    assert reasons["bundle.zip › readme.pdf"] == "media"
    errors = [e.text() for e in loaded.report.errors]  # one line of text: said, not skipped
    assert any(e.startswith("bundle.zip › exports/Views.csv:") for e in errors), errors


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"PK\x03\x04broken", "zip_damaged"),
        (E._zip({"index.html": "<html>", "a/b.html": "<p>"}), "zip_html"),
        (E._zip({"photo.jpg": "JPEG"}), "zip_no_data"),
    ],
)
def test_unusable_archives_say_why(data, code):
    loaded = ingest_all([("archive.zip", data)])
    assert [e.code for e in loaded.report.errors] == [code]
    assert loaded.posts.is_empty()


def test_unused_columns_and_format_confidence_in_json(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("EMPLOYER_RADAR_DATA_DIR", str(tmp_path))
    source = tmp_path / "x.csv"
    source.write_text("Datum;Tijd;Bericht;Auteur;Kanaal;Stemming van de dag\n"
                      "01-09-2026;08:15;Hallo;@a;LinkedIn;zonnig\n")  # fmt: skip
    assert main([str(source), "--json"]) == 0
    file = json.loads(capsys.readouterr().out)["files"][0]
    assert file["unused"] == ["Stemming van de dag"]
    assert file["format_match"] == {"named": True, "confidence": 1.0}
    assert file["format"] == "OBI4wan export"


@pytest.mark.usefixtures("capsys")
def test_who_is_who_on_the_command_line(tmp_path, monkeypatch):
    monkeypatch.setenv("EMPLOYER_RADAR_DATA_DIR", str(tmp_path))
    source = tmp_path / "monitoring.csv"
    source.write_bytes(E.dutch_monitoring())
    out = tmp_path / "p.parquet"
    args = [str(source), "--out", str(out), "--own", "Veldhuis Techniek"]
    args += ["--competitor", "Bremer Installaties=@BremerInstallaties", "--employee", "@piet"]
    args += ["--own-account", "@VeldhuisTechniek"]
    assert main(args) == 0
    posts = pl.read_parquet(out)
    kinds = dict(posts.group_by("author_type").len().iter_rows())
    assert kinds == {"own": 12, "employee": 2}  # both employers' accounts, and Piet
    roles = dict(posts.group_by("employer_role").len().iter_rows())
    assert roles == {"own": 10, "competitor": 4}
    brands = tmp_path / "who.json"
    brands.write_text(
        json.dumps({"own": "Veldhuis Techniek", "own_handles": ["@VeldhuisTechniek"]})
    )
    assert main([str(source), "--out", str(out), "--brands", str(brands)]) == 0
    assert pl.read_parquet(out)["employer_role"].drop_nulls().unique().to_list() == ["own"]


def test_x_archive_zip_takes_the_owner_from_account_js():
    tweets = (
        'window.YTD.tweets.part0 = [{"tweet": {"id_str": "1", "full_text": "Vacature!", '
        '"created_at": "Wed Oct 10 20:19:24 +0000 2018", "favorite_count": "4", '
        '"retweet_count": "1", "lang": "nl", "source": "<a>web</a>", "id": "1"}}]'
    )
    account = 'window.YTD.account.part0 = [{"account": {"username": "VeldhuisTech"}}]'
    archive = E._zip({"data/tweets.js": tweets, "data/account.js": account,
                      "data/direct-messages.js": "window.YTD.direct_messages.part0 = []"})  # fmt: skip
    loaded = ingest_all([("twitter-2026.zip", archive)])
    assert loaded.posts["author_handle"].to_list() == ["@VeldhuisTech"]
    assert loaded.report.files[0].format == "X (Twitter) archive (tweets.js)"
    assert {s.reason for s in loaded.report.skipped} == {"owner", "not_posts"}


def test_empty_sheet_is_reported_not_dropped_in_silence():
    sheets = E.linkedin_sheets(posts=3, days=2) | {"Notes": []}
    loaded = ingest_all([("page.xlsx", E.xlsx(sheets))])
    assert loaded.posts.height == 3
    assert [(s.file, s.reason) for s in loaded.report.skipped] == [
        ("page.xlsx [Notes]", "empty_sheet")
    ]
    assert "page.xlsx [Notes]: empty sheet" in loaded.report.to_markdown("en")


def test_days_without_time_are_marked_and_left_out_of_timing():
    from core import timing

    loaded = ingest_all(
        [("page.xls", E.xls(E.linkedin_sheets(posts=6))), ("m.csv", E.dutch_monitoring())]
    )
    posts = loaded.posts
    known = dict(posts.group_by("source").agg(pl.col("time_known").all()).iter_rows())
    assert known == {"page.xls [All posts]": False, "m.csv": True}
    timed = timing.local_times(posts.lazy(), "Europe/Amsterdam").collect()
    assert timed.height == 14 and set(timed["source"]) == {"m.csv"}
    assert "dates_only" in loaded.report.files[1].concerns


def test_utf16_without_byte_order_mark_and_further_text_columns():
    text = "Date\tHeadline\tHit Sentence\tOpening Text\tURL\n"
    text += "05-Oct-2026 02:03PM\tKop\t\tOpening over Veldhuis\thttps://nos.nl/a/1\n"
    text += "06-Oct-2026 09:10AM\t\tVeldhuis zoekt monteurs\t\thttps://x.com/a/status/2\n"
    loaded = ingest_all([("export.csv", text.encode("utf-16-le"))])
    assert loaded.report.errors == []
    posts = loaded.posts.sort("published_at")
    assert posts["text"].to_list() == ["Kop\nOpening over Veldhuis", "Veldhuis zoekt monteurs"]
    assert posts["platform"].to_list() == ["news", "x"]
    local = posts["published_at"].dt.convert_time_zone("Europe/Amsterdam").dt.strftime("%H:%M")
    assert local.to_list() == ["14:03", "09:10"]


def test_follower_growth_comes_from_the_account_figures():
    from datetime import date

    from core.competitors import Period, growth_from_days

    days = pl.DataFrame(
        {
            "date": [date(2026, 9, 1), date(2026, 9, 30), date(2026, 9, 1), date(2026, 9, 30)],
            "platform": ["tiktok", "tiktok", "linkedin", "linkedin"],
            "account": [None, None, "a", "a"],
            "metric": ["followers", "followers", "new_followers", "new_followers"],
            "value": [1000.0, 1100.0, 5.0, 7.0],
            "source": ["f"] * 4,
            "employer": ["Veldhuis"] * 4,
        }
    )
    period = Period(date(2026, 9, 1), date(2026, 9, 30))
    assert growth_from_days(days, "Veldhuis", period).value == pytest.approx(0.1)
    assert growth_from_days(days, "Bremer", period) is None
    only_new = days.filter(pl.col("metric") == "new_followers")
    assert growth_from_days(only_new, "Veldhuis", period) is None  # no base to grow from
