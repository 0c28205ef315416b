"""Confirmed column mappings, remembered per header set (TinyDB), so a user maps a format once."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tinydb import Query

from core.db import open_db
from core.ingest.fields import TARGET_NAMES


class MappingMemory:
    """Saved mappings in one TinyDB file, keyed by :func:`core.ingest.pipeline.signature`."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def get(self, signature: str) -> dict[str, str] | None:
        with open_db(self.path) as db:
            doc = db.table("mappings").get(Query().signature == signature)
        return dict(doc["mapping"]) if doc else None

    def save(self, signature: str, headers: list[str], mapping: dict[str, str]) -> None:
        """Remember a confirmed mapping.

        Raises:
            ValueError: A target is unknown or a header is not among ``headers``.
        """
        unknown = [t for t in mapping if t not in TARGET_NAMES]
        missing = [h for h in mapping.values() if h not in headers]
        if unknown or missing:
            raise ValueError(
                f"Invalid mapping: unknown fields {unknown}, unknown columns {missing}"
            )
        doc = {
            "signature": signature,
            "headers": list(headers),
            "mapping": dict(mapping),
            "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        with open_db(self.path) as db:
            db.table("mappings").upsert(doc, Query().signature == signature)
