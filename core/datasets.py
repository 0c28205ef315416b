"""Datasets on disk: one parquet file per dataset plus a small catalogue (TinyDB).

The catalogue remembers which dataset is active, so a restarted app reopens it. Writes are
ordered so that nothing is ever half-written: the parquet file is written atomically first, and
only then is the catalogue entry added.
"""

from __future__ import annotations

import io
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
from tinydb import Query
from tinydb.table import Document

from core import demo
from core.db import atomic_write_bytes, open_db
from core.schema import SchemaError, validate

CATALOG_FILE = "catalog.json"
DATASET_DIR = "datasets"


@dataclass(frozen=True)
class DatasetInfo:
    """A catalogue entry.

    Attributes:
        id: Stable identifier; the parquet file is ``datasets/<id>.parquet``.
        name: Name shown to users.
        kind: ``demo`` or ``upload``.
        created_at: ISO timestamp (UTC) of when it was saved.
        rows: Number of posts.
        own_employer: Name of the own organisation.
        competitors: Names of the competing employers.
        sources: Files (or generator) the posts came from.
    """

    id: str
    name: str
    kind: str
    created_at: str
    rows: int
    own_employer: str | None = None
    competitors: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


class DatasetStore:
    """The datasets kept in one data folder."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.catalog = self.root / CATALOG_FILE
        (self.root / DATASET_DIR).mkdir(parents=True, exist_ok=True)

    def path(self, dataset_id: str) -> Path:
        return self.root / DATASET_DIR / f"{dataset_id}.parquet"

    def list(self) -> list[DatasetInfo]:
        """All datasets, newest first."""
        with open_db(self.catalog) as db:
            docs = db.table("datasets").all()
        infos = [DatasetInfo(**doc) for doc in docs]
        return sorted(infos, key=lambda i: i.created_at, reverse=True)

    def get(self, dataset_id: str) -> DatasetInfo | None:
        with open_db(self.catalog) as db:
            doc = db.table("datasets").get(Query().id == dataset_id)
        return DatasetInfo(**doc) if doc else None

    def save(
        self,
        frame: pl.DataFrame,
        name: str,
        kind: str = "upload",
        own_employer: str | None = None,
        competitors: list[str] | None = None,
        sources: list[str] | None = None,
        dataset_id: str | None = None,
    ) -> DatasetInfo:
        """Validate and store a post table, and add it to the catalogue.

        Raises:
            SchemaError: The frame is not a valid post table; nothing is written.
        """
        problems = validate(frame)
        if problems:
            raise SchemaError("; ".join(problems))
        info = DatasetInfo(
            id=dataset_id or uuid.uuid4().hex[:12],
            name=name,
            kind=kind,
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            rows=frame.height,
            own_employer=own_employer,
            competitors=list(competitors or []),
            sources=list(sources or []),
        )
        buffer = io.BytesIO()
        frame.write_parquet(buffer)
        atomic_write_bytes(self.path(info.id), buffer.getvalue())
        with open_db(self.catalog) as db:
            db.table("datasets").upsert(asdict(info), Query().id == info.id)
        return info

    def load(self, dataset_id: str) -> pl.LazyFrame:
        """The post table of a dataset, lazily."""
        return pl.scan_parquet(self.path(dataset_id))

    def delete(self, dataset_id: str) -> None:
        """Remove a dataset (catalogue entry first, so a crash leaves no dangling entry)."""
        with open_db(self.catalog) as db:
            db.table("datasets").remove(Query().id == dataset_id)
            state = db.table("state").get(doc_id=1)
            if state and state.get("active") == dataset_id:
                db.table("state").truncate()
        self.path(dataset_id).unlink(missing_ok=True)

    def active(self) -> DatasetInfo | None:
        """The active dataset, if it is still in the catalogue and on disk."""
        with open_db(self.catalog) as db:
            state = db.table("state").get(doc_id=1)
        dataset_id = state.get("active") if state else None
        info = self.get(dataset_id) if dataset_id else None
        return info if info and self.path(info.id).exists() else None

    def set_active(self, dataset_id: str) -> None:
        if self.get(dataset_id) is None:
            raise KeyError(f"No dataset with id {dataset_id!r}")
        with open_db(self.catalog) as db:
            db.table("state").upsert(Document({"active": dataset_id}, doc_id=1))

    def ensure_demo(self, seed: int) -> DatasetInfo:
        """Make sure the demo dataset exists, and make it active if nothing else is.

        Returns:
            The active dataset after the call.
        """
        demo_id = f"demo-{seed}"
        info = self.get(demo_id)
        if info is None or not self.path(demo_id).exists():
            info = self.save(
                demo.generate(seed),
                name="Demo: Veldhuis Techniek",
                kind="demo",
                own_employer=demo.OWN.name,
                competitors=[e.name for e in demo.COMPETITORS],
                sources=[f"demo generator (seed {seed})"],
                dataset_id=demo_id,
            )
        active = self.active()
        if active is None:
            self.set_active(info.id)
            active = info
        return active


__all__ = ["DatasetInfo", "DatasetStore", "SchemaError"]
