"""JSON documents: a list of records, an object holding one, NDJSON, the X archive's tweets.js,
and the shapes of the platforms' personal-data archives; Parquet in the post-table shape."""

from __future__ import annotations

import io
import json

import polars as pl

from core.ingest.archives import ARCHIVE_SHAPES, Owner, is_tiktok_archive
from core.ingest.messages import IngestError, Message
from core.ingest.readers.base import RawTable, _as_text, _with_rows, decode, detail, unique_headers


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
    if is_tiktok_archive(parsed):
        return "tiktok-archive"
    items = parsed[:20] if isinstance(parsed, list) else []
    if not items or not all(isinstance(i, dict) for i in items):
        return None
    if all(isinstance(i.get("media"), list) for i in items):
        return "instagram-archive"
    if all("timestamp" in i and ({"data", "attachments", "title"} & set(i)) for i in items):
        return "facebook-archive"
    return None


def read_json(name: str, data: bytes, kind: str = "json", owner: Owner | None = None) -> RawTable:
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
