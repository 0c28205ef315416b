"""Every format reads into a raw table; every broken file gets a message naming it."""

from __future__ import annotations

from datetime import UTC, datetime

import polars as pl
import pytest

from core.ingest.readers import ROW, IngestError, read
from tests.core.ingest.conftest import dumps, parquet, xlsx

CSV = "date,text,likes\n2026-01-05 09:00,hallo,3\n2026-01-06 10:00,wereld,4\n"


def one(name: str, data: bytes):
    tables = read(name, data)
    assert len(tables) == 1
    return tables[0], tables[0].frame.collect()


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (CSV.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + CSV.encode("utf-8"), "utf-8-sig"),
        (CSV.encode("utf-16"), "utf-16"),
        ("date,text\n2026-01-05,café crème\n".encode("cp1252"), "cp1252"),
    ],
)
def test_encodings(data, encoding):
    table, frame = one("x.csv", data)
    assert table.encoding == encoding
    assert frame.columns[1] == "date"
    assert frame.height >= 1
    if encoding == "cp1252":
        assert frame["text"][0] == "café crème"


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters(delimiter):
    data = CSV.replace(",", delimiter).encode()
    table, frame = one("x.txt", data)
    assert table.delimiter == delimiter
    assert frame.columns == [ROW, "date", "text", "likes"]
    assert frame[ROW].to_list() == [2, 3]


def test_title_rows_above_header_and_quoted_delimiters():
    data = (
        b'Export for Veldhuis\nPeriod: March\n\ndatum;bericht;likes\n03-03-2026;"Hallo; wereld";5\n'
    )
    table, frame = one("x.csv", data)
    assert table.header_row == 4
    assert frame["bericht"].to_list() == ["Hallo; wereld"]
    assert frame[ROW].to_list() == [5]
    assert any("Skipped 3" in str(n) for n in table.notes)


def test_duplicate_and_empty_headers_are_renamed_with_a_note():
    table, _frame = one("x.csv", b"date,likes,likes,\n2026-01-05,1,2,x\n")
    assert table.columns == ["date", "likes", "likes (2)", "column 4"]
    assert any("likes" in str(n) for n in table.notes)


def test_excel_every_sheet_with_title_rows():
    data = xlsx(
        {
            "All posts": [
                ["Content export"],
                ["Post title", "Created date", "Impressions"],
                ["Hallo", datetime(2026, 3, 3, 8, 30), 4210],
            ],
            "Notes": [["only a note"]],
            "Empty": [],
        }
    )
    tables = read("linkedin.xlsx", data)
    posts = next(t for t in tables if "All posts" in t.name)
    frame = posts.frame.collect()
    assert posts.kind == "excel" and posts.header_row == 2
    assert frame["Created date"][0].startswith("2026-03-03 08:30")
    assert frame["Impressions"][0] == "4210"
    assert frame[ROW][0] == 3


def test_json_list_object_wrapper_and_nesting():
    records = [{"id": 1, "date": "2026-01-05", "user": {"name": "Jan"}, "tags": ["a", "b"]}]
    _, frame = one("x.json", dumps(records))
    assert set(frame.columns) >= {"id", "date", "user.name", "tags"}
    assert frame["tags"][0] == "a, b"
    _, wrapped = one("x.json", dumps({"data": records, "meta": {"n": 1}}))
    assert wrapped.height == 1


def test_ndjson_and_x_archive():
    _, frame = one(
        "x.ndjson", b'{"date": "2026-01-05", "text": "a"}\n{"date": "2026-01-06", "text": "b"}\n'
    )
    assert frame["text"].to_list() == ["a", "b"]
    archive = b'window.YTD.tweets.part0 = [{"tweet": {"id_str": "1", "full_text": "hi", "created_at": "Wed Oct 10 20:19:24 +0000 2018"}}]'
    table, frame = one("tweets.js", archive)
    assert table.kind == "x-archive"
    assert frame["full_text"].to_list() == ["hi"]


def test_parquet_in_post_table_shape_is_kept_typed(demo_posts):
    table, _ = one("posts.parquet", parquet(demo_posts.head(20)))
    assert table.typed is not None and table.typed.height == 20


def test_plain_parquet_is_read_as_text():
    frame = pl.DataFrame({"when": [datetime(2026, 1, 5, tzinfo=UTC)], "n": [3]})
    table, raw = one("x.parquet", parquet(frame))
    assert table.typed is None
    assert raw["n"][0] == "3"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "PNG file"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 40, "JPEG file"),
        (b"%PDF-1.7\n", "PDF"),
        (b"PK\x03\x04" + b"\x00" * 40, "ZIP archive"),
        (b"\x00\x01\x02binary\x00stuff", "binary"),
        (b'{"date": "2026-01-05", "text": "one object"}', "single object"),
        (b"[1, 2, 3]", "item 1"),
        (b'[{"a": 1},', "not valid JSON"),
        (b'{"a": 1}\n{"a": 2\n{"a": 3}\n', "line 2"),
        (b"PAR1garbage", "damaged"),
    ],
)
def test_bad_files_get_a_message_naming_the_file(data, message):
    with pytest.raises(IngestError, match=message) as err:
        read("upload.csv", data)
    assert "upload.csv" in str(err.value)


def test_a_utf16_file_cut_off_mid_character_still_reads():
    """Found by the fuzz test: a UTF-16 file with a byte-order mark and an odd length."""
    data = CSV.encode("utf-16")[:-1]
    table, frame = one("cut.csv", data)
    assert table.encoding == "utf-16"
    assert frame.columns[1] == "date"
