"""Files in, post table and report out: profiles, automatic mapping, drops, merge, brands."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import polars as pl
import pytest

from core.ingest import BrandMap, MappingMemory, ingest, load, prepare
from core.ingest.profiles import PROFILES
from core.schema import POST_SCHEMA, validate
from tests.core.ingest.conftest import xlsx


def test_dutch_locale_csv_end_to_end(dutch_csv):
    posts, report = ingest([("coosto-achtig.csv", dutch_csv)])
    assert report.rows_read == 3 and report.rows_loaded == 3
    assert validate(posts) == []
    row = posts.row(0, named=True)
    assert row["published_at"] == datetime(2026, 3, 3, 7, 30, tzinfo=UTC)  # 08:30 Amsterdam
    assert (row["reach"], row["reactions"], row["comments"], row["shares"]) == (1234, 56, 3, 2)
    assert posts["platform"].to_list() == ["linkedin", "x", "facebook"]
    assert posts["reach"].to_list() == [1234, 87, 2500]
    assert posts["comments"][1] is None  # '-' means not reported, not 0
    assert posts["text"][1] == "Werkdruk is hoog; weer overuren"
    assert posts["source"].unique().to_list() == ["coosto-achtig.csv"]
    file = report.files[0]
    assert (
        file.format == "automatic mapping" and file.delimiter == ";" and file.encoding == "cp1252"
    )
    assert file.mapped["published_time"] == "Tijd"


def _sample_file(profile) -> bytes:
    headers = list(profile.signature)
    for options in profile.columns.values():
        if not set(options) & set(headers):
            headers.append(options[0])
    date_header = profile.columns["published_at"][0]
    date = "03/13/2026 14:05" if not profile.day_first else "13-03-2026 14:05"
    values = {h: "12" for h in headers}
    for target, options in profile.columns.items():
        for option in [o for o in options if o in headers][:1]:
            if target in {
                "text",
                "title",
                "pros",
                "cons",
                "author_name",
                "author_handle",
                "location",
            }:
                values[option] = f"{target} text"
            elif target in {"url"}:
                values[option] = "https://www.linkedin.com/feed/update/1"
            elif target in {"platform"}:
                values[option] = "Twitter"
            elif target in {"sentiment"}:
                values[option] = "positive"
            elif target in {"language"}:
                values[option] = "nl"
            elif target in {"post_type"}:
                values[option] = "Video"
            elif target in {"employer"}:
                values[option] = "Veldhuis Techniek"
            elif target in {"post_id", "in_reply_to_id", "thread_id"}:
                values[option] = "abc-1"
            elif target == "published_time":
                values[option] = "14:05"
    values[date_header] = date if "published_time" not in profile.columns else date.split()[0]
    rows = [headers, [values[h] for h in headers]]
    return "\n".join(";".join(f'"{v}"' for v in row) for row in rows).encode()


@pytest.mark.parametrize(
    "profile",
    [p for p in PROFILES if p.id != "x-archive" and p.kind == "posts" and not p.table_kind],
    ids=lambda p: p.id,
)
def test_each_profile_is_recognised_and_loads_cleanly(profile):
    posts, report = ingest([(f"{profile.id}.csv", _sample_file(profile))])
    file = report.files[0]
    assert file.format == profile.name
    assert (file.rows_read, file.rows_loaded, file.dropped) == (1, 1, [])
    zone = ZoneInfo(profile.zone or "Europe/Amsterdam")  # Hootsuite and LinkedIn archives: UTC
    assert posts["published_at"][0] == datetime(2026, 3, 13, 14, 5, tzinfo=zone)
    if profile.platform:
        assert posts["platform"][0] == profile.platform
    if profile.author_type:
        assert posts["author_type"][0] == profile.author_type
    assert validate(posts) == []


def test_x_archive_profile():
    archive = (
        b'window.YTD.tweets.part0 = [{"tweet": {"id_str": "1", "full_text": "Vacature!", '
        b'"created_at": "Wed Oct 10 20:19:24 +0000 2018", "favorite_count": "4", '
        b'"retweet_count": "1", "lang": "nl", "in_reply_to_status_id_str": "0007"}}]'
    )
    posts, report = ingest([("tweets.js", archive)])
    assert report.files[0].format.startswith("X (Twitter) archive")
    row = posts.row(0, named=True)
    assert (row["platform"], row["reactions"], row["shares"], row["post_type"]) == (
        "x",
        4,
        1,
        "reply",
    )
    assert row["in_reply_to_id"] == "0007"


def test_reviews_become_posts_with_sentiment_from_rating():
    data = b"firm,date_review,overall_rating,headline,pros,cons\nVeldhuis,2026-02-01,5,Top,Fijne collega's,Drukte\nBremer,2026-02-02,2,Matig,Salaris,Werkdruk\n"
    posts, _ = ingest([("glassdoor.csv", data)])
    assert posts["platform"].to_list() == ["reviews", "reviews"]
    assert posts["post_type"].to_list() == ["review", "review"]
    assert posts["sentiment"].to_list() == ["positive", "negative"]
    assert posts["employer"].to_list() == ["Veldhuis", "Bremer"]
    assert posts["text"][0] == "Top\n+ Fijne collega's\n− Drukte"


def test_drops_are_counted_with_reasons_and_rows():
    data = (
        b"date,text,likes\n"
        b"2026-01-05 09:00,ok,3\n"
        b",no date,1\n"
        b"31-02-2026,bad date,2\n"
        b",,\n"
        b"2026-01-06 10:00,neg,-4\n"
        b"2026-01-07 10:00,junk,veel\n"
        b'2026-01-08 10:00,=HYPERLINK("http://evil"),1\n'
    )
    posts, report = ingest([("x.csv", data)])
    file = report.files[0]
    reasons = {d.reason: (d.count, d.rows) for d in file.dropped}
    assert reasons == {"no_date": (1, [3]), "bad_date": (1, [4]), "empty_row": (1, [5])}
    assert report.rows_loaded == 4
    assert any(w.code == "negative" and w.params["rows"] == [6] for w in file.warnings)
    assert any(w.code == "not_numbers" and w.params["rows"] == [7] for w in file.warnings)
    assert posts.filter(pl.col("text") == "neg")["reactions"][0] is None
    assert '=HYPERLINK("http://evil")' in posts["text"].to_list(), "formula text is kept as text"


def test_merge_deduplicates_across_files_and_keeps_sources(dutch_csv):
    other = (
        b"Datum;Tijd;Bericht;Auteur;Platform;Bereik;Vind-ik-leuks;Reacties;Gedeeld\n"
        b"03-03-2026;08:30;Wij zoeken een monteur in Zwolle!;@veldhuis;LinkedIn;1.234;56;3;2\n"
        b"06-03-2026;10:00;Nieuw bericht;@jan;LinkedIn;10;1;0;0\n"
    )
    posts, report = ingest([("a.csv", dutch_csv), ("b.csv", other)])
    assert report.rows_read == 5 and report.rows_loaded == 4 and report.duplicates == 1
    assert report.duplicate_examples == ["b.csv row 2"]
    assert set(posts["source"]) == {"a.csv", "b.csv"}
    by_id = ingest(
        [("a.csv", b"id,date\n1,2026-01-01\n2,2026-01-02\n"), ("b.csv", b"id,date\n2,2026-01-02\n")]
    )[1]
    assert by_id.duplicates == 1


@pytest.mark.usefixtures("dutch_csv")
def test_excel_with_several_sheets():
    rows = [
        ["Rapport"],
        ["Datum", "Bericht", "Weergaven"],
        [datetime(2026, 3, 3, 8, 30), "Hallo", 1500],
        [datetime(2026, 3, 4, 9), "Doei", 2],
    ]
    posts, report = ingest([("export.xlsx", xlsx({"Posts": rows, "Leeg": [["niets"]]}))])
    assert report.rows_loaded == 2
    assert posts["impressions"].to_list() == [1500, 2]
    assert posts["published_at"][0] == datetime(2026, 3, 3, 7, 30, tzinfo=UTC)


def test_brand_mapping_sets_employer_role_and_author_type(dutch_csv):
    brands = BrandMap(
        own="Veldhuis Techniek",
        own_handles=["@veldhuis"],
        competitors={"Bremer": ["@bremer"]},
        employees={"@piet": "Veldhuis Techniek"},
    )
    posts, report = ingest([("a.csv", dutch_csv)], brands=brands)
    assert posts["author_type"].to_list() == ["own", "employee", "own"]
    assert posts["employer"].to_list() == ["Veldhuis Techniek"] * 3
    assert posts["employer_role"].to_list() == ["own"] * 3
    assert report.author_types == {"own": 2, "employee": 1}


def test_brand_mentions_in_text_name_the_employer():
    data = b"date,text,author\n2026-01-05,Werken bij Bremer is top,@a\n2026-01-06,Veldhuis Techniek zoekt mensen,@b\n2026-01-07,Mooi weer,@c\n"
    brands = BrandMap(own="Veldhuis Techniek", competitors={"Bremer": []})
    posts, _ = ingest([("x.csv", data)], brands=brands)
    assert posts["employer"].to_list() == ["Bremer", "Veldhuis Techniek", None]
    assert posts["employer_role"].to_list() == ["competitor", "own", None]


def test_confirmed_mapping_is_remembered(tmp_path):
    data = b"wanneer;wat;hoeveel\n05-01-2026;hallo;3\n"
    memory = MappingMemory(tmp_path / "mappings.json")
    prepared, _ = prepare([("odd.csv", data)], memory)
    assert prepared[0].plan.source == "auto" and not prepared[0].plan.usable
    memory.save(
        prepared[0].signature,
        prepared[0].table.columns,
        {"published_at": "wanneer", "text": "wat", "reactions": "hoeveel"},
    )
    again, _ = prepare([("odd-next-month.csv", data)], memory)
    assert again[0].plan.source == "saved"
    posts, report = load(again)
    assert posts["reactions"].to_list() == [3] and report.files[0].format == "saved mapping"


def test_unusable_and_unreadable_files_are_reported_not_raised():
    posts, report = ingest(
        [
            ("a.csv", b"foo,bar\n1,2\n"),
            ("b.png", b"\x89PNG\r\n\x1a\n\x00\x00"),
            ("c.csv", b"date,text\n"),
        ]
    )
    assert posts.height == 0 and posts.schema == POST_SCHEMA
    assert not report.ok
    joined = " ".join(str(e) for e in report.errors)
    assert (
        "a.csv: no date column" in joined
        and "b.png" in joined
        and "c.csv: the file has a header but no rows" in joined
    )


def test_availability_warnings(dutch_csv):
    _, report = ingest([("a.csv", dutch_csv)])
    codes = {w.code for w in report.warnings}
    assert "no_impressions" in codes and "no_reach" not in codes
    assert "engagement rate per impression is unavailable" in report.warnings[0].text("en")
    assert "niet beschikbaar" in report.warnings[0].text("nl")


def test_formats_doc_lists_every_profile():
    from pathlib import Path

    from core.ingest.profiles import formats_markdown

    doc = (Path(__file__).resolve().parents[3] / "docs" / "FORMATS.md").read_text(encoding="utf-8")
    assert formats_markdown() in doc, "docs/FORMATS.md is stale: paste formats_markdown()"


def test_a_quote_that_does_not_pair_up_costs_only_its_own_line():
    data = b'date,text,likes\n2026-01-05,"unclosed quote,3\n2026-01-06,fine,4\n2026-01-07,ok,5\n'
    posts, report = ingest([("quotes.csv", data)])
    assert report.rows_loaded == 3
    assert posts["text"].to_list()[1:] == ["fine", "ok"]
    notes = report.files[0].notes
    assert any(n.code == "stray_quotes" and n.params["lines"] == [2] for n in notes)


def test_a_stray_quote_deep_in_a_quoted_file_does_not_swallow_the_rest():
    rows = [f'{i},"March {i % 28 + 1}, 2019","Review {i}, with a comma",4' for i in range(1, 60)]
    rows[30] = '31,"March 4, 2019","Stray quote here, never closed,4'
    data = ("id,date,text,rating\n" + "\n".join(rows) + "\n").encode()
    posts, report = ingest([("reviews.csv", data)])
    assert report.rows_loaded == 59
    assert posts.filter(pl.col("text").str.contains("Review 32")).height == 1
    assert any(
        n.code == "stray_quotes" and n.params["lines"] == [32] for n in report.files[0].notes
    )


def test_a_line_with_too_many_fields_is_left_out_with_its_number():
    data = b"date,text,likes\n2026-01-05,a,1\n2026-01-06,b,c,d,e\n2026-01-07,c,3\n"
    posts, report = ingest([("wide.csv", data)])
    assert posts["text"].to_list() == ["a", "c"]
    assert report.rows_read == 3
    assert [(d.reason, d.rows) for d in report.files[0].dropped] == [("bad_line", [3])]


def test_mixed_delimiters_name_the_row():
    data = b"date;text;likes;shares\n2026-01-05;a;1;2\n2026-01-06,b,1,2\n2026-01-07;c;3;4\n"
    posts, report = ingest([("mixed.csv", data)])
    assert posts["text"].to_list() == ["a", "c"]
    assert [(d.reason, d.rows) for d in report.files[0].dropped] == [("one_field", [3])]


def test_a_date_no_post_can_have_is_an_unreadable_date():
    """Year 2150 or 1970-by-accident (a misread number) is not a publication date: the row is
    dropped as an unreadable date, never turned into a calendar that breaks the pages (the fuzz
    test once hit a date polars could hold and Python could not)."""
    data = json.dumps(
        [
            {"date": "2150-01-01T10:00:00", "text": "te laat"},
            {"date": "1900-06-01T10:00:00", "text": "te vroeg"},
            {"date": "2026-01-05T10:00:00", "text": "goed"},
        ]
    ).encode()
    posts, report = ingest([("dates.json", data)])
    assert posts.get_column("text").to_list() == ["goed"]
    assert [d.reason for d in report.files[0].dropped] == ["bad_date"]
    assert report.files[0].dropped[0].count == 2
