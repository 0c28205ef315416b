"""Excel workbooks (.xlsx, .xls): every sheet with data, and every table in it, as a raw table."""

from __future__ import annotations

import polars as pl

from core.ingest.archives import Skipped
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
