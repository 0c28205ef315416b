"""Reading exported files into raw text tables, whatever the format: one reader per kind of
container (:mod:`.csv_files`, :mod:`.excel_files`, :mod:`.json_files`, and
:mod:`core.ingest.archives` for zips); this module recognises which one a file needs.

Every reader returns :class:`RawTable`: all cells as text, the original headers, and the row
number a person sees in the file (``__row``), so later messages can point at real rows. The
format is recognised from the content, not the file name: a CSV renamed to .txt still loads, a
photo renamed to .csv gets a clear message.
"""

from __future__ import annotations

import polars as pl

from core.ingest.archives import ARCHIVE_SHAPES, Skipped, is_zip, unpack
from core.ingest.messages import IngestError, Message, is_failure
from core.ingest.readers.base import ROW, RawTable, decode, detail, utf16_without_bom
from core.ingest.readers.csv_files import read_csv, read_sections
from core.ingest.readers.excel_files import read_excel
from core.ingest.readers.json_files import read_json, read_ndjson, read_parquet

__all__ = ["ROW", "IngestError", "RawTable", "decode", "detail", "kind_of", "read", "read_all"]

_MAGIC = {
    b"\x89PNG": "PNG",
    b"\xff\xd8\xff": "JPEG",
    b"GIF8": "GIF",
    b"%PDF": "PDF",
    b"\x1f\x8b": "gzip",
    b"Rar!": "RAR",
    b"7z\xbc\xaf": "7-Zip",
}


def kind_of(name: str, data: bytes) -> str:
    """Recognise the format from the first bytes.

    Raises:
        IngestError: Empty, binary or otherwise unreadable content.
    """
    if not data[:65536].strip() and not data.strip():  # look at the whole file only if needed
        raise IngestError(Message("empty_file", {"file": name}))
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise IngestError(Message("not_data", {"file": name, "what": what}))
    if data.startswith(b"PK\x03\x04"):
        return "zip" if is_zip(data) else "excel"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "excel"
    if data.startswith(b"PAR1"):
        return "parquet"
    head = data[:4096]
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_without_bom(head)
    if b"\x00" in head and not utf16:
        raise IngestError(Message("binary", {"file": name}))
    text = decode(data[:4096])[0].lstrip()
    if text.startswith("window.YTD."):
        return "x-archive"
    if text.startswith(("[", "{")):
        first = text.splitlines()[0].strip()
        return (
            "ndjson" if first.startswith("{") and first.endswith("}") and "\n{" in text else "json"
        )
    return "csv"


def read(name: str, data: bytes) -> list[RawTable]:
    """Read one file into one raw table per sheet (one for every format but Excel).

    Raises:
        IngestError: The file cannot be read; the message says why and what to do.
    """
    return read_all(name, data)[0]


def read_all(name: str, data: bytes) -> tuple[list[RawTable], list[Skipped]]:
    """Read a file, or every data file in a zip: the tables, and the files left out.

    Raises:
        IngestError: The file (or the whole archive) cannot be read.
    """
    kind = kind_of(name, data)
    if kind != "zip":
        skipped: list[Skipped] = []
        return _read_one(name, data, kind, skipped), skipped
    members, skipped, owner = unpack(name, data)
    tables: list[RawTable] = []
    for member in members:
        try:
            if member.kind in ARCHIVE_SHAPES:
                found = [read_json(member.name, member.data, "json", owner)]
            else:
                found = _read_one(member.name, member.data, None, skipped)
        except IngestError as err:
            skipped.append(Skipped(member.name, "unreadable", err.message))
            found = []
        except BaseException as err:  # any failure of one member costs that member only
            if not is_failure(err):
                raise
            kind = member.name.rsplit(".", 1)[-1].upper() if "." in member.name else "FILE"
            said = {"file": member.name, "kind": kind, "detail": detail(err)}
            skipped.append(Skipped(member.name, "unreadable", Message("unreadable", said)))
            found = []
        for table in found:
            table.file = name
            if member.kind == "x-archive" and owner.handle:
                _x_owner(table, owner)
        tables += found
    return tables, skipped


def _x_owner(table: RawTable, owner) -> None:
    """An X archive's tweets carry no author and no link: both come from its account.js."""
    columns = [pl.lit(owner.handle).alias("author_handle")]
    if owner.name:
        columns.append(pl.lit(owner.name).alias("author_name"))
    if "id_str" in table.columns:
        base = f"https://x.com/{owner.handle.lstrip('@')}/status/"
        columns.append((pl.lit(base) + pl.col("id_str")).alias("url"))
    table.frame = table.frame.with_columns(columns)
    table.notes.append(Message("archive_owner", {"owner": owner.handle}))


def _read_one(
    name: str, data: bytes, kind: str | None = None, skipped: list[Skipped] | None = None
) -> list[RawTable]:
    kind = kind or kind_of(name, data)
    if kind == "zip":
        raise IngestError(Message("zip_nested", {"file": name}))
    try:
        if kind == "excel":
            return read_excel(name, data, skipped)
        if kind in ("json", "x-archive"):
            return [read_json(name, data, kind)]
        if kind == "ndjson":
            return [read_ndjson(name, data)]
        if kind == "parquet":
            return [read_parquet(name, data)]
        return read_sections(name, data) or [read_csv(name, data)]
    except IngestError:
        raise
    except BaseException as err:  # any parser failure (a Rust panic too) names the file
        if not is_failure(err):
            raise
        raise IngestError(
            Message("unreadable", {"file": name, "kind": kind.upper(), "detail": detail(err)})
        ) from None
