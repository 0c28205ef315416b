"""Excel workbooks (.xlsx, .xls): every sheet with data, and every table in it, as a raw table."""

from __future__ import annotations

import polars as pl

from core.ingest.archives import Skipped, check_office
from core.ingest.messages import Message
from core.ingest.readers.base import (
    ROW,
    RawTable,
    _with_rows,
    header_index,
    is_description_row,
    unique_headers,
)


def read_excel(name: str, data: bytes, skipped: list[Skipped] | None = None) -> list[RawTable]:
    """Every sheet with data as a table; empty sheets go to ``skipped`` (when given)."""
    if data.startswith(b"PK"):
        check_office(name, data)  # an .xlsx is a zip: bounded before calamine reads it
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
        blocks = side_by_side(top, h)
        for start, end in blocks:
            part = raw.select(raw.columns[start:end])
            where = f"{label}, {_letter(start)}–{_letter(end - 1)}" if len(blocks) > 1 else label
            tables.append(_table(where, part, [r[start:end] for r in top], h, str(sheet)))
    return tables


def side_by_side(top: list[list], h: int) -> list[tuple[int, int]]:
    """Column ranges of the tables in a sheet: one, or several side by side with an empty
    column between them (LinkedIn's creator analytics put the top posts by engagement and by
    impressions next to each other, each with its own header)."""
    width = max(len(r) for r in top)

    def empty(j: int) -> bool:
        return all(str(r[j] if j < len(r) else "" or "").strip() in ("", "None") for r in top[h:])

    blocks, start = [], None
    for j in range(width):
        if empty(j):
            if start is not None:
                blocks.append((start, j))
                start = None
        elif start is None:
            start = j
    if start is not None:
        blocks.append((start, width))
    real = [(a, b) for a, b in blocks if b - a >= 2]
    return real if len(real) > 1 else [(0, width)]


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _table(label: str, raw: pl.DataFrame, top: list[list], h: int, sheet: str) -> RawTable:
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
    return RawTable(
        label,
        body.lazy(),
        "excel",
        None,
        None,
        h + 1,
        notes,
        numbers_typed=True,
        preamble=[p for p in preamble if p],
        sheet=sheet,
    )
