"""Hostile and broken files: refused within their limits, or costing only themselves (#26)."""

from __future__ import annotations

import io
import time
import zipfile

import polars as pl
import pytest

from core.export import to_csv, to_xlsx
from core.ingest import ingest
from core.ingest.archives import MAX_DATA_FILES, MAX_RATIO
from core.ingest.messages import IngestError
from core.vacancy.sources import MAX_CHARS, texts

CSV = b"date,text\n2026-01-05 10:00,hallo\n"


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _codes(report) -> list[str]:
    return [e.code for e in report.errors] + [s.message().code for s in report.skipped]


def test_a_member_that_unpacks_far_beyond_its_size_is_refused_before_unpacking():
    bomb = _zip({"posts.csv": b"date,text\n" + b"0" * (8 * 1024**2)})
    started = time.perf_counter()
    posts, report = ingest([("bomb.zip", bomb), ("ok.csv", CSV)])
    assert time.perf_counter() - started < 5
    assert "zip_bomb" in _codes(report)
    assert str(MAX_RATIO) in " ".join(e.text("en") for e in report.errors)
    assert posts["text"].to_list() == ["hallo"]  # the other file of the upload still loads


def test_an_archive_of_thousands_of_small_files_is_refused_with_the_limit():
    many = _zip({f"part-{i}.csv": CSV for i in range(MAX_DATA_FILES + 1)})
    started = time.perf_counter()
    posts, report = ingest([("many.zip", many)])
    assert time.perf_counter() - started < 10
    assert posts.height == 0 and "zip_too_many" in _codes(report)


def test_an_xlsx_whose_sheet_unpacks_to_gigabytes_is_refused_before_it_is_read():
    sheet = b'<worksheet><sheetData><row r="1">' + b" " * (8 * 1024**2) + b"</row></sheetData>"
    bomb = _zip({"[Content_Types].xml": b"<Types/>", "xl/worksheets/sheet1.xml": sheet})
    posts, report = ingest([("sheet.xlsx", bomb), ("ok.csv", CSV)])
    assert "zip_bomb" in _codes(report)
    assert posts.height == 1


def test_json_nested_too_deep_inside_a_zip_costs_that_member_only():
    deep = b"[" * 200_000 + b"]" * 200_000
    archive = _zip({"deep.json": deep, "posts.csv": CSV})
    posts, report = ingest([("export.zip", archive)])
    assert posts["text"].to_list() == ["hallo"]
    assert any("deep.json" in s.message().text("en") for s in report.skipped)


class PanicException(BaseException):
    """What a Rust reader library raises when it panics (not an ``Exception``)."""


def test_a_panic_in_the_excel_reader_is_a_message_and_the_other_files_load(monkeypatch):
    import core.ingest.readers as readers

    def panics(*_args, **_kwargs):
        raise PanicException("index out of bounds")

    monkeypatch.setattr(readers, "read_excel", panics)
    workbook = to_xlsx({"posts": pl.DataFrame({"date": ["2026-01-05"], "text": ["x"]})})
    posts, report = ingest([("broken.xlsx", workbook), ("ok.csv", CSV)])
    assert posts["text"].to_list() == ["hallo"]
    said = " ".join(e.text("en") for e in report.errors)
    assert "broken.xlsx" in said and "index out of bounds" in said


def test_being_stopped_is_not_a_file_failure(monkeypatch):
    import core.ingest.readers as readers

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(readers, "read_csv", interrupted)
    with pytest.raises(KeyboardInterrupt):
        ingest([("ok.csv", CSV)])


def test_csv_export_quotes_every_text_cell_whatever_the_separator():
    out = to_csv(pl.DataFrame({"text": ["Top werkgever!;=1+1", "=HYPERLINK(1)"], "n": [1, 2]}))
    lines = out.decode("utf-8-sig").splitlines()
    assert lines[1] == '"Top werkgever!;=1+1",1'
    assert lines[2] == '"\'=HYPERLINK(1)",2'


def test_excel_export_makes_no_hyperlink_from_data():
    frame = pl.DataFrame(
        {"text": ["http://example.org/x", "mailto:a@b.c", "external:\\\\host\\share\\x.exe"]}
    )
    book = zipfile.ZipFile(io.BytesIO(to_xlsx({"posts": frame})))
    rels = [n for n in book.namelist() if n.endswith(".rels")]
    assert not any(b"hyperlink" in book.read(n) for n in rels)
    sheet = book.read("xl/worksheets/sheet1.xml")
    assert b"<hyperlink" not in sheet


def test_a_vacancy_text_over_the_limit_is_refused_with_the_limit():
    with pytest.raises(IngestError) as caught:
        texts("vacancy.txt", ("woord " * (MAX_CHARS // 5)).encode())
    assert str(MAX_CHARS) in str(caught.value)


def test_a_docx_that_unpacks_beyond_its_limit_is_refused():
    document = b"<w:document>" + b" " * (30 * 1024**2) + b"</w:document>"
    bomb = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": document})
    started = time.perf_counter()
    with pytest.raises(IngestError):
        texts("vacancy.docx", bomb)
    assert time.perf_counter() - started < 5
