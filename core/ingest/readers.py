"""Reading exported files into raw text tables, whatever the format.

Every reader returns :class:`RawTable`: all cells as text, the original headers, and the row
number a person sees in the file (``__row``), so later messages can point at real rows. The
format is recognised from the content, not the file name: a CSV renamed to .txt still loads, a
photo renamed to .csv gets a clear message.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import polars as pl

from core.ingest.archives import ARCHIVE_SHAPES, Skipped, is_zip, unpack
from core.ingest.messages import IngestError, Message

ROW = "__row"
DELIMITERS = (";", ",", "\t", "|")
_MAGIC = {
    b"\x89PNG": "PNG",
    b"\xff\xd8\xff": "JPEG",
    b"GIF8": "GIF",
    b"%PDF": "PDF",
    b"\x1f\x8b": "gzip",
    b"Rar!": "RAR",
    b"7z\xbc\xaf": "7-Zip",
}


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
    lenient: Callable[[], RawTable] | None = None
    """For CSV: the same file read without quote handling, for when its quotes do not pair up."""
    preamble: list[str] = field(default_factory=list)
    """Non-empty lines above the header (titles, a metric's name), as text."""
    sheet: str | None = None
    """For Excel: the sheet's name."""
    file: str | None = None
    """The uploaded file the table came from (the archive, for a file inside a zip)."""

    @property
    def columns(self) -> list[str]:
        return [c for c in self.frame.collect_schema().names() if c != ROW]


# --- detection --------------------------------------------------------------------------------


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


def _rows(lines: list[str], delimiter: str) -> list[list[str]]:
    try:
        return list(csv.reader(lines, delimiter=delimiter))
    except csv.Error:
        return [line.split(delimiter) for line in lines]


def sniff_delimiter(sample_lines: list[str]) -> str:
    """The delimiter that splits the sample into the most consistent number of fields."""
    best, best_score = ",", 0.0
    for delimiter in DELIMITERS:
        widths = [len(r) for r in _rows(sample_lines, delimiter) if any(c.strip() for c in r)]
        widths = [w for w in widths if w > 1]
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        score = count * min(width, 50) / len(sample_lines)
        if score > best_score:
            best, best_score = delimiter, score
    return best


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
    for i, width in enumerate(widths):
        if width >= max(2, int(target * 0.6)):
            return i
    return 0


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


# --- readers ----------------------------------------------------------------------------------


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


def _unpaired_quote_line(text: str) -> int | None:
    """The first line where an opened quote is not closed (1-based), if any."""
    open_quote = False
    for number, line in enumerate(text.splitlines(), start=1):
        if line.count('"') % 2:
            open_quote = not open_quote
            if open_quote:
                return number
    return None


def read_csv(name: str, data: bytes, quoting: bool = True) -> RawTable:
    text, encoding = decode(data)
    lines = text[:400_000].splitlines()[:80]
    delimiter = sniff_delimiter(lines)
    top = _rows(lines[:40], delimiter)
    h = header_index(top)
    described = (
        is_description_row(top[h + 1], top[h + 2] if len(top) > h + 2 else None)
        if len(top) > h + 1
        else False
    )
    if encoding == "utf-8":
        payload = data
    elif encoding == "utf-8-sig":
        payload = data[3:]
    else:
        payload = text.encode("utf-8")
    frame = pl.scan_csv(
        io.BytesIO(payload),
        separator=delimiter,
        quote_char='"' if quoting else None,
        has_header=True,
        skip_lines=h,
        infer_schema=False,
        truncate_ragged_lines=True,
        row_index_name=ROW,
        row_index_offset=h + 2 + described,
        raise_if_empty=False,
        skip_rows_after_header=int(described),
    )
    # Resolve the columns now, so a file polars cannot parse fails here, with its name.
    parsed = [c for c in frame.collect_schema().names() if c != ROW]
    raw = top[h] if top and len(top[h]) == len(parsed) else parsed
    headers, notes = unique_headers(raw)
    frame = frame.rename(dict(zip(parsed, headers, strict=True))).with_columns(
        pl.col(ROW).cast(pl.Int64)
    )
    if h:
        notes.append(Message("skipped_lines", {"count": h}))
    if described:
        notes.append(Message("description_row", {"row": h + 2}))
    preamble = [line.strip().strip('"') for line in lines[:h] if line.strip(' ,;"\t')]
    table = RawTable(name, frame, "csv", encoding, delimiter, h + 1, notes, preamble=preamble)
    if quoting:
        table.lenient = lambda: _lenient(name, data, text)
    return table


def read_sections(name: str, data: bytes) -> list[RawTable]:
    """A CSV of several tables, as Google Analytics 4 downloads them: ``#`` comment lines (the
    report, the date range), then tables separated by blank lines. One table per section, each
    with the comment lines as its preamble; an empty list for any other CSV."""
    text, _ = decode(data)
    lines = text.splitlines()
    if not lines or not lines[0].lstrip("\ufeff").startswith("#"):
        return []
    comments, blocks, current = [], [], []
    for line in lines:
        if line.startswith("#") or not line.strip(' ,;\t"'):
            note = line.lstrip("#").strip()
            if line.startswith("#") and note.strip("-"):
                comments.append(note)
            if current:
                blocks.append(current)
                current = []
            continue
        current.append(line)
    if current:
        blocks.append(current)
    blocks = [b for b in blocks if len(b) >= 2]
    if len(blocks) < 2:
        return []
    tables = []
    for block in blocks:
        first = _rows(block[:1], sniff_delimiter(block[:20]))[0][0].strip()
        table = read_csv(f"{name} › {first}", "\n".join(block).encode("utf-8"))
        table.preamble = comments
        table.file = name
        tables.append(table)
    return tables


def _lenient(name: str, data: bytes, text: str) -> RawTable:
    table = read_csv(name, data, quoting=False)
    line = _unpaired_quote_line(text)
    table.notes.append(Message("broken_quotes", {"line": line or "?"}))
    return table


def read_excel(name: str, data: bytes, skipped: list[Skipped] | None = None) -> list[RawTable]:
    """Every sheet with data as a table; empty sheets go to ``skipped`` (when given)."""
    sheets = pl.read_excel(
        data,
        sheet_id=0,
        has_header=False,
        infer_schema_length=0,
        engine="calamine",
        raise_if_empty=False,
    )
    tables = []
    for sheet, raw in sheets.items():
        label = f"{name} [{sheet}]" if len(sheets) > 1 else name
        top = [list(r) for r in raw.head(40).rows()]
        if not top:
            if skipped is not None:
                skipped.append(Skipped(f"{name} [{sheet}]", "empty_sheet"))
            continue
        h = header_index(top)
        headers, notes = unique_headers(top[h])
        below = top[h + 2] if len(top) > h + 2 else None
        described = len(top) > h + 1 and is_description_row(top[h + 1], below)
        first = h + 1 + described
        body = _with_rows(raw.slice(first), first + 1).rename(
            dict(zip(raw.columns, headers, strict=False))
        )
        body = body.filter(~pl.all_horizontal(pl.all().exclude(ROW).is_null()))
        if h:
            notes.append(Message("skipped_lines", {"count": h}))
        if described:
            notes.append(Message("description_row", {"row": h + 2}))
        preamble = [" ".join(str(c) for c in r if c not in (None, "")) for r in top[:h]]
        tables.append(
            RawTable(
                label,
                body.lazy(),
                "excel",
                None,
                None,
                h + 1,
                notes,
                numbers_typed=True,
                preamble=[p for p in preamble if p],
                sheet=str(sheet),
            )
        )
    return tables


def _records(name: str, parsed: object) -> list[dict]:
    if isinstance(parsed, dict):
        lists = [v for v in parsed.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
        if len(lists) != 1:
            raise IngestError(Message("json_object", {"file": name}))
        parsed = lists[0]
    if not isinstance(parsed, list):
        raise IngestError(Message("json_type", {"file": name, "what": type(parsed).__name__}))
    bad = next((i for i, item in enumerate(parsed) if not isinstance(item, dict)), None)
    if bad is not None:
        raise IngestError(Message("json_item", {"file": name, "item": bad + 1}))
    if parsed and all(set(item) == {"tweet"} for item in parsed[:50]):
        parsed = [item["tweet"] for item in parsed]  # the X archive wraps each tweet
    return parsed


def _records_table(name: str, records: list[dict], kind: str, first_row: int) -> RawTable:
    frame = (
        pl.json_normalize(records, separator=".", infer_schema_length=None)
        if records
        else pl.DataFrame()
    )
    frame = _as_text(frame)
    headers, notes = unique_headers(frame.columns)
    frame = frame.rename(dict(zip(frame.columns, headers, strict=True)))
    return RawTable(
        name, _with_rows(frame, first_row).lazy(), kind, "utf-8", None, 1, notes, numbers_typed=True
    )


def archive_kind(parsed: object) -> str | None:
    """Recognise Meta's post files by their shape, also when uploaded outside the zip."""
    if isinstance(parsed, dict) and "ig_reels_media" in parsed:
        return "instagram-archive"
    items = parsed[:20] if isinstance(parsed, list) else []
    if not items or not all(isinstance(i, dict) for i in items):
        return None
    if all(isinstance(i.get("media"), list) for i in items):
        return "instagram-archive"
    if all("timestamp" in i and ({"data", "attachments", "title"} & set(i)) for i in items):
        return "facebook-archive"
    return None


def read_json(name: str, data: bytes, kind: str = "json", owner: str | None = None) -> RawTable:
    text = decode(data)[0]
    if kind == "x-archive":
        text = text[text.index("=") + 1 :]
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as err:
        raise IngestError(
            Message(
                "json_invalid",
                {"file": name, "line": err.lineno, "column": err.colno, "detail": err.msg},
            )
        ) from None
    shape = archive_kind(parsed) if kind == "json" else None
    if shape is not None:
        table = _records_table(name, ARCHIVE_SHAPES[shape](parsed, owner), shape, 1)
        table.notes.append(Message("archive_read", {"kind": shape}))
        return table
    return _records_table(name, _records(name, parsed), kind, 1)


def read_ndjson(name: str, data: bytes) -> RawTable:
    records = []
    for number, line in enumerate(decode(data)[0].splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError:
            raise IngestError(Message("ndjson_line", {"file": name, "line": number})) from None
        if not isinstance(item, dict):
            raise IngestError(Message("ndjson_line", {"file": name, "line": number}))
        records.append(item)
    return _records_table(name, records, "ndjson", 1)


def read_parquet(name: str, data: bytes) -> RawTable:
    try:
        frame = pl.read_parquet(io.BytesIO(data))
    except Exception as err:  # polars raises several error types for damaged files
        raise IngestError(
            Message("parquet_damaged", {"file": name, "detail": detail(err)})
        ) from None
    from core.schema import REQUIRED, conform

    typed = None
    if set(REQUIRED) <= set(frame.columns) and isinstance(
        frame.schema["published_at"], pl.Datetime
    ):
        typed = conform(frame).collect()
    text = _as_text(frame)
    return RawTable(name, _with_rows(text, 1).lazy(), "parquet", None, None, 1, [], typed, True)


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
        for table in found:
            table.file = name
            if owner and member.kind == "x-archive" and owner.startswith("@"):
                table.frame = table.frame.with_columns(pl.lit(owner).alias("author_handle"))
                table.notes.append(Message("archive_owner", {"owner": owner}))
        tables += found
    return tables, skipped


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
    except Exception as err:  # any parser failure becomes a message that names the file
        raise IngestError(
            Message("unreadable", {"file": name, "kind": kind.upper(), "detail": detail(err)})
        ) from None
