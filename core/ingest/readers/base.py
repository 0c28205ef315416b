"""What every reader shares: the raw table, text decoding, finding the header, naming errors."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import polars as pl

from core.ingest.messages import Message

ROW = "__row"


@dataclass
class RawTable:
    """A table read from a file, every cell as text.

    Attributes:
        name: File name (and sheet, for Excel) as shown to the user.
        frame: Lazy frame of String columns plus ``__row`` (row number as seen in the file).
        kind: csv, excel, json, ndjson, x-archive or parquet.
        encoding: Detected text encoding, for text formats.
        delimiter: Detected delimiter, for CSV.
        header_row: Row number (1-based) of the header in the file.
        notes: Things the user should know (renamed duplicate columns, skipped sheets).
        typed: For Parquet files already in the post-table shape: the frame as stored.
        numbers_typed: True when numbers come from typed cells (Excel, JSON, Parquet), so
            '1.5' is one and a half, never Dutch thousands.
    """

    name: str
    frame: pl.LazyFrame
    kind: str
    encoding: str | None = None
    delimiter: str | None = None
    header_row: int = 1
    notes: list[Message] = field(default_factory=list)
    typed: pl.DataFrame | None = None
    numbers_typed: bool = False
    bad_lines: list[int] = field(default_factory=list)
    """For CSV: lines that could not be read as a record (their number in the file); each costs
    that line only, and the report names them."""
    preamble: list[str] = field(default_factory=list)
    """Non-empty lines above the header (titles, a metric's name), as text."""
    sheet: str | None = None
    """For Excel: the sheet's name."""
    file: str | None = None
    """The uploaded file the table came from (the archive, for a file inside a zip)."""

    @property
    def columns(self) -> list[str]:
        return [c for c in self.frame.collect_schema().names() if c != ROW]


def decode(data: bytes) -> tuple[str, str]:
    """Decode text bytes: UTF-8 (with or without BOM), UTF-16 (BOM), else Windows-1252.

    Windows-1252 is a superset of Latin-1 for printable text and is what Excel on Dutch Windows
    writes, so it is the right last resort for Western European exports.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # A cut-off file can end in half a character: replaced, not a crash.
        return data.decode("utf-16", errors="replace"), "utf-16"
    bare = utf16_without_bom(data)
    if bare:
        return data.decode(bare, errors="replace"), bare
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` for UTF-16 text written without a byte-order mark.

    Western text in UTF-16 has a zero byte in every other position (Meltwater writes such
    files and names them .csv); binary files do not show that regular pattern.
    """
    head = data[:4096]
    if len(head) < 8:
        return None
    odd, even = head[1::2], head[0::2]
    if odd.count(0) >= 0.6 * len(odd) and even.count(0) <= 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.6 * len(even) and odd.count(0) <= 0.1 * len(odd):
        return "utf-16-be"
    return None


def header_index(rows: list[list[str]]) -> int:
    """Index of the header row: the first row as wide as the table body, mostly filled.

    Title and note rows that some tools put above the header (LinkedIn, Brandwatch) are
    narrower or mostly empty, so they are skipped.
    """
    widths = [sum(1 for c in r if str(c or "").strip()) for r in rows]
    body = [w for w in widths if w > 1]
    if not body:
        return 0
    target = Counter(body).most_common(1)[0][0]
    wide = [i for i, width in enumerate(widths) if width >= max(2, int(target * 0.6))]
    if not wide:
        return 0
    first = wide[0]
    # A header names columns: a row with a bare number in it ('Total followers: | 12861') is a
    # note when a row of names follows right under it.
    if any(_numeric(c) for c in rows[first] if str(c or "").strip()):
        for i in wide[1:3]:
            if i <= first + 2 and not any(_numeric(c) for c in rows[i] if str(c or "").strip()):
                return i
    return first


def _numeric(cell: object) -> bool:
    text = str(cell or "").strip().replace("%", "").replace(",", "").replace(".", "")
    return text.lstrip("-").isdigit()


def is_description_row(row: list, below: list | None) -> bool:
    """A row right under the header that describes the columns in words, not a record.

    Classic Facebook Insights exports put one there ('Lifetime: The number of people who ...').
    It has words where the row below has numbers, and no number of its own.
    """
    if below is None:
        return False
    cells = [str(c or "").strip() for c in row]
    filled = [c for c in cells if c]
    if len(filled) < max(2, len(cells) // 2) or any(_numeric(c) for c in filled):
        return False
    worded = sum(1 for c in filled if len(c.split()) >= 3)
    numbers_below = sum(1 for c, b in zip(cells, below, strict=False) if c and _numeric(b))
    return worded >= len(filled) / 2 and numbers_below >= 1


def unique_headers(headers: list[str]) -> tuple[list[str], list[Message]]:
    """Make header names unique and non-empty; notes say what was renamed."""
    seen: Counter[str] = Counter()
    out, notes = [], []
    for i, raw in enumerate(headers):
        name = re.sub(r"\s+", " ", str(raw or "")).strip().lstrip("\ufeff") or f"column {i + 1}"
        seen[name] += 1
        if seen[name] > 1:
            renamed = f"{name} ({seen[name]})"
            notes.append(Message("renamed_column", {"name": name, "renamed": renamed}))
            name = renamed
        out.append(name)
    return out, notes


def detail(err: BaseException) -> str:
    """The first line of an error, for messages (library errors can run to pages)."""
    text = str(err).splitlines()[0][:200] if str(err) else "no details"
    return f"{type(err).__name__}: {text}"


def _as_text(frame: pl.DataFrame) -> pl.DataFrame:
    """Every column as text: nested values as JSON, times in ISO 8601."""
    exprs = []
    for name, dtype in frame.schema.items():
        col = pl.col(name)
        if isinstance(dtype, pl.Struct):
            exprs.append(col.struct.json_encode().alias(name))
        elif isinstance(dtype, pl.List | pl.Array):
            exprs.append(col.cast(pl.List(pl.String), strict=False).list.join(", ").alias(name))
        elif isinstance(dtype, pl.Datetime):
            fmt = "%Y-%m-%dT%H:%M:%S%.f%z" if dtype.time_zone else "%Y-%m-%dT%H:%M:%S%.f"
            exprs.append(col.dt.to_string(fmt).alias(name))
        else:
            exprs.append(col.cast(pl.String).alias(name))
    return frame.select(exprs)


def _with_rows(frame: pl.DataFrame, first_row: int) -> pl.DataFrame:
    return frame.with_row_index(ROW, offset=first_row).with_columns(pl.col(ROW).cast(pl.Int64))
